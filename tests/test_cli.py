"""The command line on real folders: outputs, logs, errors, validation and schema."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SAMPLES
from extract.cli import main
from extract.report import json_schema


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_run_writes_one_report_per_input_and_an_index(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _ = _run("run", str(SAMPLES), "-o", str(out), "--quiet")
    assert code == 0
    names = sorted(p.name for p in out.glob("*.json"))
    assert names == sorted(f"{p.name}.json" for p in SAMPLES.iterdir() if p.suffix in {".md", ".html", ".pdf", ".docx"})
    index = [json.loads(line) for line in (out / "index.jsonl").read_text("utf-8").splitlines()]
    assert {e["status"] for e in index} == {"ok"} and len(index) == len(names)
    for entry in index:  # each entry names the file read and the worker's memory high-water mark
        assert Path(entry["input"]) == (SAMPLES / entry["path"]).resolve()
        assert 0 < entry["peak_rss_mb"] < 4096
    assert (out / "errors.jsonl").read_text("utf-8") == ""
    code, output = _run("validate", *map(str, out.glob("*.json")))
    assert code == 0 and output.count("ok:") == len(names)


def test_bad_file_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "harjedalen-medborgarloften-2023-2024.md", folder / "good.md")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "fake.pdf").write_text("<html><body>not a pdf</body></html>", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<\n")
    original = {p.name: p.read_bytes() for p in folder.iterdir()}
    out = tmp_path / "out"
    code, output = _run("run", str(folder), "-o", str(out), "--quiet")
    assert code == 1
    errors = {e["path"]: e for e in map(json.loads, (out / "errors.jsonl").read_text("utf-8").splitlines())}
    assert set(errors) == {"empty.txt", "fake.pdf", "broken.pdf"}
    assert "empty file" in errors["empty.txt"]["message"]
    assert "content is html" in errors["fake.pdf"]["message"]
    assert "not a readable PDF" in errors["broken.pdf"]["message"]
    assert (out / "good.md.json").exists()
    assert not (out / "fake.pdf.json").exists()
    assert "fake.pdf" in output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == original  # inputs untouched


def test_validate_rejects_a_report_that_breaks_the_schema(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run("run", str(SAMPLES / "harjedalen-medborgarloften-2023-2024.md"), "-o", str(out), "-q")
    report_path = out / "harjedalen-medborgarloften-2023-2024.md.json"
    data = json.loads(report_path.read_text("utf-8"))
    data["promises"][0]["actors"] = ["mayor"]
    data["surprise"] = 1
    report_path.write_text(json.dumps(data), encoding="utf-8")
    code, output = _run("validate", str(report_path))
    assert code == 1
    assert "promises.0.actors.0" in output and "surprise" in output


def test_validate_takes_a_run_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run("run", str(SAMPLES / "harjedalen-medborgarloften-2023-2024.md"), "-o", str(out), "-q")
    code, output = _run("validate", str(out))  # every report below it; index.jsonl is no report
    assert code == 0
    assert "ok: " in output and "harjedalen-medborgarloften-2023-2024.md.json" in output
    empty = tmp_path / "empty"
    empty.mkdir()
    code, output = _run("validate", str(empty))
    assert code == 1 and "no report JSON files found" in output


def test_schema_file_is_current() -> None:
    stored = json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8"))
    hint = "schemas/report.schema.json is stale: run `extract schema -o schemas/report.schema.json`"
    assert stored == json_schema(), hint


def test_parallel_run_gives_the_same_reports(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert _run("run", str(SAMPLES), "-o", str(one), "-q", "--jobs", "1")[0] == 0
    assert _run("run", str(SAMPLES), "-o", str(two), "-q", "--jobs", "2")[0] == 0
    for report in one.glob("*.json"):
        assert report.read_text("utf-8") == (two / report.name).read_text("utf-8")


def test_show_writes_a_self_contained_page_with_highlights(tmp_path: Path) -> None:
    page = tmp_path / "view.html"
    code, output = _run("show", str(SAMPLES / "harjedalen-medborgarloften-2023-2024.pdf"), "-o", str(page))
    assert code == 0, output
    html = page.read_text("utf-8")
    assert "Polisen och kommunen lovar att arbeta för tryggare trafikmiljö" in html
    for label in ("PROMISE", "RESULT", "NOTE"):
        assert label in html
    assert "strong promise cue" in html  # the evidence is shown
    assert "<script" not in html and "<link" not in html and "src=" not in html


def test_a_model_that_is_not_installed_is_named_with_how_to_get_it(tmp_path: Path) -> None:
    code, output = _run("run", str(SAMPLES / "harjedalen-medborgarloften-2023-2024.md"), "-o", str(tmp_path),
                        "--model", "sv_no_such_pipeline")
    assert code == 2
    assert "python -m spacy download sv_no_such_pipeline" in output and "Traceback" not in output


def test_progress_goes_to_a_log_as_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extract.cli

    monkeypatch.setattr(extract.cli, "_LOG_EVERY", 0.0)  # every file, instead of every ten seconds
    code, output = _run("run", str(SAMPLES), "-o", str(tmp_path / "out"))
    assert code == 0
    files = len([p for p in SAMPLES.iterdir() if p.suffix != ".json"])
    assert f"{files} of {files} files done, 0 failed" in output


def test_show_draws_a_written_report_without_extracting_again(tmp_path: Path) -> None:
    source = tmp_path / "in" / "hjo.md"
    source.parent.mkdir()
    source.write_text("# Hjo – medborgarlöfte 2025\n\nPolisen och kommunen lovar att minska klottret.\n",
                      encoding="utf-8")
    out = tmp_path / "out"
    assert _run("run", str(source.parent), "-o", str(out), "-q")[0] == 0
    code, page = _run("show", str(out / "hjo.md.json"), "-o", "-")
    assert code == 0 and page.startswith("<!DOCTYPE html>")
    assert "Polisen och kommunen lovar att minska klottret." in page
    source.write_text("# Hjo\n\nÄndrad.\n", encoding="utf-8")
    code, output = _run("show", str(out / "hjo.md.json"), "-o", "-")
    assert code != 0 and "has changed since the report was written" in output


def test_jobs_takes_a_number_or_auto(tmp_path: Path) -> None:
    sample = str(SAMPLES / "harjedalen-medborgarloften-2023-2024.md")
    assert _run("run", sample, "-o", str(tmp_path / "a"), "-q", "--jobs", "auto")[0] == 0
    code, output = _run("run", sample, "-o", str(tmp_path / "b"), "-q", "--jobs", "many")
    assert code == 2 and "neither a number from 1 to 64 nor auto" in output
    assert _run("run", sample, "-o", str(tmp_path / "c"), "-q", "--jobs", "0")[0] == 2


def test_files_that_are_no_reports_are_skipped_in_a_folder_and_refused_when_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "harjedalen-medborgarloften-2023-2024.md", folder / "rapport.md")
    (folder / "karta.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "tabell.xlsx").write_bytes(b"PK\x03\x04")
    code, output = _run("run", str(folder), "-o", str(tmp_path / "out"))
    assert code == 0  # nothing failed: the picture and the spreadsheet are not reports
    index = {e["path"]: e for e in map(json.loads, (tmp_path / "out" / "index.jsonl").read_text("utf-8").splitlines())}
    assert {p: e["status"] for p, e in index.items()} == {"rapport.md": "ok", "karta.png": "skipped",
                                                          "tabell.xlsx": "skipped"}
    assert "2 skipped (not report formats)" in output
    code, _ = _run("run", str(folder / "karta.png"), "-o", str(tmp_path / "out2"))
    assert code == 1  # named on the command line: the user meant it, so it is an error


def test_every_field_of_the_schema_says_what_it_holds() -> None:
    from extract.report import json_schema

    schema = json_schema()
    models = {"Report": schema, **schema["$defs"]}  # type: ignore[dict-item]
    undescribed = [f"{name}.{field}" for name, model in models.items()
                   for field, spec in model["properties"].items() if not spec.get("description")]
    assert undescribed == []
    assert all(model.get("description") for model in models.values())


def test_the_progress_note_gives_files_rate_time_and_the_file_at_hand() -> None:
    from extract.cli import progress_note

    assert progress_note("a/rapport.pdf", 37, 200, 12.6) == "37/200 files, 2.9/s, 13 s · a/rapport.pdf"
    assert progress_note(None, 0, 200, 0.0) is None
