"""PDF reports, read with pdfplumber: words with their fonts and positions become blocks.

The page is rebuilt from words rather than taken from `extract_text`, because
the layout carries meaning here: a bold line opens a promise, a larger font a
section, an indented line continues a bullet, and a paragraph indented past a bullet
is set under it. Along the way the loader

- removes running headers, footers and page numbers (text repeated in the page
  margins, or shaped like "Sida 1 av 2"),
- reads two-column pages column by column,
- extracts ruled tables as table blocks (and keeps their words out of the prose),
- repairs words hyphenated at line ends, and
- warns about pages without a text layer, which need OCR.
"""

from __future__ import annotations

import bisect
import io
import itertools
import logging
import re
import statistics
import struct
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise, repeat
from operator import attrgetter, itemgetter
from typing import Any, TypeVar, cast

import numpy as np  # spaCy's own, loaded with the language stage in any case
import pdfplumber
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTRect
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage

from extract.blocks import Block, BlockKind, Document, Locator, set_under_bullets, sha256_bytes
from extract.errors import ExtractError, InputError, LimitExceededError, NeedsOcrError
from extract.loaders import aligned_tables
from extract.loaders.options import LoadOptions
from extract.textnorm import PAGE_NUMBER, SYMBOL_BULLETS, clean, join_lines, running_key

# pdfminer logs every repair it makes to a damaged file; the loader reports what matters itself.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

FORMAT = "pdf"

_MARGIN = 0.09  # share of the page height at top and bottom searched for headers/footers
# Bullets as characters, as private-use symbol-font glyphs, or as unmapped glyphs "(cid:127)".
# A list marker opening a line: a bullet glyph, an unmapped symbol glyph, or "2." / "2)"
# (not a time or a decimal wrapped to the line's start: "10.00 och 11.00").
_BULLET = re.compile(rf"^([{SYMBOL_BULLETS}–—\-*]|\(cid:\d+\)|\d{{1,2}}[.)](?![\d.,:]))\s*(?=\S)")
_LABEL = re.compile(r"^[A-ZÅÄÖ][\w-]*(?: [\w-]+){0,2}:(?:\s|$)")
_GUTTER_MIN = 1.2  # the narrowest gap between columns, in font sizes (a justified space is below 1)
# a browser's stamp in a printed page's margin: the address, or the date and time of printing
_PRINT_STAMP = re.compile(
    r"^(?:(?:https?://|www\.)\S+"
    r"|(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}),?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)$")
_SIGNATURE_RULE = re.compile(r"^[_.\-–]{5,}$")
_X0 = itemgetter("x0")
_BOTTOM_X0 = itemgetter("bottom", "x0")


def sniff(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF")


@dataclass(slots=True)
class _Line:
    """Words on one baseline within one column, with the style most of them share."""

    words: list[dict[str, Any]]
    page: int
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    text: str = ""

    def __post_init__(self) -> None:
        words = self.words
        words.sort(key=_X0)
        self.x0 = words[0]["x0"]
        self.x1 = max(w["x1"] for w in words)
        self.top = min(w["top"] for w in words)
        self.bottom = max(w["bottom"] for w in words)
        texts = [w["text"] for w in words]
        self.text = " ".join(texts)
        weights = [len(text) for text in texts]
        total = sum(weights)
        sizes = {w["size"] for w in words}
        self.size = (round(sizes.pop(), 1) if len(sizes) == 1  # most lines: one size, one font
                     else _weighted_mode([round(w["size"], 1) for w in words], weights))
        fonts = {str(w.get("fontname", "")) for w in words}
        if len(fonts) == 1:
            bold, italic = _font_style(fonts.pop())
            self.bold, self.italic = bold or total == 0, italic or total == 0
            return
        bold_chars = italic_chars = 0
        for weight, word in zip(weights, words, strict=True):
            bold, italic = _font_style(str(word.get("fontname", "")))
            bold_chars += weight if bold else 0
            italic_chars += weight if italic else 0
        self.bold = bold_chars >= 0.8 * total
        self.italic = italic_chars >= 0.8 * total


@dataclass(slots=True)
class _Table:
    page: int
    bbox: tuple[float, float, float, float]
    rows: list[list[str]]
    starts: list[float] | None = None  # a table set without rules: its columns' left edges

    @property
    def top(self) -> float:
        return self.bbox[1]


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    gutter: float | None = None


def load(name: str, data: bytes, options: LoadOptions) -> Document:
    warnings: list[str] = []
    pages = list(_read_pages(name, data, options, warnings))
    if not any(page.lines or page.tables for page in pages):
        said = "; ".join(w.removeprefix(f"{name}: ") for w in warnings)  # the error names the file
        if any("could not be read" in w for w in warnings):
            raise InputError("no page could be read: " + said)
        if any(_OVERFULL in w for w in warnings):
            raise InputError("no page holds text to read: " + said)
        raise NeedsOcrError(f"none of its {len(pages)} pages has a text layer (a scan?); it needs OCR first")
    _remove_running_lines(pages)
    _continued_tables(pages)
    body_size = _body_size(pages)
    spaced = _spaces_paragraphs(pages, body_size)
    blocks: list[Block] = []
    for page in pages:
        for block in _page_blocks(page, body_size, spaced):
            # a paragraph cut by a column or page break continues in the next block
            if blocks and _continues_across_pages(blocks[-1], block):
                blocks[-1] = _merge(blocks[-1], block)
            else:
                blocks.append(block)
    _assign_heading_levels(blocks, body_size)
    return Document(path=name, format=FORMAT, sha256=sha256_bytes(data), blocks=blocks,
                    pages=len(pages), meta_title=None, warnings=warnings)


def _read_pages(name: str, data: bytes, options: LoadOptions,
                warnings: list[str]) -> Iterator[_Page]:
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=options.password or "")
    except Exception as exc:  # pdfminer raises many kinds on damaged or locked files
        raise _open_error(exc, options) from exc
    # pdfplumber's close() builds every page object first; closing pages one by one
    # as they are read (and never building them when refusing a file) is enough here.
    count = _page_count(pdf, options.max_pages)
    if count > options.max_pages:
        raise LimitExceededError(f"PDF has more than {options.max_pages} pages, the limit (--max-pages)")
    if count == 0:
        raise InputError("PDF has no pages")
    try:
        page_list = pdf.pages
    except Exception as exc:  # a damaged page tree
        raise _open_error(exc, options) from exc
    second = _Pdfium(data, options)  # opened only if a page needs it, once for all such pages
    try:
        yield from _pages(page_list, name, warnings, second)
    finally:
        second.close()


def _pages(page_list: Any, name: str, warnings: list[str], second: _Pdfium) -> Iterator[_Page]:
    for number, page in enumerate(page_list, start=1):
        try:
            yield _read_page(page, number, warnings, name, second)
        except (ExtractError, MemoryError, RecursionError):
            raise  # limits (time, memory) apply to the whole file
        except Exception as exc:  # one damaged page must not cost the rest of the report
            if any(isinstance(c, MemoryError) for c in (exc.__context__, exc.__cause__, *exc.args)):
                raise LimitExceededError(
                    f"page {number} needed more memory than the limit (a decompression bomb?)") from exc
            warnings.append(f"{name}: page {number} could not be read ({exc.__class__.__name__}: {exc})")
        finally:
            page.close()


def _page_count(pdf: Any, limit: int) -> int:
    """The pages that exist, counted by walking the page tree (no page is built) and stopping
    past `limit`: the tree's /Count is a claim a damaged or hostile file can get wrong."""
    count = 0
    try:
        for _ in PDFPage.create_pages(pdf.doc):
            count += 1
            if count > limit:
                break
    except Exception as exc:  # a damaged page tree
        raise InputError(f"not a readable PDF: {exc.__class__.__name__}: {exc}") from exc
    return count


def _open_error(exc: Exception, options: LoadOptions) -> InputError:
    """Say why a PDF cannot be opened; pdfplumber wraps pdfminer's error in its own."""
    causes = [exc, *exc.args, exc.__context__, exc.__cause__]
    if any(isinstance(c, PDFPasswordIncorrect | PDFEncryptionError) for c in causes):
        hint = "the password given is wrong" if options.password else "use --password to open it"
        return InputError(f"PDF is password protected ({hint})")
    inner = next((c for c in causes[1:] if isinstance(c, Exception)), exc)
    detail = str(inner) or inner.__class__.__name__
    return InputError(f"not a readable PDF: {inner.__class__.__name__}: {detail}")


_TABLE_EDGES = 4  # drawn edges from which a page may hold a ruled table (a rectangle has four)

# A dense A4 page of 8-point text holds about 10,000 characters. A page that draws far more
# (glyphs too small to see, text drawn over itself, a form drawn a thousand times) is no
# text to read, and pdfminer would spend about 25 µs on each of its glyphs: pdfium counts
# them first, in milliseconds, and such a page is left out with a warning.
MAX_PAGE_GLYPHS = 40_000
_OVERFULL = "more than a page can legibly hold"


