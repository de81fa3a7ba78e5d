"""More forms of promises and follow-ups, one named rule per test, on short texts written for it:
statuses set before the report, marks and labels, questions as leads, particulars of a promise."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.language import LanguageStage, cues
from extract.pipeline import Extractor
from extract.report import Report


def _extract(extractor: Extractor, tmp_path: Path, text: str, name: str = "a.txt") -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extractor.extract(path, name)


def _shape(report: Report) -> list[tuple[str, str | None, list[str]]]:
    return [(p.text, p.status, [r.text for r in p.results]) for p in report.promises]


def test_status_lead_opens_the_report_under_each_promise(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Redovisning av medborgarlöften 2024 – Åby

Löfte 1. Säkrare skolvägar i Åby
Klart. Polisen har gjort elva hastighetskontroller vid skolorna.

Löfte 2. Tryggare park
Delvis genomfört – Kommunen har tänt belysningen men inte röjt slyet.

Löfte 3. Färre inbrott i förråd
Ej påbörjat. Informationen till bostadsrättsföreningarna skjuts upp till våren.
""")
    assert report.doc_type == "follow_up"
    assert _shape(report) == [
        ("Säkrare skolvägar i Åby", "done", ["Polisen har gjort elva hastighetskontroller vid skolorna."]),
        ("Tryggare park", "partly_done", ["Kommunen har tänt belysningen men inte röjt slyet."]),
        ("Färre inbrott i förråd", "not_done", ["Informationen till bostadsrättsföreningarna skjuts upp till våren."]),
    ]
    assert all(any("rule status-lead" in e for e in p.results[0].evidence) for p in report.promises)


@pytest.mark.parametrize(("text", "expected"), [
    ("Klart. Polisen har gjort elva kontroller.", ("done", "Polisen har gjort elva kontroller.")),
    ("Pågår: Arbetet med belysningen fortsätter.", ("ongoing", "Arbetet med belysningen fortsätter.")),
    ("Delvis genomfört – Två av fyra vandringar blev av.", ("partly_done", "Två av fyra vandringar blev av.")),
    ("Klart är att arbetet fortsätter.", None),  # a sentence, no status of its own before it
    ("Genomfört enligt plan. Polisen har gjort elva kontroller.", None),  # more than the status
    ("Klart.", None),  # no report after it
])
def test_status_lead_reads_only_a_status_standing_alone(text: str, expected: tuple[str, str] | None) -> None:
    assert cues.status_lead(text) == expected


def test_yes_or_no_labels_after_each_partys_commitment(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet för Åby kommun 2024

Medborgarlöfte: Lugnare trafik
Polisens åtagande: Kontrollera hastigheten på Storgatan varje månad.
Genomfört: Ja. Tolv kontroller har gjorts.
Kommunens åtagande: Sätta upp två hastighetsskyltar vid skolan.
Genomfört: Delvis. En skylt är uppsatt.
Polisens åtagande: Besöka föräldramöten på högstadiet under hösten.
Genomfört: Nej. Mötena ställdes in.
""")
    assert [(p.text, p.actors, p.status, p.part) for p in report.promises] == [
        ("Kontrollera hastigheten på Storgatan varje månad.", ["police"], "done", "follow_up"),
        ("Sätta upp två hastighetsskyltar vid skolan.", ["municipality"], "partly_done", "follow_up"),
        ("Besöka föräldramöten på högstadiet under hösten.", ["police"], "not_done", "follow_up"),
    ]
    assert [[r.text for r in p.results] for p in report.promises] == [
        ["Tolv kontroller har gjorts."], ["En skylt är uppsatt."], ["Mötena ställdes in."]]


def test_a_passive_report_after_the_promise_in_its_paragraph(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte Åby 2024

Löfte: Polisen och kommunen ska informera äldre om telefonbedrägerier.
Träffar har hållits på tre seniorboenden. Ett sextiotal personer kom.

Sammanfattningsvis har löftena i stort sett infriats.
""")
    (promise,) = report.promises
    assert promise.text == "Polisen och kommunen ska informera äldre om telefonbedrägerier."
    assert [r.text for r in promise.results] == [
        "Träffar har hållits på tre seniorboenden. Ett sextiotal personer kom."]
    # rule all-promises: a summing up of every promise is a note, not the last promise's result
    assert [n.text for n in report.notes] == ["Sammanfattningsvis har löftena i stort sett infriats."]


