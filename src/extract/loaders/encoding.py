"""Turning the bytes of a text file into a string without silent mojibake.

Swedish reports arrive as UTF-8 (with or without BOM), UTF-16 from Word exports
and Windows-1252 from older systems. BOMs and strict UTF-8 are decisive; anything
else goes to charset-normalizer, and a weak guess is reported as a warning.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import charset_normalizer

from extract.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters that never appear in real Swedish prose but do appear when UTF-8 is
# read as Windows-1252: their presence means the guess went wrong.
_MOJIBAKE_MARKERS = ("Ã¥", "Ã¤", "Ã¶", "Ã…", "Ã„", "Ã–", "â€", "Ã©")
_SWEDISH = set("åäöÅÄÖ")


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, name: str = "file") -> Decoded:
    """Decode `data`, naming the encoding used and warning when it was a guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding), encoding)
    if _looks_utf16(data):
        try:
            return Decoded(data.decode("utf-16-le" if data[1:2] == b"\0" else "utf-16-be"), "utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if b"\0" in data[:4096]:
        raise InputError(f"{name}: binary content (NUL bytes), not a text file")
    return _guess(data, name)


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without BOM: every other byte of ASCII text is NUL."""
    sample = data[:2048]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.4 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _guess(data: bytes, name: str) -> Decoded:
    best = charset_normalizer.from_bytes(data).best()
    warnings: list[str] = []
    if best is None:
        text = data.decode("cp1252", errors="replace")
        warnings.append(f"{name}: encoding could not be detected; read as Windows-1252")
        return Decoded(text, "cp1252", warnings)
    encoding = best.encoding
    text = str(best)
    # Swedish text in a single-byte code page: cp1252 and latin-1 agree on åäö; prefer
    # cp1252, which also has the typographic quotes and dashes Word produces.
    if encoding in {"latin_1", "iso8859_15", "iso8859_1"}:
        encoding, text = "cp1252", data.decode("cp1252", errors="replace")
    chaos = getattr(best, "chaos", 0.0)
    if chaos > 0.2 or (any(m in text for m in _MOJIBAKE_MARKERS) and not _SWEDISH & set(text)):
        warnings.append(f"{name}: encoding guessed as {encoding} with low confidence; check the text")
    if "\ufffd" in text:
        warnings.append(f"{name}: some bytes could not be decoded as {encoding} and were replaced")
    return Decoded(text, encoding, warnings)