def _read_page(page: Any, number: int, warnings: list[str], name: str, second: _Pdfium | None = None) -> _Page:
    glyphs = second.glyph_count(number) if second is not None else None
    if glyphs is not None and glyphs > MAX_PAGE_GLYPHS:
        warnings.append(f"{name}: page {number} draws {glyphs:,} glyphs, {_OVERFULL} "
                        f"(at most {MAX_PAGE_GLYPHS:,}); its text is left out")
        return _Page(number=number, width=0.0, height=0.0)
    content = second.content(number, page) if second is not None else None
    by_pdfminer = content is None
    if content is None:  # the reference reader: turned, ruled or unusual pages, or by choice
        content = _layout_content(page)
        if second is not None:
            _map_unmapped_glyphs(content, number, warnings, name, second)
    result = _Page(number=number, width=content.width, height=content.height)
    if not content.has_text:
        if content.images:
            warnings.append(f"{name}: page {number} has no text layer (a scanned image); it needs OCR")
        else:
            warnings.append(f"{name}: page {number} has no text")
        return result
    if content.edges >= _TABLE_EDGES:
        result.tables = _tables(page, number)
    words = content.words()
    words = [w for w in words if not any(_inside(w, t.bbox) for t in result.tables)]
    rows = _word_rows(words)  # found again only where the words change
    aligned = list(aligned_tables.find(rows))
    if aligned:  # rule aligned-table: a follow-up table set without rules, marked by its header
        result.tables += [_Table(number, table.bbox, table.rows, table.starts) for table in aligned]
        taken = {id(w) for table in aligned for w in table.words}
        words = [w for w in words if id(w) not in taken]
        rows = _word_rows(words)
    if by_pdfminer and content.edges:  # shapes drawn (pdfium sends every such page to pdfminer)
        bullets = _drawn_bullets(_marks(page), words)
        if bullets:
            words = words + bullets
            rows = _word_rows(words)
    result.gutter = _word_gutter(words, result.width, rows)
    result.lines = _lines(words, number, result.gutter, rows)
    return result


def _marks(page: Any) -> list[tuple[float, float, float, float]]:
    """Small filled dots and squares the page draws (x0, top, x1, bottom): bullets drawn as
    shapes rather than set as characters, as designed reports often draw them."""
    marks = []
    for shape in [*page.curves, *page.rects]:
        width, height = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        if shape.get("fill") and 1.5 <= width <= 9 and 1.5 <= height <= 9 and abs(width - height) <= 1.5:
            marks.append((shape["x0"], shape["top"], shape["x1"], shape["bottom"]))
    return marks


def _drawn_bullets(marks: list[tuple[float, float, float, float]],
                   words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rule drawn-bullet: a mark (`_marks`) just left of a line's first word, level with it,
    is that line's bullet: a "•" word in its place, so that the line opens a list item as a
    bullet character would."""
    bullets = []
    for x0, top, x1, bottom in marks:
        middle = (top + bottom) / 2
        beside = [w for w in words if w["top"] <= middle <= w["bottom"] and 0 <= w["x0"] - x1 <= 3 * w["size"]]
        if not beside:
            continue
        first = min(beside, key=_X0)
        if any(w is not first and w["top"] <= middle <= w["bottom"] and 0 <= x0 - w["x1"] <= 3 * w["size"]
               for w in words):
            continue  # a word right before it: the mark stands inside a line, not at its start
        bullets.append({**first, "text": "•", "x0": x0, "x1": x1})
    return bullets


_CID = re.compile(r"\(cid:\d+\)")


def _map_unmapped_glyphs(content: _Content, number: int, warnings: list[str], name: str,
                         second: _Pdfium) -> None:
    """Glyphs of a font without a Unicode map come out of pdfminer as "(cid:N)", which would
    turn "medborgarlöften" into "medborgarl(cid:1)ften" or read as bullets. Such a page is
    read again with pdfium, which maps many of these fonts; what neither maps is left out,
    and the page gets a warning with the share of glyphs concerned. No "(cid:N)" reaches a
    text field."""
    bullets = _cid_bullets(content.chars)
    unmapped = sum(1 for c in content.chars if _CID.fullmatch(c["text"]) and id(c) not in bullets)
    if not unmapped:
        return  # only bullets of a symbol font ("(cid:127)" opening a line), read as bullets
    share = unmapped / len(content.chars)
    mapped, lost = second.chars(number)
    if mapped is not None and mapped.chars:
        content.chars = mapped.chars
        content.width, content.height = mapped.width, mapped.height
        still = f"; {lost} glyph(s) not even pdfium maps are left out" if lost else ""
        warnings.append(f"{name}: page {number}: {share:.0%} of its glyphs have no Unicode map in pdfminer; "
                        f"read with pdfium{still}")
        return
    content.chars = [c for c in content.chars if not _CID.fullmatch(c["text"])]
    warnings.append(f"{name}: page {number}: {share:.0%} of its glyphs have no Unicode map; "
                    "their text is left out")


def _cid_bullets(chars: list[dict[str, Any]]) -> set[int]:
    """Unmapped glyphs that open a line, or a table cell's line (nothing within a font size
    to their left), and are followed by mapped text: a symbol font's bullet, which the line
    reader takes as a list marker."""
    rows: dict[int, list[dict[str, Any]]] = {}
    for char in chars:
        rows.setdefault(round(char["bottom"]), []).append(char)
    bullets: set[int] = set()
    for row in rows.values():
        row.sort(key=lambda c: c["x0"])
        glyphs = [c for c in row if not c["text"].isspace()]
        for before, glyph, after in zip([None, *glyphs], glyphs, glyphs[1:], strict=False):
            opens = before is None or glyph["x0"] - before["x1"] > glyph["size"]
            if opens and _CID.fullmatch(glyph["text"]) and not _CID.fullmatch(after["text"]):
                bullets.add(id(glyph))
    return bullets


class _Pdfium:
    """The PDF in pdfium: it counts each page's glyphs before anything else reads them, reads
    the characters of most pages, and the pages whose fonts pdfminer cannot map; opened on
    first use, once per file, and each page's text parsed once for all three."""

    def __init__(self, data: bytes, options: LoadOptions) -> None:
        self.data, self.options = data, options
        self.document: Any = None
        self.failed = False
        self._held: tuple[int, Any, Any] | None = None  # the page in hand: number, page, text page

    def _open(self) -> Any:
        import pypdfium2 as pdfium

        if self.document is None and not self.failed:
            try:
                self.document = pdfium.PdfDocument(self.data, password=self.options.password or None)
            except Exception:
                self.failed = True
        return self.document

    def _page(self, number: int) -> tuple[Any, Any] | None:
        """The page and its text page, parsed once while the page is in hand."""
        if self._held is not None and self._held[0] == number:
            return self._held[1], self._held[2]
        self._release()
        document = self._open()
        if document is None:
            return None
        try:
            page = document[number - 1]
            self._held = (number, page, page.get_textpage())
        except Exception:
            return None
        return self._held[1], self._held[2]

    def _release(self) -> None:
        if self._held is not None:
            _, page, textpage = self._held
            self._held = None
            textpage.close()
            page.close()

    def content(self, number: int, plumbed: Any) -> _Content | None:
        """The page's characters as pdfium reads them, boxed as pdfminer boxes them; None where
        the page needs pdfminer (see `_pdfium_content`) or pdfium alone is not asked for."""
        if self.options.pdf_chars != "pdfium":
            return None
        held = self._page(number)
        if held is None:
            return None
        try:
            return _pdfium_content(held[0], held[1], plumbed)
        except Exception:
            return None  # whatever pdfium cannot say, pdfminer reads

    def glyph_count(self, number: int) -> int | None:
        """How many glyphs a page draws, as pdfium counts them; None where it cannot say."""
        held = self._page(number)
        try:
            return int(held[1].count_chars()) if held is not None else None
        except Exception:
            return None

    def chars(self, number: int) -> tuple[_Content | None, int]:
        """The characters of one page as pdfium reads them (font name, size and box), upright
        pages only, and how many glyphs it could not map either; None where it cannot read it."""
        held = self._page(number)
        if held is None:
            return None, 0
        try:
            return _pdfium_page(held[0], held[1])
        except Exception:
            return None, 0

    def close(self) -> None:
        self._release()
        if self.document is not None:
            self.document.close()


def _pdfium_content(page: Any, textpage: Any, plumbed: Any) -> _Content | None:
    """Characters with font, size and box from pdfium's text page, about ten times faster than
    pdfminer's layout, and boxed the way pdfminer boxes them: from the glyph's origin on the
    baseline, the font's descent below it and the font size above, the advance across.

    pdfium reads upright pages the way pdfminer does; a page it might read otherwise goes to
    pdfminer (None): one turned by /Rotate or holding text that runs up, down or upside
    down; one with enough drawn edges for a ruled table (its tables are pdfplumber's, which
    reads the page with pdfminer anyway; a rule under a heading or two is no table); one
    whose MediaBox does not start at the origin; one with a glyph pdfium cannot map either.
    Spaces pdfium adds between words are left out, as pdfminer has none: words are found
    from the gaps between characters in both."""
    import ctypes

    import pypdfium2.raw as raw

    width, height = float(plumbed.width), float(plumbed.height)
    if page.get_rotation() or any(float(v) for v in plumbed.mediabox[:2]):
        return None
    if abs(page.get_width() - width) > 0.5 or abs(page.get_height() - height) > 0.5:
        return None
    edges = images = 0
    for obj in page.get_objects():  # forms' objects too, as pdfminer's layout has them
        if obj.type == raw.FPDF_PAGEOBJ_PATH:
            # pdfminer counts a rectangle 4 and a line or curve 1; a path of four segments or
            # more is taken for a rectangle (or more), so pdfium never counts fewer
            edges += 4 if raw.FPDFPath_CountSegments(obj.raw) >= 4 else 1
            if edges >= _TABLE_EDGES:
                return None  # a ruled table may stand here: pdfplumber reads it from pdfminer
        images += obj.type == raw.FPDF_PAGEOBJ_IMAGE
    words = _pdfium_words(textpage.raw, height, raw, ctypes)
    if words is None:
        chars, _ = _pdfium_chars(textpage.raw, height, raw, ctypes)
        if chars is None:
            return None
        return _Content(chars, edges, images, width, height)
    return _Content([], edges, images, width, height, read_words=words[0], has_glyphs=words[1])