def test_question_leads_to_the_activities_in_prose(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2025 – Åby

Löfte 1 Tryggare torg
Vad gör vi?
Polisen går till fots över torget på lördagskvällar. Kommunen byter trasiga lampor.
Hur följer vi upp?
Antalet kvällar redovisas i brottsförebyggande rådet.

Löfte 2 Färre stölder ur bilar
Vad gör vi?
Polisen och kommunen sätter upp skyltar på parkeringarna.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Tryggare torg", ["Polisen går till fots över torget på lördagskvällar. Kommunen byter trasiga lampor."]),
        ("Färre stölder ur bilar", ["Polisen och kommunen sätter upp skyltar på parkeringarna."]),
    ]
    assert any("rule activity-prose" in e for e in report.promises[0].activities[0].evidence)
    # the question on its own line is not run into the sentence above it
    assert [n.text for n in report.notes] == ["Antalet kvällar redovisas i brottsförebyggande rådet."]


def test_topics_marked_with_a_traffic_light(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Så har vi arbetat med medborgarlöftet 2024 – Åby

🟢 Hastighetskontroller vid skolor: 14 kontroller gjordes, målet var tio.
🟡 Trygghetsvandringar – Tre av sex vandringar blev av.
🔴 Kurs för föräldrar: Ställdes in, för få anmälda.

Arbetet går vidare med ett nytt medborgarlöfte nästa år.
""")
    assert report.doc_type == "follow_up"
    assert _shape(report) == [
        ("Hastighetskontroller vid skolor", "done", ["14 kontroller gjordes, målet var tio."]),
        ("Trygghetsvandringar", "partly_done", ["Tre av sex vandringar blev av."]),
        ("Kurs för föräldrar", "not_done", ["Ställdes in, för få anmälda."]),
    ]
    assert all(any("rule marked-topic" in e for e in p.evidence) for p in report.promises)
    assert [n.text for n in report.notes] == ["Arbetet går vidare med ett nytt medborgarlöfte nästa år."]


@pytest.mark.parametrize("text", ["🟢 Trafik: Tio kontroller.", "✅ Trafik – Tio kontroller."])
def test_every_status_mark_names_a_status(text: str) -> None:
    assert cues.status_mark(text) == ("done", "Trafik", "Tio kontroller.")


def test_status_mark_needs_a_mark() -> None:
    assert cues.status_mark("Trafik: Tio kontroller.") is None
    assert cues.status_mark("1 Trafik: Tio kontroller.") is None


@pytest.mark.parametrize("label", ["Medborgarlöfte 1 –", "Medborgarlöfte #1 –", "Löfte nr 1:", "Löfte #1:"])
def test_numbered_labels_head_one_promise_each(extractor: Extractor, tmp_path: Path, label: str) -> None:
    second = label.replace("1", "2")
    report = _extract(extractor, tmp_path, f"""Medborgarlöfte 2025–2026 för Åby kommun

{label} Trafik
Vi ska kontrollera hastigheten vid skolorna varje månad.

{second} Unga
Vi ska finnas där unga samlas på helgkvällar.
""")
    assert [(p.text, p.title) for p in report.promises] == [
        ("Vi ska kontrollera hastigheten vid skolorna varje månad.", f"{label} Trafik"),
        ("Vi ska finnas där unga samlas på helgkvällar.", f"{second} Unga"),
    ]
    assert report.notes == []


def test_a_promises_particulars_and_giver_above_its_statement(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Löfte 1: Tryggare hamn på sommaren
Målgrupp: Boende och båtgäster
Ansvarig: Polisen
Tidsperiod: juni–augusti
Patrullering i hamnen varje helg under sommaren.

Löfte 2: Färre unga i narkotika
Målgrupp: Unga 13–18 år
Ansvarig: Kommunen
Föräldraträffar på alla högstadieskolor under hösten.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Patrullering i hamnen varje helg under sommaren.", ["police"]),
        ("Föräldraträffar på alla högstadieskolor under hösten.", ["municipality"]),
    ]
    assert report.notes == []  # the particulars describe the promise: no notes
    assert [e for e in report.promises[0].evidence if "-line" in e] == [
        "rule attribute-line: 'Målgrupp: Boende och båtgäster'", "rule responsible-line: 'Ansvarig: Polisen'",
        "rule attribute-line: 'Tidsperiod: juni–augusti'"]


def test_a_listed_promises_purpose_and_giver_under_it(extractor: Extractor, tmp_path: Path) -> None:
    """Rule attribute-line: "Syfte: …" under a listed promise, however long, states what it
    is for, neither an activity nor a note (words.toml [labels] purpose); "Ansvarig:" names
    its giver."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Syfte: Att öka tryggheten vid stationen och i centrum för alla som bor och vistas i Åby.

De aktiviteter som polisen och kommunen lovar under 2025 är:

• Trygghetsvandring vid stationen
  Syfte: Inventering för att kunna göra trygghetsskapande och brottsförebyggande åtgärder där de behövs mest
  Ansvarig: kommunen/polisen
• Snabb sanering av klotter
  Syfte: Skapa trygga miljöer genom att snabbt åtgärda skadegörelse och klotter samt hålla platserna rena och trivsamma.
  Ansvarig: kommunen
""")
    assert [(p.text, p.actors, p.activities) for p in report.promises] == [
        ("Trygghetsvandring vid stationen", ["police", "municipality"], []),
        ("Snabb sanering av klotter", ["municipality"], [])]
    # with no promise above it, a purpose says what the page is for: a note
    assert [n.text for n in report.notes] == [
        "Syfte: Att öka tryggheten vid stationen och i centrum för alla som bor och vistas i Åby."]


def test_done_activities_lead_to_results(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet i Åby 2024

Löftet: Polisen och kommunen lovade att göra stationen tryggare.

Aktiviteter som genomförts:
• Polisen har varit vid stationen trettio kvällar.
• Kommunen har satt upp nya lampor på perrongen.
""")
    (promise,) = report.promises
    assert promise.activities == []
    assert [r.text for r in promise.results] == [
        "Polisen har varit vid stationen trettio kvällar.", "Kommunen har satt upp nya lampor på perrongen."]


