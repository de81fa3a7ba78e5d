"""Bad input never stops a batch or loses data: every outcome of a folder of hostile files."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SAMPLES
from extract.cli import main
from extract.pipeline import Extractor
from extract.report import Report

sys.path.insert(0, str(ROOT / "scripts"))
from make_bad_inputs import EXPECTED, make


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    make(folder)
    return folder


def test_every_bad_input_gets_its_outcome(bad_folder: Path, tmp_path: Path) -> None:
    before = _digests(bad_folder)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(bad_folder), "-o", str(out), "--timeout", "3",
                                       "--max-memory", "400", "-q"])
    assert result.exit_code == 1
    index = {e["path"]: e for e in map(json.loads, (out / "index.jsonl").read_text("utf-8").splitlines())}
    assert set(index) == set(EXPECTED)
    for name, expected in EXPECTED.items():
        entry = index[name]
        outcome = {"error": f"error:{entry.get('error')}", "skipped": "skipped"}.get(
            entry["status"], f"ok:{entry.get('doc_type')}")
        assert outcome == expected, (name, entry)
        if entry["status"] == "skipped":
            assert "not a report format" in entry["reason"] and not (out / f"{name}.json").exists()
        elif entry["status"] == "error":
            assert entry["message"] and f"error: {name}: {entry['message']}" in result.output
            assert not (out / f"{name}.json").exists()
        else:
            Report.model_validate_json((out / f"{name}.json").read_bytes())
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert sorted(e["path"] for e in errors) == sorted(n for n, x in EXPECTED.items() if x.startswith("error"))
    assert _digests(bad_folder) == before  # nothing the user gave is changed
    assert not list(out.glob(".*.tmp"))


def test_specific_messages(bad_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    CliRunner().invoke(main, ["run", str(bad_folder), "-o", str(out), "--timeout", "3", "--max-memory", "400", "-q"])
    index = {e["path"]: e for e in map(json.loads, (out / "index.jsonl").read_text("utf-8").splitlines())}
    messages = {name: index[name].get("message", "") for name in index}
    assert "password protected" in messages["locked.pdf"]
    assert "OCR" in messages["scanned.pdf"]
    assert "more than 500 pages" in messages["many-pages.pdf"]
    assert "content is html" in messages["html-named-as.pdf"]
    assert "content is pdf" in messages["pdf-named-as.html"]
    # a runaway file stops at whichever limit it reaches first
    assert "time limit" in messages["slow.md"] or "memory" in messages["slow.md"]
    assert "memory" in messages["decompression-bomb.pdf"]
    warnings = {name: index[name].get("warnings") or [] for name in index}
    assert any("page 2" in w and "OCR" in w for w in warnings["partly-scanned.pdf"])
    assert any("mixed encodings" in w for w in warnings["mixed-encoding.txt"])
    assert any("double-encoded" in w for w in warnings["double-encoded.md"])
    report = json.loads((out / "double-encoded.md.json").read_text("utf-8"))
    assert report["promises"][0]["text"] == "Polisen och kommunen lovar att öka tryggheten i centrum."


def test_time_limit_stops_a_runaway_file(bad_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(bad_folder / "slow.md"), "-o", str(out), "--timeout", "1",
                                       "--max-memory", "0", "-q"])
    (entry,) = map(json.loads, (out / "index.jsonl").read_text("utf-8").splitlines())
    assert result.exit_code == 1, entry
    assert entry["error"] == "limit_exceeded" and "time limit" in entry["message"]


def test_password_opens_an_encrypted_pdf(bad_folder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["run", str(bad_folder / "locked.pdf"), "-o", str(tmp_path), "-q",
                                       "--password", "hemligt"])
    assert result.exit_code == 0, result.output


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    big.write_text("Polisen och kommunen lovar att öka tryggheten.\n" * 50_000, encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(big.parent), "-o", str(tmp_path / "out"), "-q",
                                       "--max-bytes", "1000000"])
    assert result.exit_code == 1 and "limit is 1,000,000" in result.output


def test_extraction_never_opens_a_network_connection(monkeypatch: pytest.MonkeyPatch, bad_folder: Path,
                                                     extractor: Extractor) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    report = extractor.extract(bad_folder / "script-and-entities.html")
    assert [p.text for p in report.promises] == ["Polisen och kommunen lovar att öka tryggheten i centrum."]
    assert "fetch" not in json.dumps(report.model_dump(mode="json"))


def test_rerun_skips_unchanged_inputs_and_force_redoes_them(tmp_path: Path) -> None:
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(SAMPLES), "-o", str(out), "-q"]).exit_code == 0
    first = {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")}
    assert runner.invoke(main, ["run", str(SAMPLES), "-o", str(out), "-q"]).exit_code == 0
    index = [json.loads(line) for line in (out / "index.jsonl").read_text("utf-8").splitlines()]
    assert {e["status"] for e in index} == {"unchanged"}
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.json")} == first
    assert runner.invoke(main, ["run", str(SAMPLES), "-o", str(out), "-q", "--force"]).exit_code == 0
    index = [json.loads(line) for line in (out / "index.jsonl").read_text("utf-8").splitlines()]
    assert {e["status"] for e in index} == {"ok"}


def test_changed_input_is_extracted_again(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    report = folder / "r.md"
    report.write_text((SAMPLES / "harjedalen-medborgarloften-2023-2024.md").read_text("utf-8"), encoding="utf-8")
    runner = CliRunner()
    runner.invoke(main, ["run", str(folder), "-o", str(out), "-q"])
    changed = "# Medborgarlöften 2026\n\nSala kommun.\n\n**Polisen lovar att synas i centrum.**\n"
    report.write_text(changed, encoding="utf-8")
    runner.invoke(main, ["run", str(folder), "-o", str(out), "-q"])
    entry = json.loads((out / "index.jsonl").read_text("utf-8"))
    assert entry["status"] == "ok" and entry["promises"] == 1


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "extract", *args]


def test_interrupted_run_leaves_no_partial_report_and_resumes(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for i in range(count := 400):  # enough that no machine, loaded or idle, finishes before the signal lands
        (folder / f"r{i:03}.md").write_text(
            (SAMPLES / "harjedalen-medborgarloften-2023-2024.md").read_text("utf-8") + f"\n{i}\n", encoding="utf-8")
    process = subprocess.Popen(_cli("run", str(folder), "-o", str(out), "-q"), stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 3:
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)
    assert process.returncode != 0
    written = list(out.glob("*.json"))
    assert 0 < len(written) < count
    for path in written:
        Report.model_validate_json(path.read_bytes())  # every report there is whole
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert not (out / "index.jsonl").exists()  # no log claims a whole run
    resumed = subprocess.run(_cli("run", str(folder), "-o", str(out), "-q"), capture_output=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    index = [json.loads(line) for line in (out / "index.jsonl").read_text("utf-8").splitlines()]
    statuses = [e["status"] for e in index]
    assert len(statuses) == count and statuses.count("unchanged") >= len(written) - 1


def test_two_runs_into_one_folder_do_not_corrupt_each_other(tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    runs = [subprocess.Popen(_cli("run", str(SAMPLES), "-o", str(out), "-q", "--force"), env=env)
            for _ in range(2)]
    assert [r.wait(timeout=300) for r in runs] == [0, 0]
    for path in out.glob("*.json"):
        Report.model_validate_json(path.read_bytes())
    index = [json.loads(line) for line in (out / "index.jsonl").read_text("utf-8").splitlines()]
    assert len(index) == len([p for p in SAMPLES.iterdir() if p.suffix != ".json"])


def test_a_temporary_file_of_a_stopped_worker_is_not_left_behind(tmp_path: Path) -> None:
    """A worker stopped while it wrote (the pool replaced after a lost file) leaves its hidden
    temporary file; the batch removes those of processes that are gone, not of live ones."""
    from extract.batch import BatchOptions, Task
    from extract.batch import run as run_batch

    source = tmp_path / "a.md"
    source.write_text((SAMPLES / "harjedalen-medborgarloften-2023-2024.md").read_text("utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    left = out / f".b.md.json.{gone.pid}.x1y2z3.tmp"  # as write_atomic names it
    left.write_text('{"half": ', encoding="utf-8")
    alive = out / f".c.md.json.{os.getpid()}.q9w8e7.tmp"  # another run, still writing
    alive.write_text("{", encoding="utf-8")
    entries = list(run_batch([Task(source, "a.md", out / "a.md.json")], BatchOptions(jobs=1, timeout=60)))
    assert [e["status"] for e in entries] == ["ok"]
    assert not left.exists() and alive.exists()
