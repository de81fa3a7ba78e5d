"""Text clean-up shared by all loaders: whitespace, bullets and line-end hyphens.

Every format has its own way of breaking lines; the output contract promises one
clean string per block, so the rules for joining lines live here, once.
"""

from __future__ import annotations

import re
import unicodedata

from extract.lexicon import word_set

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# Spaces a web page or a word processor puts where a space is (no-break, figure, thin, narrow).
ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SPACES = re.compile(f"[ \\t\\r\\n\\f\\v{ODD_SPACES}]+")
# Bullet symbols: typographic ones (dots, squares, diamonds, triangles, arrows, check marks,
# a minus sign, the blue diamond of a web page's emoji list), and the private-use glyphs of
# the Symbol and Wingdings fonts that a copied Word list keeps. Dashes are not among them:
# in Swedish a leading dash also opens a quotation ("– Vi är nöjda, säger …"), so a dash is
# a bullet only where the format says so (a Markdown "-", a dash before a space in a text
# file's list); nor are guillemets, which open a quotation ("»Vi är nöjda«").
SYMBOL_BULLETS = ("•·▪▫◦‣⁃●○■□◆◇♦❖➢➤►▶▸▹→➔➜➝➞⮚⮞✓✔☑−\U0001f539\U0001f538"
                  "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8")
BULLET_CHARS = SYMBOL_BULLETS + "–—-*+"
# A list drawn with bullet characters typed before each paragraph's text ("• genomföra …"),
# or with a hyphen-minus or an asterisk and a space ("- genomföra …") as a plain text's list
# has them: a paragraph of a web page or a Word document typed so is a list item (a
# quotation typed so, "- Vi är nöjda, säger …", is read as one all the same; an en dash,
# the quotation's own mark, opens no item).
TYPED_BULLET = re.compile(f"^(?:[{SYMBOL_BULLETS}]\\s*|[-*]\\s+)\\S")
_BULLET_PREFIX = re.compile(f"^\\s*(?:[{SYMBOL_BULLETS}]|[-–—*+](?=\\s))\\s*")
# Words that may follow a hyphenated first part of a coordinated compound:
# "gång- och cykelvägar" keeps its hyphen and the space.
_COORDINATORS = frozenset({"och", "eller", "samt", "respektive", "resp.", "som", "till", "&"})


def clean(text: str) -> str:
    """Normalise Unicode (NFC), drop invisible characters and collapse whitespace."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


_SENTENCE_BREAK = re.compile(r"[.!?…]\s+[A-ZÅÄÖ0-9]")


def capitals_only(text: str) -> bool:
    """A text set in capitals ("DET HÄR SKA VI GÖRA"): its capitals mark no names."""
    return not any(c.islower() for c in text) and any(c.isupper() for c in text)


_MISSPELT = re.compile(r"(?i)(medborga)(löft)")  # "medborgalöften", the r left out


def spelled_right(text: str) -> str:
    """The domain's word as it should be spelt, where a text left out its r ("Våra
    medborgalöften"): for matching only, never for the text a report keeps."""
    return _MISSPELT.sub(r"\1r\2", text) if "orgalöft" in text.lower() else text


def one_sentence(text: str) -> bool:
    """No sentence ends inside the text ("Syns det någon skillnad?", not "Vi har ökat. Nu ...");
    a full stop before a lower-case word ("bl.a. skolor") ends none."""
    return _SENTENCE_BREAK.search(text.strip()) is None


def strip_bullet(text: str) -> str:
    """Remove a leading list bullet (•, -, –, * ...) that a loader kept as text."""
    return _BULLET_PREFIX.sub("", text, count=1)


def starts_with_bullet(text: str) -> bool:
    return bool(_BULLET_PREFIX.match(text)) and bool(text.strip())


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one string, repairing hyphenation at line ends.

    A line ending in "-" followed by a lower-case word is a word broken by the
    layout ("trafik-" + "säkerheten"), unless the next word coordinates
    ("gång-" + "och cykelvägar") or the first part is an abbreviation or number
    ("EPA-" + "traktorer"). A capitalised continuation is a name ("Malung-" +
    "Sälen") and keeps its hyphen.
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha():
            out = _join_hyphenated(out, line)
        else:
            out = f"{out} {line}"
    return clean(out)


def _join_hyphenated(left: str, right: str) -> str:
    first_word = right.split(" ", 1)[0]
    stem = re.split(r"[\s/(]", left[:-1])[-1]
    if first_word.lower() in _COORDINATORS:
        return f"{left} {right}"
    if not first_word[:1].isalpha():
        return f"{left}{right}"
    if first_word[:1].isupper() or stem.isupper() or any(ch.isdigit() for ch in stem):
        return f"{left}{right}"  # a name or abbreviation: keep the hyphen, no space
    return f"{left[:-1]}{right}"


def is_teaser(text: str) -> bool:
    """A line of a few words that trails off ("Vi lyssnar...", "Vi lovar …"): a web page's
    teaser, which heads what follows it though it ends in full stops."""
    return len(text.split()) <= 4 and text.rstrip().endswith(("...", "…"))


# A page number as a page's margin sets it: "3", "Sida 3 av 8", "3/8", "3 (8)", "– 3 –"
PAGE_NUMBER = re.compile(
    r"^(sida|page|s\.)?\s*\d{1,4}(\s*(av|of|/|\()\s*\d{1,4}\)?)?$|^[-–]\s*\d{1,4}\s*[-–]$",
    re.IGNORECASE,
)


def running_key(line: str) -> str:
    """What a running header or footer keeps from page to page: its words, its figures aside."""
    return re.sub(r"\d+", "#", line.strip().lower())


def typed_heading(text: str, most: int = 10, teasers: bool = False) -> bool:
    """Rule typed-heading: a line set apart in bold that a writer meant as a heading: at most
    `most` words, ending no sentence or clause (".", ":", ";", ","), on one line, and not a
    label ("Status: Genomfört"; "Löfte 1: …" is a heading). With `teasers` (where text is
    known to follow), a line of a few words that trails off ("Vi lyssnar...") heads what
    follows too, as a plain text's does; at a text's end it points onward and stays a note."""
    teaser = teasers and is_teaser(text)
    if len(text.split()) > most or (re.search(r"[.:;,]$", text) and not teaser) or "\n" in text:
        return False
    return re.search(r":\s", text) is None or re.match(r"(?i)(löfte|\d)", text) is not None


def ends_a_lead(text: str) -> bool:
    """Whether a line with no final stop ends as a lead-in does: on a word no sentence ends on,
    or on a verb that hands over (`words.toml` [wrapping] open_words, [leads] ends)."""
    last = text.rsplit(None, 1)[-1].lower() if text.strip() else ""
    return last in word_set("leads", "ends") or last in word_set("wrapping", "open_words")


def announces(text: str) -> bool:
    """Whether a text's last sentence, ending on a word, announces the list after it ("… genom
    följande aktiviteter", "… I linje med detta utgår följande medborgarlöfte"; `words.toml`
    [leads] announcing)."""
    last = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip())[-1]
    words = re.findall(r"\w+", last.lower())
    return bool(words) and last.rstrip()[-1:].isalpha() and one_sentence(last) and bool(
        word_set("leads", "announcing") & set(words))
