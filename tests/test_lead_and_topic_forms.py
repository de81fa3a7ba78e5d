"""Leads and topics in more of the forms published texts take, one named rule per test, on
short texts written for it: agreements and inline lists as leads, two-word party labels,
duties, topics followed by their status, and pages that hold several years."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.language import cues
from extract.pipeline import Extractor
from extract.report import Report


def _extract(extractor: Extractor, tmp_path: Path, text: str, name: str = "a.txt") -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extractor.extract(path, name)


def test_an_agreement_with_nothing_after_it_leads_to_promises(extractor: Extractor, tmp_path: Path) -> None:
    """Rule agreement-lead: "… har kommit överens om att:" over a list, like "lovar att:"; the
    items are the promises, given by the parties the lead names (an area word in a party's
    name, "Lokalpolisområde", makes no item a focus area)."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2025–2026

Lokalpolisområde Åby och Åby kommun har kommit överens om att:

- öka polisens närvaro i centrum under helgkvällar
- ge information om bedrägerier till äldre
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("öka polisens närvaro i centrum under helgkvällar", ["police", "municipality"]),
        ("ge information om bedrägerier till äldre", ["police", "municipality"]),
    ]
    assert all(any("agreement-lead" in e for e in p.evidence) or any("Lokalpolisområde" in e for e in p.evidence)
               for p in report.promises)


def test_an_agreement_with_content_of_its_own_promises_nothing(extractor: Extractor, tmp_path: Path) -> None:
    """An agreement on the method ("… har kommit överens om att arbeta med medborgarlöften.")
    is a note, and so is the same lead in the past tense over what was reported."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Polisen och Åby kommun har kommit överens om att arbeta med medborgarlöften.

Polisen lovar att genomföra tio trafikkontroller vid skolorna.
""")
    assert [p.text for p in report.promises] == ["Polisen lovar att genomföra tio trafikkontroller vid skolorna."]
    assert [n.text for n in report.notes] == [
        "Polisen och Åby kommun har kommit överens om att arbeta med medborgarlöften."]


def test_items_run_on_after_a_lead_and_parted_by_semicolons_are_its_list(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rule inline-list: "Polisen lovar att: a; b; c." lists three promises, each with its own
    span of the text; after a lead with content of its own they are its activities."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte för Åby 2025

Polisen lovar att: genomföra fler trafikkontroller vid skolorna; delta i tre trygghetsvandringar; och besöka \
alla högstadieskolor.

Kommunen lovar att minska klottret i centrum genom att: sanera klotter inom ett dygn; sätta upp fler papperskorgar.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("genomföra fler trafikkontroller vid skolorna", ["police"]),
        ("delta i tre trygghetsvandringar", ["police"]),
        ("besöka alla högstadieskolor", ["police"]),
        ("Kommunen lovar att minska klottret i centrum genom att:", ["municipality"]),
    ]
    assert [a.text for a in report.promises[-1].activities] == [
        "sanera klotter inom ett dygn", "sätta upp fler papperskorgar"]
    source = (tmp_path / "a.txt").read_text(encoding="utf-8")
    first = report.promises[0].provenance
    assert first.char_start is not None and first.char_end is not None
    assert first.char_end - first.char_start == len("genomföra fler trafikkontroller vid skolorna")
    assert "genomföra fler trafikkontroller vid skolorna" in source


def test_a_semicolon_in_a_sentence_lists_nothing(extractor: Extractor, tmp_path: Path) -> None:
    """One item of one word, or no lead that hands over: the paragraph stays whole."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Polisen lovar att: patrullera; det gör vi redan.

Polisen lovar att öka närvaron i centrum; kommunen tänder belysningen i parken.
""")
    assert [p.text for p in report.promises] == [
        "Polisen lovar att: patrullera; det gör vi redan.",
        "Polisen lovar att öka närvaron i centrum; kommunen tänder belysningen i parken.",
    ]


@pytest.mark.parametrize(("line", "promised"), [
    ("Åtagande kommunen: Genomföra föräldrautbildning.", "Genomföra föräldrautbildning."),
    ("Polisen: Anna Berg", None),  # a name's two words both open in capitals
    ("Polisen: Lena Ek", None),
])
def test_a_party_label_over_a_task_of_two_words(extractor: Extractor, tmp_path: Path, line: str,
                                                promised: str | None) -> None:
    """Rule party-label: two words after a party's label are its promise where they name a task
    (an infinitive and its object), not where they are a name."""
    report = _extract(extractor, tmp_path, f"Medborgarlöften Åby 2025\n\n{line}\n")
    assert [p.text for p in report.promises] == ([promised] if promised else [])


