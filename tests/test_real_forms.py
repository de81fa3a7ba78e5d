"""The forms published reports use, one named rule per test, on short texts written for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import roles
from extract.blocks import BlockKind
from extract.language import LanguageStage
from extract.loaders import load
from extract.pipeline import Extractor
from extract.report import Report


def _extract(extractor: Extractor, tmp_path: Path, text: str, name: str = "a.txt") -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extractor.extract(path, name)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


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


def test_a_result_sharing_a_word_with_two_promises_goes_to_the_one_it_agrees_with_further(
        extractor: Extractor, tmp_path: Path) -> None:
    """The result shares one word with each promise ("trafik", "trafiksäkerhetsråd…") and a
    theme with both; it names the council the second promise sets up, so it is that
    promise's, not the first's."""
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte 2023

Följande aktiviteter utlovades i Åby kommuns medborgarlöfte:

- Kontroller av hastigheten i trafiken skulle göras varje månad.
- Kommunen skulle bilda ett trafiksäkerhetsråd med föreningarna.

Så här gick det:

- Trafiksäkerhetsrådet har träffats två gånger för en lugnare trafik.
""")
    speed, council = report.promises
    assert speed.results == []
    assert [r.text for r in council.results] == ["Trafiksäkerhetsrådet har träffats två gånger för en lugnare trafik."]


@pytest.mark.parametrize("label", ["Trafiksäkerhet och närvaro:", "Trafiksäkerhet, närvaro"])
def test_a_line_restating_a_focus_area_listed_in_the_background_opens_its_promises(
        extractor: Extractor, tmp_path: Path, label: str) -> None:
    """Rule area-section: the background lists the focus areas; a line (or heading) that
    restates one ends the background, and the measures listed under it, after the prose on
    the problem, are promises."""
    report = _extract(extractor, tmp_path, f"""Åby – medborgarlöften 2025

Problembild

Enkäten visar att invånarna oroar sig mest för följande områden:

- Trafiksäkerhet/närvaro
- Narkotika

{label}

Invånarna vill se fler poliser ute på vägarna och i byarna.

- Genomföra minst sex hastighetskontroller per månad.
- Besöka varje by minst en gång per kvartal.
""")
    assert [p.text for p in report.promises] == [
        "Genomföra minst sex hastighetskontroller per månad.",
        "Besöka varje by minst en gång per kvartal.",
    ]
    assert "Invånarna vill se fler poliser ute på vägarna och i byarna." in [n.text for n in report.notes]


def test_a_line_naming_no_listed_area_leaves_the_background_as_it_is(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Problembild

Enkäten visar att invånarna oroar sig mest för följande områden:

- Trafiksäkerhet
- Narkotika

Tidigare år:

Invånarna ville då se fler poliser ute på vägarna.

- Genomföra fler hastighetskontroller varje månad.
""")
    assert report.promises == []


def test_a_lead_announcing_activities_with_none_under_it_is_the_pages_ingress(
        extractor: Extractor, tmp_path: Path) -> None:
    """Rule dangling-lead: the lead names no list of its own (headings come next, each over
    its own commitments): it is a note, and a single party's "ska" under a heading is a
    promise, for the lead opened a section of promises."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Lokalpolisområde Åby och Åby kommun lovar att gemensamt arbeta för att öka tryggheten genom följande aktiviteter:

Grannsamverkan

Kommunen och polisen kommer att starta grannsamverkan i två nya bostadsområden.

Trygga platser

Kommunen ska byta ut trasig belysning i gångtunnlarna inom en vecka.
""")
    assert [p.text for p in report.promises] == [
        "Kommunen och polisen kommer att starta grannsamverkan i två nya bostadsområden.",
        "Kommunen ska byta ut trasig belysning i gångtunnlarna inom en vecka.",
    ]
    assert report.notes[0].text.startswith("Lokalpolisområde Åby och Åby kommun lovar")


def test_tasks_listed_under_a_topic_of_the_promises_are_promises(extractor: Extractor, tmp_path: Path) -> None:
    """Rule listed-task: "• Arbeta riktat mot …" under a topic heading, in the section a
    statement ending in a colon opened, is a task promised, each bullet one promise."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polisen och Åby kommun ska arbeta för ett tryggare Åby genom att:

Trygghet

- Polisen och kommunen ska genomföra två trygghetsvandringar under hösten.

Stölder

- Arbeta riktat mot cykelstölder vid stationen
- Erbjuda märkning av cyklar varje vår
""")
    assert [(p.text, p.themes) for p in report.promises] == [
        ("Polisen och kommunen ska genomföra två trygghetsvandringar under hösten.", ["public_safety"]),
        ("Arbeta riktat mot cykelstölder vid stationen", ["burglary"]),
        ("Erbjuda märkning av cyklar varje vår", ["burglary"]),
    ]
    assert any("rule promise-list-item" in e for e in report.promises[1].evidence)


def test_a_background_label_on_a_line_of_its_own_opens_a_background_section(
        extractor: Extractor, tmp_path: Path) -> None:
    """Rule background-label, with making-of and finding-lead: under a promise just given, how it
    was made (a survey, dialogues) is no result, "Problembild:" opens background, and a lead
    that tells what the survey found lists no promises."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polisen och Åby kommun lovar att arbeta för ett tryggare Åby genom följande aktiviteter:

Invånarna har gjorts delaktiga genom en enkät på kommunens webbplats.

Problembild:
Av enkäten framkommer att det viktigaste kommunen ska göra är:

- Sätta upp bättre belysning vid skolan
- Skapa fler mötesplatser för unga
""")
    assert report.doc_type == "promise"
    assert [(p.text, p.activities, p.results) for p in report.promises] == [
        ("Polisen och Åby kommun lovar att arbeta för ett tryggare Åby genom följande aktiviteter:", [], [])]
    assert [n.text for n in report.notes][:1] == [
        "Invånarna har gjorts delaktiga genom en enkät på kommunens webbplats."]


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


def test_a_follow_ups_longer_topic_naming_a_party_further_on_is_a_topic(extractor: Extractor,
                                                                        tmp_path: Path) -> None:
    """A follow-up's topic heading may be long and name a party further on ("Samverkan med
    kommun, skola och fritid …"): it names the promise its results report on; a heading in
    which a party reports ("Detta har polisen gjort 2025") names none."""
    report = _extract(extractor, tmp_path, """# Uppföljning medborgarlöfte 2025 - Hjo

## Trafik

Under 2025 har polisen utfört 40 trafikkontroller i Hjo.

## Samverkan med kommun, skola och fritid kring droger och att tidigt upptäcka missbruk hos unga

Polisen har under året haft regelbundna möten med socialtjänsten om unga i riskzon.

## Detta har polisen gjort 2025

Polisen har genomfört tio besök på fritidsgården.
""", name="a.md")
    assert [(p.text, len(p.results)) for p in report.promises] == [
        ("Trafik", 1),
        ("Samverkan med kommun, skola och fritid kring droger och att tidigt upptäcka missbruk hos unga", 1)]


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


def test_a_news_sites_photo_label_marks_an_article_and_titles_nothing(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby kommun var sist i länet med att skriva under ett medborgarlöfte.

Nu förlänger polisen och kommunen löftet med ett år.

Artikelbild

| Anna Berg, kommunpolis, och Per Ek, kommunalråd.

– Vi vill fortsätta arbetet med trafiken, säger Anna Berg.
""")
    assert (report.doc_type, report.title, report.notes) == ("other", None, [])


def test_numbered_items_under_a_plain_promises_heading_are_promises(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Löftena grundar sig i den problembild som kommunen och polisen tagit fram.

Löften

1. Att arbeta för att minska buskörningen i centrum.
2. Att utföra minst två trygghetsvandringar i tätorten.
""")
    assert [p.text for p in report.promises] == [
        "Att arbeta för att minska buskörningen i centrum.",
        "Att utföra minst två trygghetsvandringar i tätorten.",
    ]


def test_a_page_of_completed_promises_is_a_follow_up(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Kakor på aby.se

Vi använder nödvändiga kakor för att sidan ska fungera.

Avslutade medborgarlöften

För torget hade Åby kommun och polisen ett medborgarlöfte om ökad trygghet 2021–2023.

Genomförda åtgärder

- Belysningen på torget har bytts ut.
- Klotter har sanerats inom ett dygn.
""")
    assert (report.doc_type, report.title, report.promises) == ("follow_up", "Avslutade medborgarlöften", [])
    assert not any("kakor" in n.text for n in report.notes)


def test_headings_grouping_the_activities_under_an_activities_heading_keep_them_activities(
        extractor: Extractor, tmp_path: Path) -> None:
    """Rule activities-subheading: "Polisens arbete" and "Kommunens arbete" under "Aktiviteter"
    group the one promise's activities; a bullet that says "ska" there is one of them."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte 2025

- Arbeta mot narkotikan och otryggheten på Norra torget.

Aktiviteter

Polisens arbete

- Polisen ska fotpatrullera på torget minst 100 gånger under året.
- Polisen ska genomföra tio insatser mot narkotikabrott.

Kommunens arbete

- Kommunen ska byta belysningen runt torget.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Arbeta mot narkotikan och otryggheten på Norra torget.", [
            "Polisen ska fotpatrullera på torget minst 100 gånger under året.",
            "Polisen ska genomföra tio insatser mot narkotikabrott.",
            "Kommunen ska byta belysningen runt torget.",
        ])]


def test_representatives_of_both_parties_commit_for_them(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Nytt medborgarlöfte i Åby

Åby kommun och polisen har kommit överens om ett nytt medborgarlöfte.

Under året kommer representanter för Åby kommun och polisen att besöka alla byar i kommunen.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Under året kommer representanter för Åby kommun och polisen att besöka alla byar i kommunen.",
         ["police", "municipality"])]


def test_a_bullet_opening_on_insatser_is_an_item_not_a_lead(extractor: Extractor, tmp_path: Path) -> None:
    """"• Insatser mot …" names a promise of the list; only with a colon would it lead to activities."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Parterna lovar:

- Ökad närvaro vid stationen
- Insatser mot langning
- Insatser för trafiksäkerheten
""")
    assert [(p.text, p.activities) for p in report.promises] == [
        ("Ökad närvaro vid stationen", []), ("Insatser mot langning", []), ("Insatser för trafiksäkerheten", [])]


def test_the_aims_listed_under_an_aim_lead_are_no_tasks_promised(extractor: Extractor, tmp_path: Path) -> None:
    """Rule aim-lead over rule listed-task: "• stärka förtroendet för polisen …" under "Syftet med
    medborgarlöften är att;" is an aim, whatever infinitive opens it and whichever section."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöften 2025

Syftet med medborgarlöften är att;

- öka tryggheten och förebygga brott.
- stärka förtroendet för polisens och kommunens gemensamma arbete.

Polisen lovar att:

- patrullera vid torget varje fredag.
""")
    assert [p.text for p in report.promises] == ["patrullera vid torget varje fredag."]


def test_a_report_of_dialogues_under_a_promise_of_dialogues_is_its_result(
        extractor: Extractor, tmp_path: Path) -> None:
    """Rule making-of stands back where the promise itself is about the dialogues."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Polisen och Åby kommun lovar att genomföra fyra medborgardialoger i byarna.

Polisen har hittills genomfört två dialoger med invånarna i Västby.
""")
    assert [r.text for r in report.promises[0].results] == [
        "Polisen har hittills genomfört två dialoger med invånarna i Västby."]


def test_a_label_naming_the_promises_lists_promises_under_a_statement(extractor: Extractor, tmp_path: Path) -> None:
    """"Medborgarlöfte:" on a line of its own names what follows as the promises, as a heading of
    promises does: the statement before it is their aim, not a promise with them as activities."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

För att minska efterfrågan ska kommunen och polisen arbeta för att minska tillgången på droger.

Medborgarlöfte:

- Kommunen ska informera om droger i årskurs 8.
- Polisen ska genomföra fyra insatser mot langning.
""")
    assert [(p.text, p.activities) for p in report.promises] == [
        ("Kommunen ska informera om droger i årskurs 8.", []),
        ("Polisen ska genomföra fyra insatser mot langning.", []),
    ]


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


def test_own_lead_in_after_a_complete_statement_lists_promises(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Det här ska vi göra

Tillsammans ska polisen och kommunen öka tryggheten i Åby genom att fortsätta samarbetet.

Vi kommer att:

- Genomföra riktade insatser mot langning vid skolorna
- Öka närvaron vid stationen på fredagskvällar
""")
    assert [p.text for p in report.promises] == [
        "Tillsammans ska polisen och kommunen öka tryggheten i Åby genom att fortsätta samarbetet.",
        "Genomföra riktade insatser mot langning vid skolorna",
        "Öka närvaron vid stationen på fredagskvällar",
    ]
    assert report.promises[0].activities == []


def test_a_continuing_lead_in_adds_activities_to_the_statement(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polisen och kommunen kommer att prioritera arbetet mot narkotika det kommande året.

Polisen kommer också att:

- Fotpatrullera vid torget på helgerna
- Genomföra insatser mot försäljning av narkotika
""")
    (promise,) = report.promises
    assert [a.text for a in promise.activities] == [
        "Fotpatrullera vid torget på helgerna", "Genomföra insatser mot försäljning av narkotika"]


def test_focus_area_labels_under_a_plain_lead_in_are_no_promises(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöftena utgår från tre prioriterade områden:

- Trygghet
- Ungdomar
- Trafik

Det här ska vi göra

- Polisen ska genomföra hastighetskontroller vid skolorna varje månad.
""")
    assert [p.text for p in report.promises] == ["Polisen ska genomföra hastighetskontroller vid skolorna varje månad."]


def test_focus_areas_under_a_promise_verb_are_promises(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Under perioden lovar parterna att fokusera på följande områden:

- Droger och folkhälsa
- Trafiksäkerhet
""")
    assert [(p.text, p.themes) for p in report.promises] == [
        ("Droger och folkhälsa", ["drugs"]), ("Trafiksäkerhet", ["traffic"])]


def test_unfinished_bullet_takes_the_bullets_below_as_activities(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """# Åby – medborgarlöften

## Medborgarlöften 2025

- Polisen ska öka sin synlighet i tätorterna genom
- Trafikkontroller på infartsvägarna
- Fotpatruller i centrum
- Polisen och kommunen ska hålla dialogmöten i varje kommundel.
""", name="a.md")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Polisen ska öka sin synlighet i tätorterna genom",
         ["Trafikkontroller på infartsvägarna", "Fotpatruller i centrum"]),
        ("Polisen och kommunen ska hålla dialogmöten i varje kommundel.", []),
    ]
    assert "unfinished-statement" in report.promises[0].activities[0].evidence[0]


def test_reported_items_under_a_lead_in_promise_nothing(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2024

Inom ramen för medborgarlöftet har följande gjorts:

- Polisen har genomfört 30 trafikkontroller vid skolorna under året.
- Kommunen har genomfört två trygghetsvandringar i centrum.
""")
    assert report.promises == []
    assert [n.text for n in report.notes] == [
        "Polisen har genomfört 30 trafikkontroller vid skolorna under året.",
        "Kommunen har genomfört två trygghetsvandringar i centrum.",
    ]


