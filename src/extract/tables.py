"""Reading a follow-up table: which column holds what, and what each row says.

Follow-ups often set their promises in a table ("Löfte | Aktivitet | Status |
Kommentar"). This module reads such a table on its own terms, as a chain of pure
steps: name the columns from the header (`column_roles`), or guess them from the
cells when there is no header (`guess_roles`), then read each row into a `Row`
(`read_rows`). The segmenter decides what the rows become in the report: one
promise per row with a promise cell, or activities of the promise above.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extract.language import cues as cue_data
from extract.lexicon import section_pattern, starts_with_any
from extract.textnorm import clean

ROLES = ("promise", "activity", "status", "result", "actor")

_DASH_ONLY = re.compile(r"^[\s\-–—.]*$")


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a table, read by its columns' roles."""

    statement: str  # the promise cell as written ("" where the row goes on with the promise above)
    promise_text: str  # the statement without its label ("Löfte 2:") and markup
    dashed: bool  # the promise cell holds only a dash: nothing was promised in this row
    activities: list[str]
    results: list[str]
    actors: list[str]  # from the actor column
    status: str | None  # the status word of the status column, normalised
    status_cell: str  # the status column as written


def column_roles(header: Sequence[str]) -> list[str] | None:
    """Roles from a header row (sections.toml [tables]); None unless it names a promise
    column or at least two known columns."""
    roles = []
    for cell in header:
        role = "other"
        for name in ROLES:
            if cell.strip() and starts_with_any(cell, section_pattern("tables", name)):
                role = name
                break
        roles.append(role)
    known = [r for r in roles if r != "other"]
    return roles if len(known) >= 2 or "promise" in known else None


def guess_roles(rows: Sequence[Sequence[str]], is_promise: Callable[[str], bool],
                under_promise: bool) -> list[str] | None:
    """Roles of a table without a header: a column whose cells mostly state promises holds
    the promises, the others their results; a column of status words holds statuses. Under
    a promise, a table of what was done and its status lists activities."""
    width = max(len(r) for r in rows)
    roles = ["other"] * width
    for col in range(width):
        cells = [r[col] for r in rows if col < len(r) and r[col].strip()]
        if cells and sum(1 for c in cells if is_promise(c)) >= max(1, len(cells) // 2):
            roles[col] = "promise"
        elif cells and all(cue_data.status_word(c) for c in cells):
            roles[col] = "status"
    if "promise" in roles:
        return [r if r != "other" else "result" for r in roles]
    if "status" in roles and "other" in roles and under_promise:
        first = roles.index("other")
        return ["activity" if i == first else ("result" if r == "other" else r) for i, r in enumerate(roles)]
    return None


def read_rows(rows: Sequence[Sequence[str]], roles: Sequence[str]) -> list[Row]:
    """Each row's cells by role; cells holding several paragraphs give several items."""
    read = []
    for row in rows:
        cells = dict(zip(roles, row, strict=False))
        statement = cells.get("promise", "") or ""
        text, _ = cue_data.strip_promise_label(statement)
        by_role: dict[str, list[str]] = {"activity": [], "result": []}
        for role, cell in zip(roles, row, strict=False):
            if role in by_role:
                by_role[role].extend(cell_paragraphs(cell))
        status_cell = cells.get("status", "") or ""
        read.append(Row(
            statement=statement, promise_text=clean(text), dashed=bool(text.strip()) and bool(_DASH_ONLY.match(text)),
            activities=by_role["activity"], results=by_role["result"],
            actors=actors_in(cells.get("actor", "") or ""),
            status=cue_data.status_word(status_cell), status_cell=status_cell,
        ))
    return read


def cell_paragraphs(cell: str) -> list[str]:
    """The paragraphs of one cell (the loader separates them by a blank line); dashes are empty."""
    return [clean(p) for p in cell.split("\n\n") if clean(p) and not _DASH_ONLY.match(p)]


def actors_in(text: str) -> list[str]:
    """The parties an actor cell names ("Polisen, kommunen"), by the actor terms of actors.toml."""
    patterns = cue_data.cues().actor
    roles: list[str] = []
    for role, pattern in patterns.items():
        if not pattern.search(text):
            continue
        for item in (["police", "municipality"] if role == "joint" else [role]):
            if item not in roles and item != "other":
                roles.append(item)
    return [r for r in ("police", "municipality") if r in roles]
