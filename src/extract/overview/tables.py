"""Rows for the overview's tables, and the links between promises and their follow-ups.

Rows are written to one JSON-lines file per table as reports are read, so a
folder of thousands of reports is never held in memory; DuckDB then loads each
file in one pass. Only what linking needs (a promise's text, themes, report and
period) is kept.

Each report is first turned into a `Digest` on its own, its rows already encoded as
JSON but for the ids the overview gives it (which depend on the reports before it):
digests can be made in several processes at once, and staging one is only joining
strings and writing them.

Renderings of one report (the same promises from its PDF and its web page) are
counted once: later copies go into `reports` with `duplicate_of` set and add no
promises.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, NamedTuple
from urllib.parse import quote

from pydantic_core import to_json
from rapidfuzz import process
from rapidfuzz.distance import Indel

from extract.overview.collect import Found
from extract.report import Promise, Report

# columns of each staged table, with their DuckDB types (the order is the table's)
TABLES: dict[str, dict[str, str]] = {
    "reports": {
        "report_id": "INTEGER", "json_file": "VARCHAR", "source_path": "VARCHAR", "source_file": "VARCHAR",
        "link": "VARCHAR", "format": "VARCHAR", "sha256": "VARCHAR", "pages": "BIGINT", "doc_type": "VARCHAR",
        "title": "VARCHAR", "period_start": "INTEGER", "period_end": "INTEGER", "promises": "INTEGER",
        "warnings": "INTEGER", "extractor_version": "VARCHAR", "duplicate_of": "INTEGER",
    },
    "report_municipalities": {"report_id": "INTEGER", "code": "VARCHAR"},
    "promises": {
        "promise_key": "VARCHAR", "report_id": "INTEGER", "promise_id": "VARCHAR", "ordinal": "INTEGER",
        "text": "VARCHAR", "title": "VARCHAR", "actors": "VARCHAR[]", "themes": "VARCHAR[]", "status": "VARCHAR",
        "status_evidence": "VARCHAR", "part": "VARCHAR", "confidence": "DOUBLE", "page": "BIGINT",
        "char_start": "BIGINT", "link": "VARCHAR", "activities": "INTEGER", "results": "INTEGER",
    },
    "promise_themes": {"promise_key": "VARCHAR", "theme": "VARCHAR"},
    "activities": {
        "promise_key": "VARCHAR", "report_id": "INTEGER", "ordinal": "INTEGER", "text": "VARCHAR",
        "actors": "VARCHAR[]", "status": "VARCHAR", "page": "BIGINT",
    },
    "results": {
        "promise_key": "VARCHAR", "report_id": "INTEGER", "ordinal": "INTEGER", "text": "VARCHAR",
        "status": "VARCHAR", "page": "BIGINT",
    },
    "promise_links": {"promise_key": "VARCHAR", "follow_up_key": "VARCHAR", "score": "DOUBLE"},
}

LINK_THRESHOLD = 0.6  # text similarity at which a follow-up's promise is taken to be the promise given
_FLUSH_LINES = 2_000  # staged lines a table keeps before writing them
_MARGIN = 1e-3  # below the threshold: rapidfuzz rounds at its cutoff, and a bound equal to the threshold must pass
_CUE = re.compile(r"^(?:\w+\s+){0,4}?(?:lovar|ska|åtar sig|kommer)\s+(?:att\s+)?", re.IGNORECASE)


@dataclass(slots=True)
class _Linkable:
    key: str
    report_id: int
    codes: frozenset[str]
    period: tuple[int, int] | None
    words: tuple[str, ...]
    themes: frozenset[str]


class PromiseRows(NamedTuple):
    """One promise's rows, each encoded as the members of a JSON object after its ids (a
    tuple: digests kept between builds are read back as tuples, `kept.py`)."""

    promise_id: str
    row: str
    themes: tuple[str, ...]
    activities: tuple[str, ...]
    results: tuple[str, ...]
    words: tuple[str, ...]
    follow_up: bool


class Digest(NamedTuple):
    """One valid report as the overview stages it, made apart from every other report (in any
    process): its rows encoded, all but the ids given in the order reports are staged, and
    what tells a later copy of it (`identity`)."""

    identity: tuple[object, ...]
    report_row: str
    codes: tuple[str, ...]
    period: tuple[int, int] | None
    promises: tuple[PromiseRows, ...]


def _encode(value: object) -> str:
    """`value` as compact JSON, non-ASCII letters kept: pydantic-core's encoder, about four
    times as fast as the standard library's on these rows."""
    return to_json(value).decode()


def _members(row: dict[str, Any]) -> str:
    """A row's JSON object without its opening brace: the ids are written before it."""
    return _encode(row)[1:]


