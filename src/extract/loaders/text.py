"""Plain-text reports: decoded by detection, then read by the CommonMark parser in plain mode.

Text exports use the same conventions Markdown formalised (underlined headings,
"-" bullets, blank lines between paragraphs), so one parser serves both. Text
files also use typographic bullets (•, ▪, –) that CommonMark does not know; they
are swapped for "-" one character for one, so every line keeps its length and
line numbers stay true to the file; a bullet set right against its text gets the space
CommonMark needs, a tab before a bullet counts as one level of the list, and the odd
spaces of web pages (no-break, thin) are plain spaces. A year that wrapping put at a
line's start ("2017.") is escaped, so it stays text and starts no numbered list.

Text taken from a PDF (a form feed between its pages) keeps the PDF's running headers and
footers: a line repeated at the top or foot of two pages or more, or a page number there,
is blanked (rule `text-pages`, line numbers kept), and a paragraph cut by a page break goes
on in the next page's first paragraph, as the PDF loader joins them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extract.blocks import Block, BlockKind, Document, Locator, sha256_bytes
from extract.loaders import aligned_tables
from extract.loaders.encoding import decode
from extract.loaders.markdown import parse_blocks, wrap_width
from extract.loaders.options import LoadOptions
from extract.textnorm import ODD_SPACES, PAGE_NUMBER, SYMBOL_BULLETS, clean, join_lines, running_key

FORMAT = "text"

# The bullets of word processors (`textnorm.SYMBOL_BULLETS`), the dashes a text file lists
# with, and the letter "o" of a Word list's second level when a tab or a run of spaces
# follows it ("o\tTrafik").
_TYPOGRAPHIC_BULLET = re.compile(rf"^([ \t]*)(?:[{SYMBOL_BULLETS}–—]|o(?=\t| {{2,}}))(?=[ \t])", re.MULTILINE)
# The symbols set right against their text ("•Patrullera i centrum"), as text taken from a
# PDF often has them; the dashes, which open quotations so, are not among them.
_TIGHT_BULLET = re.compile(rf"^([ \t]*)[{SYMBOL_BULLETS}](?=[^\s{SYMBOL_BULLETS}])", re.MULTILINE)
_ODD_SPACES = str.maketrans(dict.fromkeys(map(ord, ODD_SPACES), " "))
# Tabs before a bullet: CommonMark counts a tab as four columns, so "\t• Trafik" would be
# code, not a list; each tab stands for one level of the list (two columns).
_TABBED_BULLET = re.compile(rf"^(\t+)(?=[-–—*+{SYMBOL_BULLETS}]|o\t|\d{{1,2}}[.)])", re.MULTILINE)
# A year or a figure of three or four digits that wrapping put at the start of a line
# ("... påbörjades hösten / 2017. På Stensundsvägen ..."): CommonMark would read "2017." as
# the number of a list item; no list of these reports runs to a hundred items.
_FIGURE_AT_LINE_START = re.compile(r"^([ \t]*\d{3,4})\.(?=[ \t])", re.MULTILINE)


def sniff(data: bytes) -> bool:
    head = data[:1024].lstrip()
    return not head.startswith(b"%PDF")


# A dash opening a line, then lower case or a figure: a list item, or a sentence wrapped
# before its dash ("... under perioden januari 2019" / "– december 2020 ...")
_DASH_LINE = re.compile(r"^([ \t]*)([-–—])(?= +[a-zåäö0-9])", re.MULTILINE)


def _wrapped_dashes(text: str) -> tuple[str, set[int]]:
    """Rule wrapped-dash: in a hard-wrapped text, a line that opens with a dash goes on with
    the sentence above it when that line reaches the wrapping column and ends no sentence or
    lead-in, is no list item itself, and no dashed line follows (a list has two). Its dash
    is kept as text: a hyphen escaped, and the numbers of the lines whose en or em dash
    `_normal_bullets` must leave as it is."""
    width = wrap_width(text)
    kept: set[int] = set()
    if width is None or not _DASH_LINE.search(text):
        return text, kept
    lines = text.split("\n")
    for number in range(1, len(lines)):
        dash, above = _DASH_LINE.match(lines[number]), lines[number - 1].rstrip()
        if dash is None or len(above) < 0.85 * width or above.endswith((".", ":", ";", "!", "?")):
            continue
        if _DASH_LINE.match(above) or _TYPOGRAPHIC_BULLET.match(above) or _TIGHT_BULLET.match(above):
            continue
        if number + 1 < len(lines) and _DASH_LINE.match(lines[number + 1]):
            continue
        if dash.group(2) == "-":
            lines[number] = dash.group(1) + "\\" + lines[number][dash.start(2):]
        else:
            kept.add(number)
    return "\n".join(lines), kept


# An item's marker of a letter or a figure in brackets: "a)", "a.", "(a)", "(1)"
_ENUMERATED = re.compile(r"^[ \t]*(\(([a-z]|\d{1,2})\)|([a-z])([.)]))(?=[ \t]+\S)", re.MULTILINE)


def _lettered_lists(text: str) -> str:
    """Rule lettered-list: lines opening with "a)", "b)", "c)" in turn (or "a.", "(a)",
    "(1)") are an enumerated list, which CommonMark knows only by figures ("1)"): their
    markers become figures, the items' text kept. A lone "a)", or letters out of turn, stay
    text."""
    found = [(m, _ordinal(m)) for m in _ENUMERATED.finditer(text)]
    markers: dict[int, tuple[int, int, str]] = {}  # start of a marker: its end and its figure
    run: list[tuple[re.Match[str], int]] = []
    for match, ordinal in [*found, (None, 0)]:
        if match is not None and run and ordinal == run[-1][1] + 1 and _style(match) == _style(run[-1][0]):
            run.append((match, ordinal))
            continue
        if len(run) >= 2:
            markers.update({m.start(1): (m.end(1), n, ")" if m.group(1).endswith(")") else ".") for m, n in run})
        run = [(match, ordinal)] if match is not None and ordinal == 1 else []
    if not markers:
        return text
    pieces, last = [], 0
    for start in sorted(markers):
        end, figure, closing = markers[start]
        pieces += [text[last:start], f"{figure}{closing}"]
        last = end
    return "".join([*pieces, text[last:]])


def _ordinal(match: re.Match[str]) -> int:
    label = match.group(2) or match.group(3)
    return int(label) if label.isdigit() else ord(label) - ord("a") + 1


def _style(match: re.Match[str]) -> tuple[bool, bool, str]:
    """Markers of one list share their form: bracketed or not, letter or figure, the closing mark."""
    label = match.group(2) or match.group(3)
    return match.group(1).startswith("("), label.isdigit(), match.group(1)[-1]


def _normal_bullets(text: str, kept: set[int] | frozenset[int] = frozenset()) -> str:
    """Bullets as CommonMark knows them: "-" and a space, indented by spaces; the dashes of
    the lines numbered in `kept` (0-based) stay text."""
    text = _TABBED_BULLET.sub(lambda m: "  " * len(m.group(1)), text)
    text = _TIGHT_BULLET.sub(r"\1- ", text)  # one column more on such a line: the text after it
    if not kept:
        return _TYPOGRAPHIC_BULLET.sub(r"\1-", text)
    return "\n".join(line if number in kept else _TYPOGRAPHIC_BULLET.sub(r"\1-", line)
                     for number, line in enumerate(text.split("\n")))


_BULLET_LINE = re.compile(r"^( *)[-*+] +(?=\S)")


def _nested_bullets(text: str) -> str:
    """Rule indented-sub-bullet: a bullet set one space or so deeper than the bullet on the
    line right above it (" • Polisen ska …;" / "  • minska risken …", as web pages copied
    as text indent their sub-lists) is an item of that bullet's list, where CommonMark would
    need it indented to the text of the bullet above: it is indented so far."""
    lines = text.split("\n")
    above: tuple[int, int] | None = None  # the indent and the text's column of the bullet above
    moved: dict[int, int] = {}  # an indent found in this list, and where it was moved to
    for number, line in enumerate(lines):
        match = _BULLET_LINE.match(line)
        if match is None:
            above, moved = None, {}
            continue
        indent = len(match.group(1))
        if indent in moved:
            new = moved[indent]  # the next item of a sub-list already moved
        elif above is not None and above[0] < indent < above[1]:
            new = moved[indent] = above[1]
        else:
            new = indent
        moved = {k: v for k, v in moved.items() if k <= indent}  # a shallower bullet ends deeper lists
        if new != indent:
            lines[number] = " " * new + line[indent:]
        above = (new, new + match.end() - indent)
    return "\n".join(lines)


def load(name: str, data: bytes, options: LoadOptions) -> Document:
    decoded = decode(data, name)
    text, breaks = _without_running_lines(_without_page_marks(decoded.text))
    source = _lettered_lists(_nested_bullets(_normal_bullets(*_wrapped_dashes(text.translate(_ODD_SPACES)))))
    source = _FIGURE_AT_LINE_START.sub(r"\1\\.", source)  # escaped: the text keeps "2017."
    warnings = list(decoded.warnings)
    blocks = _joined_across_pages(parse_blocks(source, plain=True, warnings=warnings, name=name), breaks)
    blocks = _cell_lines(_tab_tables(blocks, source.split("\n")), source.split("\n"))
    return Document(
        path=name,
        format=FORMAT,
        sha256=sha256_bytes(data),
        blocks=blocks,
        warnings=warnings,
    )


def _tab_tables(blocks: list[Block], lines: list[str]) -> list[Block]:
    """Rule tab-table: a table copied from a web page, Word or a spreadsheet into a text
    keeps a tab between its cells; two lines or more in a row, each of the same two or more
    cells parted by tabs, are that table (a table block of their cells), where CommonMark
    would read each line as a paragraph of its cells run together. `spaced-table`: so are
    lines whose cells runs of three spaces or more part, where every column starts at the
    same place on every line (a table laid out with spaces, as a PDF's text saved with its
    layout sets one)."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        end = index
        rows: list[_Row] = []
        while end < len(blocks) and (cells := _tabbed_rows(blocks[end], lines)) \
                and _one_table([*rows, *cells]) and (end == index or _next_line(blocks, end)):
            rows += cells
            end += 1
        if len(rows) >= 2:
            first, last = blocks[index].locator.lines, blocks[end - 1].locator.lines
            assert first is not None and last is not None  # `_tabbed_rows` found lines
            out.append(Block(BlockKind.TABLE, clean(" ".join(" ".join(row.cells) for row in rows)),
                             Locator(lines=(first[0], last[1])), rows=[row.cells for row in rows]))
            index = end
        else:
            out.append(blocks[index])
            index += 1
    return out


