"""Follow-up tables set without rules in a PDF (rules aligned-table, aligned-table-continued):
each step on words placed by hand, then whole PDFs, made here, as the loader and the
pipeline read them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extract.blocks import BlockKind
from extract.loaders import load
from extract.loaders.aligned_tables import (
    AlignedTableSettings,
    body_rows,
    cell_texts,
    find,
    header_cells,
    row_groups,
)
from extract.pipeline import Extractor

reportlab = pytest.importorskip("reportlab")


def _row(top: float, *cells: tuple[float, str], size: float = 9.0) -> list[dict[str, Any]]:
    """The words of one baseline: each cell's words from its x, 5 pt a letter, a space apart."""
    words = []
    for x, text in cells:
        for word in text.split():
            words.append({"text": word, "x0": x, "x1": x + 5 * len(word), "top": top, "bottom": top + size,
                          "size": size})
            x += 5 * len(word) + 3
    return words


HEADER = _row(100, (50, "Löfte"), (160, "Aktivitet"), (300, "Status"), (380, "Kommentar"))


def test_a_row_of_column_names_far_apart_is_a_header() -> None:
    cells = header_cells(HEADER)
    assert cells is not None and [c[0]["x0"] for c in cells] == [50, 160, 300, 380]


@pytest.mark.parametrize("row", [
    _row(100, (50, "Löfte 3: Öka"), (160, "Polisen genomför"), (300, "Genomfört"), (380, "Sju kontroller")),
    _row(100, (50, "Aktiviteter"), (300, "Resultat")),  # two columns of text under side-by-side headings
    _row(100, (50, "Polisen lovar att genomföra fyra trygghetsvandringar i centrum")),
])
def test_a_body_row_two_headings_or_prose_is_no_header(row: list[dict[str, Any]]) -> None:
    assert header_cells(row) is None


def test_the_body_ends_at_running_text_across_the_columns() -> None:
    starts = [50.0, 160.0, 300.0, 380.0]
    cell_row = _row(115, (50, "Öka tryggheten"), (160, "Fyra vandringar"), (300, "Klart"), (380, "Gjort"))
    prose = _row(130, (50, "Nya medborgarlöften för nästa år tas fram under våren av båda parterna"))
    assert body_rows([cell_row, prose], starts) == [cell_row]


def test_rows_are_parted_by_the_wider_space_between_them() -> None:
    lines = [_row(115, (50, "A")), _row(126, (50, "b")), _row(145, (50, "C")), _row(156, (50, "d"))]
    assert [[row[0]["text"] for row in group] for group in row_groups(lines, [50.0])] == [["A", "b"], ["C", "d"]]


def test_rows_equally_spaced_are_a_line_each_unless_they_go_on_in_lower_case() -> None:
    lines = [_row(115, (50, "Trafik")), _row(126, (50, "Narkotika")), _row(137, (50, "Klotter"))]
    assert len(row_groups(lines, [50.0])) == 3
    wrapped = [_row(115, (50, "Öka tryggheten")), _row(126, (50, "i centrum")), _row(137, (50, "och parkerna"))]
    assert len(row_groups(wrapped, [50.0])) == 1


def test_a_cells_lines_are_joined_and_a_broken_word_mended() -> None:
    starts = [50.0, 160.0]
    group = [_row(115, (50, "Öka trygg-"), (160, "Fyra")), _row(126, (50, "heten"), (160, "vandringar"))]
    assert cell_texts(group, starts) == ["Öka tryggheten", "Fyra vandringar"]


def test_find_reads_header_and_rows_and_leaves_a_line_under_the_table() -> None:
    rows = [HEADER,
            _row(115, (50, "Öka tryggheten"), (160, "Fyra vandringar"), (300, "Klart"), (380, "Fyra gjorda")),
            _row(135, (50, "Färre olyckor"), (160, "Tio kontroller"), (300, "Pågår"), (380, "Sju gjorda")),
            _row(155, (50, "Källa: kommunen"))]
    (table,) = find(rows)
    assert table.rows == [["Löfte", "Aktivitet", "Status", "Kommentar"],
                          ["Öka tryggheten", "Fyra vandringar", "Klart", "Fyra gjorda"],
                          ["Färre olyckor", "Tio kontroller", "Pågår", "Sju gjorda"]]
    assert "Källa:" not in [w["text"] for w in table.words]


