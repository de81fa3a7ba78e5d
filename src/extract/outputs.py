"""Writing results: one JSON per report, written atomically, and the run's logs.

A report file appears under its final name only when it is complete (written to
a temporary file in the same folder, flushed, then renamed), so an interrupted
run never leaves a half-written report that looks finished.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from extract.report import Report


def output_path(out_dir: Path, relative: str) -> Path:
    """`a/b.pdf` -> `OUT/a/b.pdf.json`: the extension stays, so a.md and a.pdf never collide."""
    return out_dir / f"{relative}.json"


def file_mode() -> int:
    """The mode a new file gets from the user's umask (mkstemp alone would make it 0600,
    so a shared folder or a web server could not read the reports)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _short(name: str) -> str:
    """A name short enough that the temporary name built on it stays under 255 bytes."""
    encoded = name.encode("utf-8", "surrogateescape")
    return name if len(encoded) <= 200 else encoded[:200].decode("utf-8", "ignore")


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{_short(path.name)}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, file_mode())
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ".a.md.json.4711.k2j3h4.tmp": a temporary file of process 4711
_TEMPORARY = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")


def remove_stale_temporaries(out_dir: Path, recursive: bool = True) -> int:
    """Temporary files that a run killed outright (kill -9, a power cut) left in OUT, or a
    worker stopped while it wrote: those of processes that are gone. Those of a run still
    going, into the same folder, stay."""
    removed = 0
    if not out_dir.is_dir():
        return 0
    for path in (out_dir.rglob(".*.tmp") if recursive else out_dir.glob(".*.tmp")):
        found = _TEMPORARY.match(path.name)
        if found and not process_running(int(found.group(1))):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def process_running(pid: int) -> bool:
    """Is the process there and not a zombie? (A killed worker may linger unreaped, and a
    temporary file's owner may be gone.) Without /proc, a signal 0 tells."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True


def report_json(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def write_report(path: Path, report: Report) -> None:
    write_atomic(path, report_json(report))


class RunLog:
    """`index.jsonl` (every input) and `errors.jsonl` (failed inputs), streamed.

    Lines go to hidden temporary files that replace the logs when the run ends,
    so the logs in the folder always describe one whole run.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        out_dir.mkdir(parents=True, exist_ok=True)
        self._files: dict[str, tuple[Path, TextIO]] = {}
        for name in ("index.jsonl", "errors.jsonl"):
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.{os.getpid()}.", suffix=".tmp", dir=out_dir)
            os.fchmod(fd, file_mode())
            self._files[name] = (Path(tmp), os.fdopen(fd, "w", encoding="utf-8"))

    def record(self, entry: dict[str, Any]) -> None:
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        self._files["index.jsonl"][1].write(line)
        if entry.get("status") == "error":
            self._files["errors.jsonl"][1].write(line)

    def close(self, complete: bool) -> None:
        for name, (tmp, handle) in self._files.items():
            try:
                handle.close()
            except OSError:
                if complete:
                    raise
            if complete:
                os.replace(tmp, self.out_dir / name)
            else:
                tmp.unlink(missing_ok=True)  # a broken run leaves no log that claims to be whole

    def __enter__(self) -> RunLog:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close(complete=kind is None)
