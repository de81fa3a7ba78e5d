"""Segmentation rules on short reports written for the purpose, one style per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.pipeline import Extractor
from extract.report import Report


def _extract(extractor: Extractor, tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Report:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return extractor.extract(path, name)


def test_numbered_promises_with_activity_lists_per_actor(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "a.md", """# Medborgarlöften för Alingsås kommun 2026

## Löfte 1: Trygg resecentrum

**Polisen och kommunen lovar att öka tryggheten vid resecentrum.**

Polisen lovar att:

- patrullera vid resecentrum varje fredag
- delta i två trygghetsvandringar

Kommunen lovar att:

- förbättra belysningen i gångtunneln

## Löfte 2: Unga

**Vårt löfte:** Vi ska förebygga att unga börjar använda narkotika.

- hålla föräldramöten i åk 7
""")
    assert report.doc_type == "promise"
    assert [m.code for m in report.municipalities] == ["1489"]
    assert report.period is not None and (report.period.start, report.period.end) == (2026, 2026)
    first, second = report.promises
    assert first.text == "Polisen och kommunen lovar att öka tryggheten vid resecentrum."
    assert [(a.text, a.actors) for a in first.activities] == [
        ("patrullera vid resecentrum varje fredag", ["police"]),
        ("delta i två trygghetsvandringar", ["police"]),
        ("förbättra belysningen i gångtunneln", ["municipality"]),
    ]
    assert first.title == "Löfte 1: Trygg resecentrum"
    assert second.text == "Vi ska förebygga att unga börjar använda narkotika."
    assert second.actors == ["police", "municipality"]
    assert sorted(second.themes) == ["drugs", "youth"]
    assert [a.text for a in second.activities] == ["hålla föräldramöten i åk 7"]


@pytest.mark.parametrize(("word", "status"), [
    ("Genomfört", "done"), ("Klart", "done"), ("Delvis genomfört", "partly_done"), ("Pågår", "ongoing"),
    ("Ej påbörjat", "not_done"), ("Har inte genomförts", "not_done"),
])
def test_follow_up_status_words(extractor: Extractor, tmp_path: Path, word: str, status: str) -> None:
    report = _extract(extractor, tmp_path, "b.txt", f"""UPPFÖLJNING AV MEDBORGARLÖFTEN 2025
Lerums kommun och Polisen

LÖFTE 1
Polisen lovar att genomföra nykterhetskontroller varje månad.

Status: {word}

Polisen har genomfört 14 nykterhetskontroller under året.
""")
    assert report.doc_type == "follow_up"
    assert [m.code for m in report.municipalities] == ["1441"]
    (promise,) = report.promises
    assert promise.status == status
    assert [r.text for r in promise.results] == ["Polisen har genomfört 14 nykterhetskontroller under året."]
    assert promise.themes == ["traffic"]


def test_status_implied_by_the_prose(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "c.md", """# Resultat av medborgarlöften 2024

Kungsbacka kommun och Polisen redovisar här vad som har gjorts.

- **Polisen och kommunen lovar att minska bostadsinbrotten.**

Grannsamverkan har startats i fem nya områden. Löftet har genomförts i sin helhet.

- **Kommunen åtar sig att sanera klotter inom två dygn.**

Klottersaneringen har inte kommit igång. Löftet har inte genomförts.
""")
    assert [p.status for p in report.promises] == ["done", "not_done"]
    assert all(p.status_evidence and "implied" in p.status_evidence for p in report.promises)


def test_status_table_continued_with_repeated_header(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "d.md", """# Uppföljning av medborgarlöften 2024

Tranås kommun och Polisen

## Löfte 1

**Polisen och kommunen lovar att öka trafiksäkerheten.**

| Aktivitet | Ansvarig | Status | Kommentar |
|---|---|---|---|
| Hastighetskontroller | Polisen | Genomfört | 20 kontroller |
| Ny belysning | Kommunen | Pågår | Klart i maj |

