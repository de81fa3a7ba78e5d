"""Web-page reports, read with BeautifulSoup over lxml.

Municipal pages wrap the report in navigation, cookie banners, sidebars and
footers. The loader removes those, finds the main content (`main`, `article`,
`role=main`, else the region that holds most of the page's prose) and turns it
into blocks. Emphasis comes from `strong`/`b`/`em`/`i` and from inline styles,
since pages built from `div`s often style text instead of marking it up.

Nothing on the page is executed or fetched: lxml parses without network access
and scripts are dropped unread.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from bs4.element import Comment, NavigableString, Tag

from extract.blocks import Block, BlockKind, Document, Locator, sha256_bytes
from extract.loaders.encoding import decode, is_wide
from extract.loaders.options import LoadOptions
from extract.textnorm import TYPED_BULLET, clean, strip_bullet, typed_heading

FORMAT = "html"

_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "form", "button", "input", "select", "textarea", "nav", "aside", "dialog", "link", "meta",
)
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
               "alertdialog", "menu", "menubar"}
_DROP_HINT = re.compile(
    r"(^|[\s_-])(cookie|consent|gdpr|kakor|breadcrumbs?|skip-?link|share|social|newsletter|"
    r"sidebar|site-?header|site-?footer|page-?footer|page-?header|menu|nav|related|print)"
    r"($|[\s_-])",
    re.IGNORECASE,
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_ITEM_PARAGRAPHS = {"p", "div"}  # a list item's paragraphs: the first is the item, the rest set under it
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "table", "tr",
    "td", "th", "thead", "tbody", "tfoot", "dl", "dt", "dd", "pre", "figure", "figcaption",
    "caption", "address", "hr", "header", "footer", "details", "summary", "center", *_HEADINGS,
}
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)", re.IGNORECASE)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*(italic|oblique)", re.IGNORECASE)
_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(px|pt|em|rem|%)", re.IGNORECASE)
_MAX_DEPTH = 150  # elements nested deeper are read as flat text (hostile or broken pages)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def sniff(data: bytes) -> bool:
    if is_wide(data):  # UTF-16 HTML (a Word "Save as web page"): look at its characters
        data = decode(data[:4096]).text.encode("utf-8")
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta",
                            b"<div", b"<p", b"<!--", b"<article", b"<main", b"<section",
                            b"<h1", b"<title", b"\xef\xbb\xbf<")) or b"<html" in head


def load(name: str, data: bytes, options: LoadOptions) -> Document:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)  # XHTML is read as HTML on purpose
        # UTF-16 is decoded first: the parser guesses wide text without a byte-order mark wrongly
        soup = BeautifulSoup(decode(data, name).text if is_wide(data) else data, "lxml")
    flattened = _flatten_deep(soup)
    title = clean(soup.title.get_text(" ")) if soup.title else None
    root = _main_content(soup)
    _strip_boilerplate(root)
    walker = _Walker()
    _POSITIONS.clear()
    try:
        blocks = list(walker.blocks(root))
    finally:
        _POSITIONS.clear()  # ids are only good while this tree lives
    notes = [f"{name}: elements nested more than {_MAX_DEPTH} deep were read as plain text"] \
        if flattened or walker.flattened else []
    return Document(path=name, format=FORMAT, sha256=sha256_bytes(data), blocks=blocks,
                    meta_title=title or None, warnings=notes)


def _flatten_deep(soup: BeautifulSoup) -> bool:
    """Replace whatever is nested deeper than _MAX_DEPTH by its text, in one linear pass.

    Real pages nest a few dozen levels; a page nested thousands deep is broken or
    hostile, and every later tree walk would cost time in proportion to its depth.
    """
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    cut: list[Tag] = []
    while stack:
        node, depth = stack.pop()
        for child in node.contents:
            if isinstance(child, Tag):
                if depth + 1 >= _MAX_DEPTH:
                    cut.append(child)
                else:
                    stack.append((child, depth + 1))
    for node in cut:
        text = node.get_text(" ")
        node.clear()
        node.append(NavigableString(text))
    return bool(cut)


def _main_content(soup: BeautifulSoup) -> Tag:
    """The element that holds the report: semantic markup first, text density second."""
    for element in soup.find_all(["script", "style", "noscript", "template"]):
        element.decompose()
    main = soup.find("main") or soup.find(True, attrs={"role": "main"})
    if isinstance(main, Tag):
        articles = [a for a in main.find_all("article") if isinstance(a, Tag)]
        if len(articles) == 1:
            return articles[0]
        return main
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag)]
    if articles:
        return max(articles, key=lambda a: len(a.get_text(" ", strip=True)))
    body = soup.body if isinstance(soup.body, Tag) else soup
    _strip_boilerplate(body)
    return _densest(body)


_REGIONS = frozenset({"div", "section", "article", "main", "body", "form", "center", "td", "tbody", "table", "tr"})


def _densest(node: Tag) -> Tag:
    """Descend while one child holds most of the prose: the content region of div soup. Only
    into regions: a list or a paragraph that holds most of the prose is part of the content,
    and its headings and lead-ins beside it are too."""
    for _ in range(_MAX_DEPTH):
        total = _prose_length(node)
        children = [c for c in node.find_all(recursive=False) if isinstance(c, Tag)]
        best = max(children, key=_prose_length, default=None)
        if best is None or total == 0 or _prose_length(best) < 0.7 * total or best.name not in _REGIONS:
            return node
        node = best
    return node


def _prose_length(node: Tag) -> int:
    text = len(node.get_text(" ", strip=True))
    links = sum(len(a.get_text(" ", strip=True)) for a in node.find_all("a"))
    return max(0, text - 2 * links)


def _strip_boilerplate(root: Tag) -> None:
    folded = _folded_panels(root)
    for element in root.find_all(_DROP_TAGS):
        if element.name == "button" and _toggles_a_section(element):
            element.name = "summary"  # rule accordion-title: the title of a section that folds open
            continue
        element.decompose()
    for element in root.find_all(True):
        if not isinstance(element, Tag) or element.attrs is None:
            continue
        if _is_boilerplate(element) and element is not root and id(element) not in folded:
            element.decompose()
    for comment in root.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()


def _folded_panels(root: Tag) -> set[int]:
    """The panels an accordion's toggles fold open (`aria-controls` names them): hidden until
    a reader opens them, they hold the page's text all the same (rule accordion-title)."""
    names = {name for toggle in root.find_all(True) if isinstance(toggle, Tag) and toggle.has_attr("aria-controls")
             for name in str(toggle.get("aria-controls") or "").split()}
    return {id(panel) for panel in root.find_all(id=True) if str(panel.get("id")) in names}


