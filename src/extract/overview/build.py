"""Building the overview folder from run folders: stage, load, export, draw, then put in place.

Everything is built in a hidden folder inside OVERVIEW and moved into place at
the end, `index.html` last, so an interrupted or failed build leaves the
previous overview as it was and never a half-built one that looks complete.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import json
import multiprocessing
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from extract.overview import collect, kept, page, store, workbook
from extract.overview.collect import Skipped
from extract.overview.tables import TABLES, Digest, Staging, digest

_BATCH = 50  # reports read per task of a worker: few tasks, and every worker busy to the end
_PARALLEL_FROM = 400  # fewer reports are read in this process: starting workers would cost more

# index.html last; `.digests` (kept.py) is what the next build into the folder may take back
PRODUCTS = ("overview.duckdb", "csv", "parquet", "overview.xlsx", "skipped.jsonl", kept.FILE, kept.BUILT,
            "index.html")
_COUNTS = ("files", "reports", "duplicates", "promises", "links", "municipalities")  # kept in `.built`


@dataclass(slots=True)
class Summary:
    out: Path
    files: int = 0
    reports: int = 0
    duplicates: int = 0
    promises: int = 0
    links: int = 0
    municipalities: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    unchanged: bool = False  # nothing built: the overview there was made of these very files


class NoReportsError(Exception):
    """Nothing valid to compare: no overview is written."""


def build(paths: list[Path], out: Path, on_file: Callable[[], None] | None = None,
          candidates: list[collect.Candidate] | None = None, lang: str = "sv", jobs: int | None = None,
          force: bool = False) -> Summary:
    """Read every report JSON below `paths` (or the `candidates` already listed from them)
    and write the overview into `out`, its page in `lang` (sv or en). Reports are read and
    validated by `jobs` processes (default: one per core); they are staged in their order.
    A report unchanged since the last build into `out` is taken back from it (`kept.py`),
    and when no file changed at all the overview in `out` is already this one: nothing is
    built (rule `unchanged-overview`). `force` reads every report and builds anew."""
    started = time.perf_counter()
    summary = Summary(out)
    collect.forget_indexes()
    if candidates is None:
        candidates = collect.files(paths, exclude=out)
    summary.files = len(candidates)
    out.mkdir(parents=True, exist_ok=True)
    overview_dir = out.resolve()
    stamps = [kept.stamp(candidate) for candidate in candidates]
    made_of = kept.fingerprint(candidates, stamps, lang, overview_dir)
    if not force and (unchanged := _unchanged(out, made_of, summary)) is not None:
        for _ in candidates:
            if on_file:
                on_file()
        unchanged.seconds = time.perf_counter() - started
        return unchanged
    work = Path(tempfile.mkdtemp(prefix=".overview-", dir=out))
    try:
        (work / "staged").mkdir()
        staging = Staging(work / "staged", out)
        earlier = kept.Kept() if force else kept.Kept.load(out / kept.FILE, overview_dir)
        keeper = kept.Keeper(work / kept.FILE, overview_dir)
        try:
            for item in _digests(candidates, stamps, overview_dir, jobs, earlier, keeper):
                if isinstance(item, Skipped):
                    summary.skipped.append(item)
                else:
                    staging.add_digest(item)
                if on_file:
                    on_file()
            keeper.close()
            staging.close_rows()
            if not staging.counts["reports"]:
                raise NoReportsError("no valid report JSON found in " + ", ".join(str(p) for p in paths))
            database = work / "overview.duckdb"
            _load_while_linking(database, staging)
        finally:
            keeper.close()
            staging.close()
        # the workbook, the longest product, is written beside the exports and the page, in a
        # process of its own when several may run: both hold the interpreter much of the time
        with _beside(jobs) as pool:
            sheets = pool.submit(_write_workbook, database, work / "overview.xlsx")
            connection = store.open_computed(database)
            try:
                store.export(connection, work / "csv", work / "parquet")
                _count(connection, summary)
                html = page.render(connection, summary_line(summary, lang), lang)
            finally:
                connection.close()
            sheets.result()  # its error, if any, is the build's
        (work / "index.html").write_text(html, encoding="utf-8")
        (work / "skipped.jsonl").write_text(
            "".join(json.dumps({"path": str(s.path), "reason": s.reason}, ensure_ascii=False) + "\n"
                    for s in summary.skipped), encoding="utf-8")
        kept.write_built(work / kept.BUILT, made_of, {name: getattr(summary, name) for name in _COUNTS})
        _place(work, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _load_while_linking(database: Path, staging: Staging) -> None:
    """The database made from the staged tables. DuckDB loads them in a thread (it leaves the
    interpreter while it reads) as this one links follow-ups to their promises; the links and
    the views then complete it."""
    tables = {table: staging.path(table) for table in TABLES if table != "promise_links"}
    with ThreadPoolExecutor(max_workers=1) as side:
        loading = side.submit(store.create, database, tables, False)
        try:
            staging.link()
        except BaseException:
            with contextlib.suppress(Exception):
                loading.result().close()
            raise
        connection = loading.result()
    try:
        store.add_table(connection, "promise_links", staging.path("promise_links"))
        store.add_views(connection)
    finally:
        connection.close()


def _unchanged(out: Path, made_of: str, summary: Summary) -> Summary | None:
    """Rule unchanged-overview: the overview in `out` when the last build into it was made of
    the very same files (their stamps, in order, the page's language and extract's version:
    `kept.fingerprint`) and all its products are there, its counts and skipped files as that
    build found them; else None."""
    counts = kept.built(out, made_of, PRODUCTS)
    if counts is None or not all(isinstance(counts.get(name), int) for name in _COUNTS):
        return None
    try:
        lines = (out / "skipped.jsonl").read_text(encoding="utf-8").splitlines()
        skipped = [Skipped(Path(entry["path"]), str(entry["reason"])) for entry in map(json.loads, lines)]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    for name in _COUNTS:
        setattr(summary, name, counts[name])
    summary.skipped, summary.unchanged = skipped, True
    return summary


def _digests(candidates: list[collect.Candidate], stamps: list[kept.Stamp | None], overview_dir: Path,
             jobs: int | None, earlier: kept.Kept, keeper: kept.Keeper) -> Iterator[Digest | Skipped]:
    """Each candidate's digest, in the candidates' order: taken back from the last build where
    its file is unchanged since (`stamps`, `kept.py`), else read, validated and digested
    (`_read`). Every valid one is kept for the next build."""
    packed = [earlier.take(candidate, current) for candidate, current in zip(candidates, stamps, strict=True)]
    fresh = _read([c for c, back in zip(candidates, packed, strict=True) if back is None], overview_dir, jobs)
    for candidate, current, back in zip(candidates, stamps, packed, strict=True):
        item: Digest | Skipped | None = None
        if back is None:
            read = next(fresh)
            if isinstance(read, bytes):  # a worker's digest, packed as it is kept
                back = read
            else:
                item = read
        if back is not None:
            item = kept.unpack(back)
        if item is None:  # kept, but damaged: read again
            (item,) = _digest_batch([candidate], overview_dir)
            back = None
        if current is not None and not isinstance(item, Skipped):
            keeper.add(candidate, current, item, back)
        yield item


def _read(candidates: list[collect.Candidate], overview_dir: Path,
          jobs: int | None) -> Iterator[Digest | Skipped | bytes]:
    """Each candidate read, validated and digested, in the candidates' order. Reading and
    validating is most of the work of a build; with many reports it is spread over worker
    processes, which hand back each digest packed as `kept.py` keeps it (bytes: cheap to
    pass between processes, unlike the validated reports, and written to the next build's
    `.digests` as they are, so this process packs none)."""
    workers = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    if workers == 1 or len(candidates) < _PARALLEL_FROM:
        for candidate in candidates:  # one at a time: a folder of any size is never held in memory
            yield from _digest_batch([candidate], overview_dir)
        return
    batches = [candidates[start:start + _BATCH] for start in range(0, len(candidates), _BATCH)]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
    # a worker starts with its parent's heap, which it never frees: frozen, the collector's full
    # passes skip it (they were a sixth of a worker's time among the models it validates)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=gc.freeze) as pool:
        for batch in pool.map(_packed_batch, batches, itertools.repeat(overview_dir)):
            yield from batch


def _digest_batch(batch: list[collect.Candidate], overview_dir: Path) -> list[Digest | Skipped]:
    """A worker's task: some reports read and digested, or the reason each is skipped."""
    out: list[Digest | Skipped] = []
    for candidate in batch:
        item = collect.read(candidate)
        out.append(item if isinstance(item, Skipped) else digest(item, overview_dir))
    return out


