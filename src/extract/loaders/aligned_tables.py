"""Tables set without rules in a PDF: columns that only their positions mark.

A follow-up table is often drawn in Word with its borders removed, then saved as a PDF
("Löfte   Aktivitet   Status   Kommentar", each cell a few lines under its header). No
rule tells pdfplumber's finder where a cell ends, and read as lines the page runs the
cells of one row together ("Polisen genomför minst tio trafikolyckor vid
hastighetskontroller"). The header is what marks such a table: one row of short cells,
far apart, three or more, at least two of which name a follow-up table's columns
(`sections.toml` [tables]). Each column then starts at its header's left edge, and the table goes on down
the page for as long as no word crosses from one column into the next.

The reading is a chain of pure steps, each usable alone: `header_cells` (a row's cells, if
it is a table's header), `body_rows` (the word rows that stay within the columns),
`row_groups` (word rows gathered into the table's rows, parted by the wider space between
rows than between the lines of one cell) and `cell_texts` (a row's words, column by
column). `find` composes them; `AlignedTableSettings` holds their measures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from extract.lexicon import section_pattern, starts_with_any
from extract.textnorm import join_lines

Word = dict[str, Any]  # a word as the PDF loader makes it: text, x0, x1, top, bottom, size
_ROLES = ("promise", "activity", "status", "result", "actor")


@dataclass(frozen=True, slots=True)
class AlignedTableSettings:
    """Measures, in multiples of the words' type size."""

    cell_gap: float = 1.5  # the least space between two header cells (a word space is about 0.3)
    least_columns: int = 3  # two are as likely two columns of text under side-by-side headings
    most_header_words: int = 4  # a header cell longer than this is prose, not a column's name
    least_named: int = 2  # header cells that must name a follow-up table's column
    row_gap: float = 0.4  # space between rows exceeds that between a cell's lines by this much
    end_gap: float = 2.5  # space below the last row that ends the table
    tolerance: float = 2.0  # points a cell may start left of its header

    def __post_init__(self) -> None:
        if self.cell_gap <= 0 or self.row_gap <= 0 or self.end_gap <= 0 or self.tolerance < 0:
            raise ValueError("aligned-table measures must be positive")
        if self.most_header_words < 1 or self.least_named < 1 or self.least_columns < 2:
            raise ValueError("aligned-table counts must be at least 1")


DEFAULT = AlignedTableSettings()


@dataclass(frozen=True, slots=True)
class AlignedTable:
    """A table found: its box, and its rows of cell texts (the header first)."""

    bbox: tuple[float, float, float, float]
    rows: list[list[str]]
    words: list[Word]  # every word the table holds, to leave out of the page's lines
    starts: list[float]  # each column's left edge


def _box(words: list[Word]) -> tuple[float, float, float, float]:
    return (min(w["x0"] for w in words), min(w["top"] for w in words),
            max(w["x1"] for w in words), max(w["bottom"] for w in words))


def find(rows: Sequence[list[Word]], settings: AlignedTableSettings = DEFAULT) -> Iterator[AlignedTable]:
    """Every aligned table among a page's word rows (each a baseline's words, top down)."""
    index = 0
    while index < len(rows):
        header = header_cells(rows[index], settings)
        if header is None:
            index += 1
            continue
        starts = [cell[0]["x0"] for cell in header]
        head = [" ".join(w["text"] for w in cell) for cell in header]
        table = continued(rows[index + 1:], starts, head, settings)
        if table is None:
            index += 1
            continue
        words = [*rows[index], *table.words]
        yield AlignedTable(_box(words), table.rows, words, starts)
        index += 1 + _rows_taken(rows[index + 1:], table)


def continued(rows: Sequence[list[Word]], starts: list[float], head: list[str],
              settings: AlignedTableSettings = DEFAULT) -> AlignedTable | None:
    """The rows of a table with these columns at the top of `rows`, read under `head` (its
    header, or the header of the page before, for a table that goes on over a page break);
    None when the first row does not fit the columns or fills only one of them."""
    groups = row_groups(body_rows(rows, starts, settings), starts, settings)
    cells = [cell_texts(group, starts, settings) for group in groups]
    while cells and sum(1 for cell in cells[-1] if cell) < 2:
        cells.pop()  # a line under the table, not a row of it: a row fills two columns or more
        groups.pop()
    if not groups:
        return None
    words = [w for group in groups for row in group for w in row]
    return AlignedTable(_box(words), [head, *cells], words, starts)


def header_cells(row: list[Word], settings: AlignedTableSettings = DEFAULT) -> list[list[Word]] | None:
    """A row's cells, where the row is a table's header: `least_columns` cells or more, set
    far apart, each a few words, `least_named` of them naming a follow-up table's column
    ("Aktivitet", "Status", "Kommentar"); None otherwise."""
    cells = _cells(row, settings.cell_gap)
    if len(cells) < settings.least_columns or any(len(cell) > settings.most_header_words for cell in cells):
        return None
    named = sum(1 for cell in cells if names_a_column(" ".join(w["text"] for w in cell)))
    return cells if named >= settings.least_named else None


