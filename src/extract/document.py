"""Decisions about a whole document: furniture, kind of text, title, municipalities, period.

Each decision stands on its own: it reads the whole document (its blocks, its
file name) rather than depending on whether promise statements were found. Each
is taken by a short list of *signals*, ranked: the first signal that has an
answer decides, and its name travels with the answer as evidence. Every signal
is a pure function of its input, so each is tested alone on hand-built text.

The vocabulary (furniture lines, press markers, validity words) is data in
`data/document.toml`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import PurePath
from typing import Any, Generic, Protocol, TypeVar

from extract import forms
from extract.blocks import Block, BlockKind
from extract.lexicon import (
    TermSet,
    compile_prefixes,
    compile_terms,
    required_terms,
    section_pattern,
    starts_with_any,
    toml_data,
    word_patterns,
)
from extract.municipalities import Kommun, district_names, find, find_bare, find_districts, register
from extract.textnorm import SYMBOL_BULLETS, announces, ends_a_lead, one_sentence, spelled_right, typed_heading

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Decision(Generic[T]):
    """A decided value and the signal that decided it."""

    value: T
    signal: str


def decide(signals: Sequence[tuple[str, Callable[[], T | None]]], default: T) -> Decision[T]:
    """The answer of the first signal that has one, in rank order."""
    for name, signal in signals:
        value = signal()
        if value:
            return Decision(value, name)
    return Decision(default, "none")


# --- vocabulary ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    furniture: re.Pattern[str] | None
    furniture_contains: tuple[str, ...]
    furniture_logos: frozenset[str]
    press_lines: frozenset[str]
    press_credits: re.Pattern[str] | None
    press_reporting: re.Pattern[str]
    press_told: re.Pattern[str]
    press_speaker: re.Pattern[str]
    press_cites: re.Pattern[str]
    press_mail: re.Pattern[str]
    press_site: re.Pattern[str]
    press_party: re.Pattern[str]
    # words a line must hold before the patterns above may match it (most lines hold none)
    reporting_words: tuple[str, ...]
    told_words: tuple[str, ...]
    cited_words: tuple[str, ...]
    question_words: frozenset[str]
    question_openers: frozenset[str]
    follow_up_titles: re.Pattern[str] | None
    kept_promise: re.Pattern[str] | None
    new_promise: re.Pattern[str] | None
    validity: TermSet  # run only on texts that hold one of its words
    extension: re.Pattern[str]
    promise_words: re.Pattern[str]
    period_headings: re.Pattern[str]
    agreements: re.Pattern[str] | None  # what else a validity word may be said of
    baseline: re.Pattern[str] | None  # "i jämförelse mot 2018": a year compared with
    range_words: str  # a regex alternation
    work_times: re.Pattern[str]  # "under hösten 2015": when listed work is done
    this_year: re.Pattern[str]
    publishers: frozenset[str]


def _paper(data: dict[str, Any]) -> str:
    """A newspaper's name: its short name in capitals ("UNT"), or its name in one word with a
    newspaper's ending ("Smålandsposten", with a hyphen "Norrbottens-Kuriren")."""
    endings = "|".join(re.escape(e) for e in data["press"]["newspaper_endings"])
    return rf"(?:[A-ZÅÄÖ]{{2,5}}|[A-ZÅÄÖ][a-zåäö]+-?(?i:{endings}))"


def _baseline(terms: list[str]) -> re.Pattern[str] | None:
    """Each baseline phrase with the year after it ("jämfört med 2018", "än år 2023")."""
    words = compile_terms(terms)
    return None if words is None else re.compile(rf"(?:{words.pattern})\s+(?:år\s+)?{_YEAR}(?!\d)", words.flags)


@cache
def vocabulary() -> _Vocabulary:
    data = toml_data("document.toml")
    return _Vocabulary(
        furniture=compile_prefixes(data["furniture"]["lines"]),
        furniture_contains=tuple(t.lower() for t in data["furniture"]["contains"]),
        furniture_logos=frozenset(t.lower() for t in data["furniture"]["logos"]),
        press_lines=frozenset(t.lower() for t in data["press"]["lines"]),
        press_credits=compile_prefixes(data["press"]["credits"]),
        press_reporting=re.compile(
            # a newspaper's short name or its name in one word, then a reporting verb ("Som UNT skrivit")
            rf"\b{_paper(data)}\s+(?:har\s+)?(?:"
            + required_terms(data["press"]["reporting"], "document.toml: [press] reporting").pattern + ")"),
        press_told=re.compile(
            # a verb of saying, the speaker, then the paper spoken to ("berättar Anna Berg för Åby-Posten")
            r"\b(?i:" + required_terms(data["press"]["told"], "document.toml: [press] told").pattern
            + rf")\b[^.!?–]{{0,80}}?\s(?:för|till)\s+{_paper(data)}(?![\w-])"),
        press_speaker=re.compile(
            # a quote's close: a comma, a verb of saying, the speaker ("…, säger Anna Berg (S).")
            r",\s+(?i:" + required_terms(data["press"]["told"], "document.toml: [press] told").pattern
            + r")\s+(?:\w+\s+){0,4}?[A-ZÅÄÖ]"),
        press_cites=re.compile(
            # a reporting verb, who wrote, then the text quoted ("skriver kommunen i ett pressmeddelande")
            r"\b(?i:" + required_terms(data["press"]["reporting"], "document.toml: [press] reporting").pattern
            + r")\s+(?:\w+\s+){1,3}?(?i:" + required_terms(data["press"]["cited_sources"],
                                                          "document.toml: [press] cited_sources").pattern + ")"),
        press_mail=re.compile(  # a reporter's address at the paper ("anna.berg@abyposten.se")
            r"[\w.-]+@[\w-]*(?i:" + "|".join(re.escape(e) for e in data["press"]["newspaper_endings"])
            + r")\.[a-z]{2,}"),
        press_site=re.compile(  # the paper's own site, named as where the text comes from ("abynyheter.se")
            r"(?<![\w@.-])(?:www\.)?[\w-]*(?i:" + "|".join(re.escape(e) for e in data["press"]["newspaper_endings"])
            + r")\.(?:se|nu|com)\b"),
        press_party=re.compile(  # "Pressmeddelande från Allianspartierna i Åby", "Läs mer om vad Centerpartiet vill"
            r"^(?:pressmeddelande från|läs mer (?:om )?vad)\s+(?:" + "|".join(
                re.escape(p.lower()) for p in data["press"]["parties"]) + r")\b", re.IGNORECASE),
        reporting_words=_stems(data["press"]["reporting"]),
        told_words=_stems(data["press"]["told"]),
        cited_words=tuple(t.split()[-1].lower() for t in data["press"]["cited_sources"]),
        question_words=frozenset(t.lower() for t in data["press"]["question_words"]),
        question_openers=frozenset(t.lower() for t in data["press"]["question_openers"]),
        follow_up_titles=compile_prefixes(data["follow_up"]["titles"]),
        kept_promise=compile_terms(data["follow_up"].get("kept", [])),
        new_promise=compile_terms(data["follow_up"].get("new_promise", [])),
        validity=TermSet.of(required_terms(data["period"]["validity"], "document.toml: [period] validity"),
                            data["period"]["validity"]),
        extension=required_terms(data["period"]["extension"], "document.toml: [period] extension"),
        promise_words=required_terms(data["period"]["promise_words"], "document.toml: [period] promise_words"),
        period_headings=_period_heading(data["period"]["period_headings"]),
        agreements=compile_terms(data["period"].get("agreements", [])),
        baseline=_baseline(data["period"].get("baseline", [])),
        range_words="|".join(re.escape(w) for w in data["period"]["range_words"]),
        work_times=_work_times(data["period"]["work_times"]),
        this_year=required_terms(data["period"]["this_year"], "document.toml: [period] this_year"),
        publishers=frozenset(t.lower() for t in data["title"]["publishers"]),
    )


# --- furniture -------------------------------------------------------------------


