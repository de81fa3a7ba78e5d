"""Markdown reports, parsed with a real CommonMark parser (markdown-it-py).

Headings (ATX and setext), emphasis, lists, block quotes, GFM tables and thematic
breaks map straight onto blocks. The same parser reads plain text (see `text.py`)
in *plain* mode, where a line break can also end a paragraph: text files either
wrap paragraphs at a fixed width or put one paragraph per line, and both are told
apart from the file's own line lengths.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from extract.blocks import Block, BlockKind, Document, Locator, set_under_bullets, sha256_bytes
from extract.lexicon import section_pattern, starts_with_any, word_set
from extract.loaders.encoding import decode, is_wide
from extract.loaders.options import LoadOptions
from extract.textnorm import announces, clean, ends_a_lead, is_teaser, join_lines, typed_heading

FORMAT = "markdown"

_PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
_SENTENCE_END = re.compile(r"[.!?…:;,]$")
_LABEL_LINE = re.compile(r"^[^:]{1,25}:\s+\S")
_ATT_ITEM = re.compile(r"^\s*att\s")  # "att polisen genomför …,": a clause a lead's list sets a line each
# "Löfte 2 Trygghet i centrum", "Medborgarlöfte nr 3 – Trafik": a numbered label, a line of its own
_NUMBERED_LABEL = re.compile(r"^\W*(?:medborgar)?löfte\s+(?:nr\.?\s*|#\s*)?\d{1,2}\b", re.IGNORECASE)


def sniff(data: bytes) -> bool:
    """Markdown is text: anything that is not obviously binary or another format."""
    head = data[:1024].lstrip()
    if is_wide(data):  # UTF-16 from a Word export: NULs by design
        return True
    return not head.startswith(b"%PDF") and b"\0" not in data[:4096].replace(b"\0\0", b"")


def load(name: str, data: bytes, options: LoadOptions) -> Document:
    decoded = decode(data, name)
    warnings = list(decoded.warnings)
    blocks = parse_blocks(decoded.text, plain=False, warnings=warnings, name=name)
    return Document(
        path=name,
        format=FORMAT,
        sha256=sha256_bytes(data),
        blocks=blocks,
        warnings=warnings,
    )


@dataclass(slots=True)
class _Inline:
    """An inline run rendered to text, with how much of it was emphasised."""

    lines: list[str] = field(default_factory=list)
    bold_chars: int = 0
    italic_chars: int = 0
    total_chars: int = 0

    @property
    def bold(self) -> bool:
        return self.total_chars > 0 and self.bold_chars >= 0.8 * self.total_chars

    @property
    def italic(self) -> bool:
        return self.total_chars > 0 and self.italic_chars >= 0.8 * self.total_chars


def _render_inline(token: Token) -> _Inline:
    """Flatten an inline token: links keep their text, markup goes, breaks split lines."""
    out = _Inline(lines=[""])
    strong = em = 0
    for child in token.children or []:
        kind = child.type
        if kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            em += 1
        elif kind == "em_close":
            em -= 1
        elif kind in {"softbreak", "hardbreak"}:
            out.lines.append("")
        elif kind in {"text", "code_inline"}:
            content = child.content
            out.lines[-1] += content
            visible = sum(1 for ch in content if not ch.isspace())
            out.total_chars += visible
            out.bold_chars += visible if strong > 0 else 0
            out.italic_chars += visible if em > 0 else 0
        elif kind == "html_inline" and child.content.lower().startswith("<br"):
            out.lines.append("")
    return out


@dataclass(slots=True)
class _Context:
    plain: bool
    wrap_width: int | None
    list_depth: int = 0
    ordered: list[bool] = field(default_factory=list)
    item_paragraphs: list[int] = field(default_factory=list)  # paragraphs seen per open item
    item_indent: list[int] = field(default_factory=list)  # width of each open item's marker
    has_h1: bool = False
    section_level: int = 1  # the level of the last "#" heading: a heading typed in bold stands under it
    guessed: dict[int, bool] = field(default_factory=dict)  # headings guessed from a short line: bold as set
    source_lines: list[str] = field(default_factory=list)  # the text as written, for its indentation
    first_line: int = 1  # the number of the text's first line that holds text
    lists: int = 0  # lists opened so far
    list_of: dict[int, int] = field(default_factory=dict)  # a list item's list, by the item's id

    def __post_init__(self) -> None:
        self.first_line = next((n for n, line in enumerate(self.source_lines, start=1) if line.strip()), 1)


def parse_blocks(source: str, *, plain: bool, warnings: list[str] | None = None, name: str = "file") -> list[Block]:
    """Parse Markdown (or plain text when `plain`) into layout blocks."""
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    source, flattened = flatten_deep_nesting(source)
    if flattened and warnings is not None:
        warnings.append(f"{name}: {flattened} line(s) nested deeper than {_MAX_QUOTES} quotes or "
                        f"{_MAX_INDENT} columns of indentation were read flattened")
    tokens = _PARSER.parse(source)
    ctx = _Context(plain=plain, wrap_width=wrap_width(source) if plain else None, source_lines=source.split("\n"))
    ctx.has_h1 = any(t.type == "heading_open" and t.tag == "h1" for t in tokens)
    blocks = list(_walk(tokens, ctx))
    if plain:
        _last_heads_nothing(blocks, ctx.guessed)
        _leads_head_nothing(blocks, ctx.guessed)
        # a paragraph a plain text indents under a bullet after a blank line ("• Åtgärder i centrum" /
        # "    Några exempel är ..."): CommonMark, which asks for the indentation of the bullet's
        # words, reads it as a paragraph of its own, so it is set under the bullet here
        set_under_bullets(blocks, lambda b: _indent(ctx.source_lines, b.locator.lines))
        _numbered_headings(blocks, ctx.list_of)
    if plain and not ctx.has_h1:
        _promote_title(blocks)
    return blocks


# markdown-it stops at 20 levels of nesting and drops what lies deeper; flattened below
# these depths, the text is kept (as HTML nested thousands deep is).
_MAX_QUOTES = 8
_MAX_INDENT = 16
_DEEP_QUOTE = re.compile(rf"^[ \t]*(?:>[ \t]?){{{_MAX_QUOTES + 1},}}")
_DEEP_INDENT = re.compile(rf"^[ \t]{{{_MAX_INDENT + 1},}}")


def flatten_deep_nesting(source: str) -> tuple[str, int]:
    """Lines quoted or indented past what the parser keeps, brought back to its depth; and
    how many lines that was."""
    changed = 0
    lines = source.split("\n")
    for index, line in enumerate(lines):
        quoted = _DEEP_QUOTE.match(line)
        if quoted:
            lines[index] = "> " * _MAX_QUOTES + line[quoted.end():].lstrip()
            changed += 1
        elif _DEEP_INDENT.match(line.expandtabs(4)):
            lines[index] = " " * _MAX_INDENT + line.lstrip()
            changed += 1
    return "\n".join(lines), changed


def _walk(tokens: list[Token], ctx: _Context) -> Iterator[Block]:
    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = token.type
        if kind in {"bullet_list_open", "ordered_list_open"}:
            ctx.lists += 1
            ctx.list_depth += 1
            ctx.ordered.append(kind == "ordered_list_open")
        elif kind in {"bullet_list_close", "ordered_list_close"}:
            ctx.list_depth -= 1
            ctx.ordered.pop()
        elif kind == "list_item_open":
            ctx.item_paragraphs.append(0)
            ctx.item_indent.append(len(token.info) + len(token.markup) + 1)
        elif kind == "list_item_close":
            ctx.item_paragraphs.pop()
            ctx.item_indent.pop()
        elif kind == "heading_open":
            inline = _render_inline(tokens[i + 1])
            text = clean(" ".join(inline.lines))
            if text:
                ctx.section_level = int(token.tag[1:])
                yield Block(
                    BlockKind.HEADING, text, _locator(token), level=ctx.section_level,
                    bold=True, italic=inline.italic,
                )
            i += 2
        elif kind == "paragraph_open":
            yield from _paragraph(token, tokens[i + 1], ctx)
            i += 2
        elif kind == "hr":
            yield Block(BlockKind.BREAK, "", _locator(token))
        elif kind == "table_open":
            end = _closing(tokens, i, "table_close")
            block = _table(tokens[i : end + 1])
            if block is not None:
                yield block
            i = end
        elif kind in {"code_block", "fence"}:
            yield from _verbatim(token, ctx)
        elif kind == "html_block":
            text = _html_text(token.content)
            if text:
                yield Block(BlockKind.PARAGRAPH, text, _locator(token))
        i += 1


def _closing(tokens: list[Token], start: int, kind: str) -> int:
    for j in range(start, len(tokens)):
        if tokens[j].type == kind:
            return j
    return len(tokens) - 1


def _locator(token: Token) -> Locator:
    if token.map is None:
        return Locator()
    return Locator(lines=(token.map[0] + 1, max(token.map[0] + 1, token.map[1])))


def _paragraph(open_token: Token, inline_token: Token, ctx: _Context) -> Iterator[Block]:
    inline = _render_inline(inline_token)
    first_line = open_token.map[0] + 1 if open_token.map else 0
    in_item = bool(ctx.item_paragraphs)
    is_item = in_item and ctx.item_paragraphs[-1] == 0
    if in_item:
        ctx.item_paragraphs[-1] += 1
    if is_item:
        # In plain text a line after a bullet belongs to it only if it is wrapped text;
        # otherwise it is the next paragraph (CommonMark would call it a lazy continuation).
        indent = ctx.item_indent[-1] if ctx.item_indent else 0
        groups = (list(_plain_groups(inline.lines, ctx.wrap_width, indent, _indented_under(open_token, ctx)))
                  if ctx.plain else _intro_split(inline.lines))
        offset, first = groups[0]
        text = join_lines(first)
        if text:
            item = Block(
                BlockKind.LIST_ITEM, text, _locator(open_token), level=ctx.list_depth,
                bold=inline.bold, italic=inline.italic, ordered=ctx.ordered[-1],
            )
            ctx.list_of[id(item)] = ctx.lists
            yield item
        for offset, group in groups[1:]:
            rest = join_lines(group)
            if rest:
                lines = (first_line + offset, first_line + offset + len(group) - 1)
                # a short line right under a list, with no blank line between, heads what follows
                # as it would after a blank line ("• Trafik / Det här ska vi göra")
                heading = ctx.plain and _looks_like_heading(group, rest)
                block = Block(BlockKind.HEADING if heading else BlockKind.PARAGRAPH, rest, Locator(lines=lines),
                              level=2 if heading else 0, bold=heading)
                if heading:
                    ctx.guessed[id(block)] = False
                yield block
        return
    if not ctx.plain:
        text = join_lines(inline.lines)
        if text and inline.bold and ctx.list_depth == 0 and typed_heading(text):
            # rule typed-heading: "**Trygghet i centrum**" on a line of its own, a heading set by hand
            yield Block(BlockKind.HEADING, text, _locator(open_token), level=min(6, ctx.section_level + 1),
                        bold=True, italic=inline.italic)
        elif text:
            yield Block(
                BlockKind.PARAGRAPH, text, _locator(open_token),
                bold=inline.bold, italic=inline.italic,
            )
        return
    for offset, group in _plain_groups(inline.lines, ctx.wrap_width):
        text = join_lines(group)
        if not text:
            continue
        span = (first_line + offset, first_line + offset + len(group) - 1) if first_line else None
        opening = span is not None and span[0] == ctx.first_line
        kind = BlockKind.HEADING if _looks_like_heading(group, text, opening) else BlockKind.PARAGRAPH
        block = Block(
            kind, text, Locator(lines=span), level=2 if kind is BlockKind.HEADING else 0,
            bold=inline.bold or kind is BlockKind.HEADING, italic=inline.italic,
        )
        if kind is BlockKind.HEADING:
            ctx.guessed[id(block)] = inline.bold
        yield block


def _html_text(markup: str) -> str:
    """Raw HTML inside Markdown is read for its text; whatever it looks like, it is not XML to us.
    beautifulsoup4 is imported here, where a file holds such HTML, not with every text file."""
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return clean(BeautifulSoup(markup, "lxml").get_text(" "))


def _intro_split(lines: list[str]) -> list[tuple[int, list[str]]]:
    """A list item's lazy continuation line that ends in ":" starts a new paragraph.

    "- first item" followed directly by "Kommunen lovar att:" is, to CommonMark,
    one item; to its author it is the next list's introduction.
    """
    for index, line in enumerate(lines[1:], start=1):
        if _is_intro_line(line):
            return [(0, lines[:index]), (index, lines[index:])]
    return [(0, lines)]


def _heads_lines(line: str) -> bool:
    """A word or three with no final stop, opening in a capital, over more lines ("Resultat",
    "Status och kommentar"): a heading, not the end of the sentence above wrapped on."""
    words = line.split()
    return 0 < len(words) <= 3 and line.strip()[:1].isupper() and not line.rstrip().endswith(
        (".", "!", "?", ",", ";", ":"))


def _opens_section(line: str) -> bool:
    """A short line, no sentence, that names a part of a report ("Så här gick det", "Vad har vi
    gjort", "Resultat 2024"; `sections.toml` result intros): a heading over the lines after it."""
    text = line.strip()
    return (0 < len(text.split()) <= 6 and not text.endswith((".", ",", ";"))
            and starts_with_any(text, section_pattern("intros", "results")) is not None)


def _marked(line: str) -> bool:
    """A line that opens on a symbol ("🟢 Trafik: …", "✓ Klart"): a mark that sets it apart, as
    a bullet does, not a word a wrapped sentence goes on with."""
    first = line.lstrip()[:1]
    return bool(first) and unicodedata.category(first) == "So"


def _is_intro_line(line: str) -> bool:
    """A short line that introduces what follows: "Polisen lovar att:", "Aktiviteter:", or a
    question the lines after it answer ("Vad gör vi?", "Hur följer vi upp?")."""
    return line.rstrip().endswith((":", "?")) and len(line.split()) <= 8 and line.strip()[:1].isupper()


def _verbatim(token: Token, ctx: _Context) -> Iterator[Block]:
    """Indented text in a text file is still prose; in Markdown it is a code sample."""
    lines = token.content.splitlines()
    first_line = token.map[0] + 1 if token.map else 0
    if not ctx.plain:
        text = clean(" ".join(lines))
        if text:
            yield Block(BlockKind.PARAGRAPH, text, _locator(token))
        return
    for offset, group in _plain_groups(lines, ctx.wrap_width):
        text = join_lines(group)
        if text:
            lines_span = (first_line + offset, first_line + offset + len(group) - 1)
            yield Block(BlockKind.PARAGRAPH, text, Locator(lines=lines_span))


def _table(tokens: list[Token]) -> Block | None:
    rows: list[list[str]] = []
    row: list[str] | None = None
    bold_header = False
    for j, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(cell for cell in row):
                rows.append(row)
            row = None
        elif token.type in {"th_open", "td_open"} and row is not None:
            inline = _render_inline(tokens[j + 1])
            row.append(join_lines(inline.lines))
            bold_header = bold_header or token.type == "th_open"
    if not rows:
        return None
    locator = _locator(tokens[0])
    text = " ".join(" ".join(r) for r in rows)
    return Block(BlockKind.TABLE, clean(text), locator, rows=rows, bold=False)


# --- plain-text mode -------------------------------------------------------------


def wrap_width(source: str) -> int | None:
    """The column a hard-wrapped text file wraps at, or None for one-line paragraphs.

    Hard-wrapped text has many lines of nearly the same length and none much
    longer; text with a paragraph per line has long lines of any length.
    """
    lines = source.splitlines()
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4 or not _breaks_mid_sentence(lines):
        return None
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    if p90 > 110 or lengths[-1] > 140:
        return None
    # the column most lines reach, not the longest line: one line a little over it (a line
    # the author lengthened) would make every full line look short of the column; a line far
    # over it means the text is not wrapped at that column at all
    column = lengths[int(0.95 * (len(lengths) - 1))]
    if len(lengths) < 10 or lengths[-1] > 1.15 * column:
        return lengths[-1]
    return column


def _breaks_mid_sentence(lines: list[str]) -> bool:
    """Does any line end mid-sentence (on a word, a comma or a hyphen) with a line of text under
    it? A hard-wrapped text breaks its paragraphs wherever the column falls; a text whose
    every line ends a sentence, a lead or a heading ("Fler kontroller ska genomföras." /
    "Belysningen ska förbättras.") sets each on a line of its own, however alike their
    lengths."""
    return any(line.strip() and after.strip() and not line.rstrip().endswith((".", "!", "?", ":", ";"))
               and len(line.split()) > 3 for line, after in itertools.pairwise(lines))


def _indented_under(open_token: Token, ctx: _Context) -> list[bool]:
    """For each line of an item's paragraph: does the text indent it under the item's words
    (a line that goes on with the item), rather than start it at the margin?"""
    if not open_token.map or not ctx.source_lines:
        return []
    first, end = open_token.map
    raw = [line.expandtabs(4) for line in ctx.source_lines[first:end]]  # a tab indents as CommonMark's does
    if not raw:
        return []
    opening = raw[0]
    marker = re.match(r"\s*(?:[-*+]|\d+[.)])\s+", opening)
    column = marker.end() if marker else len(opening) - len(opening.lstrip())
    return [False] + [len(line) - len(line.lstrip()) >= column > 0 for line in raw[1:]]


def _plain_groups(
    lines: list[str], width: int | None, indent: int = 0, indented: list[bool] | None = None
) -> Iterator[tuple[int, list[str]]]:
    """Group the lines of one text paragraph into the paragraphs they really are.

    In a wrapped file a line continues into the next one when the next line's
    first word would not have fitted on it; otherwise every line stands alone.
    A short line ending in ":" after a finished sentence ("Aktiviteter:") starts
    a list's introduction, and a label line ("Status: Genomfört") or a word or three over
    more lines ("Resultat") a line of its own, however long the sentence before it was. A line that
    opens in lower case (after a quotation mark or a bracket too, '"hotspots" som …') after an
    unfinished one continues it whatever the width:
    no sentence or list item starts in lower case. So does a line opening with a figure
    ("2020-11-18 – 2021-03-31, arbeta med ...") after an unfinished line too long to be a
    heading. In a list item, a line the text indents under the item's words goes on with an
    unfinished line before it ("... om diverse andra / Trafikbrott."), unless it is a label
    line ("Syfte: …" under "• Trygghetsvandring vid stationen").
    """
    group: list[str] = []
    start = 0
    for index, line in enumerate(lines):
        if not group:
            group, start = [line], index
            continue
        previous = group[-1].rstrip()
        next_word = line.strip().split(" ", 1)[0]
        letter = next_word.lstrip(_OPENING_MARKS)[:1]  # '"hotspots" som …' goes on in lower case
        open_end = not previous.endswith((".", "!", "?", ":", ";"))
        # a sentence goes on in lower case, or with a figure after a line too long for a heading,
        # or after a line that ends on a word no sentence or heading ends on ("... i")
        # (a line of a form's labels under the item, "Syfte: …", "Ansvarig: polisen", stands alone)
        under = (indented is not None and index < len(indented) and indented[index]
                 and not (letter.isupper() and _LABEL_LINE.match(line.strip()) is not None))
        last_word = previous.rsplit(" ", 1)[-1].lower()
        unfinished = open_end and (letter.islower() or under or last_word in _open_words()
                                   or (letter.isdigit() and len(previous.split()) > 6))
        alone = (_is_intro_line(line) or _LABEL_LINE.match(line.strip()) is not None or _marked(line)
                 or (index + 1 < len(lines) and _heads_lines(line)))
        # "att polisen …, / att kommunen …,": the clauses of a list, a line each; so are lines that
        # open in lower case and end on a comma where the text does not wrap them ("informera om
        # grannsamverkan, / märka egendom, / öka närvaron.": the items of a lead's list)
        fits = width is None or indent + len(previous) + 1 + len(next_word) <= width - 2
        clause = (_ATT_ITEM.match(line) is not None and _ATT_ITEM.match(group[0]) is not None
                  and previous.endswith((",", ";", "."))) or (
            fits and not under and previous.endswith((",", ";")) and letter.islower()
            and group[0].lstrip()[:1].islower())
        # a numbered label's own line ("Löfte 2 Trygghet i centrum – delvis genomfört"), or a short
        # line that opens a section ("Så här gick det"), heads what follows: only a sentence that
        # plainly goes on (in lower case) continues it
        labelled = len(group) == 1 and (_NUMBERED_LABEL.match(previous) is not None or _opens_section(previous))
        if labelled and not letter.islower():
            unfinished = False
        # the next word would not have fitted on the line: the line was wrapped, unless the next
        # line stands alone after a finished sentence or a line of a form of labels ("Löfte:
        # Trafik" / "Status: Grönt")
        wrapped = (width is not None and indent + len(previous) + 1 + len(next_word) > width - 2 and not (
            alone and (previous.endswith((".", "!", "?")) or _LABEL_LINE.match(previous.strip()) is not None)))
        if not clause and (unfinished or (wrapped and not labelled)):
            group.append(line)
        else:
            yield start, group
            group, start = [line], index
    if group:
        yield start, group


_OPENING_MARKS = "\"'”“»«‘’("  # quotation marks and a bracket before a line's first word


@cache
def _open_words() -> frozenset[str]:
    """words.toml [wrapping] open_words: words no sentence or heading ends on."""
    return word_set("wrapping", "open_words")


_TITLE_WORDS = 16  # the most words the first line of a text may have and still be its title


def _looks_like_heading(group: list[str], text: str, first: bool = False) -> bool:
    """A short, unpunctuated line standing alone reads as a heading in plain text; so does a
    line of a few words that trails off ("Vi lyssnar...", "Vi lovar …"), a web page's teaser.
    The text's `first` line may be longer: a news page's title ("Polisen i Åby och Åby kommun
    har tecknat medborgarlöfte för 2025") is a sentence with no full stop."""
    most_words, most_chars = (_TITLE_WORDS, 2 * 80) if first else (10, 80)
    if len(group) != 1 or len(text) > most_chars or len(text.split()) > most_words:
        return False
    if text.rsplit(None, 1)[-1].lower() in _open_words():
        return False  # "… ska vi arbeta för att" over a list: an unfinished lead, no heading ends so
    if (_SENTENCE_END.search(text) and not is_teaser(text)) or not (text[0].isupper() or text[0].isdigit()):
        return False
    if first and "medborgarlöft" in text.lower():
        return True  # "Rapport: Medborgarlöfte Åby 2024": the text's title, whatever its label
    return not (_LABEL_LINE.match(text) and not _section_label(text))


def _section_label(text: str) -> bool:
    """Rule section-label: a label that names a promise's section (sections.toml [headings]
    promise: "Löfte 2: Trafik", "Medborgarlöfte 1: Tryggare centrum", "Fokusområde 1: Trygg
    trafikmiljö", "Område 2: Centrum") heads that section; a label of anything else ("Status:
    Klart", "2. Status: Klart") is a line of a form."""
    label = text.split(":", 1)[0].strip()
    return not label[:1].isdigit() and starts_with_any(label, section_pattern("headings", "promise")) is not None


def _numbered_headings(blocks: list[Block], list_of: dict[int, int] | None = None) -> None:
    """Rule numbered-heading: in a plain text, "2. Trygghet i centrum" on a line of its own
    right over prose is a section's numbered heading, not a list, though CommonMark reads
    the number as a list's: the only item of its numbered list, or one of a run of such
    lines set apart by blank lines ("2. Medborgarlöften" / "3. Trafik", a section whose
    first subsection opens at once), every line short and ending no sentence. A numbered
    list set line under line, one under a lead ending in ":", and a numbered line over a
    list of its own ("2. Polisen och kommunen ska tillsammans" over its bullets, a lead-in)
    stay lists. A run of lines ends where another list starts ("a)" items, then "2. Unga")."""
    lists = list_of or {}
    index = 0
    while index < len(blocks):
        if not _numbered_item(blocks[index]):
            index += 1
            continue
        end = index
        while end + 1 < len(blocks) and _numbered_item(blocks[end + 1]) \
                and lists.get(id(blocks[end])) == lists.get(id(blocks[end + 1])):
            end += 1
        run = blocks[index:end + 1]
        before = blocks[index - 1] if index else None
        after = blocks[end + 1] if end + 1 < len(blocks) else None
        apart = all(a.locator.lines and b.locator.lines and b.locator.lines[0] > a.locator.lines[1] + 1
                    for a, b in itertools.pairwise(run))
        led = before is not None and before.text.rstrip().endswith(":")
        prose = after is not None and after.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) and after.level == 0
        if apart and not led and prose and all(
                typed_heading(b.text) and (b.text[:1].isupper() or b.text[:1].isdigit()) for b in run):
            for block in run:
                block.kind, block.level, block.ordered, block.bold = BlockKind.HEADING, 2, False, True
        index = end + 1