def digest(found: Found, overview_dir: Path) -> Digest:
    """Everything staging needs of one report, with `overview_dir` resolved (its links are
    relative to it)."""
    report = found.report
    words = [_words(p.text) for p in report.promises]  # once: for the identity and for linking
    json_file = found.json_file
    link = _href(found, json_file, overview_dir)
    period = (report.period.start, report.period.end) if report.period else None
    report_row = _members({
        "json_file": json_file, "source_path": report.source.path,
        "source_file": str(found.input_path) if found.input_path else None, "link": link,
        "format": report.source.format, "sha256": report.source.sha256, "pages": report.source.pages,
        "doc_type": report.doc_type, "title": report.title,
        "period_start": period[0] if period else None, "period_end": period[1] if period else None,
        "promises": len(report.promises), "warnings": len(report.warnings),
        "extractor_version": report.extractor.version,
    })
    promises = tuple(_promise_rows(ordinal, promise, promise_words, link, report.source.format)
                     for ordinal, (promise, promise_words) in enumerate(zip(report.promises, words, strict=True),
                                                                        start=1))
    return Digest(_identity(report, words), report_row, tuple(m.code for m in report.municipalities), period,
                  promises)


def _promise_rows(ordinal: int, promise: Promise, words: tuple[str, ...], link: str | None,
                  fmt: str) -> PromiseRows:
    page = promise.provenance.page
    row = _members({
        "promise_id": promise.id, "ordinal": ordinal,
        "text": promise.text, "title": promise.title, "actors": promise.actors, "themes": promise.themes,
        "status": promise.status, "status_evidence": promise.status_evidence, "part": promise.part,
        "confidence": promise.confidence, "page": page, "char_start": promise.provenance.char_start,
        "link": _at_page(link, page, fmt), "activities": len(promise.activities),
        "results": len(promise.results),
    })
    activities = tuple(_members({"ordinal": number, "text": a.text, "actors": a.actors, "status": a.status,
                                 "page": a.provenance.page})
                       for number, a in enumerate(promise.activities, start=1))
    results = tuple(_members({"ordinal": number, "text": r.text, "status": r.status, "page": r.provenance.page})
                    for number, r in enumerate(promise.results, start=1))
    return PromiseRows(promise.id, row, tuple(promise.themes), activities, results, words,
                        promise.part == "follow_up")


@dataclass(slots=True)
class Staging:
    """Per-table JSON-lines files in `folder`, filled one report at a time."""

    folder: Path
    overview_dir: Path
    counts: dict[str, int] = field(default_factory=dict)
    _files: dict[str, IO[str]] = field(default_factory=dict)
    _given: list[_Linkable] = field(default_factory=list)
    _followed: list[_Linkable] = field(default_factory=list)
    _seen: dict[tuple[object, ...], int] = field(default_factory=dict)
    _pending: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.overview_dir = self.overview_dir.resolve()  # once: every report's link is relative to it
        for table in TABLES:
            self._files[table] = (self.folder / f"{table}.jsonl").open("w", encoding="utf-8")
            self.counts[table] = 0
            self._pending[table] = []

    def path(self, table: str) -> Path:
        return self.folder / f"{table}.jsonl"

    def _write(self, table: str, row: dict[str, Any]) -> None:
        self._line(table, _encode(row))

    def _line(self, table: str, line: str) -> None:
        lines = self._pending[table]
        lines.append(line)
        self.counts[table] += 1
        if len(lines) >= _FLUSH_LINES:
            self._flush(table)

    def _flush(self, table: str) -> None:
        """Pending lines written in one call: one call a line was a fifth of staging."""
        lines = self._pending[table]
        if lines:
            self._files[table].write("\n".join(lines) + "\n")
            lines.clear()

    def add_digest(self, made: Digest) -> None:
        """Stage one report's digest (`digest`): its row with the next report id, and unless it
        repeats an earlier report, its promises."""
        report_id = self.counts["reports"] + 1
        duplicate_of = self._seen.get(made.identity) if made.promises else None
        self._seen.setdefault(made.identity, report_id)
        self._line("reports", f'{{"report_id":{report_id},"duplicate_of":'
                              f'{"null" if duplicate_of is None else duplicate_of},{made.report_row}')
        for code in made.codes:
            self._write("report_municipalities", {"report_id": report_id, "code": code})
        if duplicate_of is None:
            codes = frozenset(made.codes)
            for rows in made.promises:
                self._promise(report_id, rows, codes, made.period)

    def _promise(self, report_id: int, rows: PromiseRows, codes: frozenset[str],
                 period: tuple[int, int] | None) -> None:
        key = f"{report_id}:{rows.promise_id}"
        ids = f'{{"promise_key":{_encode(key)},"report_id":{report_id},'
        self._line("promises", ids + rows.row)
        for theme in rows.themes:
            self._write("promise_themes", {"promise_key": key, "theme": theme})
        for activity in rows.activities:
            self._line("activities", ids + activity)
        for result in rows.results:
            self._line("results", ids + result)
        entry = _Linkable(key, report_id, codes, period, rows.words, frozenset(rows.themes))
        (self._followed if rows.follow_up else self._given).append(entry)

    def close_rows(self) -> None:
        """Write out and close every table but the links: they are complete."""
        for table, handle in self._files.items():
            if table != "promise_links" and not handle.closed:
                self._flush(table)
                handle.close()

    def link(self) -> None:
        """Link follow-ups to the promises they report on, and close the links' table."""
        for given, followed, score in link_promises(self._given, self._followed):
            self._write("promise_links", {"promise_key": given, "follow_up_key": followed, "score": score})
        self._flush("promise_links")
        self._files["promise_links"].close()

    def close(self) -> None:
        """Close every file still open, written or not (a build that stops halfway)."""
        for handle in self._files.values():
            handle.close()


