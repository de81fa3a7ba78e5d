"""Running many reports: collecting inputs, isolating each file, skipping unchanged ones.

Every file is extracted in a worker process, so a file that crashes a parser,
eats memory or loops cannot take the batch with it: each worker has a memory
ceiling and a time limit per file, and the file is reported as over the limit.
The spaCy pipeline is built once in the parent and inherited by the workers
(fork), or built once per worker where fork is unavailable.

A rerun skips inputs whose report is already there for the same content
(SHA-256), extractor version and spaCy model; `force` redoes them.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import resource
import signal
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from extract import __version__
from extract.blocks import sha256_bytes
from extract.errors import ExtractError, FileSystemError
from extract.loaders import LoadOptions, supported_extensions, unsupported_reason
from extract.outputs import output_path, process_running, remove_stale_temporaries, write_atomic, write_report

if TYPE_CHECKING:  # the pipeline (spaCy) is imported only when a file is to be extracted,
    from extract.pipeline import Extractor  # so a rerun over unchanged inputs starts fast

IGNORED_SUFFIXES = (".json", ".jsonl")  # extraction outputs and gold annotations


@dataclass(frozen=True, slots=True)
class Task:
    path: Path
    relative: str
    output: Path
    named: bool = False  # given on the command line, not found in a folder


@dataclass(frozen=True, slots=True)
class BatchOptions:
    jobs: int = 1
    model: str | None = None
    load: LoadOptions = field(default_factory=LoadOptions)
    timeout: float = 300.0  # seconds per file: enough for a PDF of --max-pages (500) pages
    max_memory_mb: int = 2048  # per worker, on top of what the pipeline itself takes
    force: bool = False


def collect(paths: tuple[Path, ...] | list[Path], out_dir: Path | None = None,
            problems: list[str] | None = None) -> list[Task]:
    """Files named, and every file found below folders named (hidden ones and outputs aside).

    Files with an extension no loader knows are kept: they are reported as
    errors, so a misnamed report in a folder is not lost without a word.
    """
    tasks: list[Task] = []
    seen: set[str] = set()
    out_resolved = out_dir.resolve() if out_dir is not None else None  # None: nothing will be written
    names = Counter(given.name for given in paths if given.is_file())
    for given in paths:
        if given.is_file():
            # files named alike ("2022/rapport.md", "2023/rapport.md") keep their folder's name
            shared = names[given.name] > 1 and given.resolve().parent.name
            candidates = [(given, f"{given.resolve().parent.name}/{given.name}" if shared else given.name)]
        else:
            candidates = [
                (f, f.relative_to(given).as_posix())
                for f in _files_below(given, problems)
                if not any(part.startswith(".") for part in f.relative_to(given).parts)
                and not f.name.endswith(IGNORED_SUFFIXES)
                and (out_resolved is None or out_resolved not in f.resolve().parents)
            ]
        for path, relative in candidates:
            relative = _unique(readable_name(relative), path, seen)
            seen.add(relative)
            tasks.append(Task(path, relative, output_path(out_dir or Path("."), relative), named=given.is_file()))
    return tasks


def _files_below(folder: Path, problems: list[str] | None) -> list[Path]:
    """Every file below `folder`, sorted; a sub-folder that cannot be read is named in
    `problems` ("cannot read folder X: Permission denied"), not passed over in silence."""
    found: list[Path] = []

    def refused(error: OSError) -> None:
        if problems is not None:
            where = readable_name(str(error.filename or folder))
            problems.append(f"cannot read folder {where}: {error.strerror or error}; its files were not extracted")

    for root, dirs, files in os.walk(folder, onerror=refused):
        dirs.sort()
        found.extend(path for path in (Path(root) / name for name in files) if path.is_file())
    return sorted(found)


def readable_name(name: str) -> str:
    """A file name as text that can be written anywhere: bytes that are not UTF-8 (a name
    made on Windows in cp1252, read here as surrogate escapes) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _unique(relative: str, path: Path, seen: set[str]) -> str:
    """A name no other input of the run has: "2023/rapport.md" beside "2024/rapport.md" when
    both were named as files, else a number ("rapport (2).md") where the folders agree too."""
    if relative not in seen:
        return relative
    parents = [readable_name(p) for p in path.resolve().parent.parts[1:]]
    for depth in range(1, len(parents) + 1):
        candidate = "/".join([*parents[-depth:], relative])
        if candidate not in seen:
            return candidate
    stem, dot, suffix = relative.rpartition(".")
    number = 2
    while True:
        candidate = f"{stem} ({number}).{suffix}" if dot else f"{relative} ({number})"
        if candidate not in seen:
            return candidate
        number += 1


