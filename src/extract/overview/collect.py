"""Finding extracted reports in run folders, validating them and locating their sources.

A run folder holds `NAME.EXT.json` reports beside `index.jsonl`, whose entries
name the input file each report came from; with that the overview can link a
promise to the page of the PDF it stands on. A JSON file that is not a valid
report is skipped with its reason, never silently.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from pydantic import ValidationError

from extract.report import Report


@dataclass(frozen=True, slots=True)
class Found:
    """One valid report and where it and its source are."""

    report: Report
    json_path: Path
    input_path: Path | None
    json_file: str
    """`json_path` resolved: the overview names each report by it."""


@dataclass(frozen=True, slots=True)
class Skipped:
    path: Path
    reason: str


class Candidate(NamedTuple):
    """A file that may be a report: its path, the run folder it was found in, and its
    resolved path (found while listing, so no report is resolved twice)."""

    path: Path
    root: Path
    resolved: str


def files(paths: tuple[Path, ...] | list[Path], exclude: Path | None = None) -> list[Candidate]:
    """Every `*.json` below the folders given, and the files given, each with its run folder.

    Hidden files and folders (a run in progress writes there) are left out, and so is
    `exclude` (the overview's own folder). A file reached twice (folders given inside each
    other, or a link) is taken once. Resolved paths are compared as strings: a national
    folder holds ten thousand reports, and pathlib's comparisons were most of listing them."""
    excluded = str(exclude.resolve()) if exclude else None
    inside = excluded.rstrip(os.sep) + os.sep if excluded else None
    seen: set[str] = set()
    found: list[Candidate] = []
    for given in paths:
        root = given if given.is_dir() else given.parent
        listed = _below(given) if given.is_dir() else [(given, str(given.resolve()))]
        for path, resolved in listed:
            if resolved in seen or (excluded and inside and (resolved == excluded or resolved.startswith(inside))):
                continue
            seen.add(resolved)
            found.append(Candidate(path, root, resolved))
    return found


def _below(folder: Path) -> list[tuple[Path, str]]:
    """The `*.json` files below `folder` in path order, each with its resolved path, hidden
    ones left out. Linked folders are not entered (as `Path.rglob` does not); a path is
    resolved from the folder's resolved path, and only a linked file asks the file system,
    which keeps a folder of ten thousand reports to one pass over its entries."""
    listed: list[tuple[tuple[str, ...], str, str]] = []
    stack: list[tuple[str, str, tuple[str, ...]]] = [(str(folder), str(folder.resolve()), ())]
    while stack:
        directory, resolved_directory, relative = stack.pop()
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, os.path.join(resolved_directory, entry.name), (*relative, entry.name)))
                elif entry.name.endswith(".json"):
                    resolved = (os.path.realpath(entry.path) if entry.is_symlink()
                                else os.path.join(resolved_directory, entry.name))
                    listed.append(((*relative, entry.name), entry.path, resolved))
    listed.sort(key=lambda item: item[0])
    return [(Path(path), resolved) for _, path, resolved in listed]


def read(candidate: Candidate) -> Found | Skipped:
    """One report file, validated against the output models, or the reason it is skipped."""
    path = candidate.path
    try:
        report = Report.model_validate_json(path.read_bytes())
    except OSError as exc:
        return Skipped(path, f"cannot be read: {exc.strerror or exc}")
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(document)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        return Skipped(path, f"not a valid report: {where}: {first['msg']}{more}")
    return Found(report, path, source_of(candidate), candidate.resolved)


def source_of(candidate: Candidate) -> Path | None:
    """The input file a report came from, as its run folder's `index.jsonl` names it."""
    relative = candidate.path.relative_to(candidate.root).as_posix().removesuffix(".json")
    return _index(candidate.root).get(relative)


def forget_indexes() -> None:
    """Read each run folder's `index.jsonl` anew: a build must see one changed since the last
    build in this process (it names where each report's input file is now)."""
    _index.cache_clear()


@cache
def _index(root: Path) -> dict[str, Path]:
    """Input files by their path relative to the run folder, from the run's `index.jsonl`."""
    inputs: dict[str, Path] = {}
    try:
        lines = (root / "index.jsonl").read_text(encoding="utf-8").splitlines()
    except OSError:
        return inputs
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and entry.get("input") and entry.get("path"):
            inputs[str(entry["path"])] = Path(str(entry["input"]))
    return inputs