def link_promises(given: Iterable[_Linkable], followed: Iterable[_Linkable]) -> list[tuple[str, str, float]]:
    """Pairs (promise given, its follow-up, similarity), one-to-one, best first.

    Candidates share a municipality and overlapping periods and come from
    different reports; the follow-up restates the promise, so their wording is
    close (compared without the "Polisen lovar att" cue, which all share).
    """
    scored = [(score, promise.key, follow.key) for promise, follow, score in _scored_pairs(given, followed)]
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_given: set[str] = set()
    used_followed: set[str] = set()
    links = []
    for score, promise_key, follow_key in scored:
        if promise_key in used_given or follow_key in used_followed:
            continue
        used_given.add(promise_key)
        used_followed.add(follow_key)
        links.append((promise_key, follow_key, round(score, 3)))
    return links


def _scored_pairs(given: Iterable[_Linkable], followed: Iterable[_Linkable]) -> list[
        tuple[_Linkable, _Linkable, float]]:
    """Every candidate pair whose similarity reaches the threshold, with that similarity.

    Pairs are blocked by municipality, and within a municipality rapidfuzz's Indel
    similarity (twice the longest common subsequence over both lengths, computed for
    a whole block at once) bounds difflib's ratio from above: a pair under the
    threshold by that bound cannot reach it, so only the rest are compared word by
    word. The links are those of comparing every pair (`tests/test_overview_links.py`).
    """
    given_by_code: dict[str, list[_Linkable]] = {}
    followed_by_code: dict[str, list[_Linkable]] = {}
    for promise in given:
        for code in promise.codes:
            given_by_code.setdefault(code, []).append(promise)
    for follow in followed:
        for code in follow.codes:
            followed_by_code.setdefault(code, []).append(follow)
    seen: set[tuple[str, str]] = set()
    pairs: list[tuple[_Linkable, _Linkable, float]] = []
    for code, follows in followed_by_code.items():
        promises = given_by_code.get(code, [])
        if not promises:
            continue
        bounds = process.cdist([f.words for f in follows], [p.words for p in promises],
                               scorer=Indel.normalized_similarity, score_cutoff=LINK_THRESHOLD - _MARGIN)
        for row, column in zip(*bounds.nonzero(), strict=True):
            follow, promise = follows[row], promises[column]
            if (promise.key, follow.key) in seen or promise.report_id == follow.report_id \
                    or not _overlap(promise.period, follow.period):
                continue
            seen.add((promise.key, follow.key))
            score = _similarity(promise, follow)
            if score >= LINK_THRESHOLD:
                pairs.append((promise, follow, score))
    return pairs


def _similarity(a: _Linkable, b: _Linkable) -> float:
    text = _wording(a.words, b.words)
    if a.themes and b.themes and not a.themes & b.themes:
        text -= 0.1  # same words, other topic: less likely the same promise
    return text


@lru_cache(maxsize=1 << 16)
def _wording(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """difflib's ratio of two wordings; a wording repeated across reports is compared once."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", _CUE.sub("", text.lower(), count=1)))


def _identity(report: Report, words: list[tuple[str, ...]]) -> tuple[object, ...]:
    """What makes two files the same report: municipalities, period, type and promise wording."""
    period = (report.period.start, report.period.end) if report.period else None
    return (tuple(sorted(m.code for m in report.municipalities)), period, report.doc_type, tuple(words))


def _href(found: Found, json_file: str, overview_dir: Path) -> str | None:
    """A link from the overview page (in `overview_dir`, resolved) to the report's source file,
    else to its JSON (`json_file`, resolved)."""
    source = found.input_path if found.input_path and found.input_path.exists() else None
    target = source.resolve() if source is not None else Path(json_file)
    try:
        relative = os.path.relpath(target, overview_dir)
    except ValueError:  # another drive
        return target.as_uri()
    return quote(Path(relative).as_posix())


def _at_page(link: str | None, page: int | None, fmt: str) -> str | None:
    if link is None or page is None or fmt != "pdf" or link.endswith(".json"):
        return link
    return f"{link}#page={page}"