# --- reports of inputs that are gone ------------------------------------------------------

MANIFEST = ".extract-inputs"  # in OUT (JSON; no .json suffix, so no one takes it for a report)


def stale_reports(paths: tuple[Path, ...] | list[Path], tasks: list[Task], out_dir: Path) -> list[Path]:
    """Reports in OUT whose input was inside a folder (or was a file) given now, and is gone.

    Only reports this tool recorded making (OUT/.extract-inputs) are considered, so the reports
    of other folders run into the same OUT are left alone."""
    recorded = read_manifest(out_dir)
    current = {task.output.resolve() for task in tasks}
    scopes = [p.resolve() for p in paths]
    stale = []
    for output, source in recorded.items():
        report, origin = out_dir / output, Path(source)
        inside = any(origin == scope or scope in origin.parents for scope in scopes)
        if inside and not origin.exists() and report.resolve() not in current and report.exists():
            stale.append(report)
    return sorted(stale)


def record_inputs(tasks: list[Task], out_dir: Path, removed: list[Path]) -> None:
    """Add this run's reports to OUT/.extract-inputs and drop the removed ones (written atomically)."""
    recorded = read_manifest(out_dir)
    for path in removed:
        recorded.pop(path.relative_to(out_dir).as_posix(), None)
    for task in tasks:
        if task.output.exists():
            recorded[task.output.relative_to(out_dir).as_posix()] = os.fsdecode(task.path.resolve())
    write_atomic(out_dir / MANIFEST, json.dumps(recorded, indent=0, sort_keys=True))  # ASCII: any name survives


def read_manifest(out_dir: Path) -> dict[str, str]:
    """OUT/.extract-inputs: report (relative to OUT) -> the input it was made from."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text("utf-8", errors="surrogateescape"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in supported_extensions()


# --- incremental runs --------------------------------------------------------------


def unchanged(task: Task, model: str) -> dict[str, Any] | None:
    """The index entry for a task whose report is current, or None if it must be redone."""
    if not task.output.exists():
        return None
    try:
        report = json.loads(task.output.read_text(encoding="utf-8"))
        source, extractor = report["source"], report["extractor"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if extractor.get("version") != __version__ or extractor.get("spacy_model") != model:
        return None
    try:
        digest = sha256_bytes(task.path.read_bytes())
    except OSError:
        return None
    if source.get("sha256") != digest:
        return None
    return {"path": task.relative, "input": readable_name(str(task.path.resolve())), "output": str(task.output),
            "status": "unchanged",
            "doc_type": report.get("doc_type"), "promises": len(report.get("promises", [])),
            "warnings": report.get("warnings", []), "seconds": 0.0}


# --- one file ------------------------------------------------------------------------


class FileTimeoutError(ExtractError):
    kind = "limit_exceeded"


_TIME_UP = False
_TIMEOUT_MESSAGE = "took longer than the time limit per file (--timeout)"


def _alarm(signum: int, frame: FrameType | None) -> None:
    """Raised into whatever runs when time is up, and again every second after: code that
    catches every exception (a parser guarding one page) cannot swallow it for good."""
    global _TIME_UP
    _TIME_UP = True
    raise FileTimeoutError(_TIMEOUT_MESSAGE)


def process_one(extractor: Extractor, task: Task, timeout: float = 0.0) -> dict[str, Any]:
    """Extract one file and write its report; any failure becomes an error entry."""
    global _TIME_UP
    started = time.perf_counter()
    entry: dict[str, Any] = {"path": task.relative, "input": readable_name(str(task.path.resolve())), "output": None}
    _TIME_UP = False
    use_alarm = timeout > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout, 1.0)
    try:
        report = extractor.extract(task.path, task.relative)
        write_report(task.output, report)
        entry.update(status="ok", output=str(task.output), doc_type=report.doc_type,
                     promises=len(report.promises), warnings=report.warnings)
    except Exception as exc:  # every failure is this file's error entry; the batch goes on
        kind, message = failure_of(exc, task, timeout)
        entry.update(status="error", error=kind, message=message)
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    if _TIME_UP and entry.get("error") != FileTimeoutError.kind:  # the limit passed, caught on the way
        entry = {"path": task.relative, "input": entry["input"], "output": None, "status": "error",
                 "error": FileTimeoutError.kind, "message": f"{_TIMEOUT_MESSAGE} ({timeout:g} s)"}
    if entry["status"] == "error":
        with contextlib.suppress(OSError):
            task.output.unlink(missing_ok=True)  # an earlier report of this input is not current
    entry["seconds"] = round(time.perf_counter() - started, 4)
    entry["peak_rss_mb"] = peak_rss_mb()
    return entry


def failure_of(exc: BaseException, task: Task, timeout: float = 0.0) -> tuple[str, str]:
    """The error class and message a failure gets in the index (and in the Python API)."""
    if isinstance(exc, FileTimeoutError):
        return exc.kind, f"{exc} ({timeout:g} s)"
    if isinstance(exc, ExtractError):
        return exc.kind, str(exc)
    if isinstance(exc, MemoryError):
        return "limit_exceeded", "needed more memory than the limit per worker (--max-memory)"
    if isinstance(exc, RecursionError):
        return "limit_exceeded", "input nested too deeply to read"
    if isinstance(exc, OSError):  # permissions, a file deleted mid-run, a full disk, a name too long
        return FileSystemError.kind, _os_message(exc, task)
    return "internal_error", f"{exc.__class__.__name__}: {exc}"  # a bug, reported as one


def _os_message(exc: OSError, task: Task) -> str:
    """What the file system refused, in words: which file, and why."""
    reason = exc.strerror or exc.__class__.__name__
    where = exc.filename if exc.filename is not None else task.path
    about = "the input" if str(where) == str(task.path) else "the report"
    if isinstance(exc, FileNotFoundError) and about == "the input":
        return "the input was removed during the run"
    return f"cannot {'read' if about == 'the input' else 'write'} {about}: {reason}"


def peak_rss_mb() -> int:
    """This process's peak resident memory so far, in MB (kB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if os.uname().sysname == "Darwin" else 1024))