# "Startsida > Trygghet och säkerhet > Medborgarlöfte", "Start / Trygghet / Medborgarlöfte":
# where the page stands on its site, three steps or more; with "/" from the site's start
# ("Trygghet / Trafik / Narkotika" names three areas)
_BREADCRUMB = re.compile(r"^[^.!?]{1,60}(?:\s[>›»]\s[^.!?>›»]{1,60}){2,}$"
                         r"|^(?i:(?:du är här\s*:?\s*)?(?:start|startsida|hem|hemsida|home))"
                         r"(?:\s/\s[^.!?/]{1,60}){2,}$")
# "Nyhet | Polisen", "Medborgarlöften | Åby kommun": the page's title bar, its last part the site
_TITLE_BAR = re.compile(r"^[^|.!?]{1,60}(?:\s\|\s[^|.!?]{1,60}){0,3}\s\|\s(?:polisen|polismyndigheten|polisen\.se"
                        r"|[\w-]+(?:\s[\w-]+)?\s(?:kommun|stad)|region\s[\w-]+)$", re.IGNORECASE)
# "Sida 2 av 9", "2 (9)", "- 2 -", "2/9": a page's number, as a text copied from a PDF keeps it
_PAGE_NUMBER = re.compile(r"^(?:sida\s+)?\d{1,3}\s*(?:av\s+\d{1,3}|\(\d{1,3}\)|/\s*\d{1,3})$"
                          r"|^-\s*\d{1,3}\s*-$|^sida\s+\d{1,3}$", re.IGNORECASE)


_LOGO_WORDS = 6  # the longest line naming a logo that is the logo's alt text, not a sentence about one


# an image named by its file: a width in pixels first, or an image file's extension last
_IMAGE_NAME = re.compile(r"^\d{2,4}px\b|^\S+\.(?:jpe?g|png|gif|webp|svg)$", re.IGNORECASE)


def is_furniture(text: str) -> bool:
    """Navigation, search boxes, banners, print and share links, file links, photo credits."""
    stripped = text.strip().strip("•|/ ").strip()
    if not stripped:
        return True
    v = vocabulary()
    lowered = stripped.lower()
    if any(term in lowered for term in v.furniture_contains):
        return True
    if _BREADCRUMB.search(stripped) or _PAGE_NUMBER.match(stripped) or _TITLE_BAR.match(stripped):
        return True
    if _IMAGE_NAME.match(stripped) and len(stripped.split()) <= _LOGO_WORDS:
        return True  # rule image-name: an image's file name copied as its text ("1170px Floda MBL 035")
    if len(lowered.split()) <= _LOGO_WORDS and not lowered.endswith(".") \
            and not v.furniture_logos.isdisjoint(re.findall(r"\w+", lowered)):
        return True  # a site's logo named by its alt text ("Åby kommuns logotyp", "Åby logotyp i mobilmeny")
    match = v.furniture.match(stripped) if v.furniture is not None else None
    if match is None:
        return False
    # "Sök" alone is furniture; "Sök på polisen.se" too; a sentence opening with "Publicerad" is not
    long_term = match.end() >= 15  # "Javascript är inte påslaget ...": a banner whatever follows
    return match.end() == len(stripped) or long_term or (len(stripped.split()) <= 8 and not stripped.endswith("."))


def content_blocks(blocks: Iterable[Block]) -> list[Block]:
    """The blocks that are not page furniture (tables and breaks are kept), a site's menus
    and footer links (rule navigation-run) left out too."""
    kept = [b for b in blocks if b.kind in (BlockKind.TABLE, BlockKind.BREAK) or not is_furniture(b.text)]
    return _without_menus(kept)


MENU_RUN = 3  # short lines in a row that make a menu


def _without_menus(blocks: list[Block]) -> list[Block]:
    """Rule navigation-run: three or more short lines in a row ("Startsida", "Kommun och
    politik", "Trygghet och säkerhet"), none a sentence, none naming the promises, are a
    site's menu or its footer's links, copied with the page: not headings, not the title.
    A run right after a lead ending in ":" is that lead's list of names, and stays; the last
    line of a run, right over the text, is the heading of that text ("Kontakt / Uppföljning
    2020 / Under 2020 har polisen …"), and stays."""
    kept: list[Block] = []
    run: list[Block] = []
    listed = False  # in the names a lead ending in ":" lists
    for block in blocks:
        entry = _menu_entry(block)
        if entry and (listed or (not run and kept and kept[-1].text.rstrip().endswith(":"))):
            listed = True
            kept.append(block)
            continue
        listed = False
        if entry:
            run.append(block)
            continue
        if len(run) < MENU_RUN:
            kept.extend(run)
        elif block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and not _contact_line(block.text):
            kept.append(run[-1])  # the line right over the text heads it: the page's own heading
        run = []
        kept.append(block)
    if len(run) < MENU_RUN:
        kept.extend(run)
    return kept


def _contact_line(text: str) -> bool:
    """A phone number or an e-mail address (words.toml [contact] phone): a site's notice or
    its contact block, which no heading of the page's own heads."""
    return word_patterns("contact", "phone").search(text) is not None


def _menu_entry(block: Block) -> bool:
    """A line a menu could hold: a few words, no sentence, no label and its value ("Ansvarig:
    Polisen", a promise's particulars, is no link)."""
    text = block.text.strip()
    return (block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and 0 < len(text.split()) <= 4
            and not text.endswith((".", "!", "?", ":")) and "," not in text and not text[:1].isdigit()
            and ": " not in text and not forms.mentions_promises(text))


UNMARKED_ITEM_WORDS = 30  # the longest line under a lead that is still taken for an item


def lead_colons(blocks: Sequence[Block]) -> list[Block]:
    """Rule lead-colon: a lead-in written without its colon gets it, and is read as every
    lead-in is: a paragraph with no final stop that ends on a word no sentence ends on, or
    a verb that hands over ("2024 ska vi särskilt arbeta för att", "Polisen lovar", "Löftet
    innebär"), right over a list or a line that goes on in lower case; or a sentence that
    announces a list ("… genom följande aktiviteter", "Följande aktiviteter utlovades i 2018
    års medborgarlöfte") right over one. A lead ending in a semicolon right over a list
    ("Syftet med medborgarlöften är att;") is given its colon in its place."""
    out = list(blocks)
    for index, block in enumerate(out[:-1]):
        text = block.text.rstrip()
        after = out[index + 1]
        if block.kind is BlockKind.PARAGRAPH and text.endswith(";") and after.kind is BlockKind.LIST_ITEM:
            out[index] = replace(block, text=text[:-1].rstrip() + ":")  # "Syftet är att;" over its list
            continue
        if block.kind is not BlockKind.PARAGRAPH or not text or text.endswith((".", "!", "?", ":", ";", ",", ")")):
            continue
        listed = after.kind is BlockKind.LIST_ITEM
        if ends_a_lead(text):
            leads = listed or (after.kind is BlockKind.PARAGRAPH and after.text[:1].islower())
        else:
            leads = listed and announces(text)
        if leads:
            out[index] = replace(block, text=text + ":")
    return out


_INLINE_LEAD = re.compile(r"^(?P<lead>.{3,}?\batt\s*:)\s+(?=\S)", re.IGNORECASE)
_COLON_LEAD = re.compile(r"^(?P<lead>[^:]{3,160}:)\s*(?=\S)")
# a marker opening each item run on after a lead: a bullet symbol, or a dash set apart by spaces
_INLINE_MARKER = re.compile(rf"(?:^|\s)([{SYMBOL_BULLETS}]|[–—-](?=\s))\s*")


def inline_lists(blocks: Sequence[Block]) -> list[Block]:
    """Rule inline-list: a lead with its items run on after its colon is the lead over a list
    of those items, as if each stood on a line of its own: items that each open on a bullet
    or a dash ("Våra löften: – Fler kontroller – Bättre belysning", a list whose line breaks
    were lost), or, after a lead that hands over ("Polisen lovar att:"), items parted by
    semicolons ("… att: genomföra kontroller; delta i vandringar; besöka skolorna."); two
    items or more (of two words or more where semicolons part them). Each piece keeps its
    own character span."""
    out: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.LIST_ITEM:
            out.extend(run_on_items(block))
            continue
        pieces = _inline_items(block) if block.kind is BlockKind.PARAGRAPH else None
        if pieces is None:
            out.append(block)
            continue
        (lead_start, lead_end), *items = pieces
        out.append(replace(block, text=block.text[lead_start:lead_end], start=block.start + lead_start,
                           end=block.start + lead_end))
        out.extend(replace(block, kind=BlockKind.LIST_ITEM, level=1, text=block.text[start:end],
                           start=block.start + start, end=block.start + end) for start, end in items)
    return out