def test_a_duty_states_a_promise_where_promises_are_stated(extractor: Extractor, tmp_path: Path) -> None:
    """"Kommunen ansvarar för att …" under a title naming the promises commits, as "ska" does."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Kommunen ansvarar för att belysningen i gångtunnlarna ses över varje kvartal.

Polisen ansvarar för att genomföra riktade kontroller mot langning av alkohol.
""")
    assert [(p.actors, p.text[:30]) for p in report.promises] == [
        (["municipality"], "Kommunen ansvarar för att bely"), (["police"], "Polisen ansvarar för att genom")]


def test_lines_ending_on_commas_under_a_lead_are_its_items(extractor: Extractor, tmp_path: Path) -> None:
    """In plain text, lines that open in lower case and end on a comma where the text does not
    wrap them are the items of the lead above them, not one sentence."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte för Åby 2025

Polisen och kommunen lovar att tillsammans arbeta för att minska antalet bostadsinbrott genom att

informera om grannsamverkan på minst fyra möten,
märka stöldbegärlig egendom vid två tillfällen,
öka polisens närvaro i villaområdena under semesterperioden.
""")
    assert len(report.promises) == 1
    assert [a.text for a in report.promises[0].activities] == [
        "informera om grannsamverkan på minst fyra möten,",
        "märka stöldbegärlig egendom vid två tillfällen,",
        "öka polisens närvaro i villaområdena under semesterperioden.",
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trafikkontroller vid skolor (Status: Delvis genomfört) Polisen har gjort 12.",
     ("partly_done", "Trafikkontroller vid skolor", "Polisen har gjort 12.")),
    ("Trygghetsvandringar – Genomfört. Tre vandringar har gjorts.",
     ("done", "Trygghetsvandringar", "Tre vandringar har gjorts.")),
    ("Trygghetsvandringar – Pågår", ("ongoing", "Trygghetsvandringar", "")),
    ("Trafik – ett problem i hela Åby", None),
    ("Polisen har genomfört tolv kontroller (se ovan)", None),
])
def test_status_topic_reads_a_topic_and_the_status_after_it(text: str, expected: object) -> None:
    assert cues.status_topic(text) == expected


def test_topics_followed_by_their_status_are_the_promises_followed_up(extractor: Extractor,
                                                                      tmp_path: Path) -> None:
    """Rule status-topic: numbered topics with their status in brackets, each over or before its
    report, are promises with that status and the report their result."""
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte Åby 2024

1. Trygghetsvandringar (Status: Genomfört)
Tre vandringar har genomförts i Norrby och centrum.

2. Trafikkontroller vid skolor (Status: Delvis genomfört)
Polisen har genomfört 12 av 20 planerade kontroller.
""")
    assert [(p.text, p.status, [r.text for r in p.results]) for p in report.promises] == [
        ("Trygghetsvandringar", "done", ["Tre vandringar har genomförts i Norrby och centrum."]),
        ("Trafikkontroller vid skolor", "partly_done", ["Polisen har genomfört 12 av 20 planerade kontroller."]),
    ]
    assert report.notes == []


def test_a_topic_heading_with_its_status_is_a_promise_whatever_follows(extractor: Extractor,
                                                                       tmp_path: Path) -> None:
    """Rule topic-heading: a follow-up's topic that ends on a tick, a cross or a status word is a
    promise with that status even where the prose under it reports no act."""
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöfte 2024

Trygghetsvandringar i Norrby ✓
Polisen och kommunen genomförde tre vandringar under året.

Trafikkontroller vid skolorna ✗
Endast fem kontroller hann genomföras på grund av resursbrist.
""")
    assert [(p.text, p.status, [r.text for r in p.results]) for p in report.promises] == [
        ("Trygghetsvandringar i Norrby", "done", ["Polisen och kommunen genomförde tre vandringar under året."]),
        ("Trafikkontroller vid skolorna", "not_done",
         ["Endast fem kontroller hann genomföras på grund av resursbrist."]),
    ]


