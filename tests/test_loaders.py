"""Each loader on small inputs written here: the layout facts it must get right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extract.blocks import BlockKind
from extract.errors import InputError
from extract.loaders import LoadOptions, load
from extract.loaders.encoding import decode

SWEDISH = "Polisen och kommunen lovar att öka tryggheten i Åre – särskilt på torget."


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _kinds(path: Path) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in load(path).blocks]


# --- encodings -------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "utf-16-le"])
def test_text_in_any_common_encoding_decodes_without_mojibake(encoding: str) -> None:
    data = (SWEDISH + "\r\n").encode(encoding)
    assert decode(data).text.strip() == SWEDISH


def test_low_confidence_decoding_is_reported() -> None:
    decoded = decode(bytes(range(128, 256)) * 4, "odd.txt")
    assert decoded.warnings and "odd.txt" in decoded.warnings[0]


# --- Markdown ----------------------------------------------------------------------

def test_markdown_headings_emphasis_lists_and_tables(tmp_path: Path) -> None:
    source = (
        "Rubrik i setext\n===============\n\n## Löfte 1\n\n**Polisen lovar att öka tryggheten.**\n\n"
        "*Polisen har genomfört tio kontroller.*\n\n- första\n- andra med\n  fortsättning\n\n"
        "1. numrerad\n\n| Aktivitet | Status |\n|---|---|\n| Kontroller | Klart |\n\n---\n\n"
        "Text med [länk](https://example.invalid) och `kod`.\r\n"
    )
    blocks = load(_write(tmp_path, "a.md", source)).blocks
    assert [(b.kind, b.level) for b in blocks[:2]] == [(BlockKind.HEADING, 1), (BlockKind.HEADING, 2)]
    assert blocks[2].bold and not blocks[2].italic and blocks[2].text == "Polisen lovar att öka tryggheten."
    assert blocks[3].italic and blocks[3].text == "Polisen har genomfört tio kontroller."
    items = [b for b in blocks if b.kind is BlockKind.LIST_ITEM]
    assert [i.text for i in items] == ["första", "andra med fortsättning", "numrerad"]
    assert items[2].ordered
    table = next(b for b in blocks if b.kind is BlockKind.TABLE)
    assert table.rows == [["Aktivitet", "Status"], ["Kontroller", "Klart"]]
    assert any(b.kind is BlockKind.BREAK for b in blocks)
    assert blocks[-1].text == "Text med länk och kod."
    assert blocks[-1].locator.lines is not None


def test_markdown_spans_point_into_the_document_text(tmp_path: Path) -> None:
    document = load(_write(tmp_path, "a.md", "# Titel\n\nStycke ett.\n\n- punkt\n"))
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text


# --- plain text ----------------------------------------------------------------------

def test_text_with_wrapped_paragraphs_is_joined_and_hyphens_repaired(tmp_path: Path) -> None:
    source = (
        "RAPPORT OM LÖFTEN\n=================\n\n"
        "Polisen och kommunen har under året arbetat med trafiksäkerhet och\n"
        "med tryggheten i centrum. Arbetet har följts upp varje kvartal av\n"
        "styrgruppen.\n\n"
        "Resultat:\n"
        "- Polisen har genomfört tolv hastighetskontroller längs väg 45 och\n"
        "  fyra nykterhetskontroller vid skolorna i kommunen.\n"
    )
    blocks = _kinds(_write(tmp_path, "a.txt", source))
    assert blocks[0] == ("heading", "RAPPORT OM LÖFTEN")
    assert blocks[1][1].endswith("av styrgruppen.")
    assert blocks[2] == ("paragraph", "Resultat:")
    assert blocks[3] == ("list_item", "Polisen har genomfört tolv hastighetskontroller längs väg 45 och "
                                      "fyra nykterhetskontroller vid skolorna i kommunen.")


def test_text_ending_in_a_short_line_ends_in_a_paragraph_not_a_heading(tmp_path: Path) -> None:
    source = ("Uppföljning 2024\n\nResultat\n\nPolisen har genomfört tolv kontroller.\n\n"
              "Kommunen har under året haft tät kontakt med\n")
    blocks = _kinds(_write(tmp_path, "a.txt", source))
    assert blocks == [("heading", "Uppföljning 2024"), ("heading", "Resultat"),
                      ("paragraph", "Polisen har genomfört tolv kontroller."),
                      ("paragraph", "Kommunen har under året haft tät kontakt med")]  # heads nothing
    assert _kinds(_write(tmp_path, "b.txt", "Medborgarlöfte 2024\n")) == [("heading", "Medborgarlöfte 2024")]


def test_a_line_indented_under_an_unfinished_bullet_goes_on_with_it(tmp_path: Path) -> None:
    long = "Under året har polisen och kommunen arbetat med trafiken och tryggheten i centrum. " * 3
    source = (f"Resultat\n\n{long.strip()}\n\n"
              "  • Polisen har skrivit 53 anmälningar om diverse andra\n"
              "    Trafikbrott.\n"
              "  • Vid 16 tillfällen har polisen rapporterat olovlig körning\n"
              "Ett nytt stycke efter listan.\n")
    blocks = _kinds(_write(tmp_path, "a.txt", source))
    assert blocks[2:] == [("list_item", "Polisen har skrivit 53 anmälningar om diverse andra Trafikbrott."),
                          ("list_item", "Vid 16 tillfällen har polisen rapporterat olovlig körning"),
                          ("paragraph", "Ett nytt stycke efter listan.")]  # at the margin: a paragraph


def test_a_bullets_line_that_goes_on_with_a_quoted_word_goes_on_with_it(tmp_path: Path) -> None:
    """A line that opens in lower case after a quotation mark continues an unfinished line, as
    one in lower case does, in a text whose paragraphs stand each on one long line."""
    long = "Under året ska polisen och kommunen arbeta med trafiken och tryggheten i centrum. " * 3
    source = (f"Det här ska vi göra\n\n{long.strip()}\n\n"
              " • Polisen ska patrullera med uniformerad personal på utvalda platser och tidpunkter\n"
              "  \"hotspots\" som upplevs otrygga.\n"
              " • Kommunen ska se över belysningen.\n")
    blocks = _kinds(_write(tmp_path, "a.txt", source))
    assert blocks[2:] == [
        ("list_item", "Polisen ska patrullera med uniformerad personal på utvalda platser och tidpunkter "
                      "\"hotspots\" som upplevs otrygga."),
        ("list_item", "Kommunen ska se över belysningen.")]


def test_a_list_items_later_paragraph_on_a_web_page_is_set_under_its_bullet(tmp_path: Path) -> None:
    """`<li><p>…</p><p>…</p></li>`: the first paragraph is the item, the next one a paragraph at
    the item's level, as a plain text indents it under the bullet."""
    page = ("<html><body><main><ul><li><p>Polisen lovar att öka tryggheten.</p>"
            "<p>Några exempel på åtgärder är fler fotpatruller.</p></li><li>Kommunen lovar att sanera klotter.</li>"
            "</ul></main></body></html>")
    blocks = load(_write(tmp_path, "a.html", page)).blocks
    assert [(b.kind.value, b.level, b.text) for b in blocks] == [
        ("list_item", 1, "Polisen lovar att öka tryggheten."),
        ("paragraph", 1, "Några exempel på åtgärder är fler fotpatruller."),
        ("list_item", 1, "Kommunen lovar att sanera klotter."),
    ]


def test_a_line_indented_with_tabs_under_a_bullet_goes_on_with_it(tmp_path: Path) -> None:
    """A copied Word list indents an item's wrapped line with tabs: a tab counts as CommonMark
    counts it, so the line still goes on with its item."""
    source = "\t\uf0b7\tPolisen har skrivit 53 anmälningar om diverse andra\n\t\tTrafikbrott.\n"
    blocks = load(_write(tmp_path, "a.txt", source)).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("list_item", "Polisen har skrivit 53 anmälningar om diverse andra Trafikbrott.")]


def test_a_paragraph_indented_under_a_bullet_gets_its_level(tmp_path: Path) -> None:
    """A plain text's paragraph indented under a bullet (past the bullet, short of its words,
    so CommonMark reads it as a paragraph of its own) keeps the bullet's level; one at the
    margin stays a paragraph of level 0."""
    source = (" • Polisen lovar att öka tryggheten i centrum.\n\n"
              "   Några exempel på åtgärder är fler fotpatruller.\n\n"
              "Ett nytt stycke efter listan.\n")
    blocks = load(_write(tmp_path, "a.txt", source)).blocks
    assert [(b.kind.value, b.level) for b in blocks] == [("list_item", 1), ("paragraph", 1), ("paragraph", 0)]


def test_text_with_one_paragraph_per_line_keeps_lines_apart(tmp_path: Path) -> None:
    long_line = "Under året genomförde polisen och kommunen en medborgardialog " * 4
    source = f"Medborgarlöften 2025\nInledning\n{long_line.strip()}\nEn kortare rad som är ett eget stycke.\n" \
             "Polisen lovar att:\n• genomföra kontroller\n– informera i skolorna\n"
    blocks = _kinds(_write(tmp_path, "b.txt", source.encode("cp1252")))
    assert blocks[0] == ("heading", "Medborgarlöften 2025")
    assert blocks[1] == ("heading", "Inledning")
    assert blocks[2][0] == "paragraph" and blocks[3] == ("paragraph", "En kortare rad som är ett eget stycke.")
    assert blocks[4:] == [("paragraph", "Polisen lovar att:"), ("list_item", "genomföra kontroller"),
                          ("list_item", "informera i skolorna")]