# a bullet or dash between two sentences of an item: "… i nära relationer. - Vi ska …"
_RUN_ON_MARK = re.compile(r"(?<=[.!?])\s+[-–•]\s+(?=[A-ZÅÄÖ])")
_RUN_ON_WORDS = 3  # the fewest words of an item run on after another


def run_on_items(block: Block) -> list[Block]:
    """Rule run-on-items: a list item in which, after a full stop, a bullet or a dash opens a
    new sentence ("- Vi ska arbeta mot våld. - Vi ska arbeta mot narkotika."), as a page's text
    layer runs the next item onto the line of the one before, holds two items or more: each
    becomes an item of its own at the same depth, with its own character span. Every piece
    must be a sentence of three words or more; a dash inside a sentence ("Trafik - hastighet")
    parts nothing."""
    text = block.text
    marks = list(_RUN_ON_MARK.finditer(text))
    if not marks:
        return [block]
    bounds = [0] + [m.end() for m in marks]
    ends = [m.start() for m in marks] + [len(text)]
    pieces = [(start, end) for start, end in zip(bounds, ends, strict=True)]
    if any(len(text[start:end].split()) < _RUN_ON_WORDS for start, end in pieces):
        return [block]
    return [replace(block, text=text[start:end], start=block.start + start, end=block.start + end)
            for start, end in pieces]


_NUMBERED_INLINE = re.compile(r"(?:(?<=\s)|^)\(?([1-9]|[a-h])\)\s+")


def _numbered_inline(text: str) -> list[tuple[int, int]] | None:
    """"… lovar att 1) genomföra …, 2) öka … och 3) informera …": items numbered in turn
    ("1)", "2)", … or "a)", "b)", …) after a lead that hands over (ending on "att" or ":")."""
    marks = list(_NUMBERED_INLINE.finditer(text))
    if len(marks) < 2 or marks[0].group(1) not in ("1", "a"):
        return None
    if any(ord(m.group(1)) != ord(marks[0].group(1)) + n for n, m in enumerate(marks)):
        return None  # out of turn: no list
    lead = text[:marks[0].start()].rstrip()
    if not re.search(r"(?:\batt|:)$", lead, re.IGNORECASE):
        return None
    return _items_between(text, len(lead), marks)


def _inline_items(block: Block) -> list[tuple[int, int]] | None:
    """The lead's span, then each item's, in the block's text; None where it lists nothing."""
    text = block.text
    numbered = _numbered_inline(text)
    if numbered is not None:
        return numbered
    lead = _COLON_LEAD.match(text)
    if lead is not None and (marker := _INLINE_MARKER.match(text, lead.end() - 1)) is not None:
        return _marked_items(text, lead.end("lead"), marker.group(1))
    lead = _INLINE_LEAD.match(text)
    if lead is None or ";" not in text[lead.end():]:
        return None
    spans = [(0, lead.end("lead"))]
    position = lead.end()
    for piece in re.finditer(r"[^;]+", text[position:]):
        item = _item_span(text, position + piece.start(), position + piece.end())
        if item is None or len(text[item[0]:item[1]].split()) < 2:
            return None
        spans.append(item)
    return spans if len(spans) >= 3 else None


def _marked_items(text: str, lead_end: int, marker: str) -> list[tuple[int, int]] | None:
    """Items that each open on `marker` after the lead ("… : • a • b", "… : – a – b")."""
    split = re.compile(rf"(?:^|\s){re.escape(marker)}\s+")
    bounds = [m for m in split.finditer(text, lead_end) if m.start() >= lead_end]
    if len(bounds) < 2 or text[lead_end:bounds[0].start()].strip():
        return None
    return _items_between(text, lead_end, bounds)


def _items_between(text: str, lead_end: int, marks: list[re.Match[str]]) -> list[tuple[int, int]] | None:
    """The lead's span, then each item's: from the end of each marker to the next marker (the
    last to the text's end); None where an item holds no words or more than one sentence."""
    spans = [(0, lead_end)]
    ends = [m.start() for m in marks[1:]] + [len(text)]
    for mark, end in zip(marks, ends, strict=True):
        item = _item_span(text, mark.end(), end)
        if item is None:
            return None
        spans.append(item)
    return spans