def test_activity_and_result_headings_under_each_promise_heading(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte 2024 – Åby

Löfte 1: Färre buskörningar med moped

Aktiviteter
• Kontrollera mopeder vid skolorna.
• Skriva till föräldrar om reglerna.

Resultat
• 40 mopeder har kontrollerats.
• Brevet har gått ut till alla föräldrar i årskurs 8.

Löfte 2: Tryggare busstation

Aktiviteter
• Polisen går förbi busstationen på helgkvällar.

Resultat
• Polisen har varit där 30 helger.
""")
    assert [(p.text, [a.text for a in p.activities], [r.text for r in p.results]) for p in report.promises] == [
        ("Färre buskörningar med moped", ["Kontrollera mopeder vid skolorna.", "Skriva till föräldrar om reglerna."],
         ["40 mopeder har kontrollerats.", "Brevet har gått ut till alla föräldrar i årskurs 8."]),
        ("Tryggare busstation", ["Polisen går förbi busstationen på helgkvällar."],
         ["Polisen har varit där 30 helger."]),
    ]
    assert report.notes == []


def test_activities_heading_under_the_title_makes_no_promise_of_it(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte och trygghet i Åby kommun

Aktiviteter 2024

• Polisen har gjort tjugo kontroller vid torget.
• Kommunen har satt upp ny belysning i parken.
""")
    assert report.promises == []  # the title heads the page, not a promise: what follows reports


def test_each_sentence_under_a_partys_heading_is_that_partys(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Polisens löften
Vi lovar att kontrollera hastigheten på Bygatan varje månad.
Vi lovar att besöka skolorna två gånger per termin.

Kommunens löften
Vi lovar att ha fältarbetare ute under sportlovet.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Vi lovar att kontrollera hastigheten på Bygatan varje månad.", ["police"]),
        ("Vi lovar att besöka skolorna två gånger per termin.", ["police"]),
        ("Vi lovar att ha fältarbetare ute under sportlovet.", ["municipality"]),
    ]


