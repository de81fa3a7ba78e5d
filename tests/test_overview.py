"""`extract compare` on real extracted reports: DuckDB counts, links, exports, skipped files, atomicity."""

from __future__ import annotations

import csv
import importlib
import json
import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from conftest import SAMPLES, SHARED
from extract.cli import main

CORPUS = SHARED / "corpus" / "dev"

PROMISES_GIVEN = """# Medborgarlöften 2025

## Lunds kommun och Polisen

### Löfte 1

**Polisen och kommunen lovar att minska antalet inbrott i bostäder och fritidshus.**

Polisen lovar att:

- genomföra trygghetsvandringar i bostadsområden
- informera om grannsamverkan

### Löfte 2

**Polisen och kommunen lovar att öka trafiksäkerheten vid skolorna.**

Kommunen lovar att:

- sätta upp nya hastighetsskyltar vid skolorna

### Löfte 3

**Kommunen lovar att sanera klotter i centrum inom ett dygn.**
"""

FOLLOW_UP = """# Uppföljning av medborgarlöften 2025

## Lunds kommun och Polisen

### Löfte 1

**Polisen och kommunen lovar att minska antalet inbrott i bostäder.**

Status: Genomfört

Polisen har genomfört tolv trygghetsvandringar och tre möten om grannsamverkan.

### Löfte 2

**Polisen och kommunen lovar att öka trafiksäkerheten vid skolorna.**

Status: Delvis genomfört

Kommunen har satt upp skyltar vid fyra av sex skolor.
"""


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Extracted reports: the samples (three renderings of one report), the corpus, a promise and its follow-up."""
    base = tmp_path_factory.mktemp("compare")
    inputs = base / "in"
    shutil.copytree(SAMPLES, inputs / "samples")
    if CORPUS.is_dir():
        shutil.copytree(CORPUS, inputs / "corpus", ignore=shutil.ignore_patterns("*.json"))
    (inputs / "lund").mkdir()
    (inputs / "lund" / "lund-medborgarloften-2025.md").write_text(PROMISES_GIVEN, encoding="utf-8")
    (inputs / "lund" / "lund-uppfoljning-2025.md").write_text(FOLLOW_UP, encoding="utf-8")
    code, output = _invoke("run", str(inputs), "-o", str(base / "out"), "--quiet")
    assert code == 0, output
    return base / "out"


@pytest.fixture(scope="module")
def overview(runs: Path) -> Path:
    out = runs.parent / "overview"
    code, output = _invoke("compare", str(runs), "-o", str(out))
    assert code == 0, output
    return out


def _reports(runs: Path) -> list[dict[str, object]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(runs.rglob("*.json"))]


def _connect(overview: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(overview / "overview.duckdb"), read_only=True)


def _one(connection: duckdb.DuckDBPyConnection, sql: str) -> object:
    row = connection.execute(sql).fetchone()
    assert row is not None
    return row[0]


def test_counts_in_duckdb_match_the_reports(runs: Path, overview: Path) -> None:
    reports = _reports(runs)
    # the Markdown, HTML, PDF and Word renderings of the sample are one report: counted once
    renderings = [r for r in reports if r["source"]["path"].startswith("samples/")]  # type: ignore[index]
    assert len(renderings) == 4
    canonical = [r for r in reports if r not in renderings[1:]]
    promises = [p for r in canonical for p in r["promises"]]  # type: ignore[attr-defined]
    with _connect(overview) as db:
        assert _one(db, "SELECT count(*) FROM reports") == len(reports)
        assert _one(db, "SELECT count(*) FROM reports WHERE duplicate_of IS NOT NULL") == 3
        assert _one(db, "SELECT count(*) FROM promises") == len(promises)
        assert _one(db, "SELECT count(*) FROM activities") == sum(len(p["activities"]) for p in promises)
        assert _one(db, "SELECT count(*) FROM results") == sum(len(p["results"]) for p in promises)
        assert _one(db, "SELECT count(*) FROM promise_themes") == sum(len(p["themes"]) for p in promises)
        assert _one(db, "SELECT count(*) FROM report_municipalities") == sum(
            len(r["municipalities"]) for r in reports)  # type: ignore[arg-type]
        assert _one(db, "SELECT count(*) FROM municipalities") == 290
        assert _one(db, "SELECT count(*) FROM themes") >= 10
        codes = {m["code"] for r in reports for m in r["municipalities"]}  # type: ignore[attr-defined]
        assert _one(db, "SELECT count(*) FROM municipalities_without_reports") == 290 - len(codes)
        years = {y for r in reports if r["period"] for y in range(
            r["period"]["start"], r["period"]["end"] + 1)}  # type: ignore[index]
        assert _one(db, "SELECT count(*) FROM coverage") == 290 * (max(years) - min(years) + 1)
        harjedalen = db.execute("SELECT year, reports FROM coverage WHERE code = '2361' AND reports > 0 "
                                "ORDER BY year").fetchall()
        assert harjedalen == [(2023, 1), (2024, 1)]
        # every followed-up promise has a status bar, and "not reported" where the report gives none
        # every followed-up promise once per police region of its report (the two the Lund follow-up
        # restates stand under the promises given, with the follow-up's status)
        followed = sum(len({m["police_region"] for m in r["municipalities"]})  # type: ignore[attr-defined]
                       for r in canonical for p in r["promises"] if p["part"] == "follow_up")  # type: ignore[attr-defined]
        assert _one(db, "SELECT sum(promises) FROM status_by_region") == followed
        assert _one(db, "SELECT count(*) FROM promise_overview") == _one(db, "SELECT count(*) FROM promise_register")
        # the three-way breakdown adds up to the two-way ones
        assert _one(db, "SELECT sum(promises) FROM promises_by_theme_region_year") == _one(
            db, "SELECT sum(promises) FROM promises_by_theme_year")


def test_a_follow_up_is_linked_to_the_promises_it_reports_on(overview: Path) -> None:
    with _connect(overview) as db:
        rows = db.execute("""
            SELECT g.text, f.text, f.status FROM promise_links l
            JOIN promises g ON g.promise_key = l.promise_key JOIN promises f ON f.promise_key = l.follow_up_key
            ORDER BY g.ordinal""").fetchall()
        assert [(r[0].split(" att ")[1][:20], r[2]) for r in rows] == [
            ("minska antalet inbro", "done"), ("öka trafiksäkerheten", "partly_done")]
        lund = db.execute("""
            SELECT text, status, followed_up FROM promise_register JOIN report_municipalities USING (report_id)
            WHERE code = '1281' ORDER BY promise_key""").fetchall()
        # three promises given, two followed up; the follow-up's restatements are not counted again
        assert [(s, f) for _, s, f in lund] == [("done", True), ("partly_done", True), (None, False)]


def test_tables_and_views_are_exported_as_csv_parquet_and_one_workbook_with_the_same_rows(overview: Path) -> None:
    from openpyxl import load_workbook  # a second reader of what XlsxWriter wrote

    book = load_workbook(overview / "overview.xlsx", read_only=True)
    with _connect(overview) as db:
        tables = ["reports", "municipalities", "promises", "activities", "results", "themes"]
        views = ["promise_overview", "coverage", "status_by_region"]
        for name, folder in [(t, "") for t in tables] + [(v, "views/") for v in views]:
            count = _one(db, f"SELECT count(*) FROM {name}")
            raw = (overview / "csv" / f"{folder}{name}.csv").read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for Excel
            with (overview / "csv" / f"{folder}{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
                assert sum(1 for _ in csv.DictReader(handle, delimiter=";")) == count
            parquet = (overview / "parquet" / f"{folder}{name}.parquet").as_posix()
            assert _one(db, f"SELECT count(*) FROM read_parquet('{parquet}')") == count
            assert book[name].max_row == count + 1  # the header and every row
        codes = [row[0] for row in book["municipalities"].iter_rows(min_row=2, max_col=1, values_only=True)]
        assert "0114" in codes  # kommunkod as text: its leading zero kept
        themes = _one(db, f"SELECT themes FROM read_parquet('{(overview / 'parquet' / 'promises.parquet').as_posix()}')"
                          " WHERE len(themes) > 1 LIMIT 1")
        assert isinstance(themes, list)


def test_promises_link_to_their_source_file_and_pdf_page(runs: Path, overview: Path) -> None:
    with _connect(overview) as db:
        links = db.execute("SELECT p.link, r.format, p.page FROM promises p JOIN reports r USING (report_id)"
                           ).fetchall()
    for link, fmt, page in links:
        target = (overview / link.split("#")[0]).resolve()
        assert target.is_file() and target.suffix != ".json"
        if fmt == "pdf":
            assert link.endswith(f"#page={page}")


def test_invalid_files_are_reported_and_skipped(runs: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(runs, folder)
    (folder / "broken.json").write_text('{"schema_version": "1.0", ', encoding="utf-8")
    (folder / "gold.json").write_text('{"document": "x.md", "promises": []}', encoding="utf-8")
    out = tmp_path / "overview"
    code, output = _invoke("compare", str(folder), "-o", str(out), "--quiet")
    assert code == 1
    assert "skipped: " in output and "broken.json" in output and "gold.json" in output
    skipped = [json.loads(line) for line in (out / "skipped.jsonl").read_text("utf-8").splitlines()]
    assert sorted(Path(s["path"]).name for s in skipped) == ["broken.json", "gold.json"]
    assert all("not a valid report" in s["reason"] for s in skipped)
    with _connect(out) as db:
        assert _one(db, "SELECT count(*) FROM reports") == len(list(runs.rglob("*.json")))


def test_nothing_valid_writes_nothing_and_keeps_the_previous_overview(runs: Path, tmp_path: Path) -> None:
    out = tmp_path / "overview"
    assert _invoke("compare", str(runs), "-o", str(out), "--quiet")[0] == 0
    before = {p.relative_to(out): p.stat().st_mtime_ns for p in out.rglob("*")}
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "x.json").write_text("[]", encoding="utf-8")
    code, output = _invoke("compare", str(empty), "-o", str(out), "--quiet")
    assert code == 1 and "no valid report" in output
    assert {p.relative_to(out): p.stat().st_mtime_ns for p in out.rglob("*")} == before


def test_the_overview_folder_is_not_read_as_reports(runs: Path, tmp_path: Path) -> None:
    folder = tmp_path / "runs"
    shutil.copytree(runs, folder)
    out = folder / "overview"  # inside the folder compared, as `make run` does it
    for _ in range(2):
        code, output = _invoke("compare", str(folder), "-o", str(out), "--quiet")
        assert code == 0, output
    with _connect(out) as db:
        assert _one(db, "SELECT count(*) FROM reports") == len(list(runs.rglob("*.json")))


def test_theme_charts_count_each_promise_once_in_one_colour_per_theme(overview: Path) -> None:
    from extract.lexicon import theme_codes
    from extract.overview import page

    assert set(page.THEME_COLOURS) == set(theme_codes())
    assert len(set(page.THEME_COLOURS.values())) == len(page.THEME_COLOURS)  # no two themes share a colour
    with _connect(overview) as db:
        themes = dict(db.execute("SELECT code, label FROM themes").fetchall())
        regions = [r[0] for r in db.execute("SELECT DISTINCT police_region FROM report_regions").fetchall()]
        figure = page._stacked(db, page._THEME_REGION, regions, themes, page.THEME_COLOURS, ("x", "y"))
        assert figure is not None
        totals = {region: sum(trace.y[i] for trace in figure.data) for i, region in enumerate(regions)}
        distinct = dict(db.execute(
            "SELECT rr.police_region, count(DISTINCT pr.promise_key) FROM promise_register pr "
            "JOIN report_regions rr USING (report_id) JOIN promise_themes USING (promise_key) "
            "GROUP BY ALL").fetchall())
    assert any(len(trace.y) for trace in figure.data)
    for region in regions:
        assert round(totals[region], 6) == distinct.get(region, 0), region
    assert {trace.marker.color for trace in figure.data} <= set(page.THEME_COLOURS.values())


def test_the_page_words_are_checked_for_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    from extract.overview import page

    assert page.words("sv")["status_partly_done"] == "delvis genomfört"
    assert page.words("en")["status_partly_done"] == "partly done"
    broken = "[sv]\ntitle = 'a'\nextra = 'b'\n[en]\ntitle = 'a'\n[en.themes]\n"
    monkeypatch.setattr(page, "data_text", lambda name: broken)
    page.words.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"keys in one language only: \['extra'\]"):
            page.words("sv")
    finally:
        page.words.cache_clear()


def test_reports_read_by_worker_processes_build_the_same_overview(runs: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading and validating is spread over processes for a large folder: the tables, their
    ids, the duplicates, the links and the skipped files are those of reading in one process."""
    build_module = importlib.import_module("extract.overview.build")
    folder = tmp_path / "mixed"
    shutil.copytree(runs, folder)
    (folder / "broken.json").write_text('{"schema_version": "1.0", ', encoding="utf-8")
    monkeypatch.setattr(build_module, "_PARALLEL_FROM", 0)  # workers even for this small folder
    monkeypatch.setattr(build_module, "_BATCH", 3)  # and many batches, so order across them counts
    serial = build_module.build([folder], tmp_path / "one", jobs=1)
    parallel = build_module.build([folder], tmp_path / "two", jobs=2)
    assert (parallel.reports, parallel.duplicates, parallel.promises, parallel.links) == (
        serial.reports, serial.duplicates, serial.promises, serial.links)
    assert [s.path for s in parallel.skipped] == [s.path for s in serial.skipped] == [folder / "broken.json"]
    one, two = tmp_path / "one" / "csv", tmp_path / "two" / "csv"
    tables = sorted(p.relative_to(one) for p in one.rglob("*.csv"))
    assert tables and tables == sorted(p.relative_to(two) for p in two.rglob("*.csv"))
    for table in tables:
        assert (one / table).read_bytes() == (two / table).read_bytes(), table
    from openpyxl import load_workbook  # the workbook, written by a thread or by a process of its own

    books = [load_workbook(tmp_path / side / "overview.xlsx", read_only=True) for side in ("one", "two")]
    assert books[0].sheetnames == books[1].sheetnames
    for name in books[0].sheetnames:
        assert list(books[0][name].values) == list(books[1][name].values), name