def _item_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of one item in text[start:end]: its words without the "och" that joins the last
    one or the stop after it; None where it holds no words or more than one sentence."""
    raw = text[start:end]
    body = re.sub(r"^(?:och|samt)\s+", "", raw.strip()).rstrip(" .;,")  # "…; och besöka skolorna."
    body = re.sub(r"\s+(?:och|samt)$", "", body).rstrip(" ,")  # "2) öka närvaron och 3) …"
    if not body or not one_sentence(body):
        return None
    begin = start + raw.index(body)
    return begin, begin + len(body)


def unmarked_items(blocks: Sequence[Block]) -> list[Block]:
    """Rule unmarked-list: a lead that hands over to what is listed ("Polisen lovar att:",
    "… genom att:"), or any lead ending in ":" over lines that go on in lower case, over two
    or more short paragraphs of one sentence each, is a list whose bullets were lost (a web
    page's list copied as text, a list typed as paragraphs): those paragraphs are its items,
    up to the first that is no such line (longer prose, a heading, a lead of its own). Under
    another lead ("Under 2024 arbetade polisen med två löften:"), paragraphs stay paragraphs,
    where what reports can go to the promise before it."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        out.append(block)
        index += 1
        if block.kind is not BlockKind.PARAGRAPH or not block.text.rstrip().endswith(":"):
            continue
        end = index
        while end < len(blocks) and _unmarked_item(blocks[end]):
            end += 1
        hands_over = re.search(r"\batt\s*:$", block.text.rstrip(), re.IGNORECASE) is not None
        if end - index >= 2 and (hands_over or all(b.text[:1].islower() for b in blocks[index:end])):
            out.extend(replace(item, kind=BlockKind.LIST_ITEM, level=1) for item in blocks[index:end])
            index = end
    return out


def _unmarked_item(block: Block) -> bool:
    text = block.text.strip()
    return (block.kind is BlockKind.PARAGRAPH and block.level == 0 and not text.endswith(":")
            and 0 < len(text.split()) <= UNMARKED_ITEM_WORDS and one_sentence(text))


def join_label_lists(blocks: Sequence[Block], lists_items: Callable[[str], bool],
                     commits: Callable[[str], bool],
                     states_outcomes: Callable[[str], bool] = lambda lead: False,
                     follows_up: Callable[[str], bool] = lambda lead: False,
                     counts_areas: Callable[[str], bool] = lambda lead: False,
                     names_task: Callable[[str], bool] = lambda item: False) -> list[Block]:
    """A lead ending in ":" over a list of bare names ("Uppföljning sker genom: • Media •
    Medborgardialog") is one paragraph: the names complete its sentence and are neither
    promises nor activities. Not when the lead promises ("lovar att fokusera på:", where each
    name is a promise), introduces activities or results ("Aktiviteter:", "Utfallet blev:")
    or hands over to verbs ("Polisen ska också att: • fotpatrullera"). `lists_items` tells
    whether a lead introduces items of their own; `commits` whether a text carries a promise
    verb or a commitment ("lovar", "ska", "kommer att").

    Rule outcome-list: a lead that announces outcomes ("Den utlovade närvaron kommer att
    leda till: • Ökad service. • Ökad trygghet.", `states_outcomes`) is one paragraph with its
    short uncommitting sentences too: expected effects are neither promises nor activities.
    `follow-up-method`: so is a lead to how a promise is followed up ("Så här följer vi upp:
    • Trygghetsmätning hösten 2025.", `follows_up`), even over a single item. `counted-areas`:
    so is a paragraph whose last sentence counts the areas its list names ("… lett fram till
    sex prioriterade områden.", `counts_areas`), though it ends on a full stop. A list that opens
    on a task of six words or more ("Minska försäljningen av narkotika runt stationen",
    `names_task`) names no areas."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        # rule counted-areas: "… har lett fram till sex prioriterade områden." over the areas,
        # named or in short sentences: the lead and its list are one paragraph, as with a colon
        counted = block.kind is BlockKind.PARAGRAPH and counts_areas(block.text)
        lead = block.kind is BlockKind.PARAGRAPH and (block.text.rstrip().endswith(":") or counted)
        method = lead and follows_up(block.text)
        outcomes = lead and (method or counted or states_outcomes(block.text))
        if lead and _REPORTED_LEAD.search(block.text):
            # rule reported-list: "Vi har bland annat: • förbättrat belysningen • infört ronder":
            # each item finishes the lead's sentence, the report one paragraph
            supines = _supine_run(blocks, i + 1)
            if len(supines) >= 2:
                out.append(replace(block, text=" ".join([block.text, *(b.text for b in supines)]),
                                   end=supines[-1].end))
                i += 1 + len(supines)
                continue
        names = block.kind is BlockKind.PARAGRAPH and not outcomes and _leads_to_names(block.text, lists_items)
        # longer names only under a lead that speaks of no promise ("Löftet innebär:" lists it)
        longer = names and not forms.mentions_promises(block.text)
        run = _label_run(blocks, i + 1, commits, sentences=outcomes, names_task=names_task, longer=longer)
        if block.kind is BlockKind.PARAGRAPH and (outcomes or names) and len(run) >= (1 if method else 2):
            text = " ".join([block.text, *(b.text for b in run)])
            out.append(replace(block, text=text, end=run[-1].end))
            i += 1 + len(run)
            continue
        out.append(block)
        i += 1
    return out


def _leads_to_names(text: str, lists_items: Callable[[str], bool]) -> bool:
    """A lead over bare names: one whose list holds no items of their own, read whole or by
    its last sentence ("… för 2025. Vi kommer att arbeta med:" lists promises)."""
    stripped = text.rstrip()
    last = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", stripped)[-1]
    return stripped.endswith(":") and not re.search(r"\batt\s*:$", stripped, re.IGNORECASE) and not (
        lists_items(stripped) or lists_items(last))


def _label_run(blocks: Sequence[Block], start: int, commits: Callable[[str], bool],
               sentences: bool = False, names_task: Callable[[str], bool] = lambda text: False,
               longer: bool = False) -> list[Block]:
    """The bare names listed from `start` on (and, with `sentences`, short sentences; with
    `longer`, names of up to ten words: "Ett utsatt område kännetecknas av: • Svårigheter för
    polisen att fullfölja sitt uppdrag", rule described-names)."""
    run: list[Block] = []
    tasks: bool | None = None  # asked only where a longer name is in question: it reads the text
    for block in blocks[start:]:
        text = block.text.strip()
        # with `sentences`, a longer bulleted name too ("Förebyggande arbete gällande unga med
        # riskbeteenden"); a numbered line that long may be the next section's numbered heading
        listed = _is_name(text, 5) or (sentences and _is_short_sentence(text))
        # a longer name opens in capitals ("Svårigheter för polisen …"); in lower case it goes on
        # the lead's sentence ("Polisen: • öka närvaron i centrum …"), an item of its own
        named = sentences or (longer and text[:1].isupper())
        if not listed and named and not block.ordered and _is_name(text, 10):
            if tasks is None:  # a list that opens on a task ("Minska försäljningen …") lists no areas
                tasks = names_task(blocks[start].text.strip())
            listed = not tasks
        if block.kind is not BlockKind.LIST_ITEM or not listed or commits(text):
            break
        run.append(block)
    return run


# "Vi har bland annat:", "Polisen har under året:": a perfect whose supines the items bring
_REPORTED_LEAD = re.compile(r"\bhar(?:\s+\w+){0,3}\s*:\s*$", re.IGNORECASE)
_SUPINE = re.compile(r"^[a-zåäö]\w*(?:at|it|tt|t)\b")


def _supine_run(blocks: Sequence[Block], start: int) -> list[Block]:
    """The items from `start` on that open with a supine in lower case ("förbättrat …")."""
    run: list[Block] = []
    for block in blocks[start:]:
        if block.kind is not BlockKind.LIST_ITEM or not _SUPINE.match(block.text.strip()):
            break
        run.append(block)
    return run


def _is_short_sentence(text: str) -> bool:
    """An outcome or a priority stated in one sentence: "Ökad trygghet bland invånarna."."""
    return 0 < len(text.split()) <= 20 and text.endswith(".") and one_sentence(text)


def _is_name(text: str, most: int) -> bool:
    """A bare name: at most `most` words, no full stop, not an infinitive clause."""
    words = text.split()
    return 0 < len(words) <= most and not text.endswith((".", "!", "?", ":")) and words[0].lower() != "att"


# --- kind of report ------------------------------------------------------------------


class FoundPromise(Protocol):
    """What the doc_type decision reads of a promise the segmentation found."""

    actors: list[str]
    confidence: float
    part: str  # "promise" or "follow_up": the part of the report it stands in

    @property
    def reported(self) -> bool: ...

    @property
    def activities(self) -> Sequence[object]: ...


def decide_doc_type(page: Sequence[str], texts: Sequence[str], title: str | None, headings: Sequence[str],
                    promises: Sequence[FoundPromise], actor_reports: Callable[[], int],
                    reported_in_own_section: bool = False,
                    names_a_municipality: Callable[[], bool] = lambda: True) -> Decision[str]:
    """promise, follow_up, combined or other, by ranked signals.

    `page` is every line of the page (furniture included: a newspaper's byline may stand
    there), `texts` the content, `headings` those before the first promise (a closing
    "Uppföljning" link does not make a follow-up), `actor_reports` counts the paragraphs in
    which a party reports what it did; `reported_in_own_section` says that a promise stated
    with its activities is reported on under a later follow-up heading of the same text;
    `names_a_municipality` whether the text names any municipality at all.
    """
    reported = [p for p in promises if p.reported]
    fresh = [p for p in promises if not p.reported]

    def newspaper() -> str | None:
        return "other" if press_signals(page) else None

    def not_about_promises() -> str | None:
        mentions = names_medborgarlofte(texts) or (
            sum(1 for p in promises if "police" in p.actors and p.confidence >= 0.9) >= 2)
        not_a_report = starts_with_any(title or "", section_pattern("headings", "not_a_report"))
        return "other" if not mentions or not_a_report else None

    def nobodys() -> str | None:
        """Rule nobodys-promises: a text that states no promise, reports nothing done, names
        no municipality and heads itself with no year (a national body's page on the method, a
        guide to the agreements) is no report; a follow-up, or a page on the promises of a year
        ("Medborgarlöfte för 2024 undertecknades"), that names no place is still one."""
        tops = [title or (texts[0] if texts else ""), *headings[:2]]  # no title: the opening line
        if promises or any(is_follow_up_title(h) or years_in(h) for h in tops):
            return None
        return "other" if actor_reports() == 0 and not names_a_municipality() else None

    def both_parts() -> str | None:
        states = any(p.activities or p.part == "promise" for p in fresh)
        return "combined" if (reported and fresh and states) or reported_in_own_section else None

    def follow_up() -> str | None:
        titled = any(is_follow_up_title(h) for h in [title or "", *headings[:2]])
        return "follow_up" if reported or titled else None

    def reports_only() -> str | None:
        return "follow_up" if not promises and actor_reports() >= 2 and not announces_promises(title) else None

    return decide([("newspaper article", newspaper), ("no medborgarlöfte text", not_about_promises),
                   ("no promise, no municipality", nobodys),
                   ("promises stated and reported on", both_parts), ("promises reported on", follow_up),
                   ("reports of what was done", reports_only)], "promise")


# --- kind of text ------------------------------------------------------------------

# "LULEÅ. Polisen har ...": a place of one to three words in capitals, then the article's
# first sentence; a heading in capitals that ends with a full stop ("KRAFTSAMLING PÅ
# KOMMUNENS SKOLOR.") is longer, or stands alone
_DATELINE = re.compile(r"^[A-ZÅÄÖ]{3,}(?:[- ][A-ZÅÄÖ]{2,}){0,2}\.\s+[A-ZÅÄÖ]\w*(?:\s+\S+){3,}")
# "Luleå2018-02-12 18:47", "LULEÅ2018-02-12 18:47"
_STAMP = re.compile(r"^[A-ZÅÄÖ][A-Za-zÅÄÖåäö]+\d{4}-\d{2}-\d{2}\s+\d{1,2}[:.]\d{2}$")


def press_signals(texts: Sequence[str]) -> list[str]:
    """Signs that a newspaper (or a political party) wrote the text: advertising lines, a
    byline, a dateline, a party's press release or its call to read what it wants, a
    newspaper citing its own reporting, a person quoted speaking to it ("berättar Anna Berg för
    Åby-Posten"), a short line naming the paper's site ("Läs mer på abynyheter.se"), a
    timestamped place line, an interviewer's question."""
    v = vocabulary()
    found: list[str] = []
    for index, text in enumerate(texts):
        line = text.strip()
        lowered = line.lower()
        if lowered in v.press_lines:
            found.append("byline" if lowered == "av" and index + 1 < len(texts) else f"line '{line}'")
        elif _DATELINE.match(line):
            found.append(f"dateline '{line.split('.')[0]}.'")
        elif v.press_credits is not None and v.press_credits.match(line) and _credits_a_person(line):
            found.append(f"byline '{line}'")
        elif _STAMP.match(line):
            found.append(f"place and time stamp '{line}'")
        elif _holds(lowered, v.reporting_words) and v.press_reporting.search(line):
            found.append("a newspaper cites its own reporting")
        elif _holds(lowered, v.cited_words) and v.press_cites.search(line):
            found.append("a newspaper cites the parties' own text")
        elif "@" in line and v.press_mail.search(line):
            found.append("a reporter's e-mail at the newspaper")
        elif v.press_party.match(line):
            found.append(f"a political party publishes the text '{line}'")
        elif "." in line and len(line.split()) <= 8 and v.press_site.search(line):
            found.append(f"a pointer to the newspaper's site '{line}'")  # "Läs mer på abynyheter.se"
        elif _place_dateline(line, texts[index + 1] if index + 1 < len(texts) else ""):
            found.append(f"dateline '{line}'")
        elif _holds(lowered, v.told_words) and v.press_told.search(line):
            found.append("a person quoted speaks to the newspaper")
        elif line.endswith("?") and len(line.split()) <= 15 and _asks_an_interviewee(lowered, v) \
                and not is_furniture(line) and _among_quotes(texts, index, v):
            # "Hittade du det du sökte?" asks the reader, not an interviewee
            found.append(f"interview question '{line}'")
    return found


def _among_quotes(texts: Sequence[str], index: int, v: _Vocabulary) -> bool:
    """An interviewer's question stands in a text that quotes people ("…, säger Anna Berg"),
    or is the last line of a text cut there; a page's own question over its answer ("Hur
    uppnår ni medborgarlöftena?" over "• Polisen ska …"), on a page that quotes no one, asks
    on the reader's behalf."""
    if not any(text.strip() for text in texts[index + 1:]):
        return True
    return any(_holds(text.lower(), v.told_words) and v.press_speaker.search(text) for text in texts)


def _stems(terms: list[str]) -> tuple[str, ...]:
    """Each term's first word up to its wildcard ("skrev*" -> "skrev"), lower-cased."""
    return tuple(t.split()[0].split("*")[0].lower() for t in terms)


def _holds(lowered: str, words: tuple[str, ...]) -> bool:
    return any(word in lowered for word in words)


def _place_dateline(line: str, after: str) -> bool:
    """"LINDESBERG" on a line of its own over the article's first paragraph: a newspaper's
    dateline, a municipality's name in capitals and nothing more."""
    return (line.isupper() and len(line.split()) <= 2 and not line.endswith(".") and len(after.split()) >= 12
            and bool(find_bare(line.title())))


def _asks_an_interviewee(lowered: str, v: _Vocabulary) -> bool:
    """A question that speaks to someone ("ni", "du") and opens with a question word or speaks
    to "ni": an interviewer's; "Vill du veta mer?" asks the page's reader."""
    words = re.findall(r"\w+", lowered)
    spoken_to = set(words) & v.question_words
    return bool(spoken_to) and (words[0] in v.question_openers or "ni" in spoken_to)


_PERSON = re.compile(r"(?::|\bav)\s*[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ]\.?)*(?:\s+[A-ZÅÄÖ][a-zåäö-]+)+\s*$")


def _credits_a_person(line: str) -> bool:
    """"Text: Anna M Berg", "Skrivet av Anna Berg": the credit names a person (first and last
    name), as a byline does, not an office ("Text: Kommunikationsavdelningen")."""
    return len(line.split()) <= 6 and _PERSON.search(line) is not None


def names_medborgarlofte(texts: Iterable[str]) -> bool:
    return any(word in spelled_right(t).lower() for t in texts for word in ("medborgarlöft", "medborgarlov"))


def announces_promises(title: str | None) -> bool:
    """"Polisen och Åby kommun avger medborgarlöfte", "Nytt medborgarlöfte för 2025": a title
    that announces promises given (document.toml [follow_up] new_promise)."""
    pattern = vocabulary().new_promise
    return bool(title and forms.mentions_promises(title) and pattern is not None and pattern.search(title))


def is_follow_up_title(title: str | None) -> bool:
    """A title that opens as a follow-up ("Uppföljning …", [follow_up] titles), or that says
    of the promises that they were kept ("Så har medborgarlöftena till invånarna uppfyllts",
    [follow_up] kept)."""
    v = vocabulary()
    if not title:
        return False
    if v.follow_up_titles is not None and v.follow_up_titles.match(title.strip()):
        return True
    return v.kept_promise is not None and forms.mentions_promises(title) and v.kept_promise.search(title) is not None


# --- title ---------------------------------------------------------------------------


_POSTAL = re.compile(r"^\d{3} ?\d{2}\s+[A-ZÅÄÖ]")  # a Swedish postal code and town
# a street address closing a line ("Stadshuset, Nytorget 1", "Storgatan 12 B")
_STREET = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]*(?:gatan|vägen|torget|gränd|allén|gata|väg|torg|plan)"
                     r"\s+\d{1,3}(?:\s?[A-Za-z])?$")


