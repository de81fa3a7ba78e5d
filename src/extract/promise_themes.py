"""Which themes each promise is about: one decision per promise, its signals ranked.

A promise's own statement decides first. Real reports often leave the topic to
the context ("Polisen lovar att: • följa upp arbetet ..." under a heading about
the town centre), so a statement that names no theme takes the themes of the
activities listed under it, then of the lead-in or heading it stands under, then
the theme most of the report's promises share, then (in a follow-up) what its results
name outright. Only when all of these are silent is the promise `other`. A statement
that names only whom it is for (young people) takes the topic of its lead-in or heading
besides. The signal that decided is kept in the promise's evidence, so a reader can see
why a theme was given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import Protocol

from extract.blocks import Block, BlockKind
from extract.document import decide
from extract.lexicon import toml_data

Themes = Callable[[str], list[str]]

OTHER = "other"
# How many of a broad aim's activities must name a theme before the aim takes it: one
# passing mention ("även vid skolorna") does not make the aim about young people.
ACTIVITIES_NAMING = 2


class _Item(Protocol):
    text: str


class ThemedPromise(Protocol):
    """What this pass reads and writes on a promise."""

    text: str
    block: Block
    themes: list[str]
    evidence: list[str]

    @property
    def activities(self) -> Sequence[_Item]: ...

    @property
    def results(self) -> Sequence[_Item]: ...


def with_activities(promise: ThemedPromise, strong_of: Themes, themes_of: Themes) -> list[str] | None:
    """Signal theme-from-activities: a broad aim is about what its activities are about.

    A statement that names its topic by a strong term ("öka trafiksäkerheten") keeps
    its own themes. One that only states a general aim ("öka tryggheten genom att: •
    genomföra trafikkontroller • stoppa langning") also takes the themes its activities name outright.
    """
    found = list(themes_of(promise.text))
    if not found or strong_of(promise.text):
        return found or None
    named = Counter(t for item in promise.activities for t in set(strong_of(item.text)))
    found += [t for t, n in named.most_common() if n >= ACTIVITIES_NAMING and t not in found]
    return found


def from_results(promise: ThemedPromise, strong_of: Themes) -> list[str] | None:
    """Signal theme-from-results: a follow-up's promise whose words and context name no theme
    ("Fler vuxna ute på helgerna") is about what its results name outright ("Nattvandringarna
    har inte kommit igång"), each theme once, the most named first: the report says there
    what the promise was for."""
    named = Counter(t for item in promise.results for t in dict.fromkeys(strong_of(item.text)))
    return [t for t, _ in named.most_common()] or None


def from_activities(promise: ThemedPromise, themes_of: Themes) -> list[str] | None:
    """Signal theme-from-activities: a statement that names no theme ("Polisen och kommunen
    ska tillsammans:") is about what the activities listed under it name, each theme once,
    the most named first. It ranks before the heading above: the activities say what this
    statement is for. A single mention counts here, unlike for a broad aim
    (`with_activities`), since the activities are all the statement says."""
    named = Counter(t for item in promise.activities for t in dict.fromkeys(themes_of(item.text)))
    return [t for t, _ in named.most_common()] or None


class Positions:
    """Where each block stands in the report's blocks: by identity, and by where its text
    starts for a promise whose block is a copy with its label cut off ("Polis: Kontroll …"
    read as the statement "Kontroll …"), which stands where the original stood."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.by_id = {id(b): i for i, b in enumerate(blocks)}
        starts = Counter(b.start for b in blocks)
        self.by_start = {b.start: i for i, b in enumerate(blocks) if starts[b.start] == 1}

    def of(self, block: Block) -> int | None:
        at = self.by_id.get(id(block))
        return self.by_start.get(block.start) if at is None else at


def context_blocks(block: Block, blocks: Sequence[Block], positions: Positions | None = None) -> list[Block]:
    """The lead-in a listed statement stands under, then the headings above it, nearest first.
    `positions` saves finding the block again for every promise."""
    at = (positions or Positions(blocks)).of(block)
    if at is None:
        return []
    found: list[Block] = []
    lead_in_open = block.kind is BlockKind.LIST_ITEM
    # only the headings a block stands under: each one above the last at a higher level (a
    # heading before it at the same level is a sibling section, not its context)
    ceiling = block.level if block.kind is BlockKind.HEADING and block.level > 0 else None
    for index in range(at - 1, -1, -1):
        earlier = blocks[index]
        if earlier.kind is BlockKind.HEADING:
            if ceiling is not None and earlier.level >= ceiling:
                continue
            found.append(earlier)
            ceiling = earlier.level if earlier.level > 0 else None
            lead_in_open = False
            if earlier.level <= 1:
                break
        elif lead_in_open and earlier.kind is BlockKind.PARAGRAPH:
            between = index > 0 and blocks[index - 1].kind is BlockKind.LIST_ITEM
            if between and not earlier.text.rstrip().endswith(":"):
                continue  # an explanation set between two bullets of the list, not its lead-in
            found.append(earlier)  # the paragraph that introduces the list
            lead_in_open = False
    return found


def from_context(context: Sequence[Block], themes_of: Themes) -> tuple[list[str], Block] | None:
    """Signal theme-from-context: the nearest lead-in or heading that names a theme."""
    for block in context:
        found = themes_of(block.text)
        if found:
            return found, block
    return None


def with_audience_topic(found: Sequence[str], context: tuple[list[str], Block] | None) -> list[str] | None:
    """Signal audience-and-context: a statement that names only whom it is for (themes.toml
    `audiences`: "dialogmöten med kvinnor i gymnasieåldern") is also about the topic its lead-in
    or heading names ("… stärka kunskaperna om unga kvinnors droganvändande:"), though not about
    a `broad` theme that such a lead-in names in passing ("för att öka tryggheten")."""
    audiences, broad = _audiences()
    if not found or not set(found) <= audiences or context is None:
        return None
    topics = [t for t in context[0] if t not in audiences and t not in broad and t not in found]
    return [*found, *topics] if topics else None


@cache
def _audiences() -> tuple[frozenset[str], frozenset[str]]:
    """themes.toml `audiences` and `broad`, read once."""
    data = toml_data("themes.toml")
    return frozenset(data.get("audiences", [])), frozenset(data.get("broad", []))


def from_document(own: Sequence[Sequence[str]]) -> list[str] | None:
    """Signal theme-from-report: the theme at least two thirds of the report's themed promises share.

    `assign` lends it only to listed promises: an item in a list of promises shares the
    list's subject, while a paragraph that names no theme ("samverkan ska utvecklas") is
    about none."""
    themed = [set(t) - {OTHER} for t in own]
    themed = [t for t in themed if t]
    if not themed:
        return None
    code, count = Counter(c for t in themed for c in sorted(t)).most_common(1)[0]
    return [code] if count * 3 >= len(themed) * 2 else None


def assign(promises: Sequence[ThemedPromise], blocks: Sequence[Block], themes_of: Themes,
           strong_of: Themes) -> None:
    """Set each promise's themes from the best signal that names one; record which decided.

    `themes_of` gives the themes a text names; `strong_of` those it names by strong terms.
    """
    own = [with_activities(p, strong_of, themes_of) or [] for p in promises]
    common = from_document(own)
    positions = Positions(blocks)
    for promise, found in zip(promises, own, strict=True):
        context = from_context(context_blocks(promise.block, blocks, positions), themes_of)
        signals: list[tuple[str, Callable[[], list[str] | None]]] = [
            ("audience-and-context", _constant(with_audience_topic(found, context))),
            ("statement", _constant(found or None)),
            ("theme-from-activities", _constant(from_activities(promise, themes_of))),
            ("theme-from-context", _constant(context[0] if context else None)),
            ("theme-from-report", _constant(common if promise.block.kind is BlockKind.LIST_ITEM else None)),
            ("theme-from-results", partial(from_results, promise, strong_of)),  # asked only if all above are silent
        ]
        decision = decide(signals, [OTHER])
        promise.themes = list(decision.value)
        if decision.signal == "theme-from-context" and context:
            promise.evidence.append(f"theme-from-context: {context[1].text[:60]}")
        elif decision.signal == "audience-and-context" and context:
            promise.evidence.append(f"audience-and-context: names whom it is for; the topic from "
                                    f"{context[1].text[:60]}")
        elif decision.signal == "theme-from-activities":
            promise.evidence.append("theme-from-activities: named by the activities listed under it")
        elif decision.signal == "theme-from-report":
            promise.evidence.append("theme-from-report")
        elif decision.signal == "theme-from-results":
            promise.evidence.append("theme-from-results: named by the results reported on it")


def _constant(value: list[str] | None) -> Callable[[], list[str] | None]:
    return lambda: value