| Aktivitet | Ansvarig | Status | Kommentar |
|---|---|---|---|
| Skolkampanj | Kommunen | Ej genomfört | – |
""")
    (promise,) = report.promises
    assert [a.text for a in promise.activities] == ["Hastighetskontroller", "Ny belysning", "Skolkampanj"]
    assert [a.status for a in promise.activities] == ["done", "ongoing", "not_done"]
    assert [r.text for r in promise.results] == ["20 kontroller", "Klart i maj"]
    assert promise.status == "partly_done"  # no overall verdict: combined from the rows
    assert promise.activities[0].actors == ["police"]


def test_promises_in_a_table_with_results_and_status_columns(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "e.html", """<html><body><main>
<h1>Så gick det med medborgarlöftena 2024</h1>
<p>Piteå kommun och Polisen har följt upp löftena.</p>
<table><tr><th>Löfte</th><th>Resultat</th><th>Status</th></tr>
<tr><td>1. Polisen lovar att synas mer i centrum.</td>
<td><p>Polisen har patrullerat 80 kvällar.</p></td><td>Klart</td></tr>
<tr><td>2. Kommunen lovar att starta grannsamverkan.</td><td>–</td><td>Ej påbörjat</td></tr>
</table>
<h2>Grannsamverkan</h2>
<p>Starten har skjutits upp till hösten eftersom samordnaren slutade.</p>
</main></body></html>""")
    assert report.doc_type == "follow_up"
    first, second = report.promises
    assert (first.text, first.status) == ("Polisen lovar att synas mer i centrum.", "done")
    assert [r.text for r in first.results] == ["Polisen har patrullerat 80 kvällar."]
    assert second.status == "not_done"
    assert [r.text for r in second.results] == ["Starten har skjutits upp till hösten eftersom samordnaren slutade."]


def test_combined_report_results_then_new_promises(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "f.md", """# Medborgarlöften 2026 och resultat 2025

Eslövs kommun och Polisen i lokalpolisområde Eslöv.

## Resultat 2025

### Polisen och kommunen lovar att minska nedskräpningen i parkerna

Status: Delvis genomfört

Kommunen har satt ut 40 nya papperskorgar.

## Medborgarlöften 2026

### Löfte 1

**Polisen och kommunen lovar att minska bedrägerierna mot äldre.**

Det innebär att

- polisen håller informationsträffar
- kommunen utbildar hemtjänsten

## Uppföljning

Löftena följs upp två gånger per år.
""")
    assert report.doc_type == "combined"
    assert report.period is not None and (report.period.start, report.period.end) == (2025, 2026)
    old, new = report.promises
    assert (old.part, old.status, len(old.results)) == ("follow_up", "partly_done", 1)
    assert (new.part, new.status, len(new.activities), len(new.results)) == ("promise", None, 2, 0)
    assert [n.text for n in report.notes] == ["Eslövs kommun och Polisen i lokalpolisområde Eslöv.",
                                              "Löftena följs upp två gånger per år."]


def test_two_municipalities_in_one_lokalpolisomrade(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "g.txt", """Medborgarlöften 2025 för Ljusdals kommun och Ovanåkers kommun

Polisen, Ljusdals kommun och Ovanåkers kommun lovar att minska rattfylleriet.
""")
    assert [m.code for m in report.municipalities] == ["2161", "2121"]
    assert [m.police_region for m in report.municipalities] == ["Mitt", "Mitt"]


@pytest.mark.parametrize("text", [
    """# Trygghetsmätning 2024 – sammanfattning

Kiruna kommun genomförde en trygghetsmätning under hösten. 38 procent uppger att de känner sig otrygga.
Resultaten används i arbetet med medborgarlöften.

## Resultat

Otryggheten har ökat i centrum men minskat i bostadsområdena.
""",
    """# Pressmeddelande: Polisen kontrollerar hastigheter i Umeå

Under vecka 35 genomför polisen en trafikkampanj. Polisen kommer att genomföra hastighetskontroller vid skolor.

Kommunen lovar att sätta upp fler skyltar om kampanjen.
""",
    """# Vintervägar i Luleå

Vi lovar att plogade gator ska vara klara inom sex timmar efter snöfall.
""",
])
def test_documents_that_are_not_medborgarlofte_reports(extractor: Extractor, tmp_path: Path, text: str) -> None:
    report = _extract(extractor, tmp_path, "h.md", text)
    assert report.doc_type == "other"
    assert report.promises == [] and report.municipalities == [] and report.period is None


def test_contact_details_dates_and_signatures_are_not_notes(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "i.md", """# Medborgarlöften 2025