def test_a_participle_before_its_noun_reports_nothing(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöften Åby kommun 2024

Polisen och Åby kommun ger följande löften till invånarna:

Ökad närvaro i Östra Åby. Polisen patrullerar där minst två kvällar i månaden.

Mindre narkotika i centrum. Polisen genomför riktade insatser mot försäljningen vid torget.
""")
    # "riktade insatser" is no past: the second paragraph promises as the first does
    assert [p.text.split(".")[0] for p in report.promises] == ["Ökad närvaro i Östra Åby", "Mindre narkotika i centrum"]
    assert report.notes == []


@pytest.mark.parametrize(("text", "past"), [
    ("Polisen genomför riktade insatser vid torget.", False),
    ("Genom planerade kontroller ska vi minska brotten.", False),
    ("Under året riktade polisen insatser mot torget.", True),
    ("Kommunen ordnade två möten.", True),
    # opening the text or after a label's colon, right before a noun in the plural
    ("Riktade insatser mot langning.", False),
    ("Narkotika: Utökade kontroller vid skolan.", False),
    ("Startade två nya grupper.", True),
    ("Patrullerade centrum varje helg.", True),
    # the second of two attributes joined over a hyphen
    ("Fortsätta det områdes- och nätverksbaserade arbetet i stadsdelarna.", False),
    ("Skolan och fritidsgården ordnade två kvällar.", True),
])
def test_attributive_participle_is_no_past(language: LanguageStage, text: str, past: bool) -> None:
    doc = language.doc(text)
    assert ("past" in doc._.result_aspects) is past


def test_a_status_heading_keeps_the_promises_part(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2024, Åby kommun

Löfte: Polisen och kommunen lovade att göra Östra Åby tryggare.

Vad har gjorts?
Polisen har varit i Östra Åby tjugo kvällar. Kommunen har satt upp lampor vid badet.

Bedömning
Löftet bedöms som genomfört.

Löfte: Polisen lovade fem trafikkontroller på väg 12.

Vad har gjorts?
Tre kontroller har gjorts.

Bedömning
Delvis genomfört. Två kontroller ställdes in.
""")
    assert [(p.status, len(p.results)) for p in report.promises] == [("done", 2), ("partly_done", 2)]
    assert report.notes == []


def test_the_publishers_line_over_the_promises_heading_is_no_title(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Lokalpolisområde Åby

Medborgarlöften Åby kommun 2024

Polisen ska patrullera vid torget varje fredag.
""")
    assert report.title == "Medborgarlöften Åby kommun 2024"


def test_problem_and_measure_labels_pair_up(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Problem: Bilar kör för fort förbi skolan på Bygatan.
Åtgärd: Polisen kontrollerar hastigheten där varannan vecka under terminerna.

Problem: Klotter på busskuren vid torget.
Åtgärd: Kommunen tar bort klotter inom ett dygn efter anmälan.
""")
    assert [(p.text, p.actors, p.activities) for p in report.promises] == [
        ("Polisen kontrollerar hastigheten där varannan vecka under terminerna.", ["police"], []),
        ("Kommunen tar bort klotter inom ett dygn efter anmälan.", ["municipality"], []),
    ]
    assert [n.text for n in report.notes] == [
        "Problem: Bilar kör för fort förbi skolan på Bygatan.", "Problem: Klotter på busskuren vid torget."]


def test_a_measure_under_a_promise_heading_is_its_activity(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Löfte 1: Lugnare trafik vid skolan
Åtgärd: Polisen kontrollerar hastigheten varannan vecka.
""")
    (promise,) = report.promises
    assert (promise.text, [a.text for a in promise.activities]) == (
        "Lugnare trafik vid skolan", ["Polisen kontrollerar hastigheten varannan vecka."])


def test_a_question_between_the_results_is_none_of_them(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte 2024 Åby

Vad lovade vi?
Vi lovade att minska klottret i Östra Åby.

Vad har vi gjort?
• Kommunen har tagit bort klotter inom ett dygn efter varje anmälan.

Blev det bättre?
Anmälningarna om klotter minskade från 40 till 25.
""")
    (promise,) = report.promises
    assert [r.text for r in promise.results] == ["Kommunen har tagit bort klotter inom ett dygn efter varje anmälan.",
                                                  "Anmälningarna om klotter minskade från 40 till 25."]
    assert report.notes == []


