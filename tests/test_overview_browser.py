"""The overview page in a real headless browser: it loads offline, draws its charts, and its search works.

Needs Chromium (Debian's `chromium`, which `.ci/run` installs) and Playwright's
Python driver; without them the test is skipped and says why.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SAMPLES
from extract.cli import main

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium")
                 if p and Path(p).exists()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium browser installed (apt-get install chromium)")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def page_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("browser")
    runner = CliRunner()
    result = runner.invoke(main, ["run", str(SAMPLES), "-o", str(base / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["compare", str(base / "out"), "-o", str(base / "overview"), "--quiet"])
    assert result.exit_code == 0, result.output
    return base / "overview" / "index.html"


def test_overview_page_loads_offline_shows_charts_and_finds_a_promise(page_path: Path) -> None:
    problems: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page()
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "blob:"))
                    else requests.append(r.url))
            page.goto(page_path.as_uri())
            page.wait_for_selector("#chart-theme-region .main-svg")

            charts = page.locator(".js-plotly-plot")
            assert charts.count() == 3
            for i in range(3):  # each chart has drawn bars
                assert charts.nth(i).locator("g.trace.bars path").count() > 0

            rows = page.locator("#promises tbody tr")
            total = rows.count()
            assert total == 3  # the sample's three promises, its three renderings counted once
            page.fill("#search", "trafiksäkerhet")
            assert rows.count() == 1
            assert "trafiksäkerhet" in rows.first.inner_text()
            assert page.locator("#count").inner_text().startswith("1 of 3")
            page.fill("#search", "ingenting-sådant")
            assert rows.count() == 0
            page.fill("#search", "")
            assert rows.count() == total

            regions = page.locator("#coverage summary").all_inner_texts()
            assert len(regions) == 7  # the police regions, with the municipalities that lack reports
            assert "Nord: 1 of 44 municipalities have a report" in regions
        finally:
            browser.close()
    assert problems == []
    assert requests == []  # nothing fetched from any network
