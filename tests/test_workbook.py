"""overview.xlsx as Excel users meet it: every sheet, texts kept as texts, long texts and tables cut
where Excel stops, empty tables still showing their columns. Read back with openpyxl, a second reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from extract.overview import store, workbook
from extract.overview.tables import TABLES


@pytest.fixture()
def database(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An overview database with every table and view, and one activity holding awkward values."""
    staged = {}
    for table in TABLES:
        staged[table] = tmp_path / f"{table}.jsonl"
        staged[table].write_text("", encoding="utf-8")
    connection = store.create(tmp_path / "overview.duckdb", staged)
    connection.execute("INSERT INTO activities VALUES (?, ?, ?, ?, ?, ?, ?)",
                       ["1:p1", 1, 1, "=HYPERLINK(\"http://x\") " + "å" * 40_000, ["police", "municipality"],
                        None, 3])
    yield connection
    connection.close()


def test_every_table_and_view_is_a_sheet_with_its_columns_even_when_empty(database, tmp_path: Path) -> None:
    workbook.write(database, tmp_path / "overview.xlsx")
    book = load_workbook(tmp_path / "overview.xlsx", read_only=True)
    assert book.sheetnames == [name[:31] for name in [*store.table_names(), *store.VIEWS]]
    header = next(book["reports"].iter_rows(max_row=1, values_only=True))
    assert list(header) == list(TABLES["reports"])  # no report, yet the columns are there
    codes = [row[0] for row in book["municipalities"].iter_rows(min_row=2, values_only=True)]
    assert len(codes) == 290 and "0114" in codes  # kommunkod as text: its zero kept


def test_texts_stay_texts_cut_at_excels_limit_and_lists_are_joined(database, tmp_path: Path) -> None:
    workbook.write(database, tmp_path / "overview.xlsx")
    sheet = load_workbook(tmp_path / "overview.xlsx")["activities"]
    row = {str(sheet.cell(1, col).value): sheet.cell(2, col) for col in range(1, sheet.max_column + 1)}
    assert row["text"].data_type == "s" and row["text"].value.startswith("=HYPERLINK")  # never a formula
    assert len(row["text"].value) == workbook.MAX_TEXT  # a cell holds no more; compare does not fail on it
    assert row["actors"].value == "police; municipality"
    assert row["status"].value is None and row["page"].value == 3
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref is not None and sheet.cell(1, 1).font.b


def test_a_table_longer_than_a_sheet_is_cut_and_says_so(database, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook, "MAX_ROWS", 5)  # Excel's 1,048,576, made small
    workbook.write(database, tmp_path / "overview.xlsx")
    rows = list(load_workbook(tmp_path / "overview.xlsx", read_only=True)["municipalities"].iter_rows(
        values_only=True))
    assert len(rows) == 5  # the header, three municipalities and the line saying where it was cut
    assert str(rows[-1][0]).startswith("… cut at 3 rows: the CSV and Parquet files hold them all")