class _Glyphs:
    """A text page as both of pdfium's readers read it: its text in one call (UTF-16 code
    units), the calls made for every character (`_per_char`) with the box they write into,
    and each text object's font and size, asked once."""

    def __init__(self, text: Any, raw: Any, ctypes: Any) -> None:
        self.text, self.raw, self.ctypes = text, raw, ctypes
        self.count = max(0, raw.FPDFText_CountChars(text))
        self.codes: list[int] = []
        if self.count:
            buffer = ctypes.create_string_buffer((self.count + 1) * 2)
            got = raw.FPDFText_GetText(text, 0, self.count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
            self.codes = memoryview(buffer.raw[: max(0, got - 1) * 2]).cast("H").tolist()
        self.box, self.matrix = raw.FS_RECTF(), raw.FS_MATRIX()
        self.box_at, self.matrix_at = ctypes.byref(self.box), ctypes.pointer(self.matrix)
        self.font_name = ctypes.create_string_buffer(256)
        self.text_object, self.loose_box, self.generated = _per_char(raw, ctypes)
        self.page_at = ctypes.c_void_p(ctypes.cast(text, ctypes.c_void_p).value)
        self.styles: dict[int, tuple[str, float] | None] = {}

    def style(self, obj: int, index: int, upright_only: bool = True) -> tuple[str, float] | None:
        """The font and size of text object `obj` (its character `index`); None where
        `upright_only` and the object's text does not read upright."""
        if obj not in self.styles:
            raw, matrix, font_name = self.raw, self.matrix, self.font_name
            raw.FPDFText_GetMatrix(self.text, index, self.matrix_at)
            upright = matrix.a > 0 and abs(matrix.b) <= abs(matrix.a)  # as `_direction` reads "right"
            raw.FPDFText_GetFontInfo(self.text, index, font_name, len(font_name), None)
            self.styles[obj] = ((font_name.value.decode("utf-8", "replace"),
                                 float(raw.FPDFText_GetFontSize(self.text, index)))
                                if upright or not upright_only else None)
        return self.styles[obj]


def _pdfium_chars(text: Any, height: float, raw: Any, ctypes: Any,
                  lenient: bool = False) -> tuple[list[dict[str, Any]] | None, int]:
    """The page's characters and how many glyphs pdfium could not map.

    Strict (the main reader): None at the first glyph without Unicode or not upright, so
    that pdfminer reads the page. Lenient (the second reader of a page whose fonts pdfminer
    cannot map): such glyphs are left out and counted, whatever way the text runs.

    Few calls per character: the text comes in one call, and font, size and direction once
    per text object; the loose box's bottom is the baseline less the font's descent, as
    pdfminer's box has it, and its top is set at the font size above that, as pdfminer's."""
    glyphs = _Glyphs(text, raw, ctypes)
    if not glyphs.count:
        return [], 0
    letters = glyphs.codes
    if len(letters) != glyphs.count:  # a character beyond the first plane takes two: ask one by one
        letters = [raw.FPDFText_GetUnicode(text, index) for index in range(glyphs.count)]
    text_object, loose_box, generated = glyphs.text_object, glyphs.loose_box, glyphs.generated
    page_at, box, box_at = glyphs.page_at, glyphs.box, glyphs.box_at
    chars: list[dict[str, Any]] = []
    previous: dict[str, Any] | None = None  # the last character, and its text object
    previous_object = -1
    lost = 0
    for index, code in enumerate(letters):
        if code in _NO_UNICODE:
            if not lenient:
                return None, 0  # no Unicode (pdfium gives some such glyphs their code): pdfminer
            lost += 1  # reads the page, and what neither maps is said in a warning
            continue
        if code < 32 or (code == 32 and generated(page_at, index) == 1):
            continue  # a line break, or a space pdfium inferred
        obj = text_object(page_at, index) or 0
        style = glyphs.style(obj, index, upright_only=not lenient)
        if style is None:
            return None, 0
        loose_box(page_at, index, box_at)
        left, _, right, low = _RECT(box)
        bottom = height - low
        char = {"text": chr(code), "fontname": style[0], "size": style[1], "x0": left,
                "x1": right, "top": bottom - style[1], "bottom": bottom}
        if obj == previous_object and previous is not None and previous["x0"] < left < previous["x1"]:
            previous["x1"] = left  # a slanted glyph's box reaches over the next: its advance ends here
        chars.append(char)
        previous, previous_object = char, obj
    return chars, lost


class _Run:
    """Characters drawn one after another by one text object on one baseline, each within a
    word's gap of the last: the stretch of a word pdfium's text order gives at once. Its box
    is the word's (`_word`); `last_x0` / `last_x1` are its last character's edges, `x1_before`
    the right edge of those before it, and `space_x0` where a space drawn right after it
    stands (a space elsewhere is a run of its own, `space`)."""

    __slots__ = ("bottom", "font", "last_x0", "last_x1", "letters", "size", "space", "space_x0", "top", "x0",
                 "x1_before")

    def __init__(self, letters: str, font: str, size: float, x0: float, x1: float, bottom: float,
                 space: bool = False) -> None:
        self.letters, self.font, self.size, self.space = letters, font, size, space
        self.x0 = self.last_x0 = self.x1_before = x0
        self.last_x1 = x1
        self.top, self.bottom = bottom - size, bottom
        self.space_x0: float | None = None

    @property
    def x1(self) -> float:
        return self.last_x1 if len(self.letters) == 1 else max(self.x1_before, self.last_x1)


def _pdfium_words(text: Any, height: float, raw: Any, ctypes: Any,
                  x_tolerance: float = 1.5) -> tuple[list[dict[str, Any]], bool] | None:
    """The page's words straight from pdfium's text order: the words `_words` finds in the
    characters `_pdfium_chars` reads (the same boxes, fonts and sizes), at less cost, for no
    character is built, only runs (`_Run`), which are put in rows and joined into words as
    characters would be. Where runs of one row interleave along x (text drawn over other
    text, or out of order), the characters' own order could part words otherwise: None,
    and the page is read character by character. None as well wherever `_pdfium_chars`
    gives none (a glyph without Unicode, text not upright). With the words, whether the page
    has any character at all."""
    glyphs = _Glyphs(text, raw, ctypes)
    if not glyphs.count:
        return [], False
    codes = glyphs.codes
    if len(codes) != glyphs.count:
        return None  # a character beyond the first plane: read character by character
    if not _NO_UNICODE.isdisjoint(codes):
        return None  # a glyph without Unicode (pdfium gives some such glyphs their code): pdfminer
    text_object, generated, page_at = glyphs.text_object, glyphs.generated, glyphs.page_at
    drawn = [index for index, code in enumerate(codes)  # not a line break, nor a space pdfium inferred
             if code > 32 or (code == 32 and generated(page_at, index) != 1)]
    if not drawn:
        return [], False
    stretches = list(_object_stretches(drawn, lambda index: text_object(page_at, index) or 0))
    styles = [glyphs.style(obj, drawn[start]) for obj, start, _ in stretches]
    if None in styles:
        return None
    runs = _drawn_runs(_Drawn(drawn, codes, glyphs, height, stretches), cast(list[tuple[str, float]], styles),
                       x_tolerance)
    words = _runs_to_words(runs, x_tolerance)
    return None if words is None else (words, True)


class _Drawn:
    """The drawn characters of a text page side by side, one array per attribute: their
    letters, loose boxes (left and right edges, bottom from the page's top), the stretch of
    one text object each belongs to, and whether each follows a character of its own
    stretch (`same`)."""

    def __init__(self, drawn: list[int], codes: list[int], glyphs: _Glyphs, height: float,
                 stretches: list[tuple[int, int, int]]) -> None:
        self.letters = "".join([chr(codes[index]) for index in drawn])
        self.left, self.right, self.bottom = _loose_boxes(drawn, glyphs.loose_box, glyphs.page_at, height,
                                                          glyphs.ctypes)
        lengths = [stop - start for _, start, stop in stretches]
        self.stretch = np.repeat(np.arange(len(stretches)), lengths)
        self.same = np.ones(len(drawn), dtype=bool)
        self.same[[start for _, start, _ in stretches]] = False
        self.space = np.frombuffer(self.letters.encode("utf-32-le"), dtype="<u4") == 32


def _drawn_runs(drawn: _Drawn, styles: list[tuple[str, float]], x_tolerance: float) -> list[_Run]:
    """The runs (`_Run`) of a page's drawn characters, in the order of their first character.

    A character goes on the run of the one before it where both belong to one text object,
    the one before is no space, they share a baseline, and it starts right of the one
    before's start within `x_tolerance` of its end; a space there closes that run (its
    `space_x0`), any other space is a run of its own. A slanted glyph's box reaching over
    the next character of its object ends where that one starts. Each of these is decided
    from a character and the one before it alone, so all are decided at once over the
    arrays, and a run is built once, not grown letter by letter."""
    left, right, bottom, same, space = drawn.left, drawn.right, drawn.bottom, drawn.same, drawn.space
    count = len(left)
    # the right edge each character ends on: where the next of its object starts, inside it
    ends = right.copy()
    reach = same[1:] & (left[:-1] < left[1:]) & (left[1:] < right[:-1])
    ends[:-1][reach] = left[1:][reach]
    follows = np.zeros(count, dtype=bool)  # after a character of its object, no space, on its baseline
    follows[1:] = same[1:] & ~space[:-1] & (bottom[:-1] == bottom[1:])
    joins = np.zeros(count, dtype=bool)
    joins[1:] = follows[1:] & ~space[1:] & (left[1:] > left[:-1]) & (left[1:] - ends[:-1] <= x_tolerance)
    closes = np.zeros(count, dtype=bool)  # a space right after a run, as pdfminer sets one
    closes[1:] = follows[1:] & space[1:] & (left[1:] >= left[:-1])
    opens = ~space & ~joins
    starts = np.flatnonzero(opens | (space & ~closes))
    stops = np.append(starts[1:], count)  # a run ends where the next opens (a space it keeps ends it)
    # the last letter of each run: the one before its end, or before the space that closes it
    lasts = stops - 1 - closes[stops - 1]
    # the furthest right edge before each run's last letter: the maximum over [start, last)
    # (a run of one letter keeps its left edge there, set below)
    bounds = np.empty(2 * len(starts), dtype=np.intp)
    bounds[0::2], bounds[1::2] = starts, lasts
    widest = np.maximum.reduceat(ends, bounds)[0::2].tolist()
    runs: list[_Run] = []
    letters, stretch = drawn.letters, drawn.stretch.tolist()
    for start, last, furthest in zip(starts.tolist(), lasts.tolist(), widest, strict=True):
        font, size = styles[stretch[start]]
        x0 = float(left[start])
        if space[start]:
            runs.append(_Run(" ", font, size, x0, float(right[start]), float(bottom[start]), space=True))
            continue
        run = _Run(letters[start:last + 1], font, size, x0, float(ends[last]), float(bottom[start]))
        run.last_x0 = float(left[last])
        run.x1_before = x0 if last == start else furthest
        if last + 1 < count and closes[last + 1]:
            run.space_x0 = float(left[last + 1])
        runs.append(run)
    return runs


def _loose_boxes(drawn: list[int], loose_box: Any, page_at: Any, height: float,
                 ctypes: Any) -> tuple[Any, Any, Any]:
    """The loose boxes of the `drawn` characters (left and right edges, and the bottom from
    the page's top, as arrays), asked of pdfium in one sweep that writes them side by side
    and read back at once, where asking and unpacking one box at a time costs twice as much."""
    boxes = (ctypes.c_float * (4 * len(drawn)))()
    at = map(ctypes.byref, repeat(boxes), range(0, 16 * len(drawn), 16))
    deque(map(loose_box, repeat(page_at), drawn, at), maxlen=0)
    values = np.frombuffer(memoryview(boxes).cast("B"), dtype=np.float32).astype(np.float64).reshape(-1, 4)
    return values[:, 0], values[:, 2], height - values[:, 3]


def _object_stretches(drawn: list[int], object_of: Callable[[int], int]) -> Iterator[tuple[int, int, int]]:
    """The text object of each drawn character, as stretches of `drawn` (object, start,
    stop). pdfium lays a text page out one text object after another, so each object's
    characters stand together: the end of a stretch is found by doubling steps and then
    halving them, about 2·log2(n) calls for n characters where asking each costs n (a text
    object holds some 45 characters on average)."""
    start, count = 0, len(drawn)
    known: tuple[int, int] | None = None  # the last position asked, and its object
    while start < count:
        obj = known[1] if known is not None and known[0] == start else object_of(drawn[start])
        same, step, stop = start, 1, count
        while same + step < count:  # doubling: the first position found past the stretch
            found = object_of(drawn[same + step])
            if found != obj:
                stop, known = same + step, (same + step, found)
                break
            same, step = same + step, step * 2
        while stop - same > 1:  # halving between the last position in it and the first past it
            middle = (same + stop) // 2
            found = object_of(drawn[middle])
            if found == obj:
                same = middle
            else:
                stop, known = middle, (middle, found)
        yield obj, start, stop
        start = stop


def _runs_to_words(runs: list[_Run], x_tolerance: float) -> list[dict[str, Any]] | None:
    """`_words` over runs: rows by baseline, each row along x, a space or a gap wider than
    `x_tolerance` parting words; None where two runs of a row interleave, or a space drawn
    after a run stands past the start of the next."""
    words: list[dict[str, Any]] = []
    for row in _baseline_rows(sorted(runs, key=_RUN_ORDER), _RUN_BOTTOM, _RUN_SIZE):
        row.sort(key=_RUN_X0)
        found: list[dict[str, Any]] = []
        current: list[_Run] = []
        before: _Run | None = None
        for run in row:
            if before is not None:
                if before.last_x0 > run.x0 or (before.last_x0 == run.x0 and len(before.letters) > 1):
                    return None  # interleaved: the characters' order decides
                if before.space_x0 is not None:
                    if before.space_x0 >= run.x0:
                        return None
                    if current:
                        found.append(_run_word(current))
                    current = []
            before = run
            if run.space:
                if current:
                    found.append(_run_word(current))
                current = []
                continue
            if current and run.x0 - current[-1].last_x1 > x_tolerance:
                found.append(_run_word(current))
                current = []
            current.append(run)
        if current:
            found.append(_run_word(current))
        words += _join_spaced_letters(found)
    return words


_RUN_ORDER = attrgetter("bottom", "x0")
_RUN_X0 = attrgetter("x0")
_RUN_BOTTOM = attrgetter("bottom")
_RUN_SIZE = attrgetter("size")


def _run_word(runs: list[_Run]) -> dict[str, Any]:
    first = runs[0]
    if len(runs) == 1:
        letters = first.letters
        x1 = first.last_x1 if len(letters) == 1 or first.last_x1 > first.x1_before else first.x1_before
        return {"text": letters, "fontname": first.font, "size": first.size, "x0": first.x0,
                "x1": x1, "top": first.top, "bottom": first.bottom}
    return {"text": "".join([run.letters for run in runs]), "fontname": first.font,
            "size": first.size, "x0": first.x0, "x1": max([run.x1 for run in runs]),
            "top": min([run.top for run in runs]), "bottom": max([run.bottom for run in runs])}


# codes pdfium gives a glyph it cannot map: none, a non-character, the replacement
# character, or a control character other than a tab or a line break
_NO_UNICODE = frozenset({0, 0xFFFE, 0xFFFD, *range(1, 9), 11, 12, *range(14, 32)})
_RECT = struct.Struct("4f").unpack_from  # an FS_RECTF's left, top, right, bottom in one call


@cache
def _per_char(raw: Any, ctypes: Any) -> tuple[Any, Any, Any]:
    """pdfium's calls made for every character (and every space), declared with their
    result only: the text object's address comes back as an integer (it is only compared).
    They are called with a `c_void_p` for the text page, a plain int for the index (ctypes
    passes it as a C int, as pdfium takes it) and `byref` for the box, which ctypes passes
    as they are; declared arguments would be converted on every call, and pypdfium2's own
    declarations build and check a pointer object per call besides (together about half
    the time of reading a page's characters)."""
    def plain(function: Any, result: Any) -> Any:
        return ctypes.CFUNCTYPE(result)(ctypes.cast(function, ctypes.c_void_p).value)

    return (plain(raw.FPDFText_GetTextObject, ctypes.c_void_p),
            plain(raw.FPDFText_GetLooseCharBox, ctypes.c_int),
            plain(raw.FPDFText_IsGenerated, ctypes.c_int))


def _pdfium_page(page: Any, textpage: Any) -> tuple[_Content | None, int]:
    """A page whose fonts pdfminer cannot map, read by pdfium leniently: its characters, and
    how many glyphs pdfium could not map either."""
    import ctypes

    import pypdfium2.raw as raw

    width, height = (float(v) for v in page.get_size())
    chars, lost = _pdfium_chars(textpage.raw, height, raw, ctypes, lenient=True)
    return (_Content(chars, 0, 0, width, height) if chars else None), lost


def _word_gutter(words: list[dict[str, Any]], width: float,
                 rows: list[list[dict[str, Any]]] | None = None) -> float | None:
    """An x position between two columns: many rows have words beside it and none across it.

    Found from words rather than lines, because justified columns can stand
    closer together than the widest gap between two words of one line; and
    counted per side, because the columns' baselines need not line up (a large
    title at the top of the left column, a right column that ends early). Each
    candidate x is scored by `_gutter_score`'s rule; `_gutter_scores` scores them
    all in one sweep over each row's word edges. `rows`: the words' rows where the caller
    has them (`_word_rows`).
    """
    rows = rows if rows is not None else _word_rows(words)
    if len(rows) < 6:
        return None
    edges = [edge for row in rows for w in row for edge in (w["x0"], w["x1"])]
    xs = _scan(max(0.3 * width, min(edges)), min(0.7 * width, max(edges)), 2.0)
    best: tuple[int, float] | None = None
    for x, score in zip(xs, _gutter_scores(rows, xs), strict=True):
        if score is not None and (best is None or score > best[0]):
            best = (score, x)
    if best is None:
        return None
    x = best[1]
    left = max((w["x1"] for row in rows for w in row if w["x1"] <= x), default=x)
    right = min((w["x0"] for row in rows for w in row if w["x0"] >= x), default=x)
    return (left + right) / 2


def _gutter_scores(rows: list[list[dict[str, Any]]], xs: list[float]) -> list[int | None]:
    """`_gutter_score` at every x of `xs` (ascending), in one pass over each row's spans.

    Along x a row is, in turn: free on its right (before its first word), crossed (inside
    a run of touching or overlapping words), a gap (free on both sides, or crossed when
    narrower than a column gap), ..., free on its left (after its last word). Each such
    stretch adds to the counts of the x positions it covers, through difference arrays."""
    n = len(xs)
    left, right, crossing = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)

    def add(counts: list[int], start: int, stop: int) -> None:
        if start < stop:
            counts[start] += 1
            counts[stop] -= 1

    def upto(edge: float, closed: bool) -> int:  # the first index past x <= edge (x < edge if closed)
        return bisect.bisect_left(xs, edge) if closed else bisect.bisect_right(xs, edge)

    def from_(edge: float, closed: bool) -> int:  # the first index with x >= edge (x > edge if closed)
        return bisect.bisect_right(xs, edge) if closed else bisect.bisect_left(xs, edge)

    rows_spans = [(row, _spans(row)) for row in rows]
    if n == 0 or sum(1 for row, spans in rows_spans if _free_on_the_left(row, spans, xs[0], xs[-1])) < 3:
        return [None] * n  # no x has three rows with words on its right only: one column (most pages)
    for row, spans in rows_spans:
        narrow = _GUTTER_MIN * row[0]["size"]
        first = spans[0]
        add(right, 0, upto(first.x0, first.closed_start))  # before the first word: words on the right only
        for k, span in enumerate(spans):
            add(crossing, bisect.bisect_right(xs, span.x0), bisect.bisect_left(xs, span.x1))  # x0 < x < x1
            # at an edge where a word of no width stands, x has a neighbour on each side at no distance
            if span.closed_start or span.closed_end:
                for edge in {e for e, closed in ((span.x0, span.closed_start), (span.x1, span.closed_end))
                             if closed}:
                    add(crossing, bisect.bisect_left(xs, edge), bisect.bisect_right(xs, edge))
            if k + 1 == len(spans):
                add(left, from_(span.x1, span.closed_end), n)  # after the last word: words on the left only
                continue
            following = spans[k + 1]
            start, stop = from_(span.x1, span.closed_end), upto(following.x0, following.closed_start)
            if following.x0 - span.x1 < narrow:
                add(crossing, start, stop)  # a space between two words of one line is no gutter
            else:
                add(left, start, stop)
                add(right, start, stop)
    scores: list[int | None] = []
    lefts = rights = crossed = 0
    for i in range(n):
        lefts, rights, crossed = lefts + left[i], rights + right[i], crossed + crossing[i]
        score = min(lefts, rights) - 3 * crossed
        scores.append(score if min(lefts, rights) >= 3 and score > 0 else None)
    return scores


