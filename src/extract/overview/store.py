"""The overview database: DuckDB tables from the staged rows, views for the usual questions, exports.

DuckDB is embedded (a single file, no server), reads the staged JSON lines in
one pass with the declared column types, and writes CSV and Parquet itself.
The views answer what a police region asks of a national overview; the HTML
page is drawn from them, so the page and a researcher's SQL agree.
"""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb

from extract.lexicon import data_text
from extract.municipalities import register
from extract.overview.tables import TABLES

STATUSES = ("done", "partly_done", "ongoing", "not_done", "not_reported")

VIEWS = {
    # report -> the police regions of its municipalities, each once
    "report_regions": """
        SELECT DISTINCT rm.report_id, m.police_region
        FROM report_municipalities rm JOIN municipalities m USING (code)
        ORDER BY ALL""",
    # every promise once: a follow-up's promise that restates a promise given elsewhere stands
    # under that promise, whose outcome is the follow-up's status
    "promise_register": """
        SELECT p.promise_key, p.report_id, p.text, p.themes, p.actors, p.part, p.page, p.link,
               r.doc_type, r.period_start, r.period_end,
               CASE WHEN p.part = 'follow_up' THEN p.promise_key ELSE l.follow_up_key END AS follow_up_key,
               CASE WHEN p.part = 'follow_up' THEN p.status ELSE f.status END AS status,
               f.link AS follow_up_link,
               (p.part = 'follow_up' OR l.follow_up_key IS NOT NULL) AS followed_up
        FROM promises p
        JOIN reports r USING (report_id)
        LEFT JOIN promise_links l ON l.promise_key = p.promise_key
        LEFT JOIN promises f ON f.promise_key = l.follow_up_key
        WHERE p.promise_key NOT IN (SELECT follow_up_key FROM promise_links)""",
    "promises_by_theme_region": """
        SELECT rr.police_region, pt.theme, count(DISTINCT pr.promise_key) AS promises
        FROM promise_register pr
        JOIN promise_themes pt USING (promise_key)
        JOIN report_regions rr USING (report_id)
        GROUP BY ALL ORDER BY ALL""",
    # a promise for 2023-2024 is in force in both years
    "promises_by_theme_year": """
        SELECT y.year, pt.theme, count(DISTINCT pr.promise_key) AS promises
        FROM promise_register pr
        JOIN promise_themes pt USING (promise_key)
        JOIN (SELECT promise_key, unnest(generate_series(period_start, period_end)) AS year
              FROM promise_register WHERE period_start IS NOT NULL) y USING (promise_key)
        GROUP BY ALL ORDER BY ALL""",
    "promises_by_theme_region_year": """
        SELECT rr.police_region, y.year, pt.theme, count(DISTINCT pr.promise_key) AS promises
        FROM promise_register pr
        JOIN promise_themes pt USING (promise_key)
        JOIN report_regions rr USING (report_id)
        JOIN (SELECT promise_key, unnest(generate_series(period_start, period_end)) AS year
              FROM promise_register WHERE period_start IS NOT NULL) y USING (promise_key)
        GROUP BY ALL ORDER BY ALL""",
    "status_by_region": """
        SELECT rr.police_region, coalesce(pr.status, 'not_reported') AS status,
               count(DISTINCT pr.promise_key) AS promises
        FROM promise_register pr JOIN report_regions rr USING (report_id)
        WHERE pr.followed_up
        GROUP BY ALL ORDER BY ALL""",
    # every municipality for every year any report covers, with the reports that cover it
    "coverage": """
        WITH years AS (
            SELECT unnest(generate_series(min(period_start), max(period_end))) AS year
            FROM reports WHERE duplicate_of IS NULL AND period_start IS NOT NULL),
        covered AS (
            SELECT rm.code, y.year, count(DISTINCT r.report_id) AS reports,
                   list(DISTINCT r.doc_type ORDER BY r.doc_type) AS doc_types
            FROM reports r JOIN report_municipalities rm USING (report_id)
            JOIN years y ON y.year BETWEEN r.period_start AND r.period_end
            WHERE r.duplicate_of IS NULL
            GROUP BY ALL)
        SELECT m.code, m.name, m.county, m.police_region, y.year,
               coalesce(c.reports, 0) AS reports, coalesce(c.doc_types, []) AS doc_types
        FROM municipalities m CROSS JOIN years y
        LEFT JOIN covered c ON c.code = m.code AND c.year = y.year
        ORDER BY m.police_region, m.county, m.name, y.year""",
    "municipalities_without_reports": """
        SELECT m.* FROM municipalities m
        WHERE m.code NOT IN (SELECT rm.code FROM report_municipalities rm
                             JOIN reports r USING (report_id) WHERE r.duplicate_of IS NULL)
        ORDER BY m.code""",
    # one row per promise for the searchable table
    "promise_overview": """
        SELECT pr.promise_key,
               string_agg(DISTINCT m.name, ', ' ORDER BY m.name) AS municipalities,
               string_agg(DISTINCT m.police_region, ', ' ORDER BY m.police_region) AS police_regions,
               pr.period_start, pr.period_end, pr.doc_type, pr.text, pr.themes,
               CASE WHEN pr.followed_up THEN coalesce(pr.status, 'not_reported') END AS status,
               pr.link, pr.page, pr.follow_up_link
        FROM promise_register pr
        LEFT JOIN report_municipalities rm USING (report_id)
        LEFT JOIN municipalities m USING (code)
        GROUP BY ALL
        ORDER BY min(m.name), pr.period_start, pr.promise_key""",
}