def test_a_page_of_several_years_reports_on_the_first_and_states_the_next(extractor: Extractor,
                                                                          tmp_path: Path) -> None:
    """Rule next-promise-heading: "Uppföljning 2023" reports on the promise stated above it
    (rule result-by-content), and "Medborgarlöfte 2024" after it heads the next promise, so
    the page is `combined`."""
    report = _extract(extractor, tmp_path, """Medborgarlöften i Åby

Medborgarlöfte 2023
Polisen och Åby kommun lovar att arbeta för att minska narkotikabrotten bland unga.

Uppföljning 2023
Polisen har genomfört 18 insatser mot narkotika vid skolor och fritidsgårdar.

Medborgarlöfte 2024
Polisen och Åby kommun lovar att öka tryggheten i Norrby genom fler trygghetsvandringar.
""")
    assert report.doc_type == "combined"
    assert [(p.text.split()[-1], p.part, [r.text[:20] for r in p.results]) for p in report.promises] == [
        ("unga.", "promise", ["Polisen har genomför"]),
        ("trygghetsvandringar.", "promise", []),
    ]


def test_party_labels_under_the_activities_heading_are_activities(extractor: Extractor, tmp_path: Path) -> None:
    """Rule party-activity: "Polisen: Fotpatrullering …" under a promise's "Aktiviteter" heading
    is that party's activity ("Gemensamt:" both parties'), not a promise of its own."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Löfte
Polisen och Åby kommun lovar att öka tryggheten vid resecentrum.

Aktiviteter
Polisen: Fotpatrullering vid resecentrum minst två kvällar i veckan.
Kommunen: Ny belysning och kameraövervakning vid perrongerna.
Gemensamt: Två trygghetsvandringar under året.
""")
    assert [p.text for p in report.promises] == ["Polisen och Åby kommun lovar att öka tryggheten vid resecentrum."]
    assert [(a.text, a.actors) for a in report.promises[0].activities] == [
        ("Fotpatrullering vid resecentrum minst två kvällar i veckan.", ["police"]),
        ("Ny belysning och kameraövervakning vid perrongerna.", ["municipality"]),
        ("Två trygghetsvandringar under året.", ["police", "municipality"]),
    ]


def test_a_headline_that_promises_is_the_title_not_a_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule headline: a page's title that says "lovar" ("Polisen lovar fler kontroller i Åby")
    names what the page is about; the promises are in its text."""
    report = _extract(extractor, tmp_path, """Polisen lovar fler kontroller i Åby

Polisen och Åby kommun har skrivit under nya medborgarlöften för 2025.

Polisen lovar att göra minst tjugo trafikkontroller vid skolorna.
""")
    assert report.title == "Polisen lovar fler kontroller i Åby"
    assert [p.text for p in report.promises] == ["Polisen lovar att göra minst tjugo trafikkontroller vid skolorna."]


def test_prose_under_an_activities_heading_is_the_promises_activities(extractor: Extractor,
                                                                      tmp_path: Path) -> None:
    """Rule activity-prose: under a heading that leads to activities ("Det här gör vi"), each
    paragraph up to the next heading is an activity of the promise above, given by the party
    it names; prose under the next heading ("Kontakt") is not."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Årets löfte
Polisen och kommunen lovar att minska narkotikaförsäljningen vid resecentrum.

Det här gör vi

Polisen genomför riktade insatser mot narkotikaförsäljning varje månad.

Kommunen sätter upp kameror vid resecentrum.

Bakgrund
Många invånare upplever otrygghet vid resecentrum på kvällarna.
""")
    assert [(a.text, a.actors) for a in report.promises[0].activities] == [
        ("Polisen genomför riktade insatser mot narkotikaförsäljning varje månad.", ["police"]),
        ("Kommunen sätter upp kameror vid resecentrum.", ["municipality"]),
    ]
    assert [n.text for n in report.notes] == ["Många invånare upplever otrygghet vid resecentrum på kvällarna."]


def test_a_heading_announcing_new_promises_ends_the_follow_up(extractor: Extractor, tmp_path: Path) -> None:
    """Rule next-promise-heading: "Nytt löfte för 2025" after "Så gick det 2024" heads the new
    promise, so the page is `combined`: last year's promise with its result and status, and
    this year's in the promise part."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Så gick det 2024
Förra året lovade polisen att genomföra 20 trafikkontroller vid skolorna. Polisen genomförde 25 kontroller.