def _publisher_only(text: str) -> bool:
    """"Lokalpolisområde Åby", "Polisen i Åby", "Åby kommun": a heading that names who publishes
    and nothing more (`document.toml` [title] publishers, and names)."""
    words = re.findall(r"\w+", text)
    publishers = vocabulary().publishers
    return bool(words) and any(w.lower() in publishers for w in words) and all(
        w.lower() in publishers or w[:1].isupper() for w in words)


def _site_section(top: Block, blocks: Sequence[Block]) -> bool:
    """Rule site-section: a top heading of three words or fewer that names no promise ("Kommun &
    politik", "Trygghet och säkerhet") right over a heading that names them, nothing between,
    is the section of the site the page stands in, not its title."""
    if forms.mentions_promises(top.text) or len(top.text.split()) > 3:
        return False
    after = next((b for b in blocks[blocks.index(top) + 1:] if not is_furniture(b.text)), None)
    return after is not None and after.kind is BlockKind.HEADING and forms.mentions_promises(after.text)


def _after_contact_box(blocks: Sequence[Block]) -> list[Block]:
    """Rule contact-box: a page that opens on its contact box ("Kontakta oss", "Besöksadress",
    "Telefon 08-555 010 00", "Akuta ärenden när kommunen har stängt") has its title after it:
    the lines from the box's heading to the first heading naming the promises are no title.
    Without such a heading below, only the box's own lines (its heading, a phone number) are
    left out."""
    contact, phone = section_pattern("notes", "boilerplate"), word_patterns("contact", "phone")
    start = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING and starts_with_any(b.text, contact)),
                 None)
    if start is not None:
        end = next((i for i in range(start + 1, len(blocks)) if blocks[i].kind is BlockKind.HEADING
                    and forms.mentions_promises(blocks[i].text)), None)
        if end is not None:
            return list(blocks[:start]) + list(blocks[end:])
    return [b for b in blocks if not (starts_with_any(b.text, contact) or phone.search(b.text))]


