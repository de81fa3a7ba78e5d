"""What a block is on its own, before the walk places it: a stateless first pass.

Each rule is a record (id, role, test) tried in order, the first that holds wins, and
the id travels with the role, as spaCy's span ruler keeps its patterns' ids. These
are the roles a block has whatever surrounds it: a thematic break, a table, a caption,
a status line ("Status: Genomfört"), a bare status word, boilerplate (contact
lines, dates, "Dela sidan"), a quotation. Everything else is `text`, which the walk in
`segments.py` reads in its context (a lead-in, a promise, an activity, a result or a
note depend on what came before).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from extract.blocks import Block, BlockKind
from extract.lexicon import section_pattern, starts_with_any, word_set


@dataclass(frozen=True, slots=True)
class Role:
    name: str  # break, table, skip, status-line, status-word, boilerplate, quote, text
    rule: str  # the id of the rule that gave it


@dataclass(frozen=True, slots=True)
class RoleRule:
    id: str
    role: str
    test: Callable[[Block, Any], bool]  # the block, and its annotated spaCy doc (None for tables)


_PHONE = re.compile(r"\b0\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2}\b|\b114 ?14\b|\btel\.|@\w")
_PLACE_DATE = re.compile(r"^[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)?,? (?:den )?\d{4}-\d{2}-\d{2}\.?$|^\d{4}-\d{2}-\d{2}$")


def is_boilerplate(text: str) -> bool:
    """Contact lines, a place and a date, "Dela sidan" (sections.toml [notes] boilerplate):
    never a promise or a note. (Page furniture, dropped before the walk, is `document.py`'s.)"""
    if starts_with_any(text, section_pattern("notes", "boilerplate")):
        return True
    if _PLACE_DATE.match(text.strip()):
        return True
    return bool(_PHONE.search(text)) and not starts_with_any(text, section_pattern("notes", "forward"))


def is_quote(text: str) -> bool:
    """", säger Anna Berg": a quotation, whoever speaks (words.toml [quotes])."""
    return _quotation().search(text) is not None


@cache
def _quotation() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in sorted(word_set("quotes", "verbs"), key=len, reverse=True))
    return re.compile(rf",\s+(?:{verbs})\s+[A-ZÅÄÖ]")


def _status_word(block: Block, doc: Any) -> bool:
    """A bare status word ("Genomfört", "Pågår") in a line of its own, not a list item."""
    return (block.kind is not BlockKind.LIST_ITEM and len(block.text.split()) <= 4
            and bool(doc._.status_word))


RULES: tuple[RoleRule, ...] = (
    RoleRule("thematic-break", "break", lambda b, d: b.kind is BlockKind.BREAK),
    RoleRule("table", "table", lambda b, d: b.kind is BlockKind.TABLE),
    RoleRule("caption-or-empty", "skip", lambda b, d: b.kind is BlockKind.CAPTION or not b.text),
    RoleRule("status-line", "status-line", lambda b, d: bool(d._.status)),
    RoleRule("status-word", "status-word", _status_word),
    RoleRule("boilerplate", "boilerplate", lambda b, d: is_boilerplate(b.text)),
    RoleRule("quotation", "quote", lambda b, d: is_quote(b.text)),
)

_WITHOUT_TEXT = frozenset({"thematic-break", "table", "caption-or-empty"})


def classify(block: Block, doc_of: Callable[[str], Any]) -> Role:
    """The first rule that holds for the block, else `text`. `doc_of` annotates a text (the
    language stage's cache); it is called only for blocks that have text."""
    doc = None
    for rule in RULES:
        if rule.id not in _WITHOUT_TEXT and doc is None:
            if not block.text:
                continue
            doc = doc_of(block.text)
        if rule.test(block, doc):
            return Role(rule.role, rule.id)
    return Role("text", "text")


__all__ = ["RULES", "Role", "RoleRule", "classify", "is_boilerplate", "is_quote"]