def _toggles_a_section(button: Tag) -> bool:
    """An accordion's toggle: a button inside a heading (the WAI-ARIA pattern, `<h3><button
    aria-expanded>Löfte 1</button></h3>`), or one that says it opens a region of the page
    (`aria-expanded`, `aria-controls`). Its text is a section's title; other buttons are
    controls ("Skriv ut", "Dela")."""
    if button.find_parent(list(_HEADINGS)) is not None:
        return True
    return button.has_attr("aria-expanded") or button.has_attr("aria-controls")


def _is_boilerplate(element: Tag) -> bool:
    role = str(element.get("role") or "").lower()
    if role in _DROP_ROLES or element.has_attr("hidden"):
        return True
    if str(element.get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(element.get("style") or "")):
        return True
    if element.name in {"header", "footer"} and element.find_parent(["article", "main"]) is None:
        return True
    classes = element.get("class")
    names = [str(c) for c in classes] if isinstance(classes, list) else [str(classes or "")]
    hint = " ".join([*names, str(element.get("id") or "")]).strip()
    return bool(hint) and bool(_DROP_HINT.search(hint)) and element.name not in {"main", "article"}


@dataclass(slots=True)
class _Run:
    """Inline text gathered for one block, with emphasis counted by character."""

    segments: list[tuple[str, bool, bool]] = field(default_factory=list)  # text, bold, italic
    bold: int = 0
    italic: int = 0
    total: int = 0

    def add(self, text: str, bold: bool, italic: bool) -> None:
        self.segments.append((text, bold, italic))
        visible = sum(1 for ch in text if not ch.isspace())
        self.total += visible
        self.bold += visible if bold else 0
        self.italic += visible if italic else 0

    def text(self) -> str:
        return clean(self.raw())

    def raw(self) -> str:
        return "".join(text for text, _, _ in self.segments)

    def lines(self) -> list[_Run]:
        """The run cut at its line breaks (`<br>`), each line with its own emphasis."""
        lines = [_Run()]
        for text, bold, italic in self.segments:
            pieces = text.split("\n")
            for number, piece in enumerate(pieces):
                if number:
                    lines.append(_Run())
                if piece:
                    lines[-1].add(piece, bold, italic)
        return lines