def _numbered_item(block: Block) -> bool:
    return block.kind is BlockKind.LIST_ITEM and block.ordered and block.level == 1


def _last_heads_nothing(blocks: list[Block], guessed: dict[int, bool]) -> None:
    """A short line is taken for a heading because text follows it; the last line of a text
    heads nothing, so it stays the paragraph it is (a text cut off mid-sentence ends so:
    "Polisen har under året haft tät kontakt med")."""
    if len(blocks) > 1 and id(blocks[-1]) in guessed:
        last = blocks[-1]
        last.kind, last.level, last.bold = BlockKind.PARAGRAPH, 0, guessed[id(last)]


def _leads_head_nothing(blocks: list[Block], guessed: dict[int, bool]) -> None:
    """A short line right over a list, taken for a heading, is a lead-in written without its
    colon where it ends as one ("Löftet gäller 2018 och innebär", "… genom följande
    aktiviteter"): it stays the paragraph it is."""
    for block, after in itertools.pairwise(blocks):
        if id(block) in guessed and after.kind is BlockKind.LIST_ITEM and (
                ends_a_lead(block.text) or announces(block.text)):
            block.kind, block.level, block.bold = BlockKind.PARAGRAPH, 0, guessed[id(block)]


def _indent(source_lines: list[str], lines: tuple[int, int] | None) -> int | None:
    """The indentation (in columns) of a block's first line in the source."""
    if not lines or not 0 < lines[0] <= len(source_lines):
        return None
    line = source_lines[lines[0] - 1].expandtabs(4)
    return len(line) - len(line.lstrip())


def _promote_title(blocks: list[Block]) -> None:
    """Without an explicit level-1 heading, the first heading of a text file is its title."""
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            block.level = 1
            return