def _free_on_the_left(row: list[dict[str, Any]], spans: list[_Span], low: float, high: float) -> bool:
    """Can the row have words on the right only of some x from `low` to `high`: does its first
    word start at or past `low`, or a gap a column gap wide end there? (A row that cannot is
    counted on no x's right side by `_gutter_scores`; its test, asked first of every row.)"""
    if spans[0].x0 >= low:
        return True
    narrow = _GUTTER_MIN * row[0]["size"]
    return any(following.x0 - span.x1 >= narrow and following.x0 >= low and span.x1 <= high
               for span, following in itertools.pairwise(spans))


@dataclass(slots=True)
class _Span:
    """Words that overlap or touch, as one run along x; `closed_start` / `closed_end` say a
    word of no width stands at that edge (then x there has a neighbour on each side)."""

    x0: float
    x1: float
    closed_start: bool = False
    closed_end: bool = False


def _spans(row: list[dict[str, Any]]) -> list[_Span]:
    spans: list[_Span] = []
    for word in sorted(row, key=lambda w: (w["x0"], w["x1"])):
        x0, x1 = word["x0"], word["x1"]
        if spans and x0 <= spans[-1].x1:
            span = spans[-1]
            if x1 > span.x1:
                span.x1, span.closed_end = x1, x0 == x1
            elif x1 == span.x1 and x0 == x1:
                span.closed_end = True
        else:
            spans.append(_Span(x0, x1, x0 == x1, x0 == x1))
    return spans