Medborgarlöften är en överenskommelse mellan Nora kommun och Polisen.

**Polisen och kommunen lovar att minska inbrotten i fritidshus.**

Nora 2025-01-15

Anna Andersson, lokalpolisområdeschef

Har du frågor? Kontakta kommunen på 0587-811 00.

Läs mer om medborgarlöften på polisen.se.
""")
    assert [n.text for n in report.notes] == [
        "Medborgarlöften är en överenskommelse mellan Nora kommun och Polisen.",
        "Läs mer om medborgarlöften på polisen.se.",
    ]


def test_every_item_carries_confidence_and_evidence(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "j.md", """# Uppföljning av medborgarlöften 2024

Vara kommun och Polisen.

**Polisen lovar att genomföra fler trafikkontroller.**

Status: Pågår

Polisen har genomfört 12 kontroller.
""")
    (promise,) = report.promises
    assert promise.confidence >= 0.9 and any("lovar" in e for e in promise.evidence)
    (result,) = promise.results
    assert 0 < result.confidence <= 1 and result.evidence
    assert promise.status_evidence == "status stated: 'Status: Pågår'"


def test_sub_headings_inside_a_promise_keep_its_part_open(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "k.md", """# Uppföljning av medborgarlöften 2025

Mölndals stad och Polisen

## Trygghet i centrum

**Polisen och Mölndals stad lovar att öka tryggheten på Mölndals torg.**

### Aktiviteter

- kvällspatruller varje helg

### Resultat

Polisen har patrullerat 40 helger.

## Bakgrund till nästa år

Nästa års löften tas fram under våren.
""")
    (promise,) = report.promises
    assert [a.text for a in promise.activities] == ["kvällspatruller varje helg"]
    assert [r.text for r in promise.results] == ["Polisen har patrullerat 40 helger."]
    assert [n.text for n in report.notes] == ["Nästa års löften tas fram under våren."]


def test_status_line_followed_by_prose(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "l.md", """# Uppföljning av medborgarlöften 2024

Ale kommun och Polisen.

**Polisen lovar att kontrollera mopeder.**

Status: Delvis genomfört. Kontrollerna kom igång först i augusti.
""")
    (promise,) = report.promises
    assert promise.status == "partly_done"
    assert [r.text for r in promise.results] == ["Kontrollerna kom igång först i augusti."]


def test_period_stated_in_the_text_when_the_title_has_none(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "m.md", """# Medborgarlöften i Gnosjö

Gnosjö kommun och Polisen har tagit fram medborgarlöften för perioden 2025–2026.

**Polisen lovar att synas i centrum.**
""")
    assert report.period is not None and (report.period.start, report.period.end) == (2025, 2026)


def test_survey_mentioning_the_promises_is_not_a_report(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "n.md", """# Trygghetsmätning 2024 i Ydre

Ydre kommun och Polisen har skrivit under nya medborgarlöften.

Polisen och kommunen lovar att minska rattfylleriet.

Polisen lovar att synas mer på vägarna.
""")
    assert report.doc_type == "other" and report.promises == []


def test_the_parties_own_press_release_stating_promises_is_a_promise_document(extractor: Extractor,
                                                                              tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "n2.md", """# Pressmeddelande: Nya medborgarlöften i Ydre

Ydre kommun och Polisen har skrivit under nya medborgarlöften.

Polisen och kommunen lovar att minska rattfylleriet.

Polisen lovar att synas mer på vägarna.
""")
    assert report.doc_type == "promise"
    assert [p.text for p in report.promises] == ["Polisen och kommunen lovar att minska rattfylleriet.",
                                                 "Polisen lovar att synas mer på vägarna."]


def test_results_that_disagree_imply_partly_done(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "o.md", """# Resultat av medborgarlöften 2024

Skurups kommun och Polisen.

- **Polisen och kommunen lovar att genomföra trygghetsvandringar och föräldramöten.**