def test_plain_statements_under_focus_areas_a_lead_promised(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Polisen och Åby kommun lovar att arbeta med följande två områden under 2025:

Trafiken vid skolorna
Polisen kontrollerar hastigheten vid skolorna varje vecka.

Unga och droger
Kommunen och polisen informerar föräldrar i årskurs 7.

Bakgrund
Polisen ser en ökning av narkotikabrotten bland unga.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Polisen kontrollerar hastigheten vid skolorna varje vecka.", ["police"]),
        ("Kommunen och polisen informerar föräldrar i årskurs 7.", ["police", "municipality"]),
    ]
    assert all(any("rule focus-area-statement" in e for e in p.evidence) for p in report.promises)
    assert [n.text for n in report.notes] == [
        "Polisen och Åby kommun lovar att arbeta med följande två områden under 2025:",
        "Polisen ser en ökning av narkotikabrotten bland unga."]


def test_plain_statements_under_focus_areas_no_one_promised_are_notes(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Arbetet utgår från följande två områden:

Trafiken vid skolorna
Polisen kontrollerar hastigheten vid skolorna varje vecka.
""")
    assert report.promises == []


def test_a_lead_with_a_time_after_its_verb_hands_over_to_its_list(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte för Åby kommun 2025

Löfte: Säkrare trafik

Polisen ska under 2025:
- kontrollera hastigheten på Bygatan
- kontrollera mopeder vid skolan
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("kontrollera hastigheten på Bygatan", ["police"]), ("kontrollera mopeder vid skolan", ["police"])]


def test_a_news_pages_first_line_is_its_title(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Polisen i Åby och Åby kommun har tecknat ett nytt medborgarlöfte för 2025

Medborgarlöftet innehåller två åtaganden:

- Polisen ska finnas i centrum på helgkvällar.
- Kommunen ska förbättra belysningen i parken.
""")
    assert report.title == "Polisen i Åby och Åby kommun har tecknat ett nytt medborgarlöfte för 2025"
    assert len(report.promises) == 2


def test_a_numbered_heading_after_a_lettered_list_heads_the_next_promise(extractor: Extractor,
                                                                        tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2025 Åby

1. Tryggare centrum
Polisen och kommunen ska göra gemensamma insatser i centrum.
Aktiviteter:
a) Polisen går till fots på fredagar.
b) Kommunen har ordningsvakter vid biblioteket.

2. Färre unga i narkotika
Polisen och kommunen ska arbeta förebyggande mot narkotika.
Aktiviteter:
a) Föräldramöten på skolorna.
b) Kontroller på kända platser.
""")
    assert [(p.text, len(p.activities)) for p in report.promises] == [
        ("Polisen och kommunen ska göra gemensamma insatser i centrum.", 2),
        ("Polisen och kommunen ska arbeta förebyggande mot narkotika.", 2)]
    assert all("Färre unga" not in a.text for p in report.promises for a in p.activities)


def test_a_follow_ups_promise_heading_over_its_report(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöfte 2024 – Åby

Medborgarlöfte 1: Säkrare trafik
Polisen har gjort 20 hastighetskontroller under året. Kommunen har satt upp två displayer.
Bedömning: Löftet är uppfyllt.

Medborgarlöfte 2: Tryggare hamn
Kommunen har bytt belysningen i hamnen.
Bedömning: Löftet är delvis uppfyllt eftersom kamerorna inte kom upp.
""")
    assert [(p.text, p.status, len(p.results)) for p in report.promises] == [
        ("Säkrare trafik", "done", 2), ("Tryggare hamn", "partly_done", 2)]
    assert report.notes == []


def test_a_purpose_lead_after_the_promises_lists_their_activities(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Åby kommun och polisen lovar att:
• Öka tryggheten på torget genom fler vuxna ute på kvällarna
• Förbättra trafiksäkerheten vid skolorna

För att nå dit ska vi bland annat:
• Genomföra trygghetsvandringar på torget två gånger per år
• Genomföra hastighetskontroller vid skolorna
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Öka tryggheten på torget genom fler vuxna ute på kvällarna",
         ["Genomföra trygghetsvandringar på torget två gånger per år"]),
        ("Förbättra trafiksäkerheten vid skolorna", ["Genomföra hastighetskontroller vid skolorna"]),
    ]