def test_paragraphs_about_the_promises_are_notes(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte januari–juni 2025:

Medborgarlöftena riktar sig till alla som bor i kommunen, i synnerhet unga.

- Polisen och kommunen lovar att hålla två föräldramöten i årskurs 6.
""")
    assert [p.text for p in report.promises] == ["Polisen och kommunen lovar att hålla två föräldramöten i årskurs 6."]
    assert [n.text for n in report.notes] == [
        "Medborgarlöftena riktar sig till alla som bor i kommunen, i synnerhet unga."]


def test_a_content_free_promise_heading_leads_in_the_parties_lists(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """# Åby – medborgarlöften

## Medborgarlöfte 2025

Polisen och Åby kommun lovar att centrum ska bli tryggare att vistas i.

## Det ska vi göra

## Polisen och Åby kommun lovar att under 2025

Polisen lovar:

- Att fotpatrullera i centrum varje fredag
- Att genomföra tio trafikkontroller vid skolorna

Kommunen lovar:

- Att förbättra belysningen vid busstationen
""", name="a.md")
    (promise,) = report.promises
    assert promise.text == "Polisen och Åby kommun lovar att centrum ska bli tryggare att vistas i."
    assert [(a.text, a.actors) for a in promise.activities] == [
        ("Att fotpatrullera i centrum varje fredag", ["police"]),
        ("Att genomföra tio trafikkontroller vid skolorna", ["police"]),
        ("Att förbättra belysningen vid busstationen", ["municipality"]),
    ]


def test_a_state_to_reach_is_no_commitment(extractor: Extractor, tmp_path: Path) -> None:
    """cues.toml aims: "ska vara", and what the citizens are to experience ("… strävar efter att
    invånarna ska uppleva en god dialog"), is a state to reach, even where the parties open
    the sentence."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte Åby 2025

Åby ska vara en trygg kommun att bo i. Därför samverkar kommunen och polisen.

Åby kommuns och polisens arbete strävar efter att invånarna ska uppleva en god dialog med dem.

Åby kommun och lokalpolisområde Åby avger härmed löfte om:

- att genomföra fyra trygghetsvandringar under året
- att hålla föräldramöten i alla högstadieskolor
""")
    assert [p.text for p in report.promises] == [
        "att genomföra fyra trygghetsvandringar under året", "att hålla föräldramöten i alla högstadieskolor"]
    assert "Åby kommuns och polisens arbete strävar efter att invånarna ska uppleva en god dialog med dem." in [
        n.text for n in report.notes]


def test_a_lead_over_bare_names_is_a_note_not_activities(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Tillsammans ska vi verka för att öka tryggheten i hamnen under sommaren.

Arbetet kan följas i:

- Sociala medier
- Lokaltidningen
""")
    (promise,) = report.promises
    assert promise.activities == []
    assert [n.text for n in report.notes] == ["Arbetet kan följas i: Sociala medier Lokaltidningen"]


def test_reports_under_later_headings_attach_to_the_restated_promise(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2024 – Åby

Polisen lovade ökad närvaro vid skolorna för att förebygga narkotikabruk bland unga. \
Polisen lovade även att delta i trygghetsvandringar i centrum.

Narkotika

Polisen har under året gjort flera insatser mot narkotika vid skolorna och samtalat med unga.

Trygghet

Polisen har deltagit i fyra trygghetsvandringar i centrum tillsammans med kommunen.

Statusen bygger på polisens egen bedömning i december.
""")
    drugs, walks = report.promises
    assert [r.text for r in drugs.results] == [
        "Polisen har under året gjort flera insatser mot narkotika vid skolorna och samtalat med unga."]
    assert [r.text for r in walks.results] == [
        "Polisen har deltagit i fyra trygghetsvandringar i centrum tillsammans med kommunen."]
    assert "result-by-content" in walks.results[0].evidence[0]
    assert [n.text for n in report.notes] == ["Statusen bygger på polisens egen bedömning i december."]


def test_one_outcome_paragraph_about_two_promises_is_split(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2024 – Åby

Det här utlovade vi under 2024:

- Förstärkt polisiär närvaro vid torget på fredagskvällar
- Minst fyra riktade insatser mot narkotika vid skolorna

Det här blev utfallet:

Fyra riktade insatser mot narkotika har genomförts vid skolorna. Den polisiära närvaron vid torget har förstärkts \\
varje fredagskväll.
""")
    presence, drugs = report.promises
    assert [r.text for r in drugs.results] == ["Fyra riktade insatser mot narkotika har genomförts vid skolorna."]
    assert [r.text for r in presence.results] == [
        "Den polisiära närvaron vid torget har förstärkts varje fredagskväll."]
    assert "split-by-content" in drugs.results[0].evidence[0]


def test_a_lead_counting_the_promises_lists_them_whatever_its_verb(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2024 – Åby

Under 2024 arbetade polisen med två löften i stadsdelen:

Vid minst fyra tillfällen genomföra insatser mot narkotika vid stationen.

Vi har genomfört sex insatser mot narkotika vid stationen under året.

Vid minst tio tillfällen fotpatrullera i centrum på helgerna.
""")
    assert [p.text for p in report.promises] == [
        "Vid minst fyra tillfällen genomföra insatser mot narkotika vid stationen.",
        "Vid minst tio tillfällen fotpatrullera i centrum på helgerna.",
    ]
    assert [r.text for r in report.promises[0].results] == [
        "Vi har genomfört sex insatser mot narkotika vid stationen under året."]


def test_promises_named_in_a_sentence_and_activities_shared_by_content(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polisen och Åby kommun har tecknat följande gemensamma medborgarlöfte som gäller 2025-2026.

- Att öka trafiksäkerheten vid skolorna.
- Att minska narkotikabruket bland unga.

Det ska vi åstadkomma genom följande aktiviteter:

- Polisen ska genomföra minst tio hastighetskontroller vid skolorna.
- Kommunen ska sprida information om narkotika till föräldrar till unga.

Uppföljning

Här kan du följa arbetet.
""")
    assert report.doc_type == "promise"
    traffic, drugs = report.promises
    assert [a.text for a in traffic.activities] == [
        "Polisen ska genomföra minst tio hastighetskontroller vid skolorna."]
    assert [a.text for a in drugs.activities] == [
        "Kommunen ska sprida information om narkotika till föräldrar till unga."]


def test_expected_effects_after_a_fresh_promise_are_no_results(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2025

Polisen och kommunen lovar att hålla tio föräldramöten om narkotika under året.

De effekter som förväntas är minskat bruk av narkotika bland unga och ökad kunskap hos föräldrar.
""")
    assert report.doc_type == "promise"
    (promise,) = report.promises
    assert promise.results == []
    assert [n.text for n in report.notes] == [
        "De effekter som förväntas är minskat bruk av narkotika bland unga och ökad kunskap hos föräldrar."]


def test_the_paragraph_under_a_numbered_promise_heading_states_it(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Löfte 1

För att öka tryggheten ska lokalpolisområde Åby fotpatrullera i centrum. Områdena har pekats ut som otrygga.

Löfte 2

För att möta önskemålen om synlig polis avdelas en patrull till centrum varje helg.
""")
    assert [(p.text, p.evidence[0].split(":")[0]) for p in report.promises] == [
        ("För att öka tryggheten ska lokalpolisområde Åby fotpatrullera i centrum. Områdena har pekats ut som otrygga.",
         "rule commitment-in-promise-section"),
        ("För att möta önskemålen om synlig polis avdelas en patrull till centrum varje helg.",
         "rule labelled-promise-heading"),
    ]


def test_sibling_bullets_each_committing_are_promises(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöften 2025–2026

Polisens närvaro

- Polisen och kommunen lovar att genomföra två trygghetsvandringar per år.
- Kommun och polis kommer att verka för att starta grannsamverkan i fler byar.

Droger

Polisen i Åby arbetar tillsammans med kommunen med att minska drogmissbruket genom att:

- genomföra fyra riktade insatser per år
- söka med narkotikahund vid skolorna
""")
    assert [(p.text, len(p.activities)) for p in report.promises] == [
        ("Polisen och kommunen lovar att genomföra två trygghetsvandringar per år.", 0),
        ("Kommun och polis kommer att verka för att starta grannsamverkan i fler byar.", 0),
        ("Polisen i Åby arbetar tillsammans med kommunen med att minska drogmissbruket genom att:", 2),
    ]
    assert report.promises[2].evidence[0].startswith("rule means-lead")


def test_a_sentence_listing_several_commitments_is_split(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2025

Medborgarlöftet 2025

Tillsammans ska kommun och polis arbeta för fler grannsamverkansområden, polisen ska fotpatrullera mer, \\
insatser mot langning ska göras samt genomföra trafikkontroller vid skolorna.
""")
    assert [p.text for p in report.promises] == [
        "Tillsammans ska kommun och polis arbeta för fler grannsamverkansområden",
        "polisen ska fotpatrullera mer",
        "insatser mot langning ska göras",
        "genomföra trafikkontroller vid skolorna",
    ]
    assert all(any("clause-per-promise" in e for e in p.evidence) for p in report.promises)


def test_a_sentence_with_one_commitment_and_commas_stays_whole(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2025

Medborgarlöftet 2025

Polisen ska fotpatrullera i centrum, vid stationen, vid torget och vid skolorna under helgerna.
""")
    assert [p.text for p in report.promises] == [
        "Polisen ska fotpatrullera i centrum, vid stationen, vid torget och vid skolorna under helgerna."]


def test_the_parties_stating_their_work_over_a_list_make_a_promise(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Här presenterar vi medborgarlöftet för Åby.

Hjo kommun och lokalpolisområde Skövde kommer under perioden
2025-01-01 – 2025-06-30, arbeta med följande åtgärder för att minska antalet rån:

• Genomföra trygghetsvandringar med ungdomar.
• Polisiär närvaro vid stationen på kvällarna.
""")
    (promise,) = report.promises
    assert promise.text == ("Hjo kommun och lokalpolisområde Skövde kommer under perioden 2025-01-01 – 2025-06-30, "
                            "arbeta med följande åtgärder för att minska antalet rån:")
    assert [a.text for a in promise.activities] == [
        "Genomföra trygghetsvandringar med ungdomar.", "Polisiär närvaro vid stationen på kvällarna."]
    assert promise.evidence[0].startswith("rule parties-commit")


def test_a_commitment_after_a_sentence_of_context_is_a_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rules later-sentence and topic-sentence: the sentence of context before a committing one
    is a note, unless it only names what the promise is about ("… i årets medborgarlöfte
    gäller alkohol."): then it heads the promise, its title, as the published texts' gold has
    it (neither a note nor part of the promise)."""
    report = _extract(extractor, tmp_path, """Här är medborgarlöftet för Hjo 2025

Nu har polisen och Hjo kommun skrivit under årets medborgarlöfte.

Det andra tillägget i årets medborgarlöfte gäller alkohol. Polisen och kommunen ska genomföra minst tre \\
kontroller av serveringsställen under året.

Klottret vid stationen har ökat under vintern. Polisen och kommunen ska sanera klotter inom ett dygn.
""")
    assert [(p.text, p.title) for p in report.promises] == [
        ("Polisen och kommunen ska genomföra minst tre kontroller av serveringsställen under året.",
         "Det andra tillägget i årets medborgarlöfte gäller alkohol"),
        ("Polisen och kommunen ska sanera klotter inom ett dygn.", None)]
    assert report.promises[0].evidence[0] == "rule later-sentence: a sentence that commits after one of context"
    notes = [n.text for n in report.notes]
    assert "Klottret vid stationen har ökat under vintern." in notes
    assert not any("tillägget" in n for n in notes)


def test_an_explanation_under_one_bullet_does_not_end_the_list(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Kommunens medborgarlöften:

• Att förbättra belysningen längs gång- och cykelvägarna under 2025.
  Belysning är det som flest invånare nämnde i enkäten om trygghet som genomfördes under hösten i alla kommundelar.
• Att röja sly kring lekplatserna i byarna under 2025.
""")
    assert [p.text for p in report.promises] == [
        "Att förbättra belysningen längs gång- och cykelvägarna under 2025.",
        "Att röja sly kring lekplatserna i byarna under 2025.",
    ]


def test_the_parties_stating_a_focus_make_no_promise(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Polisen och Hjo kommun kommer under 2025 särskilt fokusera på tryggheten kring stationen.

Det här ska vi göra

- Polisen ska fotpatrullera vid stationen varje fredag.

Följ med i hur det går!

- På kommunens hemsida och i polisens kanaler.
""")
    assert [p.text for p in report.promises] == ["Polisen ska fotpatrullera vid stationen varje fredag."]
    assert report.promises[0].activities == []
    assert "Polisen och Hjo kommun kommer under 2025 särskilt fokusera på tryggheten kring stationen." in [
        n.text for n in report.notes]


def test_short_items_under_a_lead_naming_the_promises_are_promises(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Medborgarlöften 2025:

- Fler trygghetsvandringar
- Synlig polis i centrum
""")
    assert [p.text for p in report.promises] == ["Fler trygghetsvandringar", "Synlig polis i centrum"]


def test_a_promise_in_the_passive_takes_the_measures_after_it(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Ännu tryggare i Hjo 2025

Polisen och Hjo kommun har förnyat det gemensamma medborgarlöftet.

Fokus på unga

För 2025 utlovas särskilt fokus på stöd till unga med riskbeteende. Därför håller kommun och polis \\
föräldraträffar i alla skolor. Syftet är att minska droganvändningen.
""")
    (promise,) = report.promises
    assert promise.text == "För 2025 utlovas särskilt fokus på stöd till unga med riskbeteende."
    assert [a.text for a in promise.activities] == ["Därför håller kommun och polis föräldraträffar i alla skolor."]
    assert promise.evidence[0].startswith("rule passive-promise")


def test_a_purpose_then_a_commitment_is_a_promise(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Här är medborgarlöftet för Hjo 2025

Synlig polis i byarna

För att stärka närvaron utanför centrum kommer trafikkontroller att genomföras i byarna varje månad.
""")
    assert [(p.text, p.evidence[0].split(":")[0]) for p in report.promises] == [
        ("För att stärka närvaron utanför centrum kommer trafikkontroller att genomföras i byarna varje månad.",
         "rule purpose-first")]


def test_a_party_named_with_tillsammans_med_gives_the_promise_too(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2025

Det här ska vi göra

- Polisen ska tillsammans med Hjo kommun arbeta mot otryggheten vid stationen.
- Polisen ska genomföra tio trafikkontroller vid skolorna.
""")
    assert [p.actors for p in report.promises] == [["police", "municipality"], ["police"]]


def test_run_in_label_is_a_promise_heading_set_inline(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polisen och Åby kommun har tagit fram två medborgarlöften för 2025.

Löfte 1 För att öka tryggheten i centrum ska områdespoliserna gå fotpatrull varje fredag.

Löfte 2 Polisen lovar att hålla fem trafikkontroller vid skolorna.
""")
    assert [(p.title, p.text) for p in report.promises] == [
        ("Löfte 1", "För att öka tryggheten i centrum ska områdespoliserna gå fotpatrull varje fredag."),
        (None, "Polisen lovar att hålla fem trafikkontroller vid skolorna."),
    ]
    assert "rule run-in-label" in report.promises[0].evidence[0]


def test_a_topic_after_a_promise_number_belongs_to_the_title(extractor: Extractor, tmp_path: Path) -> None:
    """Rule topic-after-label: "Löfte 1 – Trafik: Polisen ska …" names the promise's topic between
    its number and its statement; the topic goes to the title, not the text. A statement that
    itself runs to a colon ("Polisen ska genomföra följande: …") keeps it, and a party named
    there ("Löfte 4 – Kommunen: Vi ska …") is no topic."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Löfte 1 – Trafik: Polisen ska genomföra hastighetskontroller vid skolorna.

Löfte 2 – Narkotika och unga: Kommunen ska erbjuda föräldraträffar om droger.

Löfte 3: Polisen ska genomföra följande: trygghetsvandringar i centrum varje månad.

Löfte 4 – Kommunen: Vi ska sanera klotter inom ett dygn.
""")
    assert [(p.title, p.text) for p in report.promises] == [
        ("Löfte 1 – Trafik", "Polisen ska genomföra hastighetskontroller vid skolorna."),
        ("Löfte 2 – Narkotika och unga", "Kommunen ska erbjuda föräldraträffar om droger."),
        ("Löfte 3", "Polisen ska genomföra följande: trygghetsvandringar i centrum varje månad."),
        ("Löfte 4", "Kommunen: Vi ska sanera klotter inom ett dygn."),  # a party names the giver, no topic
    ]


def test_a_later_sentence_given_by_we_is_given_by_both_parties(extractor: Extractor, tmp_path: Path) -> None:
    """Rule later-sentence: "… kommer vi att …" after a sentence of context names no party
    of its own; the page speaks for both, so both give it (before, it had no giver)."""
    report = _extract(extractor, tmp_path, """Här är medborgarlöftet för Hjo 2025

Nu har polisen och Hjo kommun skrivit under årets medborgarlöfte.

Polisen och kommunen har valt ut två områden. Följande två områden kommer vi att arbeta extra med:

- Trafiken vid skolorna
- Klotter
""")
    (promise,) = report.promises
    assert promise.evidence[0] == "rule later-sentence: a sentence that commits after one of context"
    assert promise.actors == ["police", "municipality"]


def test_later_sentence_given_together_splits_into_its_committing_clauses(extractor: Extractor,
                                                                          tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "Nytt medborgarlöfte i Åby\n\n"
                      "Medborgarlöftet ska ge invånarna inflytande över polisens arbete. Tillsammans ska kommun "
                      "och polis arbeta för fler grannsamverkansområden, polisen ska fotpatrullera mer i centrum, "
                      "insatser mot klotter ska göras samt genomföra trafikkontroller vid skolorna.\n")
    assert [p.text for p in report.promises] == [
        "Tillsammans ska kommun och polis arbeta för fler grannsamverkansområden",
        "polisen ska fotpatrullera mer i centrum",
        "insatser mot klotter ska göras",
        "genomföra trafikkontroller vid skolorna",
    ]
    assert all(p.evidence[0].startswith("rule later-sentence") for p in report.promises)
    assert [n.text for n in report.notes] == ["Medborgarlöftet ska ge invånarna inflytande över polisens arbete."]


def test_prose_lines_with_no_blank_line_between_are_one_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Centrum har många besökare under sommaren.
Det har lett till mer nedskräpning och fler störningar kvällstid enligt medborgardialogen som hölls i våras.

Polisen och Åby kommun lovar att fotpatrullera i centrum varje fredag under sommaren.

Kommunen har också en ny fritidsgård sedan i höstas.
""")
    assert [n.text for n in report.notes] == [
        "Centrum har många besökare under sommaren. Det har lett till mer nedskräpning och fler störningar "
        "kvällstid enligt medborgardialogen som hölls i våras.",
        "Kommunen har också en ny fritidsgård sedan i höstas.",
    ]
    assert report.notes[0].evidence == ["rule run-on-note: prose lines with no blank line between them are one "
                                        "paragraph"]
    assert report.notes[0].provenance.lines == [3, 4]
    assert [p.text for p in report.promises] == [
        "Polisen och Åby kommun lovar att fotpatrullera i centrum varje fredag under sommaren."]


def test_prose_that_lost_its_last_full_stop_is_still_a_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöften är en del av det gemensamma trygghetsarbetet. De bygger på dialoger med invånarna under 2024

Polisen och Åby kommun lovar att fotpatrullera i centrum varje fredag.
""")
    assert [n.text for n in report.notes] == [
        "Medborgarlöften är en del av det gemensamma trygghetsarbetet. De bygger på dialoger med invånarna under 2024"]
    assert [p.text for p in report.promises] == [
        "Polisen och Åby kommun lovar att fotpatrullera i centrum varje fredag."]


def test_a_promise_naming_no_giver_is_given_by_whose_work_it_names(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Medborgarlöften 2025

- Hög polisiär närvaro i centrum under helgkvällarna.
- Bättre belysning längs kommunens gång- och cykelvägar.
- Fler trygghetsvandringar i bostadsområdena.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Hög polisiär närvaro i centrum under helgkvällarna.", ["police"]),
        ("Bättre belysning längs kommunens gång- och cykelvägar.", ["municipality"]),
        ("Fler trygghetsvandringar i bostadsområdena.", ["police", "municipality"]),
    ]
    assert "rule givers-by-content" in report.promises[0].evidence[-1]


def test_words_that_only_begin_like_the_municipality_name_none_of_its_work(extractor: Extractor,
                                                                            tmp_path: Path) -> None:
    """Rule givers-by-content (actors.toml [municipality] work): "kommuniceras", "kommuninvånarna"
    begin as "kommun" does and name no work of the municipality: a police office whose times
    are communicated to the residents is the police's promise."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Medborgarlöften 2025

- Ett mobilt poliskontor ska finnas i byarna varje vecka, och tiderna ska kommuniceras till kommuninvånarna.
- Bättre belysning längs kommunens gång- och cykelvägar.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Ett mobilt poliskontor ska finnas i byarna varje vecka, och tiderna ska kommuniceras till kommuninvånarna.",
         ["police"]),
        ("Bättre belysning längs kommunens gång- och cykelvägar.", ["municipality"]),
    ]


def test_a_party_named_as_the_place_of_the_work_gives_nothing(extractor: Extractor, tmp_path: Path) -> None:
    """Rules givers-by-content and municipality-as-place: "i (hela) kommunen" says where, not
    who; "i kommunens regi" says who."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Medborgarlöften 2025

- Minst tio hastighetskontroller i kommunen under året.
- Fler nattvandringar i kommunens regi.
- Trygghetsvandringar ute i kommunens byar varje höst.
- Kontroller av mopeder i hela kommunen.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Minst tio hastighetskontroller i kommunen under året.", ["police", "municipality"]),
        ("Fler nattvandringar i kommunens regi.", ["municipality"]),
        ("Trygghetsvandringar ute i kommunens byar varje höst.", ["police", "municipality"]),
        ("Kontroller av mopeder i hela kommunen.", ["police", "municipality"]),
    ]


def test_the_municipalitys_people_name_no_giver(extractor: Extractor, tmp_path: Path) -> None:
    """Rule municipality-of-people (words.toml [subject] people): "för kommunens 7:e
    klassare", "kommunens invånare" say whose people the work is for; "kommunens
    socialtjänst" still names a giver."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Under 2025 gäller följande:

- Polisen ska föreläsa för kommunens 7:e klassare om trakasserier.
- Polisen ska bjuda in kommunens invånare till öppna möten om bedrägerier.
- Polisen och kommunens socialtjänst ska träffa unga som begått brott.
""")
    assert [p.actors for p in report.promises] == [["police"], ["police"], ["police", "municipality"]]


def test_the_givers_stand_in_one_order_whichever_the_text_names_first(extractor: Extractor,
                                                                        tmp_path: Path) -> None:
    """"Kommunen och polisen ska …" and "Polisen och kommunen ska …" are given by the same parties:
    police, municipality, other, in that order, for promises and activities alike, so that a
    table of the promises groups them as one."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2025

Kommunen och polisen ska genomföra trygghetsvandringar i centrum.

Polisen och kommunen ska öka närvaron vid stationen genom att:

- Fastighetsägarna och kommunen och polisen går trygghetsvandringar varje höst.
""")
    assert [p.actors for p in report.promises] == [["police", "municipality"], ["police", "municipality"]]
    assert [a.actors for a in report.promises[1].activities] == [["police", "municipality", "other"]]


def test_brackets_closing_a_promise_name_who_gives_it(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2025

Medborgarlöften 2025

- Åtgärda skador i offentlig miljö så snabbt som möjligt (kommun och fastighetsägarna)
- Fler vuxna ute på helgkvällar (kommun, polis och föreningar)
- Kommunen, polisen och andra aktörer ska genomföra en trygghetsvandring i centrum.
""")
    assert [p.actors for p in report.promises] == [
        ["municipality", "other"], ["police", "municipality", "other"], ["police", "municipality", "other"]]
    assert "rule givers-in-brackets" in report.promises[0].evidence[-1]


def test_brackets_naming_organisations_beside_the_parties(extractor: Extractor, tmp_path: Path) -> None:
    """Rule givers-in-brackets, with organisations named by their names: a name in capitals
    beside a party is another organisation ("(Polis, Hjo Stad & Hjo Handel)"), "med flera"
    adds none; brackets that name no party ("(Norrby och Hulta)") name no givers."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2025

Medborgarlöftet innehåller flera gemensamma löften:

- Informationsträffar för näringsidkare om brottsförebyggande arbete (Polis, Hjo Stad & Hjo Handel)
- Ett ökat samarbete mellan aktörerna vid resecentrum (Västtrafik, Hjo Stad, Polis, med flera)
- Fler trygghetsvandringar i stadsdelarna (Norrby och Hulta)
""")
    assert [p.actors for p in report.promises] == [
        ["police", "municipality", "other"], ["police", "municipality", "other"], ["police", "municipality"]]


def test_brackets_naming_a_kind_of_party_and_its_name(extractor: Extractor, tmp_path: Path) -> None:
    """Rule givers-in-brackets: a party's term followed by its name ("(Fastighetsförvaltare
    Hjo Lokaler)", "(Bostadsbolaget Hjohem)") is that party; a name alone is another
    organisation as before."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2025

Det här lovar vi:

- Städning vid torget fem dagar i veckan. (Fastighetsförvaltare Hjo Lokaler)
- Bättre belysning på gårdarna. (Bostadsbolaget Hjohem och kommunen)
- Fler poliser vid torget på helgerna. (Polis)
""")
    assert [p.actors for p in report.promises] == [["other"], ["municipality", "other"], ["police"]]


def test_heading_that_restates_a_listed_promise_collects_its_results(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning 2024 medborgarlöfte Åby

Medborgarlöftet uppfylls genom aktiviteterna nedan:

- Genomföra föräldravandringar vid skolorna i Åby (kommun och polis)
- Samordna tillsyn på krogarna i centrum (kommun och polis)

Föräldravandringar vid skolorna (kommun och polis)

Kommunen har genomfört tolv föräldravandringar under hösten.
""")
    walks, inspections = report.promises
    assert [r.text for r in walks.results] == ["Kommunen har genomfört tolv föräldravandringar under hösten."]
    assert inspections.results == []
    assert any("heading 'Föräldravandringar vid skolorna (kommun och polis)'" in e for e in walks.evidence)


def test_heading_sharing_only_the_parties_restates_no_promise(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning 2024 medborgarlöfte Åby

Medborgarlöftet uppfylls genom aktiviteterna nedan:

- Genomföra föräldravandringar vid skolorna i Åby (kommun och polis)
- Samordna tillsyn på krogarna i centrum (kommun och polis)

Arbetet i kommun och polis

Kommunen har genomfört tolv föräldravandringar under hösten.
""")
    assert not any("that names it" in e for p in report.promises for e in p.evidence)


def test_text_cut_off_in_a_report_keeps_its_last_line_as_a_result(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2024 i Åby

I medborgarlöftet lovade polisen och kommunen att minska klottret vid stationen och att öka tryggheten i centrum.

Klotter och skadegörelse

Kommunen har sanerat klotter vid stationen inom ett dygn under hela året.

Vid stationen och på andra platser
""")
    (promise,) = report.promises
    assert [r.text for r in promise.results] == [
        "Kommunen har sanerat klotter vid stationen inom ett dygn under hela året.",
        "Vid stationen och på andra platser"]  # the text stops there: kept as far as it goes
    assert promise.results[-1].evidence[0].startswith("rule cut-off-end")


def test_text_cut_off_after_a_note_keeps_it_as_a_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2024 Åby

Polisen och Åby kommun lovar att minska klottret vid stationen.

Bakgrund

Många har i dialogerna sagt att de känner sig otrygga vid stationen.

Kartläggningen visar att de flesta som känner sig otrygga
""")
    (promise,) = report.promises
    assert promise.results == []
    assert [n.text for n in report.notes] == [
        "Många har i dialogerna sagt att de känner sig otrygga vid stationen.",
        "Kartläggningen visar att de flesta som känner sig otrygga"]  # as far as the text goes
    assert report.notes[-1].evidence[0].startswith("rule background-section")


def test_a_name_and_office_cut_off_at_the_end_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2024 Åby

Polisen och Åby kommun lovar att minska klottret vid stationen.

Kontakt för frågor om löftet finns hos kommunen.

Per Ek, lokalpolisområdeschef i Åby och Anna Berg, kommunchef i Å
""")
    assert [n.text for n in report.notes] == ["Kontakt för frågor om löftet finns hos kommunen."]