REGISTERS = {
    "municipalities": {"code": "VARCHAR", "name": "VARCHAR", "county": "VARCHAR", "police_region": "VARCHAR"},
    "themes": {"code": "VARCHAR", "label": "VARCHAR", "covers": "VARCHAR"},
}


def create(database: Path, staged: dict[str, Path], views: bool = True) -> duckdb.DuckDBPyConnection:
    """A new database at `database` with the registers, the staged tables (those of `TABLES`
    given in `staged`, in that order) and, unless `views` is false, the views."""
    connection = duckdb.connect(str(database))
    try:
        _registers(connection)
        for table in TABLES:
            if table in staged:
                add_table(connection, table, staged[table])
        if views:
            add_views(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def add_table(connection: duckdb.DuckDBPyConnection, table: str, staged: Path) -> None:
    """Table `table` of `TABLES`, loaded from its staged JSON lines in one pass."""
    columns = TABLES[table]
    _create(connection, table, columns)
    connection.execute(f"INSERT INTO {table} SELECT * FROM read_json(?, format = 'newline_delimited', "
                       f"columns = {_struct(columns)})", [str(staged)])


def add_views(connection: duckdb.DuckDBPyConnection) -> None:
    for name, sql in VIEWS.items():
        connection.execute(f"CREATE VIEW {name} AS {sql}")


_ATTACHED = "overview_file"  # the database file's name in a reading connection
_SEARCH = f"SET search_path = 'memory.main,{_ATTACHED}.main'"  # the computed views first, then the file


def open_computed(database: Path) -> duckdb.DuckDBPyConnection:
    """A connection that reads `database` with every view's rows computed once.

    The CSV, Parquet, workbook and page all read the views, and each would compute them
    again; here they are computed into memory and stand before the file's own views. The
    file is attached read-only, so another process (the one writing the workbook) can read
    it at the same time; the file itself keeps the views, for a researcher's own SQL."""
    connection = duckdb.connect()
    try:
        connection.execute(f"ATTACH {_quote(database.as_posix())} AS {_ATTACHED} (READ_ONLY)")
        for name in VIEWS:
            connection.execute(f"CREATE TABLE memory.main.{name} AS SELECT * FROM {_ATTACHED}.main.{name}")
        connection.execute(_SEARCH)
    except BaseException:
        connection.close()
        raise
    return connection


def reader(connection: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """A cursor of `connection` (one per sheet, or for another thread) that reads as the
    connection does: the computed views first, if `open_computed` made it."""
    cursor = connection.cursor()
    attached = cursor.execute("SELECT count(*) FROM duckdb_databases() WHERE database_name = ? "
                              "AND current_database() = 'memory'", [_ATTACHED]).fetchone()
    if attached and attached[0]:
        cursor.execute(_SEARCH)
    return cursor


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _create(connection: duckdb.DuckDBPyConnection, table: str, columns: dict[str, str]) -> None:
    body = ", ".join(f"{name} {kind}" for name, kind in columns.items())
    connection.execute(f"CREATE TABLE {table} ({body})")


def _struct(columns: dict[str, str]) -> str:
    return "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in columns.items()) + "}"


def _registers(connection: duckdb.DuckDBPyConnection) -> None:
    """All 290 municipalities and all theme codes, so the overview can show what has no report."""
    _create(connection, "municipalities", REGISTERS["municipalities"])
    connection.executemany("INSERT INTO municipalities VALUES (?, ?, ?, ?)",
                           [[k.kommunkod, k.name, k.county, k.police_region] for k in register().values()])
    _create(connection, "themes", REGISTERS["themes"])
    rows = csv.DictReader(data_text("themes.csv").splitlines())
    connection.executemany("INSERT INTO themes VALUES (?, ?, ?)",
                           [[r["code"], r["label_sv"], r["covers"]] for r in rows])


def table_names() -> list[str]:
    return [*REGISTERS, *TABLES]


def _csv_column(name: str, kind: str) -> str:
    """A column as the CSV shows it: lists joined with '; ', and text that a spreadsheet would
    run as a formula (starting with =, +, -, @, tab or carriage return) prefixed with an
    apostrophe, as OWASP advises against CSV injection. Parquet keeps the values as they are."""
    if kind.endswith("[]"):
        value = f"array_to_string(CAST({name} AS VARCHAR[]), '; ')"
    elif kind == "VARCHAR":
        value = name
    else:
        return name
    formula = r"'^[=+\-@\t\r]'"
    apostrophe = "''''"  # SQL for the one-character string "'"
    return f"CASE WHEN regexp_matches({value}, {formula}) THEN {apostrophe} || {value} ELSE {value} END AS {name}"


CSV_DELIMITER = ";"  # what Excel expects where the decimal mark is a comma, as in Swedish
_BOM = "\ufeff".encode()  # tells Excel the file is UTF-8: å, ä and ö come out right


def columns_of(connection: duckdb.DuckDBPyConnection, name: str) -> dict[str, str]:
    """A table's or view's columns and their DuckDB types, in order."""
    rows = connection.execute(f"DESCRIBE {name}").fetchall()
    return {str(row[0]): str(row[1]) for row in rows}


def export(connection: duckdb.DuckDBPyConnection, csv_dir: Path, parquet_dir: Path) -> None:
    """Every table and view as CSV (UTF-8 with a byte-order mark, ';' between fields, lists
    joined with '; ', formulas defused: it opens as it should in Swedish Excel) and as Parquet
    (lists kept). Views go to `views/` in each folder."""
    for folder in (csv_dir, parquet_dir):
        (folder / "views").mkdir(parents=True, exist_ok=True)
    names = [(t, csv_dir / f"{t}.csv", parquet_dir / f"{t}.parquet") for t in table_names()]
    names += [(v, csv_dir / "views" / f"{v}.csv", parquet_dir / "views" / f"{v}.parquet") for v in VIEWS]
    for name, csv_path, parquet_path in names:
        flat = ", ".join(_csv_column(column, kind) for column, kind in columns_of(connection, name).items())
        target = csv_path.as_posix().replace("'", "''")
        connection.execute(f"COPY (SELECT {flat} FROM {name}) TO '{target}' "
                           f"(HEADER, DELIMITER '{CSV_DELIMITER}')")
        csv_path.write_bytes(_BOM + csv_path.read_bytes())
        target = parquet_path.as_posix().replace("'", "''")
        connection.execute(f"COPY (SELECT * FROM {name}) TO '{target}' (FORMAT PARQUET)")
