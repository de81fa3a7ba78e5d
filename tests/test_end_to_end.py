"""Whole reports in every format, through the whole pipeline, compared to expected output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXPECTED, REGENERATE, SAMPLES
from extract.evaluate import score_document
from extract.pipeline import Extractor

SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".md", ".html", ".pdf", ".txt", ".docx"})
GOLD = json.loads((EXPECTED / "harjedalen-medborgarloften-2023-2024.gold.json").read_text("utf-8"))


def test_samples_hold_every_format() -> None:
    assert {p.suffix for p in SAMPLE_FILES} == {".md", ".html", ".pdf", ".docx"}


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_matches_gold(extractor: Extractor, path: Path) -> None:
    report = extractor.extract(path, path.name).model_dump(mode="json")
    score = score_document(GOLD, report)
    for field, counts in score.f1.items():
        assert (counts.fp, counts.fn) == (0, 0), f"{field}: {counts}"
    for field, accuracy in score.accuracy.items():
        assert accuracy.right == accuracy.total, f"{field}: {accuracy}"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_facts(extractor: Extractor, path: Path) -> None:
    report = extractor.extract(path, path.name)
    assert report.doc_type == "follow_up"
    assert [(m.code, m.name, m.county, m.police_region) for m in report.municipalities] == [
        ("2361", "Härjedalen", "Jämtlands län", "Nord")
    ]
    assert report.period is not None and (report.period.start, report.period.end) == (2023, 2024)
    assert [len(p.results) for p in report.promises] == [1, 2, 2]
    assert [n.text for n in report.notes] == ["Nya medborgarlöften har undertecknats för 2025- 2026.",
                                              "Du hittar dem här..."]
    assert report.warnings == []


def _comparable(report: dict[str, object]) -> dict[str, object]:
    promises = [
        {key: p[key] for key in ("text", "actors", "themes", "status")}
        | {"activities": [a["text"] for a in p["activities"]], "results": [r["text"] for r in p["results"]]}
        for p in report["promises"]  # type: ignore[union-attr]
    ]
    return {
        "doc_type": report["doc_type"], "municipalities": report["municipalities"],
        "period": report["period"], "title": report["title"], "promises": promises,
        "notes": [n["text"] for n in report["notes"]],  # type: ignore[union-attr]
    }


def test_formats_give_the_same_report(extractor: Extractor) -> None:
    outputs = {p.suffix: _comparable(extractor.extract(p, p.name).model_dump(mode="json"))
               for p in SAMPLE_FILES}
    assert outputs[".html"] == outputs[".md"]
    assert outputs[".pdf"] == outputs[".md"]


def test_provenance_points_back_to_the_source(extractor: Extractor) -> None:
    pdf = extractor.extract(SAMPLES / "harjedalen-medborgarloften-2023-2024.pdf")
    pages = [r.provenance.page for p in pdf.promises for r in p.results]
    assert pages[0] == 1 and pages[-1] == 2  # the last promise's results run onto page 2
    assert all(r.provenance.bbox for p in pdf.promises for r in p.results)
    md_path = SAMPLES / "harjedalen-medborgarloften-2023-2024.md"
    md = extractor.extract(md_path)
    source_lines = md_path.read_text("utf-8").splitlines()
    first = md.promises[0]
    assert first.provenance.lines is not None
    assert first.text in source_lines[first.provenance.lines[0] - 1].replace("**", "")
    html = extractor.extract(SAMPLES / "harjedalen-medborgarloften-2023-2024.html")
    assert all(p.provenance.xpath and "/article" in p.provenance.xpath for p in html.promises)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_whole_report_equals_its_stored_ground_truth(extractor: Extractor, path: Path) -> None:
    """Every field of the report, evidence and provenance included, against
    `tests/data/expected/reports/<file>.json`; `EXTRACT_REGENERATE=1 make test` rewrites them."""
    report = extractor.extract(path, path.name).model_dump(mode="json")
    report["extractor"]["version"] = "-"  # the package's version is no output to review
    stored = EXPECTED / "reports" / f"{path.name}.json"
    text = json.dumps(report, ensure_ascii=False, indent=1) + "\n"
    if REGENERATE:
        stored.parent.mkdir(parents=True, exist_ok=True)
        stored.write_text(text, encoding="utf-8")
    assert stored.is_file(), f"no ground truth for {path.name}: run EXTRACT_REGENERATE=1 make test"
    if stored.read_text("utf-8") != text:
        import difflib

        diff = "".join(difflib.unified_diff(stored.read_text("utf-8").splitlines(True), text.splitlines(True),
                                            str(stored), "now", n=2))
        pytest.fail(f"the report of {path.name} changed (EXTRACT_REGENERATE=1 to accept):\n{diff[:4000]}")