def _gutter_score(rows: list[list[dict[str, Any]]], x: float) -> int | None:
    """Rows free on each side of x, less a heavy price for every row that crosses it (the
    rule `_gutter_scores` applies to all positions at once; kept as its plain statement)."""
    left_rows = right_rows = crossing = 0
    for row in rows:
        if any(w["x0"] < x < w["x1"] for w in row):
            crossing += 1
            continue
        left = max((w["x1"] for w in row if w["x1"] <= x), default=None)
        right = min((w["x0"] for w in row if w["x0"] >= x), default=None)
        if left is not None and right is not None and right - left < _GUTTER_MIN * row[0]["size"]:
            crossing += 1  # a space between two words of one line is no gutter
            continue
        left_rows += left is not None
        right_rows += right is not None
    if min(left_rows, right_rows) < 3:
        return None
    score = min(left_rows, right_rows) - 3 * crossing
    return score if score > 0 else None


def _word_rows(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        if rows and abs(rows[-1][-1]["bottom"] - word["bottom"]) <= 0.35 * word["size"]:
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows


@dataclass(slots=True)
class _Content:
    chars: list[dict[str, Any]]
    edges: int
    images: int
    width: float  # of the page as its text reads: a page turned a quarter swaps width and height
    height: float
    read_words: list[dict[str, Any]] | None = None  # the words, where the reader gave them at once
    has_glyphs: bool = False  # the reader that gave words read characters (spaces alone give none)

    @property
    def has_text(self) -> bool:
        return bool(self.chars) or self.has_glyphs

    def words(self) -> list[dict[str, Any]]:
        return self.read_words if self.read_words is not None else _words(self.chars)


# Characters a text turned another way must have before it is read beside the page's main
# direction: a sentence, not a rotated side label or page number.
_MIN_TURNED_CHARS = 40


def _direction(matrix: tuple[float, ...]) -> str:
    """Which way a character reads, from its text matrix: up, right (upright), down, left."""
    a, b = matrix[:2]
    if abs(a) >= abs(b):
        return "right" if a > 0 else "left"
    return "up" if b > 0 else "down"


def _turn(obj: Any, direction: str, width: float, height: float) -> tuple[float, float, float, float]:
    """A character's box (x0, x1, top, bottom) in the frame where its text reads left to right,
    top-down: a quarter turn for text running up or down the page, a half turn upside down."""
    x0, y0, x1, y1 = obj.x0, obj.y0, obj.x1, obj.y1
    if direction == "up":  # the tops of the letters face left: lines follow from left to right
        return y0, y1, x0, x1
    if direction == "down":  # the tops face right: lines follow from right to left
        return height - y1, height - y0, width - x1, width - x0
    if direction == "left":
        return width - x1, width - x0, y0, y1
    return x0, x1, height - y1, height - y0


def _layout_content(page: Any) -> _Content:
    """Characters with font and position, read straight from the page's pdfminer layout.

    pdfplumber's `page.chars` resolves every attribute of every character (colours,
    matrices, colour spaces) into a dict; the pipeline needs five of them, and
    taking only those makes reading a page about twice as fast. Coordinates are
    converted the way pdfplumber converts them (top-left origin, MediaBox offset).

    Text that is not upright (a page with /Rotate, a landscape table turned on its
    side) is turned back into reading order: the direction most characters read in
    is the page's, and text running another way follows it, read in its own frame.
    """
    width, height = float(page.width), float(page.height)
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    by_direction: dict[str, list[Any]] = {}
    edges = images = 0
    stack: list[Any] = [page.layout]
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTChar):
            by_direction.setdefault(_direction(obj.matrix), []).append(obj)
        elif isinstance(obj, LTCurve):
            edges += 4 if isinstance(obj, LTRect) else 1
        elif isinstance(obj, LTImage):
            images += 1
        elif isinstance(obj, LTContainer):
            stack.extend(reversed(list(obj)))
    ordered = sorted(by_direction.items(), key=lambda item: -len(item[1]))
    main = ordered[0][0] if ordered else "right"
    turned = main in ("up", "down")
    chars: list[dict[str, Any]] = []
    offset = 0.0
    for direction, objs in ordered:
        if direction != main and len(objs) < _MIN_TURNED_CHARS:
            continue
        frame: list[dict[str, Any]] = []
        for obj in objs:
            x0, x1, top, bottom = _turn(obj, direction, width, height)
            if direction == "right":
                x0, x1, top, bottom = x0 + mb_x0, x1 + mb_x0, top + mb_top, bottom + mb_top
            frame.append({"text": obj.get_text(), "fontname": obj.fontname, "size": float(obj.size),
                          "x0": x0, "x1": x1, "top": top + offset, "bottom": bottom + offset})
        offset = max((c["bottom"] for c in frame), default=offset) + 24  # the next direction follows below
        chars.extend(frame)
    return _Content(chars, edges, images, height if turned else width, width if turned else height)


