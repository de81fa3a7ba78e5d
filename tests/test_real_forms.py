"""The forms published reports use, one named rule per test, on short texts written for it."""

from __future__ import annotations

from pathlib import Path

from extract.pipeline import Extractor
from extract.report import Report


def _extract(extractor: Extractor, tmp_path: Path, text: str, name: str = "a.txt") -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extractor.extract(path, name)


def _rules(report: Report) -> list[str]:
    return [e for p in report.promises for e in p.evidence if e.startswith("rule ")]


def test_inverted_lead_in_lists_promises_with_their_own_actors(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte 2024

För att minska skadegörelsen i Åby lovar polisen och kommunen:

- Att polisen ska patrullera vid stationen varje fredag
- Att kommunen ska sanera klotter inom två dygn

Till toppen
""")
    assert report.doc_type == "promise"
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Att polisen ska patrullera vid stationen varje fredag", ["police"]),
        ("Att kommunen ska sanera klotter inom två dygn", ["municipality"]),
    ]
    assert any("inverted-promise" in e for e in _rules(report)) is False  # the lead-in is no promise
    assert report.period is not None and (report.period.start, report.period.end) == (2024, 2024)


def test_umbrella_statement_keeps_the_lists_below_as_activities(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polisen och Åby kommun lovar att gemensamt arbeta för att öka tryggheten i centrum genom följande aktiviteter:

Situationen idag

Många upplever otrygghet i centrum på kvällarna.

Det här ska vi göra:

- Polisen ska fotpatrullera i centrum varje helg.
- Kommunen ska förbättra belysningen vid torget.
""")
    (promise,) = report.promises
    assert promise.text.startswith("Polisen och Åby kommun lovar att gemensamt arbeta")
    assert [a.text for a in promise.activities] == [
        "Polisen ska fotpatrullera i centrum varje helg.", "Kommunen ska förbättra belysningen vid torget."]
    assert [n.text for n in report.notes] == ["Många upplever otrygghet i centrum på kvällarna."]


def test_an_aim_before_the_named_promises_is_a_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polisen och Åby kommun lovar att arbeta för ett tryggare Åby.

Därför har följande medborgarlöften tagits fram:

- Polisen ska genomföra tio trafikkontroller.
- Kommunen ska röja buskage vid skolan.
""")
    assert [p.text for p in report.promises] == [
        "Polisen ska genomföra tio trafikkontroller.", "Kommunen ska röja buskage vid skolan."]
    assert [n.text for n in report.notes] == ["Polisen och Åby kommun lovar att arbeta för ett tryggare Åby."]


def test_commitments_in_a_promise_section_whoever_their_subject(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Bakgrund

Brotten ska enligt många minska, och kommunen ska enligt planen växa.

Det här ska vi göra

Varje år ska minst två insatsveckor mot narkotika genomföras i Åby kommun.

Med början i maj kommer polisen att vara på plats vid torget varje torsdag.

Baserat på lägesbilden avgörs var patrullering sker.
""")
    assert [p.text for p in report.promises] == [
        "Varje år ska minst två insatsveckor mot narkotika genomföras i Åby kommun.",
        "Med början i maj kommer polisen att vara på plats vid torget varje torsdag.",
    ]
    assert all("rule commitment-in-promise-section" in p.evidence[0] for p in report.promises)
    assert "Baserat på lägesbilden avgörs var patrullering sker." in [n.text for n in report.notes]


def test_one_promise_per_sentence_with_its_own_promise_verb(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2023 i Åby kommun

Polisen lovade bland annat fler trafikkontroller vid skolorna. Polisen lovade även att delta i trygghetsvandringar.

Polisen har genomfört 40 trafikkontroller vid skolorna under året.
""")
    assert report.doc_type == "follow_up"
    assert [p.text for p in report.promises] == [
        "Polisen lovade bland annat fler trafikkontroller vid skolorna.",
        "Polisen lovade även att delta i trygghetsvandringar.",
    ]


def test_results_listed_apart_attach_by_content_and_meet_the_promised_figure(extractor: Extractor,
                                                                               tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte 2023

Följande aktiviteter utlovades i Åby kommuns medborgarlöfte:

- Minst fyra riktade insatser mot narkotika vid skolorna.
- Minst tio hastighetskontroller på landsvägen.

Utfallet blev:

- Tolv hastighetskontroller på landsvägen
- Två riktade narkotikainsatser vid skolorna
""")
    narcotics, speed = report.promises
    assert [r.text for r in narcotics.results] == ["Två riktade narkotikainsatser vid skolorna"]
    assert [r.text for r in speed.results] == ["Tolv hastighetskontroller på landsvägen"]
    assert "rule attach-by-content" in speed.results[0].evidence[0]
    assert (narcotics.status, speed.status) == ("partly_done", "done")
    assert "rule promised-figure" in (speed.status_evidence or "")


def test_a_status_stated_for_all_promises(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte 2023

Polisen arbetade under året i Åby kommun med närvaro och trafik. Samtliga utlovade aktiviteter är genomförda.

Det här utlovade vi under 2023

- Närvaro vid stationen på helgkvällar.
- Trafikkontroller vid skolorna.
""")
    assert [p.status for p in report.promises] == ["done", "done"]
    assert all("rule document-status" in (p.status_evidence or "") for p in report.promises)


def test_follow_up_named_by_topic_headings(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftena för Åby, 2023

Polisen ansvarar för två av löftena i Åby kommun.

Trafiksäkerhet

Polisen har genomfört 120 trafikkontroller under året.

Närvaro på landsbygden

Vi har försökt att vara synliga i byarna, dock inte i den utsträckning vi önskat.
""")
    assert [(p.text, p.status) for p in report.promises] == [
        ("Trafiksäkerhet", None), ("Närvaro på landsbygden", "partly_done")]
    assert [len(p.results) for p in report.promises] == [1, 1]


def test_a_follow_up_without_restated_promises_reports_notes(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Polisens medborgarlöften i Åby kommun

Inom ramen för medborgarlöftet 2022 har polisen och kommunen genomfört följande aktiviteter:

- Polisen har genomfört 30 trafikkontroller under året.
- Kommunen har genomfört två trygghetsvandringar i centrum.
""")
    assert report.doc_type == "follow_up"
    assert report.promises == []
    assert len(report.notes) == 3


def test_a_newspaper_article_is_other_and_counts_nothing(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Nytt medborgarlöfte i Åby

Av
Karin Berg

ÅBY. Polisen och Åby kommun lovar att öka tryggheten i centrum under 2024.

– Det är ett viktigt steg, säger kommunstyrelsens ordförande.
""")
    assert report.doc_type == "other"
    assert (report.promises, report.notes, report.municipalities, report.period) == ([], [], [], None)


def test_web_furniture_never_becomes_title_promise_or_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Sök
Stäng Meny

Åby – medborgarlöften

Polisen och Åby kommun lovar att öka tryggheten vid resecentrum.

Skriv ut

Senast uppdaterad 3 mars 2024

Läs hela medborgarlöftet (pdf, 120 kB)
""")
    assert report.title == "Åby – medborgarlöften"
    assert [p.text for p in report.promises] == ["Polisen och Åby kommun lovar att öka tryggheten vid resecentrum."]
    assert report.notes == []


def test_quotes_are_neither_promises_nor_notes(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polisen och kommunen lovar att:

- öka närvaron vid stationen
- De insatser vi kommer att göra är viktiga för oss, säger Karin Berg, lokalpolisområdeschef.
""")
    assert [p.text for p in report.promises] == ["öka närvaron vid stationen"]
    assert report.notes == []