# --- HTML -----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Sidtitel</title><script>alert(1)</script></head><body>
<div class="cookie-banner"><p>Vi använder kakor.</p></div>
<header><nav><a href="/">Start</a></nav></header>
<main><article>
<h1>Medborgarlöften 2025</h1>
<p><strong>Polisen och kommunen lovar att minska klotter.</strong></p>
<p><em>Polisen lovar att:</em></p>
<ul><li>sanera <b>inom</b> ett dygn<ul><li>även helger</li></ul></li></ul>
<table><tr><th>Löfte</th><th>Vad har gjorts?</th></tr>
<tr><td>1. Ett löfte.</td><td><p>Första stycket.</p><p>Andra stycket.</p></td></tr></table>
<hr>
</article><p class="updated">Senast uppdaterad 2025-01-01</p></main>
<aside><p>Kontakta oss</p></aside><footer><p>Sidfot</p></footer></body></html>"""


def test_html_keeps_the_article_and_drops_the_rest(tmp_path: Path) -> None:
    document = load(_write(tmp_path, "a.html", PAGE))
    texts = [b.text for b in document.blocks]
    assert document.meta_title == "Sidtitel"
    assert texts[0] == "Medborgarlöften 2025"
    assert not any(t in " ".join(texts) for t in ("kakor", "Start", "Kontakta", "Sidfot", "alert", "uppdaterad"))
    blocks = document.blocks
    assert blocks[1].bold and blocks[2].italic
    assert [(b.text, b.level) for b in blocks if b.kind is BlockKind.LIST_ITEM] == [
        ("sanera inom ett dygn", 1), ("även helger", 2)]
    table = next(b for b in blocks if b.kind is BlockKind.TABLE)
    assert table.rows == [["Löfte", "Vad har gjorts?"], ["1. Ett löfte.", "Första stycket.\n\nAndra stycket."]]
    assert blocks[-1].kind is BlockKind.BREAK


def test_html_div_soup_uses_inline_styles_and_text_density(tmp_path: Path) -> None:
    page = """<html><body><div class="top"><a href="/a">Meny ett</a> <a href="/b">Meny två</a></div>
    <div id="x"><div>
      <div style="font-size: 24px; font-weight: 700">Löfte 1</div>
      <div><span style="font-weight:bold">Polisen lovar att öka tryggheten i centrum.</span></div>
      <div>Polisen har genomfört tolv kvällspatruller i centrum under året, oftast på fredagar.</div>
      <div style="display:none">Dold text</div>
    </div></div></body></html>"""
    blocks = load(_write(tmp_path, "soup.htm", page)).blocks
    assert [(b.kind.value, b.text) for b in blocks][:1] == [("heading", "Löfte 1")]
    assert blocks[1].bold and blocks[1].text.startswith("Polisen lovar")
    assert "Dold text" not in " ".join(b.text for b in blocks)
    assert "Meny" not in " ".join(b.text for b in blocks)


_HARD_WRAPPED = """Uppföljning 2022

Under 2022 har polisen genomfört fler än fyrtio trafikkontroller i
Åby kommun. Utöver dessa kontroller har polisen övervakat trafiken när
vi har rört oss i kommunen under kvällar och helger, och vi har i
huvudsak valt platser utifrån vad invånarna har önskat av oss i år.

  - Kommunen har sänkt hastigheten på Storgatan och breddat trottoaren
    vid skolan. Ombyggnaden av torget påbörjades hösten
  2022. På Kyrkvägen flyttades ett övergångsställe närmare skolan.

Polisen har också besökt skolorna i Åby flera gånger under året, och
vi har haft många goda samtal med elever och lärare om tryggheten.
"""


def test_hard_wrapped_text_keeps_its_paragraphs_whole(tmp_path: Path) -> None:
    """A line ending on a word no sentence ends on ("... trafikkontroller i") goes on in the
    next, whatever that opens with; the column is the one most lines reach, not the longest
    line; and a year that wrapping put at a line's start ("2022.") is no list number."""
    source = _HARD_WRAPPED.replace("vi har haft många goda samtal", "vi har haft många goda och givande samtal")
    kinds = _kinds(_write(tmp_path, "a.txt", source))
    assert [k for k, _ in kinds] == ["heading", "paragraph", "list_item", "paragraph"]
    assert kinds[1][1].startswith("Under 2022 har polisen genomfört fler än fyrtio trafikkontroller i Åby kommun.")
    assert kinds[2][1].endswith("påbörjades hösten 2022. På Kyrkvägen flyttades ett övergångsställe närmare skolan.")


def test_a_short_line_right_under_a_list_heads_what_follows(tmp_path: Path) -> None:
    source = "Områden:\n  • Trafik\n  • Narkotika\nDet här ska vi göra\n  1. Polisen ska kontrollera trafiken.\n"
    assert _kinds(_write(tmp_path, "a.txt", source)) == [
        ("paragraph", "Områden:"), ("list_item", "Trafik"), ("list_item", "Narkotika"),
        ("heading", "Det här ska vi göra"), ("list_item", "Polisen ska kontrollera trafiken.")]


@pytest.mark.parametrize("listed", [
    "Polisen lovar att:\n\u2022\u00a0patrullera i centrum\n\u2022\u00a0kontrollera trafiken\n",  # no-break spaces
    "Polisen lovar att:\n\u2022patrullera i centrum\n\u2022kontrollera trafiken\n",  # bullets against the text
    "Polisen lovar att:\n\t\u2022 patrullera i centrum\n\t\u2022 kontrollera trafiken\n",  # tabs before them
    "Polisen lovar att:\n\t- patrullera i centrum\n\t- kontrollera trafiken\n",
    "Polisen lovar att:\n\uf0b7\tpatrullera i centrum\n\uf0b7\tkontrollera trafiken\n",  # a copied Word list
    "Polisen lovar att:\no\tpatrullera i centrum\no\tkontrollera trafiken\n",  # its second level's "o"
])
def test_bullets_as_copied_texts_set_them_are_a_list(tmp_path: Path, listed: str) -> None:
    assert _kinds(_write(tmp_path, "a.txt", listed)) == [
        ("paragraph", "Polisen lovar att:"), ("list_item", "patrullera i centrum"),
        ("list_item", "kontrollera trafiken")]


def test_a_tab_before_a_bullet_is_one_level_of_the_list(tmp_path: Path) -> None:
    source = "Polisen lovar att:\n\t\u2022 patrullera i centrum\n\t\t\u2022 varje fredag\n"
    blocks = load(_write(tmp_path, "a.txt", source)).blocks
    assert [(b.text, b.level) for b in blocks[1:]] == [("patrullera i centrum", 1), ("varje fredag", 2)]


def test_a_bullet_one_space_deeper_than_the_one_above_is_its_sub_item(tmp_path: Path) -> None:
    """Rule indented-sub-bullet: a web page copied as text indents its sub-list by a space;
    the sub-items are the level below, all of them, and the next bullet at the first depth
    is back at the first level."""
    source = (" \u2022 Polisen ska arbeta med två områden;\n  \u2022 narkotika bland unga\n"
              "  \u2022 rattfylleri\n \u2022 Kommunen ska röja sly\n")
    blocks = load(_write(tmp_path, "a.txt", source)).blocks
    assert [(b.text, b.level) for b in blocks] == [
        ("Polisen ska arbeta med två områden;", 1), ("narkotika bland unga", 2), ("rattfylleri", 2),
        ("Kommunen ska röja sly", 1)]


def test_a_dash_against_its_text_and_the_word_o_stay_text(tmp_path: Path) -> None:
    source = "Polisen har haft ett bra år.\n\n\u2013Vi är nöjda, säger Anna Berg.\n\no vad glada vi är.\n"
    assert [k for k, _ in _kinds(_write(tmp_path, "a.txt", source))] == ["paragraph", "paragraph", "paragraph"]


# --- PDF --------------------------------------------------------------------------------

reportlab = pytest.importorskip("reportlab")


def _pdf(path: Path, draw: object, pages: int = 1) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for number in range(1, pages + 1):
        draw(c, number)  # type: ignore[operator]
        c.showPage()
    c.save()
    return path


_WRAPPED_BEFORE_A_DASH = [
    "Polisen och kommunen i Åby har tagit fram ett medborgarlöfte som gäller under perioden januari",
    "– december 2027. Löftet följs upp varje halvår och redovisas på kommunens webbplats för alla.",
    "",
    "Under året kommer polisen och kommunen tillsammans att arbeta med följande åtgärder i centrum",
    "– öka närvaron i centrum på kvällarna.",
    "– minska bränderna i bostadsområdena.",
]
_READ_WRAPPED_BEFORE_A_DASH = [
    ("paragraph", "Polisen och kommunen i Åby har tagit fram ett medborgarlöfte som gäller under perioden "
                  "januari – december 2027. Löftet följs upp varje halvår och redovisas på kommunens webbplats "
                  "för alla."),
    ("paragraph", "Under året kommer polisen och kommunen tillsammans att arbeta med följande åtgärder i centrum"),
    ("list_item", "öka närvaron i centrum på kvällarna."),
    ("list_item", "minska bränderna i bostadsområdena."),
]