def decide_title(blocks: Sequence[Block], meta_title: str | None) -> Decision[str | None]:
    """The report's title: a heading naming the promises, else the top heading, else metadata."""
    dated = word_patterns("contact", "place_date")  # "19 april 2023": the page's date
    press_lines = vocabulary().press_lines  # "Artikelbild": a news site's label over a photo
    headings = [b for b in _after_contact_box(blocks[:20]) if b.kind is BlockKind.HEADING and not is_furniture(b.text)
                and not _POSTAL.match(b.text) and not _STREET.search(b.text)  # a contact block's address
                and not dated.match(b.text.strip()) and b.text.strip().lower() not in press_lines]

    def top_heading() -> str | None:
        if not headings:
            return None
        top = min(headings, key=lambda b: b.level)
        if _publisher_only(top.text) and any(forms.mentions_promises(b.text) for b in headings[:4]):
            return None  # rule publisher-line: "Lokalpolisområde Åby" over "Medborgarlöften Åby 2024"
        if _site_section(top, blocks):
            return None  # rule site-section: "Kommun & politik" over "Medborgarlöftet för 2023 är undertecknat"
        return top.text if len(top.text.split()) > 1 or forms.mentions_promises(top.text) else None

    def naming() -> str | None:
        """Under a one-word category heading ("TRYGGHET"): the heading that names the promises."""
        return next((b.text for b in headings if forms.mentions_promises(b.text)), None)

    def opening_line() -> str | None:
        """Rule opening-line: a web page copied as text opens, after its menu (and the date it
        was published), on its title, a line of up to 16 words with no full stop that the
        loader took for a paragraph for its length ("Satsning ihop med Åby kommun för minskad
        brottslighet och ökad trygghet"), or one of four words or more that names the promises
        ("Förnyade medborgarlöften för ökad trygghet", set over two lines)."""
        first = next((b for b in blocks[:8] if not is_furniture(b.text) and not dated.match(b.text.strip())), None)
        if first is None or first.kind is not BlockKind.PARAGRAPH or first.locator.lines is None:
            return None
        text = first.text.strip()
        least = 4 if forms.mentions_promises(text) else 6
        if not least <= len(text.split()) <= 16 or text.endswith((".", ":", "!", "?", ",")) or "|" in text \
                or any(h.level == 1 for h in headings):  # a title the source marks itself wins
            return None
        return text if (not headings or headings[0].start > first.start) and text[:1].isupper() else None

    def any_heading() -> str | None:
        return headings[0].text if headings else None

    return decide([("opening line", opening_line), ("top heading", top_heading),
                   ("heading naming the promises", naming),
                   ("first heading", any_heading), ("document metadata", lambda: meta_title)], None)


# --- municipalities ------------------------------------------------------------------


def official_mentions(texts: Iterable[str]) -> list[Kommun]:
    """Municipalities named in official form ("Härjedalens kommun", "Region Gotland"), the
    most named first; those named far less than the most named are dropped. Rule
    listed-municipalities: one that closes a list of municipalities ("… representanter för
    Umeå, Bjurholm och Vännäs kommun") names the neighbours the page tells of, not who gives
    its promises, and counts only where nothing else is named so."""
    counts: Counter[Kommun] = Counter()
    order: dict[Kommun, int] = {}
    listed: list[Kommun] = []
    for text in texts:
        for mention in find(text):
            if _closes_a_list(text, mention.start):
                listed.append(mention.kommun)
                continue
            counts[mention.kommun] += 1
            order.setdefault(mention.kommun, len(order))
    if not counts:
        for kommun in listed:
            counts[kommun] += 1
            order.setdefault(kommun, len(order))
    if not counts:
        return []
    top = max(counts.values())
    keep = [k for k in counts if counts[k] * 3 >= top]
    return sorted(keep, key=lambda k: order[k])


# "Umeå, Bjurholm, Vindeln och ": names, commas between them, and the last "och" or "samt"
_LIST_BEFORE = re.compile(r"((?:[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?,\s+)+[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?)"
                          r"\s+(?:och|samt)\s+$")


def _closes_a_list(text: str, start: int) -> bool:
    """Does the mention at `start` end a list of two or more municipalities named bare?"""
    found = _LIST_BEFORE.search(text, max(0, start - 200), start)
    if found is None:
        return False
    names = [part.strip() for part in found.group(1).split(",")]
    return len(names) >= 2 and all(find_bare(name) for name in names)


def bare_mentions(texts: Iterable[str]) -> list[Kommun]:
    found: list[Kommun] = []
    for text in texts:
        for mention in find_bare(text):
            if mention.kommun not in found:
                found.append(mention.kommun)
    return found


def fold(text: str) -> str:
    """Lower case without diacritics, spaces as hyphens: "Malung-Sälen" -> "malung-salen"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s_]+", "-", plain)


@cache
def _folded_names() -> list[tuple[str, Kommun]]:
    return sorted(((fold(k.name), k) for k in register().values()), key=lambda p: -len(p[0]))


def file_name_municipalities(path: str) -> list[Kommun]:
    """Municipalities named in a file name ("goteborg-uppfoljning-2018.txt"): a last resort."""
    stem = fold(PurePath(path).stem)
    found: list[Kommun] = []
    taken: list[tuple[int, int]] = []
    for name, kommun in _folded_names():
        for match in re.finditer(rf"(?<![a-z]){re.escape(name)}(?![a-z])", stem):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            if kommun not in found:
                found.append(kommun)
    return found


def decide_municipalities(blocks: Sequence[Block], title: str | None, path: str) -> Decision[list[Kommun]]:
    texts = [b.text for b in blocks if b.kind is not BlockKind.TABLE and b.text]
    headings = [b.text for b in blocks if b.kind is BlockKind.HEADING]
    return decide([
        ("named in official form",
         lambda: _with_districts(_with_promise_headings(official_mentions(texts), headings), texts)),
        ("named in the title", lambda: bare_mentions([title] if title else [])),
        ("named in a heading", lambda: bare_mentions(headings[:3])),
        ("named in the file name", lambda: file_name_municipalities(path)),
        ("named as the police's place", lambda: police_places(texts)),
        ("a district of the city named", lambda: district_mentions(texts)),
    ], [])


def _with_promise_headings(named: list[Kommun], headings: Sequence[str]) -> list[Kommun]:
    """Rule promise-heading-places: on a page that names municipalities in official form, one
    named bare in a heading over its own promises ("Medborgarlöfte Askersund" among
    "Medborgarlöfte Kumla" and "Medborgarlöfte Hallsberg") gives promises too."""
    if not named:
        return named
    pattern = section_pattern("headings", "promise_lists")
    found = list(named)
    for heading in headings:
        match = starts_with_any(heading, pattern)
        if match is None:
            continue
        # the name right after the promise word ("Medborgarlöfte för Askersund 2025"), not a
        # police area's ("Medborgarlöfte mellan lokalpolis Borås och …")
        rest = _AFTER_PROMISE_WORD.sub("", match.string[match.end():])  # the heading, its marks left out
        found += [m.kommun for m in find_bare(rest) if m.start == 0 and m.kommun not in found]
    return found


_DISTRICTS_BESIDE = 2  # distinct districts of one city a page names beside a municipality


def _with_districts(named: list[Kommun], texts: Sequence[str]) -> list[Kommun]:
    """Rule districts-beside: a page that names a municipality in official form and two
    districts of a city or more ("… Lidingö stad och stadsdelsförvaltningarna Kungsholmen
    och Östermalm") covers that city too, as a police area of city districts and a
    neighbouring municipality does. One district's name alone (a police area named for it,
    "lokalpolisområde Norrmalm") adds nothing."""
    if not named:
        return named
    by_city: dict[Kommun, set[str]] = {}
    for text in texts:
        for name, kommun in district_names(text):
            by_city.setdefault(kommun, set()).add(name)
    return named + [kommun for kommun, names in by_city.items()
                    if len(names) >= _DISTRICTS_BESIDE and kommun not in named]


_AFTER_PROMISE_WORD = re.compile(r"^[\s–—:-]*(?:(?:för|i)\s+)?")


def district_mentions(texts: Iterable[str]) -> list[Kommun]:
    """Rule district-of-city: a page of a city's district that names no municipality
    ("Medborgarlöfte i Lundby 2020", "Trygg i Hisingen") is the city's, where one city's
    districts alone are named (data/districts.toml)."""
    found = {kommun for text in texts for kommun in find_districts(text)}
    return list(found) if len(found) == 1 else []


# "Polisen i Lycksele", "kommunpolisen i Åre": the place a police named in the text serves
_POLICE_PLACE = re.compile(r"\b(?i:(?:lokal|kommun|område|när)?polisen\s+i)\s+([A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?)")


def police_places(texts: Iterable[str]) -> list[Kommun]:
    """Rule police-place: where no municipality is named otherwise, "Polisen i Lycksele lovar
    …" names the municipality whose police gives the promises (as a bare name)."""
    return bare_mentions(match.group(1) for text in texts for match in _POLICE_PLACE.finditer(text))