def test_a_period_label_states_the_period(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte för Åby kommun

Giltighetstid: 2025-01-01 – 2026-12-31

Polisen åtar sig att:
• kontrollera hastigheten vid skolorna varje månad
""")
    assert report.period is not None and (report.period.start, report.period.end) == (2025, 2026)


def test_labelled_results_and_statuses_with_a_comment(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning 2024 – medborgarlöfte Åby

Löfte: Trafikkontroller i Östra Åby
Genomfört under året: 11 kontroller.
Status: Grönt

Löfte: Föräldravandringar
Genomfört under året: 6 vandringar.
Status: Gult, färre föräldrar än väntat.
""")
    assert _shape(report) == [("Trafikkontroller i Östra Åby", "done", ["11 kontroller."]),
                              ("Föräldravandringar", "partly_done", ["6 vandringar."])]


def test_a_lead_that_commits_to_work_on_names_lists_promises(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2025 – Åby

Polisen och Åby kommun har enats om ett medborgarlöfte för 2025. Vi kommer att arbeta med:

1. Trafiksäkerhet vid skolorna
2. Trygghet i hamnen
3. Förebyggande arbete mot narkotika bland unga

Uppföljningen sker genom:
• Media
• Medborgardialoger
""")
    assert [p.text for p in report.promises] == [
        "Trafiksäkerhet vid skolorna", "Trygghet i hamnen", "Förebyggande arbete mot narkotika bland unga"]
    # a lead that commits to nothing lists bare names: neither promises nor activities
    assert not any("Media" in a.text for p in report.promises for a in p.activities)


def test_a_report_of_numbered_promises_with_their_status_in_the_heading(extractor: Extractor,
                                                                       tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Rapport: Medborgarlöfte Åby 2024 – helårsuppföljning

Sammanfattning
Alla tre löften har genomförts helt eller delvis.

Löfte 1 Trafik – genomfört
Polisen har gjort 25 hastighetskontroller.

Löfte 2 Trygghet i centrum – delvis genomfört
Belysningen är bättre men kamerorna är inte uppe.

Löfte 3 Narkotika – pågår
Arbetet med föräldramöten fortsätter under 2025.
""")
    assert report.title == "Rapport: Medborgarlöfte Åby 2024 – helårsuppföljning"
    assert report.doc_type == "follow_up"
    assert _shape(report) == [
        ("Trafik", "done", ["Polisen har gjort 25 hastighetskontroller."]),
        ("Trygghet i centrum", "partly_done", ["Belysningen är bättre men kamerorna är inte uppe."]),
        ("Narkotika", "ongoing", ["Arbetet med föräldramöten fortsätter under 2025."]),
    ]
    assert [n.text for n in report.notes] == ["Alla tre löften har genomförts helt eller delvis."]


def test_att_clauses_a_line_each_are_the_leads_items(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Åby kommun och polisen i Åby lovar invånarna:

att polisen kontrollerar hastigheten på Bygatan varje månad,
att kommunen ordnar fler aktiviteter för unga på fredagar,
att vi tillsammans går trygghetsvandringar i Östra Åby.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("att polisen kontrollerar hastigheten på Bygatan varje månad,", ["police"]),
        ("att kommunen ordnar fler aktiviteter för unga på fredagar,", ["municipality"]),
        ("att vi tillsammans går trygghetsvandringar i Östra Åby.", ["police", "municipality"]),
    ]