def test_pdf_a_sentence_wrapped_before_its_dash_goes_on(tmp_path: Path) -> None:
    """Rule wrapped-dash: a full line that ends no sentence, then a line opening with a dash
    and lower case, is one sentence wrapped before its dash ("januari" / "– december"); under
    a line that ends no sentence either, two dashed lines are a list all the same."""
    def draw(c: Any, number: int) -> None:
        c.setFont("Helvetica", 10)
        for i, text in enumerate(_WRAPPED_BEFORE_A_DASH):
            c.drawString(57, 760 - 13 * i, text)

    blocks = load(_pdf(tmp_path / "dash.pdf", draw)).blocks
    assert [(b.kind.value, b.text) for b in blocks] == _READ_WRAPPED_BEFORE_A_DASH


def test_text_a_sentence_wrapped_before_its_dash_goes_on(tmp_path: Path) -> None:
    """Rule wrapped-dash in a hard-wrapped text: the dash after a full line stays in the
    sentence (en dash or hyphen), a dashed list stays a list."""
    path = tmp_path / "dash.txt"
    path.write_text("\n".join(_WRAPPED_BEFORE_A_DASH) + "\n", encoding="utf-8")
    assert [(b.kind.value, b.text) for b in load(path).blocks] == _READ_WRAPPED_BEFORE_A_DASH
    path.write_text("\n".join(line.replace("– d", "- d") for line in _WRAPPED_BEFORE_A_DASH) + "\n",
                    encoding="utf-8")
    first = load(path).blocks[0].text
    assert first.endswith("januari - december 2027. Löftet följs upp varje halvår och redovisas på kommunens "
                          "webbplats för alla.")


def test_pdf_a_ruled_tables_bulleted_cell_gives_one_paragraph_an_item(tmp_path: Path) -> None:
    """In a ruled table, each bulleted line of a cell is a paragraph of its own, as a Word
    cell's paragraphs are, so each is an activity; the bullet (a glyph pdfminer leaves
    unmapped, "(cid:127)") reaches no text, and the page warns of no unmapped glyph."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12)
    rows = [["Löfte", "Aktiviteter", "Status"],
            ["Polisen lovar att öka närvaron i centrum.", "• Fotpatrullering på fredagar<br/>• Samverkan med "
             "ordningsvakter vid krogarna i centrum", "Genomfört"]]
    table = Table([[Paragraph(cell, body) for cell in row] for row in rows], colWidths=[200, 200, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(tmp_path / "table.pdf")).build([table])
    document = load(tmp_path / "table.pdf")
    [block] = [b for b in document.blocks if b.kind is BlockKind.TABLE]
    assert block.rows is not None
    assert block.rows[1][1] == "Fotpatrullering på fredagar\n\nSamverkan med ordningsvakter vid krogarna i centrum"
    assert not any("(cid" in b.text for b in document.blocks)
    assert document.warnings == []


def test_pdf_headers_footers_columns_and_hyphens(tmp_path: Path) -> None:
    left = ["Polisen lovar att:", "- genomföra trafik-", "  kontroller vid skolor", "Kommunen lovar att:",
            "- se över belysningen"]
    right = ["Löfte 2", "Vi ska minska klotter", "och skadegörelse i", "Malung-", "Sälen."]

    def draw(c: object, number: int) -> None:
        c.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        c.drawString(57, 820, "Medborgarlöften 2025  Exempel kommun")  # type: ignore[attr-defined]
        c.drawString(480, 20, f"Sida {number} av 2")  # type: ignore[attr-defined]
        c.setFont("Helvetica-Bold", 18)  # type: ignore[attr-defined]
        c.drawString(57, 760, f"Rubrik på sidan {number}")  # type: ignore[attr-defined]
        c.setFont("Helvetica", 10)  # type: ignore[attr-defined]
        for i, text in enumerate(left):
            c.drawString(57 + (8 if text.startswith("  ") else 0), 700 - 14 * i, text.strip())  # type: ignore[attr-defined]
        for i, text in enumerate(right):
            font = "Helvetica-Bold" if i == 0 else "Helvetica"
            c.setFont(font, 10)  # type: ignore[attr-defined]
            c.drawString(320, 700 - 14 * i, text)  # type: ignore[attr-defined]

    document = load(_pdf(tmp_path / "two.pdf", draw, pages=2))
    texts = [b.text for b in document.blocks]
    assert not any("Sida" in t or "Exempel kommun" in t for t in texts)
    page_one = [b.text for b in document.blocks if b.locator.page == 1]
    assert page_one == ["Rubrik på sidan 1", "Polisen lovar att:", "genomföra trafikkontroller vid skolor",
                        "Kommunen lovar att:", "se över belysningen", "Löfte 2",
                        "Vi ska minska klotter och skadegörelse i Malung-Sälen."]
    assert document.blocks[0].kind is BlockKind.HEADING and document.blocks[0].level == 1
    assert document.pages == 2


def test_pdf_paragraph_cut_by_a_page_break_goes_on_in_lower_case_or_on_a_figure(tmp_path: Path) -> None:
    """A paragraph with no final punctuation at the foot of a page goes on in the next page's
    first paragraph where that opens in lower case or on a figure ("… Folkhälsoenkät Ung" /
    "2025 visar …"); one that ended its sentence does not."""
    pages = {1: ["Polisens anmälningar gäller främst stölder och klotter. Enkäten Ung"],
             2: ["2025 visar att fler unga har provat narkotika än förut.", "",
                 "Polisen ska genomföra fler kontroller vid skolorna."]}

    def draw(c: object, number: int) -> None:
        c.setFont("Helvetica", 10)  # type: ignore[attr-defined]
        for i, text in enumerate(pages[number]):
            c.drawString(57, 760 - 14 * i - (10 if i > 1 else 0), text)  # type: ignore[attr-defined]

    document = load(_pdf(tmp_path / "cut.pdf", draw, pages=2))
    assert [b.text for b in document.blocks] == [
        "Polisens anmälningar gäller främst stölder och klotter. Enkäten Ung 2025 visar att fler unga har provat "
        "narkotika än förut.", "Polisen ska genomföra fler kontroller vid skolorna."]


def test_pdf_ruled_table_becomes_a_table_block(tmp_path: Path) -> None:
    rows = [["Aktivitet", "Status"], ["Kontroller", "Genomfört"], ["Information", "Pågår"]]

    def draw(c: object, number: int) -> None:
        c.setFont("Helvetica", 10)  # type: ignore[attr-defined]
        c.drawString(57, 760, "Text före tabellen.")  # type: ignore[attr-defined]
        top = 740
        for r, row in enumerate(rows):
            for col, cell in enumerate(row):
                x, y = 57 + col * 150, top - r * 20
                c.rect(x, y - 20, 150, 20)  # type: ignore[attr-defined]
                c.drawString(x + 4, y - 14, cell)  # type: ignore[attr-defined]
        c.drawString(57, 660, "Text efter tabellen.")  # type: ignore[attr-defined]

    blocks = load(_pdf(tmp_path / "table.pdf", draw)).blocks
    assert [b.kind.value for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].rows == rows


def test_pdf_page_without_text_warns_that_it_needs_ocr(tmp_path: Path) -> None:
    def draw(c: object, number: int) -> None:
        if number == 1:
            c.setFont("Helvetica", 10)  # type: ignore[attr-defined]
            c.drawString(57, 760, "Första sidan har text.")  # type: ignore[attr-defined]
        else:
            from PIL import Image
            from reportlab.lib.utils import ImageReader

            c.drawImage(ImageReader(Image.new("RGB", (40, 40), "gray")), 57, 600)  # type: ignore[attr-defined]

    pytest.importorskip("PIL")
    document = load(_pdf(tmp_path / "scan.pdf", draw, pages=2))
    assert any("page 2" in w and "OCR" in w for w in document.warnings)


def test_encrypted_pdf_says_it_needs_a_password(tmp_path: Path) -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("hemligt", canPrint=0))
    c.drawString(57, 760, "Hemlig text.")
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="password"):
        load(path)
    opened = load(path, options=LoadOptions(password="hemligt"))
    assert opened.blocks[0].text == "Hemlig text."


def test_pdf_justified_columns_close_together_are_read_column_by_column(tmp_path: Path) -> None:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=8)
    first = ("Polisen och kommunen har under året arbetat tillsammans med tryggheten i centrum, där många "
             "invånare har känt sig otrygga på kvällarna och under helgerna när krogarna stänger och det är "
             "mycket folk i rörelse på gatorna och torget samt vid busstationen och i parkerna")
    second = "Kommunen har bytt belysning i tre gångtunnlar och röjt buskage längs gång- och cykelvägar."
    third = "Polisen har genomfört tolv trygghetsvandringar tillsammans med föreningar och fastighetsägare."
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=8)
    gap = 22  # narrower than the gap that splits a line elsewhere; the columns' baselines differ
    col = (595 - 114 - gap) / 2
    path = tmp_path / "columns.pdf"
    doc = BaseDocTemplate(str(path), pagesize=(595, 842), invariant=1)
    doc.addPageTemplates([PageTemplate(frames=[Frame(57, 60, col, 260, id="l"),
                                               Frame(57 + col + gap, 60, col, 260, id="r")])])
    doc.build([Paragraph("Uppföljning av medborgarlöften 2025–2026", title),
               Paragraph(first + " " + first.lower() + ".", body), Paragraph(second, body), Paragraph(third, body)])

    texts = [b.text for b in load(path).blocks]
    assert texts[0] == "Uppföljning av medborgarlöften 2025–2026"
    assert texts[1].startswith("Polisen och kommunen har under året") and texts[1].endswith("i parkerna.")
    assert texts[2:] == [second, third]


def test_markdown_list_followed_by_the_next_list_intro_starts_a_paragraph(tmp_path: Path) -> None:
    source = "Polisen lovar att:\n- genomföra kontroller\nKommunen lovar att:\n- se över belysningen\n"
    assert _kinds(_write(tmp_path, "a.md", source)) == [
        ("paragraph", "Polisen lovar att:"), ("list_item", "genomföra kontroller"),
        ("paragraph", "Kommunen lovar att:"), ("list_item", "se över belysningen")]


def test_text_list_intro_after_a_long_wrapped_sentence_is_its_own_paragraph(tmp_path: Path) -> None:
    source = (
        "Under våren genomfördes en trygghetsmätning i kommunen där invånarna pekade på trafiken\n"
        "i hamnen under sommaren och på otrygghet vid busshållplatserna i centralorten.\n\n"
        "Vi ska minska trafikproblemen och buskörningen i hamnen under sommarmånaderna.\n"
        "Aktiviteter:\n"
        "- Polisen genomför trafikkontroller varje helg under juli.\n"
    )
    assert _kinds(_write(tmp_path, "a.txt", source))[1:] == [
        ("paragraph", "Vi ska minska trafikproblemen och buskörningen i hamnen under sommarmånaderna."),
        ("paragraph", "Aktiviteter:"),
        ("list_item", "Polisen genomför trafikkontroller varje helg under juli.")]


def test_pdf_table_without_rules_becomes_a_table_and_a_label_line_stands_alone(tmp_path: Path) -> None:
    rows = [("Fotpatrullering fredagar", "Genomfört"), ("Trygghetsvandring i oktober", "Genomfört"),
            ("Ny belysning i Stadsparken", "Pågår")]

    def draw(c: object, number: int) -> None:
        c.setFont("Helvetica", 10)  # type: ignore[attr-defined]
        c.drawString(57, 760, "Polisen och kommunen lovar att öka tryggheten i Bodens centrum.")  # type: ignore[attr-defined]
        for i, (activity, status) in enumerate(rows):
            c.drawString(57, 740 - 15 * i, activity)  # type: ignore[attr-defined]
            c.drawString(330, 740 - 15 * i, status)  # type: ignore[attr-defined]
        c.drawString(57, 680, "Kort rubrik")  # type: ignore[attr-defined]
        c.drawString(57, 660, "Polisen har genomfört 16 hastighetskontroller vid fem skolor under året.")  # type: ignore[attr-defined]
        c.drawString(57, 647, "Status: Genomfört")  # type: ignore[attr-defined]

    blocks = load(_pdf(tmp_path / "borderless.pdf", draw)).blocks
    table = next(b for b in blocks if b.kind is BlockKind.TABLE)
    assert table.rows == [list(r) for r in rows]
    assert [b.text for b in blocks][-2:] == [
        "Polisen har genomfört 16 hastighetskontroller vid fem skolor under året.", "Status: Genomfört"]


def test_html_div_soup_keeps_the_headings_beside_a_long_list(tmp_path: Path) -> None:
    """Without main or article, the content region is the div that holds most of the prose,
    not the list inside it that holds most: its heading and lead-in belong to the report."""
    items = "".join(f"<li>Polisen ska genomföra minst {n} kontroller av trafiken vid skolorna under året.</li>"
                    for n in range(10, 20))
    page = ("<html><body><div class='header'><ul class='menu'><li><a href='/'>Startsida</a></li>"
            "<li><a href='/k'>Kommun och politik</a></li></ul></div>"
            f"<div class='content'><h1>Medborgarlöfte 2025</h1><p>Polisen lovar att:</p><ul>{items}</ul></div>"
            "<div class='footer'><p>Telefon: 0123-45 67 89</p></div></body></html>")
    kinds = _kinds(_write(tmp_path, "a.html", page))
    assert kinds[:2] == [("heading", "Medborgarlöfte 2025"), ("paragraph", "Polisen lovar att:")]
    assert [k for k, _ in kinds[2:]] == ["list_item"] * 10


def test_html_table_cells_spanning_rows_and_columns_keep_their_column(tmp_path: Path) -> None:
    page = """<html><body><main><table>
