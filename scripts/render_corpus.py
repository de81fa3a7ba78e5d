"""Render an annotated text corpus as PDF, web-page and Word reports, gold files alongside.

    python scripts/render_corpus.py ../shared/corpus/real /tmp/real-rendered
    extract eval /tmp/real-rendered

Published texts reach users as PDFs, web pages and Word files as often as text. Each
`.txt` is read with extract's own text loader, and its blocks (headings, paragraphs, list
items) are set as reports set them:

- `pdf`: one column, a bold heading font, wrapped paragraphs and bulleted items;
- `pdf-columns`: two columns under a running header with page numbers, a paragraph cut
  wherever a column ends, each bullet drawn as a dot rather than set as a character;
- `pdf-leaflet`: a folded leaflet, landscape in three columns of small type set tight (a
  paragraph under an item 2 pt apart from it), each sentence wrapped where the column ends;
- `pdf-printed`: a web page saved as PDF from a browser, the date and time, the title, the
  address and "1/2" in its margins;
- `html`: a web page with `<h2>`, `<p>` and `<ul>`;
- `html-accordion`: a web page whose sections fold open, each under a `<details>`
  element's `<summary>` or, the other half, under a heading's toggle button over a hidden
  panel, as accessible accordions are built;
- `html-br`: an older site's page, its text in one element with line breaks alone:
  paragraphs parted by a blank line (`<br><br>`), headings in bold, items typed with "•"
  (every other list with "-");
- `docx`: a Word document with Word's heading and list styles;
- `docx-typed`: a Word document set by hand, its headings typed in bold at a larger size,
  its bullets typed before the text, a paragraph under an item indented;
- `html-page`: a web page as many sites set it, with no `<main>` or `<article>`, the text
  in a div between the site's menu, breadcrumbs and cookie banner and its related links,
  feedback widget and footer, every other heading typed as a paragraph in bold.

The gold file is copied with its `document` pointing at the rendering, so `extract eval`
scores the same texts in each format: a figure that drops shows where a loader, not the
segmentation, loses something.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from extract.blocks import BlockKind
from extract.loaders import LoadOptions, load

FORMATS = ("pdf", "pdf-columns", "pdf-leaflet", "pdf-printed", "html", "html-accordion", "html-br", "docx",
           "docx-typed", "html-page")
# a format written as another's files
SUFFIX = {"html-page": "html", "html-accordion": "html", "html-br": "html", "pdf-columns": "pdf",
          "pdf-leaflet": "pdf", "pdf-printed": "pdf", "docx-typed": "docx"}


def blocks_of(path: Path) -> list[tuple[str, str]]:
    """(kind, text) of each block with text, as the text loader reads the file. Sentences on
    consecutive lines, with no blank line between, are one paragraph with line breaks in it
    ("\n"), as a web page or a Word document sets such a paragraph; a line that ends no
    sentence (a photo's alt text above its caption) stays a paragraph of its own."""
    document = load(path, path.name, LoadOptions())
    kinds = {BlockKind.HEADING: "heading", BlockKind.LIST_ITEM: "item"}
    found: list[tuple[str, str]] = []
    last_line = None
    for block in (b for b in document.blocks if b.text):
        kind, lines = kinds.get(block.kind, "paragraph"), block.locator.lines
        if kind == "paragraph" and block.level > 0:
            kind = "under"  # a paragraph the text indents under a bullet: the item's own
        if (kind == "paragraph" and found and found[-1][0] == "paragraph" and lines and last_line
                and lines[0] == last_line + 1 and found[-1][1].rstrip().endswith((".", "!", "?", ",", ";", ":"))):
            found[-1] = ("paragraph", f"{found[-1][1]}\n{block.text}")
        else:
            found.append((kind, block.text))
        last_line = lines[1] if lines else None
    return found


def _lines(text: str, line_break: str) -> str:
    return line_break.join(html.escape(line) for line in text.split("\n"))


def render_pdf(blocks: Iterable[tuple[str, str]], target: Path, printed_title: str | None = None) -> None:
    """One column, a bold heading font, bulleted items; with `printed_title`, as a browser
    prints a web page: the date and time and the title over the page, its address and the page
    count under it."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    rl_config.invariant = 1  # the same bytes every run
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=6,
                             spaceAfter=6)
    item = ParagraphStyle("item", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3)
    story = []
    under = ParagraphStyle("under", parent=body, leftIndent=14)
    for kind, text in blocks:
        escaped = _lines(text, "<br/>")
        if kind == "under":
            story.append(Paragraph(escaped, under))
        elif kind == "item":
            story.append(Paragraph(escaped, item, bulletText="•"))
        else:
            story.append(Paragraph(escaped, heading if kind == "heading" else body))
    def margins(canvas: Any, doc: Any) -> None:
        if printed_title is None:
            return
        width, height = A4
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(12 * mm, height - 8 * mm, "2025-03-14 09:41")
        canvas.drawCentredString(width / 2, height - 8 * mm, printed_title[:70])
        canvas.drawString(12 * mm, 8 * mm, "https://www.exempel.se/trygghet-och-sakerhet/medborgarloften/")
        canvas.drawRightString(width - 12 * mm, 8 * mm, f"{doc.page}/2")
        canvas.restoreState()

    SimpleDocTemplate(str(target), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm).build(
        story, onFirstPage=margins, onLaterPages=margins)


def _drawn_bullet_class() -> type:
    from reportlab.platypus import Flowable

    class DrawnBullet(Flowable):  # type: ignore[misc]
        """A list item whose bullet is a filled dot drawn beside its first line, not a character."""

        def __init__(self, paragraph: Any, first: bool = True) -> None:
            super().__init__()
            self.paragraph, self.first = paragraph, first

        def wrap(self, width: float, height: float) -> tuple[float, float]:
            self.size = (float(self.paragraph.wrap(width, height)[0]), float(self.paragraph.height))
            return self.size

        def draw(self) -> None:
            self.paragraph.drawOn(self.canv, 0, 0)
            if self.first:
                self.canv.circle(6, self.size[1] - 5.5, 1.8, stroke=0, fill=1)

        def split(self, width: float, height: float) -> list[Any]:
            parts = self.paragraph.split(width, height)
            return [DrawnBullet(part, self.first and index == 0) for index, part in enumerate(parts)]

        def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
            return float(self.paragraph.getSpaceAfter())

        def getSpaceBefore(self) -> float:  # noqa: N802
            return float(self.paragraph.getSpaceBefore())

    return DrawnBullet


def _drawn_bullet(paragraph: Any) -> Any:
    """`paragraph` as a list item with a drawn bullet (the class is made on first use: reportlab,
    a development dependency, is imported only when a PDF is rendered)."""
    return _drawn_bullet_class()(paragraph)


def _column_styles(font: str, size: float, leading: float, after: float, *, heading: tuple[float, float],
                   indent: float, bullet: float, item_space: float) -> tuple[Any, dict[str, Any]]:
    """The body style of a PDF set in columns, and its heading, item and under-item styles: a
    bold sans heading, items `item_space` apart, a paragraph under an item as close to it."""
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading, spaceAfter=after)
    return body, {
        "heading": ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=heading[0], leading=heading[1],
                                  spaceBefore=after, spaceAfter=after - 1),
        "item": ParagraphStyle("item", parent=body, leftIndent=indent, bulletIndent=bullet, spaceAfter=item_space),
        "under": ParagraphStyle("under", parent=body, leftIndent=indent, spaceBefore=item_space),
    }


def render_pdf_columns(blocks: Iterable[tuple[str, str]], target: Path) -> None:
    """Two columns of a serif body under a running header, "Sida N" at the foot, headings in
    a bold sans, bullets drawn as dots: paragraphs and items are cut wherever a column or
    page ends."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    rl_config.invariant = 1  # the same bytes every run
    body, styles = _column_styles("Times-Roman", 10, 13, 6, heading=(14, 18), indent=12, bullet=2,
                                  item_space=3)
    width, height = A4
    margin, gap = 18 * mm, 8 * mm
    column = (width - 2 * margin - gap) / 2
    frames = [Frame(margin + n * (column + gap), margin + 8 * mm, column, height - 2 * margin - 16 * mm, id=f"c{n}")
              for n in (0, 1)]

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(margin, height - margin + 2 * mm, "Medborgarlöfte – trygghet i samverkan")
        canvas.drawRightString(width - margin, margin - 2 * mm, f"Sida {doc.page}")
        canvas.restoreState()

    story = [_drawn_bullet(Paragraph(_lines(text, "<br/>"), styles["item"])) if kind == "item"
             else Paragraph(_lines(text, "<br/>"), styles.get(kind, body)) for kind, text in blocks]
    BaseDocTemplate(str(target), pagesize=A4, pageTemplates=[PageTemplate(frames=frames, onPage=furniture)]
                    ).build(story)


def render_pdf_leaflet(blocks: Iterable[tuple[str, str]], target: Path) -> None:
    """A folded leaflet: landscape A4 in three columns of 9 pt type, headings in bold, items
    2 pt apart and a paragraph under an item as close, text cut wherever a column ends."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    rl_config.invariant = 1  # the same bytes every run
    body, styles = _column_styles("Helvetica", 9, 11.5, 5, heading=(12, 15), indent=10, bullet=1,
                                  item_space=2)
    width, height = landscape(A4)
    margin, gap = 12 * mm, 10 * mm
    column = (width - 2 * margin - 2 * gap) / 3
    frames = [Frame(margin + n * (column + gap), margin, column, height - 2 * margin, id=f"c{n}") for n in range(3)]
    story = [Paragraph(_lines(text, "<br/>"), styles["item"], bulletText="•") if kind == "item"
             else Paragraph(_lines(text, "<br/>"), styles.get(kind, body)) for kind, text in blocks]
    BaseDocTemplate(str(target), pagesize=landscape(A4), pageTemplates=[PageTemplate(frames=frames)]).build(story)


def render_html(blocks: Iterable[tuple[str, str]], target: Path, title: str) -> None:
    parts: list[str] = []
    in_list = False
    for kind, text in blocks:
        if kind == "under" and in_list and parts[-1].endswith("</li>"):
            parts[-1] = parts[-1][:-len("</li>")] + f"<p>{_lines(text, '<br>')}</p></li>"  # inside the item
            continue
        if in_list and kind != "item":
            parts.append("</ul>")
            in_list = False
        if kind == "item" and not in_list:
            parts.append("<ul>")
            in_list = True
        tag = {"heading": "h2", "item": "li"}.get(kind, "p")
        parts.append(f"<{tag}>{_lines(text, '<br>')}</{tag}>")
    if in_list:
        parts.append("</ul>")
    page = ('<!DOCTYPE html>\n<html lang="sv">\n<head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title></head>\n<body><main><article>\n"
            + "\n".join(parts) + "\n</article></main></body>\n</html>\n")
    target.write_text(page, encoding="utf-8")


_CHROME_TOP = ('<div class="header"><div class="logo">Åby kommun</div><ul class="menu">'
               '<li><a href="/">Startsida</a></li><li><a href="/kommun">Kommun och politik</a></li>'
               '<li><a href="/omsorg">Omsorg och stöd</a></li><li><a href="/trygg">Trygghet och säkerhet</a></li>'
               '</ul><div class="search"><input type="text"><button>Sök</button></div></div>'
               '<div class="crumbs"><a href="/">Startsida</a> &gt; <a href="/trygg">Trygghet och säkerhet</a>'
               ' &gt; Medborgarlöfte</div>'
               '<div class="cookie">Vi använder kakor för att förbättra webbplatsen. <button>Godkänn</button></div>')
_CHROME_BOTTOM = ('<div class="sidebar"><h3>Relaterade sidor</h3><ul><li><a href="/a">Brottsförebyggande rådet</a></li>'
                  '<li><a href="/b">Grannsamverkan</a></li><li><a href="/c">Trygghetsvandringar</a></li></ul></div>'
                  '<div class="feedback"><p>Hittade du det du sökte?</p><button>Ja</button><button>Nej</button></div>'
                  '<div class="footer"><p>Åby kommun, 123 45 Åby</p><p>Telefon: 0123-45 67 89</p><ul>'
                  '<li><a href="/press">Press</a></li><li><a href="/jobb">Lediga jobb</a></li></ul></div>')


def render_html_page(blocks: Iterable[tuple[str, str]], target: Path, title: str) -> None:
    """The web page as many sites set it: no main or article, the text in a div between the
    site's menu, breadcrumbs and cookie banner above and its related links, feedback widget
    and footer below, every other heading typed as a paragraph in bold."""
    render_html(blocks, target, title)
    page = target.read_text(encoding="utf-8")
    body = page[page.index("<article>") + len("<article>"):page.index("</article>")]
    # every other heading set by hand, a paragraph in bold, as site editors often set them
    headings = iter(range(1 << 30))
    body = re.sub(r"<h2>(.*?)</h2>", lambda m: m.group(0) if next(headings) % 2 == 0
                  else f"<p><strong>{m.group(1)}</strong></p>", body)
    head = page[:page.index("<body>")]
    target.write_text(f'{head}<body>{_CHROME_TOP}<div class="content">{body}</div>{_CHROME_BOTTOM}</body>\n</html>\n',
                      encoding="utf-8")


def render_html_accordion(blocks: Iterable[tuple[str, str]], target: Path, title: str) -> None:
    """The web page with each heading's section folded: in turns a `<details>` whose
    `<summary>` is the heading, and a heading holding a toggle button (`aria-expanded`,
    `aria-controls`) over a `hidden` panel, the WAI-ARIA accordion."""
    render_html(blocks, target, title)
    page = target.read_text(encoding="utf-8")
    start, end = page.index("<article>") + len("<article>"), page.index("</article>")
    sections = re.split(r"(<h2>.*?</h2>)", page[start:end])
    body = [sections[0]]
    for number, (heading, content) in enumerate(zip(sections[1::2], sections[2::2], strict=True), start=1):
        text = heading[len("<h2>"):-len("</h2>")]
        if number % 2:
            body.append(f"<details class='accordion'><summary>{text}</summary><div class='panel'>{content}</div>"
                        "</details>")
        else:
            body.append(f"<h3 class='accordion-title'><button type='button' aria-expanded='false' "
                        f"aria-controls='panel-{number}'>{text}</button></h3>"
                        f"<div id='panel-{number}' class='panel' hidden>{content}</div>")
    target.write_text(page[:start] + "".join(body) + page[end:], encoding="utf-8")


def render_html_br(blocks: Iterable[tuple[str, str]], target: Path, title: str) -> None:
    """The text in one `<div>` set with line breaks alone: a heading in bold on its line, a
    paragraph (or a paragraph set under an item) followed by a blank line, an item typed
    with "•" (every other list "-") on its line."""
    parts: list[str] = []
    lists, previous = 0, ""
    for kind, text in blocks:
        lines = _lines(text, "<br>")
        lists += kind == "item" and previous != "item"
        previous = kind
        if kind == "heading":
            parts.append(("<br>" if parts else "") + f"<b>{lines}</b><br>")
        elif kind == "item":
            parts.append(f"{'-' if lists % 2 == 0 else chr(0x2022)} {lines}<br>")  # every other list typed with "-"
        else:
            parts.append(("<br>" if parts and not parts[-1].endswith("<br><br>") else "") + f"{lines}<br><br>")
    target.write_text('<!DOCTYPE html>\n<html lang="sv">\n<head><meta charset="utf-8">'
                      f"<title>{html.escape(title)}</title></head>\n<body><div class='content'>"
                      + "".join(parts) + "</div></body>\n</html>\n", encoding="utf-8")


def render_docx(blocks: Iterable[tuple[str, str]], target: Path) -> None:
    import docx

    word = docx.Document()
    for kind, text in blocks:
        if kind == "heading":
            word.add_heading(text, level=2)
        elif kind == "item":
            word.add_paragraph(text, style="List Bullet")
        elif kind == "under":
            word.add_paragraph(text, style="List Continue")  # Word's paragraph under a list item
        else:
            paragraph = word.add_paragraph()
            for number, line in enumerate(text.split("\n")):
                run = paragraph.add_run(line)
                if number < text.count("\n"):
                    run.add_break()  # a line break inside the paragraph
    word.save(str(target))


def render_docx_typed(blocks: Iterable[tuple[str, str]], target: Path) -> None:
    """A Word document set by hand in "Normal" style, as many reports are: headings typed in
    bold at a larger size, bullets typed before the text ("•" and a tab), a paragraph under an
    item indented."""
    import docx
    from docx.shared import Pt

    word = docx.Document()
    for kind, text in blocks:
        paragraph = word.add_paragraph()
        if kind == "heading":
            run = paragraph.add_run(text)
            run.bold, run.font.size = True, Pt(13)
        elif kind == "item":
            paragraph.add_run("\u2022\t" + text)
        else:
            if kind == "under":
                paragraph.paragraph_format.left_indent = Pt(18)
            for number, line in enumerate(text.split("\n")):
                run = paragraph.add_run(line)
                if number < text.count("\n"):
                    run.add_break()
    word.save(str(target))


def annotated_texts(source: Path) -> Iterator[tuple[Path, dict[str, Any], Path]]:
    """Each annotated `.txt` of `source`: its gold file, the gold, the text."""
    for gold_path in sorted(source.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = source / gold["document"]
        if text.suffix == ".txt" and text.is_file():
            yield gold_path, gold, text


def write_gold(folder: Path, gold_path: Path, gold: dict[str, Any], document: str) -> None:
    """The gold file beside a new form of its text, its `document` pointing at that form."""
    copy = dict(gold, document=document)
    (folder / gold_path.name).write_text(json.dumps(copy, ensure_ascii=False, indent=1), encoding="utf-8")


def cli(description: str, option: str, choices: Sequence[str], write: Callable[[Path, Path, list[str]], int],
        verb: str) -> None:
    """`SOURCE OUT [--OPTION NAME ...]`: write the corpus in the forms chosen, all by default."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument(f"--{option}", dest="chosen", action="append", choices=list(choices),
                        help=f"one {option} to write (repeatable); all by default")
    args = parser.parse_args()
    chosen = args.chosen or list(choices)
    count = write(args.source, args.out, chosen)
    print(f"{verb} {count} texts as {', '.join(chosen)} in {args.out}")


