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


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, name: str = "file") -> Decoded:
    """Decode `data`, naming the encoding used and warning when it was a guess."""
    decoded = _decode(data, name)
    sample = decoded.text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if sample and controls > 0.01 * len(sample):
        raise InputError("binary content, not text (control characters throughout)")
    return decoded


def is_wide(data: bytes) -> bool:
    """UTF-16 or UTF-32, with or without BOM: text whose bytes hold NULs by design."""
    return any(data.startswith(bom) for bom, encoding in _BOMS if encoding != "utf-8-sig") or _looks_utf16(data)


def _decode(data: bytes, name: str) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return _broken_bom(data, bom, encoding, name)
    if _looks_utf16(data):
        codec = "utf-16-le" if data[1:2] == b"\0" else "utf-16-be"
        try:
            return Decoded(data.decode(codec), "utf-16")
        except UnicodeDecodeError:
            return Decoded(data.decode(codec, errors="replace"), "utf-16", [
                f"{name}: UTF-16 text that ends in the middle of a character (cut short?); the rest was read"])
    try:
        return _repair_double_encoding(Decoded(data.decode("utf-8"), "utf-8"), name)
    except UnicodeDecodeError:
        pass
    if b"\0" in data[:4096]:
        raise InputError("binary content (NUL bytes), not a text file")
    mixed = _mixed(data, name)
    return mixed if mixed is not None else _guess(data, name)


def _broken_bom(data: bytes, bom: bytes, encoding: str, name: str) -> Decoded:
    """A byte-order mark the text does not keep to: a cut-off UTF-16 file, or a UTF-8 BOM in
    front of Windows-1252 text. Read what can be read, and say so."""
    if encoding != "utf-8-sig":
        text = data.decode(encoding, errors="replace")
        return Decoded(text, encoding, [
            f"{name}: {encoding.upper()} text that ends in the middle of a character (cut short?); the rest was read"])
    rest = _decode(data[len(bom):], name)
    rest.warnings.insert(0, f"{name}: starts with a UTF-8 byte-order mark but is not UTF-8")
    return rest


# UTF-8 read as Windows-1252 and saved again as UTF-8: "kommunen lovar att Ã¶ka".
_DOUBLE_ENCODED = ("Ã¥", "Ã¤", "Ã¶", "Ã…", "Ã„", "Ã–", "Ã©", "â€“", "â€”", "â€\x9d", "â€œ")


def _repair_double_encoding(decoded: Decoded, name: str) -> Decoded:
    """Undo one round of UTF-8-as-Windows-1252 (the commonest mojibake), and say so."""
    if not any(marker in decoded.text for marker in _DOUBLE_ENCODED):
        return decoded
    try:
        repaired = decoded.text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        decoded.warnings.append(f"{name}: the text looks double-encoded (Ã¤ for ä) and could not be repaired")
        return decoded
    decoded.warnings.append(f"{name}: repaired double-encoded UTF-8 (Ã¤ for ä)")
    return Decoded(repaired, "utf-8 (double-encoded, repaired)", decoded.warnings)


def _mixed(data: bytes, name: str) -> Decoded | None:
    """Lines in UTF-8 and lines in a single-byte code page in one file (pasted together).

    When some lines are valid, non-ASCII UTF-8 and others are not, each line is
    decoded on its own: UTF-8 where it is valid, the best code page otherwise.
    """
    lines = data.split(b"\n")
    utf8_lines = other_lines = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            other_lines += 1
    if not (utf8_lines and other_lines):
        return None
    fallback = _guess(b"\n".join(line for line in lines if not _is_utf8(line)), name)
    text = "\n".join(
        line.decode("utf-8") if _is_utf8(line) else line.decode(fallback.encoding, errors="replace")
        for line in lines
    )
    warning = (f"{name}: mixed encodings: {utf8_lines} lines in UTF-8, {other_lines} in {fallback.encoding}; "
               "each line decoded on its own")
    return Decoded(text, f"mixed (utf-8, {fallback.encoding})", [warning])


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without BOM: every other byte of ASCII text is NUL."""
    sample = data[:2048]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.4 * half and min(zeros_even, zeros_odd) < 0.05 * half


# Single-byte code pages a Swedish text may come in, most likely first.
_CANDIDATES = ("cp1252", "iso8859_15", "cp850", "mac_roman", "cp437", "cp1250", "iso8859_2")
_PLAUSIBLE = set("åäöÅÄÖéÉüÜæøÆØ–—‘’“”„…•·«»§°€½¼¾×´")


def _plausibility(text: str) -> tuple[float, int]:
    """How Swedish the non-ASCII characters of a decoding look (share, count)."""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if not non_ascii:
        return 1.0, 0
    good = sum(1 for ch in non_ascii if ch in _PLAUSIBLE)
    return good / len(non_ascii), len(non_ascii)


def _guess(data: bytes, name: str) -> Decoded:
    """Not UTF-8: pick the code page under which the text reads most like Swedish.

    charset-normalizer alone often takes short Swedish text for Central European
    (cp1250 turns "på" into "pĺ"); a prior for the language of the reports
    settles it, and charset-normalizer's own guess competes as one candidate.
    """
    best_guess = charset_normalizer.from_bytes(data).best()
    candidates = list(_CANDIDATES)
    if best_guess is not None and best_guess.encoding not in candidates:
        candidates.append(best_guess.encoding)
    scored: list[tuple[float, int, str, str]] = []
    for rank, encoding in enumerate(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        share, _ = _plausibility(text)
        scored.append((share, -rank, encoding, text))
    warnings: list[str] = []
    if not scored:
        text = data.decode("cp1252", errors="replace")
        warnings.append(f"{name}: encoding could not be detected; read as Windows-1252 with replacements")
        return Decoded(text, "cp1252", warnings)
    share, _, encoding, text = max(scored)
    if share < 0.8:
        warnings.append(
            f"{name}: encoding guessed as {encoding} with low confidence "
            f"({share:.0%} of non-ASCII characters look Swedish); check the text"
        )
    else:
        warnings.append(f"{name}: not UTF-8; read as {encoding} (detected)")
    return Decoded(text, encoding, warnings)