def test_outcomes_expected_of_a_promise_are_a_note_not_its_activities(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2024

Medborgarlöfte

Under 2024 kommer polisen att ha ett mobilt poliskontor i byarna varje vecka.

Den utlovade närvaron kommer att leda till:

- Ökad service mot invånarna.
- Ökad trygghet i byarna.
""")
    (promise,) = report.promises
    assert promise.activities == []
    assert [n.text for n in report.notes] == [
        "Den utlovade närvaron kommer att leda till: Ökad service mot invånarna. Ökad trygghet i byarna."]


def test_a_municipality_after_i_names_a_place_not_a_giver(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöften 2024

Under 2024 arbetade polisen med två löften i stadsdelen:

- Vid minst tio tillfällen genomföra riktade insatser mot narkotikabrott i centrum.
- Vid minst femton tillfällen fotpatrullera kring torget kvällstid.
""")
    assert [p.actors for p in report.promises] == [["police"], ["police"]]


def test_a_department_named_with_tillsammans_med_is_a_partner_only(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2025

Det här ska vi göra

- Polisen ska tillsammans med socialtjänsten arbeta mot otryggheten vid stationen.
""")
    assert [p.actors for p in report.promises] == [["police"]]


def test_a_caption_of_the_signing_is_no_note_but_news_of_it_is(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte 2024

Polisen och Hjo kommun lovar att minska klottret vid stationen.

Anna Berg, kommunstyrelsens ordförande, och Per Ek, lokalpolisområdeschef, skriver under medborgarlöftet.

Medborgarlöftet signerades den 2 maj 2024 i Hjo mellan Per Ek, lokalpolisområdeschef, och Anna Berg, kommunchef.
""")
    assert [n.text for n in report.notes] == ["Medborgarlöftet signerades den 2 maj 2024 i Hjo mellan Per Ek, "
                                              "lokalpolisområdeschef, och Anna Berg, kommunchef."]


def test_a_photo_caption_is_no_note_but_a_sentence_on_the_situation_is(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rule photo-caption: a short sentence opening with a word for a picture is its caption."""
    report = _extract(extractor, tmp_path, """Flygbild över Hjo hamn.

Hjo – medborgarlöfte 2024

Polisen och Hjo kommun lovar att minska klottret vid stationen.

Bilden visar stationen en vårkväll.

Lägesbilden visar att klottret har ökat i centrum.
""")
    assert [n.text for n in report.notes] == ["Lägesbilden visar att klottret har ökat i centrum."]


def test_a_caption_naming_the_people_in_the_photo_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    """Rule photo-caption: "På bilden från vänster:" and the people by office, however many."""
    report = _extract(extractor, tmp_path, """På bilden från vänster: Anna Berg, kommundirektör Åby kommun, Per Ek, \
tf. kommundirektör Öby kommun, och Eva Lund, lokalpolisområdeschef

Hjo – medborgarlöfte 2024

Polisen och Hjo kommun lovar att minska klottret vid stationen.

På bilden syns att klottret har ökat vid stationen under våren.
""")
    assert [n.text for n in report.notes] == ["På bilden syns att klottret har ökat vid stationen under våren."]


def test_a_caption_saying_what_its_photo_is_of_or_who_is_in_it_after_a_sentence_is_no_note(
        extractor: Extractor, tmp_path: Path) -> None:
    """Rule photo-caption: "Foto på …" says what a photo is of, however long its one sentence;
    a short sentence on what the photo shows, then "Från vänster i bild:" and the people by
    office, is a caption too. A sentence that commits before the people are named stays."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte 2024

Foto på när polisen och Hjo kommun skrev under det gemensamma medborgarlöftet för trygghet i Hjo under 2024.

Polisen och Hjo kommun lovar att minska klottret vid stationen.

Här skrivs löftet under. Från vänster i bild: Anna Berg, kommundirektör, och Per Ek, lokalpolisområdeschef.

Kommunen ska sanera klotter inom ett dygn. På bilden: Anna Berg, kommundirektör, vid stationen.
""")
    assert [p.text for p in report.promises] == ["Polisen och Hjo kommun lovar att minska klottret vid stationen."]
    assert [n.text for n in report.notes] == [
        "Kommunen ska sanera klotter inom ett dygn. På bilden: Anna Berg, kommundirektör, vid stationen."]


def test_a_caption_placing_the_people_by_name_alone_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    """Rule photo-caption: "F.v:" (från vänster) and names alone, or "Till vänster" and the people
    by office, name who is in the photo; a sentence that opens "Till vänster" and says more stays."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte 2024

F.v: Anna Berg, Per Ek, Eva Lund

Till vänster Anna Berg, kommundirektör, och Per Ek, lokalpolisområdeschef.

Polisen och Hjo kommun lovar att minska klottret vid stationen.

Till vänster om stationen har klottret ökat mest under året.
""")
    assert [p.text for p in report.promises] == ["Polisen och Hjo kommun lovar att minska klottret vid stationen."]
    assert [n.text for n in report.notes] == ["Till vänster om stationen har klottret ökat mest under året."]


def test_a_group_photo_naming_everyone_is_no_note_however_long(extractor: Extractor, tmp_path: Path) -> None:
    """Rule photo-caption: "F.v:" and names alone is a caption however many people stand in the
    photo (longer than any other caption: the other caption rules are not asked of it), while a
    paragraph as long that names no one in a photo stays a note."""
    people = ", ".join(f"{first} {last}" for first in ("Anna", "Per", "Eva", "Olle", "Lena", "Karin")
                       for last in ("Berg", "Ek", "Lund", "Holm", "Ström"))
    long_note = " ".join(["Klottret vid stationen har ökat under året och saneringen tar tid."] * 7)
    report = _extract(extractor, tmp_path, f"""Hjo – medborgarlöfte 2024

F.v: {people}

Polisen och Hjo kommun lovar att minska klottret vid stationen.

{long_note}
""")
    assert len(f"F.v: {people}".split()) > 60  # past the bound of every other caption
    assert [p.text for p in report.promises] == ["Polisen och Hjo kommun lovar att minska klottret vid stationen."]
    assert [n.text for n in report.notes] == [long_note]


def test_a_caption_ending_in_its_photo_credit_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    """Rule photo-caption: a short caption whose last words credit the photo ("Foto: Åby
    kommun") is no note; a sentence that only speaks of a photo is one."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte 2024

Polisen och Hjo kommun lovar att minska klottret vid stationen.

Anna Berg och Per Ek skakar hand vid torget. Foto: Hjo kommun

Fotot från i våras visar hur mycket klotter det fanns vid stationen innan saneringen.
""")
    assert [n.text for n in report.notes] == [
        "Fotot från i våras visar hur mycket klotter det fanns vid stationen innan saneringen."]


def test_a_caption_naming_the_signers_after_the_verb_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte 2024

Polisen och Hjo kommun lovar att minska klottret vid stationen.

Avtalet skrevs under av kommunalrådet Anna Berg och Per Ek, chef för lokalpolisområdet.

– Tillsammans blir vi starka, konstaterade Ek.
""")
    assert report.notes == []


def test_the_sign_off_addressed_to_the_reader_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte 2024

Polisen och Hjo kommun lovar att minska klottret vid stationen.

Det är vårt medborgarlöfte till dig som bor och vistas i Hjo kommun.
""")
    assert report.notes == []
    assert len(report.promises) == 1


def test_a_press_release_invitation_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte 2024

Polisen och Hjo kommun lovar att minska klottret vid stationen.

Välkommen att lyssna när kommunen och polisen berättar om årets medborgarlöfte.

Datum, tid och plats: 10 maj klockan 10.00 i stadshuset.
""")
    assert report.notes == []


def test_a_call_to_follow_along_ends_the_promises_and_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte 2024

Det här ska vi göra:

- Polisen ska fotpatrullera vid stationen varje fredag.
- Kommunen ska sanera klotter inom ett dygn.

Följ med i hur det går!

- På kommunens webbplats och i polisens sociala medier.
""")
    assert len(report.promises) == 2
    assert [n.text for n in report.notes] == ["På kommunens webbplats och i polisens sociala medier."]


def test_a_line_restating_the_title_is_no_note_but_a_sentence_is(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte

Lokalt medborgarlöfte Hjo kommun 2022-2025.

Medborgarlöftet gäller från januari 2022 till december 2025.

Polisen och Hjo kommun lovar att minska klottret vid stationen.
""")
    assert [n.text for n in report.notes] == ["Medborgarlöftet gäller från januari 2022 till december 2025."]


def test_a_lead_reporting_what_was_done_lists_no_promises(extractor: Extractor, tmp_path: Path) -> None:
    lead = ("Inom ramen för medborgarlöftet 2017, vilket syftade till att öka tryggheten, har polisen och "
            "kommunen tillsammans med HSB, Riksbyggen och Åbyhem genomfört följande aktiviteter:")
    report = _extract(extractor, tmp_path, f"""Medborgarlöfte i Åby

Aktiviteter 2017

{lead}

- Polisen har genomfört 43 trafikkontroller i Åby under året.
- Två trygghetsvandringar har genomförts i centrum.
""")
    assert report.doc_type == "follow_up"
    assert report.promises == []
    assert len(report.notes) == 3


def test_a_status_for_all_promises_reports_on_the_only_one(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2018

Polisen och Åby kommun lovar att arbeta för att fler ska känna sig trygga i kommunen under 2018.

Löftet gäller 2018 och innebär:

- Minst en trafikkontroll varje vecka. (Polisen)
- Två trygghetsvandringar i centrum. (Kommunen)

Uppföljning av medborgarlöften 2018

Alla aktiviteter i medborgarlöftena pågår eller är genomförda.
""")
    (promise,) = report.promises
    assert [r.text for r in promise.results] == ["Alla aktiviteter i medborgarlöftena pågår eller är genomförda."]
    assert len(promise.activities) == 2 and promise.status == "ongoing"
    assert report.notes == []
    assert report.doc_type == "combined"  # stated, then reported on under its own follow-up heading


def test_a_result_goes_to_the_promise_it_shares_a_topic_with(extractor: Extractor, tmp_path: Path) -> None:
    """Words every report uses ("medborgarna", "tryggheten") tell nothing of which promise a
    result reports on; "tätortsvandringar" does. A lone question is no note."""
    promised = ("Polisen lovade bland annat ökad närvaro på platser som medborgarna upplever som otrygga. "
                "Polisen lovade även att vara delaktig i tätortsvandringar och vid dialogmöten.")
    reported = ("Polisen har medverkat vid medborgardialoger och tätortsvandringar riktade till medborgarna "
                "för att stärka den upplevda tryggheten.")
    report = _extract(extractor, tmp_path, f"""Uppföljning av medborgarlöftet 2019 i Åby

{promised}

Annat trygghetsskapande

{reported}

Syns det någon skillnad på tryggheten?
""")
    presence, walks = report.promises
    assert presence.results == []
    assert [r.text for r in walks.results] == [reported]
    assert report.notes == []


@pytest.mark.parametrize(("owner", "party"), [("Polisens", "police"), ("Lokalpolisområdets", "police"),
                                              ("Kommunens", "municipality")])
def test_promises_on_a_page_of_one_partys_own_promises_are_that_partys(extractor: Extractor, tmp_path: Path,
                                                                       owner: str, party: str) -> None:
    report = _extract(extractor, tmp_path, f"""Åby – medborgarlöften

{owner} medborgarlöften i Åby kommun 2024.

Medborgarlöften

- Minst sex riktade insatser mot narkotika under året.
- Fler hastighetskontroller vid skolorna.
""")
    assert [p.actors for p in report.promises] == [[party], [party]]
    assert all(any(e.startswith("rule report-giver") for e in p.evidence) for p in report.promises)


def test_we_on_a_page_where_the_police_speak_are_the_police(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte 2018

Polisen jobbade under 2018 med ökad synlighet inom ramen för medborgarlöftet.

Det här utlovade vi under 2018

- Minst tre riktade insatser mot narkotika i centrum.
""")
    assert [p.actors for p in report.promises] == [["police"]]


@pytest.mark.parametrize(("opening", "actors"), [
    ("Lokalpolisområde Åby har frågat invånarna vad vi ska prioritera under 2025.", ["police"]),
    ("Hjo kommun har frågat invånarna vad vi ska prioritera under 2025.", ["municipality"]),
    ("Lokalpolisområde Åby och Åby kommun har frågat invånarna vad vi ska prioritera.", ["police", "municipality"]),
    ("Lokalpolisområde Åby har tillsammans med kommunen frågat vad vi ska prioritera.", ["police", "municipality"]),
])
def test_we_are_the_one_party_that_says_we_in_the_opening(extractor: Extractor, tmp_path: Path, opening: str,
                                                          actors: list[str]) -> None:
    """Rule we-are-the-subject: a page whose opening prose has one party speak as "vi"
    gives its "Vi lovar att …" as that party; a sentence naming both leaves them both."""
    report = _extract(extractor, tmp_path, f"""Åby – medborgarlöften 2025

{opening}

Våra medborgarlöften 2025

- Vi lovar att besöka skolorna i Åby varje termin.
- Vi lovar att oftare röra oss i parkerna där invånarna känner sig otrygga.
""")
    assert [p.actors for p in report.promises] == [actors, actors]
    if len(actors) == 1:
        assert all(any(e.startswith("rule we-are-the-subject") for e in p.evidence) for p in report.promises)


@pytest.mark.parametrize("opening", ["Polisen och Åby kommun har tagit fram nya medborgarlöften för 2024.",
                                     "Kommunens och polisens medborgarlöften för 2024.",
                                     "Polisens medborgarlöfte i samverkan med Hjo kommun."])
def test_promises_of_both_parties_stay_both(extractor: Extractor, tmp_path: Path, opening: str) -> None:
    report = _extract(extractor, tmp_path, f"""Åby – medborgarlöften

{opening}

Medborgarlöften

- Minst sex riktade insatser mot narkotika under året.
""")
    assert [p.actors for p in report.promises] == [["police", "municipality"]]


def test_we_will_also_is_a_promise_of_both_parties(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Hjo kommun och lokalpolisområde Skövde kommer under 2024 att arbeta med följande åtgärder i syfte att minska rånen.

- Genomföra trygghetsvandringar med ungdomar.
- Polisiär närvaro på utvalda platser.

Vi kommer också att fortsätta samarbetet mellan polis och skolor genom EST (Effektiv samordning för trygghet.)

Arbetet följs upp i styrgruppen och redovisas för kommunstyrelsen (i april.)
""")
    assert [(p.text[:30], p.actors) for p in report.promises] == [
        ("Hjo kommun och lokalpolisområd", ["police", "municipality"]),
        ("Vi kommer också att fortsätta ", ["police", "municipality"])]
    # a sentence closed inside its bracket is a sentence all the same
    assert [n.text for n in report.notes] == [
        "Arbetet följs upp i styrgruppen och redovisas för kommunstyrelsen (i april.)"]


def test_priorities_listed_under_their_lead_are_one_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2024

Vi ska tillsammans arbeta för att upptäcka unga som är i risk för kriminalitet.

Utifrån den gemensamma lägesbilden kommer prioriteringen att vara:

- Tidigt upptäcka barn och unga som är i risk för utanförskap och kriminalitet.
- Ökad trygghet på platser där invånarna känner sig otrygga.

Det här ska vi göra

- Polisen ska fotpatrullera vid stationen varje fredag.
""")
    (promise,) = report.promises
    assert [a.text for a in promise.activities] == ["Polisen ska fotpatrullera vid stationen varje fredag."]
    assert [n.text for n in report.notes] == [
        "Utifrån den gemensamma lägesbilden kommer prioriteringen att vara: Tidigt upptäcka barn och unga som är i "
        "risk för utanförskap och kriminalitet. Ökad trygghet på platser där invånarna känner sig otrygga."]


def test_areas_the_parties_promise_to_focus_on_are_promises(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2024

Under perioden lovar parterna att fokusera på följande prioriterade områden:

- Trafiksäkerhet
- Droger och folkhälsa
""")
    assert [p.text for p in report.promises] == ["Trafiksäkerhet", "Droger och folkhälsa"]


def test_a_call_to_follow_along_under_any_heading_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöfte 2024

Polisen och Hjo kommun lovar att minska klottret vid stationen.

Förväntad effekt

Följ med i hur det går!

Löftena kommuniceras under året i kommunens och polisens kanaler.
""")
    assert [n.text for n in report.notes] == ["Löftena kommuniceras under året i kommunens och polisens kanaler."]


def test_a_lead_over_reported_results_is_not_one_of_them(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2022 i Åby

Polisen ska genomföra trafikkontroller med fokus på hastighet.

Under 2022 har polisen utfört 43 trafikkontroller i kommunen.

Övervakningen av trafiken har bland annat lett till följande:

- 71 ordningsförelägganden har utfärdats.
- 8 fall av rattfylleri har rapporterats.
""")
    (promise,) = report.promises
    assert [r.text for r in promise.results] == [
        "Under 2022 har polisen utfört 43 trafikkontroller i kommunen.",
        "71 ordningsförelägganden har utfärdats.", "8 fall av rattfylleri har rapporterats."]


def test_a_lead_over_results_set_in_bold_introduces_them_too(extractor: Extractor, tmp_path: Path) -> None:
    """A lead in another style than the results before it ("**… lett till följande:**") leads
    in the results below it; it does not close the promise's part as a bold paragraph would."""
    report = _extract(extractor, tmp_path, """# Uppföljning av medborgarlöftet 2022 i Åby

Polisen ska genomföra trafikkontroller med fokus på hastighet.

Under 2022 har polisen utfört 43 trafikkontroller i kommunen.

**Övervakningen av trafiken har bland annat lett till följande:**

* 71 ordningsförelägganden har utfärdats.
* 8 fall av rattfylleri har rapporterats.
""", name="a.md")
    (promise,) = report.promises
    assert len(promise.results) == 3 and report.notes == []


def test_an_activity_sharing_only_the_towns_name_with_a_promise_is_a_note(extractor: Extractor,
                                                                           tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2024

Polisen och Hjo kommun lovar gemensamt att arbeta för:

- att öka den upplevda tryggheten i centrala Hjo.
- en säker trafikmiljö inom Hjo kommun.

Aktiviteter

- Polisen ska genomföra minst 30 trafikkontroller per år.
- Polisen och Hjo kommun ska vid två tillfällen per år stämma av aktiviteterna vid ett möte.
""")
    safety, traffic = report.promises
    assert safety.activities == []
    assert [a.text for a in traffic.activities] == ["Polisen ska genomföra minst 30 trafikkontroller per år."]
    assert [n.text for n in report.notes] == [
        "Polisen och Hjo kommun ska vid två tillfällen per år stämma av aktiviteterna vid ett möte."]


def test_a_quotation_goes_on_in_the_next_dashed_paragraph(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Polisen och Hjo kommun förnyar medborgarlöftet

Polisen och Hjo kommun lovar att öka tryggheten i centrum genom synlighet och närvaro.

Utifrån den målsättningen har följande medborgarlöften tagits fram:

- Synligt polisiärt arbete i centrum ska bedrivas varje helg.
- Riktade insatser ska genomföras vid stationen.

- Det här är en bra dag för Hjo. Nu stärker vi samarbetet ytterligare, säger Anna Berg.

- Vi har sedan tidigare en god samverkan med kommunen. Det här är ett steg i att fördjupa det
""")
    assert [p.text for p in report.promises] == [
        "Synligt polisiärt arbete i centrum ska bedrivas varje helg.",
        "Riktade insatser ska genomföras vid stationen."]


def test_a_signature_closing_a_follow_up_is_no_result(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2024 i Åby

I medborgarlöftet lovade polisen och kommunen att minska klottret vid stationen.

Klotter och skadegörelse

Kommunen har sanerat klotter vid stationen inom ett dygn under hela året.

Anna Berg, kommunchef
""")
    (promise,) = report.promises
    assert [r.text for r in promise.results] == [
        "Kommunen har sanerat klotter vid stationen inom ett dygn under hela året."]


def test_a_paragraph_about_the_promise_in_a_follow_up_is_a_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2020 i Åby

I medborgarlöftet för 2020 lovade polisen och kommunen att minska klottret vid stationen.

Kommunen har sanerat klotter vid stationen inom ett dygn under hela året.

Medborgarlöftet har tagits fram genom dialoger med kommuninvånarna och polisens statistik.
""")
    (promise,) = report.promises
    assert [r.text for r in promise.results] == [
        "Kommunen har sanerat klotter vid stationen inom ett dygn under hela året."]
    assert [n.text for n in report.notes] == [
        "Medborgarlöftet har tagits fram genom dialoger med kommuninvånarna och polisens statistik."]


_RESTATED = """Uppföljning av medborgarlöftet i Hjo

Under året har polisen genomfört flera insatser för att uppfylla löftet.

Vad vi lovade

I medborgarlöftet för 2024 lovade polisen och Hjo kommun att särskilt arbeta med trafiken vid skolorna.

  • Att genomföra riktade hastighetskontroller vid skolorna under terminerna.
  • Genomföra samtal med föräldrar om säkra skolvägar.
  • Samarbetet med skolorna ska fortsätta att utvecklas.
"""


def test_a_follow_ups_items_that_open_with_an_infinitive_restate_the_promises_tasks(
        extractor: Extractor, tmp_path: Path) -> None:
    """Rules restated-task and sibling-activity: the bullets under a restated promise are what
    was promised (its activities), the "ska" bullet beside them too, not results or a promise;
    the general word on the work above them is the promise's only result (sole-promise-work)."""
    report = _extract(extractor, tmp_path, _RESTATED)
    assert report.doc_type == "follow_up"
    [promise] = report.promises
    assert [a.text for a in promise.activities] == [
        "Att genomföra riktade hastighetskontroller vid skolorna under terminerna.",
        "Genomföra samtal med föräldrar om säkra skolvägar.",
        "Samarbetet med skolorna ska fortsätta att utvecklas."]
    assert [r.text for r in promise.results] == [
        "Under året har polisen genomfört flera insatser för att uppfylla löftet."]
    assert [e.split(":")[0] for a in promise.activities for e in a.evidence[:1]] == [
        "rule restated-task", "rule sibling-activity", "rule sibling-activity"]


def test_a_follow_ups_items_that_report_are_still_results(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, _RESTATED.replace(
        "  • Att genomföra riktade hastighetskontroller vid skolorna under terminerna.\n"
        "  • Genomföra samtal med föräldrar om säkra skolvägar.\n"
        "  • Samarbetet med skolorna ska fortsätta att utvecklas.\n",
        "  • Polisen har genomfört tolv hastighetskontroller vid skolorna.\n"
        "  • Kommunen har haft samtal med föräldrar om säkra skolvägar.\n"))
    [promise] = report.promises
    assert len(promise.results) == 2 and promise.activities == []


_AREAS_THEN_ACTIVITIES = """Hjo – medborgarlöften 2025

Under året lovar polisen och Hjo kommun att fokusera på följande områden:

  • Narkotika bland unga
  • Trafiksäkerhet

Aktiviteter

  • Genomföra fyra insatser mot narkotika bland unga i centrum.
  • Kommun och polis ska träffas varje månad i samverkansgruppen.
  • Genomföra sök med narkotikahund vid skolorna två gånger per år.
  • Genomföra hastighetskontroller vid skolorna varje termin.
  • Två gånger per år stämma av aktiviteterna i styrgruppen.
"""


def test_an_activity_about_no_promise_between_two_about_one_goes_with_them(extractor: Extractor,
                                                                           tmp_path: Path) -> None:
    """Rule follows-the-run: the meeting item sits among the items on drugs and goes with them;
    the last item, about all the activities, is a note."""
    report = _extract(extractor, tmp_path, _AREAS_THEN_ACTIVITIES)
    drugs, traffic = report.promises
    assert [a.text[:30] for a in drugs.activities] == [
        "Genomföra fyra insatser mot na", "Kommun och polis ska träffas v", "Genomföra sök med narkotikahun"]
    assert "rule follows-the-run" in drugs.activities[1].evidence[0]
    assert [a.text[:30] for a in traffic.activities] == ["Genomföra hastighetskontroller"]
    assert [n.text for n in report.notes] == ["Två gånger per år stämma av aktiviteterna i styrgruppen."]


def test_both_parties_commit_after_a_fronted_time_or_means(extractor: Extractor, tmp_path: Path) -> None:
    """Rule inverted-parties: "Under 2025 ska kommunen och polisen ..." commits both parties as
    "Kommunen och polisen ska ..." does, also after a lead to what is to be achieved; one party
    alone outside a section of promises still does not."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2025

Polisen och kommunen har kommit överens om ett medborgarlöfte.

Under 2025 ska kommunen och polisen genomföra två trygghetsvandringar vid stationen.

Varje vecka kommer polisen att prata med handlarna vid torget.

Det här ska vi åstadkomma tillsammans

Genom att polisen är på plats och utifrån det som kommer fram i samtalen ska kommunen och polisen gemensamt \
genomföra trygghetsvandringar i hamnen.
""")
    assert [p.text[:40] for p in report.promises] == ["Under 2025 ska kommunen och polisen geno",
                                                      "Genom att polisen är på plats och utifrå"]
    assert all(sorted(p.actors) == ["municipality", "police"] for p in report.promises)
    assert [n.text[:30] for n in report.notes] == ["Polisen och kommunen har kommi", "Varje vecka kommer polisen att"]


