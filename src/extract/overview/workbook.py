"""The overview as one Excel workbook: a sheet per table and per view.

Analysts open `overview.xlsx` straight in Excel. Every text is written as text, so a
kommunkod keeps its leading zero ("0180") and a text that looks like a formula
("=HYPERLINK(…)") stays a text; numbers stay numbers; lists are joined with "; ".

The sheets are written by rust_xlsxwriter (through `rustpy-xlsxwriter`), a compiled
port of XlsxWriter by XlsxWriter's author: a national overview holds about two
million cells, which XlsxWriter's Python writes at about 6 µs a cell, this one at
about 1 (`benchmarks/bench_compare.py`). DuckDB hands each row over as one
dictionary (a struct), with texts cut to what a cell holds and lists joined, so no
cell is touched in Python. Rows stream from one cursor per sheet (constant memory).
A table longer than a sheet holds is cut there, and its sheet says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import rustpy_xlsxwriter

from extract.overview.store import VIEWS, columns_of, reader, table_names

MAX_ROWS = 1_048_576  # Excel's rows per sheet, the header's included
MAX_TEXT = 32_767  # Excel's characters per cell; a longer text is cut there, as Excel itself would
HEADER_COLOUR = "#F3F3F3"
_BATCH = 10_000


def write(connection: duckdb.DuckDBPyConnection, target: Path) -> None:
    """Every table, then every view, as a sheet of `target`, header bold, frozen and filtered."""
    header = rustpy_xlsxwriter.Format().set_bold().set_background_color(HEADER_COLOUR)
    book = rustpy_xlsxwriter.FastExcel(str(target)).freeze(row=1)
    cursors = []
    try:
        for name in [*table_names(), *VIEWS]:
            cursor = reader(connection)  # rows are read as the book is saved: one result per sheet
            cursors.append(cursor)
            book = book.sheet(name[:31], _rows(cursor, name), header_format=header, autofilter=True)
        book.save()
    finally:
        for cursor in cursors:
            cursor.close()


def _rows(cursor: duckdb.DuckDBPyConnection, name: str) -> Iterator[dict[str, Any]]:
    """The rows of table or view `name`, each a dictionary of its columns in order.

    An empty table still shows its columns: one row of blanks under the header. A table
    longer than a sheet ends with a row saying where it was cut."""
    columns = columns_of(cursor, name)
    fields = ", ".join(f"{_quote_text(column)}: {_cell(column, kind)}" for column, kind in columns.items())
    result = cursor.execute(f"SELECT {{{fields}}} FROM {name} LIMIT {MAX_ROWS - 1}")
    written = 0
    while batch := result.fetchmany(_BATCH):
        for (row,) in batch:
            if written == MAX_ROWS - 2:
                yield _cut(columns)
                return
            yield row
            written += 1
    if not written:
        yield dict.fromkeys(columns)


def _cut(columns: dict[str, str]) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(columns)
    row[next(iter(columns))] = f"… cut at {MAX_ROWS - 2:,} rows: the CSV and Parquet files hold them all"
    return row


_NUMBERS = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
            "UBIGINT", "FLOAT", "DOUBLE")


def _cell(column: str, kind: str) -> str:
    """The SQL for how a column of this DuckDB type is written: numbers and booleans as they
    are; lists joined with "; "; anything else (texts, dates, decimals) as text, as the CSV
    has it, cut at a cell's limit."""
    name = f'"{column}"'
    if kind in _NUMBERS or kind == "BOOLEAN":
        return name
    if kind.endswith("[]"):
        return f"left(array_to_string(CAST({name} AS VARCHAR[]), '; '), {MAX_TEXT})"
    return f"left(CAST({name} AS VARCHAR), {MAX_TEXT})"


def _quote_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
