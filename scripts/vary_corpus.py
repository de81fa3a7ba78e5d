"""Set an annotated text corpus as texts are really copied and saved, gold files alongside.

    python scripts/vary_corpus.py ../shared/corpus/real /tmp/real-varied
    extract eval /tmp/real-varied/wrapped

The same published texts reach users in other shapes than the ones annotated: taken
from a PDF with every paragraph hard-wrapped (and, as a PDF's text layer is saved, in
pages parted by form feeds under running headers and page numbers), with sections
numbered by hand, with lead-ins written without their colon, copied from a web page with
no blank lines between paragraphs, with headings set in capitals, with Markdown's marks
(as a page copied as Markdown), with a Word list's bullets and tabs and a web page's
no-break spaces, or with the page's menu and breadcrumbs above the text. Each variant keeps every
word of the text, so `extract eval` scores it against the same gold: a figure that drops
shows where reading such a shape loses something.
"""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path

from extract.blocks import BlockKind
from extract.loaders import LoadOptions, load
from render_corpus import annotated_texts, cli, write_gold


def wrapped(text: str, path: Path) -> str:
    """Every line longer than 75 characters wrapped at 72, bullets' lines indented under their text."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= 75:
            out.append(line)
            continue
        stripped = line.lstrip()
        marker = re.match(r"[•\-–*]\s+|\d{1,2}[.)]\s+", stripped)
        indent = " " * (len(line) - len(stripped) + (marker.end() if marker else 0))
        out.extend(textwrap.wrap(line, 72, subsequent_indent=indent, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def without_blank_lines(text: str, path: Path) -> str:
    """Every paragraph on a line of its own, one right under the other."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def capital_headings(text: str, path: Path) -> str:
    """The lines the text loader reads as headings, set in capitals."""
    lines = text.split("\n")
    for block in load(path, path.name, LoadOptions()).blocks:
        if block.kind is BlockKind.HEADING and block.locator.lines:
            first, last = block.locator.lines
            for index in range(first - 1, last):
                lines[index] = lines[index].upper()
    return "\n".join(lines)


def markdown_marks(text: str, path: Path) -> str:
    """As a page copied as Markdown: headings marked with "#", one-line leads ending in ":" in
    bold, bullets as "*"."""
    lines = text.split("\n")
    for block in load(path, path.name, LoadOptions()).blocks:
        if not block.locator.lines:
            continue
        first, last = block.locator.lines
        if block.kind is BlockKind.HEADING:
            lines[first - 1] = "#" * max(block.level, 1) + " " + lines[first - 1].strip()
        elif block.kind is BlockKind.PARAGRAPH and first == last and lines[first - 1].rstrip().endswith(":"):
            lines[first - 1] = "**" + lines[first - 1].strip() + "**"
    return re.sub(r"^(\s*)[•–]\s+", r"\1* ", "\n".join(lines), flags=re.MULTILINE)


def copied_list(text: str, path: Path) -> str:
    """Bullets as a copied Word list keeps them (the Symbol font's bullet after a tab), a line
    indented under an item indented to the item's text (two tabs), and a web page's
    no-break spaces in one space of seven."""
    rng = random.Random(path.name)
    text = re.sub(r"^[ \t]*[•\-–]\s+", "\t\uf0b7\t", text, flags=re.MULTILINE)
    lines, under = text.split("\n"), False
    for index, line in enumerate(lines):
        if line.startswith("\t\uf0b7\t"):
            under = True  # an item: an indented line below it, blank lines between or not, is its
        elif line.strip() and re.match(r" {2,}\S", line) and under:
            lines[index] = "\t\t" + line.lstrip(" ")
        elif line.strip():
            under = False
    text = "\n".join(lines)
    return "".join("\u00a0" if c == " " and rng.random() < 0.15 else c for c in text)


def web_page(text: str, path: Path) -> str:
    """The site's menu and breadcrumbs above the text, its feedback widget below."""
    menu = "Hoppa till innehåll\n\nStartsida\n\nKommun och politik\n\nOmsorg och stöd\n\nTrygghet och säkerhet\n\n"
    crumbs = "Startsida > Trygghet och säkerhet > Medborgarlöfte\n\n"
    feedback = "\n\nHittade du det du sökte?\n\nJa\n\nNej\n\nFacebook\n\nLinkedIn\n"
    return menu + crumbs + text + feedback


def numbered_headings(text: str, path: Path) -> str:
    """The sections numbered by hand, as reports written in a word processor number them: each
    line the text loader reads as a heading below the title, after the first paragraph,
    opens with its number ("2. Trygghet i centrum")."""
    lines = text.split("\n")
    number, prose = 0, False
    for block in load(path, path.name, LoadOptions()).blocks:
        prose = prose or block.kind is BlockKind.PARAGRAPH
        if block.kind is BlockKind.HEADING and block.level >= 2 and prose and block.locator.lines:
            number += 1
            first = block.locator.lines[0]
            lines[first - 1] = f"{number}. {lines[first - 1].strip()}"
    return "\n".join(lines)


def pdf_text(text: str, path: Path) -> str:
    """As a PDF's text layer is saved as text: hard-wrapped, in pages of forty lines parted by
    a form feed, each under a running header and over "Sida N av M"."""
    lines = wrapped(text, path).split("\n")
    pages = [lines[start:start + 40] for start in range(0, len(lines), 40)]
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        out += ["Medborgarlöfte – trygghet i samverkan", "", *page, "", f"Sida {number} av {len(pages)}", "\f"]
    return "\n".join(out)


def without_colons(text: str, path: Path) -> str:
    """Lead-ins written without their colon ("Polisen lovar att" over its list), as many
    writers leave it out: a line that ends in ":" loses it where the next line with text is
    a list item."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        after = next((later for later in lines[index + 1:] if later.strip()), "")
        if line.rstrip().endswith(":") and re.match(r"\s*(?:[•\-–*]|\d{1,2}[.)])\s", after):
            lines[index] = line.rstrip()[:-1]
    return "\n".join(lines)


VARIANTS: dict[str, Callable[[str, Path], str]] = {
    "wrapped": wrapped, "without_blank_lines": without_blank_lines, "capital_headings": capital_headings,
    "markdown_marks": markdown_marks, "copied_list": copied_list, "web_page": web_page, "pdf_text": pdf_text,
    "numbered_headings": numbered_headings, "without_colons": without_colons,
}


def vary(source: Path, out: Path, variants: Iterable[str] = VARIANTS) -> int:
    """Write every annotated `.txt` of `source` in each variant into `out/<variant>/`; the number of texts."""
    count = 0
    for gold_path, gold, path in annotated_texts(source):
        text = path.read_text(encoding="utf-8")
        for name in variants:
            folder = out / name
            folder.mkdir(parents=True, exist_ok=True)
            (folder / path.name).write_text(VARIANTS[name](text, path), encoding="utf-8")
            write_gold(folder, gold_path, gold, path.name)
        count += 1
    return count


def main() -> None:
    cli(__doc__.splitlines()[0], "variant", list(VARIANTS), vary, "wrote")


if __name__ == "__main__":
    main()