def test_what_will_be_achieved_after_background_headings_lists_the_promises(extractor: Extractor,
                                                                          tmp_path: Path) -> None:
    """sections.toml promise_lists: "Detta ska vi åstadkomma tillsammans" after a background
    ("Problembild") opens the promises, as "Det här ska vi åstadkomma" does: the bullets that
    commit are promises, not background notes."""
    report = _extract(extractor, tmp_path, """Medborgarlöften i Hjo 2025

Problembild
Invånarna oroar sig för stöket vid bussterminalen på kvällarna.

Detta ska vi åstadkomma tillsammans

  • Polisen ska besöka bussterminalen minst två kvällar i veckan.
  • Vi ska hålla ett dialogmöte med handlarna vid torget varje kvartal.
""")
    assert [p.text for p in report.promises] == ["Polisen ska besöka bussterminalen minst två kvällar i veckan.",
                                                 "Vi ska hålla ett dialogmöte med handlarna vid torget varje kvartal."]
    assert [n.text for n in report.notes] == ["Invånarna oroar sig för stöket vid bussterminalen på kvällarna."]


def test_a_lead_that_trails_off_after_att_lists_the_promises(extractor: Extractor, tmp_path: Path) -> None:
    """A lead-in may end on "att" and an ellipsis instead of a colon ("Polisen och kommunen
    lovar bland annat att…"): what follows it are promises, as under "lovar att:"."""
    report = _extract(extractor, tmp_path, """Hjo förnyar medborgarlöftet 2025

Kommunen och polisen lovar bland annat att…

  • genomföra två trygghetsvandringar i centrum,
  • starta grannsamverkan i två nya bostadsområden.
""")
    assert [p.text for p in report.promises] == ["genomföra två trygghetsvandringar i centrum,",
                                                 "starta grannsamverkan i två nya bostadsområden."]


def test_a_heading_on_what_the_promise_is_based_on_opens_a_background(extractor: Extractor,
                                                                     tmp_path: Path) -> None:
    """sections.toml background: "Medborgarlöftet utgår från den lokala lägesbilden" heads what
    the promise is based on: a party's "ska" there is context, not a promise."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften 2025

Medborgarlöftet utgår från den lokala lägesbilden

Hjo kommun: Ska genom det brottsförebyggande rådet leda arbetet med tryggheten i hamnen.

Det här lovar vi

  • Polisen ska patrullera i hamnen varje fredag under sommaren.
""")
    assert [p.text for p in report.promises] == ["Polisen ska patrullera i hamnen varje fredag under sommaren."]
    assert [n.text[:20] for n in report.notes] == ["Hjo kommun: Ska geno"]


def test_a_lead_naming_the_points_of_the_promise_lists_them(extractor: Extractor, tmp_path: Path) -> None:
    """words.toml [promises] points: in a text about the promise, "Dessa punkter lyfts:" lists
    its points, as "Följande löften:" would; a security company named as the subject gives its
    own point."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte för 2025 undertecknat i Hjo

Medborgarlöftet är en överenskommelse mellan polis och kommun om tryggheten i Hjo.

Dessa punkter lyfts:

  • Nattvandringar varje fredag från april till oktober i centrala Hjo.
  • Vaktbolaget ökar sin rondering vid biblioteket på kvällarna.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Nattvandringar varje fredag från april till oktober i centrala Hjo.", ["police", "municipality"]),
        ("Vaktbolaget ökar sin rondering vid biblioteket på kvällarna.", ["other"])]


_NO_BLANK_LINES = """Hjo – medborgarlöften 2025
Medborgarlöftet gäller under hela 2025 och bygger på de dialoger som polisen och kommunen har haft med invånarna i Hjo.
Polisen och kommunen träffas varje månad i det brottsförebyggande rådet för att tillsammans följa upp hur arbetet går.
Löftena utgår från två prioriterade områden:
  • Trafik
  • Narkotika
Det här ska vi göra
  1. Polisen ska genomföra tio trafikkontroller vid skolorna under året.
  2. Kommunen ska ordna två föräldramöten om narkotika under hösten.
"""


def test_a_text_without_blank_lines_reads_as_one_with_them(extractor: Extractor, tmp_path: Path) -> None:
    """A text copied with every paragraph on a line of its own and no blank lines: each line
    is its own note (`run-on-note` joins lines only where blank lines part the paragraphs),
    and the short line right under the list heads the promises that follow."""
    report = _extract(extractor, tmp_path, _NO_BLANK_LINES)
    spaced = _extract(extractor, tmp_path, _NO_BLANK_LINES.replace("\n", "\n\n"), name="b.txt")
    assert [n.text for n in report.notes] == [n.text for n in spaced.notes]
    assert [n.text[:30] for n in report.notes][:2] == ["Medborgarlöftet gäller under h",
                                                       "Polisen och kommunen träffas v"]
    assert [p.text for p in report.promises] == [p.text for p in spaced.promises]
    assert len(report.promises) == 2


_HEADINGS = """Åby – medborgarlöften

Medborgarlöfte 2025

Polisen och Åby kommun lovar att centrum ska bli en tryggare plats att bo och leva i.

Det ska vi göra

Polisen lovar:

- Att patrullera i centrum varje fredag och lördag under året.
- Att genomföra tio trafikkontroller vid skolorna.

Polisen lovar att minska klottret vid stationen

Kommunen sanerar klotter inom ett dygn efter anmälan.
"""


def test_headings_set_in_capitals_read_as_headings_in_lower_case(extractor: Extractor, tmp_path: Path) -> None:
    """In a heading set in capitals every word has a capital: capitals mark no names there, so
    "DET SKA VI GÖRA" stays a heading over the activities, not a lead-in of promises, and a
    heading "POLISEN LOVAR ATT MINSKA KLOTTRET …" has content of its own."""
    lower = _extract(extractor, tmp_path, _HEADINGS)
    capitals = _extract(extractor, tmp_path, "\n".join(
        line.upper() if line in ("Åby – medborgarlöften", "Medborgarlöfte 2025", "Det ska vi göra",
                                 "Polisen lovar att minska klottret vid stationen") else line
        for line in _HEADINGS.split("\n")), name="b.txt")
    assert [len(p.activities) for p in lower.promises] == [len(p.activities) for p in capitals.promises] == [2, 0]
    assert [p.text.lower() for p in capitals.promises] == [p.text.lower() for p in lower.promises]
    assert capitals.doc_type == lower.doc_type == "promise" and capitals.period == lower.period


def test_a_page_copied_with_its_menu_and_feedback_widget_reads_as_without(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """A web page copied whole: the menu's short lines are neither title nor promises, and the
    feedback widget's "Hittade du det du sökte?" makes no newspaper's interview of it."""
    page = ("Hoppa till innehåll\n\nStartsida\n\nKommun och politik\n\nOmsorg och stöd\n\nTrygghet och säkerhet\n\n"
            + _HEADINGS + "\nHittade du det du sökte?\n\nJa\n\nNej\n\nFacebook\n\nLinkedIn\n")
    bare, copied = _extract(extractor, tmp_path, _HEADINGS), _extract(extractor, tmp_path, page, name="b.txt")
    assert copied.doc_type == bare.doc_type == "promise"
    assert copied.title == bare.title == "Åby – medborgarlöften"
    assert [p.text for p in copied.promises] == [p.text for p in bare.promises]
    assert [n.text for n in copied.notes] == [n.text for n in bare.notes]


@pytest.mark.parametrize("lead, period", [
    ("Under 2024 lovar polisen att:", (2024, 2024)),
    ("Under tiden 1 januari 2023 – 31 december 2024 lovar polisen att:", (2023, 2024)),
    ("Från 1 mars 2023 till 28 februari 2025 lovar kommunen och polisen att:", (2023, 2025)),
])
def test_years_in_a_lead_in_state_the_period(extractor: Extractor, tmp_path: Path, lead: str,
                                             period: tuple[int, int]) -> None:
    """Rule years-in-lead-in: the years of a lead-in over the promises are theirs."""
    report = _extract(extractor, tmp_path, f"""Åby – medborgarlöften

{lead}

- patrullera vid stationen varje fredag
- besöka skolorna en gång i månaden
""")
    assert len(report.promises) == 2
    assert report.period is not None and (report.period.start, report.period.end) == period


def test_goal_statement_in_a_promise_section_is_a_note(extractor: Extractor, tmp_path: Path) -> None:
    """Rule goal-statement: a sentence whose subject is a goal ("Det övergripande målet är att
    ... ska minska") commits no one, even under a promise heading; its focus areas stay notes."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöften 2025

Kommunen lovar att:

- sanera klotter inom två dygn

Medborgarlöften 2024

Det gemensamma målet är att färre unga ska begå brott och att tryggheten i Åby ska öka.

Två fokusområden har man enats om.

- Buskörning i centrum.
- Klotter vid stationen.
""")
    assert [p.text for p in report.promises] == ["sanera klotter inom två dygn"]
    notes = [n.text for n in report.notes]
    assert "Det gemensamma målet är att färre unga ska begå brott och att tryggheten i Åby ska öka." in notes
    # rule counted-areas: the count and the areas it counts are one note
    assert "Två fokusområden har man enats om. Buskörning i centrum. Klotter vid stationen." in notes


@pytest.mark.parametrize("sentence, aim", [
    ("Det övergripande målet är att tryggheten ska öka.", True),
    ("Vårt gemensamma mål är att brotten ska minska.", True),
    ("Syftet med löftet är att unga ska känna sig trygga.", True),
    ("Målet för oss är att färre unga ska börja använda narkotika.", True),
    ("Syftet i år är att föräldrar ska nås av informationen.", True),
    ("Polisen ska genomföra fem trafikkontroller i centrum.", False),
    ("Kommunen ska arbeta mot målet att minska klottret.", False),
])
def test_goal_statement_names_only_a_goal_as_subject(sentence: str, aim: bool) -> None:
    from extract.language.cues import commits_to_nothing

    assert commits_to_nothing(sentence) is aim


@pytest.mark.parametrize("lead", ["Medborgarlöftet ska:", "Syftet med medborgarlöftena är att:",
                                  "Syftet för medborgarlöftet är:", "Samverkansöverenskommelsen ska beskriva:"])
def test_aim_lead_lists_aims_not_promises_or_activities(extractor: Extractor, tmp_path: Path, lead: str) -> None:
    """Rule aim-lead: the items under a lead whose subject is the promise or its goal are its
    aims ("öka tryggheten"): neither promises nor the activities of the promise before."""
    report = _extract(extractor, tmp_path, f"""Åby – medborgarlöften

Polisen lovar att patrullera vid stationen varje fredag.

{lead}

- stärka förtroendet för polisen och kommunen i Åby.
- öka tryggheten

Kommunen lovar att:

- sanera klotter inom två dygn
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Polisen lovar att patrullera vid stationen varje fredag.", []),
        ("sanera klotter inom två dygn", []),
    ]
    assert "stärka förtroendet för polisen och kommunen i Åby." in [n.text for n in report.notes]


@pytest.mark.parametrize("lead", ["Medborgarlöftet ska uppfyllas genom de aktiviteter som följer:",
                                  "Polisen ska:"])
def test_a_lead_with_a_measure_or_an_actor_is_no_aim_lead(lead: str) -> None:
    from extract.language.cues import aim_lead

    assert aim_lead(lead) is False


def test_a_bullet_in_which_a_party_commits_is_a_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule listed-commitment: in a text about medborgarlöften, a bullet that a party opens and
    commits in ("• Polisen kommer att ...") is a promise, under whatever heading; a bullet of
    background stays a note."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte

Polisen och Åby kommun har tagit fram ett medborgarlöfte för 2024.

Bakgrund

  • Kommunen ska enligt lag arbeta brottsförebyggande.

Insatser

  • Polisen kommer att genomföra fler trafikkontroller vid skolorna.

  • Kommunen ska förbättra belysningen vid torget.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Polisen kommer att genomföra fler trafikkontroller vid skolorna.", ["police"]),
        ("Kommunen ska förbättra belysningen vid torget.", ["municipality"]),
    ]
    assert all(any("listed-commitment" in e for e in p.evidence) for p in report.promises)
    assert "Kommunen ska enligt lag arbeta brottsförebyggande." in [n.text for n in report.notes]


def test_a_heading_naming_the_following_promise_lists_them(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte

Följande medborgarlöfte gäller

  • Fler trafikkontroller vid skolorna.
  • Bättre belysning vid torget.
""")
    assert [p.text for p in report.promises] == ["Fler trafikkontroller vid skolorna.", "Bättre belysning vid torget."]


def test_we_on_a_page_of_a_police_areas_promises_are_the_police(extractor: Extractor, tmp_path: Path) -> None:
    """Rule report-giver: "Lokalpolisområde Åbys medborgarlöften" names the police by its place;
    the promises it states with "Vi ska" are the police's, as those listed."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Lokalpolisområde Åbys medborgarlöften 2024.

Vi ska patrullera på otrygga platser i centrum.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Vi ska patrullera på otrygga platser i centrum.", ["police"])]


def test_commitments_under_focus_area_headings_are_promises(extractor: Extractor, tmp_path: Path) -> None:
    """Rule focus-area-headings: a lead over focus areas set as headings, not a list, makes
    what commits under each heading a promise, whoever its subject."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polisen i Åby har en överenskommelse med kommunen. Polisen kommer ha stort fokus på följande områden:

Unga

Polisen ska arbeta uppsökande där unga samlas på kvällarna.

Trafik

Polisen ska genomföra hastighetskontroller vid skolorna.
""")
    assert [p.text for p in report.promises] == [
        "Polisen ska arbeta uppsökande där unga samlas på kvällarna.",
        "Polisen ska genomföra hastighetskontroller vid skolorna.",
    ]
    assert report.promises[0].title is None


def test_promises_named_on_lines_of_their_own_then_each_over_its_measures(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rules listed-paragraphs, restated-paragraph and heading-restates-promise: short lines
    under "Våra medborgarlöften" are the promises; further down, each repeated, as a line or a
    heading, heads its measures ("Polisen ska ..." included), which are its activities."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Våra medborgarlöften i Åby kommun

Tryggare torg i centrum.

Förstärkt arbete mot klotter.

Det här ska vi åstadkomma tillsammans

Tryggare torg i centrum.

  • Genomföra en trygghetsvandring på torget.
  • Förbättra belysningen vid busshållplatsen.

Förstärkt arbete mot klotter

  • Polisen ska patrullera vid skolorna på helgerna.
  • Kommunen ska sanera klotter inom ett dygn.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Tryggare torg i centrum.", ["Genomföra en trygghetsvandring på torget.",
                                      "Förbättra belysningen vid busshållplatsen."]),
        ("Förstärkt arbete mot klotter.", ["Polisen ska patrullera vid skolorna på helgerna.",
                                           "Kommunen ska sanera klotter inom ett dygn."]),
    ]


def test_the_domains_word_misspelt_without_its_r_still_heads_the_promises(extractor: Extractor,
                                                                          tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Våra medborgalöften i Åby kommun

Tryggare torg i centrum.

Förstärkt arbete mot klotter.
""")
    assert [p.text for p in report.promises] == ["Tryggare torg i centrum.", "Förstärkt arbete mot klotter."]


def test_a_promise_listed_twice_is_one_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule repeated-promise: the promises listed at the top and again further down count once."""
    report = _extract(extractor, tmp_path, """Åby kommun

Medborgarlöften i Åby 2024

  • Tryggare torg i centrum
  • Färre inbrott i villaområdena

Kommunen och polisen har kommit överens om följande medborgarlöften för 2024:

  • Tryggare torg i centrum
  • Färre inbrott i villaområdena
""")
    assert [p.text for p in report.promises] == ["Tryggare torg i centrum", "Färre inbrott i villaområdena"]
    assert any("repeated-promise" in e for e in report.promises[0].evidence)


def test_background_after_a_teaser_heading_is_no_result(extractor: Extractor, tmp_path: Path) -> None:
    """A short line trailing off ("Vi lyssnar...") heads a section; a report of dialogues held
    under it, after the promises, is about none of them: a note (rule result-after-list)."""
    report = _extract(extractor, tmp_path, """Åby kommun

Medborgarlöften i Åby 2024

  • Tryggare torg i centrum
  • Färre inbrott i villaområdena

Vi lyssnar...

Under våren har flera medborgardialoger genomförts med unga vuxna i kommunen.
""")
    assert report.doc_type == "promise"
    assert [p.results for p in report.promises] == [[], []]
    assert [n.text for n in report.notes] == [
        "Under våren har flera medborgardialoger genomförts med unga vuxna i kommunen."]


def test_a_report_after_a_list_of_promises_goes_to_the_one_it_is_about(extractor: Extractor,
                                                                      tmp_path: Path) -> None:
    """Rule result-after-list: prose that reports after a list goes by content, not position."""
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöfte 2023

Följande aktiviteter utlovades i 2023 års medborgarlöfte:

  • Minst tio trafikkontroller vid skolorna
  • Sanera klotter inom två dygn

Polisen har genomfört tolv trafikkontroller vid skolorna under året.
""")
    assert [[r.text for r in p.results] for p in report.promises] == [
        ["Polisen har genomfört tolv trafikkontroller vid skolorna under året."], []]


def test_a_follow_up_with_each_partys_share_and_its_report_under_its_own_heading(extractor: Extractor,
                                                                                tmp_path: Path) -> None:
    """Rule party-share-heading: "Polisens del i löftet" under a lead-in that lists the
    promises keeps listing them, given by that party; the party's report under a heading of
    its own goes, bullet by bullet, to the promise each is about (result-by-content)."""
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöfte i Åby

I medborgarlöftet för 2023 lovade polisen och Åby kommun

Polisens del i löftet

  • Att genomföra sex krogtillsyner under året.
  • Att fotpatrullera vid stationen på fredagskvällar.

Kommunens del i löftet

  • Att genomföra tre nattvandringar med föreningarna.

POLISENS REDOVISNING av medborgarlöftet

  • Polisen har fotpatrullerat vid stationen nästan varje fredagskväll.
  • Polisen har genomfört sex krogtillsyner under året.
""")
    assert [(p.text, p.actors, [r.text for r in p.results]) for p in report.promises] == [
        ("Att genomföra sex krogtillsyner under året.", ["police"],
         ["Polisen har genomfört sex krogtillsyner under året."]),
        ("Att fotpatrullera vid stationen på fredagskvällar.", ["police"],
         ["Polisen har fotpatrullerat vid stationen nästan varje fredagskväll."]),
        ("Att genomföra tre nattvandringar med föreningarna.", ["municipality"], []),
    ]