Nytt löfte för 2025
Polisen och kommunen lovar att minska skadegörelsen i centrum.
""")
    assert report.doc_type == "combined"
    assert [(p.part, p.status, len(p.results)) for p in report.promises] == [("follow_up", "done", 1),
                                                                           ("promise", None, 0)]


def test_a_done_label_over_a_report_labels_it_and_states_no_status(extractor: Extractor, tmp_path: Path) -> None:
    """"Genomfört: Tre vandringar …" labels what was done, as "Redovisning:" and "Effekt:" do (the
    labels leave the result's text); only a status word after it ("Genomfört: Ja") is a status,
    so three walks against "minst fyra" leave the promise partly done (rule promised-figure)."""
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte Åby 2024

Löfte: Polisen ska genomföra minst fyra trygghetsvandringar.
Genomfört: Tre trygghetsvandringar genomfördes under hösten.
Effekt: Fler boende säger att de känner sig trygga.

Löfte: Kommunen ska åtgärda klotter inom 48 timmar.
Redovisning: Klotter har sanerats inom 48 timmar i 90 procent av fallen.
Genomfört: Ja
""")
    assert [(p.status, [r.text for r in p.results]) for p in report.promises] == [
        ("partly_done", ["Tre trygghetsvandringar genomfördes under hösten.",
                         "Fler boende säger att de känner sig trygga."]),
        ("done", ["Klotter har sanerats inom 48 timmar i 90 procent av fallen."]),
    ]
    assert cues.status_lead("Genomfört: Tre vandringar har gjorts.") is None
    assert cues.status_lead("Klart. Tre vandringar har gjorts.") == ("done", "Tre vandringar har gjorts.")


def test_items_run_on_after_a_lead_each_opening_on_a_bullet_or_a_dash(extractor: Extractor,
                                                                      tmp_path: Path) -> None:
    """Rule inline-list: a list whose line breaks were lost ("Våra löften: – Fler kontroller –
    Bättre belysning", "… lovar att: • a • b", "… lovar att 1) a, 2) b och 3) c") is the lead
    over its items; a dash inside a sentence after a colon lists nothing."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Våra löften: – Fler trafikkontroller vid skolorna – Bättre belysning i parken

Polisen lovar att: • genomföra fyra trygghetsvandringar • informera äldre om bedrägerier

Kommunen lovar att 1) rensa sly vid skolan, 2) tända belysningen i parken och 3) sanera klotter.

Tid: 18.00 – 20.00 varje fredag.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Fler trafikkontroller vid skolorna", ["police", "municipality"]),
        ("Bättre belysning i parken", ["police", "municipality"]),
        ("genomföra fyra trygghetsvandringar", ["police"]),
        ("informera äldre om bedrägerier", ["police"]),
        ("rensa sly vid skolan", ["municipality"]),
        ("tända belysningen i parken", ["municipality"]),
        ("sanera klotter", ["municipality"]),
    ]


def test_a_status_stated_after_the_promise_in_its_paragraph(extractor: Extractor, tmp_path: Path) -> None:
    """Rule status-sentence: "… 20 trafikkontroller vid skolorna. Status: Delvis genomfört." gives
    the promise that status and leaves the status line out of its text."""
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöften Åby 2024

Kommunen ska ordna fyra föräldravandringar. Status: Delvis genomfört.

Polisen ska genomföra trafikkontroller vid skolorna. Status: Pågår. Polisen har gjort elva kontroller.
""")
    assert [(p.text, p.status, [r.text for r in p.results]) for p in report.promises] == [
        ("Kommunen ska ordna fyra föräldravandringar.", "partly_done", []),
        ("Polisen ska genomföra trafikkontroller vid skolorna.", "ongoing", ["Polisen har gjort elva kontroller."]),
    ]