def test_settings_are_validated() -> None:
    with pytest.raises(ValueError):
        AlignedTableSettings(row_gap=0)
    with pytest.raises(ValueError):
        AlignedTableSettings(least_columns=1)


ROWS = [["Löfte", "Aktivitet", "Status", "Kommentar"],
        ["Öka tryggheten i centrum", "Polisen och kommunen genomför fyra trygghetsvandringar i centrum under året.",
         "Genomfört", "Fyra trygghetsvandringar har genomförts med sammanlagt 60 deltagare."],
        ["Minska antalet trafikolyckor vid skolorna", "Polisen genomför minst tio hastighetskontroller vid skolorna.",
         "Pågår", "Sju kontroller har genomförts. Resten görs under våren 2025."],
        ["Förebygga bedrägerier mot äldre", "Kommunen håller informationsträffar för äldre på träffpunkterna.",
         "Ej genomfört", "Arbetet har skjutits upp till 2025 på grund av personalbrist."]]


def _follow_up(path: Path, rows: list[list[str]], ruled: bool = False) -> Path:
    """A follow-up report with its table drawn as Word draws one with its borders removed
    (or kept), cells top-aligned and padded, between a lead and a closing line."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=9, leading=11)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20)
    table = Table([[Paragraph(c, head if i == 0 else cell) for c in row] for i, row in enumerate(rows)],
                  colWidths=[38 * mm, 52 * mm, 24 * mm, 56 * mm])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path)).build([
        Paragraph("Uppföljning av medborgarlöftet 2024 i Åby", title), Spacer(1, 6),
        Paragraph("Lokalpolisområde Åby och Åby kommun redovisar här hur löftena för 2024 har genomförts.", body),
        Spacer(1, 10), table, Spacer(1, 10),
        Paragraph("Nya medborgarlöften för 2025 tas fram under våren.", body)])
    return path


def test_pdf_a_table_without_rules_is_read_as_a_table(tmp_path: Path) -> None:
    blocks = load(_follow_up(tmp_path / "unruled.pdf", ROWS)).blocks
    assert [b.kind.value for b in blocks] == ["heading", "paragraph", "table", "paragraph"]
    assert blocks[2].rows == ROWS


def test_pdf_a_table_without_rules_over_a_page_break_goes_on_under_its_header(tmp_path: Path) -> None:
    rows = [ROWS[0]] + [[f"Löfte {n}: Öka tryggheten i område {n}",
                         f"Polisen genomför {n + 2} trygghetsvandringar och fotpatruller i område {n} under året.",
                         "Genomfört", f"Sammanlagt {3 * n} vandringar och patruller har genomförts under året."]
                        for n in range(1, 17)]
    document = load(_follow_up(tmp_path / "long.pdf", rows))
    tables = [b for b in document.blocks if b.kind is BlockKind.TABLE]
    assert document.pages == 2 and [t.locator.page for t in tables] == [1, 2]
    assert all(t.rows is not None and t.rows[0] == ROWS[0] for t in tables)
    assert [r for t in tables for r in (t.rows or [])[1:]] == rows[1:]
    assert document.blocks[-1].text == "Nya medborgarlöften för 2025 tas fram under våren."


def test_a_follow_up_reads_the_same_with_its_table_ruled_or_not(extractor: Extractor, tmp_path: Path) -> None:
    def read(ruled: bool) -> list[tuple[str, list[str], list[str], str | None]]:
        path = _follow_up(tmp_path / f"{'ruled' if ruled else 'unruled'}.pdf", ROWS, ruled)
        report = extractor.extract(path, path.name)
        return [(p.text, [a.text for a in p.activities], [r.text for r in p.results], p.status)
                for p in report.promises]

    unruled = read(False)
    assert unruled == read(True)
    assert [(text, status) for text, _, _, status in unruled] == [
        ("Öka tryggheten i centrum", "done"), ("Minska antalet trafikolyckor vid skolorna", "ongoing"),
        ("Förebygga bedrägerier mot äldre", "not_done")]