_MOST_COLUMNS = 5


def _cell_lines(blocks: list[Block], lines: list[str]) -> list[Block]:
    """Rule cell-lines: a table copied from a web page with each cell on a line of its own:
    two to five lines, line under line, that each name a column ("Löfte" / "Status" /
    "Kommentar", `sections.toml` [tables]; the first a promise's or an activity's), then as
    many lines for each row, line under line up to a blank line, are that table (lines that
    make no whole rows are no such table). The source's lines are read, since wrapping
    rules would run a short cell into the next."""
    tables = [table for number in range(len(lines)) if (table := _cell_table(lines, number)) is not None]
    if not tables:
        return blocks
    out: list[Block] = []
    for block in blocks:
        span = block.locator.lines
        table = next((t for t in tables if span is not None and t.locator.lines is not None
                      and t.locator.lines[0] <= span[0] <= t.locator.lines[1]), None)
        if table is None:
            out.append(block)
        elif not out or out[-1] is not table:
            out.append(table)
    return out


def _cell_table(lines: list[str], number: int) -> Block | None:
    """The table whose header opens at line `number` (0-based, after a blank line or at the
    start), or None."""
    if number > 0 and lines[number - 1].strip():
        return None
    header: list[str] = []
    while number + len(header) < len(lines) and len(header) < _MOST_COLUMNS \
            and aligned_tables.names_a_column(lines[number + len(header)].strip()):
        header.append(clean(lines[number + len(header)]))
    if len(header) < 2 or not aligned_tables.names_a_column(header[0], ("promise", "activity")):
        return None
    cells: list[str] = []
    position = number + len(header)
    while position + len(cells) < len(lines) and lines[position + len(cells)].strip():
        cells.append(clean(lines[position + len(cells)]))
    count = len(cells) // len(header)
    if count < 1 or len(cells) % len(header):
        return None  # every line up to the blank line is a cell of a whole row
    rows = [header] + [cells[n * len(header):(n + 1) * len(header)] for n in range(count)]
    last = position + count * len(header)  # 1-based number of the table's last line
    return Block(BlockKind.TABLE, clean(" ".join(" ".join(row) for row in rows)),
                 Locator(lines=(number + 1, last)), rows=rows)