def test_a_topic_label_before_a_statement_or_an_item(extractor: Extractor, tmp_path: Path) -> None:
    """Rule topic-label: "Trafik: Polisen ska …" is read after its topic, as after "Löfte 2:";
    a label that says what the line is ("Mål:") is no topic. Rule attributive-participle: an
    item opening on "Riktade insatser …" after its topic reports nothing, so it is listed as
    a promise like the items beside it."""
    report = _extract(extractor, tmp_path, """Medborgarlöften Åby 2025

Trafik: Polisen ska genomföra fler hastighetskontroller vid skolorna.

Narkotika: Polisen och kommunen ska göra insatser mot langning till unga.

Polisen och kommunen lovar:

Trygghet: Bättre belysning i centrum.
Narkotika: Riktade insatser mot langning på skolgårdarna.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Polisen ska genomföra fler hastighetskontroller vid skolorna.", ["police"]),
        ("Polisen och kommunen ska göra insatser mot langning till unga.", ["police", "municipality"]),
        ("Trygghet: Bättre belysning i centrum.", ["police", "municipality"]),
        ("Narkotika: Riktade insatser mot langning på skolgårdarna.", ["police", "municipality"]),
    ]


def test_what_is_to_be_done_in_the_passive_is_promised_where_promises_are_stated(extractor: Extractor,
                                                                                tmp_path: Path) -> None:
    """Rule passive-commitment: under a title that names the promises, "Fler trafikkontroller ska
    genomföras vid skolorna." commits both parties, line under line; an aim ("Åby ska vara en
    trygg kommun"), what speaks of the promise ("Medborgarlöftet ska följas upp …") and a
    passive in a purpose ("… för att löftet ska uppfyllas") do not, though a purpose before
    the commitment leaves it one."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Under 2025 gäller följande:

Fler trafikkontroller ska genomföras vid skolorna.

Belysningen i Centrumparken ska förbättras.

För att tryggheten ska öka ska fler kameror sättas upp vid stationen.

Åby ska vara en trygg kommun för alla.

Medborgarlöftet ska följas upp i december.

Så här jobbar vi vidare för att löftet ska uppfyllas.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Fler trafikkontroller ska genomföras vid skolorna.", ["police", "municipality"]),
        ("Belysningen i Centrumparken ska förbättras.", ["police", "municipality"]),
        ("För att tryggheten ska öka ska fler kameror sättas upp vid stationen.", ["police", "municipality"]),
    ]
    assert [n.text for n in report.notes][-3:] == ["Åby ska vara en trygg kommun för alla.",
                                                   "Medborgarlöftet ska följas upp i december.",
                                                   "Så här jobbar vi vidare för att löftet ska uppfyllas."]


def test_how_long_the_promises_hold_after_a_promise_in_its_paragraph_is_a_note(extractor: Extractor,
                                                                                 tmp_path: Path) -> None:
    """Rule promise-then-validity: "… lovar att … Löftet gäller från 2025 till och med 2026." states
    the promise, then how long the promises hold: that sentence is a note, as in a paragraph of
    its own, and still gives the period; a later sentence that commits stays with its promise."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Hjo

Polisen och Hjo kommun lovar att minska klottret vid stationen. Löftet gäller från 2025 till och med 2026.

Polisen lovar att fotpatrullera i centrum. Patrullerna ska gå varje helg under 2025.
""")
    assert [p.text for p in report.promises] == [
        "Polisen och Hjo kommun lovar att minska klottret vid stationen.",
        "Polisen lovar att fotpatrullera i centrum. Patrullerna ska gå varje helg under 2025."]
    assert [n.text for n in report.notes] == ["Löftet gäller från 2025 till och med 2026."]
    assert report.period is not None and (report.period.start, report.period.end) == (2025, 2026)


def test_a_summary_list_then_each_promise_stated_under_its_heading(extractor: Extractor, tmp_path: Path) -> None:
    """Rule summary-then-statement: "Medborgarlöftet i korthet" lists the promises by short
    names; each name set again as a heading over its statement makes that statement the
    promise in full (its title the short name), not a second promise."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2025 – Åby

Våra löften i korthet
• Mer polis i centrum
• Färre inbrott

Mer polis i centrum
Polisen lovar att patrullera i centrum varje fredag och lördag kväll.

Färre inbrott
Polisen och kommunen lovar att starta fem nya grannsamverkansområden.
""")
    assert [(p.title, p.text, p.actors) for p in report.promises] == [
        ("Mer polis i centrum", "Polisen lovar att patrullera i centrum varje fredag och lördag kväll.", ["police"]),
        ("Färre inbrott", "Polisen och kommunen lovar att starta fem nya grannsamverkansområden.",
         ["police", "municipality"]),
    ]


