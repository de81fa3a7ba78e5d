"""Bad input, second round: names a real folder holds, reports at the bounds of the schema, huge blocks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from extract.cli import main

sys.path.insert(0, str(ROOT / "scripts"))
from make_bad_inputs import (
    ENCODED,
    FORMULA_MD,
    immense_mediabox_pdf,
    nested_markdown,
    overfull_pdf,
    turned_pdf,
    unmapped_glyph_pdf,
)

REPORT = "# Åby – medborgarlöfte {year}\n\nPolisen och kommunen lovar att minska klottret i centrum {year}.\n"


def _index(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "index.jsonl").read_text("utf-8").splitlines()]


def test_a_name_that_is_not_utf8_is_read_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.fsencode(folder) + b"/r\xe4pport.md"  # "räpport.md" as cp1252 bytes, as a Windows ZIP leaves it
    Path(os.fsdecode(odd)).write_text(REPORT.format(year=2024), encoding="utf-8")
    (folder / "annan.md").write_text(REPORT.format(year=2025), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    entries = {str(e["path"]): e for e in _index(out)}
    assert set(entries) == {"r\ufffdpport.md", "annan.md"}
    assert all(e["status"] == "ok" for e in entries.values())
    report = json.loads((out / "r\ufffdpport.md.json").read_text("utf-8"))
    assert report["promises"][0]["text"].startswith("Polisen och kommunen lovar")
    assert os.path.exists(odd)  # the input is untouched


def test_inputs_that_share_a_name_each_get_their_own_report(tmp_path: Path) -> None:
    files = []
    for year in (2022, 2023, 2024):
        path = tmp_path / str(year) / "rapport.md"
        path.parent.mkdir()
        path.write_text(REPORT.format(year=year), encoding="utf-8")
        files.append(str(path))
    out = tmp_path / "out"
    for _ in range(2):  # and a rerun finds each one current
        result = CliRunner().invoke(main, ["run", *files, "-o", str(out), "-q"])
        assert result.exit_code == 0, result.output
    entries = _index(out)
    assert sorted(str(e["path"]) for e in entries) == ["2022/rapport.md", "2023/rapport.md", "2024/rapport.md"]
    assert {e["status"] for e in entries} == {"unchanged"}
    for year in (2022, 2023, 2024):
        report = json.loads((out / str(year) / "rapport.md.json").read_text("utf-8"))
        assert str(year) in report["promises"][0]["text"]


def test_whatever_validates_builds_the_overview(tmp_path: Path) -> None:
    source = tmp_path / "in" / "a.md"
    source.parent.mkdir()
    source.write_text(REPORT.format(year=2024), encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(source), "-o", str(out), "-q"]).exit_code == 0
    report_file = out / "a.md.json"
    report = json.loads(report_file.read_text("utf-8"))
    report["source"]["pages"] = 1_000_000  # the schema's largest values
    report["promises"][0]["provenance"]["char_start"] = 2**53
    report["promises"][0]["provenance"]["page"] = 1_000_000
    report_file.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    assert CliRunner().invoke(main, ["validate", str(report_file)]).exit_code == 0
    result = CliRunner().invoke(main, ["compare", str(out), "-o", str(tmp_path / "overview")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "overview" / "index.html").exists()
    report["promises"][0]["provenance"]["page"] = 10**12  # beyond any report: refused with a reason
    report_file.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    refused = CliRunner().invoke(main, ["validate", str(report_file)])
    assert refused.exit_code != 0 and "page" in refused.output


def test_a_block_longer_than_the_language_stage_takes_is_read_in_parts() -> None:
    from extract.blocks import MAX_BLOCK_CHARS, Block, BlockKind, Document

    sentence = "Polisen har genomfört en kontroll vid skolan. "
    text = sentence * (MAX_BLOCK_CHARS // len(sentence) * 3)
    document = Document("a.txt", "text", "0" * 64, [Block(BlockKind.PARAGRAPH, text.strip())]).finalise()
    assert len(document.blocks) >= 3
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in document.blocks)
    assert all(b.text.endswith(".") for b in document.blocks)  # cut at sentence ends
    assert " ".join(b.text for b in document.blocks) == text.strip()  # nothing lost
    assert document.warnings and "without a paragraph break" in document.warnings[0]


@pytest.mark.parametrize(("name", "data", "warning"), [(n, d, w) for n, (d, w) in ENCODED.items()])
def test_text_in_any_common_encoding_is_read(tmp_path: Path, name: str, data: bytes, warning: str | None) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    (entry,) = _index(out)
    assert entry["status"] == "ok", entry
    report = json.loads((out / f"{name}.json").read_text("utf-8"))
    assert report["promises"][0]["text"].startswith("Polisen och kommunen lovar att minska klottret i centrum.")
    warnings = " ".join(report["warnings"])
    assert (warning in warnings) if warning else not warnings


def test_spreadsheet_formulas_are_defused_in_csv_and_files_follow_the_umask(tmp_path: Path) -> None:
    source = tmp_path / "in" / "a.md"
    source.parent.mkdir()
    source.write_text(FORMULA_MD, encoding="utf-8")
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        assert CliRunner().invoke(main, ["run", str(source), "-o", str(out), "-q"]).exit_code == 0
        result = CliRunner().invoke(main, ["compare", str(out), "-o", str(tmp_path / "overview")])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    assert (out / "a.md.json").stat().st_mode & 0o777 == 0o644
    assert (out / "index.jsonl").stat().st_mode & 0o777 == 0o644
    csv_text = (tmp_path / "overview" / "csv" / "activities.csv").read_text("utf-8-sig")
    assert "'=HYPERLINK" in csv_text
    assert not any(f"{sep}=HYPERLINK" in csv_text for sep in (';', '\n', '"'))
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "overview" / "overview.xlsx")["activities"]
    cells = [c for row in sheet.iter_rows() for c in row if str(c.value or "").startswith("=HYPERLINK")]
    assert cells and all(c.data_type == "s" for c in cells)  # a text in Excel, never a formula


def test_reports_of_deleted_inputs_are_removed_and_others_left_alone(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, names in ((first, ("x.md", "y.md")), (second, ("z.md",))):
        folder.mkdir()
        for name in names:
            (folder / name).write_text(REPORT.format(year=2024), encoding="utf-8")
    out = tmp_path / "out"
    for folder in (first, second):
        assert CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "-q"]).exit_code == 0
    (first / "y.md").unlink()
    (second / "z.md").unlink()  # gone too, but b is not run now: its report stays until b is
    result = CliRunner().invoke(main, ["run", str(first), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "removed 1 report(s) whose input is gone: y.md.json" in result.output
    assert sorted(p.name for p in out.glob("*.md.json")) == ["x.md.json", "z.md.json"]


def _pdf_pages(count: int) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    for number in range(count):
        page.drawString(72, 760, f"Polisen och kommunen lovar att minska klottret i centrum, sida {number + 1}.")
        page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.mark.parametrize(("pages", "claimed", "refused"), [(12, b"/Count 1 ", True), (1, b"/Count 9", False)])
def test_the_page_limit_counts_the_pages_that_exist(tmp_path: Path, pages: int, claimed: bytes,
                                                     refused: bool) -> None:
    data = _pdf_pages(pages)
    real = b"/Count %d" % pages
    assert data.count(real) == 1 and len(claimed) == len(real)  # same length: the cross-reference stays true
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.pdf").write_bytes(data.replace(real, claimed))
    out = tmp_path / "out"
    CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(out), "-q", "--max-pages", "5"])
    (entry,) = _index(out)
    if refused:
        assert (entry["status"], entry["error"]) == ("error", "limit_exceeded")
        assert "more than 5 pages" in str(entry["message"])
    else:
        assert entry["status"] == "ok", entry


def test_turned_pages_and_turned_text_are_read_in_reading_order(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "vriden.pdf").write_bytes(turned_pdf())
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(out), "-q"]).exit_code == 0
    report = json.loads((out / "vriden.pdf.json").read_text("utf-8"))
    assert [p["text"] for p in report["promises"]] == [
        "Polisen och kommunen lovar att minska klottret i centrum.",
        "Kommunen lovar att sanera klotter varje helg efter anmälan.",
        "Polisen lovar att fotpatrullera i centrum varje helg under året.",
        "Kommunen lovar att sanera klotter varje fredag efter anmälan.",
        "Polisen lovar att fotpatrullera i centrum varje fredag under året.",
    ]
    assert report["warnings"] == []


def test_glyphs_without_a_unicode_map_never_reach_the_text(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.pdf").write_bytes(unmapped_glyph_pdf())
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(out), "-q"]).exit_code == 0
    text = (out / "a.pdf.json").read_text("utf-8")
    assert "(cid:" not in text
    report = json.loads(text)
    assert [p["text"] for p in report["promises"]] == [
        "Polisen och kommunen lovar i medborgarlöftet att minska klottret i centrum."]
    assert any("no Unicode map" in w and "page 1" in w for w in report["warnings"])


def test_markdown_nested_past_the_parsers_depth_keeps_its_text(tmp_path: Path) -> None:
    source = nested_markdown()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "djup.md").write_text(source, encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(out), "-q"]).exit_code == 0
    report = json.loads((out / "djup.md.json").read_text("utf-8"))
    texts = json.dumps(report, ensure_ascii=False)
    assert "Polisen och kommunen lovar att minska klottret." in texts
    assert "Kommunen lovar att sanera klotter inom ett dygn." in texts
    assert "nivå 13" in texts
    assert any("read flattened" in w for w in report["warnings"])


def test_file_system_refusals_are_io_errors_with_their_reason(tmp_path: Path) -> None:
    from extract.batch import Task, process_one
    from extract.outputs import output_path
    from extract.pipeline import Extractor

    gone = tmp_path / "borta.md"  # listed, then removed before its turn
    out = tmp_path / "out"
    entry = process_one(Extractor(), Task(gone, "borta.md", output_path(out, "borta.md")))
    assert (entry["status"], entry["error"]) == ("error", "io_error")
    assert entry["message"] == "the input was removed during the run"


def test_a_long_legal_name_gets_its_report(tmp_path: Path) -> None:
    name = "ö" * 121 + ".md"  # 245 bytes: legal, its report 250, the temporary name built on it not
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text(REPORT.format(year=2024), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert (out / f"{name}.json").exists()


def test_an_output_folder_that_cannot_be_made_stops_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(REPORT.format(year=2024), encoding="utf-8")
    (tmp_path / "fil").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "a.md"), "-o", str(tmp_path / "fil" / "ut")])
    assert result.exit_code != 0
    assert "cannot write into" in result.output and "Not a directory" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def _long_input(tmp_path: Path) -> Path:
    """A folder with one file that keeps a worker busy for tens of seconds."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lang.md").write_text("# Medborgarlöften 2025\n\n" + "- **lovar** att *göra* `något`\n" * 300_000,
                                    encoding="utf-8")
    return folder


