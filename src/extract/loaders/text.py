"""Plain-text reports: decoded by detection, then read by the CommonMark parser in plain mode.

Text exports use the same conventions Markdown formalised (underlined headings,
"-" bullets, blank lines between paragraphs), so one parser serves both. Text
files also use typographic bullets (•, ▪, –) that CommonMark does not know; they
are swapped for "-" one character for one, so every line keeps its length and
line numbers stay true to the file; a bullet set right against its text gets the space
CommonMark needs, a tab before a bullet counts as one level of the list, and the odd
spaces of web pages (no-break, thin) are plain spaces. A year that wrapping put at a
line's start ("2017.") is escaped, so it stays text and starts no numbered list.
"""

from __future__ import annotations

import re

from extract.blocks import Document, sha256_bytes
from extract.loaders.encoding import decode
from extract.loaders.markdown import parse_blocks
from extract.loaders.options import LoadOptions
from extract.textnorm import ODD_SPACES, SYMBOL_BULLETS

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


def _normal_bullets(text: str) -> str:
    """Bullets as CommonMark knows them: "-" and a space, indented by spaces."""
    text = _TABBED_BULLET.sub(lambda m: "  " * len(m.group(1)), text)
    text = _TIGHT_BULLET.sub(r"\1- ", text)  # one column more on such a line: the text after it
    return _TYPOGRAPHIC_BULLET.sub(r"\1-", text)


def load(name: str, data: bytes, options: LoadOptions) -> Document:
    decoded = decode(data, name)
    source = _normal_bullets(decoded.text.translate(_ODD_SPACES))
    source = _FIGURE_AT_LINE_START.sub(r"\1\\.", source)  # escaped: the text keeps "2017."
    warnings = list(decoded.warnings)
    blocks = parse_blocks(source, plain=True, warnings=warnings, name=name)
    return Document(
        path=name,
        format=FORMAT,
        sha256=sha256_bytes(data),
        blocks=blocks,
        warnings=warnings,
    )