def _packed_batch(batch: list[collect.Candidate], overview_dir: Path) -> list[Skipped | bytes]:
    """A worker's task: `_digest_batch`, each digest packed as `kept.py` keeps it."""
    return [item if isinstance(item, Skipped) else kept.pack(item) for item in _digest_batch(batch, overview_dir)]


def _beside(jobs: int | None) -> Executor:
    """Where the workbook is written: a forked process when more than one may run (and the
    system forks), else a thread of this one."""
    workers = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    return ThreadPoolExecutor(max_workers=1)


def _write_workbook(database: Path, target: Path) -> None:
    connection = store.open_computed(database)
    try:
        workbook.write(connection, target)
    finally:
        connection.close()


def _count(connection: duckdb.DuckDBPyConnection, summary: Summary) -> None:
    def one(sql: str) -> int:
        row = connection.execute(sql).fetchone()
        return int(row[0]) if row else 0

    summary.reports = one("SELECT count(*) FROM reports WHERE duplicate_of IS NULL")
    summary.duplicates = one("SELECT count(*) FROM reports WHERE duplicate_of IS NOT NULL")
    summary.promises = one("SELECT count(*) FROM promise_register")
    summary.links = one("SELECT count(*) FROM promise_links")
    summary.municipalities = one("SELECT count(DISTINCT code) FROM report_municipalities "
                                 "JOIN reports USING (report_id) WHERE duplicate_of IS NULL")


def summary_line(summary: Summary, lang: str = "sv") -> str:
    """What the overview holds, in plain words (overview.toml `summary`)."""
    return str(page.words(lang)["summary"]).format(
        reports=summary.reports, duplicates=summary.duplicates, municipalities=summary.municipalities,
        promises=summary.promises, links=summary.links)


def _place(work: Path, out: Path) -> None:
    """Move the new products over the old ones; folders are swapped, files replaced."""
    for name in PRODUCTS:
        new, target = work / name, out / name
        if new.is_dir():
            old = work / f"old-{name}"
            if target.exists():
                os.replace(target, old)
            os.replace(new, target)
        else:
            os.replace(new, target)