<tr><th>Löfte</th><th>Aktivitet</th><th>Status</th></tr>
<tr><td rowspan="2">Polisen lovar att minska narkotikabrotten.</td><td>Kontroller</td><td>Genomfört</td></tr>
<tr><td>Föreläsningar</td><td>Pågår</td></tr>
<tr><td colspan="2">Kommunen lovar att förbättra belysningen.</td><td>Klart</td></tr>
</table></main></body></html>"""
    table = next(b for b in load(_write(tmp_path, "t.html", page)).blocks if b.kind is BlockKind.TABLE)
    assert table.rows == [["Löfte", "Aktivitet", "Status"],
                          ["Polisen lovar att minska narkotikabrotten.", "Kontroller", "Genomfört"],
                          ["", "Föreläsningar", "Pågår"],
                          ["Kommunen lovar att förbättra belysningen.", "", "Klart"]]


def _word(tmp_path: Path) -> Path:
    import docx

    word = docx.Document()
    word.add_heading("Hjo – medborgarlöfte 2025", level=0)
    word.add_heading("Trygghet i centrum", level=2)
    statement = word.add_paragraph().add_run("Polisen och kommunen lovar att minska klottret i centrum.")
    statement.bold = True
    word.add_paragraph("Sanera klotter inom ett dygn", style="List Bullet")
    word.add_paragraph("Belysa gångtunneln", style="List Bullet 2")
    table = word.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "Löfte", (0, 1): "Status", (1, 0): "Minska klottret", (1, 1): "Pågår"}.items():
        table.cell(row, col).text = text
    path = tmp_path / "hjo.docx"
    word.save(str(path))
    return path


def test_word_documents_give_headings_lists_emphasis_and_tables(tmp_path: Path) -> None:
    document = load(_word(tmp_path))
    assert [(b.kind, b.text, b.level, b.bold) for b in document.blocks[:5]] == [
        (BlockKind.HEADING, "Hjo – medborgarlöfte 2025", 1, True),
        (BlockKind.HEADING, "Trygghet i centrum", 2, True),
        (BlockKind.PARAGRAPH, "Polisen och kommunen lovar att minska klottret i centrum.", 0, True),
        (BlockKind.LIST_ITEM, "Sanera klotter inom ett dygn", 1, False),
        (BlockKind.LIST_ITEM, "Belysa gångtunneln", 2, False),
    ]
    table = document.blocks[5]
    assert table.kind is BlockKind.TABLE and table.rows == [["Löfte", "Status"], ["Minska klottret", "Pågår"]]
    assert [b.locator.paragraph for b in document.blocks] == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize(("data", "message"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "password protected"),
    (b"PK\x03\x04 not really a package", "not a readable Word file"),
])
def test_a_word_file_that_cannot_be_read_says_why(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "trasig.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load(path)


def test_pdf_line_wrapped_at_a_time_or_decimal_is_no_numbered_item(tmp_path: Path) -> None:
    lines = ["Polisen finns på torget varje torsdag mellan kl.", "10.00 och 11.00 under hela våren.",
             "1. Trafikkontroller vid skolan"]

    def draw(c: object, number: int) -> None:
        c.setFont("Helvetica", 10)  # type: ignore[attr-defined]
        for i, text in enumerate(lines):
            c.drawString(57, 700 - 14 * i, text)  # type: ignore[attr-defined]

    blocks = load(_pdf(tmp_path / "time.pdf", draw)).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("paragraph", "Polisen finns på torget varje torsdag mellan kl. 10.00 och 11.00 under hela våren."),
        ("list_item", "Trafikkontroller vid skolan"),
    ]


def _paragraphs_pdf(path: Path, space_after: float, paragraphs: list[str]) -> Path:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=space_after)
    SimpleDocTemplate(str(path), pagesize=(595, 842), invariant=1).build(
        [Paragraph(text, body) for text in paragraphs])
    return path


_SPACED = ["Polisen och kommunen har under året träffat föreningar, skolor och fastighetsägare i centrum "
           "för att tala om tryggheten.",
           "Arbetet ska ske i de tre områdena norr om stationen, vid torget och i parken samt längs ån "
           "vid bron.<br/>Fokus ligger på barn och unga.",
           "Kommunen har bytt belysningen i två gångtunnlar.", "Polisen har haft tolv möten med föreningarna.",
           "Uppföljning sker vid årets slut."]


def test_pdf_line_break_after_a_sentence_stays_in_its_paragraph_where_paragraphs_are_spaced(
        tmp_path: Path) -> None:
    """Rule spaced-paragraphs: where a document sets paragraphs apart with space, a short line that
    ends a sentence with no space after it is a line break inside the paragraph."""
    texts = [b.text for b in load(_paragraphs_pdf(tmp_path / "spaced.pdf", 8, _SPACED)).blocks]
    assert texts[1] == ("Arbetet ska ske i de tre områdena norr om stationen, vid torget och i parken samt "
                        "längs ån vid bron. Fokus ligger på barn och unga.")
    assert len(texts) == 5


def test_pdf_short_sentence_end_still_ends_a_paragraph_where_nothing_sets_paragraphs_apart(
        tmp_path: Path) -> None:
    texts = [b.text for b in load(_paragraphs_pdf(tmp_path / "tight.pdf", 0, _SPACED)).blocks]
    assert "Fokus ligger på barn och unga." in texts  # no space anywhere: the short line is the only sign


def test_bullets_typed_before_the_text_are_a_list_in_word_and_on_web_pages(tmp_path: Path) -> None:
    """A list without Word's numbering or <li>: "•<tab>…", a copied Word list's private-use
    bullet, "- " as a plain text's list has it; an en dash stays prose, for it opens a
    quotation."""
    import docx

    lines = ["\u2022\tpatrullera i centrum", "\uf0b7\tkontrollera trafiken", "- se över belysningen",
             "\u2013 Vi är nöjda, säger Anna Berg."]
    word = docx.Document()
    word.add_paragraph("Polisen lovar att:")
    for line in lines:
        word.add_paragraph(line)
    word.save(str(tmp_path / "a.docx"))
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    page = f"<html><body><main><p>Polisen lovar att:</p>{paragraphs}</main></body></html>"
    expected = [("paragraph", "Polisen lovar att:"), ("list_item", "patrullera i centrum"),
                ("list_item", "kontrollera trafiken"), ("list_item", "se över belysningen"),
                ("paragraph", "\u2013 Vi är nöjda, säger Anna Berg.")]
    assert _kinds(tmp_path / "a.docx") == expected
    assert _kinds(_write(tmp_path, "a.html", page)) == expected


_WORD_NAMESPACES = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
                    'xmlns:v="urn:schemas-microsoft-com:vml"')


def _word_xml(xml: str) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(f"<w:wrap {_WORD_NAMESPACES}>{xml}</w:wrap>")[0]


def test_word_text_in_content_controls_tracked_insertions_and_text_boxes_is_read(tmp_path: Path) -> None:
    """What python-docx's own lists leave out is read: a paragraph inside a content control
    (a template's field), text inserted with tracked changes (the deleted text is not), and
    rule text-box: a text box's paragraphs, after the paragraph that anchors the box, once
    though Word writes the box twice (a drawing and its fallback copy)."""
    import docx

    word = docx.Document()
    word.add_heading("Medborgarlöfte 2026", level=1)
    body = word.element.body
    sectioned = body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr")
    box = ("<w:txbxContent><w:p><w:r><w:t>Vi lovar att genomföra trygghetsvandringar.</w:t></w:r></w:p>"
           "</w:txbxContent>")
    for xml in [
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Polisen lovar att öka närvaron i centrum.</w:t></w:r>"
        "</w:p></w:sdtContent></w:sdt>",
        "<w:p><w:r><w:t xml:space='preserve'>Kommunen lovar att </w:t></w:r><w:ins w:id='1' w:author='A'><w:r>"
        "<w:t>förbättra belysningen</w:t></w:r></w:ins><w:del w:id='2' w:author='A'><w:r>"
        "<w:delText>släcka lamporna</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p>",
        f"<w:p><w:r><w:t>Det här gör vi tillsammans:</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires='wps'>"
        f"<w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f"<v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
    ]:
        sectioned.addprevious(_word_xml(xml))
    word.save(str(tmp_path / "a.docx"))
    assert [(b.kind.value, b.text, b.locator.paragraph) for b in load(tmp_path / "a.docx").blocks] == [
        ("heading", "Medborgarlöfte 2026", 1),
        ("paragraph", "Polisen lovar att öka närvaron i centrum.", 2),
        ("paragraph", "Kommunen lovar att förbättra belysningen.", 3),
        ("paragraph", "Det här gör vi tillsammans:", 4),
        ("paragraph", "Vi lovar att genomföra trygghetsvandringar.", 4),
    ]


@pytest.mark.parametrize("bullet", ["✓", "✔", "→", "➔", "◆", "❖", "▸", "−", "\U0001f539"],
                         ids=["check", "heavy check", "arrow", "heavy arrow", "diamond", "four diamonds",
                              "triangle", "minus", "emoji diamond"])
def test_more_bullet_symbols_open_list_items_in_every_format(tmp_path: Path, bullet: str) -> None:
    """Check marks, arrows, diamonds, triangles, a minus sign and a web page's emoji diamond,
    typed before an item's text, are bullets in a text, on a web page and in Word; a
    guillemet, which opens a quotation, is not."""
    import docx

    lines = [f"{bullet} öka närvaron i centrum.", f"{bullet} minska bränderna.", "»Vi är nöjda«, säger Anna Berg."]
    expected = [("paragraph", "Polisen lovar att:"), ("list_item", "öka närvaron i centrum."),
                ("list_item", "minska bränderna."), ("paragraph", "»Vi är nöjda«, säger Anna Berg.")]
    text = "Polisen lovar att:\n\n" + "\n".join(lines[:2]) + "\n\n" + lines[2] + "\n"
    page = "<html><body><main><p>Polisen lovar att:</p>" + "".join(f"<p>{line}</p>" for line in lines) + \
        "</main></body></html>"
    word = docx.Document()
    for line in ["Polisen lovar att:", *lines]:
        word.add_paragraph(line)
    word.save(str(tmp_path / "a.docx"))
    assert _kinds(_write(tmp_path, "a.txt", text)) == expected
    assert _kinds(_write(tmp_path, "a.html", page)) == expected
    assert _kinds(tmp_path / "a.docx") == expected


def test_text_a_table_copied_with_tabs_between_its_cells_is_a_table(tmp_path: Path) -> None:
    """Rule tab-table: lines of cells parted by tabs, as a table copied from a web page or Word
    into a text keeps them, are one table of those cells (an empty cell kept in its place);
    a single line with a tab in it stays a paragraph."""
    text = ("Uppföljning 2024\n\nLöfte\tAktivitet\tStatus\nPolisen lovar att öka närvaron.\tFotpatrullering."
            "\tGenomfört\nKommunen lovar att röja sly.\tRöjning vid gångvägen.\t\n\nTelefon:\t0771-14 14 00\n")
    blocks = load(_write(tmp_path, "a.txt", text)).blocks
    assert [b.kind.value for b in blocks] == ["heading", "table", "paragraph"]
    assert blocks[1].rows == [["Löfte", "Aktivitet", "Status"],
                              ["Polisen lovar att öka närvaron.", "Fotpatrullering.", "Genomfört"],
                              ["Kommunen lovar att röja sly.", "Röjning vid gångvägen.", ""]]
    assert blocks[1].locator.lines == (3, 5)
    assert blocks[2].text == "Telefon: 0771-14 14 00"


def test_text_a_table_laid_out_with_spaces_is_a_table(tmp_path: Path) -> None:
    """Rule spaced-table: lines whose cells runs of three spaces or more part, every column
    starting at the same place on every line, are one table; prose with a wide space in it,
    or cells that do not line up, stays prose."""
    text = ("Uppföljning 2024\n\n"
            "Löfte                         Status          Kommentar\n"
            "Trafikkontroller vid skolan   Genomfört       Tolv kontroller gjordes\n"
            "Vandring i Östra Åby          Ej genomfört    Ställdes in\n\n"
            "Polisen lovar mer.   Kommunen lovar belysning.\n\n"
            "Trafik   Genomfört\nNarkotika vid skolorna   Ej genomfört\n")
    blocks = load(_write(tmp_path, "a.txt", text)).blocks
    kinds = [b.kind.value for b in blocks]
    assert kinds[:2] == ["heading", "table"] and "table" not in kinds[2:]
    assert blocks[1].rows == [["Löfte", "Status", "Kommentar"],
                              ["Trafikkontroller vid skolan", "Genomfört", "Tolv kontroller gjordes"],
                              ["Vandring i Östra Åby", "Ej genomfört", "Ställdes in"]]
    assert blocks[1].locator.lines == (3, 5)


def test_a_follow_up_table_laid_out_with_spaces_gives_its_promises(extractor: Any, tmp_path: Path) -> None:
    text = ("Uppföljning medborgarlöfte 2024 – Åby\n\n"
            "Löfte                         Status          Kommentar\n"
            "Trafikkontroller vid skolan   Genomfört       Tolv kontroller gjordes\n"
            "Vandring i Östra Åby          Ej genomfört    Ställdes in på grund av sjukdom\n")
    report = extractor.extract(_write(tmp_path, "a.txt", text), "a.txt")
    assert [(p.text, p.status, [r.text for r in p.results]) for p in report.promises] == [
        ("Trafikkontroller vid skolan", "done", ["Tolv kontroller gjordes"]),
        ("Vandring i Östra Åby", "not_done", ["Ställdes in på grund av sjukdom"])]


def test_text_a_label_line_after_a_finished_sentence_stands_alone(tmp_path: Path) -> None:
    """In a text whose lines look wrapped (short lines of like length), "Status: Delvis
    genomfört" under a finished sentence is a line of its own, not the sentence wrapped on;
    so is a word or three over more lines ("Resultat")."""
    text = ("Löfte 1: Polisen lovar att genomföra tolv trafikkontroller vid skolorna.\nStatus: Delvis genomfört\n"
            "Kommentar: Polisen har genomfört tio av tolv kontroller.\n\n"
            "Löfte 2: Kommunen lovar att förbättra belysningen i parken och vid stationen.\nStatus: Genomfört\n"
            "Kommentar: Nya armaturer sattes upp i maj och i juni.\n")
    text += ("\nPolisen lovade att genomföra minst tio hastighetskontroller vid skolorna i Åby.\nResultat\n"
             "Polisen har genomfört tolv hastighetskontroller vid skolorna under året.\n")
    assert [b.text for b in load(_write(tmp_path, "a.txt", text)).blocks][6:] == [
        "Polisen lovade att genomföra minst tio hastighetskontroller vid skolorna i Åby.", "Resultat",
        "Polisen har genomfört tolv hastighetskontroller vid skolorna under året."]
    assert [b.text for b in load(_write(tmp_path, "a.txt", text)).blocks][:6] == [
        "Löfte 1: Polisen lovar att genomföra tolv trafikkontroller vid skolorna.", "Status: Delvis genomfört",
        "Kommentar: Polisen har genomfört tio av tolv kontroller.",
        "Löfte 2: Kommunen lovar att förbättra belysningen i parken och vid stationen.", "Status: Genomfört",
        "Kommentar: Nya armaturer sattes upp i maj och i juni."]


def test_text_letters_in_turn_open_an_enumerated_list(tmp_path: Path) -> None:
    """Rule lettered-list: "a)", "b)", "c)" (or "(1)", "(2)") opening lines in turn are a list's
    markers, which CommonMark knows only by figures; a lone "a)" in prose stays text."""
    text = ("Polisen lovar att:\n\na) öka närvaron i centrum.\nb) minska bränderna.\nc) genomföra två "
            "trygghetsvandringar.\n\nKommunen lovar att:\n\n(1) förbättra belysningen.\n(2) röja sly.\n\n"
            "Frågorna gällde\na) tryggheten i centrum, som de flesta svarade på.\n")
    assert _kinds(_write(tmp_path, "a.txt", text)) == [
        ("paragraph", "Polisen lovar att:"), ("list_item", "öka närvaron i centrum."),
        ("list_item", "minska bränderna."), ("list_item", "genomföra två trygghetsvandringar."),
        ("paragraph", "Kommunen lovar att:"), ("list_item", "förbättra belysningen."), ("list_item", "röja sly."),
        ("paragraph", "Frågorna gällde a) tryggheten i centrum, som de flesta svarade på.")]


def test_a_list_continue_paragraph_in_word_is_set_under_its_bullet(tmp_path: Path) -> None:
    """Word's "List Continue" paragraph goes on under the item above it, without a bullet of its
    own: a paragraph at the item's level, as a plain text indents it."""
    import docx

    word = docx.Document()
    word.add_paragraph("Polisen lovar att öka tryggheten.", style="List Bullet")
    word.add_paragraph("Några exempel på åtgärder är fler fotpatruller.", style="List Continue")
    word.add_paragraph("Ett nytt stycke.")
    word.save(str(tmp_path / "a.docx"))
    blocks = load(tmp_path / "a.docx").blocks
    assert [(b.kind.value, b.level) for b in blocks] == [("list_item", 1), ("paragraph", 1), ("paragraph", 0)]


def test_a_pdf_paragraph_indented_past_a_bullet_is_set_under_it(tmp_path: Path) -> None:
    """In a PDF, a paragraph indented to a bullet item's text (past its bullet) is set under
    that bullet; a paragraph back at the margin is not."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    item = ParagraphStyle("item", parent=body, leftIndent=14, bulletIndent=4)
    under = ParagraphStyle("under", parent=body, leftIndent=14)
    story = [Paragraph("Polisen lovar att öka tryggheten i centrum.", item, bulletText="•"),
             Paragraph("Några exempel på åtgärder är fler fotpatruller.", under),
             Paragraph("Ett nytt stycke vid marginalen.", body)]
    SimpleDocTemplate(str(tmp_path / "a.pdf"), pagesize=A4).build(story)
    blocks = load(tmp_path / "a.pdf").blocks
    assert [(b.kind.value, b.level) for b in blocks] == [("list_item", 1), ("paragraph", 1), ("paragraph", 0)]


def _two_column_pdf(path: Path, story: list[tuple[str, str]], *, item_space: float = 3,
                    under_space: float = 3) -> Path:
    """A two-column page as reports are set: a heading, paragraphs spaced 6 pt apart, bulleted
    items, a paragraph set under an item, and a running header."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13, spaceAfter=6)
    styles = {
        "heading": ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=5),
        "body": body, "item": ParagraphStyle("item", parent=body, leftIndent=12, bulletIndent=2,
                                             spaceAfter=item_space),
        "under": ParagraphStyle("under", parent=body, leftIndent=12, spaceBefore=under_space),
    }
    width, gap = (595 - 2 * 51 - 23) / 2, 23

    def header(canvas: Any, doc: Any) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(51, 800, "Medborgarlöfte – trygghet i samverkan")

    doc = BaseDocTemplate(str(path), pagesize=(595, 842), invariant=1)
    doc.addPageTemplates([PageTemplate(frames=[Frame(51, 74, width, 700, id="l"),
                                               Frame(51 + width + gap, 74, width, 700, id="r")], onPage=header)])
    doc.build([Paragraph(text, styles[kind], bulletText="•" if kind == "item" else None) for kind, text in story])
    return path