RENDERERS: dict[str, Callable[[list[tuple[str, str]], Path, str], None]] = {
    "pdf": lambda blocks, target, title: render_pdf(blocks, target),
    "pdf-columns": lambda blocks, target, title: render_pdf_columns(blocks, target),
    "pdf-leaflet": lambda blocks, target, title: render_pdf_leaflet(blocks, target),
    "pdf-printed": lambda blocks, target, title: render_pdf(blocks, target, printed_title=title),
    "html": render_html,
    "html-accordion": render_html_accordion,
    "html-br": render_html_br,
    "docx": lambda blocks, target, title: render_docx(blocks, target),
    "docx-typed": lambda blocks, target, title: render_docx_typed(blocks, target),
    "html-page": render_html_page,
}
assert set(RENDERERS) == set(FORMATS)


def render(source: Path, out: Path, formats: Iterable[str] = FORMATS) -> int:
    """Render every annotated `.txt` of `source` into `out/<format>/`; the number of texts."""
    count = 0
    for gold_path, gold, text in annotated_texts(source):
        blocks = blocks_of(text)
        for fmt in formats:
            folder = out / fmt
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{text.stem}.{SUFFIX.get(fmt, fmt)}"
            if fmt not in RENDERERS:
                raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
            RENDERERS[fmt](blocks, target, blocks[0][1] if blocks else text.stem)
            write_gold(folder, gold_path, gold, target.name)
        count += 1
    return count


def main() -> None:
    cli(__doc__.splitlines()[0], "format", FORMATS, render, "rendered")


if __name__ == "__main__":
    main()