def _words(chars: list[dict[str, Any]], x_tolerance: float = 1.5) -> list[dict[str, Any]]:
    """Characters on one baseline, close together, form a word; spaces and gaps split them."""
    words: list[dict[str, Any]] = []
    for row in _baseline_rows(sorted(chars, key=_BOTTOM_X0), _BOTTOM, _SIZE):
        row.sort(key=_X0)
        words += _join_spaced_letters(_row_words(row, x_tolerance))
    return words


def _baseline_rows(items: list[_Item], bottom: Callable[[_Item], float],
                   size: Callable[[_Item], float]) -> list[list[_Item]]:
    """Characters (or runs of them), in order of baseline, in rows: each joins the row of the
    one before it where their baselines are within 0.3 of its size apart."""
    rows: list[list[_Item]] = []
    last: float | None = None
    for item in items:
        low = bottom(item)
        if last is not None and abs(last - low) <= 0.3 * size(item):
            rows[-1].append(item)
        else:
            rows.append([item])
        last = low
    return rows


_Item = TypeVar("_Item")
_BOTTOM, _SIZE = itemgetter("bottom"), itemgetter("size")


def _row_words(row: list[dict[str, Any]], x_tolerance: float) -> list[dict[str, Any]]:
    """The words of one row of characters (sorted along x): a space or a gap wider than
    `x_tolerance` parts them."""
    words: list[dict[str, Any]] = []
    current: list[dict[str, Any]] = []
    for char in row:
        if char["text"].isspace():
            if current:
                words.append(_word(current))
            current = []
            continue
        if current and char["x0"] - current[-1]["x1"] > x_tolerance:
            words.append(_word(current))
            current = []
        current.append(char)
    if current:
        words.append(_word(current))
    return words


