"""Render the Markdown sample report as a web page, a two-page PDF and a Word document.

    python scripts/make_samples.py            # writes samples/<name>.html, .pdf and .docx

The renderings carry what real ones carry, so the loaders are tested on it: the
web page has a cookie banner, navigation, a sidebar and a footer around the
article; the PDF has a running header, a footer with page numbers and fonts
that mark bold and italic; the Word document uses Word's own heading, list and
emphasis. Output is deterministic (ReportLab's invariant mode; fixed dates and ZIP
times in the Word package).
"""

from __future__ import annotations

import argparse
import html
from pathlib import Path

from markdown_it import MarkdownIt
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "harjedalen-medborgarloften-2023-2024.md"

PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>{title} - Härjedalens kommun</title>
  <link rel="stylesheet" href="/css/site.css">
  <script>window.analytics = [];</script>
</head>
<body>
  <div class="cookie-banner" role="dialog" aria-label="Kakor">
    <p>Vi använder kakor för att webbplatsen ska fungera. Läs mer om hur vi använder kakor.</p>
    <button type="button">Godkänn</button>
  </div>
  <header class="site-header">
    <a href="/" class="logo">Härjedalens kommun</a>
    <nav aria-label="Huvudmeny"><ul>
      <li><a href="/omsorg">Omsorg och hjälp</a></li>
      <li><a href="/trygghet">Trygghet och säkerhet</a></li>
      <li><a href="/kommun">Kommun och politik</a></li>
    </ul></nav>
  </header>
  <nav class="breadcrumb" aria-label="Du är här"><a href="/">Start</a> › <a href="/trygghet">Trygghet</a></nav>
  <main id="content">
    <article>
{body}
    </article>
    <p class="updated">Senast uppdaterad 2025-03-01</p>
  </main>
  <aside class="sidebar">
    <h2>Kontakta oss</h2>
    <p>Kommunens växel: 0680-160 00. Polisen: 114 14.</p>
  </aside>
  <footer class="site-footer"><p>Härjedalens kommun, 842 80 Sveg</p></footer>
</body>
</html>
"""


def render_html(markdown: str) -> str:
    parser = MarkdownIt("commonmark")
    body = parser.render(markdown)
    title = markdown.strip().splitlines()[0].lstrip("# ").strip()
    indented = "\n".join("      " + line if line else line for line in body.splitlines())
    return PAGE_TEMPLATE.format(title=html.escape(title), body=indented)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName="Helvetica", fontSize=12, leading=17, alignment=TA_LEFT,
                          spaceAfter=9)
    return {
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=20, leading=25,
                             spaceAfter=12),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18,
                             spaceAfter=8),
        "bullet": ParagraphStyle("bullet", parent=base, fontName="Helvetica-Bold", leftIndent=14,
                                 bulletIndent=2, spaceBefore=8),
        "italic": ParagraphStyle("italic", parent=base, fontName="Helvetica-Oblique"),
        "bold": ParagraphStyle("bold", parent=base, fontName="Helvetica-Bold"),
        "body": base,
    }


def _inline(text: str) -> str:
    """The markup of one Markdown block, as text for a ReportLab paragraph."""
    text = html.escape(text.strip(), quote=False)
    for marker in ("**", "*"):
        if text.startswith(marker) and text.endswith(marker):
            text = text[len(marker):-len(marker)]
    return text


def pdf_story(markdown: str) -> list[object]:
    styles = _styles()
    story: list[object] = []
    for chunk in (c.strip() for c in markdown.split("\n\n")):
        if not chunk:
            continue
        if chunk.startswith("# "):
            story.append(Paragraph(_inline(chunk[2:]), styles["h1"]))
        elif chunk.startswith("## "):
            story.append(Paragraph(_inline(chunk[3:]), styles["h2"]))
        elif chunk == "---":
            story.append(HRFlowable(width="100%", thickness=0.6, color=HexColor("#888888")))
            story.append(Spacer(1, 6))
        elif chunk.startswith("- "):
            story.append(Paragraph(_inline(chunk[2:]), styles["bullet"], bulletText="•"))
        elif chunk.startswith("**"):
            story.append(Paragraph(_inline(chunk), styles["bold"]))
        elif chunk.startswith("*"):
            story.append(Paragraph(_inline(chunk), styles["italic"]))
        else:
            story.append(Paragraph(_inline(chunk), styles["body"]))
    return story


def render_pdf(markdown: str, target: Path) -> None:
    rl_config.invariant = 1  # no timestamps or random ids: the same bytes every run
    pages = {"total": 2}

    def decorate(canvas: object, doc: object) -> None:
        c = canvas
        c.saveState()  # type: ignore[attr-defined]
        c.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        width, height = A4
        c.drawString(20 * mm, height - 12 * mm, "Medborgarlöften 2023–2024")  # type: ignore[attr-defined]
        c.drawRightString(width - 20 * mm, height - 12 * mm, "Härjedalens kommun · Polisen")  # type: ignore[attr-defined]
        page = c.getPageNumber()  # type: ignore[attr-defined]
        c.drawString(20 * mm, 12 * mm, "Lokalpolisområde Östersund")  # type: ignore[attr-defined]
        c.drawRightString(width - 20 * mm, 12 * mm, f"Sida {page} av {pages['total']}")  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=28 * mm, bottomMargin=26 * mm,
                            title="Sammanfattning av resultat för samverkan genom medborgarlöften 2023 - 2024",
                            author="Härjedalens kommun och Polisen")
    doc.build(pdf_story(markdown), onFirstPage=decorate, onLaterPages=decorate)


def render_docx(markdown: str, target: Path) -> None:
    """The sample as Word writes it: Title and Heading styles, a bulleted list, runs set in
    bold or italic; document properties and ZIP entry times fixed, so the bytes repeat."""
    import datetime
    import io
    import zipfile

    import docx

    word = docx.Document()
    fixed = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    word.core_properties.created = word.core_properties.modified = fixed
    word.core_properties.title = "Sammanfattning av resultat för samverkan genom medborgarlöften 2023 - 2024"
    word.core_properties.author = "Härjedalens kommun och Polisen"
    for chunk in (c.strip() for c in markdown.split("\n\n")):
        if not chunk or chunk == "---":
            continue
        if chunk.startswith("# "):
            word.add_heading(_inline(chunk[2:]), level=0)
        elif chunk.startswith("## "):
            word.add_heading(_inline(chunk[3:]), level=2)
        elif chunk.startswith("- "):
            run = word.add_paragraph(style="List Bullet").add_run(_inline(chunk[2:]))
            run.bold = chunk[2:].startswith("**")
        else:
            run = word.add_paragraph().add_run(_inline(chunk))
            run.bold = chunk.startswith("**")
            run.italic = chunk.startswith("*") and not chunk.startswith("**")
    buffer = io.BytesIO()
    word.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(entry, source.read(item.filename))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SAMPLE)
    parser.add_argument("--out", type=Path, default=SAMPLE.parent)
    args = parser.parse_args()
    markdown = args.source.read_text(encoding="utf-8")
    stem = args.source.stem
    (args.out / f"{stem}.html").write_text(render_html(markdown), encoding="utf-8")
    render_pdf(markdown, args.out / f"{stem}.pdf")
    render_docx(markdown, args.out / f"{stem}.docx")
    print(f"wrote {stem}.html, {stem}.pdf and {stem}.docx in {args.out}")


if __name__ == "__main__":
    main()