def test_numbered_activities_in_a_follow_up_are_its_promises(extractor: Extractor, tmp_path: Path) -> None:
    """Rule numbered-activity: "Aktivitet 1: Trafikkontroller vid skolor" over what was done, in
    a follow-up, is a promise named by its topic, and it ends the summary section above it."""
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöften 2024

Sammanfattning
Av årets två aktiviteter har en genomförts och en pågår.

Aktivitet 1: Trafikkontroller vid skolor
Polisen har genomfört 24 kontroller.

Aktivitet 2: Föräldravandringar – Pågår
Kommunen samordnar vandringar varje helg.
""")
    assert [(p.text, p.status, [r.text for r in p.results]) for p in report.promises] == [
        ("Trafikkontroller vid skolor", None, ["Polisen har genomfört 24 kontroller."]),
        ("Föräldravandringar", "ongoing", ["Kommunen samordnar vandringar varje helg."]),
    ]
    assert [n.text for n in report.notes] == ["Av årets två aktiviteter har en genomförts och en pågår."]


def test_a_partys_commitments_heading_over_short_statements(extractor: Extractor, tmp_path: Path) -> None:
    """Rule party-lead: "Polisens åtaganden" over short statements a line each, as over a list:
    each statement is that party's promise, though it says no "ska" or "lovar"."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Polisens åtaganden
Polisen genomför trafikkontroller vid skolorna varje månad.
Polisen patrullerar i centrum på helgkvällar.

Kommunens åtaganden
Kommunen byter belysning i parkerna.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Polisen genomför trafikkontroller vid skolorna varje månad.", ["police"]),
        ("Polisen patrullerar i centrum på helgkvällar.", ["police"]),
        ("Kommunen byter belysning i parkerna.", ["municipality"]),
    ]


def test_one_party_committing_after_a_fronted_place_under_a_title_naming_the_promises(
        extractor: Extractor, tmp_path: Path) -> None:
    """Rule titled-promises: under "Medborgarlöfte Åby 2025", "I Åby centrum ska polisen
    patrullera …" commits the police as "Polisen ska patrullera …" would: the place or time
    put first only moves the verb before its subject."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

I Åby centrum ska polisen patrullera varje helgkväll.

På skolorna ska kommunen genomföra drogförebyggande lektioner.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("I Åby centrum ska polisen patrullera varje helgkväll.", ["police"]),
        ("På skolorna ska kommunen genomföra drogförebyggande lektioner.", ["municipality"]),
    ]


def test_a_last_line_with_only_furniture_after_it_heads_nothing(extractor: Extractor, tmp_path: Path) -> None:
    """Rule trailing-heading: the text's last line of prose, cut off before a web page's
    feedback box, is read as the end of the text (a note here), not as a heading over nothing."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Polisen lovar att genomföra tio trafikkontroller vid skolorna.

Resultatet kommer att följas upp och redovisas under 2026

Hittade du det du sökte?

Dela på Facebook

Skriv ut
""")
    assert [n.text for n in report.notes] == ["Resultatet kommer att följas upp och redovisas under 2026"]


def test_givers_named_after_a_responsible_label_or_a_closing_dash(extractor: Extractor, tmp_path: Path) -> None:
    """Rule givers-in-brackets: "(Ansvarig: Polisen)" closing an item names its giver, and so do
    the parties alone after a closing dash ("– Kommunen"); a dash before other words does not."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Vi lovar att:
• Genomföra trafikkontroller vid skolorna (Ansvarig: Polisen)
• Utbilda personal på fritidsgårdarna – Kommunen
• Ordna föräldravandringar – varje helg under sommaren
""")
    assert [p.actors for p in report.promises] == [["police"], ["municipality"], ["police", "municipality"]]


def test_a_lead_to_activities_run_into_its_line_under_a_promise_heading(extractor: Extractor,
                                                                        tmp_path: Path) -> None:
    """Rule labelled-activity: "Så här gör vi: Polisen patrullerar …" under "Löfte 1: Tryggare
    centrum" is the promise's activity, and the heading, with no statement of its own, the
    promise."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Löfte 1: Tryggare centrum
Så här gör vi: Polisen patrullerar i centrum fredag och lördag kväll.