# --- workers -------------------------------------------------------------------------

_EXTRACTOR: Extractor | None = None
_TIMEOUT = 0.0


def _init_worker(model: str | None, load: LoadOptions, timeout: float, max_memory_mb: int,
                 started: Any = None) -> None:
    global _EXTRACTOR, _TIMEOUT, _STARTED
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's stop is the worker's end
    _STARTED = started
    if started is not None:
        started.cancel_join_thread()  # notes are hints: a worker's exit never waits to hand them over
    from extract.pipeline import Extractor, settle_heap

    if _EXTRACTOR is None:  # spawned rather than forked: build the pipeline here, once
        _EXTRACTOR = Extractor(model, load)
    settle_heap()
    _TIMEOUT = timeout
    _limit_memory(max_memory_mb)


def _limit_memory(max_memory_mb: int) -> None:
    """Cap this worker's address space at what it uses now plus the allowance."""
    if max_memory_mb <= 0:
        return
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[0])
        current = pages * os.sysconf("SC_PAGE_SIZE")
        limit = current + max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (OSError, ValueError, AttributeError):
        pass  # no /proc or no limits on this system: run without a ceiling


_STARTED: Any = None  # a queue on which a worker says which file it takes up, and its pid


def _work(task: Task) -> dict[str, Any]:
    assert _EXTRACTOR is not None
    if _STARTED is not None:
        _STARTED.put((task.relative, os.getpid(), time.time()))
    try:
        return process_one(_EXTRACTOR, task, _TIMEOUT)
    except FileTimeoutError:  # the alarm went off just as the file was done: still over the limit
        with contextlib.suppress(OSError):
            task.output.unlink(missing_ok=True)
        return _failure(task, FileTimeoutError.kind, f"{_TIMEOUT_MESSAGE} ({_TIMEOUT:g} s)")


def run(tasks: list[Task], options: BatchOptions) -> Iterator[dict[str, Any]]:
    """Index entries for every task: skipped and refused ones first, then the rest as they are done."""
    model = options.model or "blank:sv"
    todo: list[Task] = []
    for task in tasks:
        if not is_supported(task.path):
            reason = unsupported_reason(task.path)
            if task.named:
                yield _failure(task, "unsupported_format", reason)
            else:  # an image, a spreadsheet or an archive beside the reports: listed, not failed
                yield {"path": task.relative, "input": readable_name(str(task.path.resolve())), "output": None,
                       "status": "skipped", "reason": f"not a report format: {reason}", "seconds": 0.0}
        elif (cached := None if options.force else unchanged(task, model)) is not None:
            yield cached
        else:
            todo.append(task)
    # the longest files first, so no worker is left with a long file while the other idles
    todo.sort(key=_expected_cost, reverse=True)
    yield from _extract_all(todo, options)


