"""Word documents (.docx), read with python-docx into the same blocks as every other format.

Headings come from paragraph styles ("Heading 2", in a Swedish Word "Rubrik 2"; "Title" /
"Rubrik" is the title), list items from numbering or list styles (their depth from the
numbering level), a "List Continue" paragraph, or one indented past the item above it,
as one set under that item, emphasis from runs that are bold or italic throughout, tables
cell by cell. Many Word
reports set their headings by hand, in "Normal" style: a short paragraph in bold, or in
a larger size than the body, that ends no sentence is a heading there too, ranked by its
size below any styled heading (rule `typed-heading`, as the PDF loader reads fonts). Body
paragraphs and tables are read in document order, with what python-docx's own lists leave
out: paragraphs inside content controls (a municipality's template), text inserted with
tracked changes (deleted text is not read), and text boxes (rule `text-box`: a leaflet set
in Word holds its text in boxes), read after the paragraph that anchors them. Each block's
provenance is its paragraph's place in the body (1-based, tables counting as one; a text
box's paragraphs have their anchor's).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from extract.blocks import Block, BlockKind, Document, Locator, set_under_bullets, sha256_bytes
from extract.errors import InputError
from extract.loaders.options import LoadOptions
from extract.textnorm import TYPED_BULLET, clean, strip_bullet, typed_heading

FORMAT = "docx"

# An encrypted Office file is an OLE compound file, not a ZIP package.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)
_TITLE = re.compile(r"^(?:title|rubrik)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list|liststycke|punktlista|numrerad lista", re.IGNORECASE)
# Word's style for a paragraph that goes on under a list item, without a bullet of its own
_CONTINUE_STYLE = re.compile(r"list continue|listfortsättning", re.IGNORECASE)


def sniff(data: bytes) -> bool:
    """A Word package (a ZIP holding word/document.xml), or an encrypted Office file, which
    `load` refuses with its own message."""
    if data.startswith(_OLE):
        return True
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "word/document.xml" in package.namelist()
    except zipfile.BadZipFile:
        return True  # a damaged package: `load` says so


def load(name: str, data: bytes, options: LoadOptions) -> Document:
    if data.startswith(_OLE):
        raise InputError("Word file is password protected (or an old .doc saved as .docx); save it unprotected")
    import docx  # python-docx: imported only when a Word file is read

    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise InputError(f"not a readable Word file: {exc.__class__.__name__}: {exc}") from exc
    title = clean(word.core_properties.title or "") or None
    indents: dict[int, float] = {}
    blocks = list(_blocks(word, indents))
    set_under_bullets(blocks, lambda b: indents.get(id(b)))  # a paragraph indented past the item above
    blocks = _typed_headings(blocks)
    return Document(path=name, format=FORMAT, sha256=sha256_bytes(data), blocks=blocks, meta_title=title)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Around a body's paragraphs and tables: content controls (a template's fields and sections)
# and custom XML, whose content is the document's as much as any paragraph.
_WRAPPERS = {f"{_W}sdt": f"{_W}sdtContent", f"{_W}customXml": None}
# Inside a paragraph, text that is not its own: deleted or moved-away text of tracked changes,
# the fallback copy Word writes of every drawing (a text box stands in the file twice), and a
# text box's content, read as blocks of its own after the paragraph that anchors it.
_NOT_OWN = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback", f"{_W}txbxContent", f"{_W}pPr"})


def _blocks(word: Any, indents: dict[int, float]) -> Iterator[Block]:
    """Body paragraphs and tables in document order; each paragraph's left indent goes into
    `indents` (by the block's id)."""
    for index, element in enumerate(_body_items(word.element.body), start=1):
        yield from _item_blocks(word, element, index, indents)


def _body_items(container: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body (or a text box), content controls and custom XML
    opened: python-docx's own lists stop at them, and a report written in a municipality's
    template often holds its text in such fields."""
    for child in container.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag in _WRAPPERS:
            inner = _WRAPPERS[child.tag]
            content = child.find(inner) if inner else child
            if content is not None:
                yield from _body_items(content)


def _item_blocks(word: Any, element: Any, index: int, indents: dict[int, float]) -> Iterator[Block]:
    """One paragraph's block, then those of the text boxes it anchors (rule `text-box`: a
    leaflet set in Word holds its text in boxes, which python-docx does not read); or one
    table's block."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if element.tag == f"{_W}tbl":
        table = _table(Table(element, word), index)
        if table is not None:
            yield table
        return
    paragraph = Paragraph(element, word)
    block = _paragraph(paragraph, index)
    if block is not None:
        indents[id(block)] = _indent(paragraph)
        yield block
    for box in _text_boxes(element):
        for inner in _body_items(box):
            yield from _item_blocks(word, inner, index, indents)


def _own_runs(paragraph: Any) -> list[Any]:
    """The paragraph's runs, those inside hyperlinks, content controls, fields and tracked
    insertions among them (python-docx's `runs` and `text` have only the first two), and
    none of the text that is not its own (`_NOT_OWN`)."""
    from docx.text.run import Run

    runs: list[Any] = []

    def walk(element: Any) -> None:
        for child in element.iterchildren():
            if child.tag == f"{_W}r":
                runs.append(Run(child, paragraph))
            elif child.tag not in _NOT_OWN:
                walk(child)

    walk(paragraph._p)
    return runs


def _text_boxes(element: Any) -> list[Any]:
    """The text boxes a paragraph anchors (`w:txbxContent`), each once: not the fallback copy."""
    boxes: list[Any] = []

    def walk(node: Any) -> None:
        for child in node.iterchildren():
            if child.tag == f"{_W}txbxContent":
                boxes.append(child)
            elif child.tag != f"{_MC}Fallback":
                walk(child)

    walk(element)
    return boxes


def _paragraph(paragraph: Any, index: int) -> Block | None:
    runs = _own_runs(paragraph)
    text = clean("".join(run.text for run in runs))
    if not text:
        return None
    style = paragraph.style.name if paragraph.style is not None else ""
    bold, italic = _emphasis(paragraph, runs)
    locator = Locator(paragraph=index)
    heading = _HEADING.match(style)
    if heading or _TITLE.match(style):
        return Block(BlockKind.HEADING, text, locator, level=int(heading.group(1)) if heading else 1, bold=True)
    if _CONTINUE_STYLE.search(style):
        # "List Continue": a paragraph of the item above, set under its bullet
        continued = re.search(r"(\d)\s*$", style)  # "List Continue 2"
        return Block(BlockKind.PARAGRAPH, text, locator, level=int(continued.group(1)) if continued else 1,
                     bold=bold, italic=italic)
    depth = _list_level(paragraph, style)
    if depth is not None:
        return Block(BlockKind.LIST_ITEM, text, locator, level=depth, bold=bold, italic=italic)
    if TYPED_BULLET.match(text) and strip_bullet(text):
        # "•<tab>genomföra …" typed before the text: a list without Word's numbering
        return Block(BlockKind.LIST_ITEM, strip_bullet(text), locator, level=1, bold=bold, italic=italic)
    return Block(BlockKind.PARAGRAPH, text, locator, bold=bold, italic=italic, font_size=_size(paragraph, runs))


def _indent(paragraph: Any) -> float:
    """The paragraph's left indent in points, its own or its style's (0 where neither sets one)."""
    for owner in (paragraph.paragraph_format, paragraph.style.paragraph_format if paragraph.style else None):
        indent = owner.left_indent if owner is not None else None
        if indent is not None:
            return float(indent.pt)
    return 0.0


def _size(paragraph: Any, runs: list[Any]) -> float | None:
    """The paragraph's type size in points: its largest run's, else its style's (None: the default)."""
    sizes = [run.font.size.pt for run in runs if run.text.strip() and run.font.size is not None]
    if sizes:
        return float(max(sizes))
    style_size = paragraph.style.font.size if paragraph.style is not None else None
    return float(style_size.pt) if style_size is not None else None


def _typed_headings(blocks: list[Block]) -> list[Block]:
    """Rule typed-heading: a paragraph set as a heading by hand, not by style: in a size at
    least 15 % above the body's and at most twenty words, or in bold at the body's size and at
    most ten words; neither ends a sentence or a clause (".", ":", ";", ","), and a bold line
    is not a label ("Status: Genomfört"). Larger sizes rank higher, all below the styled
    headings' deepest level."""
    paragraphs = [b for b in blocks if b.kind is BlockKind.PARAGRAPH and b.level == 0]
    weights: dict[float | None, int] = {}
    for block in paragraphs:
        weights[block.font_size] = weights.get(block.font_size, 0) + len(block.text)
    if not weights:
        return blocks
    body = max(weights, key=lambda size: weights[size])
    followed = {id(b) for b in blocks[:-1]}  # a teaser ("Vi lyssnar...") heads only what follows it
    typed = [b for b in paragraphs if _typed_heading(b, body, id(b) in followed)]
    styled = [b.level for b in blocks if b.kind is BlockKind.HEADING]
    below = max(styled, default=0)
    sizes = sorted({b.font_size or 0.0 for b in typed}, reverse=True)
    for block in typed:
        block.kind = BlockKind.HEADING
        block.level = min(6, below + 1 + sizes.index(block.font_size or 0.0))
    return blocks


def _typed_heading(block: Block, body: float | None, followed: bool) -> bool:
    larger = block.font_size is not None and (body is None or block.font_size >= 1.15 * body)
    if larger:
        return typed_heading(block.text, most=20, teasers=followed)
    return block.bold and block.font_size == body and typed_heading(block.text, teasers=followed)


def _list_level(paragraph: Any, style: str) -> int | None:
    """1-based depth of a list item (numbering level + 1), or None for a plain paragraph."""
    numbered = False
    for owner in (paragraph._p, paragraph.style.element if paragraph.style is not None else None):
        properties = owner.pPr if owner is not None else None
        numbering = properties.numPr if properties is not None else None
        if numbering is not None and numbering.numId is not None and numbering.numId.val != 0:
            if numbering.ilvl is not None:
                return int(numbering.ilvl.val) + 1
            numbered = True
    if not (numbered or _LIST_STYLE.search(style)):
        return None
    depth = re.search(r"(\d)\s*$", style)  # "List Bullet 2", "Punktlista 2"
    return int(depth.group(1)) if depth else 1


def _emphasis(paragraph: Any, runs: list[Any]) -> tuple[bool, bool]:
    """Bold / italic when every run with text is (directly or by the paragraph's style)."""
    runs = [run for run in runs if run.text.strip()]
    if not runs:
        return False, False
    style_font = paragraph.style.font if paragraph.style is not None else None

    def every(attribute: str) -> bool:
        default = bool(getattr(style_font, attribute, False)) if style_font is not None else False
        return all((getattr(run, attribute) if getattr(run, attribute) is not None else default) for run in runs)

    return every("bold"), every("italic")


def _table(table: Any, index: int) -> Block | None:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            texts = (clean("".join(run.text for run in _own_runs(p))) for p in cell.paragraphs)
            paragraphs = [text for text in texts if text]
            cells.append("\n\n".join(paragraphs))
        if any(cells):
            rows.append(cells)
    if not rows:
        return None
    text = "\n".join(" | ".join(c.replace("\n\n", " / ") for c in row) for row in rows)
    return Block(BlockKind.TABLE, text, Locator(paragraph=index), rows=rows)
