"""The overview as one Excel workbook: a sheet per table and per view, written by XlsxWriter.

Analysts open `overview.xlsx` straight in Excel. Every text is written as text, so a
kommunkod keeps its leading zero ("0180") and a text that looks like a formula
("=HYPERLINK(…)") stays a text; numbers stay numbers; lists are joined with "; ".
Rows are streamed (XlsxWriter's constant-memory mode), so a large overview needs
little memory; a table longer than a sheet holds is cut there, and its sheet says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import xlsxwriter

from extract.overview.store import VIEWS, columns_of, table_names

MAX_ROWS = 1_048_576  # Excel's rows per sheet, the header's included
_BATCH = 10_000


def write(connection: duckdb.DuckDBPyConnection, target: Path) -> None:
    """Every table, then every view, as a sheet of `target`."""
    book = xlsxwriter.Workbook(str(target), {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "strings_to_numbers": False})
    try:
        header = book.add_format({"bold": True, "bg_color": "#F3F3F3"})
        for name in [*table_names(), *VIEWS]:
            _sheet(book, header, connection, name)
    finally:
        book.close()


def _sheet(book: Any, header: Any, connection: duckdb.DuckDBPyConnection, name: str) -> None:
    sheet = book.add_worksheet(name[:31])
    columns = list(columns_of(connection, name))
    for col, column in enumerate(columns):
        sheet.write_string(0, col, column, header)
    sheet.freeze_panes(1, 0)
    result = connection.execute(f"SELECT * FROM {name}")
    row_index = 1
    while batch := result.fetchmany(_BATCH):
        for row in batch:
            if row_index >= MAX_ROWS - 1:
                sheet.write_string(row_index, 0, f"… cut at {MAX_ROWS - 2:,} rows: the CSV and Parquet "
                                                 "files hold them all")
                return
            sheet.write_row(row_index, 0, [_value(v) for v in row])  # the workbook writes no formula
            row_index += 1
    sheet.autofilter(0, 0, max(row_index - 1, 0), max(len(columns) - 1, 0))


def _value(value: object) -> object:
    """A cell's value: lists joined with "; ", the rest as DuckDB gives it (texts stay texts:
    the workbook is opened with strings_to_formulas, _urls and _numbers off)."""
    if isinstance(value, list | tuple):
        return "; ".join("" if v is None else str(v) for v in value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # dates, decimals: as text, as the CSV has them