def _run_in_background(folder: Path, out: Path, *options: str) -> subprocess.Popen[str]:
    """`extract run FOLDER -o OUT -q OPTIONS` in a process of its own, as a user starts it."""
    return subprocess.Popen([sys.executable, "-m", "extract", "run", str(folder), "-o", str(out), "-q", *options],
                            stderr=subprocess.PIPE, text=True)


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[-1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_a_batch_of_many_quick_files_finishes_with_two_workers(tmp_path: Path) -> None:
    """Each worker notes which file it takes up; a batch of more quick files than those notes'
    pipe between the processes holds (here 1,500 with long names) still ends, every file in
    the index, rather than leave a worker waiting at its exit to hand its notes over."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = "medborgarloften-och-uppfoljning-av-lokalpolisomradets-arbete-" * 2
    for number in range(1500):
        (folder / f"{name}{number:04d}.md").write_text(
            f"# Rapport {number}\n\nPolisen och kommunen lovar att öka tryggheten i centrum.\n", encoding="utf-8")
    run = _run_in_background(folder, tmp_path / "out", "--jobs", "2")
    try:
        run.wait(timeout=120)
    finally:
        run.kill()
    assert run.returncode == 0
    assert len(_index(tmp_path / "out")) == 1500


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the worker")
def test_a_worker_killed_from_outside_is_noticed_at_once(tmp_path: Path) -> None:
    import signal
    import time

    folder = _long_input(tmp_path)
    (folder / "kort.md").write_text(REPORT.format(year=2024), encoding="utf-8")
    out = tmp_path / "out"
    run = _run_in_background(folder, out, "--timeout", "0", "--max-memory", "0")
    try:
        deadline = time.time() + 60
        workers: list[int] = []
        while time.time() < deadline and not workers:
            time.sleep(0.5)
            workers = [c for c in _children(run.pid) if Path(f"/proc/{c}/cmdline").read_bytes()]
        time.sleep(3)  # the long file is taken up first
        for worker in _children(run.pid):
            os.kill(worker, signal.SIGKILL)
        run.wait(timeout=50)  # with --timeout 0, a death not noticed would leave the run waiting for good
    finally:
        run.kill()
    entries = {str(e["path"]): e for e in _index(out)}
    assert entries["lang.md"]["status"] == "error" and "died" in str(entries["lang.md"]["message"])
    assert entries["kort.md"]["status"] == "ok"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
def test_sigterm_stops_a_run_like_ctrl_c_and_stale_temporaries_go(tmp_path: Path) -> None:
    import signal
    import time

    folder = _long_input(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".index.jsonl.999999999.abc123.tmp").write_text("left by a run killed outright", encoding="utf-8")
    live = out / f".index.jsonl.{os.getpid()}.def456.tmp"  # a run still going into the same folder
    live.write_text("", encoding="utf-8")
    run = _run_in_background(folder, out)
    try:
        time.sleep(6)  # started, and working on the long file
        workers = _children(run.pid)
        run.send_signal(signal.SIGTERM)
        run.wait(timeout=30)
    finally:
        run.kill()
    assert run.returncode != 0
    time.sleep(0.5)
    assert not [w for w in workers if Path(f"/proc/{w}").exists() and "Z" not in
                Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[-1].split()[0]]
    assert sorted(p.name for p in out.iterdir()) == [live.name]  # no log, no report, no stale temporary


def test_a_page_claiming_an_immense_size_costs_no_more_than_its_text(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "enorm.pdf").write_bytes(immense_mediabox_pdf())
    out = tmp_path / "out"
    # a search over the claimed width would run into the time limit and fail the file
    CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(out), "-q", "--timeout", "20"])
    (entry,) = _index(out)
    assert entry["status"] == "ok", entry


def test_a_folder_that_cannot_be_read_is_named_and_the_rest_goes_on(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    (folder / "låst").mkdir(parents=True)
    (folder / "a.md").write_text(REPORT.format(year=2024), encoding="utf-8")
    (folder / "låst" / "b.md").write_text(REPORT.format(year=2025), encoding="utf-8")
    scandir = os.scandir

    def refusing(path: object = ".") -> object:  # as a folder without read permission does
        if str(path).endswith("låst"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refusing)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert "cannot read folder" in result.output and "låst: Permission denied" in result.output
    assert [e["path"] for e in _index(out)] == ["a.md"]


def test_a_page_drawing_more_glyphs_than_a_page_holds_is_refused_quickly(tmp_path: Path) -> None:
    """A few kilobytes that draw 100,000 tiny glyphs: pdfium counts them before pdfminer would
    spend seconds on each page; the page is left out, and with no other page the file is refused."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "tät.pdf").write_bytes(overfull_pdf())
    (tmp_path / "in" / "vanlig.pdf").write_bytes(immense_mediabox_pdf())
    out = tmp_path / "out"
    CliRunner().invoke(main, ["run", str(tmp_path / "in"), "-o", str(out), "-q", "--timeout", "20"])
    entries = {e["path"]: e for e in _index(out)}
    assert (entries["tät.pdf"]["status"], entries["tät.pdf"]["error"]) == ("error", "bad_input")
    message = str(entries["tät.pdf"]["message"])
    assert message.startswith("no page holds text to read: page 1 draws 10") and "glyphs" in message
    assert float(entries["tät.pdf"]["seconds"]) < 5  # type: ignore[arg-type]
    assert entries["vanlig.pdf"]["status"] == "ok"


def test_a_read_only_output_folder_stops_the_run_with_a_message(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """As a folder without write permission does (simulated: tests may run as root, whom
    permissions do not stop): no traceback, nothing extracted, the reason named."""
    from extract import outputs

    (tmp_path / "a.md").write_text(REPORT.format(year=2024), encoding="utf-8")
    out = tmp_path / "ut"
    out.mkdir()

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(outputs.tempfile, "mkstemp", refuse)
    result = CliRunner().invoke(main, ["run", str(tmp_path / "a.md"), "-o", str(out)])
    assert result.exit_code != 0
    assert f"cannot write into {out}: Permission denied" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert list(out.iterdir()) == []
