"""Speed of `extract compare` on a national-size set of extracted reports.

    python benchmarks/bench_compare.py [--reports 10000] [--repeat 2] [--seed 1]

Extracts a small synthetic corpus (`scripts/make_corpus.py`, every format) with
the real pipeline, then writes `--reports` report JSON files from those
extractions spread over random municipalities and periods (promise documents
and their follow-ups alike), validated by the report model, and times building
the overview from them, `--repeat` times: DuckDB, the views, CSV, Parquet, the Excel
workbook and the HTML page. The reports are read by one process, then by one per core (the
default, `--jobs`), both reading every report (`force`), then rebuilt with one per core
taking back the digests the build before it kept (`.digests`), and once more with nothing
changed (the overview already current, nothing built), in turns on the same files.
Prints the median seconds of each and where they go (reading, validating and staging the
reports, linking follow-ups, the database, the exports, the workbook, the page), reports
per second, database and page size, and peak RSS. Figures, not assertions: the machine and its load are printed
with them.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from common import alternate, machine, median, spread  # noqa: E402
from extract.overview import build as build_overview  # noqa: E402
from extract.pipeline import Extractor  # noqa: E402
from extract.report import Municipality, Period, Report  # noqa: E402
from make_corpus import make  # noqa: E402

REGISTER = list(csv.DictReader((ROOT / "src" / "extract" / "data" / "municipalities.csv").open(encoding="utf-8")))


def extracted_templates(folder: Path, count: int, seed: int) -> list[Report]:
    extractor = Extractor()
    return [extractor.extract(path, path.name) for path in make(count, folder, seed, with_gold=False)]


def spread_reports(templates: list[Report], count: int, out: Path, seed: int) -> None:
    """`count` reports: each a template moved to another municipality and period."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        template = rng.choice(templates)
        row = rng.choice(REGISTER)
        start = rng.choice([2021, 2022, 2023, 2024, 2025])
        report = template.model_copy(deep=True)
        report.municipalities = [Municipality(code=row["kommunkod"], name=row["kommun"], county=row["lan"],
                                              police_region=row["polisregion"])]
        report.period = Period(start=start, end=start + rng.choice([0, 1]))
        report.source.path = f"{index:05d}-{row['kommunkod']}.{template.source.path.rsplit('.', 1)[-1]}"
        report.source.sha256 = hashlib.sha256(report.source.path.encode()).hexdigest()
        Report.model_validate(report.model_dump())  # still a valid report
        (out / f"{report.source.path}.json").write_text(report.model_dump_json(indent=2), encoding="utf-8")


STAGES = (("tables", "link_promises", "linking follow-ups"),
          ("store", "create", "the database (beside linking)"), ("store", "open_computed", "the views, computed once"),
          ("store", "export", "CSV and Parquet"), ("page", "render", "the page"))
WORKBOOK = "the workbook"  # from its start to its end, wherever it is written
READING = "reading, validating, staging"  # from the build's start until the staged rows are closed
KEPT = "one per core, a rebuild"  # every report unchanged since the build before: its digest taken back
UNCHANGED = "nothing changed"  # the overview there already made of these very files: nothing built


def timed_stages() -> dict[str, float]:
    """Wrap each stage of the build so that its seconds add up in the returned dictionary."""
    build_module = sys.modules["extract.overview.build"]
    seconds: dict[str, float] = {}
    for module_name, function_name, label in STAGES:
        module = getattr(build_module, module_name, None) or sys.modules[f"extract.overview.{module_name}"]
        function = getattr(module, function_name)

        def wrapped(*args: object, _function: object = function, _label: str = label, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return _function(*args, **kwargs)  # type: ignore[operator]
            finally:
                seconds[_label] = seconds.get(_label, 0.0) + time.perf_counter() - started

        setattr(module, function_name, functools.wraps(function)(wrapped))
    beside = build_module._beside

    def timed_beside(jobs: int | None) -> object:
        """The workbook's executor, its task timed from here: it may run in another process."""
        pool = beside(jobs)
        submit = pool.submit

        def timed_submit(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            future = submit(*args, **kwargs)  # type: ignore[arg-type]
            future.add_done_callback(lambda _: seconds.__setitem__(WORKBOOK, time.perf_counter() - started))
            return future

        pool.submit = timed_submit  # type: ignore[method-assign]
        return pool

    build_module._beside = timed_beside
    tables = sys.modules["extract.overview.tables"]
    close_rows = tables.Staging.close_rows

    def closing(self: object) -> None:
        seconds[READING] = time.perf_counter() - seconds.pop("started", time.perf_counter())
        close_rows(self)

    tables.Staging.close_rows = closing
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--templates", type=int, default=40, help="synthetic reports extracted as templates")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(machine())
    seconds = timed_stages()
    stages: dict[str, list[dict[str, float]]] = {"one process": [], "one per core": [], KEPT: [], UNCHANGED: []}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        templates = extracted_templates(base / "corpus", args.templates, args.seed)
        spread_reports(templates, args.reports, base / "runs", args.seed)
        summaries = []

        def side(name: str, jobs: int | None, force: bool = True) -> float:
            if name == KEPT:  # every report kept, but built again: what it was made of forgotten
                (base / "overview" / ".built").unlink(missing_ok=True)
            seconds.clear()
            seconds["started"] = started = time.perf_counter()
            summaries.append(build_overview([base / "runs"], base / "overview", jobs=jobs, force=force))
            took = time.perf_counter() - started
            stages[name].append(dict(seconds))
            return took

        # every build goes to one folder: the fresh sides read every report (force), the
        # rebuild takes back what the build before it made of them (`.digests`), and with
        # nothing changed the overview there is already current
        runs = alternate({"one process": lambda: side("one process", 1),
                          "one per core": lambda: side("one per core", None),
                          KEPT: lambda: side(KEPT, None, force=False),
                          UNCHANGED: lambda: side(UNCHANGED, None, force=False)}, args.repeat)
        summary = summaries[-1]
        database = (base / "overview" / "overview.duckdb").stat().st_size / 1e6
        page = (base / "overview" / "index.html").stat().st_size / 1e6
    print(f"reports compared:                 {summary.reports:8d} ({summary.promises} promises, "
          f"{summary.links} linked to a follow-up)")
    for name, times in runs.items():
        print(f"compare, {name}, median of {args.repeat}: {median(times):8.2f} s {spread(times)} "
              "(target: at most 5 s for 10,000)")
        for label in (READING, *(label for _, _, label in STAGES), WORKBOOK):
            print(f"    {label:30s} {median([s.get(label, 0.0) for s in stages[name]]):8.2f} s")
    print("    (the workbook is written beside the views, CSV, Parquet and the page, by a process of its own"
          " with one per core and by a thread with one process: they overlap)")
    ratio = median(runs["one process"]) / median(runs["one per core"])
    print(f"one per core against one process: {ratio:8.2f} x quicker")
    print(f"a rebuild against a fresh build:  {median(runs['one per core']) / median(runs[KEPT]):8.2f} x quicker"
          " (one per core both)")
    print(f"reports per second, one per core: {summary.files / median(runs['one per core']):8.0f}")
    print(f"overview.duckdb / index.html:     {database:6.1f} MB / {page:.1f} MB")
    print(f"peak RSS:                         {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.0f} MB"
          f" (a reading or workbook process: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB)")
    print(machine().split("; ")[-1] + " (after)")


if __name__ == "__main__":
    main()