def test_a_past_report_after_the_promise_in_its_paragraph(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2024 i Åby

Under 2024 lovade polisen att genomföra minst tolv trafikkontroller i Östra Åby. Det blev fjorton.

Kommunen lovade att ordna två föräldramöten om droger. Ett möte hölls i april, det andra blev inställt.
""")
    assert _shape(report) == [
        ("Under 2024 lovade polisen att genomföra minst tolv trafikkontroller i Östra Åby.", "done",
         ["Det blev fjorton."]),
        ("Kommunen lovade att ordna två föräldramöten om droger.", "partly_done",
         ["Ett möte hölls i april, det andra blev inställt."]),
    ]


def test_how_a_promise_is_followed_up_is_a_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöften 2025 – Åby kommun och polisen

Löfte 1: Vi ska öka tryggheten i Åby centrum.
Så här gör vi:
– Polisen är synlig i centrum på fredagskvällar.
– Kommunen ser över belysningen på Storgatan.
Så här följer vi upp:
– Trygghetsmätning hösten 2025.
""")
    (promise,) = report.promises
    assert [a.text for a in promise.activities] == [
        "Polisen är synlig i centrum på fredagskvällar.", "Kommunen ser över belysningen på Storgatan."]
    assert [n.text for n in report.notes] == ["Så här följer vi upp: Trygghetsmätning hösten 2025."]


