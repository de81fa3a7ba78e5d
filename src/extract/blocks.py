"""The document model every loader produces: an ordered list of blocks with provenance.

Loaders differ per format; everything after loading sees only this model, so a
new input format never touches language, segmentation or output code.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum


class BlockKind(StrEnum):
    """What a block is in the layout of its source."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    BREAK = "break"  # a thematic break (Markdown ---, HTML <hr>): closes a section
    CAPTION = "caption"


@dataclass(frozen=True, slots=True)
class Locator:
    """Where a block sits in its source file, in that format's own terms."""

    page: int | None = None  # 1-based PDF page
    bbox: tuple[float, float, float, float] | None = None  # PDF points: x0, top, x1, bottom
    lines: tuple[int, int] | None = None  # 1-based first and last source line (Markdown, text)
    xpath: str | None = None  # element path (HTML)
    paragraph: int | None = None  # 1-based place in a Word document's body (tables count as one)


@dataclass(slots=True)
class Block:
    """One unit of layout: a heading, paragraph, list item, table or break.

    `text` is clean (no markup, bullets or line-end hyphens, whitespace collapsed).
    A table keeps its cells in `rows`; paragraphs inside one cell are separated by a
    blank line so that a cell listing several results can be split again.
    """

    kind: BlockKind
    text: str
    locator: Locator = field(default_factory=Locator)
    level: int = 0  # heading level 1-6, list depth for list items
    bold: bool = False
    italic: bool = False
    ordered: bool = False
    font_size: float | None = None
    rows: list[list[str]] | None = None
    start: int = 0  # character span in Document.text
    end: int = 0

    @property
    def is_emphasised(self) -> bool:
        return self.bold or self.italic


@dataclass(slots=True)
class Document:
    """A loaded report: its blocks, its plain text and what went wrong on the way."""

    path: str  # as the user should see it (relative to the folder given)
    format: str
    sha256: str
    blocks: list[Block]
    pages: int | None = None
    meta_title: str | None = None  # <title>, PDF metadata: a hint only
    warnings: list[str] = field(default_factory=list)
    text: str = ""

    def finalise(self) -> Document:
        """Assign every block its character span in one plain-text rendering.

        The spans are the common currency of provenance across formats: the same
        offsets point into `text` whether the report came from PDF, HTML or text.
        """
        self._split_long_blocks()
        parts: list[str] = []
        offset = 0
        for block in self.blocks:
            body = block_plain_text(block)
            block.start = offset
            block.end = offset + len(body)
            parts.append(body)
            offset = block.end + 2
        self.text = "\n\n".join(parts)
        return self


    def _split_long_blocks(self) -> None:
        """A text block longer than `MAX_BLOCK_CHARS` (a file without paragraph breaks) is cut
        into pieces at sentence ends, so that no unit of text outgrows the language stage."""
        blocks: list[Block] = []
        for block in self.blocks:
            if block.kind is BlockKind.TABLE or len(block.text) <= MAX_BLOCK_CHARS:
                blocks.append(block)
                continue
            pieces = split_text(block.text, MAX_BLOCK_CHARS)
            self.warnings.append(f"a block of {len(block.text):,} characters without a paragraph break "
                                 f"was read in {len(pieces)} parts")
            blocks.extend(replace(block, text=piece) for piece in pieces)
        self.blocks = blocks


# Far beyond any paragraph a person writes, far under spaCy's max_length (1,000,000).
MAX_BLOCK_CHARS = 100_000


def split_text(text: str, limit: int) -> list[str]:
    """Cut `text` into pieces of at most `limit` characters, at the last sentence end (else
    the last space) before each limit; nothing is lost but the whitespace at the cuts."""
    pieces: list[str] = []
    while len(text) > limit:
        window = text[:limit]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
        cut = cut + 1 if cut > limit // 2 else window.rfind(" ")
        if cut <= 0:
            cut = limit
        pieces.append(text[:cut].strip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return [p for p in pieces if p]


def block_plain_text(block: Block) -> str:
    """The text a block contributes to the document's plain-text rendering."""
    if block.kind is BlockKind.TABLE and block.rows:
        return "\n".join(" | ".join(cell.replace("\n\n", " / ") for cell in row) for row in block.rows)
    return block.text


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def set_under_bullets(blocks: Iterable[Block], indent: Callable[[Block], float | None], past: float = 0.0) -> None:
    """Rule under-bullet, every loader's part: a paragraph indented past the list item above it
    (by more than `past`, in the format's own measure that `indent` gives) is set under that
    item's bullet: it gets the item's level, as does each such paragraph after it; any other
    block ends the item. A paragraph its format already set under a bullet ("List Continue")
    keeps its level. The segmentation reads what is set so (`under-bullet`)."""
    item: Block | None = None
    item_indent: float | None = None
    for block in blocks:
        if block.kind is BlockKind.LIST_ITEM:
            item, item_indent = block, indent(block)
            continue
        if item is not None and block.kind is BlockKind.PARAGRAPH and block.level > 0:
            continue
        here = indent(block) if item is not None and block.kind is BlockKind.PARAGRAPH else None
        if item is not None and item_indent is not None and here is not None and here > item_indent + past:
            block.level = item.level
        else:
            item = None