@dataclass(frozen=True, slots=True)
class _Row:
    cells: list[str]
    starts: tuple[int, ...] | None  # where each cell starts on its line; None where tabs part them


_SPACED = re.compile(r" {3,}")  # the space between two cells of a table laid out with spaces
_ALIGNED = 2  # how far a column's start may wander from line to line, in characters


def _one_table(rows: list[_Row]) -> bool:
    """Rows of one table: as many cells each, parted the same way, and where spaces part
    them, every column starting at the same place on every line."""
    if len({len(row.cells) for row in rows}) != 1 or len({row.starts is None for row in rows}) != 1:
        return False
    starts = [row.starts for row in rows if row.starts is not None]
    return all(max(column) - min(column) <= _ALIGNED for column in zip(*starts, strict=True))


def _next_line(blocks: list[Block], index: int) -> bool:
    """Whether block `index` starts on the line after the block before it (no blank line
    between): a table's rows stand line under line."""
    before, this = blocks[index - 1].locator.lines, blocks[index].locator.lines
    return before is not None and this is not None and this[0] == before[1] + 1


def _tabbed_rows(block: Block, lines: list[str]) -> list[_Row]:
    """The cells of each source line of a paragraph or heading when every line holds cells
    parted by tabs (or by runs of spaces), two or more of them filled (no tab or space before
    the first); empty otherwise."""
    span = block.locator.lines
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or span is None:
        return []
    rows = []
    for line in lines[span[0] - 1:span[1]]:
        row = _cells(line.rstrip(" \r"))
        if line[:1].isspace() or sum(1 for cell in row.cells if cell) < 2:
            return []
        rows.append(row)
    return rows


