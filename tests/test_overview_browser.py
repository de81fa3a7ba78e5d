"""The overview page in a real headless browser: it loads offline, its charts count each
promise once, and its filters, sorting, opening rows, exports and municipality view work.

Needs Chromium (Debian's `chromium`, which `.ci/run` installs) and Playwright's
Python driver; without them the test is skipped and says why.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import REGENERATE, ROOT, SAMPLES
from extract.cli import main

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium")
                 if p and Path(p).exists()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium browser installed (apt-get install chromium)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("browser")
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(base / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    return base / "out"


def _overview(runs: Path, lang: str) -> Path:
    out = runs.parent / f"overview-{lang}"
    result = CliRunner().invoke(main, ["compare", str(runs), "-o", str(out), "--quiet", "--lang", lang])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def overview(runs: Path) -> Path:
    return _overview(runs, "sv")


@pytest.fixture()
def browser_page() -> Iterator[Any]:
    """A page in headless Chromium that records script errors and any request off this machine."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(accept_downloads=True)
            page.problems, page.requests = [], []
            page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: page.problems.append(str(e)))
            page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "blob:"))
                    else page.requests.append(r.url))
            yield page
            assert page.problems == []
            assert page.requests == []  # nothing fetched from any network
        finally:
            browser.close()


def _db(overview: Path) -> Any:
    import duckdb

    return duckdb.connect(str(overview / "overview.duckdb"), read_only=True)


def test_overview_page_loads_offline_shows_charts_and_finds_a_promise(overview: Path, browser_page: Any) -> None:
    page = browser_page
    page.goto((overview / "index.html").as_uri())
    page.wait_for_selector("#chart-theme-region .main-svg")
    assert page.locator("html").get_attribute("lang") == "sv"
    charts = page.locator(".js-plotly-plot")
    assert charts.count() == 3
    for i in range(3):  # each chart has drawn bars
        assert charts.nth(i).locator("g.trace.bars path").count() > 0

    rows = page.locator("#promises tbody tr.promise")
    total = rows.count()
    assert total == 3  # the sample's three promises, its renderings counted once
    page.fill("#search", "trafiksäkerhet")
    assert rows.count() == 1
    assert "trafiksäkerhet" in rows.first.inner_text()
    assert page.locator("#count").inner_text() == "1 av 3 löften"
    page.fill("#search", "ingenting-sådant")
    assert rows.count() == 0
    page.fill("#search", "")
    assert rows.count() == total

    regions = page.locator("#coverage summary").all_inner_texts()
    assert len(regions) == 7  # the police regions, with the municipalities that lack reports
    assert "Nord: 1 av 44 kommuner har en rapport" in regions


def test_the_readme_screenshot_is_made_from_the_page(overview: Path, browser_page: Any) -> None:
    """docs/overview.png, as the README shows it: rewritten with EXTRACT_REGENERATE=1."""
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto((overview / "index.html").as_uri())
    page.wait_for_selector("#chart-theme-region .main-svg")
    page.locator("#promises tbody tr.promise").first.locator("button.toggle").click()
    page.locator("#promise-section").scroll_into_view_if_needed()
    image = page.screenshot(full_page=True)
    assert image.startswith(b"\x89PNG") and len(image) > 20_000
    if REGENERATE:
        (ROOT / "docs" / "overview.png").write_bytes(image)
    assert (ROOT / "docs" / "overview.png").is_file()


def test_chart_totals_count_each_promise_once_and_each_theme_keeps_one_colour(overview: Path,
                                                                               browser_page: Any) -> None:
    page = browser_page
    page.goto((overview / "index.html").as_uri())
    page.wait_for_selector("#chart-theme-year .main-svg")
    traces = page.evaluate("""() => ['chart-theme-region', 'chart-theme-year'].map((id) =>
        document.getElementById(id).data.map((t) => [t.name, t.marker.color, t.y.reduce((a, b) => a + b, 0)]))""")
    with _db(overview) as db:
        by_region = db.execute("SELECT count(*) FROM (SELECT DISTINCT promise_key, police_region FROM "
                               "promise_register JOIN report_regions USING (report_id))").fetchone()[0]
    assert round(sum(total for _, _, total in traces[0]), 6) == by_region  # ½ + ½ for a promise with two themes
    for chart in traces:
        colours = [colour for _, colour, _ in chart]
        assert len(set(colours)) == len(colours)  # no two themes share a colour
    assert {name: colour for name, colour, _ in traces[0]} == {
        name: colour for name, colour, _ in traces[1] if name in {n for n, _, _ in traces[0]}}