Trygghetsvandringarna har genomförts enligt plan.

Föräldramötena kunde inte genomföras.
""")
    (promise,) = report.promises
    assert promise.status == "partly_done"
    assert promise.status_evidence == "implied by its results: done, not_done"


def test_pdf_with_cover_page_and_status_table_over_a_page_break(extractor: Extractor, tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
    title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=26, leading=32)
    rows = [["Aktivitet", "Ansvarig", "Status", "Kommentar"]]
    rows += [[f"Kontroll nummer {i}", "Polisen", "Genomfört" if i % 2 else "Pågår", f"Klar vecka {i}"]
             for i in range(1, 46)]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story = [
        Spacer(1, 200), Paragraph("Uppföljning av medborgarlöften 2024", title),
        Paragraph("Sala kommun och Polisen", body), PageBreak(),
        Paragraph("Löfte 1", bold), Paragraph("Polisen lovar att genomföra fler trafikkontroller.", bold),
        Spacer(1, 8), table, Spacer(1, 8), Paragraph("Samlad bedömning: Delvis genomfört", bold),
    ]
    path = tmp_path / "p.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    report = extractor.extract(path, "p.pdf")
    assert report.source.pages is not None and report.source.pages >= 3
    assert report.doc_type == "follow_up" and [m.code for m in report.municipalities] == ["1981"]
    (promise,) = report.promises
    assert [a.text for a in promise.activities] == [f"Kontroll nummer {i}" for i in range(1, 46)]
    assert len(promise.results) == 45 and promise.status == "partly_done"
    assert {a.provenance.page for a in promise.activities} == {2, 3}


def test_activities_under_a_neutral_intro_take_their_own_subject_as_actor(extractor: Extractor,
                                                                          tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "a.md", """# Medborgarlöften 2025

Tanums kommun och Polisen

**Vi ska öka tryggheten vid busshållplatserna i Tanumshede.**

Aktiviteter:

- Kommunen förbättrar belysningen vid hållplatserna.
- Polisen och kommunen genomför en trygghetsvandring under hösten.
- Trygghetsvandringen planeras tillsammans med föreningarna.
""")
    (promise,) = report.promises
    assert [a.actors for a in promise.activities] == [["municipality"], ["police", "municipality"], []]


def test_web_page_with_bullet_characters_instead_of_list_elements(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "a.html", """<html><body><div class="content">
<div style="font-size:28px;font-weight:bold">Medborgarlöften 2025</div>
<div>Sala kommun och Polisen har tagit fram medborgarlöften för 2025.</div>
<div><span style="font-weight:bold">Polisen och kommunen lovar att öka trafiksäkerheten kring skolorna.</span></div>
<div><i>Polisen lovar att:</i></div>
<div>• genomföra hastighetskontroller vid skolorna</div>
<div>• delta i skolornas trafikdagar</div>
<div>– Vi ska synas mer, säger kommunpolisen.</div>
</div></body></html>""")
    (promise,) = report.promises
    assert [a.text for a in promise.activities] == ["genomföra hastighetskontroller vid skolorna",
                                                    "delta i skolornas trafikdagar"]


def test_table_rows_with_an_empty_promise_cell_continue_the_promise_above(extractor: Extractor,
                                                                            tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "a.md", """# Uppföljning av medborgarlöften 2024

Nynäshamns kommun och Polisen

| Löfte | Aktivitet | Status | Kommentar |
|---|---|---|---|
| Polisen och kommunen lovar att minska klottret. | Sanera klotter | Genomfört | Klotter sanerades i tid. |
| | Kameraövervakning vid stationen | Pågår | Tillstånd har sökts. |
| Polisen lovar att öka tryggheten i hamnen. | Fotpatrullering på helger | Genomfört | 22 helger. |