def test_a_follow_up_restating_what_the_promise_held_then_its_outcome(extractor: Extractor,
                                                                      tmp_path: Path) -> None:
    """"… fanns med i medborgarlöftet 2023:" names the promises, restated with "skulle"; the
    outcome listed apart ("Uppföljningen av medborgarlöftet ser ut så här:") goes to each by
    content; prose after it that reports nothing, or speaks of the next promise, is a note."""
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2023

Följande fokusområden fanns med i medborgarlöftet 2023:

 • Minst 5 nya områden med grannsamverkan skulle startas under 2023.
 • Minst 2 trygghetsvandringar skulle genomföras vid resecentrum.

Uppföljningen av medborgarlöftet ser ut så här:

 • 3 trygghetsvandringar har genomförts vid resecentrum.
 • 7 nya grannsamverkansområden har startats i kommunen.

Förutom medborgarlöftet arbetar polisen och kommunen tillsammans inom flera andra områden.

Just nu arbetar kommunen med polisen med att ta fram ett nytt medborgarlöfte som förhoppningsvis \\
kommer att undertecknas i vår.
""")
    assert [(p.part, [r.text for r in p.results]) for p in report.promises] == [
        ("follow_up", ["7 nya grannsamverkansområden har startats i kommunen."]),
        ("follow_up", ["3 trygghetsvandringar har genomförts vid resecentrum."]),
    ]
    assert [n.text.split()[0] for n in report.notes] == ["Förutom", "Just"]


@pytest.mark.parametrize(("text", "commits"), [
    ("Kommunen tar fram ett nytt medborgarlöfte som förhoppningsvis kommer att undertecknas i vår.", False),
    ("Polisen ska genomföra kontroller som ska minska buskörningen.", True),
    ("Insatser som ska minska klottret tas fram av kommunen.", False),
    # a purpose clause with a subject of its own states what the work is for
    ("Polisen och kommunen samverkar för att brottsligheten ska minska.", False),
    ("För att öka tryggheten ska polisen patrullera vid torget.", True),
    ("Polisen ska, för att minska brotten, patrullera vid torget.", True),
])
def test_a_commitment_in_a_relative_clause_commits_no_one(text: str, commits: bool) -> None:
    from extract.forms import commitment

    assert (commitment(text) is not None) is commits


def test_a_bullet_ending_with_and_joins_the_next_to_the_list(extractor: Extractor, tmp_path: Path) -> None:
    """"…, samt" at a bullet's end lists the next bullet beside it (unfinished-statement is
    for a bullet that stops mid-phrase, "… genom")."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2024

Följande aktiviteter är polisens bidrag till årets medborgarlöfte:

  • Genomföra en dialog om tillit i centrum, samt
  • Erbjuda unga kostnadsfria aktiviteter på olika platser i kommunen.
""")
    assert [p.text for p in report.promises] == [
        "Genomföra en dialog om tillit i centrum, samt",
        "Erbjuda unga kostnadsfria aktiviteter på olika platser i kommunen.",
    ]


def test_a_party_with_a_long_name_keeps_the_parties_after_it(extractor: Extractor, tmp_path: Path) -> None:
    """A partner's name in several words ("Räddningstjänsten Östra Skaraborg - Syd") inside the
    subject does not end it: the police named after it give the promise too."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2024

Medborgarlöften 2024

  • Hjo kommun, Räddningstjänsten Östra Skaraborg - Syd och polisen ska samverka vid större evenemang.
""")
    assert [sorted(p.actors) for p in report.promises] == [["municipality", "other", "police"]]


def test_the_time_and_place_of_an_invitation_are_no_notes(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Åby kommun först ut med medborgarlöfte

Välkommen till undertecknandet av medborgarlöftet mellan polisen och Åby kommun.

Tid: Fredag den 26 februari 2024, kl.10:00
Plats: Kommunhuset i Åby
""")
    assert not any(n.text.startswith(("Tid:", "Plats:")) for n in report.notes)


def test_a_news_heading_naming_the_promise_heads_no_promise(extractor: Extractor, tmp_path: Path) -> None:
    """"Medborgarlöfte för 2024 undertecknades …" reports the signing: it heads no promise
    whose activities the points listed under it would be; the points the lead names ("Dessa
    punkter lyfts:", words.toml [promises] points) are the promises, each of its own."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte för 2024 undertecknades mellan kommunen och polisen

Dessa punkter lyfts:

  • Nattvandringar på fredagar i centrala Åby.
  • Ökad synlighet vid stationen genom fotpatrullering.
""")
    assert [(p.text, p.activities) for p in report.promises] == [
        ("Nattvandringar på fredagar i centrala Åby.", []),
        ("Ökad synlighet vid stationen genom fotpatrullering.", [])]


@pytest.mark.parametrize("line", ["Anna Berg och Per Ek.", "Anna-Karin Berg, Per Ek och Eva Lund.",
                                  # rule office-caption: the people in a photo, named with their offices
                                  "Anna Berg, kommunstyrelsens ordförande Hjo och Per Ek, polischef Skövde.",
                                  "Eva Lund (S), kommunalråd, och Per Ek, chef för lokalpolisområde Skövde.",
                                  "Obs! Denna nyhet är från 2016-12-09 och kan vara inaktuell.",
                                  "Tack för att du hjälper oss förbättra webbplatsen!"])
def test_a_line_of_names_or_a_pages_notice_is_no_note(extractor: Extractor, tmp_path: Path, line: str) -> None:
    """Rules names-caption and office-caption, and page furniture: the names under a photo
    (with their offices or without), an old page's notice and a feedback widget's thanks are
    never notes."""
    report = _extract(extractor, tmp_path, f"""Åby – medborgarlöfte 2024

{line}

Polisen och Åby kommun lovar att minska klottret vid stationen.
""")
    assert [n.text for n in report.notes] == []
    assert len(report.promises) == 1


def test_people_named_with_offices_who_do_something_are_news_not_a_caption() -> None:
    """Rule office-caption keeps a line with anything but names and offices: a verb, a task."""
    from extract import roles

    assert roles.office_caption("Anna Berg, kommunchef, och Per Ek, lokalpolisområdeschef.")
    assert not roles.office_caption("Anna Berg, kommunchef, och Per Ek, lokalpolisområdeschef, leder arbetet.")
    assert not roles.office_caption("Polisen, kommunen och räddningstjänsten, kommunchef.")
    # the office before the name, as a caption also writes it
    assert roles.office_caption("Kommunalråd Anna Berg och lokalpolisområdeschef Per Ek.")
    assert not roles.office_caption("Kommunalråd Anna Berg och lokalpolisområdeschef Per Ek skriver under.")


def test_a_past_passive_whose_lemma_is_its_participle_reports(language: LanguageStage) -> None:
    assert "past" in language.doc("Medborgarlöftet undertecknades i maj.")._.result_aspects


def test_we_in_a_bullet_is_both_parties_unless_a_lead_in_named_one(extractor: Extractor, tmp_path: Path) -> None:
    """"• Vi lovar också att …" under a heading names the parties the page speaks for, both;
    under "Polisen lovar att:" the "we" is the lead-in's party."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte 2024

 • Vi lovar också att arbeta för en förbättrad trafikmiljö i Hjo kommun.

Polisen lovar att:

 • Vi ska genomföra fler hastighetskontroller vid skolorna.
""")
    assert [p.actors for p in report.promises] == [["police", "municipality"], ["police"]]


def test_a_heading_of_activities_after_one_promise_heads_its_activities(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rule activities-heading: "Aktiviteter" set at the level of the promise's own heading (as
    a plain text sets every heading) still heads that promise's activities."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöfte 2024

 • Åby kommun och polisen lovar att arbeta för en tryggare stadskärna.

Aktiviteter

 • Genomföra en trygghetsvandring i centrum.
 • Öka den polisiära närvaron vid torget.
""")
    (promise,) = report.promises
    assert [a.text for a in promise.activities] == ["Genomföra en trygghetsvandring i centrum.",
                                                   "Öka den polisiära närvaron vid torget."]


@pytest.mark.parametrize(("sentence", "commits"), [
    ("Under året kommer representanter för kommunen och polisen besöka alla skolor i Åby.", True),
    ("Under året kommer alla skolor i Åby att få besök av polisen.", True),
    ("Under året kommer nya boende till kommunen.", False),
])
def test_kommer_with_an_infinitive_commits_without_att(extractor: Extractor, tmp_path: Path, sentence: str,
                                                       commits: bool) -> None:
    """"kommer" and an infinitive, the "att" left out as speech has it, commits under a heading
    of promises ("Det här ska vi göra"); "kommer nya boende" commits to nothing."""
    report = _extract(extractor, tmp_path, f"""Åby – medborgarlöfte 2024

Det här ska vi göra

{sentence}
""")
    assert [p.text for p in report.promises] == ([sentence] if commits else [])


def test_a_paragraph_set_under_a_promises_bullet_belongs_to_it(extractor: Extractor, tmp_path: Path) -> None:
    """Rule under-bullet: indented under a bullet (after a blank line or not), a paragraph that
    names measures is the promise's activity, even saying "ska"; one that explains the promise
    is part of it, neither a promise of its own nor a note, and one that commits in turn goes
    on with the promise's text (rule bullet-goes-on); the next bullet is a promise again."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Polisen och kommunen lovar att:

 • öka tryggheten i centrum med åtgärder på kort och lång sikt.

   Några exempel på åtgärder är bättre belysning och fler fotpatruller.

 • minska klottret vid stationen.
   Ett särskilt fokus ska ligga på skolornas närhet.
 • sanera klotter inom ett dygn.
   Klottret är det som oroar flest invånare vid stationen.
 • ordna trygghetsvandringar varje höst.
   Kommunen ska också bjuda in föreningarna till vandringarna.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("öka tryggheten i centrum med åtgärder på kort och lång sikt.",
         ["Några exempel på åtgärder är bättre belysning och fler fotpatruller."]),
        ("minska klottret vid stationen. Ett särskilt fokus ska ligga på skolornas närhet.", []),
        ("sanera klotter inom ett dygn.", []),
        ("ordna trygghetsvandringar varje höst.", []),  # a party of its own: no more of this promise
    ]
    assert report.notes == []


def test_areas_named_under_a_lead_of_focus_areas_are_no_promises(extractor: Extractor, tmp_path: Path) -> None:
    """Rule focus-area-label: names of areas (up to seven words, no verb, no full stop) under
    "Medborgarlöftet utgår från tre prioriterade områden:" are no promises."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Medborgarlöftet utgår från tre prioriterade områden:

  • Trygghet på offentlig plats
  • Ungdomar, relaterat till droger och kriminalitet

Det här ska vi göra

  1. Polisen ska fotpatrullera vid stationen varje fredag.
""")
    assert [p.text for p in report.promises] == ["Polisen ska fotpatrullera vid stationen varje fredag."]


def test_a_commitment_over_its_means_lists_activities(extractor: Extractor, tmp_path: Path) -> None:
    """"Under 2024 kommer vi att arbeta mot de prioriterade områdena genom:" states a promise
    with content of its own; the means listed under it are its activities (rule means-lead),
    neither promises nor one paragraph with the lead."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften 2024

Det här ska vi göra

Under 2024 kommer vi att arbeta mot de prioriterade områdena genom:

 • Operativa riktade insatser.
 • Kommunikationsinsatser.
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Under 2024 kommer vi att arbeta mot de prioriterade områdena genom:",
         ["Operativa riktade insatser.", "Kommunikationsinsatser."])]


def test_a_page_announcing_new_promises_is_no_follow_up(extractor: Extractor, tmp_path: Path) -> None:
    """A title that announces promises given ("… avger medborgarlöfte") makes a promise
    document, however much its prose tells of the work done before them."""
    report = _extract(extractor, tmp_path, """Polisen och Hjo kommun avger medborgarlöfte

Sedan 2015 har Hjo kommun och polisen arbetat med brottsförebyggande frågor.

Kommunen och polisen har under hösten genomfört dialoger i centrala Hjo.
""")
    assert report.doc_type == "promise"


def test_what_residents_ranked_highest_stays_in_the_note_that_leads_to_it(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rule outcome-list, for priorities: a background paragraph ending "Det här tyckte
    invånarna var viktigast:" over a numbered list of short sentences is one note with them;
    the problems residents ranked are neither activities of the promise above nor promises."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte i Åby

Polisen och Åby kommun kommer att prioritera arbetet mot skadegörelse under året.

Löftet bygger på en dialog där 300 invånare svarade på frågor om tryggheten. Det här tyckte invånarna var viktigast:

1. Klotter på skolorna.
2. Stök vid busstationen.
3. Nedskräpning i parkerna.
""")
    (promise,) = report.promises
    assert promise.activities == []
    assert [n.text for n in report.notes] == [
        "Löftet bygger på en dialog där 300 invånare svarade på frågor om tryggheten. Det här tyckte invånarna "
        "var viktigast: Klotter på skolorna. Stök vid busstationen. Nedskräpning i parkerna."]


def test_a_list_that_lost_its_bullets_is_still_read_as_a_list(extractor: Extractor, tmp_path: Path) -> None:
    """Rule unmarked-list: a web page's list copied without its bullets leaves short lines
    under their lead: under a promise that ends "genom att:", they are its activities."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2026

Polisen och Åby kommun lovar att öka tryggheten i centrum genom att:

Patrullera på torget varje fredagskväll.

Se över belysningen vid stationen.

Arbetet följs upp av polisen och kommunen tillsammans med föreningarna i centrum. Resultatet \
redovisas i en rapport till kommunstyrelsen under hösten, med siffror för varje insats.
""")
    (promise,) = report.promises
    assert [a.text for a in promise.activities] == ["Patrullera på torget varje fredagskväll.",
                                                     "Se över belysningen vid stationen."]


def test_a_joint_ska_after_a_sentence_of_context_does_not_hold_the_parties_lists(extractor: Extractor,
                                                                                 tmp_path: Path) -> None:
    """Rule later-sentence: "Polisen och kommunen ska tillsammans arbeta för …" after a sentence
    of context is as weak a statement as in a paragraph of its own, so a party's lead-in with
    a promise verb below it ("Polisen åtar sig att:") lists promises, not its activities."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2026

I januari skrev kommunchefen och lokalpolisområdeschefen under löftet. Polisen och kommunen ska \
tillsammans arbeta för att öka tryggheten i Åby centrum.

Polisen åtar sig att:
- genomföra minst 30 trafikkontroller i centrum

Kommunen åtar sig att:
- genomföra en trygghetsvandring i centrum
- se över belysningen vid stationen
""")
    listed = [(p.text, p.actors) for p in report.promises if not p.activities]
    assert ("genomföra minst 30 trafikkontroller i centrum", ["police"]) in listed
    assert ("se över belysningen vid stationen", ["municipality"]) in listed
    assert all(not p.activities for p in report.promises)


def test_a_numbered_line_naming_a_section_heads_it(extractor: Extractor, tmp_path: Path) -> None:
    """Rule numbered-section: "2. Det här lovar polisen" set between two lists names the
    section of promises a heading would open: the items under it are promises, not more items
    of the list above; "2. Polisen och kommunen ska tillsammans" would stay a lead-in item."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2026

Nuvarande lägesbild utifrån enkäter och brottsstatistik

- Klotter vid stationen
- Stök i centrum på kvällarna

2. Det här lovar polisen utifrån lägesbilden

- Minst 25 insatser mot narkotikahandeln vid stationen
- Minst 100 besök på skolorna i centrum
""")
    assert [p.text for p in report.promises] == ["Minst 25 insatser mot narkotikahandeln vid stationen",
                                                 "Minst 100 besök på skolorna i centrum"]


@pytest.mark.parametrize("lead", ["Polisen lovar att", "Under 2026 ska polisen särskilt arbeta för att",
                                  "Det ska polisen åstadkomma genom följande aktiviteter"])
def test_a_lead_in_written_without_its_colon_lists_promises(extractor: Extractor, tmp_path: Path,
                                                             lead: str) -> None:
    """Rule lead-colon: a lead-in that ends as one ("… lovar att", "… för att", "… genom
    följande aktiviteter") right over a list lists its promises, colon or no colon; in a plain
    text, such a short line standing alone is no heading."""
    text = ("Medborgarlöfte 2026 för Åby kommun\n\nPolisen och Åby kommun har talat med invånarna.\n\n"
            f"{lead}\n\n- öka närvaron i centrum på helgerna\n- kontrollera mopeder vid skolorna\n")
    with_colon = _extract(extractor, tmp_path, text.replace(f"{lead}\n", f"{lead}:\n"), "b.txt")
    report = _extract(extractor, tmp_path, text)
    assert [p.text for p in report.promises] == ["öka närvaron i centrum på helgerna",
                                                 "kontrollera mopeder vid skolorna"]
    assert [(p.text, p.actors) for p in report.promises] == [(p.text, p.actors) for p in with_colon.promises]


@pytest.mark.parametrize(("lead", "actors"), [
    ("Polisen:", ["police"]), ("Polisens åtaganden:", ["police"]), ("Kommunens del:", ["municipality"]),
    ("Polisen och kommunen gemensamt:", ["police", "municipality"]),
    ("Gemensamma åtaganden:", ["police", "municipality"]),
])
def test_a_lead_in_naming_only_a_party_lists_its_promises(extractor: Extractor, tmp_path: Path, lead: str,
                                                           actors: list[str]) -> None:
    """Rule party-lead: a lead-in that names a party and nothing more ("Polisen:", "Kommunens
    del:") lists that party's promises."""
    report = _extract(extractor, tmp_path, "Medborgarlöfte 2026 för Åby kommun\n\nPolisen och Åby kommun har "
                      f"talat med invånarna om tryggheten.\n\n{lead}\n\n- öka närvaron i centrum på helgerna\n"
                      "- kontrollera mopeder vid skolorna\n")
    assert [(p.text, p.actors) for p in report.promises] == [("öka närvaron i centrum på helgerna", actors),
                                                             ("kontrollera mopeder vid skolorna", actors)]


@pytest.mark.parametrize("lead", ["Så här gör vi:", "Aktiviteter:"])
def test_activities_listed_under_no_promise_are_the_promises(extractor: Extractor, tmp_path: Path,
                                                            lead: str) -> None:
    """Rule orphan-activity-lead: an activity lead-in with no promise above it (none stated,
    and the title names none) lists what is promised; the title is no promise."""
    report = _extract(extractor, tmp_path, "Medborgarlöfte 2026 för Åby kommun\n\nPolisen och Åby kommun har "
                      f"talat med invånarna om tryggheten.\n\n{lead}\n\n- öka närvaron i centrum på helgerna\n"
                      "- kontrollera mopeder vid skolorna\n")
    assert [p.text for p in report.promises] == ["öka närvaron i centrum på helgerna",
                                                 "kontrollera mopeder vid skolorna"]


def test_we_under_a_heading_naming_one_party_is_that_party(extractor: Extractor, tmp_path: Path) -> None:
    """Rule we-of-section: "Vi ska …" under a heading that names one party ("Polisens löften",
    "Kommunens löften") is that party's promise; a deeper heading keeps the section, one that
    names no party ends it."""
    report = _extract(extractor, tmp_path, "# Medborgarlöfte 2026 för Åby kommun\n\nPolisen och Åby kommun har "
                      "talat med invånarna.\n\n## Polisens löften\n\nVi ska öka närvaron i centrum.\n\n### Trafik\n\n"
                      "Vi ska kontrollera mopeder vid skolorna.\n\n## Kommunens löften\n\nVi ska röja sly vid "
                      "gångvägen.\n\n## Tillsammans\n\nVi ska genomföra två trygghetsvandringar.\n", "a.md")
    assert [p.actors for p in report.promises] == [["police"], ["police"], ["municipality"],
                                                   ["police", "municipality"]]


def test_a_responsible_line_names_the_giver_and_a_short_labelled_statement_is_a_promise(
        extractor: Extractor, tmp_path: Path) -> None:
    """Rule responsible-line: "Ansvarig: Polisen" under a promise names who gives it; rule
    run-in-label: "Löfte 3: Genomföra två trygghetsvandringar." states a promise, short as it is."""
    report = _extract(extractor, tmp_path, "Medborgarlöfte 2026 för Åby kommun\n\nLöfte 1: Öka tryggheten i "
                      "centrum genom fler fotpatruller.\nAnsvarig: Polisen\n\nLöfte 2: Förbättra belysningen i "
                      "parken.\nAnsvarig: Kommunen\n\nLöfte 3: Genomföra två trygghetsvandringar.\n"
                      "Ansvar: Polisen och kommunen\n")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Öka tryggheten i centrum genom fler fotpatruller.", ["police"]),
        ("Förbättra belysningen i parken.", ["municipality"]),
        ("Genomföra två trygghetsvandringar.", ["police", "municipality"])]
    assert report.notes == []


def test_a_heading_naming_one_party_right_over_a_list_leads_it(extractor: Extractor, tmp_path: Path) -> None:
    """Rule party-lead, as a heading: "Polisens del" right over its list gives that party's
    promises; a heading over prose, or one naming both parties, heads a section as before."""
    report = _extract(extractor, tmp_path, "# Medborgarlöfte 2026 för Åby kommun\n\nPolisen och Åby kommun har "
                      "talat med invånarna.\n\n## Polisens del\n\n- öka närvaron i centrum på helgerna\n"
                      "- kontrollera mopeder vid skolorna\n\n## Kommunens del\n\n- röja sly längs gångvägen\n", "a.md")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("öka närvaron i centrum på helgerna", ["police"]), ("kontrollera mopeder vid skolorna", ["police"]),
        ("röja sly längs gångvägen", ["municipality"])]