# --- period -----------------------------------------------------------------------------

_YEAR = r"(?:19|20)\d{2}"
_SPAN_END = re.compile(r"[.;!?](?:\s|$)")
# abbreviations whose full stop ends no sentence ("gäller från 8 maj 2019 t.o.m. 30 april 2020")
_ABBREVIATION = re.compile(r"\b(?:t\.o\.m|fr\.o\.m|t\.ex|bl\.a|m\.m|s\.k|ca|kl|resp|dvs|jfr)\.", re.IGNORECASE)


def _span_end(text: str, start: int = 0) -> re.Match[str] | None:
    """Where the sentence holding `text[start:]` ends: `_SPAN_END`, an abbreviation's full
    stop left out (the text is masked at the same length, so the match's place is the text's)."""
    return _SPAN_END.search(_ABBREVIATION.sub(lambda m: m.group(0).replace(".", "_"), text), start)


# A range whose second year is cut to its last two figures: "2023/24", "2023–24"
_SHORT_RANGE = re.compile(rf"(?<!\d)({_YEAR})(\s*[-–—/]\s*)(\d{{2}})(?![\d-])")


def years_in(text: str) -> list[int]:
    """Years in a text, dates and year ranges included ("2020-11-18", "2024-2025", "2020/2021",
    "20190601", and "2023/24" or "2023–24", a school or business year written short, for 2023
    to 2024)."""
    found = []
    if "/" in text or "-" in text or "–" in text or "—" in text:
        text = _SHORT_RANGE.sub(_full_range, text)
    text = _COMPACT_DATE.sub(r"\1-\2-\3", text)  # "20190601-20211231": dates written without dashes
    for match in re.finditer(rf"(?<!\d){_YEAR}(?!\d)", text):
        found.append(int(match.group(0)))
    return [y for y in found if 1990 <= y <= 2100]


_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


def _full_range(match: re.Match[str]) -> str:
    """A short range written out ("2023/24" -> "2023/2024") where its second year follows the
    first within four; any other pair of figures is left as it stands."""
    first, second = int(match.group(1)), int(match.group(3))
    if not 1 <= (second - first) % 100 <= 4:
        return match.group(0)
    return f"{first}{match.group(2)}{first + (second - first) % 100}"


def stated_years(text: str) -> list[int]:
    """Years a promise states, not those it compares with: "Färre anmälda misshandel än 2018
    under 2019–2020" covers 2019 to 2020 (document.toml [period] baseline)."""
    baseline = vocabulary().baseline
    return years_in(baseline.sub(" ", text) if baseline is not None else text)


def _span(years: list[int]) -> tuple[int, int] | None:
    return (min(years), max(years)) if years else None


def validity_statement(texts: Iterable[str]) -> tuple[int, int] | None:
    """"Medborgarlöftet gäller under perioden 2023 till och med 2025", "löper för åren 2022 och 2023",
    "giltigt från och med 2021-01-18 till 2021-12-31": the years after a validity word, to the
    end of the sentence, in a sentence that also names the promise (or opens with the word);
    not one that names only an agreement (document.toml [period] agreements), whose years
    are its own ("Samverkansöverenskommelse för åren 2020–2024")."""
    v = vocabulary()
    for text in texts:
        for cue in v.validity.finditer(text):
            rest = text[cue.end():cue.end() + 70]
            end = _span_end(rest)
            years = years_in(rest[: end.start()] if end else rest)
            sentence_start = max(text.rfind(". ", 0, cue.start()), 0)
            sentence = text[sentence_start:cue.end()]
            soon = bool(years_in(rest[:30]))  # "gäller 2020-2021", not "när det gäller trafiken ..."
            names_promise = v.promise_words.search(sentence)
            if not names_promise and v.agreements is not None and v.agreements.search(sentence):
                continue  # "Samverkansöverenskommelse för åren 2020-2024": the agreement's years
            if years and (names_promise or soon):
                return _span(years)
    return None


_MAY = re.compile(r"\b(?:kan|kunna|skulle)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)  # "kan komma att förlängas"


def extension_statement(texts: Iterable[str]) -> tuple[int, int] | None:
    """Rule extension: "Medborgarlöftet för 2023–2024 förlängs till och med 2025", "har beslutat
    att förlänga medborgarlöftet från 2022 att gälla även under 2023": the promises now cover
    every year the sentence names, those first given and those added. Only in a sentence that
    names the promises, not where what is extended is an agreement ("… förlänga den
    samverkansöverenskommelse …", document.toml [period] agreements) nor where the extension
    only may come ("… men kan förlängas")."""
    v = vocabulary()
    for text in texts:
        for cue in v.extension.finditer(text):
            stop = text.rfind(". ", 0, cue.start())  # the sentence before it ends there
            start = stop + 2 if stop >= 0 else 0
            end = _span_end(text, cue.end())
            sentence, after = text[start:end.start() if end else len(text)], cue.end() - start
            if _MAY.search(text, start, cue.start()) or not v.promise_words.search(sentence):
                continue
            promise = v.promise_words.search(sentence, after)
            agreement = v.agreements.search(sentence, after) if v.agreements is not None else None
            if agreement is not None and (promise is None or agreement.start() < promise.start()):
                continue  # "… i stället förlänga den samverkansöverenskommelse …": the agreement is extended
            if years := [y for found in _COVERED.finditer(sentence) for y in years_in(found.group(0))]:
                return _span(years)
    return None


# A year the promises cover, as an extension names it: after a word of time or a range's dash
# ("för 2023–2024", "till och med 2025", "även under 2023", "från 2022", "gäller 2022"), not
# the year of the decision ("förlängdes 2019", "i december 2019")
_COVERED = re.compile(r"\b(?:för|till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?|även|under|från|och|året|åren"
                      r"|gäller|gälla)\s+(?:(?:hela|år|året|åren)\s+)?(?:19|20)\d{2}(?:\s*[–—/-]\s*(?:19|20)?\d{2})?",
                      re.IGNORECASE)


def states_validity(sentence: str) -> bool:
    """"Löftet gäller från 2018 till och med 2020.", "Medborgarlöftena löper under 2024–2025.":
    a sentence that opens with a word for the promises and states the years they are valid
    (`validity_statement`). It speaks about the promises; it gives none."""
    stripped = sentence.lstrip(" \t-–•*\"'«»(")
    return vocabulary().promise_words.match(stripped) is not None and validity_statement([stripped]) is not None


def promise_headings(headings: Iterable[str]) -> tuple[int, int] | None:
    """Years in headings that name the promises, all of them: a page that keeps the promises of
    2016-2017 and of 2018-2019 covers 2016-2019. Rule period-heading: a heading that is a word
    for the time the work runs and its years ("Genomförande 2020-2022") names them too."""
    v = vocabulary()
    years = [y for h in headings if v.promise_words.search(h) or v.period_headings.match(h)
             for y in years_in(h)]
    return _span(years)


def _period_heading(words: list[str]) -> re.Pattern[str]:
    """A heading that is one of `words`, then years and nothing else ("Tidsperiod: 2023–2024",
    "Genomförande 2020 - 2022"); not a sentence that opens with the word."""
    if not words:
        raise ValueError("document.toml: [period] period_headings is empty")
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*(?:{names})\s*:?\s*{_YEAR}(?:\s*(?:[-–—/]|till(?:\s+och\s+med)?)\s*{_YEAR})?\s*$",
                      re.IGNORECASE)