def _br_paragraphs(run: _Run) -> list[_Run] | None:
    """Rule br-paragraphs: a page that sets its text with line breaks alone ("text<br><br>
    • item<br>" in one element, as older sites do) holds paragraphs all the same: a blank
    line parts them, a line opening with a bullet character is an item, and a line all in
    bold that could head something heads what follows. None where the run has none of
    these: its line breaks are breaks inside one paragraph."""
    lines = run.lines()
    texts = [line.text() for line in lines]
    blank = any(not text for text in texts[1:-1]) and sum(1 for text in texts if text) > 1
    bullets = any(TYPED_BULLET.match(text) for text in texts[1:])
    # "<strong>Nya löften</strong><br>Nya medborgarlöften …": a bold line over the text it heads
    heads = any(_bold_heading(line, text) for line, text in zip(lines[:-1], texts[:-1], strict=True)) and any(
        texts[1:])
    if not (blank or bullets or heads):
        return None
    pieces: list[_Run] = []
    current: _Run | None = None
    for line, text in zip(lines, texts, strict=True):
        if not text:
            current = None
            continue
        single = TYPED_BULLET.match(text) is not None or _bold_heading(line, text)
        if single or current is None:
            pieces.append(line)
            current = None if single else line
        else:
            current.add("\n", False, False)
            for segment in line.segments:
                current.add(*segment)
    return pieces


def _bold_heading(line: _Run, text: str) -> bool:
    """A line all in bold that could head what follows it."""
    return bool(text) and line.total > 0 and line.bold >= 0.8 * line.total and typed_heading(text)