def _expected_cost(task: Task) -> tuple[bool, int]:
    """PDFs before other formats (their pages cost most), larger before smaller."""
    try:
        size = task.path.stat().st_size
    except OSError:
        size = 0
    return task.path.suffix.lower() == ".pdf", size


def _failure(task: Task, kind: str, message: str) -> dict[str, Any]:
    return {"path": task.relative, "input": readable_name(str(task.path.resolve())), "output": None, "status": "error",
            "error": kind,
            "message": message, "seconds": 0.0}


_SHARED: tuple[tuple[str | None, LoadOptions], Extractor] | None = None


def _shared_extractor(options: BatchOptions) -> Extractor:
    """The parent's pipeline, built once per set of options and inherited by forked workers."""
    global _SHARED
    from extract.pipeline import Extractor

    key = (options.model, options.load)
    if _SHARED is None or _SHARED[0] != key:
        _SHARED = (key, Extractor(options.model, options.load))
    return _SHARED[1]


def _extract_all(tasks: list[Task], options: BatchOptions) -> Iterator[dict[str, Any]]:
    """Extract in a pool of workers; a worker that stops answering is replaced.

    The time limit is enforced inside the worker; should a worker hang where that
    cannot reach it (inside C code), the parent gives up on the file after a
    grace period, reports it, and goes on with a fresh pool.
    """
    global _EXTRACTOR
    if not tasks:
        return
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    _EXTRACTOR = _shared_extractor(options) if fork else None
    grace = options.timeout + 60 if options.timeout > 0 else None
    remaining = list(tasks)
    while remaining:
        workers = max(1, min(options.jobs, len(remaining)))
        started = context.Queue()
        pool = context.Pool(workers, initializer=_init_worker,
                            initargs=(options.model, options.load, options.timeout, options.max_memory_mb, started))
        done = 0
        running: dict[str, tuple[int, float]] = {}
        try:
            results = pool.imap(_work, remaining, chunksize=1)
            for task in remaining:
                entry = _next_result(results, task, grace, started, running)
                done += 1
                yield entry
                if entry.get("lost"):
                    del entry["lost"]
                    break
            else:
                pool.close()
                pool.join()
        finally:
            pool.terminate()
            started.close()
            # a worker stopped while it wrote a report leaves its temporary file behind
            for folder in {task.output.parent for task in remaining}:
                remove_stale_temporaries(folder, recursive=False)
        remaining = remaining[done:]


def _next_result(results: Any, task: Task, grace: float | None, started: Any,
                 running: dict[str, tuple[int, float]]) -> dict[str, Any]:
    """The next entry in order, watching the worker that has the task: a worker that died
    (killed by the system's out-of-memory killer, say) is noticed within a second, and one
    that stops answering after the grace period; either way the file is reported as what it
    is, marked `lost` so the pool is replaced.

    The workers' notes of which file each takes up are read at every turn, not only while
    waiting: unread, they would fill the pipe between the processes, and a worker could not
    finish at the end of a large batch (it waits to hand over what it has written)."""
    waited = 0.0
    while True:
        _read_notes(started, running)
        try:
            entry = dict(results.next(timeout=1.0))
            running.pop(task.relative, None)
            return entry
        except multiprocessing.TimeoutError:
            waited += 1.0
        _read_notes(started, running)
        pid, at = running.get(task.relative, (0, time.time()))
        if pid and not process_running(pid):
            entry = _failure(task, "limit_exceeded",
                             "the worker process died on this file (killed from outside, as by the system's "
                             "out-of-memory killer): try fewer --jobs or a lower --max-memory")
            entry.update(seconds=round(time.time() - at, 4), lost=True)
            return entry
        if grace is not None and waited >= grace:
            entry = _failure(task, "limit_exceeded", "the worker stopped responding on this file and was stopped")
            entry.update(seconds=round(time.time() - at, 4) if pid else waited, lost=True)
            return entry


def _read_notes(started: Any, running: dict[str, tuple[int, float]]) -> None:
    """Every note waiting on the queue: which worker (pid) took up which file, and when."""
    while True:
        try:
            relative, pid, at = started.get_nowait()
        except Exception:  # queue.Empty, or a queue closed under us
            return
        running[relative] = (pid, at)