def test_pdf_a_short_last_column_is_read_after_the_first(tmp_path: Path) -> None:
    """Rule short-column: the second column of a page holds only the end of the text (a line
    beside the first column's heading); too few rows stand beside each other for a gutter, yet
    no line crosses the middle, so the page is read column by column, and the item cut at the
    column's foot goes on in the line at the top of the next."""
    left = ["Medborgarlöfte 2026", "Polisen och kommunen har talat med invånarna om",
            "tryggheten i centrum under våren.", "Polisen lovar att:", "• genomföra trygghetsvandringar i centrum",
            "  varje höst tillsammans med kommunen.",
            "• arbeta mot försäljning av alkohol och", "  narkotika till unga och mot langning av"]

    def draw(c: Any, number: int) -> None:
        for i, text in enumerate(left):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 14 if i == 0 else 10)
            c.drawString(57 + (10 if text.startswith("  ") else 0), 760 - 14 * i - (6 if i else 0), text.strip())
        c.setFont("Helvetica", 10)
        c.drawString(320, 760, "narkotika i krogmiljöer.")  # the top of the second column, beside the heading

    texts = [b.text for b in load(_pdf(tmp_path / "short.pdf", draw)).blocks]
    assert texts[0] == "Medborgarlöfte 2026"
    assert texts[-1] == ("arbeta mot försäljning av alkohol och narkotika till unga och mot langning av "
                         "narkotika i krogmiljöer.")


