"""Plain-text reports: decoded by detection, then read by the CommonMark parser in plain mode.

Text exports use the same conventions Markdown formalised (underlined headings,
"-" bullets, blank lines between paragraphs), so one parser serves both. Text
files also use typographic bullets (•, ▪, –) that CommonMark does not know; they
are swapped for "-" one character for one, so every line keeps its length and
line numbers stay true to the file.
"""

from __future__ import annotations

import re

from extract.blocks import Document, sha256_bytes
from extract.loaders.encoding import decode
from extract.loaders.markdown import parse_blocks
from extract.loaders.options import LoadOptions

FORMAT = "text"

_TYPOGRAPHIC_BULLET = re.compile(r"^([ \t]*)[•·▪◦‣⁃●○■□➢►–—](?=[ \t])", re.MULTILINE)


def sniff(data: bytes) -> bool:
    head = data[:1024].lstrip()
    return not head.startswith(b"%PDF")


def load(name: str, data: bytes, options: LoadOptions) -> Document:
    decoded = decode(data, name)
    source = _TYPOGRAPHIC_BULLET.sub(r"\1-", decoded.text)
    warnings = list(decoded.warnings)
    blocks = parse_blocks(source, plain=True, warnings=warnings, name=name)
    return Document(
        path=name,
        format=FORMAT,
        sha256=sha256_bytes(data),
        blocks=blocks,
        warnings=warnings,
    )
