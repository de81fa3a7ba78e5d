"""The `extract` command: run, validate, schema and eval, as composable click commands."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import click

from extract import __version__
from extract.batch import BatchOptions, collect, readable_name, record_inputs, stale_reports
from extract.batch import run as run_batch
from extract.errors import ExtractError
from extract.loaders import LoadOptions, supported_extensions
from extract.outputs import RunLog, remove_stale_temporaries


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extract")
def main() -> None:
    """Turn medborgarlöfte reports (PDF, HTML, Markdown, text) into validated JSON."""


def _jobs(value: str) -> int:
    """--jobs: a number of worker processes, or auto for one per core."""
    if value.strip().lower() == "auto":
        return max(1, min(64, os.cpu_count() or 1))
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 64:
        raise click.BadParameter(f"{value!r} is neither a number from 1 to 64 nor auto", param_hint="--jobs")
    return number


_LOG_EVERY = 10.0  # seconds between progress lines when the output is not a terminal


def _weight(path: Path) -> int:
    """A file's share of the progress bar: its size in kB, so that the bar and its estimate
    follow the work (the largest PDFs are done first), not the count of files."""
    try:
        return max(1, path.stat().st_size // 1024)
    except OSError:
        return 1


def _check_model(model: str) -> None:
    """A spaCy pipeline that is neither installed nor a folder: say how to get it, before any work."""
    from spacy.util import is_package

    if not (is_package(model) or Path(model).is_dir()):
        raise click.UsageError(
            f"the spaCy pipeline {model!r} is not installed: install it with "
            f"`python -m spacy download {model}`, give a pipeline folder, or leave --model out "
            "(the default, blank:sv with lookup lemmas)")


def _stop(signum: int, frame: object) -> None:
    """SIGTERM ends a run as Ctrl-C does: workers stopped, no half-written report or log."""
    raise KeyboardInterrupt


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the JSON reports, index.jsonl and errors.jsonl.")
@click.option("-j", "--jobs", default="1", show_default=True,
              help="Worker processes: a number from 1 to 64, or auto (one per core).")
@click.option("--model", default=None, help="spaCy pipeline to use (default: blank:sv with lookups).")
@click.option("--force", is_flag=True, help="Extract again even inputs whose report is current.")
@click.option("--timeout", default=300.0, show_default=True, type=click.FloatRange(0),
              help="Seconds allowed per file (0: no limit).")
@click.option("--max-memory", default=2048, show_default=True, type=click.IntRange(0),
              help="MB of memory a worker may use per file on top of the pipeline (0: no limit).")
@click.option("--max-pages", default=500, show_default=True, type=click.IntRange(1),
              help="Refuse PDFs with more pages.")
@click.option("--max-bytes", default=100 * 1024 * 1024, show_default=True, type=click.IntRange(1),
              help="Refuse larger files.")
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, warnings or summary; errors still show.")
@click.option("--no-cache", is_flag=True, help="Build the lemma table afresh instead of reading the user's cache.")
def run(paths: tuple[Path, ...], out_dir: Path, jobs: str, model: str | None, force: bool, timeout: float,
        max_memory: int, max_pages: int, max_bytes: int, password: str | None, quiet: bool, no_cache: bool) -> None:
    """Extract every report in PATHS (files or folders) into OUT."""
    if no_cache:
        os.environ["EXTRACT_NO_CACHE"] = "1"  # workers inherit it
    if model and not model.startswith("blank:"):
        _check_model(model)
    problems: list[str] = []
    tasks = collect(paths, out_dir, problems)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if not tasks:
        raise click.UsageError(f"no files found (known extensions: {', '.join(supported_extensions())})")
    options = BatchOptions(
        jobs=_jobs(jobs), model=model, force=force, timeout=timeout, max_memory_mb=max_memory,
        load=LoadOptions(max_bytes=max_bytes, max_pages=max_pages, password=password),
    )
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    remove_stale_temporaries(out_dir)
    signal.signal(signal.SIGTERM, _stop)  # `kill`, `timeout`, systemd stop: like Ctrl-C
    try:
        log = RunLog(out_dir)
    except OSError as exc:  # OUT is a file, read-only, on a full disk
        raise click.ClickException(f"cannot write into {out_dir}: {exc.strerror or exc}") from exc
    weights = {task.relative: _weight(task.path) for task in tasks}
    reported = time.perf_counter()
    if not quiet:
        click.echo(f"{len(tasks)} files; the language pipeline loads before the first report "
                   "(about a second; a few on the first run, which builds the lemma table)…", err=True)
    def note(path: str | None) -> str | None:
        return progress_note(path, sum(counts.values()), len(tasks), time.perf_counter() - started)

    with log, click.progressbar(
        length=sum(weights.values()), label="Extracting", file=sys.stderr, hidden=quiet, item_show_func=note,
    ) as bar:
        for entry in run_batch(tasks, options):
            try:
                log.record(entry)
            except OSError as exc:  # the disk is full or OUT went away: nothing more can be kept
                raise click.ClickException(
                    f"cannot write the run's log in {out_dir} ({exc.strerror or exc}); the batch stopped. "
                    "Reports already written are complete; run again when there is room.") from exc
            counts[entry["status"]] += 1
            bar.update(weights.get(entry["path"], 1), current_item=entry["path"])
            if not quiet and not sys.stderr.isatty() and time.perf_counter() - reported >= _LOG_EVERY:
                reported = time.perf_counter()  # a log file or a pipe: a line every few seconds
                done = sum(counts.values())
                click.echo(f"{done} of {len(tasks)} files done, {counts['error']} failed, "
                           f"{reported - started:.0f} s", err=True)
            if entry["status"] == "error":
                click.echo(f"\nerror: {entry['path']}: {entry['message']}", err=True)
            elif entry.get("warnings") and not quiet and entry["status"] == "ok":
                for warning in entry["warnings"]:
                    click.echo(f"\nwarning: {entry['path']}: {warning}", err=True)
    removed = stale_reports(paths, tasks, out_dir)  # after a whole run only: an interrupted one removes nothing
    for report in removed:
        report.unlink(missing_ok=True)
    record_inputs(tasks, out_dir, removed)
    if removed:
        names = ", ".join(r.relative_to(out_dir).as_posix() for r in removed)
        click.echo(f"removed {len(removed)} report(s) whose input is gone: {readable_name(names)}", err=True)
    if not quiet:
        elapsed = time.perf_counter() - started
        skipped = f", {counts['skipped']} skipped (not report formats)" if counts["skipped"] else ""
        click.echo(f"{counts['ok']} extracted, {counts['unchanged']} unchanged, {counts['error']} failed{skipped} "
                   f"of {len(tasks)} files in {elapsed:.1f} s; see {out_dir / 'index.jsonl'}", err=True)
    if counts["error"] or problems:
        sys.exit(1)


def progress_note(path: str | None, done: int, total: int, seconds: float) -> str | None:
    """Beside the bar: files done, their rate, the time so far, and the file just done."""
    if path is None:
        return None
    return f"{done}/{total} files, {done / max(seconds, 1e-9):.1f}/s, {seconds:.0f} s · {path}"


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def validate(files: tuple[Path, ...]) -> None:
    """Check report JSON files against the output schema; a folder means every *.json below it."""
    from pydantic import ValidationError

    from extract.overview.collect import files as report_files
    from extract.report import Report

    found = [candidate.path for candidate in report_files(list(files))]
    if not found:
        click.echo("no report JSON files found in " + ", ".join(str(f) for f in files), err=True)
        sys.exit(1)
    bad = 0
    for path in found:
        try:
            Report.model_validate_json(path.read_bytes())
            click.echo(f"ok: {path}")
        except OSError as exc:
            bad += 1
            click.echo(f"unreadable: {path}: {exc.strerror or exc}", err=True)
        except ValidationError as exc:
            bad += 1
            click.echo(f"invalid: {path}", err=True)
            for error in exc.errors():
                where = ".".join(str(p) for p in error["loc"])
                click.echo(f"  {where}: {error['msg']}", err=True)
    if bad:
        sys.exit(1)


@main.command()
@click.option("-o", "--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the schema to this file instead of standard output.")
def schema(out_file: Path | None) -> None:
    """Print the JSON Schema of a report."""
    from extract.report import json_schema

    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    if out_file:
        out_file.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("report", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--out", "out_file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Where to write the page (default: REPORT name + .html here; - for standard output).")
@click.option("--model", default=None, help="spaCy pipeline to use.")
def show(report: Path, out_file: Path | None, model: str | None) -> None:
    """Write a self-contained HTML view of one report with the extraction highlighted.

    REPORT is an input (it is extracted) or a report JSON that `extract run` wrote (it is
    shown as it is, without extracting again; its input is found through the run's records)."""
    from extract.show import render

    if report.suffix == ".json":
        page = _show_written(report)
    else:
        from extract.pipeline import Extractor

        extractor = Extractor(model)
        try:
            document, extracted = extractor.analyse(report, report.name)
        except ExtractError as exc:
            raise click.ClickException(f"{report}: {exc}") from exc
        page = render(document, extracted)
    if out_file is not None and str(out_file) == "-":
        click.echo(page, nl=False)
        return
    target = out_file or Path(f"{report.name.removesuffix('.json')}.html")
    target.write_text(page, encoding="utf-8")
    click.echo(f"wrote {target}")


def _show_written(report_file: Path) -> str:
    """The page for a report `extract run` wrote: its input read again (no extraction), checked
    to be the same bytes the report was made from."""
    from extract.loaders import LoadOptions, load
    from extract.report import Report
    from extract.show import render

    try:
        report = Report.model_validate_json(report_file.read_bytes())
    except ValueError as exc:
        raise click.ClickException(f"{report_file}: not a report JSON ({exc.__class__.__name__})") from exc
    source = _recorded_input(report_file)
    if source is None or not source.is_file():
        raise click.ClickException(f"{report_file}: its input is not found (no record of it beside the report, "
                                   "or the file is gone); run `extract show` on the input instead")
    try:
        document = load(source, report.source.path, LoadOptions())
    except ExtractError as exc:
        raise click.ClickException(f"{source}: {exc}") from exc
    if document.sha256 != report.source.sha256:
        raise click.ClickException(f"{source} has changed since the report was written: run `extract run` again")
    return render(document, report)


def _recorded_input(report_file: Path) -> Path | None:
    """The input a report was made from, by the run's records in the report's folder or above."""
    from extract.batch import MANIFEST, read_manifest

    for place in (report_file.parent, *report_file.parent.parents):
        if (place / MANIFEST).is_file():
            relative = report_file.resolve().relative_to(place.resolve()).as_posix()
            source = read_manifest(place).get(relative)
            return Path(source) if source else None
    return None


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for index.html, overview.xlsx, overview.duckdb, csv/ and parquet/.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary; skipped files still show.")
@click.option("--lang", type=click.Choice(["sv", "en"]), default="sv", show_default=True,
              help="Language of the overview page and the summary line.")
@click.option("-j", "--jobs", default="auto", show_default=True,
              help="Processes reading the reports: a number from 1 to 64, or auto (one per core); "
                   "with more than one, the workbook is written by a process of its own.")
@click.option("--force", is_flag=True,
              help="Read every report again, not taking back those unchanged since the last build into OUT.")
def compare(paths: tuple[Path, ...], out_dir: Path, quiet: bool, lang: str, jobs: str, force: bool) -> None:
    """Build a national overview from extracted reports (run folders or report JSON files)."""
    from extract.overview import collect
    from extract.overview.build import NoReportsError, build, summary_line
    from extract.overview.page import words

    candidates = collect.files(list(paths), exclude=out_dir)
    with click.progressbar(length=len(candidates), label="Comparing", file=sys.stderr, show_pos=True,
                           hidden=quiet) as bar:
        try:
            summary = build(list(paths), out_dir, on_file=lambda: bar.update(1), candidates=candidates, lang=lang,
                            jobs=_jobs(jobs), force=force)
        except NoReportsError as exc:
            raise click.ClickException(str(exc)) from exc
    for skipped in summary.skipped:
        click.echo(f"skipped: {skipped.path}: {skipped.reason}", err=True)
    if not quiet:
        tail = str(words(lang)["cli_tail"]).format(skipped=len(summary.skipped), seconds=f"{summary.seconds:.1f}",
                                                   page=out_dir / "index.html")
        if summary.unchanged:
            tail = f"{words(lang)['cli_unchanged']}; {tail}"
        click.echo(f"{summary_line(summary, lang)}; {tail}", err=True)
    if summary.skipped:
        sys.exit(1)


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--pred", "pred_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score reports already extracted into this folder instead of running the pipeline.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the scores as JSON to this file.")
@click.option("--model", default=None, help="spaCy pipeline to use when extracting.")
def evaluate_command(gold: tuple[Path, ...], pred_dir: Path | None, json_out: Path | None,
                     model: str | None) -> None:
    """Score extraction against gold files (NAME.gold.json beside each report)."""
    from extract.evaluate import by_format, evaluate, gold_files, render_table

    files = gold_files(gold)
    if not files:
        raise click.UsageError("no *.gold.json files found")
    if pred_dir is not None:
        def predict(report: Path) -> dict[str, Any]:
            matches = sorted(pred_dir.rglob(f"{report.name}.json"))
            if not matches:
                raise FileNotFoundError(f"no extracted report for {report.name} in {pred_dir}")
            data: dict[str, Any] = json.loads(matches[0].read_text(encoding="utf-8"))
            return data
    else:
        from extract.pipeline import Extractor

        extractor = Extractor(model)

        def predict(report: Path) -> dict[str, Any]:
            return extractor.extract(report, report.name).model_dump(mode="json")

    overall, scores, problems = evaluate(files, predict)
    formats = by_format(scores)
    click.echo(render_table(overall, scores, formats))
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if json_out:
        payload = {"overall": overall.as_dict(), "formats": [f.as_dict() for f in formats],
                   "documents": [s.as_dict() for s in scores], "errors": problems}
        json_out.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