@pytest.mark.parametrize("space", [3, 2], ids=["3 pt", "2 pt, a fifth of a line, as leaflets set it"])
def test_pdf_a_paragraph_set_under_a_bullet_with_a_little_space_is_its_own(tmp_path: Path, space: float) -> None:
    """Where paragraphs are set apart with space, a paragraph set under an item's text with a
    few points more space than the item's lines is a paragraph of its own, set under the bullet:
    lines of one paragraph in one size stand evenly apart, so even a fifth of a line more tells
    a new paragraph (a leaflet's tight setting)."""
    story = [("body", "Polisen och kommunen har talat med invånarna om tryggheten i centrum under våren, "
                      "på möten i skolor och föreningar och i en enkät som över tusen invånare svarade på."),
             ("body", "Många känner sig otrygga vid stationen och i parken på kvällarna, och många nämner "
                      "trafiken vid skolorna som ett problem under morgnarna och eftermiddagarna."),
             ("body", "Kommunen och polisen lovar gemensamt att:"),
             ("item", "sätta in åtgärder, både kortsiktiga och långsiktiga, för att öka tryggheten i centrum."),
             ("under", "Några exempel på åtgärder är patrullering, belysning och kameror vid stationen."),
             ("item", "genomföra trygghetsvandringar varje höst.")]
    blocks = [b for b in load(_two_column_pdf(tmp_path / "under.pdf", story, item_space=space,
                                              under_space=space)).blocks if b.text]
    assert [(b.kind.value, b.level, b.text) for b in blocks[-3:]] == [
        ("list_item", 1, "sätta in åtgärder, både kortsiktiga och långsiktiga, för att öka tryggheten i centrum."),
        ("paragraph", 1, "Några exempel på åtgärder är patrullering, belysning och kameror vid stationen."),
        ("list_item", 1, "genomföra trygghetsvandringar varje höst.")]