def test_a_question_is_no_promise_and_over_a_list_leads_it(extractor: Extractor, tmp_path: Path) -> None:
    """"Varför ska vi arbeta med trafiken?" asks, it promises nothing; "Vad ska vi göra?" over a
    list leads in to what is promised, as "Vi ska:" would."""
    report = _extract(extractor, tmp_path, "Medborgarlöfte 2026 för Åby kommun\n\nVarför ska vi arbeta med "
                      "trafiken?\n\nMånga invånare upplever att mopederna kör för fort vid skolorna.\n\n"
                      "Vad ska vi göra?\n\n- kontrollera mopeder vid skolorna\n- bygga farthinder vid torget\n")
    assert [p.text for p in report.promises] == ["kontrollera mopeder vid skolorna", "bygga farthinder vid torget"]


def test_a_numbered_topic_over_its_bullets_is_a_section_heading(extractor: Extractor, tmp_path: Path) -> None:
    """Rule numbered-title: "2. Tryggare centrum" over bullets names the section; the bullets
    are the promises. "1. Medborgarlöften 2024–2025" right over such a heading is one too,
    and states the period."""
    report = _extract(extractor, tmp_path, """Medborgarlöften i Åby

Polisen och kommunen har tagit fram två löften för året.

1. Medborgarlöften 2024–2025

2. Tryggare centrum

 • Polisen och kommunen ska genomföra fyra trygghetsvandringar i centrum.

Många upplever otrygghet på kvällarna.

3. Färre bedrägerier

 • Polisen ska hålla informationsträffar om bedrägerier för äldre.
""")
    assert [p.text for p in report.promises] == [
        "Polisen och kommunen ska genomföra fyra trygghetsvandringar i centrum.",
        "Polisen ska hålla informationsträffar om bedrägerier för äldre.",
    ]
    assert "Många upplever otrygghet på kvällarna." in [n.text for n in report.notes]
    assert report.period is not None and (report.period.start, report.period.end) == (2024, 2025)


def test_a_numbered_lead_or_task_over_bullets_stays_an_item(extractor: Extractor, tmp_path: Path) -> None:
    """Rule numbered-title leaves alone a numbered line that leads in ("… ska tillsammans")
    and one that names a task ("Genomföra …"): they are not topics."""
    report = _extract(extractor, tmp_path, """Medborgarlöften i Åby 2025

1. Polisen och kommunen ska tillsammans

 • genomföra fyra trygghetsvandringar i centrum
 • hålla två föräldramöten om droger

2. Genomföra trafikkontroller vid skolorna

 • minst tio kontroller under hösten
""")
    texts = [p.text for p in report.promises]
    assert "genomföra fyra trygghetsvandringar i centrum" in texts
    assert "Genomföra trafikkontroller vid skolorna" in texts


def test_a_paragraph_after_the_bullets_of_a_promise_heading_ends_their_list(
        extractor: Extractor, tmp_path: Path) -> None:
    """Rule listed-paragraphs: under "Det här ska genomföras", short paragraphs set as items
    are promises, but a paragraph right after the heading's bullets ends their list."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte från kommunen och polisen

Åby kommun och polisen har förnyat sitt medborgarlöfte.

Det här ska genomföras

  • Polisen ska patrullera på utvalda platser i Åby.
  • Båda parter ska arbeta för en trygg skolmiljö.

Genom åtgärderna förväntas tryggheten öka.
""")
    assert [p.text for p in report.promises] == [
        "Polisen ska patrullera på utvalda platser i Åby.",
        "Båda parter ska arbeta för en trygg skolmiljö.",
    ]
    assert "Genom åtgärderna förväntas tryggheten öka." in [n.text for n in report.notes]


def test_an_unnumbered_promise_label_run_into_its_statement(extractor: Extractor, tmp_path: Path) -> None:
    """Rule run-in-label: "Löfte: Polisen genomför …" states a promise as "Löfte 2: …" does,
    under "Fokusområde: Trafik" lines; a page's call to its reader ("Vill du veta mer?") does
    not make it a newspaper's."""
    report = _extract(extractor, tmp_path, """Polisen i Ale

Medborgarlöften för Ale 2024–2025

Fokusområde: Trafik
Många invånare upplever att bilar kör för fort i bostadsområdena.
Löfte: Polisen genomför hastighetskontroller i bostadsområdena varje månad.

Fokusområde: Narkotika
Löfte: Kommunen erbjuder föräldrautbildning om droger på högstadieskolorna.

Vill du veta mer?
Kontakta kommunpolisen via 114 14.
""")
    assert report.doc_type == "promise"
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Polisen genomför hastighetskontroller i bostadsområdena varje månad.", ["police"]),
        ("Kommunen erbjuder föräldrautbildning om droger på högstadieskolorna.", ["municipality"]),
    ]


def test_a_sites_breadcrumb_and_address_are_neither_title_nor_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Start / Trygghet och säkerhet / Medborgarlöfte

Medborgarlöfte 2025

Ale kommun och polisen har tecknat ett nytt medborgarlöfte för 2025.

Det här lovar vi

 • Polisen ska genomföra minst åtta trafikkontroller vid skolorna under året.

Ale kommun, 123 45 Ale. Växel 0123-450 00.
""")
    assert report.title == "Medborgarlöfte 2025"
    assert [n.text for n in report.notes] == ["Ale kommun och polisen har tecknat ett nytt medborgarlöfte för 2025."]


def test_a_quote_whose_speaker_is_named_by_office_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    """", säger kommunpolis Lena Ek": a quotation, whether an office or a pronoun stands
    before the name or for it; it is neither a promise nor a note."""
    report = _extract(extractor, tmp_path, """Nytt medborgarlöfte för tryggare Kumla

Polisen och Kumla kommun har skrivit under ett nytt medborgarlöfte för 2024.

– Invånarna är oroliga för fortkörning nära skolorna, säger kommunpolis Lena Ek.

– Vi följer upp löftena i december, säger hon.

Medborgarlöftena för 2024:

 • Polisen genomför minst tolv trafikkontroller vid skolorna.
""")
    assert [n.text for n in report.notes] == [
        "Polisen och Kumla kommun har skrivit under ett nytt medborgarlöfte för 2024."]
    assert [p.text for p in report.promises] == ["Polisen genomför minst tolv trafikkontroller vid skolorna."]


def test_a_party_named_as_a_label_gives_the_promise_after_it(extractor: Extractor, tmp_path: Path) -> None:
    """Rule party-label: "Polisen: Patrullera …" under a topic is the police's promise, its
    statement the text after the label."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Hallsberg 2024

Medborgarlöften

1. Ökad trygghet vid resecentrum
Polisen: Patrullera vid resecentrum fredagar och lördagar kvällstid.
Kommunen: Se över belysningen runt resecentrum.

2. Minskad narkotikahandel
Polisen: Genomföra riktade insatser mot narkotikaförsäljning.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Patrullera vid resecentrum fredagar och lördagar kvällstid.", ["police"]),
        ("Se över belysningen runt resecentrum.", ["municipality"]),
        ("Genomföra riktade insatser mot narkotikaförsäljning.", ["police"]),
    ]
    assert all(any("party-label" in e for e in p.evidence) for p in report.promises)


def test_a_follow_ups_labels_and_a_checked_promise_label(extractor: Extractor, tmp_path: Path) -> None:
    """"Uppföljning: …" labels a result (the label is not its text); "✓ Löfte 3 – Farthinder",
    a label with a check mark and nothing listed beside it, heads the next promise (rule
    lone-label) instead of ending the results of the one before; speed bumps are traffic."""
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöften 2023 – Kumla

Löfte 1 – Trafik
Polisen lovade att genomföra minst tolv trafikkontroller vid skolorna.
Uppföljning: Under året har polisen genomfört fjorton kontroller. Löftet är uppfyllt.

✓ Löfte 2 – Farthinder
Kommunen lovade att sätta upp farthinder på Storgatan.
Uppföljning: Farthindren sattes upp i maj.
""")
    assert [(p.text, [r.text for r in p.results], p.themes) for p in report.promises] == [
        ("Polisen lovade att genomföra minst tolv trafikkontroller vid skolorna.",
         ["Under året har polisen genomfört fjorton kontroller. Löftet är uppfyllt."], ["traffic"]),
        ("Kommunen lovade att sätta upp farthinder på Storgatan.", ["Farthindren sattes upp i maj."], ["traffic"]),
    ]


def test_a_result_naming_one_party_speaks_for_its_own_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule report-giver reads the opening prose: "Polisen har genomfört tolv kontroller, två
    fler än utlovat" under the first promise does not make every promise the police's."""
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte 2024 – Mariestad

Löfte: Fler trafikkontroller vid skolor
Status: Grön
Polisen har genomfört tolv kontroller, två fler än utlovat.

Löfte: Föräldravandringar varje helg
Status: Röd
Det har inte gått att hitta tillräckligt många föräldrar.
""")
    assert [(p.text, p.actors, p.status) for p in report.promises] == [
        ("Fler trafikkontroller vid skolor", ["police", "municipality"], "done"),
        ("Föräldravandringar varje helg", ["police", "municipality"], "not_done"),
    ]


def test_a_topic_heading_that_ends_on_its_status(extractor: Extractor, tmp_path: Path) -> None:
    """Rule topic-heading: "Trafikkontroller vid skolorna – Pågår" names the promise and its
    status; a later heading that ends on a status names no promise by it."""
    report = _extract(extractor, tmp_path, """Så gick det med medborgarlöftet 2023 i Skara

Trygghetsvandringar i centrum – Genomfört
Två vandringar genomfördes i maj och september med sammanlagt 40 deltagare.

Trafikkontroller vid skolorna – Pågår
Polisen har gjort sex av tio planerade kontroller.

Informationsträffar för äldre – Ej genomfört
Träffarna ställdes in och flyttas till 2024.
""")
    assert [(p.text, p.status, [r.text for r in p.results]) for p in report.promises] == [
        ("Trygghetsvandringar i centrum", "done",
         ["Två vandringar genomfördes i maj och september med sammanlagt 40 deltagare."]),
        ("Trafikkontroller vid skolorna", "ongoing", ["Polisen har gjort sex av tio planerade kontroller."]),
        ("Informationsträffar för äldre", "not_done", ["Träffarna ställdes in och flyttas till 2024."]),
    ]


def test_parties_that_take_on_the_promises_together(extractor: Extractor, tmp_path: Path) -> None:
    """"Tillsammans åtar vi oss att" leads in as "Polisen åtar sig att" does; the title
    "Medborgarlöfte Tidaholm 2025" names the municipality without "kommun"."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Tidaholm 2025

Polisen åtar sig att
 • genomföra minst sex trafikinsatser mot fortkörning i tätorten

Kommunen åtar sig att
 • se över belysningen i parkerna

Tillsammans åtar vi oss att
 • genomföra en trygghetsvandring i varje kommundel
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("genomföra minst sex trafikinsatser mot fortkörning i tätorten", ["police"]),
        ("se över belysningen i parkerna", ["municipality"]),
        ("genomföra en trygghetsvandring i varje kommundel", ["police", "municipality"]),
    ]
    assert [m.name for m in report.municipalities] == ["Tidaholm"]


def test_a_table_of_activities_with_no_promise_above_lists_the_promises(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rule orphan-activity-table: "Aktivitet | Ansvarig | Tidplan", even typed as a Markdown
    table in a text file, with no promise above it: each row is a promise of the party its
    "Ansvarig" cell names."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2024 för Skara

| Aktivitet | Ansvarig | Tidplan |
|---|---|---|
| Trygghetsvandring i centrum | Polisen och kommunen | Maj |
| Trafikkontroller vid skolorna | Polisen | Hela året |
| Informationsträffar om bedrägerier för äldre | Kommunen | Hösten |
""")
    assert report.doc_type == "promise"
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Trygghetsvandring i centrum", ["police", "municipality"]),
        ("Trafikkontroller vid skolorna", ["police"]),
        ("Informationsträffar om bedrägerier för äldre", ["municipality"]),
    ]


def test_every_party_that_commits_in_a_promise_gives_it(extractor: Extractor, tmp_path: Path) -> None:
    """Rule committing-parties: "Polisen ska … Kommunen ska …" in one paragraph is given by
    both, and "Båda parter lovar" names both. Rule titled-promises: under a title that names
    the promises of a place or year, a party that opens a paragraph and commits states a
    promise; "Medborgare inom Avesta kommun ska …" names a place, no giver, and stays a note."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Avesta 2025

Mindre narkotika bland unga
Polisen ska genomföra riktade insatser mot försäljning av narkotika. Kommunen ska utbilda personal på skolorna.

Tryggare centrum
Medborgare inom Avesta kommun ska känna sig trygga i centrum.

Båda parter lovar dessutom att hålla ett öppet dialogmöte i varje kommundel.
""")
    assert [p.actors for p in report.promises] == [["police", "municipality"], ["police", "municipality"]]
    assert report.promises[1].text.startswith("Båda parter lovar")
    assert [n.text for n in report.notes] == ["Medborgare inom Avesta kommun ska känna sig trygga i centrum."]


def test_a_police_area_named_after_its_place_gives_the_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule committing-parties: "Hjo lokalpolisområde" joined to the municipality names the
    police, the place's name standing between "och" and the party's word."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Under 2025–2026 lovar Hjo kommun och Skövde lokalpolisområde att arbeta för att minska klottret i centrum.
""")
    assert [p.actors for p in report.promises] == [["police", "municipality"]]


def test_a_partys_staff_joined_to_the_other_party_gives_the_promise_too(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rule committing-parties: "Polisen och kommunens fältassistenter ska …": two party words
    side by side ("kommunens fältassistenter") are one party's name, joined by "och" to the
    police before it; and the parties' following up of their promises ("Vi kommer … att följa
    upp löftena") is a note, not a promise (rule follow-up-subject)."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2025

Polisen och kommunens fältassistenter ska vara ute i centrum varje fredagskväll.

Vi kommer tillsammans att följa upp löftena under hösten.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Polisen och kommunens fältassistenter ska vara ute i centrum varje fredagskväll.",
         ["police", "municipality"])]
    assert [n.text for n in report.notes] == ["Vi kommer tillsammans att följa upp löftena under hösten."]


def test_a_follow_ups_paragraph_that_states_the_promise_then_reports(extractor: Extractor,
                                                                      tmp_path: Path) -> None:
    """Rule promise-then-report: in a follow-up, "Under 2023 lovade polisen att … . Polisen har
    genomfört …" states the promise and reports on it: the reporting sentences are its result;
    so for a labelled line ("Löfte 1: Polisen skulle … Det har gjorts …"). Hiring
    ("Rekryteringen blev klar") is no recruitment to crime."""
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet i Borlänge 2023

Under 2023 lovade polisen att öka närvaron i centrum. Polisen har genomfört 120 timmar fotpatrullering i centrum.

Kommunen lovade att anställa två nya fältassistenter. Rekryteringen blev klar i april.
""")
    assert [(p.text, [r.text for r in p.results]) for p in report.promises] == [
        ("Under 2023 lovade polisen att öka närvaron i centrum.",
         ["Polisen har genomfört 120 timmar fotpatrullering i centrum."]),
        # a past report is a report too ("blev klar"), as the perfect is
        ("Kommunen lovade att anställa två nya fältassistenter.", ["Rekryteringen blev klar i april."]),
    ]
    assert "organised_crime" not in report.promises[1].themes
    labelled = _extract(extractor, tmp_path, """Medborgarlöften i Ludvika

Uppföljning 2023
Löfte 1: Polisen skulle genomföra trafikkontroller vid skolorna. Det har gjorts vid tolv tillfällen.

Nya löften för 2024
Löfte 1: Polisen ska genomföra riktade insatser mot narkotika i centrum.
""", "b.txt")
    assert labelled.doc_type == "combined"
    assert [(p.text, p.part, [r.text for r in p.results]) for p in labelled.promises] == [
        ("Polisen skulle genomföra trafikkontroller vid skolorna.", "follow_up",
         ["Det har gjorts vid tolv tillfällen."]),
        ("Polisen ska genomföra riktade insatser mot narkotika i centrum.", "promise", []),
    ]


def test_so_we_will_do_it_leads_to_the_promises_activities(extractor: Extractor, tmp_path: Path) -> None:
    """"Medborgarlöfte 1: Tryggare centrum" on a line of its own heads its promise; "Så här ska
    vi göra:" under the promise leads to its activities (though it says "ska"), each given by
    its own subject; "Ansvarig: Kommunen" names the promise's giver."""
    report = _extract(extractor, tmp_path, """Medborgarlöften 2024 – Bjuv

Medborgarlöfte 1: Tryggare Bjuvs centrum
Vi lovar att arbeta för att fler ska känna sig trygga i centrum på kvällarna.
Så här ska vi göra:
– Polisen patrullerar i centrum minst två kvällar i veckan.
– Kommunen ser över belysningen vid torget.

Medborgarlöfte 2: Färre bedrägerier mot äldre
Vi lovar att minska antalet bedrägerier mot äldre.
Så här ska vi göra:
– Informationsträffar på tre träffpunkter under våren.
Ansvarig: Kommunen
""")
    assert [(p.text, p.actors, [(a.text, a.actors) for a in p.activities]) for p in report.promises] == [
        ("Vi lovar att arbeta för att fler ska känna sig trygga i centrum på kvällarna.", ["police", "municipality"],
         [("Polisen patrullerar i centrum minst två kvällar i veckan.", ["police"]),
          ("Kommunen ser över belysningen vid torget.", ["municipality"])]),
        ("Vi lovar att minska antalet bedrägerier mot äldre.", ["municipality"],
         [("Informationsträffar på tre träffpunkter under våren.", ["police", "municipality"])]),
    ]


def test_a_follow_ups_items_under_a_topic_each_with_its_status(extractor: Extractor, tmp_path: Path) -> None:
    """Rule topic-items: under "Tryggare centrum" in a follow-up, "• Trygghetsvandring i centrum
    (genomförd)" makes the heading the promise and the item one of its activities, with its
    status; the promise's status combines theirs."""
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöften 2023 – Bjuv

Tryggare centrum
• Trygghetsvandring i centrum (genomförd)
• Ny belysning vid torget (delvis genomförd)

Färre bedrägerier
• Informationsträffar för äldre (ej genomförd)
""")
    assert [(p.text, p.status, [(a.text, a.status) for a in p.activities]) for p in report.promises] == [
        ("Tryggare centrum", "partly_done",
         [("Trygghetsvandring i centrum", "done"), ("Ny belysning vid torget", "partly_done")]),
        ("Färre bedrägerier", "not_done", [("Informationsträffar för äldre", "not_done")]),
    ]


def test_done_activities_under_their_lead_are_results(extractor: Extractor, tmp_path: Path) -> None:
    """"Genomförda aktiviteter:" leads to what was done (it is no status line), so its items
    are results; "Fyra trygghetsvandringar …" opens with a number, not an infinitive."""
    report = _extract(extractor, tmp_path, """Uppföljning av medborgarlöftet 2024 – Älvdalen

Löftet: Polisen och kommunen lovade att öka tryggheten i Älvdalens centrum.

Genomförda aktiviteter:
• Fyra trygghetsvandringar med totalt 45 deltagare
• Ny belysning vid idrottsplatsen

Samlad bedömning: Delvis genomfört.
""")
    (promise,) = report.promises
    assert [r.text for r in promise.results] == ["Fyra trygghetsvandringar med totalt 45 deltagare",
                                                 "Ny belysning vid idrottsplatsen"]
    assert promise.activities == [] and promise.status == "partly_done"


def test_a_follow_ups_questions_over_promise_and_result(extractor: Extractor, tmp_path: Path) -> None:
    """"Vad har vi gjort?" on a line of its own leads to the results, as "Resultat:" does; it is
    no result itself."""
    report = _extract(extractor, tmp_path, """Så gick det – medborgarlöftet i Mora 2023

Trafiken vid skolorna

Vad lovade vi?
Polisen lovade att genomföra minst åtta hastighetskontroller vid skolorna under läsåret.

Vad har vi gjort?
Polisen har genomfört tio kontroller vid skolorna.
""")
    (promise,) = report.promises
    assert promise.text == "Polisen lovade att genomföra minst åtta hastighetskontroller vid skolorna under läsåret."
    assert [r.text for r in promise.results] == ["Polisen har genomfört tio kontroller vid skolorna."]


def test_a_form_of_labelled_lines_under_each_promise(extractor: Extractor, tmp_path: Path) -> None:
    """words.toml [labels]: under "Löfte 1", "Mål: …" states the promise (its label no part of
    it), "Aktivitet: …" is its activity (rule labelled-activity), "Ansvarig: …" its giver."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2025 – Ljusdal

Löfte 1
Mål: Färre trafikolyckor vid skolorna.
Aktivitet: Polisen genomför hastighetskontroller vid skolorna varje månad.
Ansvarig: Polisen
Tid: Hela året

Löfte 2
Mål: Tryggare centrum på kvällarna.
Aktivitet: Kommunen förbättrar belysningen vid busstationen.
Ansvarig: Kommunen
""")
    assert [(p.text, p.actors, [(a.text, a.actors) for a in p.activities]) for p in report.promises] == [
        ("Färre trafikolyckor vid skolorna.", ["police"],
         [("Polisen genomför hastighetskontroller vid skolorna varje månad.", ["police"])]),
        ("Tryggare centrum på kvällarna.", ["municipality"],
         [("Kommunen förbättrar belysningen vid busstationen.", ["municipality"])]),
    ]
    assert report.notes == []


def test_every_goal_and_activity_label_fires(extractor: Extractor, tmp_path: Path) -> None:
    """Each label of words.toml [labels] reads as its kind under a promise's heading."""
    from extract.lexicon import toml_data

    labels = toml_data("words.toml")["labels"]
    for goal in labels["goal"]:
        for activity in labels["activity"]:
            report = _extract(extractor, tmp_path, f"""Medborgarlöfte 2025 – Ljusdal

Löfte 1
{goal.capitalize()}: Färre trafikolyckor vid skolorna.
{activity.capitalize()}: Polisen genomför kontroller vid skolorna.
""")
            assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
                ("Färre trafikolyckor vid skolorna.", ["Polisen genomför kontroller vid skolorna."])], (goal, activity)