def _cells(line: str) -> _Row:
    if "\t" in line:
        return _Row([clean(cell) for cell in line.split("\t")], None)
    gaps = list(_SPACED.finditer(line))
    starts = (0, *(gap.end() for gap in gaps))
    ends = (*(gap.start() for gap in gaps), len(line))
    return _Row([clean(line[a:b]) for a, b in zip(starts, ends, strict=True)], starts)


# "Sida 2 av 4" (or "Page 2", "s. 2/4") set at a line's end after a wide gap: a page's number
# beside its running header, as a PDF's text saved with its layout keeps it
_PAGE_MARK = re.compile(r"(?:[ \t]{3,}|\t)(?:sida|page|s\.)\s*\d{1,4}(?:\s*(?:av|of|/)\s*\d{1,4})?[ \t]*$",
                        re.IGNORECASE | re.MULTILINE)


def _without_page_marks(text: str) -> str:
    """Rule page-mark: a page number set at the end of a line after a wide gap ("Medborgarlöfte
    Åby 2025        Sida 1 av 2") is left out, and a line that carried one and repeats an
    earlier such line is a running header, blanked (its line kept, so lines keep their
    numbers)."""
    if not _PAGE_MARK.search(text):
        return text
    lines = text.split("\n")
    seen: set[str] = set()
    for number, line in enumerate(lines):
        mark = _PAGE_MARK.search(line)
        if mark is None:
            continue
        rest = line[:mark.start()].rstrip()
        key = running_key(rest)
        lines[number] = "" if key in seen else rest
        seen.add(key)
    return "\n".join(lines)


_ZONE = 3  # lines at the top and the foot of a page searched for running headers and footers
def _without_running_lines(text: str) -> tuple[str, list[int]]:
    """Rule text-pages: the text with the running headers and footers of its pages blanked
    (a line in the first or last `_ZONE` lines of two pages or more, its figures aside, or a
    page number there), and the line numbers (1-based) of its page breaks. A text with no
    form feed is returned as it is."""
    if "\f" not in text:
        return text, []
    lines = text.split("\n")
    pages: list[list[int]] = [[]]
    breaks: list[int] = []
    for number, line in enumerate(lines):
        if "\f" in line:
            breaks.append(number + 1)
            pages.append([])
        elif line.strip():
            pages[-1].append(number)
    zones = [page[:_ZONE] + page[-_ZONE:] for page in pages if page]
    seen = Counter(key for zone in zones for key in {running_key(lines[n]) for n in zone})
    for zone in zones:
        for number in zone:
            key = running_key(lines[number])
            if seen[key] >= 2 or PAGE_NUMBER.match(lines[number].strip()):
                lines[number] = ""
    return "\n".join(line.replace("\f", "") for line in lines), breaks


def _joined_across_pages(blocks: list[Block], breaks: list[int]) -> list[Block]:
    """A paragraph or item cut by a page break ends without a sentence's end, and the next
    page's first paragraph goes on in lower case: one block again."""
    if not breaks:
        return blocks
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if last is not None and _goes_on(last, block, breaks):
            assert last.locator.lines and block.locator.lines
            last.text = join_lines([last.text, block.text])
            last.locator = Locator(lines=(last.locator.lines[0], block.locator.lines[1]))
            if last.kind is BlockKind.HEADING:
                last.kind, last.level, last.bold = BlockKind.PARAGRAPH, 0, False
            continue
        out.append(block)
    return out


def _goes_on(last: Block, block: Block, breaks: list[int]) -> bool:
    """`block`, the first of a page, goes on with `last`, the last of the page before, which
    ends no sentence: where `block` opens in lower case (`last` then may even have been
    taken for a heading, a short line alone at the page's foot), or where it is indented
    under the item `last` is. A capital after a page break opens a paragraph of its own."""
    if not (last.locator.lines and block.locator.lines and block.kind is BlockKind.PARAGRAPH):
        return False
    if not any(last.locator.lines[1] < line < block.locator.lines[0] for line in breaks):
        return False
    if re.search(r"[.!?:…]$", last.text):
        return False
    if last.kind is BlockKind.LIST_ITEM:
        return block.level > 0 or block.text[:1].islower()
    if last.kind is BlockKind.HEADING:
        return block.level == 0 and block.text[:1].islower()
    return last.kind is BlockKind.PARAGRAPH and block.level == 0 and block.text[:1].islower()