def test_a_short_line_that_opens_the_results_is_not_run_into_them(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2024 – Åby

Löftet 2024
Polisen och Åby kommun lovade att göra trygghetsinsatser i Östra Åby under sommaren.

Så här gick det
Polisen har patrullerat i Östra Åby 30 gånger. Kommunen har anställt sommarvärdar.
""")
    (promise,) = report.promises
    assert [r.text for r in promise.results] == [
        "Polisen har patrullerat i Östra Åby 30 gånger. Kommunen har anställt sommarvärdar."]


def test_a_follow_up_restating_bullets_with_reports_between_them(extractor: Extractor, tmp_path: Path) -> None:
    """Rules restated-after-report, continued-work and givers-in-brackets (a giver named after
    the last full stop): a follow-up restates each promise as a bullet and reports on it in
    paragraphs; the next bullet is the next promise, not a result of the one before, "… kommer
    fortsätta arbeta för …" is what comes next for the promise reported on, and ". Polis" after
    the promise names its giver."""
    path = tmp_path / "uppfoljning.txt"
    path.write_text("""Uppföljning av medborgarlöftet i Åby 2024

Insatser för ökad trygghet

 • Vi ska arbeta för kameraövervakning på torget i Åby. Polis

Polisen har utrett möjligheten att sätta upp kameror på torget, men andra platser har prioriterats.

Polisen kommer fortsätta arbeta för kameraövervakning på torget i Åby.

 • Fotpatrullering på torget vid minst 100 tillfällen under året. Polis

Polisen har fotpatrullerat på torget vid 120 tillfällen.
""", encoding="utf-8")
    report = extractor.extract(path, path.name)
    assert [(p.text.split(".")[0], p.actors, len(p.results)) for p in report.promises] == [
        ("Vi ska arbeta för kameraövervakning på torget i Åby", ["police"], 2),
        ("Fotpatrullering på torget vid minst 100 tillfällen under året", ["police"], 1),
    ]
    assert report.promises[0].results[1].text.startswith("Polisen kommer fortsätta arbeta")
    assert "rule restated-after-report" in report.promises[1].evidence[0]


def test_a_commitment_over_a_results_heading_is_the_promise_reported_on(extractor: Extractor,
                                                                        tmp_path: Path) -> None:
    """Rule promise-over-results: on a page that sets each promise under its topic and its
    results under "Resultat", one party's commitment ("Polisen kommer att …") right over the
    heading is the promise, even where a clause of it holds a perfect ("där klagomål har
    inkommit"), and the report under the heading its result."""
    report = _extract(extractor, tmp_path, """Medborgarlöftet Trygghet i trafiken

Här kan du läsa om medborgarlöftet för Hjo och hur arbetet har gått.

Säkrare skolvägar

Polisen och kommunen kommer under 2025 att informera föräldrar om trafiksäkerhet vid skolorna.

Resultat

Polisen och kommunen har hållit två föräldramöten om trafiksäkerhet vid skolorna.

Hastighetskontroller

Polisen kommer att genomföra minst en hastighetskontroll i veckan där klagomål har inkommit.

Resultat

Polisen har genomfört 61 hastighetskontroller på platser där boende har klagat.
""")
    assert [(p.text, p.actors, [r.text for r in p.results]) for p in report.promises] == [
        ("Polisen och kommunen kommer under 2025 att informera föräldrar om trafiksäkerhet vid skolorna.",
         ["police", "municipality"],
         ["Polisen och kommunen har hållit två föräldramöten om trafiksäkerhet vid skolorna."]),
        ("Polisen kommer att genomföra minst en hastighetskontroll i veckan där klagomål har inkommit.",
         ["police"], ["Polisen har genomfört 61 hastighetskontroller på platser där boende har klagat."]),
    ]


def test_a_comment_under_a_table_of_promises_goes_to_the_row_it_is_about(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """The title above a table of promises headed the table: a comment after it is no promise
    of that title, but a result of the row it is about (rule result-by-content)."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby – uppföljning 2024

Aktivitet\tAnsvarig\tStatus
Hastighetskontroller vid skolorna\tPolisen\tGenomfört
Nya lampor i gångtunneln\tKommunen\tEj genomfört

Kommentar: Lamporna i gångtunneln har försenats och byts under våren.
""")
    assert _shape(report) == [
        ("Hastighetskontroller vid skolorna", "done", []),
        ("Nya lampor i gångtunneln", "not_done", ["Lamporna i gångtunneln har försenats och byts under våren."]),
    ]


def test_each_promise_of_a_paragraph_keeps_the_report_after_it(extractor: Extractor, tmp_path: Path) -> None:
    """Rule promise-then-report, per promise: "Polisen lovade X. Polisen har gjort … . Kommunen
    lovade Y. Det gjordes …" holds two promises, each with the report that follows it as its
    result (and the promised figure met gives the first its status)."""
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte Åby 2024

Trafik
Polisen lovade att genomföra sex trafikkontroller vid skolan. Under året har polisen genomfört nio \\
kontroller. Kommunen lovade att måla om två övergångsställen. Övergångsställena målades om i maj.
""")
    assert _shape(report) == [
        ("Polisen lovade att genomföra sex trafikkontroller vid skolan.", "done",
         ["Under året har polisen genomfört nio kontroller."]),
        ("Kommunen lovade att måla om två övergångsställen.", None, ["Övergångsställena målades om i maj."]),
    ]


def test_results_set_beside_each_promise_heading_are_its_own(extractor: Extractor, tmp_path: Path) -> None:
    """Rule results-beside-promise: "Löfte" / its statement / "Resultat", each heading at one
    level, gives the report under "Resultat" to that promise, though it shares no word with it;
    "har påbörjats" reports work begun (cues.toml implied_ongoing)."""
    report = _extract(extractor, tmp_path, """Redovisning medborgarlöften 2024 – Hjo

Löfte
Polisen ska genomföra minst sex nykterhetskontroller vid hamnen.

Resultat
Polisen genomförde åtta nykterhetskontroller vid hamnen.

Löfte
Polisen och kommunen ska informera om bedrägerier på äldreboenden.

Resultat
Arbetet har påbörjats och fortsätter under 2025.
""")
    assert report.doc_type == "follow_up"
    assert _shape(report) == [
        ("Polisen ska genomföra minst sex nykterhetskontroller vid hamnen.", "done",
         ["Polisen genomförde åtta nykterhetskontroller vid hamnen."]),
        ("Polisen och kommunen ska informera om bedrägerier på äldreboenden.", "ongoing",
         ["Arbetet har påbörjats och fortsätter under 2025."]),
    ]
    assert report.notes == []


def test_a_title_that_asks_how_it_went_makes_a_follow_up(extractor: Extractor, tmp_path: Path) -> None:
    """words.toml results_anywhere: "… – så har det gått" anywhere in the title makes the page a
    follow-up: "Det här lovade vi" over its bullets restates the promises it reports on."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Hjo – så har det gått

Det här lovade vi
• Fler trafikkontroller vid hamnen
• Trygghetsvandringar i centrum

Det här har vi gjort
Polisen har gjort 40 trafikkontroller vid hamnen under året.
""")
    assert report.doc_type == "follow_up"
    assert [(p.text, p.part) for p in report.promises] == [
        ("Fler trafikkontroller vid hamnen", "follow_up"), ("Trygghetsvandringar i centrum", "follow_up")]