def test_pdf_a_web_page_saved_from_a_browser_loses_what_the_browser_printed_in_its_margins(
        tmp_path: Path) -> None:
    """Rule print-margins: a page saved as PDF from a browser carries the date and time, the
    page's title in small type, its address and "1/1" in the margins, even on its only page:
    none of it is the report's. A date in the text itself stays."""
    def draw(c: Any, number: int) -> None:
        c.setFont("Helvetica", 8)
        c.drawString(34, 820, "2025-03-14 09:41")
        c.drawCentredString(297, 820, "Uppföljning av medborgarlöftet")
        c.drawString(34, 22, "https://www.exempel.se/trygghet/medborgarloften/")
        c.drawRightString(561, 22, "1/1")
        c.setFont("Helvetica-Bold", 14)
        c.drawString(70, 760, "Uppföljning av medborgarlöftet")
        c.setFont("Helvetica", 10)
        c.drawString(70, 730, "2024-12-01")
        c.drawString(70, 700, "Polisen har genomfört tolv trygghetsvandringar i centrum.")

    texts = [b.text for b in load(_pdf(tmp_path / "printed.pdf", draw)).blocks]
    assert texts == ["Uppföljning av medborgarlöftet", "2024-12-01",
                     "Polisen har genomfört tolv trygghetsvandringar i centrum."]


def test_a_web_pages_folding_sections_keep_their_titles_and_hidden_text(tmp_path: Path) -> None:
    """Rule accordion-title: sections that fold open, as `<details>` under a `<summary>`, or
    as the WAI-ARIA accordion (a heading's toggle button over a panel kept `hidden` until it
    is opened), are headings over their text, one level below the heading above them. Other
    buttons and other hidden elements are still left out."""
    page = """<html><body><main>
<h2>Medborgarlöften 2026</h2>
<details><summary>Trygghet i centrum</summary><div><p>Polisen lovar att patrullera på torget.</p></div></details>
<h3 class="accordion"><button type="button" aria-expanded="false" aria-controls="p2">Trafik</button></h3>
<div id="p2" class="panel" hidden><p>Kommunen lovar att sätta upp skyltar vid skolan.</p></div>
<button type="button">Skriv ut</button><div hidden><p>En dold ruta som ingen öppnar.</p></div>
</main></body></html>"""
    blocks = load(_write(tmp_path, "a.html", page)).blocks
    assert [(b.kind.value, b.level, b.text) for b in blocks] == [
        ("heading", 2, "Medborgarlöften 2026"),
        ("heading", 3, "Trygghet i centrum"), ("paragraph", 0, "Polisen lovar att patrullera på torget."),
        ("heading", 3, "Trafik"), ("paragraph", 0, "Kommunen lovar att sätta upp skyltar vid skolan."),
    ]


def test_word_headings_typed_by_hand_are_headings(tmp_path: Path) -> None:
    """Rule typed-heading: in "Normal" style, a short paragraph in a larger size, or in bold at
    the body's size, that ends no sentence is a heading, the larger ranked higher and both
    below a styled heading, and so does a teaser that trails off ("Vi lyssnar...") where text
    follows it; a bold lead ("Polisen lovar att:"), a bold sentence, a bold label ("Status:
    Genomfört") and a teaser at the end stay paragraphs."""
    import docx
    from docx.shared import Pt

    word = docx.Document()
    word.add_heading("Medborgarlöften 2026", level=1)

    def typed(text: str, bold: bool, size: float | None = None) -> None:
        run = word.add_paragraph().add_run(text)
        run.bold = bold
        if size is not None:
            run.font.size = Pt(size)

    typed("Trygghet i centrum", True, 14)
    typed("Insatser under våren", True)
    word.add_paragraph("Polisen och kommunen har talat med många invånare om tryggheten i centrum.")
    typed("Polisen lovar att:", True)
    typed("Polisen patrullerar varje helg.", True)
    typed("Status: Genomfört", True)
    typed("Vi lyssnar...", True, 14)
    word.add_paragraph("Polisen och kommunen träffar invånarna på torget varje månad.")
    typed("Läs mer här...", True)
    word.save(str(tmp_path / "a.docx"))
    blocks = load(tmp_path / "a.docx").blocks
    assert [(b.kind.value, b.level, b.text) for b in blocks] == [
        ("heading", 1, "Medborgarlöften 2026"), ("heading", 2, "Trygghet i centrum"),
        ("heading", 3, "Insatser under våren"),
        ("paragraph", 0, "Polisen och kommunen har talat med många invånare om tryggheten i centrum."),
        ("paragraph", 0, "Polisen lovar att:"), ("paragraph", 0, "Polisen patrullerar varje helg."),
        ("paragraph", 0, "Status: Genomfört"), ("heading", 2, "Vi lyssnar..."),
        ("paragraph", 0, "Polisen och kommunen träffar invånarna på torget varje månad."),
        ("paragraph", 0, "Läs mer här..."),  # a teaser at the end heads nothing: it points onward
    ]


def test_a_word_paragraph_indented_past_a_list_item_is_set_under_its_bullet(tmp_path: Path) -> None:
    """Rule under-bullet in Word without "List Continue": a paragraph indented past the item
    above it is set under that item's bullet; one at the margin ends the list."""
    import docx
    from docx.shared import Pt

    word = docx.Document()
    word.add_paragraph("Polisen lovar att:")
    word.add_paragraph("\u2022\tpatrullera i centrum varje helg")
    word.add_paragraph("Några exempel är torget och stationen.").paragraph_format.left_indent = Pt(18)
    word.add_paragraph("Kommunen har också lovat att se över belysningen.")
    word.save(str(tmp_path / "a.docx"))
    assert [(b.kind.value, b.level) for b in load(tmp_path / "a.docx").blocks] == [
        ("paragraph", 0), ("list_item", 1), ("paragraph", 1), ("paragraph", 0)]


@pytest.mark.parametrize(("name", "source"), [
    ("a.html", "<html><body><main><h2>Medborgarlöften 2026</h2><p><strong>Trygghet i centrum</strong></p>"
               "<p><b>Polisen lovar att:</b></p><p><strong>Polisen patrullerar varje helg.</strong></p>"
               "<ul><li><strong>Trafik vid skolan</strong></li></ul></main></body></html>"),
    ("a.md", "## Medborgarlöften 2026\n\n**Trygghet i centrum**\n\n**Polisen lovar att:**\n\n"
             "**Polisen patrullerar varje helg.**\n\n- **Trafik vid skolan**\n"),
])
def test_headings_typed_in_bold_on_web_pages_and_in_markdown_are_headings(tmp_path: Path, name: str,
                                                                           source: str) -> None:
    """Rule typed-heading: a line of its own all in bold that ends no sentence heads what
    follows, one level below the heading above it; a bold lead, a bold sentence and a bold
    list item stay what they are."""
    blocks = load(_write(tmp_path, name, source)).blocks
    assert [(b.kind.value, b.level, b.text) for b in blocks] == [
        ("heading", 2, "Medborgarlöften 2026"), ("heading", 3, "Trygghet i centrum"),
        ("paragraph", 0, "Polisen lovar att:"), ("paragraph", 0, "Polisen patrullerar varje helg."),
        ("list_item", 1, "Trafik vid skolan")]


def test_pdf_bullets_drawn_as_dots_or_squares_open_list_items(tmp_path: Path) -> None:
    """Rule drawn-bullet: a small filled dot or square drawn just left of a line's first word
    is the line's bullet, as a bullet character would be; an empty box (a form's checkbox)
    and a dot after a line's first word are not."""
    def draw(c: Any, number: int) -> None:
        c.setFont("Helvetica", 10)
        c.drawString(57, 760, "Polisen lovar att:")
        c.circle(62, 743.5, 1.8, stroke=0, fill=1)
        c.drawString(70, 740, "patrullera i centrum varje helg")
        c.rect(60, 724, 3.5, 3.5, stroke=0, fill=1)
        c.drawString(70, 722, "kontrollera trafiken vid skolan")
        c.rect(60, 704, 6, 6, stroke=1, fill=0)
        c.drawString(70, 704, "Ja, jag vill ha nyhetsbrevet.")
        c.drawString(57, 680, "Kommunen")
        c.circle(110, 683.5, 1.8, stroke=0, fill=1)
        c.drawString(116, 680, "lovar att se över belysningen.")

    blocks = load(_pdf(tmp_path / "dots.pdf", draw)).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("paragraph", "Polisen lovar att:"), ("list_item", "patrullera i centrum varje helg"),
        ("list_item", "kontrollera trafiken vid skolan"), ("paragraph", "Ja, jag vill ha nyhetsbrevet."),
        ("paragraph", "Kommunen lovar att se över belysningen.")]


def test_pdf_a_heading_set_with_wide_letter_spacing_reads_as_its_words(tmp_path: Path) -> None:
    """Rule letter-spaced: tracking wider than a word's gap splits a heading into letters; a
    run of evenly spaced letters is joined again, a wider gap parting its words."""
    def draw(c: Any, number: int) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(57, 760, "MEDBORGARLÖFTE 2026 FÖR ÅBY", charSpace=3)
        c.setFont("Helvetica", 10)
        c.drawString(57, 740, "Polisen lovar att patrullera i centrum.")

    blocks = load(_pdf(tmp_path / "tracked.pdf", draw)).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("heading", "MEDBORGARLÖFTE 2026 FÖR ÅBY"), ("paragraph", "Polisen lovar att patrullera i centrum.")]