class _Walker:
    """Turns the content element into blocks in document order."""

    def __init__(self) -> None:
        self.flattened = False
        self.depth = 0
        self.section_level = 1  # the level of the last <h1>–<h6>: an accordion's titles stand under it

    def blocks(self, root: Tag) -> Iterator[Block]:
        yield from self._container(root, list_depth=0, bold=False, italic=False)

    def _container(self, node: Tag, list_depth: int, bold: bool, italic: bool) -> Iterator[Block]:
        self.depth += 1
        try:
            if self.depth > _MAX_DEPTH:
                self.flattened = True
                text = clean(node.get_text(" "))
                if text:
                    yield Block(BlockKind.PARAGRAPH, text, Locator(xpath=_xpath(node)))
                return
            yield from self._container_body(node, list_depth, bold, italic)
        finally:
            self.depth -= 1

    def _container_body(self, node: Tag, list_depth: int, bold: bool, italic: bool) -> Iterator[Block]:
        run = _Run()
        bold, italic = _emphasis(node, bold, italic)
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, Comment):
                    run.add(str(child), bold, italic)
                continue
            if not isinstance(child, Tag):
                continue
            if child.name in _BLOCK_TAGS:
                yield from self._flush(run, node)
                run = _Run()
                yield from self._block(child, list_depth, bold, italic)
            elif child.name == "br":
                run.add("\n", bold, italic)
            else:
                _inline(child, run, bold, italic)
        yield from self._flush(run, node)

    def _flush(self, run: _Run, node: Tag) -> Iterator[Block]:
        pieces = _br_paragraphs(run) if "\n" in run.raw() else None
        if pieces is not None:
            for piece in pieces:
                yield from self._flush_one(piece, node)
            return
        yield from self._flush_one(run, node)

    def _flush_one(self, run: _Run, node: Tag) -> Iterator[Block]:
        text = run.text()
        if not text:
            return
        heading_level = _styled_heading_level(node, text)
        locator = Locator(xpath=_xpath(node))
        is_bold = run.total > 0 and run.bold >= 0.8 * run.total
        is_italic = run.total > 0 and run.italic >= 0.8 * run.total
        if not heading_level and is_bold and typed_heading(text):
            # rule typed-heading: "<p><strong>Trygghet i centrum</strong></p>", a heading set
            # by hand, one level below the heading above it
            heading_level = min(6, self.section_level + 1)
        if heading_level:
            yield Block(BlockKind.HEADING, text, locator, level=heading_level, bold=True)
        elif TYPED_BULLET.match(text) and strip_bullet(text):
            # "<div>• genomföra ...</div>": a list drawn with bullet characters instead of <li>
            yield Block(BlockKind.LIST_ITEM, strip_bullet(text), locator, level=1, bold=is_bold,
                        italic=is_italic)
        else:
            yield Block(BlockKind.PARAGRAPH, text, locator, bold=is_bold, italic=is_italic)

    def _block(self, node: Tag, list_depth: int, bold: bool, italic: bool) -> Iterator[Block]:
        name = node.name
        if name in _HEADINGS or str(node.get("role") or "") == "heading":
            text = clean(node.get_text(" "))
            level = _HEADINGS.get(name) or _int(node.get("aria-level"), 2)
            if text:
                self.section_level = level
                yield Block(BlockKind.HEADING, text, Locator(xpath=_xpath(node)), level=level,
                            bold=True)
        elif name == "summary":
            # rule accordion-title: the title of a <details> section (or of a section a button
            # folds open) heads what folds out under it, one level below the heading above
            text = clean(node.get_text(" "))
            if text:
                yield Block(BlockKind.HEADING, text, Locator(xpath=_xpath(node)),
                            level=min(6, self.section_level + 1), bold=True)
        elif name == "hr":
            yield Block(BlockKind.BREAK, "", Locator(xpath=_xpath(node)))
        elif name in {"ul", "ol"}:
            for item in node.find_all("li", recursive=False):
                yield from self._list_item(item, list_depth + 1, name == "ol", bold, italic)
        elif name == "li":
            yield from self._list_item(node, list_depth + 1, False, bold, italic)
        elif name == "table":
            table = _table(node)
            if table is not None:
                yield table
        elif name in {"caption", "figcaption"}:
            text = clean(node.get_text(" "))
            if text:
                yield Block(BlockKind.CAPTION, text, Locator(xpath=_xpath(node)))
        else:
            yield from self._container(node, list_depth, bold, italic)

    def _list_item(self, item: Tag, depth: int, ordered: bool, bold: bool,
                   italic: bool) -> Iterator[Block]:
        """The item's text; a later paragraph of the item (`<li><p>…</p><p>…</p></li>`) is a
        paragraph at the item's level, set under its bullet, as a plain text indents it."""
        runs = [_Run()]
        bold, italic = _emphasis(item, bold, italic)
        nested: list[Tag] = []
        for child in item.children:
            if isinstance(child, Tag) and child.name in {"ul", "ol"}:
                nested.append(child)
            elif isinstance(child, Tag):
                if child.name in _ITEM_PARAGRAPHS and runs[-1].text():
                    runs.append(_Run())
                elif child.name in _BLOCK_TAGS:
                    runs[-1].add(" ", bold, italic)
                _inline(child, runs[-1], bold, italic)
            elif isinstance(child, NavigableString) and not isinstance(child, Comment):
                runs[-1].add(str(child), bold, italic)
        for index, run in enumerate(runs):
            text = run.text()
            if text:
                yield Block(BlockKind.PARAGRAPH if index else BlockKind.LIST_ITEM, text, Locator(xpath=_xpath(item)),
                            level=depth, ordered=ordered and not index,
                            bold=run.total > 0 and run.bold >= 0.8 * run.total,
                            italic=run.total > 0 and run.italic >= 0.8 * run.total)
        for sub in nested:
            yield from self._block(sub, depth, bold, italic)