def test_report_files_are_found_once_in_path_order_hidden_ones_left_out(tmp_path: Path) -> None:
    """What compare reads of a folder: every report JSON below it, sorted by path; not a run in
    progress (hidden), not the overview's own folder, and a file reached twice only once."""
    from extract.overview import collect

    runs = tmp_path / "runs"
    for name in ["b/2.json", "a-b/1.json", "a/3.json", "a/x.md", ".tmp/4.json", "a/.5.json", "ov/6.json"]:
        (runs / name).parent.mkdir(parents=True, exist_ok=True)
        (runs / name).write_text("{}", encoding="utf-8")
    (runs / "a" / "linked.json").symlink_to(runs / "b" / "2.json")
    (runs / "c").symlink_to(runs / "a", target_is_directory=True)  # a linked folder is not entered
    found = collect.files([runs, runs / "a"], exclude=runs / "ov")
    assert [(path.relative_to(runs).as_posix(), root) for path, root, _ in found] == [
        ("a/3.json", runs), ("a/linked.json", runs), ("a-b/1.json", runs)]  # b/2.json: read as a/linked.json
    assert [Path(resolved) for _, _, resolved in found] == [
        (runs / "a" / "3.json").resolve(), (runs / "b" / "2.json").resolve(), (runs / "a-b" / "1.json").resolve()]