def test_filters_sorting_and_a_promise_opening_on_its_activities_and_results(overview: Path,
                                                                              browser_page: Any) -> None:
    page = browser_page
    page.goto((overview / "index.html").as_uri())
    rows = page.locator("#promises tbody tr.promise")
    with _db(overview) as db:
        traffic = db.execute("SELECT count(DISTINCT promise_key) FROM promise_register "
                             "WHERE list_contains(themes, 'traffic')").fetchone()[0]
        first_key = db.execute("SELECT promise_key FROM promise_overview LIMIT 1").fetchone()[0]
        activities = db.execute("SELECT count(*) FROM activities WHERE promise_key = ?", [first_key]).fetchone()[0]
        results = db.execute("SELECT count(*) FROM results WHERE promise_key = ?", [first_key]).fetchone()[0]
    page.select_option("#theme", "traffic")
    assert rows.count() == traffic
    page.select_option("#theme", "")
    page.select_option("#year", "2023")
    assert rows.count() == 3  # the sample's promises are for 2023–2024
    page.select_option("#year", "")

    page.click("#promises th[data-key='text']")
    texts = [rows.nth(i).locator("td").nth(6).inner_text() for i in range(rows.count())]
    assert texts == sorted(texts, key=str.lower)
    page.click("#promises th[data-key='text']")
    assert [rows.nth(i).locator("td").nth(6).inner_text() for i in range(rows.count())] == texts[::-1]

    page.click("#promises th[data-key='text']")  # back to the order of the first promise in the database
    page.fill("#search", "")
    page.reload()
    page.locator("#promises tbody tr.promise").first.locator("button.toggle").click()
    detail = page.locator("#promises tbody tr.detail")
    assert detail.count() == 1
    assert "Aktiviteter" in detail.inner_text() and "Resultat" in detail.inner_text()
    lists = detail.locator("ul")
    assert sum(lists.nth(i).locator("li").count() for i in range(lists.count())) == activities + results


def test_export_buttons_write_the_rows_the_table_shows(overview: Path, browser_page: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    page = browser_page
    page.goto((overview / "index.html").as_uri())
    page.fill("#search", "trafiksäkerhet")
    shown = page.locator("#promises tbody tr.promise").count()
    with page.expect_download() as csv_download:
        page.click("#export-csv")
    csv_path = tmp_path / "promises.csv"
    csv_download.value.save_as(csv_path)
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # for Excel: UTF-8
    lines = raw.decode("utf-8-sig").strip("\r\n").split("\r\n")
    assert len(lines) == shown + 1 and lines[0].startswith("Kommun;Kommunkod;")
    assert "trafiksäkerhet" in lines[1]
    with page.expect_download() as xlsx_download:
        page.click("#export-xlsx")
    xlsx_path = tmp_path / "promises.xlsx"
    xlsx_download.value.save_as(xlsx_path)
    sheet = load_workbook(xlsx_path).active
    assert sheet.max_row == shown + 1
    assert sheet.cell(1, 1).value == "Kommun" and "trafiksäkerhet" in str(sheet.cell(2, 7).value)
    assert sheet.cell(1, 11).value == "Sökväg till källan"
    assert Path(str(sheet.cell(2, 11).value)).is_absolute()  # beside the link relative to the overview


def test_a_municipality_opens_on_its_promises_across_the_years(overview: Path, browser_page: Any) -> None:
    page = browser_page
    page.goto((overview / "index.html").as_uri())
    page.locator("#coverage summary", has_text="Nord").click()
    page.locator("#coverage a.drill").first.click()
    assert page.locator("#municipality").input_value() == "2361"
    assert page.locator("#drill h3").inner_text() == "Härjedalen: 3 löften"
    assert page.locator("#drill li").all_inner_texts()[0].startswith("2023: 3 löften")
    assert page.locator("#promises tbody tr.promise").count() == 3
    page.locator("#drill button").click()
    assert page.locator("#drill h3").count() == 0


def test_the_page_in_english(runs: Path, browser_page: Any) -> None:
    page = browser_page
    page.goto((_overview(runs, "en") / "index.html").as_uri())
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Medborgarlöften: national overview"
    assert page.locator("#count").inner_text() == "3 of 3 promises"
    assert "Traffic and road safety" in page.locator("#promises tbody").inner_text()