def _join_spaced_letters(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rule letter-spaced: a heading set with wide tracking ("M E D B O R G A R L Ö F T E
    2 0 2 6") comes apart into letters; a run of four or more one-letter words, evenly
    spaced, is joined again, and only a gap clearly wider than the tracking parts words."""
    if not any(len(word["text"]) == 1 for word in words):
        return words  # no letter stands alone: nothing to join
    out: list[dict[str, Any]] = []
    run: list[dict[str, Any]] = []

    def flush() -> None:
        if len(run) < 4:
            out.extend(run)
        else:
            gaps = sorted(b["x0"] - a["x1"] for a, b in pairwise(run))
            wider = gaps[len(gaps) // 2] + max(1.5, 0.15 * run[0]["size"])
            piece = [run[0]]
            for letter in run[1:]:
                if letter["x0"] - piece[-1]["x1"] > wider:
                    out.append(_word(piece))
                    piece = []
                piece.append(letter)
            out.append(_word(piece))
        run.clear()

    for word in words:
        letter = len(word["text"]) == 1 and word["text"].isalnum()
        if letter and (not run or word["x0"] - run[-1]["x1"] < 2.5 * word["size"]):
            run.append(word)
            continue
        flush()
        if letter:
            run.append(word)
        else:
            out.append(word)
    flush()
    return out


def _word(chars: list[dict[str, Any]]) -> dict[str, Any]:
    first = chars[0]
    if len(chars) == 1:
        return {"text": first["text"], "fontname": first["fontname"], "size": first["size"], "x0": first["x0"],
                "x1": first["x1"], "top": first["top"], "bottom": first["bottom"]}
    return {
        "text": "".join([c["text"] for c in chars]), "fontname": first["fontname"], "size": first["size"],
        "x0": first["x0"], "x1": max([c["x1"] for c in chars]),
        "top": min([c["top"] for c in chars]), "bottom": max([c["bottom"] for c in chars]),
    }


def _tables(page: Any, number: int) -> list[_Table]:
    """Ruled tables only: the page has drawn edges (pdfplumber's finder is costly otherwise)."""
    tables = []
    for table in page.find_tables():
        rows = [[_cell_text(cell or "") for cell in row] for row in table.extract()]
        rows = [row for row in rows if any(row)]
        if len(rows) >= 1 and max(len(r) for r in rows) >= 2:
            tables.append(_Table(number, tuple(table.bbox), rows))
    return tables


_CELL_BULLET = re.compile(rf"^\s*(?:[{SYMBOL_BULLETS}]|\(cid:\d+\))\s*")


def _cell_text(cell: str) -> str:
    """A table cell's text, its lines joined; a line that opens with a bullet (a symbol
    font's, which pdfminer may leave unmapped as "(cid:127)") starts a paragraph of its own,
    parted by a blank line as a Word cell's paragraphs are, so each bulleted activity is an
    item. No "(cid:N)" is left in the text."""
    paragraphs: list[list[str]] = []
    for line in cell.splitlines():
        bullet = _CELL_BULLET.match(line)
        line = _CID.sub("", line[bullet.end():] if bullet else line)
        if bullet or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(line)
    return "\n\n".join(text for text in (join_lines(lines) for lines in paragraphs) if text)


def _inside(word: dict[str, Any], bbox: tuple[float, float, float, float]) -> bool:
    x = float(word["x0"] + word["x1"]) / 2
    y = float(word["top"] + word["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _lines(words: list[dict[str, Any]], page: int, gutter: float | None = None,
           rows: list[list[dict[str, Any]]] | None = None) -> list[_Line]:
    """Words sharing a baseline form a line; the gutter or a wide gap splits it (columns, signatures)."""
    lines: list[_Line] = []
    for row in (rows if rows is not None else _word_rows(words)):
        row.sort(key=lambda w: w["x0"])
        fragment = [row[0]]
        for word in row[1:]:
            gap = word["x0"] - fragment[-1]["x1"]
            at_gutter = (gutter is not None and fragment[-1]["x1"] <= gutter <= word["x0"]
                         and gap >= _GUTTER_MIN * word["size"])
            if at_gutter or gap > 2.5 * max(word["size"], fragment[-1]["size"]):
                lines.append(_Line(fragment, page))
                fragment = [word]
            else:
                fragment.append(word)
        lines.append(_Line(fragment, page))
    return [line for line in lines if not _SIGNATURE_RULE.match(line.text.replace(" ", ""))]


def _remove_running_lines(pages: list[_Page]) -> None:
    """Drop headers, footers and page numbers: margin text repeated across pages, and what a
    browser prints in the margins of a saved web page even on its only page (rule
    print-margins): the date and time, the address, "1/2", and the page's title in small
    type over the title itself."""
    def key(line: _Line) -> str:
        return running_key(line.text)

    def in_margin(line: _Line, page: _Page) -> bool:
        return line.bottom < page.height * _MARGIN or line.top > page.height * (1 - _MARGIN)

    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({key(line) for line in page.lines if in_margin(line, page)})
    repeated = {k for k, n in seen.items() if n >= 2}
    sizes = {line.text.strip().lower(): line.size for page in pages for line in page.lines
             if not in_margin(line, page)}
    for page in pages:
        page.lines = [
            line for line in page.lines
            if not (in_margin(line, page) and (key(line) in repeated or PAGE_NUMBER.match(line.text)
                                               or _PRINT_STAMP.match(line.text.strip())
                                               or line.size < sizes.get(line.text.strip().lower(), 0.0)))
        ]


def _continued_tables(pages: list[_Page]) -> None:
    """Rule aligned-table-continued: a table set without rules that ends its page goes on at
    the top of the next, under no header of its own: the rows there that keep to its columns
    are its rows, read under its header."""
    for before, page in pairwise(pages):
        last = max(before.tables, key=lambda t: t.bbox[3], default=None)
        if last is None or last.starts is None or any(line.top > last.bbox[3] for line in before.lines):
            continue
        words = [w for line in page.lines for w in line.words]
        table = aligned_tables.continued(_word_rows(words), last.starts, last.rows[0])
        if table is None or min(line.top for line in page.lines) < table.bbox[1]:
            continue  # the page opens with something else: the table ended with its page
        page.tables.append(_Table(page.number, table.bbox, table.rows, table.starts))
        taken = {id(w) for w in table.words}
        page.lines = [line for line in page.lines if id(line.words[0]) not in taken]


def _body_size(pages: list[_Page]) -> float:
    sizes = [line.size for page in pages for line in page.lines]
    weights = [len(line.text) for page in pages for line in page.lines]
    return _weighted_mode(sizes, weights) if sizes else 10.0


def _spaces_paragraphs(pages: list[_Page], body_size: float) -> bool:
    """Whether the document sets its paragraphs apart with space, as most word processors do.

    Lines of body text that share a left edge follow each other at the leading within a
    paragraph; where the document leaves more space at a good share of them, that space is
    how it ends a paragraph, and a line break without it is a break inside one."""
    gaps: list[float] = []
    for page in pages:
        edges: dict[int, list[_Line]] = {}
        for line in page.lines:
            if abs(line.size - body_size) <= 0.6:
                edges.setdefault(round(line.x0 / 3), []).append(line)
        for column in edges.values():
            column.sort(key=lambda line: line.top)
            gaps += [b.top - a.bottom for a, b in pairwise(column)
                     if -1 <= b.top - a.bottom <= 2.5 * body_size]
    if len(gaps) < 6:
        return False
    leading = sorted(gaps)[len(gaps) // 4]
    apart = sum(1 for gap in gaps if gap > leading + 0.3 * body_size)
    return apart >= 2 and apart >= 0.05 * len(gaps)


def _page_blocks(page: _Page, body_size: float, spaced: bool = False) -> list[Block]:
    blocks: list[Block] = []
    for region in _reading_order(page):
        if isinstance(region, _Table):
            blocks.append(_table_block(region))
        else:
            grouped = list(_group_blocks(region, body_size, spaced))
            # a paragraph indented past a bullet's left edge, to the item's text, is set under it
            set_under_bullets(grouped, lambda b: b.locator.bbox[0] if b.locator.bbox else None, _UNDER_BULLET)
            blocks.extend(grouped)
    return blocks


_UNDER_BULLET = 6.0  # points past a bullet's left edge: a paragraph there is indented to the item's text


def _reading_order(page: _Page) -> list[list[_Line] | _Table]:
    """Split the page into full-width stretches, two-column stretches and tables, in order.

    A gutter is an x position that no line crosses on many rows while text stands
    on both sides of it; a stretch of rows that leave it free is read left column
    first. Tables sit where their top edge is.
    """
    lines = sorted(page.lines, key=lambda line: (line.top, line.x0))
    rows: list[list[_Line] | _Table] = [*_rows(lines), *page.tables]
    rows.sort(key=lambda row: row.top if isinstance(row, _Table) else row[0].top)
    gutter = page.gutter
    if gutter is None:
        gutter = _find_gutter([r for r in rows if not isinstance(r, _Table)], page.width)
    split = None if page.tables else _short_column(lines, page.width)
    if split is not None and (gutter is None or sum(
            1 for row in rows if not isinstance(row, _Table) and any(line.x0 >= split for line in row)) < 3):
        # rule short-column: the left column, then the few lines right of it
        return [[line for line in lines if line.x1 <= split], [line for line in lines if line.x0 >= split]]
    regions: list[list[_Line] | _Table] = []
    stretch: list[list[_Line]] = []
    full: list[_Line] = []

    def flush_full() -> None:
        if full:
            regions.append(list(full))
            full.clear()

    def flush_stretch() -> None:
        if not stretch or gutter is None:
            return
        # rows that merely finish the full-width paragraph above belong to it
        while stretch and full and not any(line.x0 >= gutter for line in stretch[0]) and (
            stretch[0][0].top - full[-1].bottom < 0.6 * full[-1].size
        ):
            full.extend(stretch.pop(0))
        flat = [line for row in stretch for line in row]
        if not flat:
            return
        right_rows = sum(1 for row in stretch if any(line.x0 >= gutter for line in row))
        if right_rows >= 3 and _short_beside(stretch, gutter, page.width):
            for row_or_table in _borderless_tables(stretch, gutter, page.number):
                if isinstance(row_or_table, _Table):
                    flush_full()
                    regions.append(row_or_table)
                else:
                    full.extend(row_or_table)
        elif right_rows >= 3:
            flush_full()
            regions.append([line for line in flat if line.x1 <= gutter])
            regions.append([line for line in flat if line.x0 >= gutter])
        else:
            full.extend(flat)  # too few rows beside each other to be columns
        stretch.clear()

    for row in rows:
        if isinstance(row, _Table):
            flush_stretch()
            flush_full()
            regions.append(row)
        elif gutter is None or any(line.x0 < gutter < line.x1 for line in row):
            flush_stretch()
            full.extend(row)
        else:
            stretch.append(row)
    flush_stretch()
    flush_full()
    return [region for region in regions if region]


def _short_column(lines: list[_Line], width: float) -> float | None:
    """Rule short-column: a page whose text no line crosses at some x near the middle, with a
    column of text left of it and a few lines right of it that start at one edge, is set in
    two columns, the second of them short (the last page of a two-column report): too few
    rows stand beside each other for `_find_gutter`, which would read the rows across."""
    low, high = 0.35 * width, 0.65 * width
    if not lines or any(line.x0 < low and line.x1 > high for line in lines):
        return None  # a line across the middle: one column (the common page, decided at once)
    for x in _scan(low, high, 4.0):
        left = [line for line in lines if line.x1 <= x]
        right = [line for line in lines if line.x0 >= x]
        if len(left) + len(right) < len(lines) or len(left) < 5 or not right:
            continue
        starts = [line.x0 for line in right]
        if max(starts) - min(starts) > 3 or sum(len(line.text.split()) for line in right) < 3:
            continue
        if max(line.x1 for line in left) < x - 0.15 * width:
            continue  # the left text ends far from it: a narrow page of short lines, not a column
        return (max(line.x1 for line in left) + min(starts)) / 2
    return None


def _short_beside(stretch: list[list[_Line]], gutter: float, width: float) -> bool:
    """Right of the gap stand short cells on the rows of their left neighbours: a table drawn
    without rules ("Fotpatrullering ... Genomfört"), not a second column of running text."""
    right = [line for row in stretch for line in row if line.x0 >= gutter]
    aligned = all(any(line.x1 <= gutter for line in row) for row in stretch if any(ln.x0 >= gutter for ln in row))
    widths = sorted(line.x1 - line.x0 for line in right)
    # cells each start afresh; lines of running text continue one another ("och skadegörelse i")
    fresh = all(line.text[:1].isupper() or line.text[:1].isdigit() for row in stretch for line in row)
    return aligned and fresh and widths[len(widths) // 2] < 0.3 * width and widths[-1] < 0.45 * width


def _borderless_tables(stretch: list[list[_Line]], gutter: float, page: int) -> Iterator[list[_Line] | _Table]:
    """Runs of two or more rows with cells on both sides become tables; other rows stay lines."""
    run: list[list[_Line]] = []

    def flush() -> Iterator[list[_Line] | _Table]:
        if len(run) >= 2:
            rows = [[" ".join(ln.text for ln in row if ln.x1 <= gutter),
                     " ".join(ln.text for ln in row if ln.x0 >= gutter)] for row in run]
            lines = [ln for row in run for ln in row]
            bbox = (min(ln.x0 for ln in lines), min(ln.top for ln in lines),
                    max(ln.x1 for ln in lines), max(ln.bottom for ln in lines))
            yield _Table(page, bbox, rows)
        else:
            yield from run
        run.clear()

    for row in stretch:
        if any(ln.x0 >= gutter for ln in row) and any(ln.x1 <= gutter for ln in row):
            run.append(row)
        else:
            yield from flush()
            yield row
    yield from flush()


def _rows(lines: list[_Line]) -> list[list[_Line]]:
    rows: list[list[_Line]] = []
    for line in lines:
        if rows and abs(rows[-1][0].top - line.top) <= 2.0:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _scan(low: float, high: float, step: float, most: int = 400) -> list[float]:
    """Positions from `low` to `high`, `step` apart, but never more than `most` of them: a
    page whose MediaBox claims 10^30 points (or whose text spans it) costs no more to search."""
    if not high > low:
        return []
    count = min(most, int((high - low) / step) + 1)
    spacing = (high - low) / max(1, count - 1) if count > 1 else 0.0
    return [low + i * spacing for i in range(count)]


def _find_gutter(rows: list[list[_Line]], width: float) -> float | None:
    """An x position between two columns of lines: the one most rows have lines beside, on
    both sides, and none across (`_line_gutter_score`, scored for all positions at once by
    `_line_gutter_scores`); centred in the empty band around it."""
    edges = [edge for row in rows for line in row for edge in (line.x0, line.x1)] or [0.0]
    xs = _scan(max(0.35 * width, min(edges)), min(0.65 * width, max(edges)), 4.0)
    best: tuple[int, float] | None = None
    for x, score in zip(xs, _line_gutter_scores(rows, xs), strict=True):
        if score >= 3 and (best is None or score > best[0]):
            best = (score, x)
    if best is None:
        return None
    # centre the gutter in the empty band around the best position
    score, x = best
    left = max((ln.x1 for row in rows for ln in row if ln.x1 <= x), default=x)
    right = min((ln.x0 for row in rows for ln in row if ln.x0 >= x), default=x)
    return (left + right) / 2


def _line_gutter_score(rows: list[list[_Line]], x: float) -> int:
    """Rows with a line wholly on each side of x and none across it (the rule
    `_line_gutter_scores` applies to all positions at once; kept as its plain statement)."""
    return sum(1 for row in rows if not any(line.x0 < x < line.x1 for line in row)
               and any(line.x0 >= x for line in row) and any(line.x1 <= x for line in row))


def _line_gutter_scores(rows: list[list[_Line]], xs: list[float]) -> list[int]:
    """`_line_gutter_score` at every x of `xs` (ascending), in one pass over each row: a row
    counts from its first line's end to its last line's start, except inside its lines (their
    overlapping spans merged, so none is taken off twice); through a difference array."""
    counts = [0] * (len(xs) + 1)
    for row in rows:
        start = bisect.bisect_left(xs, min(line.x1 for line in row))
        stop = bisect.bisect_right(xs, max(line.x0 for line in row))
        if start >= stop:
            continue
        counts[start] += 1
        counts[stop] -= 1
        for x0, x1 in _merged_spans(row):
            inside_start = max(start, bisect.bisect_right(xs, x0))
            inside_stop = min(stop, bisect.bisect_left(xs, x1))
            if inside_start < inside_stop:
                counts[inside_start] -= 1
                counts[inside_stop] += 1
    scores, running = [], 0
    for change in counts[:-1]:
        running += change
        scores.append(running)
    return scores


def _merged_spans(row: list[_Line]) -> list[tuple[float, float]]:
    """The open intervals (x0, x1) of a row's lines, overlapping ones merged."""
    merged: list[tuple[float, float]] = []
    for line in sorted(row, key=lambda ln: ln.x0):
        if line.x1 <= line.x0:
            continue
        if merged and line.x0 < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], line.x1))
        else:
            merged.append((line.x0, line.x1))
    return merged


def _group_blocks(lines: list[_Line], body_size: float, spaced: bool = False) -> Iterator[Block]:
    """Consecutive lines of one style and spacing form a block; bullets start list items."""
    group: list[_Line] = []
    left = min((ln.x0 for ln in lines), default=0.0)
    right = max((ln.x1 for ln in lines), default=0.0)
    for index, line in enumerate(lines):
        wrapped = bool(group) and _wrapped_dash(group, line, lines[index + 1:index + 2], left, right)
        if group and _continues(group, line, wrapped) and not _ends_early(group[-1], line, left, right, spaced) \
                and not (spaced and _spaced_apart(group, line)):
            group.append(line)
            continue
        if group:
            yield _make_block(group, body_size)
        group = [line]
    if group:
        yield _make_block(group, body_size)


def _continues(group: list[_Line], line: _Line, wrapped: bool = False) -> bool:
    last = group[-1]
    if _BULLET.match(line.text) and not wrapped:
        return False
    if _LABEL.match(line.text) and re.search(r"[.!?]$", last.text):
        return False  # "Status: Genomfört" under a finished sentence is a line of its own
    gap = line.top - last.bottom
    if gap < -1 or gap > 0.6 * max(line.size, last.size):
        return False
    if abs(line.size - last.size) > 0.6 or line.bold != last.bold or line.italic != last.italic:
        return False
    if _BULLET.match(group[0].text):
        return line.x0 > group[0].x0 + 2  # a bullet continues on indented lines only
    return abs(line.x0 - group[0].x0) < 12 or line.x0 > group[0].x0


_DASH_OPENS = re.compile(r"^[–—-] +[a-zåäö0-9]")


def _wrapped_dash(group: list[_Line], line: _Line, after: list[_Line], left: float, right: float) -> bool:
    """Rule wrapped-dash: a line that opens with a dash is a sentence wrapped before its dash
    ("... gäller under perioden januari 2019" / "- december 2020."), not a dashed list item,
    where the line above fills the column and ends no sentence or lead-in, the paragraph is
    no list item, the dash goes on in lower case or a figure, and no dashed line at the same
    place follows (a list has two)."""
    last = group[-1]
    if not _DASH_OPENS.match(line.text) or _BULLET.match(group[0].text) or right <= left:
        return False
    if re.search(r"[.:;!?]$", last.text) or last.x1 < left + 0.85 * (right - left):
        return False
    return not (after and _DASH_OPENS.match(after[0].text) and abs(after[0].x0 - line.x0) < 2)


def _spaced_apart(group: list[_Line], line: _Line) -> bool:
    """More space above `line` than between the lines of the paragraph so far, by a seventh of
    the type size or more: in a document that sets paragraphs apart with space, a new paragraph,
    even where the space is small ("• item" and the paragraph set under it 2 pt apart, as a
    leaflet's tight setting has it). Lines of one size in one paragraph stand evenly apart (a
    line's box is its baseline less the descent and the size above), so so little is enough."""
    if len(group) < 2 or abs(line.size - group[-1].size) > 0.6:
        return False
    inner = max(b.top - a.bottom for a, b in pairwise(group))
    return line.top - group[-1].bottom >= inner + 0.15 * line.size


def _ends_early(last: _Line, line: _Line, left: float, right: float, spaced: bool = False) -> bool:
    """A short line followed by a capitalised one ended its paragraph ("Löfte 1" above a statement).
    Not a sentence's end where the document sets paragraphs apart with space (`spaced`): with
    no space after it, the next sentence goes on in the same paragraph after a line break."""
    if right - left <= 0 or not line.text[:1].isupper():
        return False
    if spaced and last.text.rstrip().endswith((".", "!", "?")):
        return False
    if last.text.rstrip().endswith((",", "-", "–", " och", " eller", " samt", " i", " för")):
        return False
    return last.x1 - left < 0.5 * (right - left)


def _make_block(group: list[_Line], body_size: float) -> Block:
    first = group[0]
    bbox = (min(ln.x0 for ln in group), first.top, max(ln.x1 for ln in group), group[-1].bottom)
    locator = Locator(page=first.page, bbox=tuple(round(v, 1) for v in bbox))  # type: ignore[arg-type]
    texts = [ln.text for ln in group]
    bullet = _BULLET.match(texts[0])
    if bullet and bullet.group(1)[0].isdigit() and _is_heading(group, join_lines(texts), body_size):
        bullet = None  # "2. Trygghet i centrum" set as a heading is a numbered heading, not a list
    if bullet:
        texts[0] = texts[0][bullet.end():]
        return Block(BlockKind.LIST_ITEM, join_lines(texts), locator, level=1,
                     bold=first.bold, italic=first.italic, font_size=first.size,
                     ordered=bullet.group(1)[0].isdigit())
    text = join_lines(texts)
    kind = BlockKind.HEADING if _is_heading(group, text, body_size) else BlockKind.PARAGRAPH
    return Block(kind, text, locator, bold=first.bold, italic=first.italic, font_size=first.size)


def _is_heading(group: list[_Line], text: str, body_size: float) -> bool:
    words = len(text.split())
    size = group[0].size
    if size >= 1.15 * body_size and len(group) <= 3 and words <= 20:
        return True
    if not group[0].bold or len(group) > 1 or words > 10 or re.search(r"[.:;,]$", text):
        return False
    labelled = ":" in text and not re.match(r"(?i)(löfte|\d)", text)
    return not labelled and size >= 0.8 * body_size


def _assign_heading_levels(blocks: list[Block], body_size: float) -> None:
    """Larger heading fonts rank higher; bold body-size headings come last."""
    sizes = sorted({round(b.font_size or body_size) for b in blocks if b.kind is BlockKind.HEADING},
                   reverse=True)
    rank = {size: index + 1 for index, size in enumerate(sizes)}
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            block.level = min(6, rank[round(block.font_size or body_size)])


def _continues_across_pages(last: Block, first: Block) -> bool:
    """A paragraph cut by a column or page break: no final punctuation, same style, a start in
    lower case or on a figure ("… Folkhälsoenkät Ung" / "2020 visar att …")."""
    if last.kind not in {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM} or first.kind is not BlockKind.PARAGRAPH:
        return False
    if re.search(r"[.!?:…]$", last.text) or not (first.text[:1].islower() or first.text[:1].isdigit()):
        return False
    return (last.bold, last.italic, last.font_size) == (first.bold, first.italic, first.font_size)


def _merge(last: Block, first: Block) -> Block:
    last.text = join_lines([last.text, first.text])
    return last


def _table_block(table: _Table) -> Block:
    x0, top, x1, bottom = table.bbox
    text = clean(" ".join(" ".join(row) for row in table.rows))
    return Block(BlockKind.TABLE, text, Locator(page=table.page, bbox=(round(x0, 1), round(top, 1),
                 round(x1, 1), round(bottom, 1))), rows=table.rows)


@lru_cache(maxsize=1024)
def _font_style(font: str) -> tuple[bool, bool]:
    """Whether a font's name says bold, and italic; a page has a few fonts and many words."""
    name = font.lower()
    bold = any(mark in name for mark in ("bold", "black", "heavy", "semibold", "demi"))
    return bold, "italic" in name or "oblique" in name


def _weighted_mode(values: list[float], weights: list[int]) -> float:
    counter: Counter[float] = Counter()
    for value, weight in zip(values, weights, strict=True):
        counter[value] += weight
    if not counter:
        return statistics.median(values) if values else 10.0
    return counter.most_common(1)[0][0]