def test_a_follow_ups_target_under_a_topic(extractor: Extractor, tmp_path: Path) -> None:
    """Rule topic-goal: "Mål: 10 kontroller under året." under a follow-up's topic heading
    makes the heading the promise and the target what was promised; "Utfall: …" its result."""
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöfte 2023 – Gällivare

Trafikkontroller vid skolorna
Mål: 10 kontroller under året.
Utfall: 12 kontroller genomfördes.
Bedömning: Uppfyllt.

Trygghetsvandringar
Mål: 4 vandringar.
Utfall: 2 vandringar genomfördes.
Bedömning: Delvis uppfyllt.
""")
    assert [(p.text, [a.text for a in p.activities], [r.text for r in p.results], p.status)
            for p in report.promises] == [
        ("Trafikkontroller vid skolorna", ["10 kontroller under året."], ["12 kontroller genomfördes."], "done"),
        ("Trygghetsvandringar", ["4 vandringar."], ["2 vandringar genomfördes."], "partly_done"),
    ]
    assert report.notes == []


def test_municipalities_named_after_the_plural_word(extractor: Extractor, tmp_path: Path) -> None:
    """Rule plural-after: "kommunerna Hjo, Tibro och Karlsborg" names all three as givers, as
    "Hjo, Tibro och Karlsborgs kommuner" does."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte mellan polis och kommun

Löftet ges av lokalpolisområdet och de tre kommunerna Hjo, Tibro och Karlsborg till invånarna.

Polisen lovar att:

- genomföra trafikkontroller varje månad
""", name="lofte.txt")
    assert [m.name for m in report.municipalities] == ["Hjo", "Tibro", "Karlsborg"]
    other = _extract(extractor, tmp_path, """Medborgarlöfte

Polisen och kommunerna i länet lovar att genomföra trafikkontroller varje månad.
""", name="lan.txt")
    assert other.municipalities == []  # "kommunerna i länet" names none


def test_a_heading_of_the_time_the_work_runs_gives_the_period(extractor: Extractor, tmp_path: Path) -> None:
    """Rule period-heading: "Genomförande 2021-2023" over how the promise is carried out states
    its years; a sentence that opens with the word does not."""
    text = """Åby – medborgarlöften

Polisen och kommunen lovar att öka tryggheten i centrum genom att:

- Polisen patrullerar i centrum varje fredag.

{line}

Arbetet följs upp i den lokala samverkansgruppen.
"""
    report = _extract(extractor, tmp_path, text.format(line="Genomförande 2021-2023"), name="a.txt")
    assert report.period is not None and (report.period.start, report.period.end) == (2021, 2023)
    report = _extract(extractor, tmp_path, text.format(line="Tidsperiod: 2022–2023"), name="b.txt")
    assert report.period is not None and (report.period.start, report.period.end) == (2022, 2023)
    prose = _extract(extractor, tmp_path, text.format(
        line="Genomförande av patrulleringen sker med stöd av kommunens väktare sedan 2019."), name="c.txt")
    assert prose.period is None


def test_a_lead_whose_last_sentence_points_back(extractor: Extractor, tmp_path: Path) -> None:
    """Rule pointing-back: "I medborgarlöftet lyfts tre områden fram. Dessa är:" leads its list
    as "Medborgarlöftet har tre områden:" does; the lead is no note of its own."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Polisen och Åby kommun har skrivit under årets medborgarlöfte.

I medborgarlöftet för 2025 lyfts två fokusområden fram. Dessa är:

- Trafiksäkerhet. Kontroller kommer att göras vid skolorna.
- Narkotika bland unga. Fokus läggs på att upptäcka unga i riskzon.
""")
    assert [p.text for p in report.promises] == [
        "Trafiksäkerhet. Kontroller kommer att göras vid skolorna.",
        "Narkotika bland unga. Fokus läggs på att upptäcka unga i riskzon.",
    ]
    assert [n.text for n in report.notes] == ["Polisen och Åby kommun har skrivit under årets medborgarlöfte."]


def test_bullets_under_a_heading_that_opens_no_promise_are_kept(extractor: Extractor, tmp_path: Path) -> None:
    """Bullets under a lead that lists no promise, below a heading that opened none, are notes:
    nothing the report says is left out."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Polisen och Åby kommun har skrivit under årets medborgarlöfte.

Invånarna berättade om sin vardag i dialogerna. Bland det som kom fram:

- Många cyklar fort på gångbanorna.
- Belysningen vid torget är dålig.
""")
    texts = [n.text for n in report.notes]
    assert "Många cyklar fort på gångbanorna." in texts
    assert "Belysningen vid torget är dålig." in texts


def test_a_bullet_giving_its_reason_before_its_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule reason-then-promise: among bullets that each promise, "Belysning är viktigt för
    tryggheten. Åby kommun lovar att …" promises in its second sentence: a promise of its own,
    given by the party that sentence names, not an activity of the bullet above."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

- Polisen lovar att patrullera i centrum varje fredag.
- Belysning är viktigt för tryggheten. Åby kommun lovar att se över belysningen i parken.
- Polisen lovar att besöka skolorna varje termin.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Polisen lovar att patrullera i centrum varje fredag.", ["police"]),
        ("Belysning är viktigt för tryggheten. Åby kommun lovar att se över belysningen i parken.", ["municipality"]),
        ("Polisen lovar att besöka skolorna varje termin.", ["police"]),
    ]
    assert all(not p.activities for p in report.promises)


def test_another_party_also_taking_on_work_is_a_promise_of_its_own(extractor: Extractor, tmp_path: Path) -> None:
    """Rule other-party-also: after the promise in its paragraph, "Kommunen arbetar även med …"
    is the municipality's promise beside it; the same party again, or a party reporting what
    it has done, stays in the promise."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöften

Det här ska vi göra

Under 2025 kommer polisen och kommunen att finnas på plats vid stationen på fredagskvällar. \
Kommunen arbetar även med att förbättra belysningen i parken.

Polisen lovar att kontrollera hastigheten vid skolorna varje vecka. Polisen arbetar även med att informera föräldrarna.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Under 2025 kommer polisen och kommunen att finnas på plats vid stationen på fredagskvällar.",
         ["police", "municipality"]),
        ("Kommunen arbetar även med att förbättra belysningen i parken.", ["municipality"]),
        ("Polisen lovar att kontrollera hastigheten vid skolorna varje vecka. Polisen arbetar även med att "
         "informera föräldrarna.", ["police"]),
    ]
    assert any("other-party-also" in e for e in report.promises[1].evidence)


def test_a_label_naming_a_promise_section_heads_it(extractor: Extractor, tmp_path: Path) -> None:
    """Rule section-label: in a plain text, "Fokusområde 1: Trafik vid skolan" on a line of its
    own heads its section, as "Löfte 1: …" does: no note, and the promise under it is titled by
    it and takes its topic; "Status: Klart" stays a line of a form."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2025

Fokusområde 1: Narkotika bland unga
Polisen och kommunen ska gemensamt:
- hålla föräldramöten i årskurs 8
- följa upp varje ungdom vi möter med ett samtal hemma

Fokusområde 2: Trafik vid skolan
Polisen lovar att kontrollera hastigheten vid skolan varje vecka.
""")
    assert [n.text for n in report.notes] == []
    assert [(p.text, p.title, p.themes) for p in report.promises] == [
        ("hålla föräldramöten i årskurs 8", None, ["youth", "drugs"]),
        ("följa upp varje ungdom vi möter med ett samtal hemma", None, ["youth", "drugs"]),
        ("Polisen lovar att kontrollera hastigheten vid skolan varje vecka.", "Fokusområde 2: Trafik vid skolan",
         ["traffic"]),
    ]
    form = load(_write(tmp_path, "b.txt", "Åby – uppföljning 2025\n\nLöfte 1\nStatus: Klart\nTolv kontroller.\n"))
    assert [(b.kind, b.text) for b in form.blocks][1:] == [
        (BlockKind.HEADING, "Löfte 1"), (BlockKind.PARAGRAPH, "Status: Klart"),
        (BlockKind.PARAGRAPH, "Tolv kontroller.")]


def test_each_party_promising_after_a_sentence_of_context_gives_a_promise(extractor: Extractor,
                                                                        tmp_path: Path) -> None:
    """Rule later-sentence with promise-per-sentence: after a sentence of context, "Polisen lovar
    att … Kommunen lovar att …" holds two promises, each with its own party."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2025

Trafik i centrum

Många tycker att bilarna kör för fort på Storgatan. Polisen lovar att kontrollera hastigheten där \
varje månad. Kommunen lovar att bygga två nya farthinder.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Polisen lovar att kontrollera hastigheten där varje månad.", ["police"]),
        ("Kommunen lovar att bygga två nya farthinder.", ["municipality"]),
    ]
    assert [n.text for n in report.notes] == ["Många tycker att bilarna kör för fort på Storgatan."]


def test_what_stands_under_a_goal_heading_is_no_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule goal-heading: a heading that is the word for the goal alone ("Mål", sections.toml
    [headings] background_whole) opens a section of context, as "Målsättning" does: "Färre
    barn ska …" under it is a note; a numbered one ("Mål 2: …") numbers a part of the
    promises, and "Målet är att:" leads to a promise's targets."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Åby 2025

Polisen lovar att kontrollera hastigheten vid skolan varje vecka.

Mål
Färre barn ska skadas i trafiken vid skolan.
""")
    assert [p.text for p in report.promises] == ["Polisen lovar att kontrollera hastigheten vid skolan varje vecka."]
    assert [n.text for n in report.notes] == ["Färre barn ska skadas i trafiken vid skolan."]
    assert "background" in roles.section_kinds("Mål")
    assert "background" not in roles.section_kinds("Mål 2: Tryggare centrum")
    assert "background" not in roles.section_kinds("Målet är att:")


def test_where_the_parties_will_be_is_a_task_not_an_aim(extractor: Extractor, tmp_path: Path) -> None:
    """Rule presence: "Polisen och kommunen ska vara ute i centrum …" says where the parties
    will be (cues.toml [promise] presence), a promise; "Åby ska vara en trygg plats" stays an aim."""
    report = _extract(extractor, tmp_path, """Åby – medborgarlöfte 2025

Polisen och kommunen ska vara ute i centrum varje fredagskväll.

Polisen och kommunen ska vara synliga vid skolorna när terminen börjar.

Åby ska vara en trygg plats att bo i.
""")
    assert [p.text for p in report.promises] == [
        "Polisen och kommunen ska vara ute i centrum varje fredagskväll.",
        "Polisen och kommunen ska vara synliga vid skolorna när terminen börjar."]
    assert [n.text for n in report.notes] == ["Åby ska vara en trygg plats att bo i."]


def test_a_page_of_several_municipalities_promises_keeps_each(extractor: Extractor, tmp_path: Path) -> None:
    """Rule sibling-promise-headings: "Medborgarlöfte Hjo" after "Medborgarlöfte Tibro" and its
    promise opens the next municipality's section; the promise above is no aim over it. Rule
    promise-heading-places: a municipality named bare right after the promise word of such a
    heading gives promises too, beside those named in official form (not a police area's
    place: "… mellan lokalpolis Skövde och …")."""
    report = _extract(extractor, tmp_path, """Medborgarlöften i lokalpolisområde Skövde 2025

Medborgarlöfte Tibro
Polisen och Tibro kommun lovar att minska narkotikahandeln vid busstationen.

Medborgarlöfte Hjo
Polisen och Hjo kommun lovar att öka tryggheten i hamnen genom fler trygghetsvandringar.

Medborgarlöfte för Karlsborg
Polisen lovar att genomföra fler hastighetskontroller på riksväg 49.
""")
    assert [(p.text.split(" lovar")[0], p.actors) for p in report.promises] == [
        ("Polisen och Tibro kommun", ["police", "municipality"]),
        ("Polisen och Hjo kommun", ["police", "municipality"]),
        ("Polisen", ["police"]),
    ]
    assert [m.name for m in report.municipalities] == ["Tibro", "Hjo", "Karlsborg"]
    assert report.notes == []
    police_area = _extract(extractor, tmp_path, """Medborgarlöfte mellan lokalpolis Skövde och Tibro kommun

Lokalpolisområde Skövde och Tibro kommun lovar att minska narkotikahandeln vid busstationen.
""", "b.txt")
    assert [m.name for m in police_area.municipalities] == ["Tibro"]


def test_a_form_of_labelled_lines_gives_each_promise_and_who_does_what(extractor: Extractor,
                                                                      tmp_path: Path) -> None:
    """Rule activity-responsible: "Ansvarig: Kommunen" under an activity's lines names who does
    that activity, and the promise is given by all its activities name; rule labelled-activity
    takes an activity of one word ("Aktivitet: Hastighetskontroller"); rule promise-heading: a
    promise heading with only its lines under it is the promise, not lost."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Hjo 2025

Löfte: Minska skadegörelsen vid skolorna
Aktivitet: Snabb sanering av klotter
Tidsplan: Hela året
Ansvarig: Kommunen
Aktivitet: Polisen patrullerar vid skolorna på helger
Ansvarig: Polisen

Löfte: Tryggare trafikmiljö vid hamnen
Aktivitet: Hastighetskontroller
Ansvarig: Polisen

Löfte: Mer belysning i parken
Ansvarig: Kommunen
Tidsplan: Hösten
""")
    assert [(p.text, p.actors, [(a.text, a.actors) for a in p.activities]) for p in report.promises] == [
        ("Minska skadegörelsen vid skolorna", ["police", "municipality"],
         [("Snabb sanering av klotter", ["municipality"]),
          ("Polisen patrullerar vid skolorna på helger", ["police"])]),
        ("Tryggare trafikmiljö vid hamnen", ["police"], [("Hastighetskontroller", ["police"])]),
        ("Mer belysning i parken", ["municipality"], []),
    ]


def test_each_party_committing_after_context_under_a_topic_gives_its_promise(extractor: Extractor,
                                                                           tmp_path: Path) -> None:
    """Rule party-after-context: on a page about medborgarlöften, "Fritidshusen drabbas av
    inbrott. Polisen kommer därför att …" commits the police after a sentence of context, and
    "Kommunen kommer att …" after it makes the promise both parties' (rule committing-parties).
    "Kommunens äldreomsorg och polisen" opens with both parties (a party's own unit stands
    between its word and "och")."""
    report = _extract(extractor, tmp_path, """Trygghet och medborgarlöfte i Åby

Åby kommun och polisen har valt två områden för året.

Inbrott i fritidshus
Fritidshusen drabbas av inbrott på vintern. Polisen kommer därför att öka sina kontroller längs \\
landsvägarna. Kommunen kommer att sprida information om grannsamverkan.

Äldres trygghet
Många äldre oroar sig för bedrägerier. Kommunens äldreomsorg och polisen kommer att hålla \\
föreläsningar om telefonbedrägerier.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Polisen kommer därför att öka sina kontroller längs landsvägarna. Kommunen kommer att sprida "
         "information om grannsamverkan.", ["police", "municipality"]),
        ("Kommunens äldreomsorg och polisen kommer att hålla föreläsningar om telefonbedrägerier.",
         ["police", "municipality"]),
    ]
    assert [n.text for n in report.notes] == ["Åby kommun och polisen har valt två områden för året.",
                                              "Fritidshusen drabbas av inbrott på vintern.",
                                              "Många äldre oroar sig för bedrägerier."]


def test_a_passive_sentence_over_a_list_details_the_work_a_promise_names(extractor: Extractor,
                                                                          tmp_path: Path) -> None:
    """Rule passive-elaboration: "Kontrollerna kommer att genomföras vid följande skolor:" over
    its list, right after the promises, names no party and restates the work of the promise
    that names "trafikkontroller": where that work is done, its activity. A passive sentence
    whose subject no promise names is left to the other rules."""
    promises = """Hjo – medborgarlöfte 2025

Det här ska vi göra

Under 2025 kommer polisen och Hjo kommun att genomföra trafikkontroller vid skolorna. Kommunen arbetar även \
med att förbättra belysningen i parken.

"""
    report = _extract(extractor, tmp_path, promises + """Kontrollerna kommer att genomföras vid följande skolor:

- Norra skolan
- Södra skolan
""")
    assert [(p.text, [a.text for a in p.activities]) for p in report.promises] == [
        ("Under 2025 kommer polisen och Hjo kommun att genomföra trafikkontroller vid skolorna.",
         ["Kontrollerna kommer att genomföras vid följande skolor: Norra skolan Södra skolan"]),
        ("Kommunen arbetar även med att förbättra belysningen i parken.", []),
    ]
    other = _extract(extractor, tmp_path, promises + """Föräldravandringar kommer att anordnas i följande stadsdelar:

- Norrby
- Söderby
""", name="b.txt")
    assert not any(p.activities for p in other.promises)


def test_work_done_on_the_sole_promise_is_its_result_wherever_it_stands(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rule sole-promise-work: in a follow-up of one promise, a paragraph that names the promise
    and reports what a party did reports on it, though it stands above the promise; one that
    tells how the promise was made stays a note, and so does such a paragraph where two
    promises are reported on (which of them it speaks of is not said)."""
    head = """Uppföljning av medborgarlöftet 2024

Trots ett annorlunda år har polisen genomfört flera insatser för att uppfylla medborgarlöftet i Hjo.

I medborgarlöftet för 2024 lovade polisen och Hjo kommun att minska klottret vid stationen.
"""
    tail = "\nMedborgarlöftet har tagits fram genom dialoger med invånarna.\n"
    report = _extract(extractor, tmp_path, head + tail)
    assert [[r.text for r in p.results] for p in report.promises] == [
        ["Trots ett annorlunda år har polisen genomfört flera insatser för att uppfylla medborgarlöftet i Hjo."]]
    assert [n.text for n in report.notes] == ["Medborgarlöftet har tagits fram genom dialoger med invånarna."]
    general = "Trots ett annorlunda år har polisen genomfört flera insatser för att uppfylla medborgarlöftet i Hjo."
    two = _extract(extractor, tmp_path, head + "\nKommunen lovade att sanera klotter inom ett dygn.\n" + tail,
                   name="b.txt")
    assert len(two.promises) == 2 and not any(p.results for p in two.promises)
    assert general in [n.text for n in two.notes]
    # work beside the promise is no work on it
    beside = _extract(extractor, tmp_path, head.replace("Trots ett annorlunda år har polisen genomfört flera insatser "
                                                        "för att uppfylla medborgarlöftet i Hjo.",
                                                        "Förutom medborgarlöftet har polisen genomfört insatser mot "
                                                        "narkotika.") + tail, name="d.txt")
    assert not any(p.results for p in beside.promises)
    # where the promise's own results say what was done, the general word on it is a note
    own = _extract(extractor, tmp_path, head + "\nPolisen har sanerat klottret vid stationen tolv gånger.\n" + tail,
                   name="c.txt")
    assert [[r.text for r in p.results] for p in own.promises] == [
        ["Polisen har sanerat klottret vid stationen tolv gånger."]]
    assert general in [n.text for n in own.notes]


def test_a_listed_task_told_of_once_done_is_still_a_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule task-then-report: under "lovar att:", an item that states its task first and then
    tells of one time it was done is a promise as written; one that opens by reporting what
    was done is not (rule reported-item)."""
    report = _extract(extractor, tmp_path, """Medborgarlöften för Hjo 2024–2025

Polisen och Hjo kommun lovar att:

- Polisen ska patrullera vid stationen varje fredag.
- Kommunen samordnar varje oktober en trygghetsvandring i centrum. 2024 års vandring genomfördes den 14 oktober.
- Polisen har genomfört 43 kontroller vid skolorna.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("Polisen ska patrullera vid stationen varje fredag.", ["police"]),
        ("Kommunen samordnar varje oktober en trygghetsvandring i centrum. 2024 års vandring genomfördes den "
         "14 oktober.", ["municipality"]),
    ]
    assert [n.text for n in report.notes] == ["Polisen har genomfört 43 kontroller vid skolorna."]


def test_an_aim_that_restates_the_promise_below_it_is_no_note(extractor: Extractor, tmp_path: Path) -> None:
    """Rule restated-aim: the ingress says the promise in nearly its words before the text
    states it under "Vårt löfte": the same promise said twice, not a note; an aim in other
    words stays a note (rule umbrella-aim)."""
    page = """Medborgarlöfte Hjo 2025

{aim}

Ett medborgarlöfte är en del av polisens och kommunens samverkan.

Vårt löfte till medborgarna

Med dialogerna som grund lovar polisen och Hjo kommun ett fortsatt fokus på trygga miljöer vid skolor och \
fritidsgårdar.

Aktiviteter under 2025

Polisen lovar medborgarna:
- Fotpatrullera vid skolorna varje vecka.
"""
    promise = ("Med dialogerna som grund lovar polisen och Hjo kommun ett fortsatt fokus på trygga miljöer vid skolor "
               "och fritidsgårdar.")
    said = _extract(extractor, tmp_path, page.format(
        aim="Under 2025 lovar polisen och Hjo kommun ett fortsatt fokus på trygga miljöer vid skolor och "
            "fritidsgårdar."))
    assert [p.text for p in said.promises] == [promise]
    assert [n.text for n in said.notes] == ["Ett medborgarlöfte är en del av polisens och kommunens samverkan."]
    other = _extract(extractor, tmp_path, page.format(
        aim="Polisen och Hjo kommun lovar att arbeta för en tryggare och säkrare kommun för alla som bor här."),
        name="b.txt")
    assert [p.text for p in other.promises] == [promise]
    assert "Polisen och Hjo kommun lovar att arbeta för en tryggare och säkrare kommun för alla som bor här." in [
        n.text for n in other.notes]