def _inline(node: Tag, run: _Run, bold: bool, italic: bool) -> None:
    if node.name == "br":
        run.add("\n", bold, italic)
        return
    if node.name in {"img", "picture", "video", "audio"}:
        return
    bold, italic = _emphasis(node, bold, italic)
    for child in node.children:
        if isinstance(child, Tag):
            _inline(child, run, bold, italic)
        elif isinstance(child, NavigableString) and not isinstance(child, Comment):
            run.add(str(child), bold, italic)


def _emphasis(node: Tag, bold: bool, italic: bool) -> tuple[bool, bool]:
    style = str(node.get("style") or "")
    bold = bold or node.name in {"strong", "b"} or bool(_BOLD_STYLE.search(style))
    italic = italic or node.name in {"em", "i"} or bool(_ITALIC_STYLE.search(style))
    return bold, italic


def _styled_heading_level(node: Tag, text: str) -> int:
    """A short line in a large inline font is a heading even without an <h*> tag."""
    match = _FONT_SIZE.search(str(node.get("style") or ""))
    if not match or len(text.split()) > 15 or text.endswith("."):
        return 0
    value, unit = float(match.group(1)), match.group(2).lower()
    pixels = {"px": value, "pt": value * 4 / 3, "em": value * 16, "rem": value * 16,
              "%": value * 0.16}[unit]
    if pixels >= 28:
        return 1
    if pixels >= 22:
        return 2
    return 3 if pixels >= 19 else 0


def _table(node: Tag) -> Block | None:
    """Rows of cells in their columns: a cell spanning rows or columns leaves the places it
    covers empty, so a promise cell merged over its activities' rows stands once."""
    rows: list[list[str]] = []
    pending: dict[int, int] = {}  # column -> rows still covered by a cell from above
    for tr in node.find_all("tr"):
        if tr.find_parent("table") is not node:
            continue
        row: list[str] = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            while pending.get(len(row), 0) > 0:
                pending[len(row)] -= 1
                row.append("")
            down = min(_int(cell.get("rowspan"), 1), 1000)
            across = min(_int(cell.get("colspan"), 1), 100)
            for offset in range(max(across, 1)):
                if down > 1:
                    pending[len(row)] = down - 1
                row.append(_cell_text(cell) if offset == 0 else "")
        while pending.get(len(row), 0) > 0:
            pending[len(row)] -= 1
            row.append("")
        if any(row):
            rows.append(row)
    if not rows:
        return None
    text = clean(" ".join(" ".join(row) for row in rows))
    return Block(BlockKind.TABLE, text, Locator(xpath=_xpath(node)), rows=rows)


def _cell_text(cell: Tag) -> str:
    """A cell's text; paragraphs and list items inside it stay apart (blank line)."""
    parts = [clean(p.get_text(" ")) for p in cell.find_all(["p", "li"])]
    parts = [p for p in parts if p]
    if len(parts) > 1:
        return "\n\n".join(parts)
    return clean(cell.get_text(" "))


def _xpath(node: Tag) -> str:
    steps: list[str] = []
    current: Tag | None = node
    while isinstance(current, Tag) and current.name not in {"[document]", None}:
        parent = current.parent
        if isinstance(parent, Tag):
            index, count = _positions(parent).get(id(current), (1, 1))
            steps.append(f"{current.name}[{index}]" if count > 1 else current.name)
        else:
            steps.append(current.name)
        current = parent if isinstance(parent, Tag) else None
    return "/" + "/".join(reversed([s for s in steps if s != "[document]"]))


# Each parent's children numbered once (by id, per parse), so that the path of every block
# costs its depth, not its depth times the number of its siblings: 10,000 <p> in one <div>
# stay linear. Cleared for every document.
_POSITIONS: dict[int, dict[int, tuple[int, int]]] = {}


def _positions(parent: Tag) -> dict[int, tuple[int, int]]:
    """For each child element of `parent`: its 1-based index among siblings of its name, and
    how many siblings have that name."""
    found = _POSITIONS.get(id(parent))
    if found is None:
        children = [c for c in parent.children if isinstance(c, Tag)]
        totals = Counter(c.name for c in children)
        seen: Counter[str] = Counter()
        found = {}
        for child in children:
            seen[child.name] += 1
            found[id(child)] = (seen[child.name], totals[child.name])
        _POSITIONS[id(parent)] = found
    return found


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default