# "2018 års", "2019–2020 års", "2023/24 års": the years of what the next word names
_YEARS_GENITIVE = re.compile(rf"(?<!\d)({_YEAR}(?:\s*[-–—/]\s*(?:{_YEAR}|\d{{2}}))?)\s+års\s+", re.IGNORECASE)


def promise_prose(texts: Iterable[str]) -> tuple[int, int] | None:
    """"medborgarlöften för 2025", "2018 års medborgarlöften", "medborgarlöftet under april
    2021 till april 2022", "under 2021 - 2022 särskilt fokusera", "ska under 2023 och 2024
    arbeta": years soon after a promise word or right before it, or a range of years, in the
    opening prose."""
    v = vocabulary()
    for text in texts:
        found = _years_by_promise_word(text, v)
        if found is not None:
            return found
        ranged = re.search(rf"\b(?:{v.range_words})\s+({_YEAR})\s*(?:[-–—]|\s(?:och|till)\s)\s*({_YEAR})(?!\d)", text,
                           re.IGNORECASE)  # "Under 2023–2024 kommer …" opens a sentence
        if ranged:
            return _span([int(ranged.group(1)), int(ranged.group(2))])
    return None


def _years_by_promise_word(text: str, v: _Vocabulary) -> tuple[int, int] | None:
    """The first years in `text` tied to a word for the promises: after it ("medborgarlöften
    för 2025") or, in the genitive, right before it (rule years-genitive: "2018 års
    medborgarlöften", "2019–2020 års löfte")."""
    found: list[tuple[int, tuple[int, int] | None]] = []
    for genitive in _YEARS_GENITIVE.finditer(text):
        if v.promise_words.match(text, genitive.end()):
            found.append((genitive.start(), _span(years_in(genitive.group(1)))))
            break
    for word in v.promise_words.finditer(text):
        window = text[word.end():word.end() + 50]
        end = _span_end(window)
        window = window[: end.start()] if end else window
        head = re.match(r"\w*(?:\s+\S+){0,5}?\s+(?=(?:19|20)\d{2})", window)
        if head:
            found.append((word.start(), _span(years_in(window[head.end():]))))
            break
    return min(found)[1] if found else None


def _work_times(words: list[str]) -> re.Pattern[str]:
    if not words:
        raise ValueError("document.toml: [period] work_times is empty")
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\s+({_YEAR})(?!\d)", re.IGNORECASE)


def work_years(texts: Iterable[str]) -> tuple[int, int] | None:
    """Rule work-years: "… minst två insatser under hösten 2015", "… senast 2024": the years
    in which the listed work is to be done (document.toml [period] work_times), where
    nothing else in the text gives the years: they are the years the promise covers."""
    pattern = vocabulary().work_times
    return _span([int(m.group(1)) for text in texts for m in pattern.finditer(text)])


def decide_period(blocks: Sequence[Block], title: str | None, path: str,
                  statements: Sequence[str] = (), reports: bool = True,
                  activities: Sequence[str] = ()) -> Decision[tuple[int, int] | None]:
    """The years the promises cover, by ranked signals (see each function); `activities` are
    the texts of the work listed under the promises. `reports` is
    False for a text that reports on no promise: a heading there that opens a follow-up
    ("Uppföljning medborgarlöftet 2021–2022", over a line pointing to it) names earlier
    promises, not those the text states."""
    texts = [b.text for b in blocks if b.kind is not BlockKind.TABLE and b.text]
    prose = [b.text for b in blocks if b.kind is not BlockKind.HEADING and b.kind is not BlockKind.TABLE]
    # a numbered line set as a heading ("2. Medborgarlöften 2024–2025") heads as one does
    headings = [b.text for b in blocks if b.kind is BlockKind.HEADING
                or (b.kind is BlockKind.LIST_ITEM and b.ordered and typed_heading(b.text, most=8))]
    stating = [h for h in headings if not is_follow_up_title(h)]
    if not reports and promise_headings(stating) is not None:
        headings = stating  # rule earlier-follow-up: the stated promises' headings alone

    def stated() -> tuple[int, int] | None:
        """A validity statement, an extension and headings naming the promises, together: a
        combined report names this year's promises in one and last year's in the other."""
        # a report on promises that carries some of them on ("Löftena om … förlängs och ingår i
        # medborgarlöftena för 2025") covers the years it reports on, not the next
        extended = None if reports else extension_statement(texts)
        spans = [s for s in (validity_statement(texts), extended, promise_headings(headings)) if s]
        return _span([y for span in spans for y in span])

    return decide([
        ("validity statement and headings naming the promises", stated),
        ("title", lambda: _span(years_in(title or ""))),
        ("years in the promise statements", lambda: _span([y for s in statements for y in stated_years(s)])),
        ("a year set alone under the title", lambda: year_line(blocks[:8])),
        ("prose naming the promises", lambda: promise_prose(prose[:8])),
        ("the years the listed work is done in", lambda: work_years(activities)),
        ("this year's promises in a dated text", lambda: this_years(texts)),
        ("file name", lambda: file_name_years(path, texts)),
    ], None)


_YEAR_LINE = re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[–—/-]\s*(?:19|20)?\d{2})?\s*$")


def year_line(blocks: Sequence[Block]) -> tuple[int, int] | None:
    """Rule year-line: "2025" or "2025–2026" on a line of its own among the first lines of
    the text (a cover's title, its parties, its year): the years its promises cover. Not
    where several such lines stand (an archive's menu of years)."""
    lines = [b.text for b in blocks if b.kind is not BlockKind.TABLE and _YEAR_LINE.match(b.text)]
    return _span(years_in(lines[0])) if len(lines) == 1 else None


# A date as pages print it: "2021-06-01", "Mar 06, 2020", "6 mars 2020".
_DATE = re.compile(
    r"\b(?:(?:19|20)\d{2}-\d{2}-\d{2}|[A-ZÅÄÖa-zåäö]{3,9}\.? \d{1,2}, (?:19|20)\d{2}"
    r"|\d{1,2} (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.? (?:19|20)\d{2})\b",
    re.IGNORECASE)


def this_years(texts: Sequence[str]) -> tuple[int, int] | None:
    """Rule this-year: "årets medborgarlöfte", "i år" in a text with one date ("Pressmeddelande •
    Mar 06, 2020"): the promises are those of the year it is dated."""
    if not any(vocabulary().this_year.search(text) for text in texts):
        return None
    years = {y for text in texts for date in _DATE.findall(text) for y in years_in(date)}
    return (years.pop(),) * 2 if len(years) == 1 else None


def file_name_years(path: str, texts: Sequence[str] = ()) -> tuple[int, int] | None:
    """Years in a file name ("trosa-medborgarlofte-2018-2019.pdf"), a last resort, and only
    where the text names them too, outside its dates: a page saved as "…-2017" whose text
    states no year (the news of that year, a date line) states no period."""
    years = years_in(PurePath(path).stem)
    named = {y for text in texts for y in years_in(_DATE.sub(" ", text))}
    return _span(years) if years and set(years) <= named else None
