"""Speed of `extract compare` on a national-size set of extracted reports.

    python benchmarks/bench_compare.py [--reports 1000] [--seed 1]

Extracts a small synthetic corpus (`scripts/make_corpus.py`, every format) with
the real pipeline, then writes `--reports` report JSON files from those
extractions spread over random municipalities and periods (promise documents
and their follow-ups alike), validated by the report model, and times building
the overview from them: DuckDB, CSV, Parquet and the HTML page. Prints seconds,
reports per second, database and page size, and peak RSS. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from extract.overview import build  # noqa: E402
from extract.pipeline import Extractor  # noqa: E402
from extract.report import Municipality, Period, Report  # noqa: E402
from make_corpus import make  # noqa: E402

REGISTER = list(csv.DictReader((ROOT / "src" / "extract" / "data" / "municipalities.csv").open(encoding="utf-8")))


def extracted_templates(folder: Path, count: int, seed: int) -> list[Report]:
    extractor = Extractor()
    return [extractor.extract(path, path.name) for path in make(count, folder, seed, with_gold=False)]


def spread(templates: list[Report], count: int, out: Path, seed: int) -> None:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--templates", type=int, default=40, help="synthetic reports extracted as templates")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        templates = extracted_templates(base / "corpus", args.templates, args.seed)
        spread(templates, args.reports, base / "runs", args.seed)
        started = time.perf_counter()
        summary = build([base / "runs"], base / "overview")
        elapsed = time.perf_counter() - started
        database = (base / "overview" / "overview.duckdb").stat().st_size / 1e6
        page = (base / "overview" / "index.html").stat().st_size / 1e6
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    print(f"reports compared:                 {summary.reports:8d} ({summary.promises} promises, "
          f"{summary.links} linked to a follow-up)")
    print(f"compare (DuckDB, CSV, Parquet, xlsx, page): {elapsed:6.2f} s")
    print(f"reports per second:               {summary.files / elapsed:8.0f}")
    print(f"overview.duckdb / index.html:     {database:6.1f} MB / {page:.1f} MB")
    print(f"peak RSS:                         {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.0f} MB")


if __name__ == "__main__":
    main()