def test_the_database_keeps_its_views_for_sql(overview: Path) -> None:
    """The exports read the views computed once; the database still holds them as views."""
    from extract.overview import store

    with _connect(overview) as db:
        kinds = dict(db.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall())
    assert all(kinds[name] == "VIEW" for name in store.VIEWS)


TWO_MUNICIPALITIES = """# Medborgarlöften 2025 för Hjo kommun och Tibro kommun

Polisen, Hjo kommun och Tibro kommun lovar att minska skadegörelsen vid stationerna.
"""


def _page_data(page: str, element_id: str) -> object:
    start = page.index(f"id='{element_id}'>") + len(f"id='{element_id}'>")
    return json.loads(page[start:page.index("</script>", start)])


def test_the_page_table_holds_every_promise_once_with_its_follow_ups_activities_and_results(
        runs: Path, tmp_path: Path) -> None:
    """The searchable table's records (built by DuckDB) say what the database says; a promise
    followed up opens on the follow-up's results; each municipality in the filter keeps its own
    code, also for a report naming two whose names and codes sort differently (Hjo 1497, Tibro 1472)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hjo-tibro.md").write_text(TWO_MUNICIPALITIES, encoding="utf-8")
    code, output = _invoke("run", str(tmp_path / "in"), "-o", str(tmp_path / "two"), "--quiet")
    assert code == 0, output
    code, output = _invoke("compare", str(runs), str(tmp_path / "two"), "-o", str(tmp_path / "overview"))
    assert code == 0, output
    page = (tmp_path / "overview" / "index.html").read_text(encoding="utf-8")
    records = _page_data(page, "promise-data")
    assert isinstance(records, list)
    with _connect(tmp_path / "overview") as db:
        assert len(records) == _one(db, "SELECT count(*) FROM promise_register")
        texts = {text for (text,) in db.execute("SELECT text FROM promise_register").fetchall()}
    assert {r["text"] for r in records} == texts
    burglary = next(r for r in records if "minska antalet inbrott i bostäder och fritidshus" in r["text"])
    assert burglary["status"] == "done" and burglary["status_label"] == "genomfört"
    assert burglary["municipalities"] == "Lund" and burglary["codes"] == ["1281"] and burglary["period"] == "2025"
    assert "genomföra trygghetsvandringar i bostadsområden" in burglary["activities"]  # its own
    assert any("tolv trygghetsvandringar" in r for r in burglary["results"])  # the follow-up's
    both = next(r for r in records if "skadegörelsen" in r["text"])
    assert both["municipalities"] == "Hjo, Tibro" and both["codes"] == ["1472", "1497"]
    start = page.index("<select id='municipality'")
    options = page[start:page.index("</select>", start)]
    assert "<option value='1497'>Hjo</option>" in options and "<option value='1472'>Tibro</option>" in options
    years = page[page.index("<select id='year'"):]
    assert "<option value='2025'>2025</option>" in years[:years.index("</select>")]


def _csv_tables(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted((folder / "csv").rglob("*.csv"))}


def test_a_rebuild_takes_back_unchanged_reports_and_reads_changed_ones(runs: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Digests kept between builds (`.digests`): a rebuild into the same folder reads only
    the reports whose file changed, and builds the overview a fresh build does, and with no
    file changed builds nothing; `force` reads every one; a kept file that is damaged or
    foreign is set aside, never trusted."""
    build_module = importlib.import_module("extract.overview.build")
    collect_module = importlib.import_module("extract.overview.collect")
    folder = tmp_path / "runs"
    shutil.copytree(runs, folder)
    out = tmp_path / "overview"
    read: list[Path] = []
    real_read = collect_module.read
    monkeypatch.setattr(collect_module, "read", lambda candidate: read.append(candidate.path) or real_read(candidate))

    first = build_module.build([folder], out, jobs=1)
    reports = sorted(folder.rglob("*.json"))
    assert len(read) == len(reports) and (out / ".digests").is_file()

    # nothing changed: the overview there is this one, and nothing is built (unchanged-overview)
    page = (out / "index.html").stat().st_mtime_ns
    read.clear()
    again = build_module.build([folder], out, jobs=1)
    assert read == [] and (out / "index.html").stat().st_mtime_ns == page and again.unchanged
    assert (again.files, again.reports, again.duplicates, again.promises, again.links, again.municipalities) == (
        first.files, first.reports, first.duplicates, first.promises, first.links, first.municipalities)
    # built again (its record of what it was made of gone), every report taken back: the same tables
    (out / ".built").unlink()
    again = build_module.build([folder], out, jobs=1)
    assert read == [] and (out / "index.html").stat().st_mtime_ns != page
    assert (again.reports, again.promises, again.links) == (first.reports, first.promises, first.links)
    fresh = tmp_path / "fresh"
    build_module.build([folder], fresh, jobs=1)
    assert _csv_tables(out) == _csv_tables(fresh)

    # a report changed since: read again, and its change shows
    changed = next(p for p in reports if json.loads(p.read_text("utf-8"))["promises"])
    data = json.loads(changed.read_text("utf-8"))
    data["promises"][0]["text"] = "Polisen lovar att öka närvaron vid stationen varje helg."
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    read.clear()
    build_module.build([folder], out, jobs=1)
    assert read == [changed]
    with _connect(out) as connection:
        assert _one(connection, "SELECT count(*) FROM promises WHERE text LIKE 'Polisen lovar att öka när%'") == 1

    # a report whose input file moved links elsewhere: read again too
    index = next(folder.rglob("index.jsonl"))
    entries = [json.loads(line) for line in index.read_text("utf-8").splitlines()]
    entries[0]["input"] = str(tmp_path / "moved" / Path(entries[0]["input"]).name)
    index.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    read.clear()
    build_module.build([folder], out, jobs=1)
    assert read == [index.parent / f"{entries[0]['path']}.json"]

    read.clear()
    build_module.build([folder], out, jobs=1, force=True)
    assert len(read) == len(reports)
    read.clear()
    code, output = _invoke("compare", str(folder), "-o", str(out), "--force", "--quiet", "--jobs", "1")
    assert code == 0 and len(read) == len(reports), output
    code, output = _invoke("compare", str(folder), "-o", str(out), "--jobs", "1")  # says it built nothing
    assert code == 0 and "översikten är aktuell" in output, output

    # damaged, cut short, or kept for another overview folder (whose links differ): all read
    for kept in (b"not msgpack at all", (out / ".digests").read_bytes()[:200], (fresh / ".digests").read_bytes()):
        (out / ".digests").write_bytes(kept)
        (out / ".built").unlink()
        read.clear()
        build_module.build([folder], out, jobs=1)
        assert len(read) == len(reports)

    # a file that is no report is skipped whether or not the overview is built again; the
    # page's language is part of what an overview is made of
    (folder / "broken.json").write_text('{"schema_version": "1.0", ', encoding="utf-8")
    built = build_module.build([folder], out, jobs=1)
    page = (out / "index.html").stat().st_mtime_ns
    kept_again = build_module.build([folder], out, jobs=1)
    assert (out / "index.html").stat().st_mtime_ns == page
    assert [s.path for s in kept_again.skipped] == [s.path for s in built.skipped] == [folder / "broken.json"]
    build_module.build([folder], out, jobs=1, lang="en")
    assert (out / "index.html").stat().st_mtime_ns != page