| Löfte | Aktivitet | Status | Kommentar |
|---|---|---|---|
| | Trygghetsvandring med föreningar | Ej genomfört | Ställdes in. |
""")
    first, second = report.promises
    assert [(a.text, a.status) for a in first.activities] == [
        ("Sanera klotter", "done"), ("Kameraövervakning vid stationen", "ongoing")]
    assert first.status == "partly_done"
    assert [r.text for r in first.results] == ["Klotter sanerades i tid.", "Tillstånd har sökts."]
    # the table goes on after a page break, header repeated: its first row still belongs to the promise
    assert [(a.text, a.status) for a in second.activities] == [
        ("Fotpatrullering på helger", "done"), ("Trygghetsvandring med föreningar", "not_done")]
    assert second.status == "partly_done"


def test_labelled_results_assessments_and_a_closing_pointer(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "a.md", """# Medborgarlöften 2025 – uppföljning

Eskilstuna kommun och Polisen

## Löfte 1: Trygg stadskärna

Vårt löfte: Polisen och kommunen ska tillsammans öka tryggheten i stadskärnan.

**Resultat:** Polisen har genomfört 120 timmar av riktad patrullering i stadskärnan.

**Bedömning:** Delvis uppfyllt

Nästa uppföljning görs i december 2025.
""")
    (promise,) = report.promises
    assert promise.text == "Polisen och kommunen ska tillsammans öka tryggheten i stadskärnan."
    assert [r.text for r in promise.results] == [
        "Polisen har genomfört 120 timmar av riktad patrullering i stadskärnan."]
    assert "labelled 'Resultat'" in promise.results[0].evidence
    assert promise.status == "partly_done"
    assert [n.text for n in report.notes] == ["Nästa uppföljning görs i december 2025."]


def test_a_table_of_activities_and_statuses_without_a_header(extractor: Extractor, tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "a.md", """# Uppföljning av medborgarlöften 2024

Bodens kommun och Polisen

## 1. Trygghet i centrum

Polisen och kommunen lovar att öka tryggheten i Bodens centrum.

| Fotpatrullering fredagar | Genomfört |
|---|---|
| Ny belysning i Stadsparken | Pågår |

Löftena för 2025 antogs i januari.
""")
    (promise,) = report.promises
    assert [(a.text, a.status) for a in promise.activities] == [
        ("Fotpatrullering fredagar", "done"), ("Ny belysning i Stadsparken", "ongoing")]
    assert promise.status == "partly_done"
    assert [n.text for n in report.notes] == ["Löftena för 2025 antogs i januari."]


def test_items_under_a_promise_intro_with_no_promise_open_are_the_promises(extractor: Extractor,
                                                                            tmp_path: Path) -> None:
    report = _extract(extractor, tmp_path, "a.md", """# Medborgarlöften 2025

Mora kommun och Polisen

## Trygghet och trafik

Polisen och kommunen lovar att:

- öka tryggheten i Mora centrum på helgkvällar
- minska nedskräpningen vid Vasaloppsmålet

Polisen lovar att:

- genomföra hastighetskontroller på riksväg 70 varje månad
""")
    assert report.doc_type == "promise"
    assert [(p.text, p.actors) for p in report.promises] == [
        ("öka tryggheten i Mora centrum på helgkvällar", ["police", "municipality"]),
        ("minska nedskräpningen vid Vasaloppsmålet", ["police", "municipality"]),
        ("genomföra hastighetskontroller på riksväg 70 varje månad", ["police"]),
    ]
    assert [p.themes for p in report.promises] == [["public_safety"], ["vandalism"], ["traffic"]]


@pytest.mark.parametrize(("heading", "status"), [
    ("Löfte 1 – Trygg trafik (Genomfört)", "done"),
    ("Löfte 1 – Trygg trafik [Delvis genomfört]", "partly_done"),
    ("Löfte 1: Trygg trafik – Pågår", "ongoing"),
    ("Löfte 1 – Pågående arbete mot buskörning", None),
    ("Löfte 1 – Trygg trafik", None),
])
def test_status_set_at_the_end_of_a_promise_heading(extractor: Extractor, tmp_path: Path, heading: str,
                                                    status: str | None) -> None:
    report = _extract(extractor, tmp_path, "a.md", f"""# Uppföljning medborgarlöften 2024

Luleå kommun och Polisen

### {heading}

Polisen och kommunen lovar att öka trafiksäkerheten vid skolorna.

Polisen har genomfört 30 hastighetskontroller vid skolor.
""")
    (promise,) = report.promises
    assert promise.status == status
