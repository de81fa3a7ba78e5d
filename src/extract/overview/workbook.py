"""The overview as one Excel workbook: a sheet per table and per view.

Analysts open `overview.xlsx` straight in Excel. Every text is written as text, so a
kommunkod keeps its leading zero ("0180") and a text that looks like a formula
("=HYPERLINK(…)") stays a text; numbers stay numbers; lists are joined with "; ".

The sheets are written by rust_xlsxwriter (through `rustpy-xlsxwriter`), a compiled
port of XlsxWriter by XlsxWriter's author: a national overview holds about two
million cells. DuckDB hands each sheet over as an Arrow stream (its columns already
cast to what a cell holds: texts cut, lists joined), which the writer reads batch by
batch in compiled code, so no cell passes through Python and memory stays constant
(`benchmarks/bench_compare.py`: about twice as fast as rows handed over as
dictionaries). A table longer than a sheet holds is cut there, and its sheet says so.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import rustpy_xlsxwriter

from extract.overview.store import VIEWS, columns_of, reader, table_names

MAX_ROWS = 1_048_576  # Excel's rows per sheet, the header's included
MAX_TEXT = 32_767  # Excel's characters per cell; a longer text is cut there, as Excel itself would
HEADER_COLOUR = "#F3F3F3"


def write(connection: duckdb.DuckDBPyConnection, target: Path) -> None:
    """Every table, then every view, as a sheet of `target`, header bold, frozen and filtered;
    a sheet of a table without rows still shows its columns."""
    header = rustpy_xlsxwriter.Format().set_bold().set_background_color(HEADER_COLOUR)
    book = rustpy_xlsxwriter.FastExcel(str(target)).freeze(row=1)
    cursors = []
    try:
        for name in [*table_names(), *VIEWS]:
            cursor = reader(connection)  # rows are read as the book is saved: one result per sheet
            cursors.append(cursor)
            book = book.sheet(name[:31], _sheet(cursor, name), header_format=header, autofilter=True)
        book.save()
    finally:
        for cursor in cursors:
            cursor.close()


def _sheet(cursor: duckdb.DuckDBPyConnection, name: str) -> duckdb.DuckDBPyRelation:
    """The rows of table or view `name` as its sheet shows them. A table longer than a sheet
    ends with a row saying where it was cut (in its first text column), which is why such a
    table is counted first; UNION ALL and LIMIT keep the rows' order."""
    columns = columns_of(cursor, name)
    room = MAX_ROWS - 2  # the header, and the row that says where the table was cut
    # fetched whole: a result left open on the cursor would trouble the relation made after it
    ((longer,),) = cursor.execute(f"SELECT count(*) > {room} FROM {name}").fetchall()
    if not longer:
        return cursor.sql(f"SELECT {_cells(columns)} FROM {name}")
    noted = next((column for column, kind in columns.items() if _is_text(kind)), next(iter(columns)))
    cells = _cells(columns, as_text=noted)
    note = ", ".join(_quote_text(f"… cut at {room:,} rows: the CSV and Parquet files hold them all")
                     if column == noted else "NULL" for column in columns)
    return cursor.sql(f"(SELECT {cells} FROM {name} LIMIT {room}) UNION ALL (SELECT {note})")


_NUMBERS = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
            "UBIGINT", "FLOAT", "DOUBLE")


def _is_text(kind: str) -> bool:
    return kind not in _NUMBERS and kind != "BOOLEAN"


def _cells(columns: dict[str, str], as_text: str | None = None) -> str:
    """The select list of a sheet: each column as its cells hold it, under its own name;
    `as_text` names a column written as text whatever its type."""
    return ", ".join(f"{_cell(column, 'VARCHAR' if column == as_text else kind)} AS {_quote_name(column)}"
                     for column, kind in columns.items())


def _cell(column: str, kind: str) -> str:
    """The SQL for how a column of this DuckDB type is written: numbers and booleans as they
    are; lists joined with "; "; anything else (texts, dates, decimals) as text, as the CSV
    has it, cut at a cell's limit."""
    name = _quote_name(column)
    if not _is_text(kind):
        return name
    if kind.endswith("[]"):
        return f"left(array_to_string(CAST({name} AS VARCHAR[]), '; '), {MAX_TEXT})"
    return f"left(CAST({name} AS VARCHAR), {MAX_TEXT})"


def _quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
