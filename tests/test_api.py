"""The Python API a notebook uses: files, bytes and folders in; reports or errors out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import extract
from conftest import SAMPLES
from extract.cli import main

REPORT = "# Hjo – medborgarlöfte 2025\n\nPolisen och kommunen lovar att minska klottret i centrum.\n"


def test_import_loads_no_pipeline() -> None:
    code = ("import sys, extract, extract.report; "
            "print(any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_extract_file_from_a_path_a_string_or_bytes(tmp_path: Path) -> None:
    path = tmp_path / "hjo.md"
    path.write_text(REPORT, encoding="utf-8")
    from_path = extract.extract_file(path)
    from_text = extract.extract_file(str(path))
    from_bytes = extract.extract_file(REPORT.encode("utf-8"), name="hjo.md")
    for report in (from_path, from_text, from_bytes):
        assert isinstance(report, extract.Report)
        assert [p.text for p in report.promises] == ["Polisen och kommunen lovar att minska klottret i centrum."]
        assert report.source.path == "hjo.md"
    html = from_path._repr_html_()
    assert "minska klottret" in html and "<table>" in html


def test_extract_all_gives_an_outcome_per_file_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "tom.txt").write_bytes(b"")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    (tmp_path / "gammal.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    outcomes = {o.path: o for o in extract.extract_all([tmp_path])}
    assert set(outcomes) == {"a.md", "tom.txt", "bild.png", "gammal.doc"}
    assert outcomes["a.md"].ok and outcomes["a.md"].report is not None
    assert (outcomes["tom.txt"].error, outcomes["tom.txt"].message) == ("bad_input", "empty file (0 bytes)")
    assert outcomes["bild.png"].error == "unsupported_format"
    assert "known: .docx" in (outcomes["bild.png"].message or "")
    # an old Word file says how to make it readable
    assert outcomes["gammal.doc"].error == "unsupported_format"
    assert "a Word 97–2003 document: save it as .docx or PDF" in (outcomes["gammal.doc"].message or "")


def test_load_overview_opens_the_comparison(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(SAMPLES), "-o", str(out), "-q"]).exit_code == 0
    assert CliRunner().invoke(main, ["compare", str(out), "-o", str(tmp_path / "overview")]).exit_code == 0
    connection = extract.load_overview(tmp_path / "overview")
    promises = connection.execute("SELECT count(*) FROM promises").fetchone()[0]
    assert promises > 0
    connection.close()


def test_a_report_as_rows_and_as_a_data_frame() -> None:
    import importlib.util

    import pytest

    report = extract.extract_file(SAMPLES / "harjedalen-medborgarloften-2023-2024.md")
    rows = report.rows()
    assert [r["promise_id"] for r in rows] == [p.id for p in report.promises]
    assert {r["kommunkod"] for r in rows} == {"2361"} and rows[0]["period_start"] == 2023
    activities = report.rows("activities")
    assert len(activities) == sum(len(p.activities) for p in report.promises)
    if importlib.util.find_spec("pandas") is None and importlib.util.find_spec("polars") is None:
        with pytest.raises(ImportError, match="polars or pandas"):
            report.to_frame()
        return
    frame = report.to_frame()
    assert len(frame) == len(report.promises)
    assert list(frame["text"]) == [p.text for p in report.promises]
    assert len(report.to_frame("results")) == sum(len(p.results) for p in report.promises)


def test_a_report_made_here_shows_in_jupyter_on_its_text(tmp_path: Path) -> None:
    path = tmp_path / "hjo.md"
    path.write_text(REPORT, encoding="utf-8")
    made = extract.extract_file(path)
    shown = made._repr_html_()
    assert "<table>" in shown and "<iframe srcdoc=" in shown
    assert "Text with the extraction highlighted" in shown  # the `extract show` page, framed
    read_back = extract.Report.model_validate_json(made.model_dump_json())
    assert "<table>" in read_back._repr_html_() and "<iframe" not in read_back._repr_html_()  # no text at hand
    assert "_document" not in made.model_dump_json()
