"""The overview as one Excel workbook: a sheet per table and per view, written by XlsxWriter.

Analysts open `overview.xlsx` straight in Excel. Every text is written as text, so a
kommunkod keeps its leading zero ("0180") and a text that looks like a formula
("=HYPERLINK(…)") stays a text; numbers stay numbers; lists are joined with "; ".
Rows are streamed (XlsxWriter's constant-memory mode), so a large overview needs
little memory; a table longer than a sheet holds is cut there, and its sheet says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

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
    columns = columns_of(connection, name)
    for col, column in enumerate(columns):
        sheet.write_string(0, col, column, header)
    sheet.freeze_panes(1, 0)
    writers = list(enumerate(_writer(sheet, kind) for kind in columns.values()))
    result = connection.execute(f"SELECT * FROM {name}")
    row_index = 1
    while batch := result.fetchmany(_BATCH):
        for row in batch:
            if row_index >= MAX_ROWS - 1:
                sheet.write_string(row_index, 0, f"… cut at {MAX_ROWS - 2:,} rows: the CSV and Parquet "
                                                 "files hold them all")
                return
            for (col, write), value in zip(writers, row, strict=True):
                if value is not None:
                    write(row_index, col, value)
            row_index += 1
    sheet.autofilter(0, 0, max(row_index - 1, 0), max(len(columns) - 1, 0))


_NUMBERS = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
            "UBIGINT", "FLOAT", "DOUBLE")


def _writer(sheet: Any, kind: str) -> Callable[[int, int, Any], object]:
    """How a column of this DuckDB type is written: texts as texts (never a formula, a URL or
    a number: "0180" keeps its zero), numbers as numbers, lists joined with "; ", anything
    else (dates, decimals) as text, as the CSV has them. Chosen once per column, not per cell."""
    if kind == "VARCHAR":
        return cast(Callable[[int, int, Any], object], sheet.write_string)
    if kind in _NUMBERS:
        return cast(Callable[[int, int, Any], object], sheet.write_number)
    if kind == "BOOLEAN":
        return cast(Callable[[int, int, Any], object], sheet.write_boolean)
    if kind.endswith("[]"):
        return lambda row, col, value: sheet.write_string(row, col, "; ".join("" if v is None else str(v)
                                                                              for v in value))
    return lambda row, col, value: sheet.write_string(row, col, str(value))