def body_rows(rows: Sequence[list[Word]], starts: list[float],
              settings: AlignedTableSettings = DEFAULT) -> list[list[Word]]:
    """The word rows under a header that belong to its table: up to the first row with a word
    that crosses into the next column (running text across the page), or a row set further
    below the last than `end_gap`."""
    body: list[list[Word]] = []
    for row in rows:
        size = max(w["size"] for w in row)
        if body and row[0]["top"] - max(w["bottom"] for w in body[-1]) > settings.end_gap * size:
            break
        if any(_crosses(word, starts, settings.tolerance) for word in row) or row[0]["x0"] < starts[0] - size:
            break
        body.append(row)
    return body


def row_groups(rows: Sequence[list[Word]], starts: list[float],
               settings: AlignedTableSettings = DEFAULT) -> list[list[list[Word]]]:
    """Word rows gathered into the table's rows: a new row starts where the space above a word
    row exceeds the least space between two word rows by `row_gap` of the type size (the
    padding between rows). Where no space is wider, the rows are one line each if every word
    row opens its first column with a capital or a figure (a cell's wrapped lines go on in
    lower case), else they are the lines of one row."""
    gaps = [row[0]["top"] - max(w["bottom"] for w in above) for above, row in pairwise(rows)]
    least = min(gaps, default=0.0)
    wider = [gap > least + settings.row_gap * max(w["size"] for w in row) for gap, row in zip(gaps, rows[1:],
                                                                                          strict=True)]
    if not any(wider):
        if all(_opens_first_column(row, starts, settings.tolerance) for row in rows):
            return [[row] for row in rows]
        return [list(rows)] if rows else []
    groups: list[list[list[Word]]] = [[rows[0]]]
    for new, row in zip(wider, rows[1:], strict=True):
        if new:
            groups.append([row])
        else:
            groups[-1].append(row)
    return groups


def _opens_first_column(row: list[Word], starts: list[float], tolerance: float) -> bool:
    first = min(row, key=lambda w: w["x0"])
    return _column(first, starts, tolerance) == 0 and (first["text"][:1].isupper() or first["text"][:1].isdigit())


def cell_texts(group: list[list[Word]], starts: list[float], settings: AlignedTableSettings = DEFAULT) -> list[str]:
    """A table row's text, column by column: each column's lines, top down, joined as a
    paragraph's lines are (a word broken at a line's end is mended)."""
    columns: list[list[str]] = [[] for _ in starts]
    for row in group:
        lines: list[list[str]] = [[] for _ in starts]
        for word in sorted(row, key=lambda w: w["x0"]):
            lines[_column(word, starts, settings.tolerance)].append(word["text"])
        for column, words in zip(columns, lines, strict=True):
            if words:
                column.append(" ".join(words))
    return [join_lines(lines) for lines in columns]


def _rows_taken(rows: Sequence[list[Word]], table: AlignedTable) -> int:
    """How many of the rows, from the first, the table holds."""
    taken = {id(w) for w in table.words}
    count = 0
    for row in rows:
        if id(row[0]) not in taken:
            break
        count += 1
    return count


def _cells(row: list[Word], gap: float) -> list[list[Word]]:
    """A row's words parted where the space between two is wider than `gap` type sizes."""
    cells: list[list[Word]] = []
    for word in sorted(row, key=lambda w: w["x0"]):
        if cells and word["x0"] - cells[-1][-1]["x1"] <= gap * word["size"]:
            cells[-1].append(word)
        else:
            cells.append([word])
    return cells


def names_a_column(text: str, roles: Sequence[str] = ()) -> bool:
    """A cell that is a column's name and no more ("Status", "Vad har gjorts?", "Aktivitet/
    åtgärd"): a body row's cell may open with one ("Löfte 13: Öka tryggheten"). The names are
    `tables.column_roles`'s; that module is not imported here, since it loads the language
    stage, which a loader must not need. `roles`: only those roles' names (all by default)."""
    for role in roles or _ROLES:
        found = starts_with_any(text, section_pattern("tables", role))
        if found is not None:
            rest = text.strip()[found.end() - found.start():]
            return not _MORE_THAN_A_NAME.search(rest)
    return False


# what a column's name ends with at most: a qualifier after "/" or in brackets, a "?" or ":"
_MORE_THAN_A_NAME = re.compile(r"^(?!\s*(?:[/(&]|och\b|$|[?:.]\s*$))|\d")


def _column(word: Word, starts: list[float], tolerance: float) -> int:
    """The column a word stands in: the last whose start is left of it."""
    index = 0
    for number, start in enumerate(starts):
        if word["x0"] >= start - tolerance:
            index = number
    return index


def _crosses(word: Word, starts: list[float], tolerance: float) -> bool:
    """A word that runs over the start of a column (running text, not a cell)."""
    return any(word["x0"] < start - tolerance < word["x1"] for start in starts[1:])