Löfte 2: Säkrare skolvägar
Så här gör vi: Kommunen bygger nya övergångsställen vid tre skolor.
""")
    assert [(p.text, [(a.text, a.actors) for a in p.activities]) for p in report.promises] == [
        ("Tryggare centrum", [("Polisen patrullerar i centrum fredag och lördag kväll.", ["police"])]),
        ("Säkrare skolvägar", [("Kommunen bygger nya övergångsställen vid tre skolor.", ["municipality"])]),
    ]


def test_a_measure_promised_before_a_list_of_promises_is_no_general_aim(extractor: Extractor,
                                                                        tmp_path: Path) -> None:
    """Rule umbrella-aim: a general aim before the text names its promises ("… lovar att arbeta
    för ett tryggare Åby") is context, a note; a measure ("… lovar invånarna att genomföra fler
    trafikkontroller") is a promise of its own."""
    lists = """
Kommunen och polisen ger följande löften:
- Fler trygghetsvandringar
- Bättre belysning vid stationen
"""
    report = _extract(extractor, tmp_path, "Medborgarlöfte Åby 2025\n\nPolisen lovar invånarna i Norrby att "
                      "genomföra fler trafikkontroller.\n" + lists)
    assert [p.text for p in report.promises] == [
        "Polisen lovar invånarna i Norrby att genomföra fler trafikkontroller.",
        "Fler trygghetsvandringar", "Bättre belysning vid stationen"]
    report = _extract(extractor, tmp_path, "Medborgarlöfte Åby 2025\n\nPolisen lovar att arbeta för ett "
                      "tryggare Åby.\n" + lists)
    assert [p.text for p in report.promises] == ["Fler trygghetsvandringar", "Bättre belysning vid stationen"]
    assert [n.text for n in report.notes] == ["Polisen lovar att arbeta för ett tryggare Åby."]


def test_a_lead_that_only_says_when_leads_in(extractor: Extractor, tmp_path: Path) -> None:
    """words.toml [lead_in] time_words: "lovar att under tidsperioden 1 januari 2025 – 31
    december 2026:" says when, not what; it leads to the promises under it and is no note."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Polisen och kommunen lovar att under tidsperioden 1 januari 2025 – 31 december 2026:

- genomföra trygghetsvandringar i Hjo tätort
- kontrollera hastigheten vid skolorna
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("genomföra trygghetsvandringar i Hjo tätort", ["police", "municipality"]),
        ("kontrollera hastigheten vid skolorna", ["police", "municipality"]),
    ]
    assert report.notes == []


def test_tasks_set_as_prose_under_a_promise_are_its_activities(extractor: Extractor, tmp_path: Path) -> None:
    """Rule task-paragraph: paragraphs right under a promise that open with an infinitive, or
    with how it is done and then one ("I samverkan mellan polis och kommun genomföra …"),
    carry it out; the first paragraph that is no task ends them."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Löftet

Polisen ska tillsammans med Hjo kommun öka tryggheten vid torget under 2025.

Genomföra trygghetsvandringar vid torget varje höst.

I samverkan mellan polis och kommun genomföra kontroller vid busstationen.

Tillsammans kartlägga otrygga platser och minska antalet skadade i tätorten.

Läs mer om arbetet för trygghet på kommunens webbplats, där finns också kontaktuppgifter.
""")
    [promise] = report.promises
    assert promise.actors == ["police", "municipality"]
    assert [a.text for a in promise.activities] == [
        "Genomföra trygghetsvandringar vid torget varje höst.",
        "I samverkan mellan polis och kommun genomföra kontroller vid busstationen.",
        "Tillsammans kartlägga otrygga platser och minska antalet skadade i tätorten.",
    ]
    assert all("task-paragraph" in a.evidence[0] for a in promise.activities)
    assert [n.text for n in report.notes] == [
        "Läs mer om arbetet för trygghet på kommunens webbplats, där finns också kontaktuppgifter."]


def test_what_the_parties_agreed_on_in_the_promise_is_a_promise(extractor: Extractor, tmp_path: Path) -> None:
    """cues.toml named_as_promise: "X är vad polisen och Hjo kommun enats om i årets
    medborgarlöfte" names X as the promise, given by the parties the sentence names."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2025

Fler trygghetsvandringar i Hjo centrum är vad polisen och Hjo kommun enats om i årets medborgarlöfte.

Löftet bygger på medborgardialoger som hölls under hösten i tätorten.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Fler trygghetsvandringar i Hjo centrum är vad polisen och Hjo kommun enats om i årets medborgarlöfte.",
         ["police", "municipality"])]