def test_a_focus_area_and_what_it_means_states_a_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule topic-means: under a heading of promises, "Narkotika, innebär att …" names a focus
    area and what it means: each such paragraph is a promise, whatever its verb; "Detta
    innebär att …" explains what stood before it."""
    report = _extract(extractor, tmp_path, """Medborgarlöften för Hjo 2026

Medborgarlöften 2026

Trafik, innebär att hastighetskontroller genomförs vid skolorna varje månad.

Narkotika, innebär att minst tre riktade insatser genomförs under året. Detta innebär att fler ungdomar nås.

Klotter innebär att snabbt sanera klotter i centrum.
""")
    assert [p.text for p in report.promises] == [
        "Trafik, innebär att hastighetskontroller genomförs vid skolorna varje månad.",
        "Narkotika, innebär att minst tre riktade insatser genomförs under året. Detta innebär att fler ungdomar nås.",
        "Klotter innebär att snabbt sanera klotter i centrum.",
    ]
    assert all(any(e.startswith("rule topic-means") for e in p.evidence) for p in report.promises)
    assert report.notes == []


def test_what_a_focus_area_means_outside_the_promises_is_a_note(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, """Medborgarlöften för Hjo 2026

Bakgrund

Trygghetsarbete innebär att många aktörer samverkar kring samma frågor.
""")
    assert report.promises == []
    assert [n.text for n in report.notes] == ["Trygghetsarbete innebär att många aktörer samverkar kring samma frågor."]


@pytest.mark.parametrize(("partner", "actors"), [
    ("i samverkan med socialtjänsten", ["police", "municipality"]),
    ("tillsammans med socialtjänsten", ["police", "municipality"]),
    ("och socialtjänsten deltar", ["municipality"]),
])
def test_a_partner_named_after_in_samverkan_med_gives_no_promise(extractor: Extractor, tmp_path: Path,
                                                                 partner: str, actors: list[str]) -> None:
    """Rule givers-by-content: work named right after "i samverkan med" or "tillsammans med"
    is a partner's: the promise stays both parties', as the page's are."""
    report = _extract(extractor, tmp_path, f"""Medborgarlöften för Hjo 2026

Medborgarlöften

- Ordna två föräldramöten om droger under året {partner}.
""")
    assert [p.actors for p in report.promises] == [actors]


def test_a_partys_work_under_a_topic_heading_is_the_promise_of_that_topic(extractor: Extractor,
                                                                           tmp_path: Path) -> None:
    """Rule topic-statement: under a heading of promises, a topic's heading over a paragraph
    in which a party does work, in the present, states that topic's promise; work that goes
    on ("fortsätter att") is promised there too, and so is work named without a verb. The
    heading is the promise's title."""
    report = _extract(extractor, tmp_path, """Medborgarlöften för Hjo 2025

Medborgarlöften 2025

Trafik
Polisen genomför hastighetskontroller vid skolorna varje månad.

Narkotika
Polisen fortsätter att arbeta mot narkotikaförsäljningen i centrum.

Föräldrar
Kommunen erbjuder föräldrakurser två gånger om året.

Belysning
Bättre belysning i gångtunneln vid stationen.
""")
    assert [(p.title, p.text, p.actors, p.status) for p in report.promises] == [
        ("Trafik", "Polisen genomför hastighetskontroller vid skolorna varje månad.", ["police"], None),
        ("Narkotika", "Polisen fortsätter att arbeta mot narkotikaförsäljningen i centrum.", ["police"], None),
        ("Föräldrar", "Kommunen erbjuder föräldrakurser två gånger om året.", ["municipality"], None),
        ("Belysning", "Bättre belysning i gångtunneln vid stationen.", ["police", "municipality"], None),
    ]
    assert all(any(e.startswith("rule topic-statement") for e in p.evidence) for p in report.promises)
    assert report.notes == []


def test_what_a_party_perceives_under_a_topic_heading_is_no_promise(extractor: Extractor, tmp_path: Path) -> None:
    """Rule topic-statement reads work only: a party that perceives or judges states no
    promise, nor does a party's work under a background heading, nor one about the promises
    themselves."""
    report = _extract(extractor, tmp_path, """Medborgarlöften för Hjo 2025

Medborgarlöften 2025

Trafik
Polisen upplever att hastigheterna vid skolorna är för höga.

Bakgrund
Kommunen genomför en trygghetsmätning vartannat år.

Om löftena
Polisen och kommunen tar varje år fram medborgarlöften tillsammans med invånarna.
""")
    assert report.promises == []
    assert [n.text for n in report.notes] == ["Polisen upplever att hastigheterna vid skolorna är för höga.",
                                              "Kommunen genomför en trygghetsmätning vartannat år.",
                                              "Polisen och kommunen tar varje år fram medborgarlöften tillsammans med "
                                              "invånarna."]


def test_topics_under_a_lead_that_names_areas_stay_notes_until_promises_are_listed(extractor: Extractor,
                                                                                  tmp_path: Path) -> None:
    """Rule topic-statement: topics under a lead that only names the areas ("Arbetet utgår
    från följande två områden:") state no promise; a section of promises after them does."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte Hjo 2025

Arbetet utgår från följande två områden:

Trafiken vid skolorna
Polisen kontrollerar hastigheten vid skolorna varje vecka.

Medborgarlöften 2025

Narkotika
Polisen genomför riktade insatser mot narkotikahandeln i centrum.
""")
    assert [(p.title, p.text) for p in report.promises] == [
        ("Narkotika", "Polisen genomför riktade insatser mot narkotikahandeln i centrum.")]


def test_a_surveys_results_under_the_promises_are_background(extractor: Extractor, tmp_path: Path) -> None:
    """Rule survey-results: "Resultat trygghetsenkät hösten 2024" after the promises reports
    what people answered (a note), not what was done for a promise; the text states promises
    and reports none. A results heading naming no survey still reports."""
    report = _extract(extractor, tmp_path, """Medborgarlöfte 2025 för Hjo

Medborgarlöfte 2025:

- Polisen ska genomföra trafikkontroller i kommunens byar.
- Kommunen ska förbättra belysningen vid resecentrum.

Resultat trygghetsenkät hösten 2024

Under hösten 2024 genomförde Hjo kommun en trygghetsenkät. 300 personer svarade och de flesta känner sig trygga.
""")
    assert report.doc_type == "promise"
    assert [p.results for p in report.promises] == [[], []]
    assert [n.text for n in report.notes] == [
        "Under hösten 2024 genomförde Hjo kommun en trygghetsenkät. 300 personer svarade och de flesta känner sig "
        "trygga."]


@pytest.mark.parametrize(("name", "text"), [
    ("a.txt", """Medborgarlöften för Hjo 2025

Polisen och Hjo kommun lovar att:

• Polisen förbinder sig att patrullera i centrum varje helg.

Ett särskilt fokus ska ligga på området kring stationen.

• Kommunen förbinder sig att förbättra belysningen vid torget.
"""),
    ("a.html", "<html><body><div><b>Medborgarlöften för Hjo 2025</b><br><br>Polisen och Hjo kommun lovar att:"
               "<br><br>• Polisen förbinder sig att patrullera i centrum varje helg.<br><br>Ett särskilt fokus ska "
               "ligga på området kring stationen.<br><br>• Kommunen förbinder sig att förbättra belysningen vid "
               "torget.</div></body></html>"),
])
def test_a_commitment_between_two_bullets_goes_on_with_the_one_above(extractor: Extractor, tmp_path: Path,
                                                                     name: str, text: str) -> None:
    """Rule between-items: a page set with line breaks alone loses the indent that put a
    paragraph under its bullet; one that commits in turn, with no party of its own, set
    between the bullet and the next, goes on with the bullet above, as an indented one does."""
    report = _extract(extractor, tmp_path, text, name)
    assert [p.text for p in report.promises] == [
        "Polisen förbinder sig att patrullera i centrum varje helg. Ett särskilt fokus ska ligga på området kring "
        "stationen.",
        "Kommunen förbinder sig att förbättra belysningen vid torget."]


def test_a_lead_or_a_partys_statement_between_two_lists_stays_its_own(extractor: Extractor, tmp_path: Path) -> None:
    """Rule between-items reads only a commitment with no party and no lead of its own."""
    report = _extract(extractor, tmp_path, """Medborgarlöften för Hjo 2025

Polisen lovar att:

• patrullera i centrum varje helg.

Kommunen lovar att:

• förbättra belysningen vid torget.

Kommunen ska också se över parkerna.

• Kommunen förbinder sig att sanera klotter inom två dygn.
""")
    assert [(p.text, p.actors) for p in report.promises] == [
        ("patrullera i centrum varje helg.", ["police"]),
        ("förbättra belysningen vid torget.", ["municipality"]),
        ("Kommunen ska också se över parkerna.", ["municipality"]),
        ("Kommunen förbinder sig att sanera klotter inom två dygn.", ["municipality"])]


def test_a_sentence_explaining_the_bullet_above_between_two_bullets_is_no_note(extractor: Extractor,
                                                                               tmp_path: Path) -> None:
    """Rule between-items: a sentence between two bullets that explains the one above (no
    commitment, no party, no measures) is part of it, as an indented one is; a short call
    between them ("Följ med i hur det går!") heads what follows, and is no explanation."""
    report = _extract(extractor, tmp_path, """Medborgarlöften för Hjo 2025

Hjo kommun lovar att:

• förbättra belysningen i gångtunnlarna under 2025.

Belysning är den faktor som oftast nämns när invånarna talar om otrygghet på kvällarna.

• sanera klotter inom två dygn.

Följ med i hur det går!

• På kommunens hemsida och i polisens sociala medier.
""")
    assert [n.text for n in report.notes] == ["På kommunens hemsida och i polisens sociala medier."]
    light = report.promises[0]
    assert light.text == "förbättra belysningen i gångtunnlarna under 2025."
    assert any(e.startswith("rule between-items: explained") for e in light.evidence)
    assert not any("between-items" in e for p in report.promises[1:] for e in p.evidence)


@pytest.mark.parametrize("heading", ["Fakta om medborgarlöften", "Vad är ett medborgarlöfte?"])
def test_a_fact_box_on_the_method_lists_no_promises(extractor: Extractor, tmp_path: Path, heading: str) -> None:
    """sections.toml background (the method's fact box) and rule background-question: the aims
    of the method listed under "Fakta om medborgarlöften", or under a question set as a
    heading on a line of its own, are context, not more promises after the page's list."""
    report = _extract(extractor, tmp_path, f"""Medborgarlöften i Hjo 2025

Polisen och kommunen lovar att:

  • Polisen patrullerar i hamnen varje fredag.
  • Kommunen ordnar en trygghetsvandring i oktober.

{heading}

  • Samverkan mellan polis och kommun.
  • Skapa engagemang i lokalsamhället.
  • Öka förtroendet för parternas arbete.
""")
    assert [p.text for p in report.promises] == ["Polisen patrullerar i hamnen varje fredag.",
                                                 "Kommunen ordnar en trygghetsvandring i oktober."]
    assert [n.text for n in report.notes] == ["Samverkan mellan polis och kommun.",
                                              "Skapa engagemang i lokalsamhället.",
                                              "Öka förtroendet för parternas arbete."]


def test_items_run_onto_one_line_are_parted(extractor: Extractor, tmp_path: Path) -> None:
    """Rule run-on-items: where a page's text layer runs the next dashed item onto the line of
    the one before ("… i hamnen. - Vi ska …"), each is a promise of its own; a dash inside a
    sentence parts nothing."""
    document, report = extractor.analyse(_write(tmp_path, "a.txt", """Hjo – medborgarlöften

Medborgarlöfte 2025–2026

- Vi ska tillsammans arbeta mot våld i nära relationer och stödja utsatta. - Vi ska tillsammans
arbeta mot narkotika bland unga i Hjo.
- Vi ska öka tryggheten i hamnen - särskilt på kvällarna.
"""))
    assert [p.text for p in report.promises] == [
        "Vi ska tillsammans arbeta mot våld i nära relationer och stödja utsatta.",
        "Vi ska tillsammans arbeta mot narkotika bland unga i Hjo.",
        "Vi ska öka tryggheten i hamnen - särskilt på kvällarna."]
    second = report.promises[1].provenance  # its own span, in the document's text
    assert " ".join(document.text[second.char_start:second.char_end].split()) == report.promises[1].text


def test_we_items_under_a_lead_announcing_the_means_are_activities(extractor: Extractor, tmp_path: Path) -> None:
    """Rule means-lead-items: under "Det ska åstadkommas genom följande aktiviteter:" right
    after a promise, "Vi ska …" is one of its activities, as "Polisen och kommunen ska …" is,
    not a promise of its own."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Polisen och kommunen lovar att tillsammans arbeta för att minska bruket av narkotika bland unga.

Det ska åstadkommas genom följande aktiviteter:

  • Vi ska möta unga i skolorna för samtal om droger.
  • Polisen och kommunen ska genomföra två föräldramöten om året.
""")
    assert [p.text for p in report.promises] == [
        "Polisen och kommunen lovar att tillsammans arbeta för att minska bruket av narkotika bland unga."]
    assert [a.text for a in report.promises[0].activities] == [
        "Vi ska möta unga i skolorna för samtal om droger.",
        "Polisen och kommunen ska genomföra två föräldramöten om året."]


def test_the_years_the_listed_work_is_done_in_give_the_period(extractor: Extractor, tmp_path: Path) -> None:
    """Rule work-years: where nothing else gives the years, the work listed under the promise
    "under hösten 2025" covers 2025; a year the text only compares with gives none."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Kommunen och polisen lovar att arbeta mot narkotika bland unga i Hjo.

Detta ska göras genom att:

  • Kommunen och polisen genomför två nattvandringar under hösten 2025.
  • Polisen genomför fler kontroller än 2023 i hamnen.
""")
    assert report.period is not None and (report.period.start, report.period.end) == (2025, 2025)
    compared = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Kommunen och polisen lovar att arbeta mot narkotika bland unga i Hjo.

Detta ska göras genom att:

  • Polisen genomför fler kontroller än 2023 i hamnen.
""", name="b.txt")
    assert compared.period is None


def test_two_districts_of_a_city_beside_a_municipality_name_the_city_too(extractor: Extractor,
                                                                        tmp_path: Path) -> None:
    """Rule districts-beside: a police area's page naming a municipality and two of a city's
    districts covers both; one district's name alone adds nothing."""
    both = _extract(extractor, tmp_path, """Vi har lyssnat på dig

Lokalpolisområde Norrmalm har tillsammans med Lidingö stad och stadsdelsförvaltningarna Kungsholmen
och Östermalm tagit fram medborgarlöften för 2026.

Polisen lovar att patrullera i centrum varje fredag.
""")
    assert [m.code for m in both.municipalities] == ["0186", "0180"]
    one = _extract(extractor, tmp_path, """Vi har lyssnat på dig

Lokalpolisområde Norrmalm och Lidingö stad har tagit fram medborgarlöften för 2026.

Polisen lovar att patrullera i centrum varje fredag.
""", name="b.txt")
    assert [m.code for m in one.municipalities] == ["0186"]


def test_a_plan_told_under_a_title_saying_the_promises_were_kept_is_news(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rule kept-title: under "Nästan alla medborgarlöften för 2025 är uppfyllda", a paragraph
    that tells of the work and then of a plan ("… och kommer att genomföra två vandringar under
    2026") is news of the follow-up, a note, not a promise."""
    report = _extract(extractor, tmp_path, """Nästan alla medborgarlöften för 2025 är uppfyllda

En uppföljning av medborgarlöftet mellan Hjo kommun och polisen visar att nästan alla löften har uppfyllts.

Fortsatt samarbete

Kommunen samarbetar med polisen kring unga. Hjo kommun och polisen arrangerar trygghetsvandringar tillsammans \
och kommer att genomföra två vandringar under 2026.
""")
    assert report.doc_type == "follow_up"
    assert report.promises == []
    assert [n.text[:30] for n in report.notes] == ["En uppföljning av medborgarlöf", "Kommunen samarbetar med polise"]


def test_the_channels_the_promise_is_made_known_by_are_no_promises(extractor: Extractor, tmp_path: Path) -> None:
    """words.toml not_lists (channels) and sections.toml background ("Kommunicering …"): the
    channels a promise is made known by, listed under "Medborgarlöftet ska kommuniceras …
    genom följande kanaler:", are notes; the work a section's activities "pågå till och med"
    gives the period."""
    report = _extract(extractor, tmp_path, """Medborgarlöften i Hjo

Tidsram

Aktiviteterna för detta medborgarlöfte ska påbörjas 1 mars och pågå till och med 31 december 2026.

Spridning

Medborgarlöftet ska kommuniceras till invånarna när det börjar gälla, genom följande kanaler:

 • Gemensamt pressmeddelande och pressträff.
 • Kommunens och polisens webbplatser.

Polisen lovar att

 • genomföra insatser i hamnen vid minst fyra tillfällen.
""")
    assert [p.text for p in report.promises] == ["genomföra insatser i hamnen vid minst fyra tillfällen."]
    assert "Kommunens och polisens webbplatser." in [n.text for n in report.notes]
    assert report.period is not None and (report.period.start, report.period.end) == (2026, 2026)


def test_a_topic_heading_over_activities_goes_to_the_promise_it_names(extractor: Extractor, tmp_path: Path) -> None:
    """Rule topic-activities: after promises stated one by one, "Unga och droger" over
    "Gemensamma aktiviteter:" heads activities of the promise whose words it shares; a topic
    no promise names ("Grannar") is the promise its activities carry out."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Medborgarlöfte 2026

Polisen och Hjo kommun kommer att samordna arbetet med följande fokusområden:

 • minska risken för unga att fastna i droger
 • färre rattfyllerister i hamnen

Polisen och Hjo kommun kommer att arbeta för en lugnare trafik i centrum.

Unga och droger

Gemensamma aktiviteter:

 • Fördjupa samarbetet mellan socialtjänsten och polisen.
 • Drogveckan i skolorna varje höst.

Grannsamverkan

Gemensamma aktiviteter:

 • Starta två nya områden med grannsamverkan.
""")
    assert [(p.text[:40], [a.text for a in p.activities][-2:]) for p in report.promises] == [
        ("Polisen och Hjo kommun kommer att samord", ["Fördjupa samarbetet mellan socialtjänsten och polisen.",
                                                      "Drogveckan i skolorna varje höst."]),
        ("Polisen och Hjo kommun kommer att arbeta", []),
        ("Grannsamverkan", ["Starta två nya områden med grannsamverkan."])]


def test_items_going_on_from_a_fronted_lead_with_kommer_first_commit(extractor: Extractor, tmp_path: Path) -> None:
    """Rule inverted-kommer: under "För att minska otryggheten i centrum:", an item opening on
    "Kommer" and its subject commits however many words stand before "att"; and rule
    contact-box: a page opening on its contact box has its title after it."""
    report = _extract(extractor, tmp_path, """Kontakta oss

Besöksadress

Telefon 0123-450 00

Akuta ärenden när kommunen har stängt

Medborgarlöften 2026

Så här ser medborgarlöftena ut för 2026:

För att minska otryggheten i centrum:

 • Kommer kommunen, polisen och räddningstjänsten vid två tillfällen, ett per termin, att genomföra trygghetsvandringar.
 • Kommer kommunen att byta ut belysningen i parken.
""")
    assert report.title == "Medborgarlöften 2026"
    assert [p.text for p in report.promises] == [
        "Kommer kommunen, polisen och räddningstjänsten vid två tillfällen, ett per termin, att genomföra "
        "trygghetsvandringar.",
        "Kommer kommunen att byta ut belysningen i parken."]


def test_a_page_linking_its_follow_up_goes_on_stating_its_promises(extractor: Extractor, tmp_path: Path) -> None:
    """Rule follow-up-link: "Uppföljning av medborgarlöftena i Hjo maj–augusti 2025" right over
    "Inledning" is a link's title, no follow-up section ("Tid" heads background, not a topic
    followed up); "Gäller från 8 maj 2025 t.o.m. 30 april 2026" states both years (an
    abbreviation's full stop ends no sentence); the aims the promises are given for are no
    promises."""
    report = _extract(extractor, tmp_path, """Hjo – medborgarlöften

Gäller från 8 maj 2025 t.o.m. 30 april 2026.

Uppföljning av medborgarlöftena i Hjo maj-augusti 2025

Inledning

Medborgarlöften är en del av samverkan mellan polis och kommun i Hjo.

Medborgarlöften ges till medborgarna för att:

  • öka tryggheten
  • förebygga brott

Tid

Medborgarlöftena nedan gäller från undertecknandet.

Löften

  • Polisen och kommunen ska genomföra minst en trygghetsvandring per år.
""")
    assert report.doc_type == "promise"
    assert [p.text for p in report.promises] == [
        "Polisen och kommunen ska genomföra minst en trygghetsvandring per år."]
    assert report.period is not None and (report.period.start, report.period.end) == (2025, 2026)


def test_a_follow_up_restating_each_promise_with_its_givers_in_brackets(extractor: Extractor,
                                                                         tmp_path: Path) -> None:
    """Rule bracketed-restatement: in a follow-up, "Minst två narkotikainsatser mot unga. (Polis)"
    after a list of results restates the next promise, given by the party in its brackets; the
    results under it are its own."""
    report = _extract(extractor, tmp_path, """Uppföljning medborgarlöftet Hjo 2025

Fler trygghetsvandringar i hamnen under året. (Kommun)

Händelser under året har bland annat resulterat i:

 • Tre trygghetsvandringar har genomförts i hamnen.

Minst två narkotikainsatser med inriktning mot unga. (Polis)

 • Två riktade narkotikainsatser har genomförts under året.
""")
    assert [(p.text, p.actors, [r.text for r in p.results]) for p in report.promises] == [
        ("Fler trygghetsvandringar i hamnen under året. (Kommun)", ["municipality"],
         ["Tre trygghetsvandringar har genomförts i hamnen."]),
        ("Minst två narkotikainsatser med inriktning mot unga. (Polis)", ["police"],
         ["Två riktade narkotikainsatser har genomförts under året."])]