def test_a_web_page_set_with_line_breaks_alone_has_paragraphs_items_and_headings(tmp_path: Path) -> None:
    """Rule br-paragraphs: text in one element set with `<br>` alone, as older sites set it:
    a blank line parts paragraphs, a line opening with a bullet character is an item, a line
    all in bold that could head something is a heading, as is one over a single break
    ("<strong>Nya löften</strong><br>…"); a single line break inside a paragraph of plain
    text stays a break inside it."""
    page = ("<html><body><div class='content'><b>Medborgarlöfte 2026</b><br>Polisen och kommunen har talat "
            "med invånarna.<br>Många känner sig otrygga.<br><br>Polisen lovar att:<br>• patrullera i centrum<br>"
            "• kontrollera trafiken<br><br>Löftet följs upp i december.<br><br></div></body></html>")
    blocks = load(_write(tmp_path, "a.html", page)).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("heading", "Medborgarlöfte 2026"),
        ("paragraph", "Polisen och kommunen har talat med invånarna. Många känner sig otrygga."),
        ("paragraph", "Polisen lovar att:"), ("list_item", "patrullera i centrum"),
        ("list_item", "kontrollera trafiken"), ("paragraph", "Löftet följs upp i december.")]
    # a bold line over a single break, as a site's editor sets a heading, heads the text after it
    page = ("<html><body><main><h1>Uppföljning 2023</h1>"
            "<p><strong>Nya löften</strong><br>Nya medborgarlöften för 2024 beslutas i februari.</p>"
            "<p>Polisen har genomfört åtta kontroller<br>vid skolorna under året.</p></main></body></html>")
    blocks = load(_write(tmp_path, "b.html", page)).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("heading", "Uppföljning 2023"), ("heading", "Nya löften"),
        ("paragraph", "Nya medborgarlöften för 2024 beslutas i februari."),
        ("paragraph", "Polisen har genomfört åtta kontroller vid skolorna under året.")]


def test_text_saved_from_a_pdf_loses_its_running_lines_and_joins_what_a_page_break_cut(tmp_path: Path) -> None:
    """Rule text-pages: in a text with form feeds between its pages, a line repeated at the
    top or foot of two pages or more, its figures aside, and a page number there are no text;
    a paragraph or an item cut by a page break goes on where the next page opens in lower
    case or under the item's bullet. A capital after the break opens a paragraph of its own."""
    source = ("Medborgarlöfte 2026 – Åby\n\nPolisen och kommunen har talat med invånarna om\n"
              "tryggheten i centrum och i\n\nSida 1 av 3\n\f\nMedborgarlöfte 2026 – Åby\n\n"
              "bostadsområdena under våren.\n\nPolisen lovar att:\n\n- patrullera i centrum varje\n\n"
              "Sida 2 av 3\n\f\nMedborgarlöfte 2026 – Åby\n\n  helg under sommaren\n\n"
              "Uppföljning sker i december med en rapport till nämnden och till invånarna\n\nSida 3 av 3\n\f\n"
              "Medborgarlöfte 2026 – Åby\n\n"
              "Kommunen lovar att se över belysningen.\n")
    blocks = load(_write(tmp_path, "a.txt", source)).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("paragraph", "Polisen och kommunen har talat med invånarna om tryggheten i centrum och i "
                      "bostadsområdena under våren."),
        ("paragraph", "Polisen lovar att:"), ("list_item", "patrullera i centrum varje helg under sommaren"),
        ("paragraph", "Uppföljning sker i december med en rapport till nämnden och till invånarna"),
        ("paragraph", "Kommunen lovar att se över belysningen.")]
    assert blocks[0].locator.lines == (3, 10)  # the file's own line numbers, across the page break


def test_lines_that_each_end_a_sentence_are_not_wrapped_whatever_their_lengths(tmp_path: Path) -> None:
    """A text none of whose lines ends mid-sentence sets each sentence on a line of its own,
    however alike their lengths; a text that breaks a sentence at its column is wrapped."""
    source = ("Medborgarlöfte Åby 2025\n\nUnder 2025 gäller följande:\n\n"
              "Fler trafikkontroller ska genomföras vid skolorna.\nBelysningen i parken ska förbättras.\n"
              "Två trygghetsvandringar ska hållas i Norrby.\n")
    blocks = load(_write(tmp_path, "a.txt", source)).blocks
    assert [b.text for b in blocks][2:] == ["Fler trafikkontroller ska genomföras vid skolorna.",
                                            "Belysningen i parken ska förbättras.",
                                            "Två trygghetsvandringar ska hållas i Norrby."]
    wrapped = ("Medborgarlöfte Åby 2025\n\nPolisen och kommunen lovar att genomföra fler\n"
               "trafikkontroller vid skolorna. Belysningen i parken\nska förbättras under våren.\n"
               "Två trygghetsvandringar ska hållas i Norrby och i\ncentrum under hösten.\n")
    blocks = load(_write(tmp_path, "b.txt", wrapped)).blocks
    assert [b.text for b in blocks][1:] == [
        "Polisen och kommunen lovar att genomföra fler trafikkontroller vid skolorna. Belysningen i parken ska "
        "förbättras under våren.", "Två trygghetsvandringar ska hållas i Norrby och i centrum under hösten."]


def test_a_table_copied_with_a_cell_on_each_line_is_a_table(tmp_path: Path) -> None:
    """Rule cell-lines: column names line under line ("Löfte" / "Status" / "Kommentar"), then
    as many lines for each row up to a blank line, are that table; the text after it stays text."""
    source = ("Uppföljning 2024\n\nLöfte\nStatus\nKommentar\nTrafikkontroller vid skolor\nGenomfört\n"
              "Polisen har gjort 30 kontroller.\nBelysning i parken\nEj genomfört\nUpphandlingen blev försenad.\n\n"
              "Nästa uppföljning görs i juni.\n")
    blocks = load(_write(tmp_path, "a.txt", source)).blocks
    assert [(b.kind.value, b.rows) for b in blocks[1:2]] == [("table", [
        ["Löfte", "Status", "Kommentar"],
        ["Trafikkontroller vid skolor", "Genomfört", "Polisen har gjort 30 kontroller."],
        ["Belysning i parken", "Ej genomfört", "Upphandlingen blev försenad."]])]
    assert blocks[1].locator.lines == (3, 11)
    assert [b.text for b in blocks[2:]] == ["Nästa uppföljning görs i juni."]


def test_column_names_over_prose_are_no_table(tmp_path: Path) -> None:
    """One column name over its prose, or names that no promise or activity column opens, stay text."""
    source = "Medborgarlöfte\n\nStatus\nKommentar\nPolisen har gjort 30 kontroller.\nDet gick bra.\n"
    blocks = load(_write(tmp_path, "a.txt", source)).blocks
    assert all(b.kind.value != "table" for b in blocks)


def test_a_page_number_beside_a_running_header_is_no_text(tmp_path: Path) -> None:
    """Rule page-mark: "Sida 1 av 2" set at a line's end after a wide gap, as a PDF's text saved
    with its layout keeps it, is left out, and the header repeated with the next page's number
    is blanked; the file's lines keep their numbers."""
    gap = " " * 30
    source = (f"Medborgarlöfte Åby 2025{gap}Sida 1 av 2\n\nPolisen lovar att patrullera i centrum.\n\n"
              f"Medborgarlöfte Åby 2025{gap}Sida 2 av 2\n\nKommunen lovar att se över belysningen.\n"
              "Trafiken vid skolan tar sida 2 av planen.\n")
    blocks = load(_write(tmp_path, "a.txt", source)).blocks
    assert [b.text for b in blocks] == [
        "Medborgarlöfte Åby 2025", "Polisen lovar att patrullera i centrum.",
        "Kommunen lovar att se över belysningen.", "Trafiken vid skolan tar sida 2 av planen."]
    assert blocks[3].locator.lines == (8, 8)


def test_numbered_headings_in_a_plain_text_are_headings_and_numbered_lists_stay_lists(tmp_path: Path) -> None:
    """Rule numbered-heading: "1. Inledning" right over prose, alone or in a run set apart by
    blank lines ("2. Medborgarlöften" / "3. Trafik"), heads a section; a numbered list under
    a lead ending in ":", one set line under line, and a numbered line over bullets of its
    own (a lead-in) stay lists."""
    source = ("Medborgarlöfte för Åby 2026\n\n1. Inledning\n\nPolisen och kommunen har talat med invånarna.\n\n"
              "2. Medborgarlöften\n\n3. Trafik\n\nPolisen lovar att kontrollera hastigheten vid skolan.\n\n"
              "Fokus ligger på:\n\n1. Skolvägar\n2. Centrum\n\nUppföljning sker i december.\n\n"
              "4. Polisen och kommunen ska tillsammans\n\n- se över belysningen\n")
    blocks = load(_write(tmp_path, "a.txt", source)).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("heading", "Medborgarlöfte för Åby 2026"), ("heading", "Inledning"),
        ("paragraph", "Polisen och kommunen har talat med invånarna."),
        ("heading", "Medborgarlöften"), ("heading", "Trafik"),
        ("paragraph", "Polisen lovar att kontrollera hastigheten vid skolan."),
        ("paragraph", "Fokus ligger på:"), ("list_item", "Skolvägar"), ("list_item", "Centrum"),
        ("paragraph", "Uppföljning sker i december."),
        ("list_item", "Polisen och kommunen ska tillsammans"), ("list_item", "se över belysningen")]
