"""Segmentation: from annotated blocks to promises, activities, results and notes.

Each block is first read on its own (`roles.read`: its role and the forms its text
takes, each by a named rule); the walk consumes those readings and decides only what
depends on place. The walk over the blocks keeps a small state: the promise whose part of the
report we are in (its *scope*), a pending "Löfte 2" heading waiting for its
statement (a *slot*), and whether the list under way lists activities or
results. Every decision records the evidence that made it, so a researcher can
audit a doubtful case.

Scope rules, in words:
- a promise statement opens a scope; the next promise, a heading at the same or
  a higher level, or a thematic break closes it;
- inside a scope, a list after "Polisen lovar att:" lists activities, a list
  after "Resultat:" lists results, and prose reports results when the promise
  has been followed up (a status, a follow-up section, or prose that reports);
- prose outside any scope is a note when it is a sentence of substance, and
  contact details, dates and signatures are never notes;
- a table is a set of promises when one column holds promise statements, and a
  list of activities and results of the promise in scope otherwise;
- a text that stops mid-sentence keeps its last paragraph with what the paragraph
  before it went to (a result of that promise), or as a note when it is prose.

After the walk, document-level rules settle what needs the whole text: statuses,
themes, who gives the promises that name no giver (`_report_giver`), and whether a
promise stated and reported on in the same text makes the report `combined`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from extract import forms, municipalities, promise_themes, roles, statuses, tables
from extract.blocks import Block, BlockKind, Document
from extract.document import (
    announces_promises,
    content_blocks,
    decide_doc_type,
    decide_municipalities,
    decide_period,
    decide_title,
    inline_lists,
    is_follow_up_title,
    join_label_lists,
    lead_colons,
    names_medborgarlofte,
    states_validity,
    unmarked_items,
    years_in,
)
from extract.language import LanguageStage
from extract.language import cues as cue_data
from extract.language.pipeline import names_a_place, place_at, text_of
from extract.lexicon import (
    TermSet,
    compile_term_set,
    section_pattern,
    spaced,
    starts_with_any,
    toml_data,
    word_patterns,
    word_set,
)
from extract.municipalities import Kommun
from extract.textnorm import announces, capitals_only, clean, ends_a_lead, one_sentence, strip_bullet, typed_heading

_LABEL = re.compile(r"^\w+(?:\s\w+)?:\s")  # "Fokusområde: Trafik", "Vårt löfte: …"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")  # "... (EST.)", "... sade hon.”" end sentences too


@dataclass(slots=True)
class Item:
    """An activity, result or note: its text, where it came from, and why it is one."""

    text: str
    block: Block
    confidence: float
    evidence: list[str]
    actors: list[str] = field(default_factory=list)
    status: str | None = None


@dataclass(slots=True)
class Promise:
    text: str
    block: Block
    actors: list[str]
    themes: list[str]
    confidence: float
    evidence: list[str]
    part: str  # "promise" or "follow_up": the part of the report it stands in
    title: str | None = None
    activities: list[Item] = field(default_factory=list)
    results: list[Item] = field(default_factory=list)
    status: str | None = None
    status_evidence: str | None = None
    row_statuses: list[str] = field(default_factory=list)
    implied_statuses: list[str] = field(default_factory=list)
    result_style: tuple[bool, bool] | None = None
    rule: str | None = None  # the named rule that made it, where one did (its id is in `evidence` too)
    givers_named: bool = True  # False where no subject or lead-in named who gives it
    by_we: bool = False  # named only as "vi": the parties the page speaks for (`_report_giver`)
    lead_in: Block | None = None  # the lead-in it is listed under ("Under 2024 lovar polisen att:")

    @property
    def reported(self) -> bool:
        return bool(self.results) or self.status is not None or bool(self.row_statuses)


@dataclass(slots=True)
class Segmentation:
    doc_type: str
    title: str | None
    municipalities: list[Kommun]
    period: tuple[int, int] | None
    promises: list[Promise]
    notes: list[Item]
    warnings: list[str]


@dataclass(slots=True)
class _State:
    current: Promise | None = None
    scope_level: int | None = None
    slot: Block | None = None
    slot_level: int | None = None
    list_mode: str | None = None  # "activities" or "results"
    list_actors: list[str] = field(default_factory=list)
    part: str = "promise"
    follow_up_heading: Block | None = None  # the heading that turned the part to a follow-up
    section_level: int | None = None  # level of the latest heading: the section we are in
    table_roles: list[str] | None = None
    table_header: list[str] | None = None
    table_promise: Promise | None = None  # the promise of a table's last row
    list_intro: Block | None = None  # "Polisen lovar att:" over a list of promises
    umbrella: Promise | None = None  # a statement with content of its own over the lists that follow
    promise_section: bool = False  # under a heading or lead-in that states promises
    background: bool = False  # under "Bakgrund", "Lägesbild", "Syfte": context only
    listed: list[Promise] = field(default_factory=list)  # the promises of the latest list
    listed_items: int = 0  # list items seen under the latest lead-in
    list_level: int = 0  # the depth of the first item under the latest lead-in
    topic: Block | None = None  # a follow-up's topic heading ("Trafiksäkerhet") not yet placed
    attach: str | None = None  # "results" or "activities" attached to `listed` by content
    paused: Block | None = None  # the lead-in of a list of promises a paragraph interrupted
    went_to: Promise | None = None  # the promise a heading at hand names (its results follow it)
    before: Promise | None = None  # the promise the block before went to (as its result, or the heading naming it)
    quoting: bool = False  # the block before was a quotation ("– ..., säger X")
    # lines under a promise heading before the promise's statement ("Ansvarig: Polisen",
    # "Målgrupp: Unga"): the heading, the parties named, and the evidence, kept for the promise
    # the heading opens
    slot_lines: tuple[Block, list[str] | None, list[str]] | None = None
    focus_promised: bool = False  # under a lead that promises work on the focus areas the headings name
    focus_named: bool = False  # under a lead that only names them ("Arbetet utgår från följande områden:")
    area: Block | None = None  # the focus area whose section the walk is in (rule area-section)
    activities_heading: Block | None = None  # "Aktiviteter" over the promise's activities (rule activities-heading)
    under_aims: bool = False  # the items in hand stand under a lead over aims (rule aim-lead)
    activity_areas: bool = False  # under "Aktiviteter", headings name the listed promise each part is of
    doing: bool = False  # under a heading that says what the parties will do ("Det här ska vi göra")
    grouped: bool = False  # the lead-in's promises stand under headings that group them (rule grouped-promises)
    giver_headings: int | None = None  # the level of the headings that name each group's giver ("Polis")
    arrangement: Block | None = None  # the latest bullet on the promise's arrangements (rule promise-arrangements)
    lists_heading: Block | None = None  # the latest heading over a list of promises (rule sibling-promise-headings)

    def close(self) -> None:
        self.current = None
        self.scope_level = None
        self.list_mode = None
        self.activities_heading = None
        self.list_actors = []
        self.list_intro = None
        self.attach = None
        self.grouped = False
        self.giver_headings = None


class Segmenter:
    """Segments one document; build one per report (it holds the walk's state)."""

    def __init__(self, document: Document, language: LanguageStage) -> None:
        self.document = document
        self.lang = language
        self.state = _State()
        self.promises: list[Promise] = []
        self.notes: list[Item] = []
        self.aims: list[Item] = []  # the notes that were statements set before the promises (rule umbrella-aim)
        self.warnings: list[str] = []
        self.title: str | None = None
        self.about_promises = False  # the text names medborgarlöften somewhere
        self.titled_promises = False  # the title names the promises ("Medborgarlöfte Åby 2025")
        self.kept_title = False  # the title says the promises were kept (rule kept-title)
        self.cut_off: Block | None = None  # the last paragraph, where the text stops mid-sentence
        self.follow_up_from: int | None = None  # where a follow-up section begins after promises stated
        self.leads_list: set[int] = set()  # ids of paragraphs ending in ":" right over a list
        self.prose_activities: set[int] = set()  # ids of paragraphs read as activities under a heading
        self.following: dict[int, Block] = {}  # each block's next block, by id
        self.preceding: dict[int, Block] = {}  # each block's block before, by id
        self.matches: dict[tuple[int, ...], tuple[Promise | None, float]] = {}  # see _listed_match
        self.areas: list[frozenset[str]] = []  # the short names listed in the text (`_listed_names`)
        self.context = roles.Context(language)

    # --- entry point ---------------------------------------------------------------

    def run(self) -> Segmentation:
        read = lead_colons(_numbered_titles(_lone_labels(_background_labels(_numbered_sections(
            content_blocks(self.document.blocks)))), self.lang))
        items = unmarked_items(inline_lists(read))
        self.areas = _listed_names(items)
        blocks = _trailing_heading(join_label_lists(items, forms.lists_items, forms.commits, forms.states_outcomes,
                                                    forms.follows_up, forms.counts_areas,
                                                    lambda item: forms.names_a_task(self.lang.doc(item))))
        self.lang.prepare(b.text for b in blocks if b.text)
        title = decide_title(blocks, self.document.meta_title).value
        blocks = _after_pre_title_lines(blocks, title)
        self.about_promises = names_medborgarlofte(b.text for b in blocks if b.text)
        self.context = roles.Context(self.lang, self.about_promises)
        self.title = title
        self.leads_list = {id(b) for b, after in itertools.pairwise(blocks)
                           if b.kind is BlockKind.PARAGRAPH and b.text.rstrip().endswith(":")
                           and after.kind is BlockKind.LIST_ITEM}
        self.following = {id(b): after for b, after in itertools.pairwise(blocks)}
        self.preceding = {id(after): b for b, after in itertools.pairwise(blocks)}
        last = blocks[-1] if blocks else None
        self.cut_off = last if (last is not None and last.kind is BlockKind.PARAGRAPH
                                and not _SENTENCE_END.search(last.text)) else None
        self.state.part = "follow_up" if title and forms.is_results_heading(title) else "promise"
        # a title saying the promises were kept ("Nästan alla medborgarlöften för 2021 är uppfyllda")
        self.kept_title = is_follow_up_title(title)
        self.state.promise_section = self.state.part == "follow_up"  # follow-ups restate their promises
        # a title that names the promises of a year or a place, not the method ("Medborgarlöften")
        self.titled_promises = bool(title and {"promise_lists", "promises"} & roles.section_kinds(title)
                                    and (years_in(title) or municipalities.find_bare(title)))
        for block in blocks:
            self.state.went_to = None
            self._block(block)
            self._give_slot_lines()
            self.state.before = self._went_to(block)
        self._settle_slot()
        if _blank_lines_part_paragraphs(blocks):
            self.notes = _join_run_on_notes(self.notes)
        self.promises = _merge_repeated(self.promises)
        self._dangling_leads()
        self._restated_aims()
        self._sole_promise_reports()
        statuses.settle(self.promises, [n.text for n in self.notes])
        promise_themes.assign(self.promises, blocks, self._themes, cue_data.strong_themes_in)
        first = min((p.block.start for p in self.promises), default=None)
        giver = _report_giver(blocks, self.lang, [b for b in blocks if first is None or b.start < first])
        sections = _party_sections(blocks, self.lang)
        for promise in self.promises:
            bracketed = _givers_in_brackets(promise, self.lang)
            section = sections.get(id(promise.block))
            sectioned = promise.by_we and section is not None and sorted(promise.actors) == ["municipality", "police"]
            committing = forms.committing_parties(self.lang.doc(promise.text))
            named = promise.actors if promise.givers_named else []
            if bracketed:
                promise.actors = bracketed
            elif sectioned and section is not None:
                promise.actors = [section[0]]
                promise.evidence.append(f"rule we-of-section: 'vi' under the heading '{section[1]}'")
            elif committing and not set(committing) <= set(named):
                # rule committing-parties: "… Polisen ska … och kommunen ska …" commits both
                promise.actors = _in_order([*named, *committing])
                promise.givers_named = True
                promise.evidence.append(f"rule committing-parties: {' and '.join(committing)} commit in the text")
            elif not promise.givers_named:
                promise.actors = _givers_by_content(promise, self.lang)
            if giver is not None and not bracketed and not sectioned and (not promise.givers_named or promise.by_we) \
                    and sorted(promise.actors) == ["municipality", "police"]:
                promise.actors = [giver[0]]
                promise.evidence.append(giver[1])
            promise.actors = roles.with_partners(promise.actors, promise.text, self.lang)
        # decided once, when first asked: the kind of text may ask whether it names any
        kommuner = cache(lambda: decide_municipalities(blocks, title, self.document.path).value)
        doc_type = self._doc_type(blocks, title, [b.text for b in self.document.blocks if b.text],
                                  lambda: bool(kommuner()))
        if doc_type == "other":
            return Segmentation("other", title, [], None, [], [], self.warnings)
        if doc_type == "follow_up":
            self._sole_promise_work()
        return Segmentation(
            doc_type=doc_type,
            title=title,
            municipalities=kommuner(),
            # the whole page, furniture included: a link's title may state the period
            period=decide_period(self.document.blocks, title, self.document.path,
                                 _statements(self.promises), reports=doc_type != "promise",
                                 activities=[a.text for p in self.promises for a in p.activities]).value,
            promises=self.promises,
            notes=self.notes,
            warnings=self.warnings,
        )

    # --- the walk ----------------------------------------------------------------

    def _block(self, block: Block) -> None:
        s = self.state
        r = roles.read(block, self.context)  # what the block is on its own
        role = r.role
        if role.name == "break":
            s.close()
            s.slot = None
            return
        if role.name == "table":
            self._table(block)
            return
        if role.name == "skip":
            return
        s.table_promise = None  # text between two tables: the second one starts afresh
        if self._cut_off_lead(block):
            return
        doc = r.doc
        status = doc._.status if role.name == "status-line" else (
            doc._.status_word if role.name == "status-word" and s.current else None)
        if status and (role.name == "status-line" or block.is_emphasised or s.current):
            self._status(status, block)
            rest = cue_data.status_remainder(block.text)
            if rest and s.current is not None and len(rest.split()) >= 3:
                self._result(s.current, block, rest, "rule status-line-result: prose after the status line",
                             self.lang.doc(rest))
            return
        if (s.current is not None or s.slot is not None) and block.kind is BlockKind.PARAGRAPH \
                and (lead := cue_data.status_lead(block.text)) is not None:
            # rule status-lead: "Klart. Polisen har genomfört …" under a promise: its status, and
            # the report after it its result
            self._status(lead[0], block)
            if s.current is not None:
                self._result(s.current, block, lead[1], "rule status-lead: the report after the status it opens on",
                             self.lang.doc(lead[1]))
            return
        if s.part == "follow_up" and block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) \
                and (marked := cue_data.status_mark(strip_bullet(block.text))) is not None:
            self._marked_topic(block, *marked)
            return
        if s.part == "follow_up" and block.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING) \
                and self._restated_with_givers(block, doc):
            return
        if s.part == "follow_up" and (topic := _numbered_activity(block)) is not None \
                and (s.current is None or s.current.rule == "numbered-activity"):
            self._numbered_activity(block, topic)
            return
        if s.part == "follow_up" and block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) \
                and s.list_mode is None and s.slot is None and s.topic is None \
                and (s.current is None or s.current.rule == "status-topic") \
                and (after := cue_data.status_topic(strip_bullet(block.text))) is not None:
            # rule status-topic: "Trafikkontroller (Status: Pågår)" with no promise above it; under
            # one, "• Ny belysning (delvis genomförd)" is its activity (rule item-status)
            self._marked_topic(block, *after, rule="status-topic")
            return
        if s.topic is not None and s.part == "follow_up" and block.kind is BlockKind.PARAGRAPH \
                and (target := roles.after_label(block.text, "labels", "goal", 2)) is not None:
            # rule topic-goal: "Mål: 10 kontroller under året." under a follow-up's topic heading:
            # the heading is the promise, its target what was promised
            promise = self._promise_from_topic(doc)
            promise.activities.append(Item(target, block, 0.8, ["rule topic-goal: the target under the topic"],
                                           actors=forms.intro_actors(self.lang.doc(target), leading=True)))
            return
        task = (roles.after_label(block.text, "labels", "activity") or forms.after_activity_lead(block.text)
                if block.kind is BlockKind.PARAGRAPH else None)
        if task \
                and (s.current is not None or s.slot is not None
                     or (self.about_promises and s.part == "promise" and not r.reports and not r.result_aspects)):
            self._labelled_activity(block, task)
            return
        if block.kind is BlockKind.PARAGRAPH and self.about_promises \
                and roles.after_label(block.text, "labels", "problem", 2) is not None:
            # rule problem-label: "Problem: Fortkörning förbi skolan." states the problem that
            # the measure below it meets: context, a note, and the start of the next promise
            s.close()
            self._note(block, doc, "problem-label: the problem the promise below meets")
            return
        if role.name == "responsible":
            parties = roles.responsible_parties(block.text, doc)
            if s.current is not None:
                if not self._activity_responsible(s.current, block, parties):
                    self._responsible(s.current, parties, block.text)  # rule responsible-line: names the giver
            elif s.slot is not None:  # set under the heading before the statement: kept for it
                self._keep_for_slot(s.slot, parties, f"rule responsible-line: '{block.text}'")
            return
        if role.name == "attribute":  # rule attribute-line: "Målgrupp: Unga 13–18 år" describes it
            if s.current is not None:
                s.current.evidence.append(f"rule attribute-line: '{block.text}'")
            elif roles.states_purpose(strip_bullet(block.text)) and (s.slot is None or s.slot.text == self.title):
                # no promise, nor one's heading, above it: what the page is for
                self._note(block, doc, "attribute-line: a purpose with no promise above it, the page's own")
            elif s.slot is not None:
                self._keep_for_slot(s.slot, None, f"rule attribute-line: '{block.text}'")
            return
        if (block.kind is BlockKind.LIST_ITEM and s.list_mode == "promises" and s.listed_items
                and block.level < s.list_level):
            # rule shallower-item: an item set out of the lead-in's list, back in the list the lead
            # stood in ("• Följande aktiviteter föreslås: ◦ … ◦ …" / "• Sammanställningen visar …"),
            # is no item of the lead's, nor of its promises
            s.close()
        if (block.kind is BlockKind.LIST_ITEM and s.list_mode is None and s.paused is not None
                and block.level == s.list_level and s.current is not None and s.current in s.listed):
            s.list_mode, s.list_intro = "promises", s.paused  # rule resumed-list: the list goes on
        if block.kind is not BlockKind.LIST_ITEM:
            s.under_aims = False
        if block.kind is BlockKind.HEADING:
            s.area = None
        elif block.kind is BlockKind.LIST_ITEM and s.list_mode is None and s.area is not None and s.current is None:
            s.list_mode, s.list_intro = "promises", s.area  # rule area-section: its items after its prose
        if block.kind is BlockKind.HEADING:
            # a topic set under "Det här ska vi göra" ("Fortsatt samverkan") keeps its section
            s.doing = "doing" in r.sections or (s.doing and not r.sections and len(block.text.split()) <= 6)
        if block.kind is BlockKind.HEADING or (block.kind is BlockKind.LIST_ITEM and s.list_mode is None):
            s.paused = None
        in_list = block.kind is BlockKind.LIST_ITEM and s.list_mode is not None
        if role.name == "boilerplate" and not in_list:
            return  # in a list under a lead-in, even a line with a phone number is an item
        if role.name == "quote" or (role.name == "boilerplate" and roles.is_quote(block.text)):
            s.quoting = True
            return  # "– Vi har ett bra samarbete, säger X": a quote is never a promise or a note
        if s.quoting and block.kind is BlockKind.LIST_ITEM and (
                block is self.cut_off or len(list(doc.sents)) >= 2 or roles.speaker_first(block.text)):
            return  # rule quote-goes-on: the next dashed paragraph of prose is the next speaker's
        s.quoting = False
        if self._under_bullet(block, doc):
            return
        cue = doc._.promise
        if s.attach == "results" and block.kind is BlockKind.PARAGRAPH and (
                forms.about_the_promises(block.text) or forms.names_next_promise(block.text) or (
                not r.result_aspects and not (doc._.status or doc._.implied_status))):
            s.attach = None  # prose that reports nothing ends the results listed apart ("Just nu arbetar …")
        if block.kind is BlockKind.HEADING and (s.attach == "activities" or s.activity_areas) and s.listed:
            if self._open_activity_area(block):
                return
            s.activity_areas = False
        if s.activity_areas and s.current is not None and block.kind is BlockKind.PARAGRAPH \
                and (r.lead_in is not None or r.activity_lead) and not forms.strong_verb(block.text):
            # "Gemensamma aktiviteter:", "Kommunens aktiviteter:" under the area's heading: whose they are
            self._intro("activities", list(r.lead_in.actors) if r.lead_in is not None else forms.intro_actors(doc))
            return
        if s.attach and block.kind is not BlockKind.HEADING and s.listed:
            self._attach_by_content(block, doc)
            return
        if r.aim_lead and not in_list and self._goal_of_promise(block):
            # rule promise-goal: "Målet är att:" right under the promise just stated lists its
            # targets ("• Färre anmälda misshandelsbrott än 2024"): its activities
            assert s.current is not None
            s.current.evidence.append(f"rule promise-goal: its targets listed under '{block.text}'")
            s.list_mode, s.list_actors = "activities", []
            return
        if r.aim_lead and not in_list:
            s.close()  # rule aim-lead: its items are aims, notes like it
            s.umbrella = None
            self._note(block, doc, "aim-lead: a lead-in over the aims of medborgarlöften, not measures")
            s.under_aims = True
            return
        if not in_list and (focus := self._leads_focus_headings(block, doc)):
            s.close()  # rule focus-area-headings: what the headings below hold commits
            s.umbrella, s.background, s.promise_section = None, False, True
            s.focus_promised, s.focus_named = focus == "promised", focus != "promised"
            self._note(block, doc, "focus-area-headings: a lead over the focus areas the headings below name")
            return
        lead_in = None if in_list else r.lead_in
        if lead_in is not None and s.background and forms.tells_finding(block.text):
            lead_in = None  # rule finding-lead: "Av enkäten framkommer att det viktigaste är:" is background
        under = self.following.get(id(block))
        if lead_in is None and block.kind is BlockKind.HEADING and self.about_promises \
                and (getattr(under, "kind", None) is BlockKind.LIST_ITEM or self._short_statement(under)) \
                and forms.party_lead(block.text, doc, heading=True) and len(forms.intro_actors(doc)) == 1:
            # rule party-lead: "Kommunens del" set as a heading right over its list, or over its
            # short statements a line each ("Polisens åtaganden" / "Polisen patrullerar i centrum
            # på helgkvällar."); a heading naming both parties ("Åby kommun och polisen") titles
            # the whole text's promises
            lead_in = roles.LeadIn(tuple(forms.intro_actors(doc)), False)
        if lead_in is not None and self._activities_after_list(r):
            lead_in = None  # "Det ska åstadkommas genom följande aktiviteter:" after the list of promises
        if lead_in is not None:
            self._start_list(block, doc, list(lead_in.actors), lead_in.names)
            return
        sectioning = block.kind is BlockKind.HEADING and (cue is None or cue.is_intro or "promise_lists" in r.sections)
        if sectioning and self._section_heading(r):
            return
        if s.background and block.kind is not BlockKind.HEADING:
            if block.kind is not BlockKind.LIST_ITEM and self._restates_area(block):
                self._open_area(block)
                return
            # "Bakgrund", "Lägesbild": context, even where it says "ska"
            self._note(block, doc, "background-section: under a heading of background (Bakgrund, Lägesbild, Syfte)")
            return
        if self._activities_after_list(r):
            s.close()  # "Det ska vi åstadkomma genom följande aktiviteter:" after a list of promises
            s.attach = "activities"
            return
        stated = r.states_promise
        # under a statement that announces its means ("… genom följande insatser:", "… genom att:"),
        # "Vi ska …" or "Polis och kommun ska …" is one of them; elsewhere a statement of its own
        announced = s.current is not None and (forms.announces_means(s.current.text) or (
            s.list_mode == "activities" and self._under_means_lead(block)))
        new_statement = s.list_mode == "activities" and (
            (stated and (cue.strength == "strong" or (forms.joint(cue) and not announced)))
            or (block.kind is BlockKind.PARAGRAPH and r.commitment == "parties-commit" and not announced))
        if in_list and s.list_mode in ("activities", "promises") and not new_statement:
            self._list_item(block, doc)  # a bullet "Kommunen lovar att X" still states a promise of its own
            return
        weak_item = (block.kind is BlockKind.LIST_ITEM and cue is not None and cue.strength == "weak"
                     and (not forms.joint(cue) or announced))
        sibling = (s.umbrella is not None and s.umbrella.block.kind is BlockKind.LIST_ITEM
                   and block.level <= s.umbrella.block.level)  # a bullet beside a bullet that promised
        if weak_item and s.current is not None and s.current is s.umbrella and not sibling:
            self._list_item(block, doc)  # "X ska ..." listed right under a promise: its activity
            return
        if s.current is not None and self._under_activity(block):
            s.current.activities.append(Item(strip_bullet(block.text), block, 0.7, [
                "rule under-activity: a bullet set under the promise's activity details it"],
                actors=forms.intro_actors(doc, leading=True)))
            return
        if not stated and s.current is not None and self._goes_on_activities(block):
            text, status = strip_bullet(block.text), None
            if s.current.part == "follow_up":  # "• Ny belysning (delvis genomförd)": the item's own status
                text, status = cue_data.status_suffix(text)
            s.current.activities.append(Item(text, block, 0.7, [
                "rule sibling-activity: a bullet right after its promise's activity, at its depth"],
                actors=forms.intro_actors(doc, leading=True), status=status))
            if status is not None:
                s.current.row_statuses.append(status)
            return
        if (block.kind is BlockKind.PARAGRAPH and s.list_mode == "activities" and s.current is not None
                and not s.current.activities and forms.means_lead(s.current.text)
                and self.preceding.get(id(block)) is s.current.block and not forms.strong_verb(block.text)):
            # rule means-prose: "Arbeta med unga genom att:" over a paragraph, "Områdespolisen skall
            # fortsätta sin samverkan med skolan …": the means it leads to, its activity
            s.current.activities.append(Item(clean(block.text), block, 0.7, [
                "rule means-prose: the paragraph right under a promise that ends 'genom att:'"],
                actors=forms.intro_actors(doc, leading=True)))
            return
        if (block.kind is BlockKind.PARAGRAPH and s.list_mode == "promises" and s.listed_items
                and s.list_intro is not None and s.list_intro.kind is BlockKind.HEADING
                and self._listed_statement(block)):
            self._paragraph(r)  # rule listed-paragraphs: "Polisen kommer att …" among them is one of them
            return
        if stated and self._accepts_promise(block, cue):
            if self._states_named(block):
                return
            self._open_promise(block, cue)
            return
        if self._continued_work(r):
            assert s.current is not None
            self._result(s.current, block, clean(block.text), "rule continued-work: after the report on the "
                         "promise, the work on it goes on", doc)
            return
        if (elaborated := self._elaborated_promise(r)) is not None:
            elaborated.activities.append(Item(clean(block.text), block, 0.7, [
                "rule passive-elaboration: a passive sentence over a list, its subject the work a promise "
                "above names, details where or how that work is done"], actors=forms.intro_actors(doc, leading=True)))
            return
        if self._commits_here(r):
            if s.umbrella is not None and s.current is s.umbrella and s.list_mode == "activities" \
                    and r.commitment != "parties-commit":
                self._demote(s.umbrella)  # rule party-under-umbrella: the statement was the page's aim
            self._open_commitment(block, doc, "commitment-in-promise-section" if s.promise_section
                                  else r.commitment or "parties-commit")
            return
        if stated and self.titled_promises and self._party_commits(cue):
            self._open_promise(block, cue)
            assert s.current is not None
            s.current.rule = "titled-promises"
            s.current.evidence.append("rule titled-promises: a party commits under a title that names the promises")
            return
        if s.promise_section and r.means_lead:
            # "Polisen arbetar med att minska X genom att:": a promise with its activities
            self._open_commitment(block, doc, "means-lead")
            return
        if r.labelled_statement and not in_list and (s.part == "follow_up" or not r.reports):
            self._open_run_in(r)  # in a follow-up, what the label's paragraph reports is its result
            return
        if r.party_label[0] and not r.reports and not in_list:
            if s.list_mode == "activities" and s.current is not None and s.current.part == "promise":
                # rule party-activity: "Polisen: Fotpatrullering …" under the promise's "Aktiviteter"
                # heading is that party's share of the work, an activity, not a promise of its own
                end, givers = r.party_label
                s.current.activities.append(Item(clean(block.text[end:]), block, 0.8, [
                    "rule party-activity: a party's label over its activity, under the promise's activities"],
                    actors=list(givers) or ["police", "municipality"]))  # "Gemensamt:" both parties
                return
            self._open_party_label(r)
            return
        if block.kind is BlockKind.HEADING:
            self._heading(r)
            return
        if (cue is not None and cue.is_intro) or r.activity_lead:
            if s.current is None and s.slot is None and s.umbrella is None and len(s.listed) >= 2:
                s.attach = "activities"  # "Det ska vi åstadkomma genom följande aktiviteter:"
                return
            actors = cue.actors if cue is not None else forms.intro_actors(doc)
            if s.current is None and s.slot is None and s.umbrella is not None:
                self._topic_activities(block)
            if s.current is None and s.umbrella is None and self.about_promises and (
                    s.slot is None or s.slot.level == 1):
                # rule orphan-activity-lead: "Så här gör vi:", "Aktiviteter:" with no promise
                # above it (none stated, the title no promise): what it lists is what is promised
                self._start_list(block, doc, list(actors), False)
                return
            self._intro("activities", actors)
            return
        if r.result_lead:
            if len(s.listed) >= 2:
                s.attach = "results"  # "Utfallet blev:" after a list of promises
                return
            self._intro("results", [])
            return
        if not in_list and r.pointer:
            s.close()  # a pointer onward ("Läs mer ...") ends the promise's part
            self._note(block, doc, "pointer: a pointer onward to more reading")
            return
        if block.kind is BlockKind.LIST_ITEM:
            self._list_item(block, doc)
        else:
            self._paragraph(r)

    # --- rules for lead-ins, sections and commitments --------------------------------------

    def _activities_after_list(self, r: roles.Reading) -> bool:
        """A lead to activities ("Det ska åstadkommas genom följande aktiviteter:") right after a
        list of two promises or more: its items, or the headings over them, go to the promises
        they are about (rule area-activities), not to a list of their own."""
        s = self.state
        return (r.block.kind is not BlockKind.HEADING and r.activity_lead and len(s.listed) >= 2
                and s.umbrella is None and (s.current is None or s.current in s.listed))

    def _open_activity_area(self, block: Block) -> bool:
        """Rule area-activities: under "Aktiviteter" after a list of promises, a heading that
        names one of them ("ANDT", "Synlighet" after "… arbeta med ökad synlighet") heads that
        promise's activities, grouped under party leads ("Kommunens aktiviteter:") or not,
        until a heading names none of them. True when the heading named one."""
        s = self.state
        promise, score = _best_match(block.text, s.listed, self.lang)
        if promise is None or score < _AREA_SCORE:
            return False
        listed = s.listed
        s.close()
        s.listed, s.current, s.list_mode, s.activity_areas = listed, promise, "activities", True
        promise.evidence.append(f"rule area-activities: its activities under the heading '{block.text}'")
        return True

    def _goal_of_promise(self, block: Block) -> bool:
        """A goal lead of one promise: its subject a bare goal ("Målet är att:", "Vårt mål är:",
        not "Syftet med medborgarlöftet är att:", nor a document, "Samverkansöverenskommelsen
        ska beskriva:"), right after the promise it follows."""
        current = self.state.current
        if current is None or current.part != "promise" or self.preceding.get(id(block)) is not current.block:
            return False
        return not forms.mentions_promises(block.text) and not cue_data.document_lead(block.text)

    def _speaks_as_we(self, doc: Any) -> bool:
        """Does the text's first sentence name its givers only as "vi" ("Vi ska …")? Then the
        promise is the parties' the page speaks for (`_report_giver`)."""
        return _names_we_only(self.lang.doc(roles.first_sentence(doc)))

    def _party_share(self, r: roles.Reading) -> bool:
        """A short heading that names a party ("Kommunens del i löftet", "Polis och kommun i
        samverkan") in a list of promises that a lead-in opened: one party's share of it."""
        s = self.state
        if s.list_mode != "promises" or s.list_intro is None or s.list_intro is r.block:
            return False
        if len(r.block.text.split()) > 8 or r.sections & {"follow_up", "background", "results"}:
            return False  # "Polisens uppföljning …" reports on them
        return bool(forms.intro_actors(r.doc, leading=True)) and not r.reports and not _names_we_only(r.doc)

    def _under_bullet(self, block: Block, doc: Any) -> bool:
        """Rule under-bullet: a paragraph a plain text sets under the bullet of a promise (the
        loader gives it the bullet's level) belongs to it, even where it says "ska": what was
        done, if it reports; one of its activities, if it names measures ("Några exempel på
        åtgärder är …"); else, or where it says what the promise is for ("Arbetet syftar till
        att … vidta åtgärder"), an explanation of the promise itself ("Belysning är den faktor
        som …"), neither a promise, an activity nor a note. Not indented, set between the
        bullet and the next, it may still go on with or explain the item above
        (`between-items`)."""
        current = self.state.current
        if block.kind is not BlockKind.PARAGRAPH or current is None or current.block.kind is not BlockKind.LIST_ITEM:
            return False
        text = clean(block.text)
        if block.level == 0:
            # rule between-items: set between two bullets, not indented under the first, a
            # commitment that goes on with it, or a line that explains it, is read as its
            if not (self._between_items(current, block) and not text.endswith(":")
                    and not forms.intro_actors(doc, leading=True) and not self._reports(current, doc)):
                return False
            if self._goes_on_committing(current, block, text, doc):
                _goes_on(current, text, "rule between-items: the commitment goes on between its bullet and the next")
            elif (forms.commitment(text) is None and not forms.search(forms.words().measures, text)
                  and len(text.split()) >= _EXPLAINING_WORDS and text.endswith(".")):
                # a sentence that explains the item above; a short call ("Följ med i hur det
                # går!") heads what follows it
                current.evidence.append(f"rule between-items: explained between its bullet and the next: "
                                        f"'{_cut(text, 120)}'")
            else:
                return False
            return True
        if self._reports(current, doc):
            self._result(current, block, text, "rule under-bullet: a report set under the promise's bullet", doc)
        elif self._goes_on_committing(current, block, text, doc):
            _goes_on(current, text, "rule bullet-goes-on: the commitment goes on under its bullet")
        elif not forms.search(forms.words().measures, text) or forms.search(forms.words().explains, text):
            current.evidence.append(f"rule under-bullet: explained under its bullet: '{_cut(text, 120)}'")
        else:
            current.activities.append(Item(text, block, 0.7, [
                "rule under-bullet: a paragraph set under the promise's bullet"],
                actors=forms.intro_actors(doc, leading=True)))
        return True

    def _between_items(self, current: Promise, block: Block) -> bool:
        """Rule between-items: a paragraph that stands between the promise's bullet and the
        next bullet (a page set with line breaks alone loses the indent that put it under
        its bullet) may go on with the bullet above it, as an indented one does."""
        after = self.following.get(id(block))
        return (self.preceding.get(id(block)) is current.block and after is not None
                and after.kind is BlockKind.LIST_ITEM)

    def _under_means_lead(self, block: Block) -> bool:
        """Rule means-lead-items: a bullet under a lead of its own that announces the means of the
        promise above ("Det ska åstadkommas genom följande aktiviteter:") is one of them, "Vi ska
        …" or "Polis och kommun ska …" as much as any: as under a statement ending on its means."""
        before = self.preceding.get(id(block))
        while before is not None and before.kind is BlockKind.LIST_ITEM:
            before = self.preceding.get(id(before))
        return before is not None and before.kind is BlockKind.PARAGRAPH and forms.announces_means(before.text)

    def _goes_on_committing(self, current: Promise, block: Block, text: str, doc: Any) -> bool:
        """Rule bullet-goes-on: right under a promise's bullet, a paragraph that commits in turn
        ("• Polisen förbinder sig att arbeta … närvaro." / "Ett särskilt fokus ska ligga på barn
        och unga.") says more of what is promised: the promise's text goes on with it. One that
        names measures is an activity, one that explains or gives reasons (no commitment:
        "Belysning är den faktor som …") stays out (rule under-bullet), and so does one that
        opens with a party of its own ("Kommunen ska också …"): no more of this promise."""
        if (self.preceding.get(id(block)) is not current.block
                or current.text != clean(strip_bullet(current.block.text))):
            return False
        return (forms.commitment(text) is not None and not forms.intro_actors(doc, leading=True)
                and not forms.search(forms.words().measures, text) and not forms.search(forms.words().explains, text))

    def _leads_focus_headings(self, block: Block, doc: Any) -> str | None:
        """Rule focus-area-headings: "Polisen kommer ha stort fokus på följande områden:" right
        over a heading ("Ungdomar") leads to focus areas set as headings, not as a list: what
        commits under them ("Polisen ska arbeta uppsökande ...") is a promise, as under a
        promise heading; "focused", or "promised" where the lead promises the work ("Polisen
        och kommunen lovar att arbeta med följande tre områden:"), and a party's plain
        statement under each heading ("Polisen genomför …") is then a promise too; else None."""
        after = self.following.get(id(block))
        if block.kind is not BlockKind.PARAGRAPH or after is None or after.kind is not BlockKind.HEADING:
            return None
        if not (self.about_promises and block.text.rstrip().endswith(":")):
            return None
        last = roles.last_sentence(doc)
        tail = " ".join(last.split()[-4:])  # "… på följande områden:", not "Lokalpolisområde X lovar …"
        if not forms.search(forms.words().focus_areas, tail) or forms.reported_actions(self.lang.doc(last)):
            return None
        cue = doc._.promise
        return "promised" if cue is not None and cue.strength == "strong" else "focused"

    def _start_list(self, block: Block, doc: Any, actors: list[str], names: bool) -> None:
        s = self.state
        sentences = [sent.text for sent in doc.sents]
        if len(sentences) > forms.lead_sentences(sentences):
            # "Polisen ska ... I linje med detta utgår följande medborgarlöfte:"
            self._note(block, doc, "lead-in-context: the sentences before a lead-in")
        s.background, s.area = False, None  # a lead-in ends the background section it stands after
        umbrella = s.umbrella
        strong_lead = forms.strong_verb(block.text)
        head = umbrella if umbrella is not None else s.current
        if head is not None and not names and head.part == "promise" and _set_in_bold(head):
            # rule bold-statement: a statement set in bold, alone or as one of a list, heads the
            # lead-ins below it as a heading would ("**Polisen lovar att minska bedrägerierna.**"
            # / "Polisen lovar att:" / "Kommunen lovar att:"): they list its activities; a lead-in
            # that names promises ("Följande löften gäller:") lists promises still
            s.umbrella = head
            self._under_umbrella(actors)
            return
        if umbrella is not None and strong_lead and _is_weak(umbrella):
            umbrella = None  # "Polisen kommer att ...", then "Polisen lovar att:": promises of their own
            s.umbrella = None
        if umbrella is not None and umbrella.activities and forms.announces_means(umbrella.text) \
                and set(actors) >= set(umbrella.actors):
            umbrella = None  # rule listed-already: the means it announced listed, a lead-in lists anew
            s.umbrella = None
        if umbrella is not None and block.kind is BlockKind.PARAGRAPH and block.level == 0 \
                and self._among_listed_promises(umbrella):
            umbrella = None  # rule bullet-statement-ends: a lead-in set outside a list is no part of its last item
            s.umbrella = None
        opened = s.list_mode == "activities" and s.current is umbrella  # "Det här ska vi göra" came first
        if umbrella is not None and not names and not opened and _own_list(umbrella, block.text, actors):
            umbrella = None  # rule own-lead-in: "X ska ... ." then "Vi kommer att:" lists promises
            s.umbrella = None
        if umbrella is not None and not names:
            # "Polisen lovar:" under "Polisen och kommunen lovar att öka tryggheten ...": its activities
            self._under_umbrella(actors)
            return
        if umbrella is not None and names:
            self._demote(umbrella)
        grouped = s.grouped and s.list_mode == "promises" and block.kind is BlockKind.HEADING
        s.close()
        s.umbrella = None
        s.list_mode, s.list_actors, s.list_intro = "promises", actors, block
        s.listed, s.listed_items, s.promise_section, s.background = [], 0, True, False
        under = self.following.get(id(block))
        # rule grouped-promises: a lead right over headings, or a group's heading naming its giver
        s.grouped = grouped or (under is not None and under.kind is BlockKind.HEADING)
        s.giver_headings = block.level if grouped else None

    def _among_listed_promises(self, promise: Promise) -> bool:
        """Whether `promise` is a bullet right after another bullet that promises: one item of
        a list of promises, which holds no lead-in set after the list (rule
        bullet-statement-ends); a bullet alone may head the lists below it."""
        earlier = [p for p in self.promises if p.block is not promise.block and p.block.end <= promise.block.start]
        if promise.block.kind is not BlockKind.LIST_ITEM or not earlier:
            return False
        before = earlier[-1].block
        return before.kind is BlockKind.LIST_ITEM and not self.document.text[before.end:promise.block.start].strip()

    def _under_umbrella(self, actors: list[str]) -> None:
        """What follows lists the umbrella statement's activities; its part of the report stays open."""
        s = self.state
        umbrella = s.umbrella
        assert umbrella is not None
        if s.current is not umbrella:
            s.close()
            s.current = umbrella
        s.list_mode, s.list_actors, s.list_intro, s.attach = "activities", actors, None, None

    def _sibling_heading(self, block: Block, umbrella: Promise) -> bool:
        """Rule sibling-promise-headings: a heading that names promises ("Medborgarlöfte Hjo")
        at the level of the one the statement stands under ("Medborgarlöfte Åby") opens the
        next such section, as a page of several municipalities' promises sets them: the
        statement is the promise of its own section, not an aim over those that follow."""
        above = self.state.lists_heading
        return (above is not None and block.kind is BlockKind.HEADING and above.level == block.level
                and above.start < umbrella.block.start)

    def _demote(self, promise: Promise) -> None:
        """Rule umbrella-aim: a general aim stated before the text names its promises ("lovar att
        arbeta för ett tryggt X", then "följande medborgarlöften") is context: a note, and so is
        the prose that followed it."""
        if promise.activities or promise.part != "promise" or promise.status or promise not in self.promises:
            return  # a follow-up's restated promise with its outcome stays what it is
        if forms.names_a_measure(promise.text):
            return  # "Polisen lovar … att genomföra fler trafikkontroller": a measure, no general aim
        self.promises.remove(promise)
        aim = Item(promise.text, promise.block, 0.7,
                   ["rule umbrella-aim: an aim stated before the promises the text names"])
        self.notes.append(aim)
        self.aims.append(aim)
        for result in promise.results:
            self.notes.append(Item(result.text, result.block, 0.6,
                                   ["rule umbrella-aim: follows an aim stated before the promises"]))
        self.notes.sort(key=lambda item: item.block.start)

    def _restated_aims(self) -> None:
        """Rule restated-aim: an aim set before the promises (rule umbrella-aim) in nearly the
        words of a promise the text then states ("Under 2025 lovar polisen och kommunen ett
        fortsatt fokus på …", and under "Vårt löfte" "… lovar polisen och kommunen ett
        fortsatt fokus på …") is that promise said twice, as an ingress does: not a note of
        its own. Nearly: four in five of its words, eight or more, stand in the promise."""
        for aim in self.aims:
            words = set(_wording(aim.text).split())
            if len(words) < _RESTATED_WORDS or aim not in self.notes:
                continue
            said = next((p for p in self.promises if p.block.start > aim.block.start
                         and len(words & set(_wording(p.text).split())) >= _RESTATED_SHARE * len(words)), None)
            if said is not None:
                self.notes.remove(aim)
                said.evidence.append(f"rule restated-aim: said before it too: '{_cut(aim.text, 80)}'")

    def _dangling_leads(self) -> None:
        """Rule dangling-lead: a statement that announces a list ("… lovar att gemensamt arbeta
        för att öka tryggheten genom följande aktiviteter:") where none follows it, the page
        going on to state its promises under headings of their own, is the page's ingress: a
        note (`_demote`), not a promise with nothing under it."""
        for at, promise in enumerate(list(self.promises)):
            if promise.text.rstrip().endswith(":") and not (promise.activities or promise.results) \
                    and promise.part == "promise" and at + 1 < len(self.promises) \
                    and any(p.part == "promise" for p in self.promises[at + 1:]):
                self._demote(promise)

    def _sole_promise_reports(self) -> None:
        """Rule sole-promise-status: in a report of one promise, "Alla aktiviteter i medborgarlöftet
        pågår eller är genomförda" after it reports on that promise: its result, not a note."""
        if len(self.promises) != 1:
            return
        promise, kept = self.promises[0], []
        for note in self.notes:
            stated = statuses.document_status([note.text]) if note.block.start > promise.block.start else None
            if stated is not None:  # what rule document-status reads as said of all the promises
                promise.results.append(Item(note.text, note.block, 0.8, [
                    "rule sole-promise-status: a status stated for all the promises of a report of one"]))
                promise.implied_statuses.append(stated[0])
            else:
                kept.append(note)
        self.notes = kept

    def _sole_promise_work(self) -> None:
        """Rule sole-promise-work: in a follow-up (as the report's kind is decided) of one promise
        with no result of its own, a paragraph that names the promise and reports what a party
        did ("… har polisen genomfört insatser för att uppfylla medborgarlöftet"), before the
        promise or after it, reports on that promise: its result. Its own results would say what
        was done where this says it in general, and then it is a note; so is one that tells how
        the promise was made ("Medborgarlöftet har tagits fram genom dialoger …"), points to the
        next, or tells of work beside it ("Förutom medborgarlöftet har polisen …"). It gives no
        status: it says work was done, not whether the promise was kept."""
        if len(self.promises) != 1 or self.promises[0].results:
            return
        promise, kept = self.promises[0], []
        for note in self.notes:
            text = note.text
            if (forms.mentions_promises(text) and not forms.tells_making(text) and not forms.names_next_promise(text)
                    and not forms.beside_the_promises(text) and forms.reported_actions(self.lang.doc(text))):
                promise.results.append(Item(text, note.block, 0.7, [
                    "rule sole-promise-work: work done on the promise, in a follow-up of one"]))
            else:
                kept.append(note)
        self.notes = kept

    def _cut_off_lead(self, block: Block) -> bool:
        """Rule cut-off-lead: a text cut off in the lead to its list ("De aktiviteter som ska
        prioriteras i") says nothing yet: no note, no activity, no promise. A short last
        paragraph that stops mid-sentence and opens on the measures or promises it was to list
        ("Vid dessa insatser och …" opens on something else, and is kept as far as it goes)."""
        text = block.text.strip()
        if block is not self.cut_off or len(text.split()) > _CUT_LEAD_WORDS:
            return False
        words = text.split()
        opener = words[0].lower() in word_set("lead_in", "determiners")
        subject = words[1] if len(words) > 1 and opener else words[0]
        return (forms.search(forms.words().measures, subject) or forms.mentions_promises(subject)) \
            and not forms.reported_actions(self.lang.doc(text))

    def _cut_off_prose(self, block: Block, words: int = 6) -> bool:
        """Rule cut-off-end: the last paragraph of a text that stops mid-sentence ("Uppföljning
        sker kontinuerligt i arbetsgruppen och med rapportering till") is kept as far as it goes:
        prose of `words` words or more, not a name with its office ("Anna Berg, kommunchef i Å")."""
        if block is not self.cut_off or len(block.text.split()) < words:
            return False
        return word_patterns("contact", "offices").search(block.text) is None

    def _restates_area(self, block: Block) -> bool:
        """Does a heading or a label line ("Drogmissbruk:") restate a short name listed in the
        text (`_listed_names`)? Asked only in a background section, where such names are the
        focus areas it lists."""
        text = block.text.strip().rstrip(":").strip()
        return bool(self.areas) and len(text.split()) <= _AREA_WORDS + 2 and _area_words(text) in self.areas

    def _open_area(self, block: Block) -> None:
        """Rule area-section: a background section lists the focus areas ("Problembild" over
        "• Trafiksäkerhet • Drogmissbruk"), then a line restates one of them ("Trafiksäkerhet:")
        over that area's measures: the background ends there, and the items below it are the
        promises given for that area, as under a heading of promises."""
        s = self.state
        s.close()
        s.umbrella, s.slot, s.topic = None, None, None
        s.background, s.promise_section = False, True
        label = replace(block, kind=BlockKind.HEADING, text=block.text.strip().rstrip(":").strip())
        s.list_mode, s.list_intro, s.list_actors = "promises", label, []  # a label line heads as a heading
        s.listed, s.listed_items, s.area = [], 0, label

    def _went_to(self, block: Block) -> Promise | None:
        """The promise a block went to: as one of its results, or as the heading that names it."""
        if self.state.went_to is not None:
            return self.state.went_to
        return next((p for p in reversed(self.promises) if p.results and p.results[-1].block is block), None)

    def _section_heading(self, r: roles.Reading) -> bool:
        """Headings that open or close a kind of section; True when the heading is handled."""
        s = self.state
        block, text, kinds = r.block, r.block.text, r.sections
        after = self.following.get(id(block))
        if s.part == "follow_up" and self._next_promise_heading(block):
            s.part, s.follow_up_heading = "promise", None
        if text == self.title and not (after is not None and after.kind is BlockKind.LIST_ITEM and not after.ordered):
            return False  # the report's title names the promises of the whole report (over bullets it heads them)
        if s.current is not None and cue_data.status_heading(text) and "results" not in kinds \
                and not r.result_lead:
            return True  # rule status-heading: "Bedömning" over the promise's status: its part goes on
        if "background" in kinds:
            s.close()
            s.slot = None
            s.topic = None
            s.background, s.promise_section = True, False
            return True
        if s.background and self._restates_area(block):
            self._open_area(block)
            return True
        s.background = False
        if "promise" in kinds and "promise_lists" not in kinds:
            s.promise_section = True
            return False  # "Löfte 2 – Unga": a slot for the statement, as before
        lists = "promise_lists" in kinds or "promises" in kinds
        if lists:
            names = forms.names_promises(text, heading=True)
            if s.umbrella is not None and not names:
                self._under_umbrella([])  # "Det här ska vi göra"
                if after is not None and after.kind is BlockKind.HEADING:
                    s.promise_section = True  # over topics ("Trafik"): what commits under each is a promise
                return True
            if s.umbrella is not None and not self._sibling_heading(block, s.umbrella):
                self._demote(s.umbrella)
            s.umbrella = None
            s.close()
            s.slot = None
            s.lists_heading = block
            if "promises" in kinds:
                s.part, s.follow_up_heading = "promise", None  # "Medborgarlöften 2026" after last year's results
            s.list_mode, s.list_intro, s.list_actors = "promises", block, []
            s.listed, s.listed_items, s.promise_section = [], 0, True
            s.focus_named = False  # a section of promises of its own, whatever the lead above named
            return True
        if s.grouped and s.list_mode == "promises" and not kinds and r.doc._.promise is None and not r.result_lead \
                and not self._party_share(r):  # "Polisens del i löftet" names who gives what follows
            # rule grouped-promises: "Det här lovar vi", then headings ("Insatser för ökad
            # trafiksäkerhet", measures named as a heading of activities would) that group the
            # promises listed under each: the list goes on; beside headings that name a party
            # ("Polis"), a short one at their level names another giver ("Västtrafik")
            s.current, s.listed_items = None, 0
            if s.giver_headings == block.level and len(text.split()) <= 3:
                s.list_actors = ["other"]
            return True
        if r.activity_lead:
            if s.umbrella is not None:
                self._under_umbrella([])
                return True
            if len(s.listed) >= 2:
                s.close()
                s.attach = "activities"
                return True
            if s.slot is not None and s.current is None and s.slot.text != self.title and (
                    forms.labelled(s.slot.text) or forms.colon_labelled(s.slot.text)):
                # rule heading-parts: "Aktiviteter" under "Löfte 1: Färre buskörningar": the
                # promise heading's activities, whatever level the text sets the two headings at
                self._intro("activities", [])
                return True
        if r.result_lead and len(s.listed) >= 2:
            s.close()
            s.attach = "results"
            return True
        if r.result_lead and s.current is not None and s.current.title is not None and s.current.activities \
                and not s.current.results and s.current.rule == "promise-heading":
            self._intro("results", [])  # rule heading-parts: then "Resultat", the same promise's results
            return True
        return False

    def _continued_work(self, r: roles.Reading) -> bool:
        """Rule continued-work: in a follow-up, a paragraph that commits to going on
        ("Lokalpolisområdet kommer fortsätta arbeta för en kameraövervakning …", words.toml
        [commitment] continued) with the work of the promise just reported on says what comes
        next for that promise: its result, not a promise of its own."""
        s = self.state
        current = s.current
        if s.part != "follow_up" or current is None or not current.results or r.block.kind is not BlockKind.PARAGRAPH:
            return False
        first = roles.first_sentence(r.doc)
        if not forms.names_modal(first) or not forms.search(forms.words().continued, first):
            return False
        return _best_match(first, [current], self.lang)[1] >= 0.5

    def _elaborated_promise(self, r: roles.Reading) -> Promise | None:
        """Rule passive-elaboration: "Närvaron kommer att prioriteras i följande områden: •
        Centrum • Stationen", right after promises, is no promise of its own: a passive
        commitment no party is the subject of, over the list it announces, whose subject names
        the work a promise above states ("… ska ha regelbunden närvaro …", the latest that names
        the subject's word or a compound ending in it). It details where or how that work is
        done: that promise's activity. A subject no promise names may open work of its own."""
        s = self.state
        if (s.current is None or s.current.part != "promise" or r.block.kind is not BlockKind.PARAGRAPH
                or ":" not in r.block.text):
            return None
        lead = r.block.text.split(":", 1)[0]
        if self.preceding.get(id(r.block)) is not s.current.block or not forms.words().list_word.search(lead):
            return None
        first = self.lang.doc(lead)
        if (not len(first) or forms.strong_verb(lead) or not forms.passive_commitment(first)
                or forms.committing_parties(first)):
            return None
        subject = str(first[0].lemma_).lower()  # "kontroll" names "trafikkontroller" too: a compound's head
        if len(subject) < _SUBJECT_LETTERS:
            return None
        named = [p for p in self.promises if p.part == "promise" and any(
            str(t.lemma_).lower().endswith(subject) for t in self.lang.doc(p.text))]
        return named[-1] if named else None

    def _commits_here(self, r: roles.Reading) -> bool:
        """A commitment (`roles.commitment`) opens a promise outside a list of activities; one
        that needs a section of promises ("Varje år ska ...") only inside one. Both parties
        committing in a paragraph of their own ("Under 2025 ska kommunen och polisen ...")
        open one even after a lead to activities."""
        if r.commitment is None:
            return False
        if self.state.list_mode == "activities":
            return r.block.kind is BlockKind.PARAGRAPH and (r.commitment == "parties-commit"
                                                              or self._party_under_umbrella(r))
        if self.state.promise_section or r.commitment != "commitment-in-promise-section":
            return True
        # rule titled-promises: under a title that names the promises, one party committing after
        # a fronted place or time ("I Åby centrum ska polisen patrullera …") states one, as
        # "Polisen ska …" does
        return self.titled_promises and self.state.part == "promise" and bool(
            roles.inverted_parties(roles.first_sentence(r.doc), self.lang))

    def _party_under_umbrella(self, r: roles.Reading) -> bool:
        """Rule party-under-umbrella: under "Det här ska vi göra" after a general statement, a
        paragraph in which a party commits ("Utifrån fokusområdena ska polisen finnas ute …")
        states a promise of its own, before any activity is listed: the statement above it is
        then the page's aim (rule umbrella-aim)."""
        s = self.state
        if s.umbrella is None or s.current is not s.umbrella or s.umbrella.activities:
            return False
        first = roles.first_sentence(r.doc)
        return bool(forms.intro_actors(self.lang.doc(first), leading=True) or roles.inverted_parties(first, self.lang))

    def _open_commitment(self, block: Block, doc: Any, rule: str) -> None:
        s = self.state
        first = next((sent for sent in doc.sents if sent.text.strip()), None)
        # the first sentence annotated on its own (a span's `as_doc` keeps none of its actors)
        named = forms.intro_actors(self.lang.doc(first.text.strip()) if first is not None else doc) \
            or list(s.list_actors)
        actors = named or ["police", "municipality"]
        text = clean(strip_bullet(block.text))
        text = roles.after_label(text, "labels", "goal", 2) or text  # "Mål: Färre olyckor.": the goal, not its label
        title = s.slot.text if s.slot is not None else None
        level = s.slot_level if s.slot is not None else s.section_level
        s.close()
        other = self._other_party_also(text, actors)
        rest = None
        if other is not None:
            text, rest = text[:other[0]].rstrip(), text[other[0]:]
        promise = Promise(
            text=text, block=block, actors=actors, themes=self._themes(text), confidence=0.7,
            evidence=[f"rule {rule}: " + _RULE_WHY[rule]],
            part=s.part, title=title, rule=rule, givers_named=bool(named),
            by_we=self._speaks_as_we(doc),
        )
        self.promises.append(promise)
        s.current, s.scope_level, s.slot, s.slot_level, s.topic = promise, level, None, None, None
        if rest is not None and other is not None:
            more = Promise(text=rest, block=block, actors=other[1], themes=self._themes(rest), confidence=0.7,
                           evidence=["rule other-party-also: a later sentence in which another party also "
                                     "takes on work"], part=s.part, rule=rule, givers_named=True)
            self.promises.append(more)
            s.current, promise, text = more, more, rest  # what follows the paragraph goes on from its last promise
        if block.kind is not BlockKind.LIST_ITEM:
            s.umbrella = promise
            self._announces(text)

    def _other_party_also(self, text: str, actors: list[str]) -> tuple[int, list[str]] | None:
        """Rule other-party-also: "Polisen och kommunen ska finnas på plats … . Kommunen arbetar
        även med att förbättra belysningen." — a later sentence whose subject is one party, with
        "även", "också" or "dessutom" among its first words, and which reports nothing done, is
        that party's promise of its own: where it starts in `text`, and its party. ("Polisen ska
        … . Kommunen ska …" without it is one promise given by both: rule committing-parties.)"""
        doc = self.lang.doc(text)
        for sent in [sent for sent in doc.sents if sent.text.strip()][1:]:
            if not forms.search(forms.words().continuing, " ".join(sent.text.split()[:4])):
                continue  # the cheap test first: most sentences go on without "även"
            own = self.lang.doc(sent.text.strip())
            party = forms.intro_actors(own, leading=True)
            if (len(party) == 1 and party != actors
                    and not forms.reported_actions(own)
                    and not any(span.label_ in ("PERFECT", "PAST") for span in own.spans.get("result_cue", []))):
                return sent.start_char, party
        return None

    def _announces(self, text: str) -> None:
        """A statement ending in a colon ("… lovar att … genom följande aktiviteter:", "… ska
        arbeta för X genom att:") opens a section of promises: what it announces follows it."""
        if self.state.part == "promise" and text.endswith(":"):
            self.state.promise_section = True

    def _open_run_in(self, r: roles.Reading) -> None:
        """Rule run-in-label: "Löfte 2 För att ... ska ..." is a promise heading run into its
        statement: the label is the promise's title, the rest its text."""
        s = self.state
        end = r.labelled_statement
        label = r.block.text[:end].strip(" :.–—-")
        s.close()
        s.slot, s.slot_level = replace(r.block, kind=BlockKind.HEADING, text=label), s.section_level
        statement = r.block.text[end:].strip()
        reported = self._reported_tail(statement) if s.part == "follow_up" else None
        if reported is not None:
            statement = statement[:len(statement) - len(reported)].rstrip()
        self._open_commitment(replace(r.block, text=statement), self.lang.doc(statement), "run-in-label")
        if reported is not None and s.current is not None:
            self._result(s.current, r.block, clean(reported), "rule promise-then-report: the sentences after the "
                         "promise in its paragraph report what was done", self.lang.doc(reported))

    def _open_party_label(self, r: roles.Reading) -> None:
        """Rule party-label: "Polisen: Patrullera vid resecentrum …" is the police's promise,
        the statement after the label its text, under the heading or topic above it."""
        end, parties = r.party_label
        statement = r.block.text[end:].strip()
        self._open_commitment(replace(r.block, text=statement), self.lang.doc(statement), "party-label")
        promise = self.state.current
        if promise is not None and parties:
            promise.actors, promise.givers_named = list(parties), True
        if r.block.kind is not BlockKind.LIST_ITEM:
            self.state.umbrella = None  # the next party's line is a promise of its own, not an activity

    def _attach_by_content(self, block: Block, doc: Any) -> None:
        """Rule attach-by-content: a result or activity listed apart from the promises ("Utfallet
        blev:", "Aktiviteter") goes to the promise it is about: shared words, numbers and
        themes; with no promise close enough it is a note."""
        s = self.state
        text = clean(strip_bullet(block.text))
        best, score = self._listed_match(block)
        if best is None or score < _ATTACH_THRESHOLD:
            before = self._attached_before(block)
            if before is None:
                self._note(block, doc, "attach-by-content: about none of the promises listed")
                return
            best, score = before, _ATTACH_THRESHOLD
            evidence = [f"rule follows-the-run: about none of the promises, listed right after an item "
                        f"of '{best.text[:60]}'"]
        else:
            evidence = [f"rule attach-by-content: matches promise '{best.text[:60]}' (score {score:.2f})"]
        parts = _split_by_content(text, s.listed, self.lang) if s.attach == "results" else None
        if parts:
            for part, promise, part_score in parts:
                promise.results.append(Item(part, block, round(min(1.0, 0.5 + part_score / 2), 2), [
                    f"rule split-by-content: sentences about '{promise.text[:60]}' (score {part_score:.2f})"]))
            return
        if s.attach == "results":
            best.results.append(Item(text, block, round(min(1.0, 0.5 + score / 2), 2), evidence))
            implied = doc._.implied_status
            if implied:
                best.implied_statuses.append(implied)
        else:
            best.activities.append(Item(text, block, round(min(1.0, 0.5 + score / 2), 2), evidence,
                                        actors=forms.intro_actors(doc, leading=True)))

    def _listed_match(self, block: Block) -> tuple[Promise | None, float]:
        """The listed promise a block is most about, and how much; computed once per block (the
        item after one that matches nothing is asked for ahead of its turn)."""
        key = (id(block), *map(id, self.state.listed))  # the promises live as long as the walk
        if key not in self.matches:
            self.matches[key] = _best_match(clean(strip_bullet(block.text)), self.state.listed, self.lang)
        return self.matches[key]

    def _attached_before(self, block: Block) -> Promise | None:
        """Rule follows-the-run: an activity that matches none of the promises, listed between
        two items about the same promise (the same list, the same depth), goes with them
        ("• Kommun och polis ska samverka i PSS-gruppen." among the items on drugs). The last
        item of a list, often about all the promises ("• Två gånger om året stämma av
        aktiviteterna."), and a result, which reports on something, stay notes."""
        if self.state.attach != "activities":
            return None
        after = self.following.get(id(block))
        if after is None or not _listed_beside(block, after):
            return None
        following, score = self._listed_match(after)
        if following is None or score < _ATTACH_THRESHOLD or not following.activities:
            return None
        last = following.activities[-1].block
        return following if _listed_beside(last, block) else None

    def _accepts_promise(self, block: Block, cue: object) -> bool:
        if block.kind is BlockKind.HEADING and block.text == self.title and not self.promises:
            return False  # rule headline: "Polisen lovar fler kontroller i Åby" titles the page
        if cue_data.explains_practice(block.text):
            return False  # rule explains-practice: "… Det kallas för medborgarlöfte."
        strength = getattr(cue, "strength", "weak")
        if strength == "strong":
            return True
        if forms.states_focus(roles.first_sentence(self.lang.doc(block.text))):
            return False  # rule focus-statement: "Vi kommer att fokusera på torget": a focus, not a task
        if cue_data.commits_to_nothing(block.text):
            return False  # "Det ska vi åstadkomma genom ...": points to the activities
        if self.state.part == "follow_up" and str(getattr(cue, "cue", "")).lower() in cue_data.cues().restated \
                and self._party_commits(cue):
            return True  # rule restated-intention: "Kommunen skulle under 2018 genomföra …", then what was done
        return (bool(self.state.slot) or block.bold or forms.joint(cue) or self.state.promise_section
                or self._over_results_heading(block))

    def _over_results_heading(self, block: Block) -> bool:
        """Rule promise-over-results: a commitment right over a heading of results ("Polisen
        kommer att genomföra minst en kontroll i veckan." / "Resultat") is the promise the
        results report on, wherever on the page it stands."""
        after = self.following.get(id(block))
        return (block.kind is not BlockKind.HEADING and after is not None and after.kind is BlockKind.HEADING
                and forms.is_results_heading(after.text))

    def _party_commits(self, cue: object) -> bool:
        """Rule titled-promises: under a title that names the promises ("Medborgarlöfte Avesta
        2025"), a party that opens a paragraph and commits ("Polisen ska …") states one."""
        return any(e.startswith("actor ") and "(joint)" not in e for e in getattr(cue, "evidence", []))

    def _open_promise(self, block: Block, cue: object) -> None:
        s = self.state
        label_end = int(getattr(cue, "label_end", 0))
        statement, stated = _without_status_sentences(block.text[label_end:])
        statement, valid_for = _without_validity_sentences(statement)
        parts = self._strong_sentences(statement)
        # each promise of the paragraph with what its own sentences after it report (in a
        # follow-up): "Polisen lovade X. Polisen har gjort … . Kommunen lovade Y. Det blev …"
        tails = [self._reported_tail(part) if s.part == "follow_up" else None for part in parts]
        parts = [part[:len(part) - len(tail)].rstrip() if tail is not None else part
                 for part, tail in zip(parts, tails, strict=True)]
        reported = tails[-1]
        clauses = self._clauses(parts[0]) if len(parts) == 1 else []
        split = len(clauses) > 1
        if split:
            parts = clauses
        rule_note = ("rule clause-per-promise: one committing clause of a sentence listing several" if split
                     else "rule promise-per-sentence: a second sentence with its own promise verb")
        text = clean(parts[0])
        evidence = (["rule promise-statement: a promise cue with content of its own"]
                    + list(getattr(cue, "evidence", [])) + ([rule_note] if split else []))
        confidence = 0.95 if getattr(cue, "strength", "") == "strong" else 0.75
        if s.slot is not None:
            evidence.append(f"follows promise heading '{s.slot.text}'")
            confidence = min(1.0, confidence + 0.05)
        if block.bold:
            evidence.append("set in bold")
        if s.slot is not None:
            level = s.slot_level
        else:
            level = block.level if block.kind is BlockKind.HEADING else s.section_level
        title = s.slot.text if s.slot is not None else None
        s.close()
        by_we = self._speaks_as_we(self.lang.doc(text))
        actors = list(getattr(cue, "actors", []))
        inherited = bool(self.promises) and cue_data.adds_a_promise(text) and not _names_giver(cue)
        if inherited:
            actors = list(self.promises[-1].actors)  # "Ett annat löfte är att …": the same givers
        other = self._other_party_also(text, actors) if len(parts) == 1 and not split else None
        if other is not None:
            text, also = text[:other[0]].rstrip(), text[other[0]:]
            parts.append(also)
            rule_note = "rule other-party-also: a later sentence in which another party also takes on work"
        promise = Promise(
            text=text, block=block, actors=actors,
            themes=self._themes(text), confidence=round(confidence, 2), evidence=evidence,
            part=s.part, title=title, by_we=by_we,
            # "Medborgare inom Åby kommun ska …": a cue with no giver before it names none
            givers_named=by_we or inherited or any(e.startswith(("actor ", "promise statement "))
                                                   for e in getattr(cue, "evidence", [])),
        )
        self.promises.append(promise)
        s.current, s.scope_level, s.slot, s.slot_level = promise, level, None, None
        s.umbrella = promise  # a statement of its own, set as a paragraph or a bullet
        s.topic = None  # the heading above it is this promise's heading, not a promise of its own
        self._announces(text)
        # the sentences' own reports where the paragraph held several promises; clauses of one
        # sentence, or another party's sentence after it, report nothing of their own
        own_reports = tails if len(tails) > 1 else [None] * len(parts)
        self._report_on(promise, block, own_reports[0])
        for extra, tail in zip(parts[1:], own_reports[1:], strict=True):
            cue2 = self.lang.doc(extra)._.promise
            # "Ett annat löfte är att …" names no giver: those of the promise before it
            actors = list(getattr(cue2, "actors", [])) if _names_giver(cue2) else promise.actors
            if other is not None:
                actors = other[1]
            more = Promise(text=clean(extra), block=block, actors=actors, themes=self._themes(extra),
                           confidence=promise.confidence, part=s.part,
                           evidence=[rule_note], by_we=self._speaks_as_we(self.lang.doc(extra)))
            self.promises.append(more)
            s.current = more
            s.umbrella = None
            self._report_on(more, block, tail)
        if len(tails) == 1 and reported is not None and s.current is not None:
            self._report_on(s.current, block, reported)
        if stated is not None and s.current is not None:
            s.current.status, s.current.status_evidence = stated[0], f"status stated after the promise: '{stated[1]}'"
        if valid_for is not None:
            self.notes.append(Item(valid_for, block, 0.8, ["rule promise-then-validity: the sentence after the promise "
                                                           "in its paragraph says how long the promises hold"]))

    def _report_on(self, promise: Promise, block: Block, reported: str | None) -> None:
        """Rule promise-then-report: what the sentences after a promise in its paragraph report
        is that promise's result."""
        if reported is not None:
            self._result(promise, block, clean(reported), "rule promise-then-report: the sentences after the "
                         "promise in its paragraph report what was done", self.lang.doc(reported))

    def _reported_tail(self, text: str) -> str | None:
        """Rule promise-then-report: in a follow-up, "Under 2023 lovade polisen att öka närvaron.
        Polisen har genomfört 120 timmar fotpatrullering." states the promise, then reports on
        it in the same paragraph: the sentences from the first that reports what an actor did,
        or what has been done ("Träffar har hållits …", "Det blev fjorton."), and promises
        nothing are its result; None where no later sentence reports."""
        sentences = [sent for sent in self.lang.doc(text).sents if sent.text.strip()]
        for sent in sentences[1:]:
            own = self.lang.doc(sent.text.strip())
            done = any(span.label_ in ("PERFECT", "PAST") for span in own.spans.get("result_cue", []))
            if (done or forms.reported_actions(own)) and not forms.strong_verb(sent.text):
                return text[sent.start_char:]
        return None

    def _strong_sentences(self, text: str) -> list[str]:
        """Rule promise-per-sentence: "Polisen lovade ökad närvaro. Polisen lovade även att ..."
        holds two promises, and so does "… Ett annat löfte är att …" or "… är också ett av
        medborgarlöftena."; a sentence without its own strong verb stays with the one before."""
        doc = self.lang.doc(text)
        sentences = [sent for sent in doc.sents if sent.text.strip()]
        if len(sentences) < 2:
            return [text]
        parts: list[str] = []
        for sent in sentences:
            own = forms.strong_verb(sent.text) or cue_data.states_a_promise(sent.text)
            if parts and own and (forms.strong_verb(parts[-1]) or cue_data.states_a_promise(parts[-1])):
                parts.append(sent.text)
            elif parts:
                parts[-1] = f"{parts[-1]} {sent.text}"
            else:
                parts.append(sent.text)
        return [p.strip() for p in parts]

    def _clauses(self, text: str) -> list[str]:
        """Rule clause-per-promise: "Tillsammans ska vi arbeta för X, polisen ska fotpatrullera
        mer, insatser ska göras samt genomföra kontroller." lists several commitments in one
        sentence: each comma clause that commits is a promise, and a last "samt / och" with a
        verb of its own ("samt genomföra ...") starts one more. A sentence with fewer than two
        committing clauses stays whole."""
        if len(list(self.lang.doc(text).sents)) > 1:
            return [text]
        clauses = [c.strip() for c in text.rstrip(" .").split(", ") if c.strip()]
        if len(clauses) < 3 or sum(1 for c in clauses if forms.commitment(c)) < 2:
            return [text]
        verbs = cue_data.cues().report_verbs
        for joint in re.finditer(rf"\s+{forms.words().joints}\s+(\w+)", clauses[-1], re.IGNORECASE):
            if self.lang.doc(joint.group(1))[0].lemma_.lower() in verbs:
                clauses[-1:] = [clauses[-1][:joint.start()], clauses[-1][joint.start(1):]]
                break
        return clauses

    def _heading(self, r: roles.Reading) -> None:
        s = self.state
        block = r.block
        self._settle_slot()
        if self._party_share(r):
            # rule party-share-heading: "Polisens del i löftet" under "I medborgarlöftet lovade
            # polisen och kommunen": the list of promises goes on, given by the party it names
            s.list_actors = forms.intro_actors(r.doc)
            s.list_level, s.listed_items = 0, 0
            return
        if "promise" in r.sections:
            s.close()
            s.slot, s.slot_level = block, block.level
            return
        if (r.activity_lead and s.current is not None and not s.current.activities
                and s.current.part == "promise" and len(s.listed) <= 1):
            # rule activities-heading: "Aktiviteter" right after one promise, at any level, heads
            # its activities: a heading of activities names no part of its own
            s.list_mode, s.list_actors, s.attach, s.activities_heading = "activities", [], None, block
            return
        heading = s.activities_heading
        if heading is not None and s.list_mode == "activities" and s.current is not None \
                and block.level >= heading.level and not r.sections and r.doc._.promise is None \
                and self._promise_named_by(block.text) is None:
            # rule activities-subheading: "Polisiärt arbete" under "Aktiviteter" groups some of
            # the promise's activities; the activities go on under it
            return
        if s.current is not None and s.scope_level is not None and block.level > s.scope_level:
            # a sub-heading inside the promise's part: "Aktiviteter", "Resultat" keep it open
            if r.activity_lead:
                s.list_mode, s.list_actors = "activities", []
                return
            if r.result_lead:
                s.list_mode = "results"
                return
        if (s.current is not None and r.result_lead and s.current.title is not None
                and s.scope_level == block.level and len(block.text.split()) <= 3):
            # rule results-beside-promise: "Löfte" / statement / "Resultat" at the same level: the
            # report under it is that promise's, whatever words it shares with it
            s.list_mode = "results"
            return
        s.section_level = block.level
        attached = self._promise_named_by(block.text)
        s.close()
        s.slot = None
        if attached is not None:
            s.current, s.scope_level, s.went_to = attached, block.level, attached
            s.umbrella = attached  # "X ska ..." listed under it is its activity, not a promise of its own
            s.current.evidence.append(f"rule heading-restates-promise: heading '{block.text}' restates it")
            return
        if "follow_up" in r.sections:
            if not self._heads_nothing(block):  # rule follow-up-link: a link's title opens no follow-up
                if s.part == "promise" and self.promises and self.follow_up_from is None:
                    self.follow_up_from = block.start  # "Uppföljning" after the promises stated
                s.part, s.follow_up_heading = "follow_up", block
                s.umbrella = None  # a promise followed up is a promise, whatever list a later heading names
        elif "promises" in r.sections:
            s.part = "promise"
        elif (s.part == "follow_up" and len(block.text.split()) <= _TOPIC_WORDS and _follow_up_topic(self.lang.doc(
                block.text)) and all(p.rule == "topic-heading" for p in self.promises)):
            s.topic = block  # "Trafiksäkerhet" over what was done: a promise named by its heading
            if cue_data.status_suffix(block.text)[1] is not None:
                # "Trafikkontroller vid skolorna – Ej genomfört": a topic that states its status is a
                # promise whatever follows it ("Endast fem kontroller hann göras." reports no act)
                self._promise_from_topic(self.lang.doc(block.text))

    def _heads_nothing(self, heading: Block) -> bool:
        """Rule follow-up-link: a follow-up's heading right over a heading of background
        ("Uppföljning av medborgarlöftena i Åby maj–augusti 2019" / "Inledning") heads no
        section: it is a link's title to a report elsewhere, and the text goes on stating its
        promises."""
        after = self.following.get(id(heading))
        return (after is not None and after.kind is BlockKind.HEADING and after.level <= heading.level
                and "background" in roles.section_kinds(after.text))

    def _next_promise_heading(self, block: Block) -> bool:
        """Rule next-promise-heading: after a follow-up, a heading that announces new promises
        ("Nytt löfte för 2025", document.toml [follow_up] new_promise) heads them; so does, on
        a page of several years, "Medborgarlöfte 2024" after "Uppföljning 2023", at its level
        or above (a heading naming the promise of the year the follow-up reports on restates it)."""
        if announces_promises(block.text) and not forms.is_results_heading(block.text):
            return True
        followed = self.state.follow_up_heading
        if followed is None or block.level > followed.level or not forms.mentions_promises(block.text):
            return False  # "Pressmeddelande • Feb 05, 2019" dates the page; it heads no promises
        years, reported = years_in(block.text), years_in(followed.text)
        return bool(years) and (not reported or min(years) > max(reported))

    def _intro(self, mode: str, actors: list[str]) -> None:
        s = self.state
        if s.current is None and s.slot is not None:
            self._promise_from_slot()
        if s.current is not None:
            s.list_mode = mode
            s.list_actors = actors

    def _labelled_activity(self, block: Block, task: str) -> None:
        """Rule labelled-activity: "Aktivitet: Polisen genomför …" under a promise is its
        activity; under a promise heading with no statement, the heading is the promise.
        `labelled-measure`: with neither above it ("Problem: …" / "Åtgärd: Polisen genomför
        …" in a text about the promises), the measure is what is promised."""
        s = self.state
        doc = self.lang.doc(task)
        if s.current is None and s.slot is not None and s.slot.text != self.title:
            self._promise_from_slot()
        if s.current is None:
            self._open_commitment(replace(block, text=task), doc, "labelled-measure")
            return
        s.current.activities.append(Item(task, block, 0.85, ["rule labelled-activity: an activity's label under "
                                                             "the promise"],
                                         actors=forms.intro_actors(doc, leading=True)))

    def _activity_responsible(self, promise: Promise, block: Block, parties: list[str]) -> bool:
        """Rule activity-responsible: "Ansvarig: Kommunen" right under an activity's line
        ("Aktivitet: Snabb sanering av klotter") names who does that activity; the promise is
        given by all whom its activities' lines name, unless its statement named its givers."""
        last = promise.activities[-1] if promise.activities else None
        if last is None or not parties or not any("labelled-activity" in e for e in last.evidence) \
                or not self._right_under(block, last.block):
            return False  # under a list of activities, the line names the promise's giver
        last.actors = parties
        last.evidence.append(f"rule activity-responsible: '{block.text}'")
        by_lines = any(e.startswith("rule activity-responsible") for e in promise.evidence)
        if not promise.givers_named or by_lines:
            given = set(promise.actors if by_lines else []) | set(parties)
            promise.actors = [a for a in ("police", "municipality", "other") if a in given]
            promise.givers_named = True
            promise.evidence.append(f"rule activity-responsible: '{block.text}'")
        return True

    def _right_under(self, block: Block, above: Block) -> bool:
        """Is `block` right under `above`, or under the labelled lines that describe it
        ("Aktivitet: …" / "Tidsplan: Maj" / "Ansvarig: Polisen")?"""
        before = self.preceding.get(id(block))
        for _ in range(3):
            if before is above:
                return True
            if before is None or _LABEL.match(before.text) is None:
                return False
            before = self.preceding.get(id(before))
        return before is above

    @staticmethod
    def _responsible(promise: Promise, parties: list[str], line: str) -> None:
        promise.actors = parties
        promise.givers_named = True
        promise.evidence.append(f"rule responsible-line: '{line}'")

    def _settle_slot(self) -> None:
        """Rule promise-heading, with its lines alone: a promise heading whose section ends with
        no statement, only its lines ("Löfte: Tryggare trafik" / "Ansvarig: Polisen" /
        "Tidsplan: Maj"), is the promise, given by the party its lines name; neither the
        heading nor its lines are lost."""
        s = self.state
        if s.slot is not None and s.current is None and s.slot_lines is not None and s.slot_lines[0] is s.slot:
            self._promise_from_slot()
            self._give_slot_lines()

    def _keep_for_slot(self, slot: Block, parties: list[str] | None, evidence: str) -> None:
        s = self.state
        kept = s.slot_lines if s.slot_lines is not None and s.slot_lines[0] is slot else (slot, None, [])
        s.slot_lines = (slot, parties or kept[1], [*kept[2], evidence])

    def _give_slot_lines(self) -> None:
        """Rules responsible-line and attribute-line, before the statement: "Ansvarig: Polisen"
        and "Målgrupp: Unga" set between a promise heading and its statement name the giver of,
        and describe, the promise the heading opens."""
        s = self.state
        if s.slot_lines is None:
            return
        slot, parties, evidence = s.slot_lines
        if s.current is not None and s.current.title == slot.text:
            if parties:
                s.current.actors, s.current.givers_named = parties, True
            s.current.evidence.extend(evidence)
            s.slot_lines = None
        elif s.slot is not slot:
            s.slot_lines = None  # the heading passed without a promise of its own

    def _promise_from_slot(self) -> None:
        """A "Löfte 3 – Jakt" heading with activities but no statement: the heading is the promise."""
        s = self.state
        slot = s.slot
        if slot is None:
            return
        text, _ = cue_data.strip_promise_label(slot.text)
        text, status = cue_data.status_suffix(clean(text.lstrip("–—-: ")))  # "Trafik – genomfört"
        promise = Promise(
            text=text or slot.text, block=slot, actors=["police", "municipality"], givers_named=False,
            themes=self._themes(text), confidence=0.5,
            evidence=[f"rule promise-heading: heading '{slot.text}' without a statement"], part=s.part,
            title=slot.text, rule="promise-heading",
        )
        if status is not None:
            promise.status, promise.status_evidence = status, f"status stated in the heading: '{slot.text}'"
        self.promises.append(promise)
        s.current, s.scope_level, s.slot = promise, s.slot_level, None

    def _status(self, status: str, block: Block) -> None:
        s = self.state
        if s.current is None and s.slot is not None:
            self._promise_from_slot()
        if s.current is not None:
            s.current.status = status
            s.current.status_evidence = f"status stated: '{block.text}'"

    def _list_item(self, block: Block, doc: object) -> None:
        s = self.state
        text = strip_bullet(block.text)
        if s.list_mode == "promises" and s.list_intro is not None:
            if s.listed_items and s.current is not None and block.level > s.list_level:
                s.current.activities.append(Item(text, block, 0.8, ["rule nested-item: listed under a listed promise"],
                                                 actors=forms.intro_actors(doc, leading=True)))
                return
            if not s.listed_items:
                s.list_level = block.level
            s.listed_items += 1
            if self._continues_unfinished(block, text, doc):
                return
            if (forms.is_label(text, most=_AREA_WORDS) and forms.search(forms.words().focus_areas, s.list_intro.text)
                    and not self._promising_lead(s.list_intro)):
                return  # rule focus-area-label: "Trygghet", "Trafik" under "utgår från fyra områden:"
            self._listed_promise(block, text, doc)
            return
        current = s.current
        task, status = cue_data.status_suffix(text)
        if current is None and s.topic is not None and s.part == "follow_up" and status is not None:
            # rule topic-items: "Tryggare centrum" over "• Trygghetsvandring (genomförd)": the
            # heading is the promise, each item with its status one of its activities
            current = self._promise_from_topic(doc)
        if current is None:
            if self._lists_task(doc):
                # rule listed-task: "• Arbeta riktat mot tillgreppsbrott" under a topic of the
                # promises, no lead above it: a task promised, as under "Det här ska vi göra:"
                s.list_mode, s.list_intro, s.list_actors = "promises", s.slot or block, []
                s.listed, s.listed_items = [], 0
                self._list_item(block, doc)
                return
            if s.list_mode is None and self._party_does_item(doc):
                self._open_commitment(block, doc, "party-does")
                return
            if not (forms.reported_actions(doc) and self._result_by_content(block, text, doc)):
                self._note(block, doc)  # a bullet reporting what was done goes to its promise, as prose does
            return
        if status is not None and current.part == "follow_up" and s.list_mode != "results":
            # an item that ends on its status ("• Ny belysning vid torget (delvis genomförd)")
            current.activities.append(Item(task, block, 0.85, ["rule item-status: an item of the follow-up that "
                                                                "ends on its status"],
                                           actors=forms.intro_actors(doc, leading=True), status=status))
            current.row_statuses.append(status)
            return
        if s.list_mode == "activities":
            current.activities.append(Item(text, block, 0.9, ["rule activity-list: listed under an activity intro"],
                                           actors=forms.intro_actors(doc, leading=True) or list(s.list_actors)))
        elif s.list_mode != "results" and not current.activities and self._restates_task(current, doc):
            current.activities.append(Item(text, block, 0.7, [
                "rule restated-task: a follow-up's item that opens with an infinitive restates the task"],
                actors=forms.intro_actors(doc, leading=True)))
        elif self._restated_after_report(current, block, doc):
            self._promise_beside(current, block, text, doc, "rule restated-after-report: a bullet beside the "
                                 "bullet of a promise whose report followed it as prose")
        elif s.list_mode == "results" or (self._reports(current, doc) and not current.activities):
            self._result(current, block, text, "rule result-list: listed under the promise", doc)
        elif self._parallel_item(current, block, doc):
            self._promise_beside(current, block, text, doc)
        elif self._tells_arrangements(block, text):
            s.arrangement = block
            self._note(block, doc, "promise-arrangements: how long the promise holds or how it is followed up")
        else:
            current.activities.append(Item(text, block, 0.7,
                                           ["rule item-under-promise: listed right under the promise"],
                                           actors=forms.intro_actors(doc, leading=True)))

    def _tells_arrangements(self, block: Block, text: str) -> bool:
        """Rule promise-arrangements: a bullet under a promise that says how long it holds
        ("Löftet gäller från 1 mars 2025 till 28 februari 2026", `states_validity`) or how it
        is followed up ("Uppföljning ska ske varje kvartal", `forms.follows_up_only`), and a
        bullet right beside such a one that speaks of them and commits to nothing ("Polisen
        är sammankallande", `forms.tells_arrangements`), tell the promise's arrangements:
        notes, not activities done for it."""
        if states_validity(text) or forms.follows_up_only(text):
            return True
        before = self.state.arrangement
        return before is not None and _listed_beside(before, block) and forms.tells_arrangements(text)

    def _parallel_item(self, current: Promise, block: Block, doc: Any) -> bool:
        """Rule parallel-item: a bullet right beside a bullet that promised, at its depth, that
        commits with no party named ("• Kommun och polis ska göra en kampanj." then "• Varje år
        kommer ett föräldramöte att hållas."): one more promise of the list, not an activity of
        the one before it, which leads to nothing (no colon, not unfinished, no activities)."""
        lead = current.text.rstrip()
        return (self.state.list_mode is None and current.part == "promise" and not current.activities
                and _listed_beside(current.block, block) and not lead.endswith((":", ";"))
                and not forms.words().unfinished.search(lead)
                and (forms.commitment(block.text) is not None or forms.passive_commitment(doc)
                     or forms.names_a_task(doc) or self._party_does_item(doc)
                     or self._promises_later(doc) is not None))

    def _promises_later(self, doc: Any) -> list[str] | None:
        """Rule reason-then-promise: "Belysning är viktigt för tryggheten. Kommunen lovar att …":
        a sentence after the first opens with a party and its promise; the parties it names."""
        for sentence in list(doc.sents)[1:]:
            cue = self.lang.doc(sentence.text)._.promise
            if cue is not None and cue.strength == "strong" and not cue.is_intro:
                return list(cue.actors)
        return None

    def _restated_after_report(self, current: Promise, block: Block, doc: Any) -> bool:
        """Rule restated-after-report: a follow-up that restates its promises as bullets, each
        reported on in paragraphs below it: a bullet at the depth of the promise's bullet, once
        its report has come as prose, is the next promise restated ("• Fler poliser i centrum
        vid minst 200 tillfällen. Polis"), unless it reports what was done."""
        return (current.part == "follow_up" and self.state.list_mode is None
                and current.block.kind is BlockKind.LIST_ITEM and block.level == current.block.level
                and bool(current.results) and all(r.block.kind is BlockKind.PARAGRAPH for r in current.results)
                and not current.activities and not forms.reported_actions(doc))

    def _promise_beside(self, current: Promise, block: Block, text: str, doc: Any,
                        why: str = "rule parallel-item: a bullet that commits beside a bullet that promised") -> None:
        """The bullet as a promise of its own, given by whom it names, else by those who gave
        the promise beside it."""
        own = forms.intro_actors(doc, leading=True) or self._promises_later(doc) or []
        promise = Promise(text=clean(text), block=block, actors=own or list(current.actors),
                          themes=self._themes(text), confidence=0.7, part=current.part,
                          givers_named=bool(own) or current.givers_named, by_we=current.by_we,
                          evidence=[why])
        self.promises.append(promise)
        self.state.current = promise
        if self.state.umbrella is current:
            self.state.umbrella = promise

    def _lists_task(self, doc: Any) -> bool:
        """A bullet that opens with an infinitive ("Genomföra …", "Arbeta mot …") in a section of
        promises of a text about them (or under a title that names the promise of a place, "Ett
        löfte från Åby kommun och polisen"), with no promise open above it."""
        s = self.state
        return (self._stating_promises() and not s.under_aims
                and self.about_promises and s.list_mode is None and forms.names_a_task(doc))

    def _goes_on_activities(self, block: Block) -> bool:
        """Rule sibling-activity: a bullet right after a bullet that became an activity of the
        promise above, at the same depth, is one more activity of it, even where it says "ska"
        ("• Genomföra insatser …  • Samarbetet med skolan ska fortsätta."); only a bullet that
        states a promise of its own (a promise cue) starts a new one."""
        current = self.state.current
        return current is not None and bool(current.activities) and _listed_beside(current.activities[-1].block,
                                                                                   block)

    def _under_activity(self, block: Block) -> bool:
        """Rule under-activity: a bullet deeper than the first of the promise's listed activities,
        right after another of them ("• Genomföra tre medborgarmöten per år." / "  • Polisen
        och kommunen ska informera om arbetet."), details the activity above it: one more
        activity, even where it commits, never a promise of its own."""
        current = self.state.current
        if current is None or block.kind is not BlockKind.LIST_ITEM or not current.activities:
            return False
        first, last = current.activities[0].block, current.activities[-1].block
        return (first.kind is BlockKind.LIST_ITEM and block.level > first.level
                and self.preceding.get(id(block)) is last)

    def _restates_task(self, promise: Promise, doc: Any) -> bool:
        """Rule restated-task: in a follow-up, items right under the promise it restates that
        open with an infinitive ("• Att genomföra riktade trafikkontroller.") restate what was
        promised: the promise's activities, not its results, until an item reports."""
        return promise.part == "follow_up" and not promise.results and forms.names_a_task(doc)

    def _listed_promise(self, block: Block, text: str, doc: object) -> None:
        """An item under a lead-in with no content of its own ("Polisen lovar att:",
        "Följande aktiviteter utlovades:"): the item as written is the promise; its actors
        are its own subject's, else the lead-in's."""
        s = self.state
        assert s.list_intro is not None
        if forms.reported_actions(doc) and not forms.commitment(text) and self._opens_reporting(doc):
            # rule reported-item: "Polisen har genomfört 43 kontroller" reports; it promises nothing
            self._note(block, doc, "reported-item: reports what was done; it promises nothing")
            return
        item = self.lang.doc(re.sub(r"^(?:att|Att)\s+", "", text))
        own = forms.intro_actors(item, leading=True)
        we = bool(own) and self._speaks_as_we(item)
        if we and s.list_actors:
            own = []  # "• Vi ska …" under "Polisen lovar att:": the lead-in's "we"
        promise = Promise(
            text=clean(text), block=block, actors=own or list(s.list_actors) or ["police", "municipality"],
            givers_named=bool(own or s.list_actors),
            by_we=we or (not own and _names_we_only(self.lang.doc(s.list_intro.text))),
            themes=self._themes(text), confidence=0.8,
            evidence=[f"rule promise-list-item: listed under the lead-in '{s.list_intro.text}'"], part=s.part,
            lead_in=s.list_intro,
        )
        self.promises.append(promise)
        s.current = promise
        s.listed.append(promise)

    def _opens_reporting(self, doc: Any) -> bool:
        """Does a listed item open by reporting what was done? "• Kommunen samordnar varje oktober
        en trygghetsvandring. 2015 års vandring genomfördes den 14 oktober." states its task first
        and tells of one time it was done after: the item is still a promise (rule
        task-then-report), where "• Polisen har genomfört 43 kontroller." only reports."""
        sentences = roles.sentence_texts(doc)
        return len(sentences) < 2 or bool(forms.reported_actions(self.lang.doc(sentences[0])))

    def _promising_lead(self, lead: Block) -> bool:
        """A lead-in that promises what it lists: a strong verb ("lovar att:") or an agreement
        (rule agreement-lead), whatever else it names ("Lokalpolisområde Åby …" names no area)."""
        cue = self.lang.doc(lead.text)._.promise
        return forms.strong_verb(lead.text) or (cue is not None and cue.strength == "strong" and cue.is_intro)

    def _continues_unfinished(self, block: Block, text: str, doc: Any) -> bool:
        """Rule unfinished-statement: "Polisen ska öka synligheten genom" as one bullet and the
        bullets after it ("Fotpatruller i centrum") are one statement and its activities, until
        a bullet states a promise of its own. A bullet ending "…, samt", "… samt" or "…, och"
        only joins the next one to the list ("samt" coordinates items, it does not leave a
        phrase open as "genom" does)."""
        s = self.state
        current = s.current
        if current is None or current not in s.listed or not forms.words().unfinished.search(current.text):
            return False
        if re.search(r"(?:,\s*(?:och|samt)|\bsamt)\s*$", current.text):
            return False  # "…, samt" joins the next bullet as one more of the list, not its part
        if doc._.promise is not None or forms.commitment(text):
            return False
        current.activities.append(Item(clean(text), block, 0.7,
                                       ["rule unfinished-statement: continues the unfinished bullet above"],
                                       actors=forms.intro_actors(doc, leading=True)))
        return True

    def _paragraph(self, r: roles.Reading) -> None:
        s = self.state
        block, doc = r.block, r.doc
        if _lone_question(block.text):
            return  # rule question-no-note: "Blev det bättre?" asks; the answer below says, not it
        intro = s.list_intro
        if (s.list_mode == "promises" and intro is not None and not s.listed_items
                and intro.kind is not BlockKind.HEADING and intro.text.rstrip().endswith(":")):
            # "Under 2017 jobbade polisen med två löften:" over paragraphs: each paragraph that
            # does not report is a promise, and what reports belongs to the one before it
            if forms.about_the_promises(block.text):
                # "Medborgarlöftena riktar sig till ...": about them, not one of them
                self._note(block, doc, "about-the-promises: speaks of the promises, not one of them")
                return
            head, colon, _ = block.text.partition(":")
            if (block.text.rstrip().endswith(":") and not forms.means_lead(block.text)) \
                    or (colon and forms.states_outcomes(head + colon)):
                # rule second-lead: "Följande områden har identifierats som viktiga:" right under
                # the lead leads to a list of its own (or holds it, joined to it as one
                # paragraph of focus areas); it is none of the lead's promises
                s.close()
                self._note(block, doc, "second-lead: a lead of its own right under the lead-in")
                return
            if not (r.result_aspects and s.current is not None):
                self._listed_promise(block, block.text, doc)
                if forms.means_lead(block.text):
                    s.list_mode, s.list_actors = "activities", []  # "Arbeta med unga genom att:" (rule means-item)
                return
        elif (s.list_mode == "promises" and intro is not None and not s.listed_items
              and intro.kind is not BlockKind.HEADING and forms.means_lead(block.text)):
            # rule means-item: "Ökad trygghet och synlighet genom:" right under "Detta har resulterat
            # i följande medborgarlöften": the promise, and what it lists its activities
            self._listed_promise(block, block.text, doc)
            s.list_mode, s.list_actors = "activities", []
            return
        elif (s.list_mode == "promises" and intro is not None and intro.kind is BlockKind.HEADING
              and self._listed_statement(block) and not self._after_bullets(block)
              and (s.listed_items or self._listed_statement(self.following.get(id(block)))
                   or forms.party_lead(intro.text, self.lang.doc(intro.text), heading=True))):
            # rule listed-paragraphs: "Våra medborgarlöften" over short lines set as paragraphs
            # ("Ökad närvaro i centrum." / "Förstärkt arbete mot narkotika."): each is a promise;
            # a paragraph after the heading's bullets ends their list instead
            s.listed_items += 1
            self._listed_promise(block, block.text, doc)
            return
        elif (repeated := self._repeats_promise(block)) is not None:
            # rule restated-paragraph: a paragraph that repeats a promise stated above, word for
            # word, heads what is listed under it: the promise's activities
            s.close()
            s.current, s.umbrella, s.went_to = repeated, repeated, repeated
            return
        elif s.list_mode == "promises":
            # prose ends the list of promises, unless a bullet at the list's depth follows it
            # (an explanation set under one bullet in plain text)
            s.list_mode, s.list_intro = None, None
            s.paused = intro if block.text.rstrip().endswith(".") else None  # not after "Följ med här!"
        if (s.current is None and s.slot is not None and s.part == "promise" and forms.labelled(s.slot.text)
                and not r.reports):
            self._open_commitment(block, doc, "labelled-promise-heading")
            return
        if (s.current is None and s.focus_promised and s.promise_section and not s.background
                and s.part == "promise" and not r.reports
                and not r.result_aspects and forms.intro_actors(doc, leading=True)):
            self._open_commitment(block, doc, "focus-area-statement")
            return
        current = s.current
        if block is self.cut_off and s.before is not None and self._cut_off_prose(block, words=3) and (
                current is None or (current is s.before and not self._reports(current, doc))):
            # rule cut-off-end: the text stops mid-sentence in what reports on a promise
            self._result(s.before, block, block.text, "rule cut-off-end: the text stops mid-sentence in the "
                         "report on this promise", doc)
            return
        if current is None and s.slot is not None and s.part == "follow_up" and (
                r.result_aspects or _strip_result_label(block.text)[1] is not None
                or cue_data.status_suffix(s.slot.text)[1] is not None):
            # rule promise-heading: "Medborgarlöfte 1: Ökad trafiksäkerhet" over a report of what
            # was done: the heading is the promise, the report its result
            self._promise_from_slot()
            current = s.current
        if current is None and r.result_aspects and self._result_by_content(block, block.text, doc):
            return
        if current is None and s.topic is not None and r.result_aspects:
            current = self._promise_from_topic(doc)
        if current is not None and current.rule in ("passive-commitment", "topic-means") and (
                self._passive_commitment(r) or self._topic_means(r)):
            current = None  # the next of such statements, line under line: a promise of its own
        if current is None:
            if self._passive_commitment(r):
                self._open_commitment(block, doc, "passive-commitment")
            elif self._topic_means(r):
                self._open_commitment(block, doc, "topic-means")
            elif (topic := self._topic_statement(r)) is not None:
                self._open_commitment(block, doc, "topic-statement")
                self.promises[-1].title = self.promises[-1].title or clean(topic.text)
            elif not (self._passive_promise(r) or self._later_promise(r)):
                self._note(block, doc, "note-prose: prose outside any promise")
            return
        lead = self.preceding.get(id(block))
        under_heading = lead is not None and lead.kind is BlockKind.HEADING and forms.is_activity_intro(lead.text)
        if s.list_mode == "activities" and not self._reports(current, doc) and lead is not None and (
                (not current.activities and lead.text.rstrip().endswith((":", "?")))
                or under_heading or id(lead) in self.prose_activities):
            # rule activity-prose: "Vad gör vi?" or "Så här gör vi:" over prose, not a list: the
            # paragraph is the promise's activity; under such a heading ("Det här gör vi"), each
            # paragraph up to the next heading is one
            current.activities.append(Item(clean(block.text), block, 0.75, [
                "rule activity-prose: prose right under the promise's activity lead"],
                actors=forms.intro_actors(doc, leading=True) or list(s.list_actors)))
            if under_heading or id(lead) in self.prose_activities:
                self.prose_activities.add(id(block))
            return
        if self._reports(current, doc) and id(block) in self.leads_list and not forms.about_the_promises(block.text):
            # rule results-lead: "Övervakningen har lett till följande:" over its results, in any style
            s.list_mode = "results"
            return
        if current.result_style and block.bold and not current.result_style[0]:
            s.close()  # results were set in another style: this closes the promise's part
            self._note(block, doc, "result-style: set in another style than the promise's results")
            return
        if (forms.about_the_promises(block.text) and not (doc._.implied_status or doc._.status)
                and self._reports(current, doc)):
            # "Medborgarlöftet har tagits fram genom dialoger": of the promises, not a report on one
            self._note(block, doc, "about-the-promises: speaks of the promises, not one of them")
            return
        if self._reports(current, doc) and forms.names_next_promise(block.text):
            s.close()  # "Just nu tar vi fram ett nytt medborgarlöfte": news of the next one
            self._note(block, doc, "next-promise: speaks of the promise to come, not of this one")
            return
        if _plans_follow_up(doc) and self._reports(current, doc):
            # rule follow-up-plan: "Resultatet kommer att följas upp och redovisas två gånger"
            self._note(block, doc, "follow-up-plan: tells how the promises will be followed up; it reports nothing")
            return
        if current.part == "follow_up" and forms.for_all_promises(block.text) and self._reports(current, doc):
            # rule all-promises: "Sammanfattningsvis har löftena uppfyllts" sums up every promise
            self._note(block, doc, "all-promises: reports on all the promises at once, not on this one")
            return
        if self._reports(current, doc):
            s.list_mode = None if s.list_mode == "activities" else s.list_mode
            if len(s.listed) >= 2 and current is s.listed[-1] and s.went_to is not current:
                # rule result-after-list: prose that reports, after a list of promises, goes to
                # the one it is about, not to the last listed; about none of them, it is a note
                best, score = self._listed_match(block)
                if best is None or score < _ATTACH_THRESHOLD:
                    self._note(block, doc, "result-after-list: reports on none of the promises listed")
                    return
                self._result(best, block, block.text, f"rule result-after-list: about this promise "
                             f"(score {score:.2f})", doc)
                return
            self._result(current, block, block.text, "rule result-prose: prose in the promise's part", doc)
        elif self._party_does(r):
            self._open_commitment(block, doc, "party-does")
        elif self._task_paragraph(current, block, doc):
            current.activities.append(Item(clean(block.text), block, 0.7, [
                "rule task-paragraph: a task set as prose right under the promise it carries out"],
                actors=forms.intro_actors(doc, leading=True)))
        elif not self._later_promise(r):
            self._note(block, doc, "note-prose: prose in the promise's part that does not report on it")

    def _task_paragraph(self, current: Promise, block: Block, doc: Any) -> bool:
        """Rule task-paragraph: paragraphs right under a promise that state, in prose, the tasks
        that carry it out ("Öka tryggheten vid torget." / "Genomföra trygghetsvandringar varje
        höst." / "I samverkan mellan polis och kommun genomföra trafikkontroller.") are its
        activities, as bullets would be; the run ends at the first paragraph that is no task."""
        before = self.preceding.get(id(block))
        run = before is not None and (before is current.block
                                      or (bool(current.activities) and before is current.activities[-1].block))
        return (run and current.part == "promise" and block.level == 0 and _SENTENCE_END.search(block.text) is not None
                and (forms.names_a_task(doc) or forms.task_after_manner(doc)))

    def _repeats_promise(self, block: Block) -> Promise | None:
        """The promise stated above (not from this block) whose words a short paragraph repeats."""
        if not self._short_statement(block):
            return None
        words = _wording(block.text)
        return next((p for p in self.promises if p.block is not block and _wording(p.text) == words), None)

    def _after_bullets(self, block: Block) -> bool:
        """Whether a block comes right after a list item."""
        before = self.preceding.get(id(block))
        return before is not None and before.kind is BlockKind.LIST_ITEM

    def _listed_statement(self, block: Block | None) -> bool:
        """A promise named on a line of its own under a heading that names the promises: a short
        statement, or a longer one that opens with the figure it promises ("Två gemensamma
        trygghetsvandringar i Åby i syfte att öka tryggheten för dem som bor där.")."""
        if self._short_statement(block):
            return True
        return block is not None and self._short_statement(block, _COUNTED_STATEMENT_WORDS) and re.match(
            rf"^\W*(?:minst\s+)?{forms.words().count}\s", block.text, re.IGNORECASE) is not None

    def _short_statement(self, block: Block | None, most: int = 12) -> bool:
        """A paragraph of one short sentence that neither reports nor speaks of the promises: the
        shape of a promise named on a line of its own ("Ökad närvaro i centrum.")."""
        if block is None or block.kind is not BlockKind.PARAGRAPH:
            return False
        text = block.text.strip()
        if not 2 <= len(text.split()) <= most or not one_sentence(text) or text.endswith((":", "?", "!")):
            return False
        if _LABEL.match(text):
            return False  # "Fokusområde: Trafik", "Löfte: …": a label names what it is; it is no item
        doc = self.lang.doc(text)
        return not (forms.reported_actions(doc) or forms.about_the_promises(text) or doc._.result_aspects)

    def _passive_promise(self, r: roles.Reading) -> bool:
        """Rule passive-promise: in prose about the promises, "För 2025 utlovas särskilt fokus på
        X." states a promise without naming who gives it (both parties); the measures in the
        sentences after it are its activities, and what states an aim ("Syftet är ...") is
        neither. True when found."""
        s = self.state
        if s.part != "promise" or not self.about_promises or not r.passive_promise:
            return False
        block = r.block
        sentences = [sent.text.strip() for sent in r.doc.sents if sent.text.strip()]
        s.close()
        promise = Promise(
            text=clean(sentences[0]), block=block, actors=["police", "municipality"], givers_named=False,
            themes=self._themes(sentences[0]), confidence=0.6,
            evidence=[f"rule passive-promise: {_RULE_WHY['passive-promise']}"], part=s.part, rule="passive-promise",
        )
        for sentence in sentences[1:]:
            if cue_data.commits_to_nothing(sentence):
                continue
            promise.activities.append(Item(clean(sentence), block, 0.6,
                                           ["rule passive-promise: a measure stated after the promise"],
                                           actors=forms.intro_actors(self.lang.doc(sentence), leading=True)))
        self.promises.append(promise)
        s.current, s.umbrella, s.scope_level = promise, promise, s.section_level
        return True

    def _passive_commitment(self, r: roles.Reading) -> bool:
        """Rule passive-commitment: where promises are stated (a section or a title that names
        them), "Fler trafikkontroller ska genomföras vid skolorna." commits to what is to be done
        without naming who does it: a promise, its givers read from its content. Not an aim
        ("Åby ska vara …"), nor what speaks of the promise ("Medborgarlöftet ska följas upp")."""
        if not self._stating_promises():
            return False
        if r.reports or r.result_aspects or r.block.kind is not BlockKind.PARAGRAPH:
            return False
        first = roles.first_sentence(r.doc)
        return not (cue_data.commits_to_nothing(first) or forms.follows_up_only(first)) \
            and forms.passive_commitment(self.lang.doc(first))

    def _stating_promises(self, titled: bool = True) -> bool:
        """Is the walk where promises are stated: the promise part, in a section of promises
        (or, with `titled`, under a title that names them), not in its background? The rules
        that read a statement as a promise without a party's promise verb ask it first."""
        s = self.state
        return s.part == "promise" and (s.promise_section or (titled and self.titled_promises)) and not s.background

    def _topic_means(self, r: roles.Reading) -> bool:
        """Rule topic-means: where promises are stated, a paragraph that names a focus area and
        says what it means ("Narkotikaproblematik, innebär att minst två riktade insatser
        genomförs under året") states a promise, whatever its verb (`forms.topic_means`)."""
        if not self._stating_promises():
            return False
        return not (r.reports or r.result_aspects) and r.block.kind is BlockKind.PARAGRAPH \
            and forms.topic_means(r.block.text)

    def _topic_statement(self, r: roles.Reading) -> Block | None:
        """Rule topic-statement: in a section of promises, a paragraph right under a topic's
        heading ("Trafik" / "Polisen genomför hastighetskontroller vid skolorna varje månad.")
        that opens with a party doing work, in the present, and reports nothing, is the
        promise stated under its topic, as "Polisen ska …" there would be. Not a party that
        perceives or judges ("Polisen upplever att …"; `forms.does_work`); so does a statement
        of work without a verb ("Fortsatt hög polisiär närvaro genom patrullering …";
        `forms.nominal_statement`). Nor under a heading of a kind of its own (background,
        follow-up, a lead-in), nor a sentence about the promises themselves ("Polisen och
        kommunen tar varje år fram medborgarlöften …"). Work that goes on ("Polisen
        fortsätter att …") is promised here, as it is reported in a follow-up. The heading,
        which becomes the promise's title, or None."""
        s = self.state
        if not self._stating_promises(titled=False):
            return None
        if s.focus_named:
            return None  # "Arbetet utgår från följande områden:" over the topics promised nothing
        if r.block.kind is not BlockKind.PARAGRAPH or r.reports or set(r.result_aspects) - {"ongoing"}:
            return None
        lead = self.preceding.get(id(r.block))
        if lead is None or lead.kind is not BlockKind.HEADING or lead.text.rstrip().endswith((":", "?")) \
                or roles.section_kinds(lead.text):
            return None
        first = self.lang.doc(roles.first_sentence(r.doc).strip())
        if forms.mentions_promises(first.text):
            return None  # "Polisen och kommunen tar varje år fram medborgarlöften": about them
        states = forms.does_work(first) or forms.nominal_statement(first)
        return lead if states and not forms.reported_actions(first) else None

    def _party_does(self, r: roles.Reading) -> bool:
        """Rule party-does: under a heading that says what the parties will do ("Det här ska vi
        göra"), a paragraph that opens with a party and reports nothing ("Lokalpolisområde
        Åbys områdespoliser arbetar i första hand i …") states what it does: one more promise,
        as "Polisen ska …" there is."""
        return r.block.kind is BlockKind.PARAGRAPH and self._party_does_item(r.doc)

    def _party_does_item(self, doc: Any) -> bool:
        """Rule party-does, for any block: under "Det här ska vi göra" (and the topics set
        under it), a text that opens with a party and reports nothing ("• Åby kommun startar
        under 2025 ett brottsförebyggande råd.") states what the party will do: a promise."""
        s = self.state
        return (s.doing and s.part == "promise" and not doc._.result_aspects
                and not forms.reported_actions(doc) and bool(forms.intro_actors(doc, leading=True)))

    def _later_promise(self, r: roles.Reading) -> bool:
        """Rule later-sentence: in prose about the promises, a paragraph that opens with context
        ("Det andra tillägget i årets löfte gäller alkohol.") and then commits ("Polisen och
        kommunen ska genomföra minst tre kontroller.", "För att ... lovar polisen att ...") holds
        a promise from that sentence on; what comes before it is a note. True when found."""
        s = self.state
        if self.kept_title:
            return False  # rule kept-title: under "Nästan alla löften är uppfyllda", a plan told in its prose is news
        later = r.later_commitment if s.part == "promise" and self.about_promises else None
        if later is None:
            return False
        block = r.block
        before = block.text[:later.start].strip()
        context = self.lang.doc(before) if before else None
        topic = before if context is not None and _topic_sentence(before, context) else None
        if context is not None and topic is None:
            self._note(replace(block, text=before), context, "later-sentence: the context before a committing sentence")
        statement = block.text[later.start:].strip()
        stated = roles.read(replace(block, text=statement), self.context)
        if stated.states_promise and stated.cue is not None and (
                stated.cue.strength == "weak" or len(self._strong_sentences(statement)) > 1):
            # "Tillsammans ska kommun och polis X, polisen ska Y": one promise per committing clause,
            # and "Polisen lovar att X. Kommunen lovar att Y.": one per sentence with its own verb
            first = len(self.promises)
            self._open_promise(stated.block, stated.cue)
            for promise in self.promises[first:]:
                promise.evidence.insert(0, "rule later-sentence: a sentence that commits after one of context")
                if topic is not None and promise.title is None:
                    promise.title = topic.rstrip(".")  # rule topic-sentence
                if stated.commitment == "parties-commit" and promise.rule is None:
                    promise.rule = "parties-commit"  # as weak as the same sentence in a paragraph of its own
            return True
        s.close()
        promise = Promise(  # "… kommer vi att …" names no party: both, until the page's giver decides
            text=clean(statement), block=block, actors=list(later.actors) or ["police", "municipality"],
            themes=self._themes(statement),
            confidence=0.7, evidence=["rule later-sentence: a sentence that commits after one of context"],
            part=s.part, rule="later-sentence", givers_named=bool(later.actors),
            by_we=self._speaks_as_we(stated.doc), title=topic.rstrip(".") if topic else None,
        )
        self.promises.append(promise)
        s.current, s.umbrella, s.scope_level = promise, promise, s.section_level
        return True

    def _result_by_content(self, block: Block, text: str, doc: Any) -> bool:
        """Rule result-by-content: in a follow-up that restated its promises, a report of what
        was done under a later heading ("Drogförebyggande", "Annat trygghetsskapande") belongs
        to the promise it is about (shared words, numbers and themes), with the score as
        evidence; the only promise restated takes them all. True when attached."""
        about_status = starts_with_any(text, forms.words().about_status)
        if self.state.part != "follow_up" or about_status or forms.about_the_promises(text) \
                or forms.names_next_promise(text):
            return False  # "Statusen bygger på ...", "Löftena fortsätter ...": about them, a note
        stated = [p for p in self.promises if p.rule != "topic-heading" and p.part == "follow_up"]
        if not stated and self.follow_up_from is not None:
            # "Uppföljning 2023" after the promises stated above it: it reports on those
            stated = [p for p in self.promises if p.part == "promise" and p.block.start < self.follow_up_from]
        if not stated:
            return False
        best, score = _best_match(clean(strip_bullet(text)), stated, self.lang)
        if len(stated) == 1:
            best = stated[0]
        elif best is None or score < _RESULT_THRESHOLD:
            return False
        assert best is not None
        self._result(best, block, strip_bullet(text),
                     f"rule result-by-content: matches promise '{best.text[:60]}' (score {score:.2f})", doc)
        return True

    def _restated_with_givers(self, block: Block, doc: Any) -> bool:
        """Rule bracketed-restatement: in a follow-up, a short paragraph that closes on its givers
        in brackets ("Minst två narkotikainsatser riktade mot unga. (Polis)") and reports
        nothing restates one of the promises, as the promise page listed it: a promise of its
        own, whatever list of results stands above it; what follows reports on it. One that
        restates a promise the text has listed already is that promise's heading."""
        text = block.text.strip()
        found = _BRACKETS_AT_END.search(text)
        if found is None or len(text.split()) > _BRACKETED_WORDS or forms.reported_actions(doc) \
                or doc._.result_aspects or _promise_restated_by(text, self.promises) is not None:
            return False  # one restating a promise the text listed goes to that promise (heading-restates-promise)
        promise = Promise(text=clean(text), block=block, actors=[], givers_named=True,
                          themes=self._themes(text), confidence=0.7, part="follow_up",
                          evidence=["rule bracketed-restatement: a promise restated with its givers in brackets"],
                          rule="bracketed-restatement")
        actors = _givers_in_brackets(promise, self.lang)
        if not actors:
            return False
        promise.actors = actors
        s = self.state
        s.close()
        self.promises.append(promise)
        s.current, s.umbrella, s.scope_level = promise, promise, s.section_level
        return True

    def _promise_from_topic(self, doc: Any) -> Promise:
        """Rule topic-heading: a follow-up that names its promises only by headings
        ("Trafiksäkerhet", "Närvaro i glesbygd") over what was done: the heading is the promise."""
        s = self.state
        topic = s.topic
        assert topic is not None
        text, status = cue_data.status_suffix(topic.text)  # "Trafikkontroller – Pågår": the status apart
        promise = Promise(
            text=text, block=topic, actors=forms.intro_actors(doc, leading=True) or ["police", "municipality"],
            givers_named=bool(forms.intro_actors(doc, leading=True)),
            themes=self._themes(text), confidence=0.6, part="follow_up", title=topic.text,
            evidence=[f"rule topic-heading: heading '{topic.text}' over a report of what was done"],
            rule="topic-heading",
        )
        if status is not None:
            promise.status, promise.status_evidence = status, f"status stated in the heading: '{topic.text}'"
        self.promises.append(promise)
        s.current, s.topic = promise, None
        return promise

    def _numbered_activity(self, block: Block, topic: str) -> None:
        """Rule numbered-activity: a follow-up that reports on numbered activities ("Aktivitet 1:
        Trafikkontroller vid skolor" over what was done) names its promises by them: each is a
        promise, titled by its line, with the status it ends on, and what follows its result.
        It ends a background section above it."""
        self.state.background = False
        text, status = cue_data.status_suffix(topic)
        self._marked_topic(block, status, text, "", rule="numbered-activity")

    def _marked_topic(self, block: Block, status: str | None, topic: str, report: str,
                      rule: str = "marked-topic") -> None:
        """Rule marked-topic: "🟡 Trygghetsvandringar: 2 av 4 genomförda" in a follow-up is a
        promise named by its topic, with the status its mark gives and the report after it as
        its result; so is a topic followed by its status (rule status-topic) and a numbered
        activity (rule numbered-activity, titled by its whole line)."""
        s = self.state
        s.close()
        doc = self.lang.doc(report or topic)
        actors = forms.intro_actors(doc, leading=True)
        line = block.text if rule == "numbered-activity" else _cut(block.text, 80)
        promise = Promise(
            text=topic, block=block, actors=actors or ["police", "municipality"], givers_named=bool(actors),
            themes=self._themes(topic), confidence=0.6, part="follow_up",
            title=block.text if rule == "numbered-activity" else topic, rule=rule,
            evidence=[f"rule {rule}: {_TOPIC_WHY[rule][0]}: '{_cut(block.text, 80)}'"],
        )
        if status is not None:
            promise.status, promise.status_evidence = status, f"{_TOPIC_WHY[rule][1]}: '{line}'"
        self.promises.append(promise)
        s.current = promise
        if report:
            self._result(promise, block, report, f"rule {rule}: the report after the topic and its status", doc)

    def _reports(self, promise: Promise, doc: Any) -> bool:
        """Does prose after a promise report on it? In a follow-up, or once the promise has a
        result or status, yes. Under a fresh promise only a report of what an actor did
        ("Polisen har genomfört ...") counts; a past participle ("förväntade effekter",
        "utlovade närvaro") or a changed situation ("har ökat") does not, nor does a report of
        how the promise was made (rule making-of: "Medborgarna har gjorts delaktiga genom en
        enkät", words.toml `making`), unless the promise is itself about dialogues or surveys."""
        if promise.reported or promise.part == "follow_up":
            return True
        if not forms.reported_actions(doc):
            return False
        return not forms.tells_making(text_of(doc)) or forms.tells_making(promise.text)

    def _result(self, promise: Promise, block: Block, text: str, why: str, doc: object) -> None:
        evidence = [why]
        aspects = getattr(getattr(doc, "_", None), "result_aspects", None) or []
        if aspects:
            evidence.append("result cues: " + ", ".join(aspects))
        if promise.status:
            evidence.append("the promise has a stated status")
        confidence = 0.9 if (promise.status or promise.part == "follow_up") else 0.75
        text, label = _strip_result_label(text)
        if label:
            evidence.append(f"labelled '{label}'")
        promise.results.append(Item(text, block, confidence, evidence))
        if promise.result_style is None:
            promise.result_style = (block.bold, block.italic)
        implied = getattr(getattr(doc, "_", None), "implied_status", None)
        if implied:
            promise.implied_statuses.append(implied)

    def _note(self, block: Block, doc: object, why: str = "note-prose: prose outside any promise") -> None:
        """A note, if the text has substance (a sentence, a pointer, a lead and its names);
        `why` names the rule that made it one."""
        text = strip_bullet(block.text) if block.kind is BlockKind.LIST_ITEM else block.text
        if block.kind is BlockKind.HEADING or len(text.split()) < 3:
            return
        if _lone_question(text):
            return  # rule question-no-note: "Syns det någon skillnad?" asks, and says nothing yet
        if starts_with_any(text, section_pattern("notes", "calls")):
            return  # "Följ med i hur det går!": a call to follow along says nothing a note would keep
        pointer = starts_with_any(text, section_pattern("notes", "forward"))
        lead_in = text.rstrip().endswith(":") and len(text.split()) >= 8  # "... genomfört följande aktiviteter:"
        listing = re.search(r":\s+\S", text) is not None and len(text.split()) >= 6  # a lead and its names
        # sentences that lost the last full stop (a web page's last line): prose all the same
        prose = len(text.split()) >= 12 and re.search(r"[.!?]\s+[A-ZÅÄÖ]", text) is not None
        if not (_SENTENCE_END.search(text) or pointer or lead_in or listing or prose or self._cut_off_prose(block)):
            return
        self.notes.append(Item(text, block, 0.8, [f"rule {why}"]))

    # --- tables ------------------------------------------------------------------

    def _table(self, block: Block) -> None:
        """A table: its roles from its header, from the table it continues, or guessed."""
        s = self.state
        rows = [list(r) for r in block.rows or [] if any(c.strip() for c in r)]
        if not rows:
            return
        roles = tables.column_roles(rows[0])
        if roles is not None:
            s.table_roles, s.table_header = roles, rows[0]
            rows = rows[1:]
        elif s.table_roles is not None and len(rows[0]) == len(s.table_roles):
            roles = s.table_roles  # a table continued from the previous page
        else:
            roles = tables.guess_roles(rows, self._cell_promise, s.current is not None)
        rows = [r for r in rows if r != s.table_header]
        if roles is None:
            return
        read = tables.read_rows(rows, roles)
        if "promise" in roles:
            self._promise_table(block, read, roles)
        elif s.current is not None:
            self._activity_table(block, read)
        elif "activity" in roles and self.about_promises:
            # rule orphan-activity-table: "Aktivitet | Ansvarig | Tidplan" with no promise above
            # it lists what is promised, one promise a row, as "Aktiviteter:" over a list does
            promised = ["promise" if role == "activity" else role for role in roles]
            self._promise_table(block, tables.read_rows(rows, promised), promised, s.part,
                                "orphan-activity-table: a row of a table of activities with no promise above it")

    def _cell_promise(self, cell: str) -> bool:
        cue = self.lang.doc(cell)._.promise
        return cue is not None and not cue.is_intro

    def _promise_table(self, block: Block, rows: list[tables.Row], roles: list[str], part: str = "follow_up",
                       why: str = "promise-table: a row of a table whose column holds promises") -> None:
        """One promise per row with a promise cell; a row whose promise cell is empty continues
        the promise above it (a merged cell, or the next activity of that promise), also
        across a page break where the table goes on."""
        s = self.state
        last = s.table_promise if s.table_roles == roles else None
        for row in rows:
            if not row.promise_text:
                if last is not None:
                    self._table_row(last, block, roles, row)
                continue
            if row.dashed:
                last = None
                continue  # a dashed promise cell: nothing was promised in this row
            cue = self.lang.doc(row.statement)._.promise
            actors = list(cue.actors) if cue else row.actors or ["police", "municipality"]
            last = Promise(
                text=row.promise_text, block=block,
                actors=actors, givers_named=cue is not None or bool(row.actors),
                themes=self._themes(row.promise_text), confidence=0.9 if cue else 0.6,
                evidence=[f"rule {why}"], part=part,
            )
            self._table_row(last, block, roles, row)
            self.promises.append(last)
        s.close()
        s.table_promise = last
        if last is not None:
            s.slot = None  # the heading above headed the table: what follows is no promise of it

    def _table_row(self, promise: Promise, block: Block, roles: list[str], row: tables.Row) -> None:
        """A row's cells: results, activities and status; with an activity column the status is
        the activity's, and the promise's is combined from its activities' at the end."""
        per_activity = "activity" in roles
        beside = ["rule promise-table: a cell beside the promise"]
        promise.results.extend(Item(r, block, 0.85, list(beside)) for r in row.results)
        promise.activities.extend(Item(a, block, 0.85, list(beside), actors=row.actors,
                                       status=row.status if per_activity else None) for a in row.activities)
        if row.status and per_activity:
            promise.row_statuses.append(row.status)
        elif row.status:
            promise.status, promise.status_evidence = row.status, f"status column: '{row.status_cell}'"

    def _activity_table(self, block: Block, rows: list[tables.Row]) -> None:
        """A table under a promise: what each row did, its status and comment."""
        current = self.state.current
        assert current is not None
        for row in rows:
            current.activities.extend(Item(a, block, 0.9, ["rule activity-table: the activity column of a table"],
                                           actors=row.actors, status=row.status) for a in row.activities)
            if row.status:
                current.row_statuses.append(row.status)
            current.results.extend(Item(r, block, 0.85, ["rule activity-table: the comment column of a table"],
                                        status=row.status)
                                   for r in row.results)

    # --- whole-document decisions -------------------------------------------------------

    def _doc_type(self, blocks: list[Block], title: str | None, page: list[str],
                  names_a_municipality: Callable[[], bool]) -> str:
        """`document.decide_doc_type` on what the walk found."""
        first = min((p.block.start for p in self.promises), default=None)
        headings = [b.text for b in blocks if b.kind is BlockKind.HEADING and (first is None or b.start <= first)
                    and not ("follow_up" in roles.section_kinds(b.text) and self._heads_nothing(b))]
        return decide_doc_type(page, [b.text for b in blocks if b.text], title, headings, self.promises,
                               lambda: self._actor_reports(blocks), self._reported_in_own_section(),
                               names_a_municipality).value

    def _reported_in_own_section(self) -> bool:
        """A promise stated with its activities, then reported on under a later follow-up
        heading ("Uppföljning av medborgarlöften 2018") of the same text."""
        start = self.follow_up_from
        return start is not None and any(
            p.part == "promise" and p.activities and any(r.block.start > start for r in p.results)
            for p in self.promises)

    def _actor_reports(self, blocks: list[Block]) -> int:
        """Paragraphs in which the police, the municipality or "vi" report what they have done."""
        count = 0
        for block in blocks:
            if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
                continue
            doc = self.lang.doc(block.text)
            done = forms.reported_actions(doc)
            # "Polisen har genomfört", and inverted, "Under året har polisen genomfört"
            if any(0 <= p.start - a.end <= 4 or p.start < a.start < p.end
                   for p in done for a in doc.spans.get("actor", [])):
                count += 1
        return count

    def _themes(self, text: str) -> list[str]:
        """The themes a text names itself; `promise_themes.assign` settles the rest later."""
        return list(self.lang.doc(text)._.themes or [])

    def _states_named(self, block: Block) -> bool:
        """Rule summary-then-statement: a page that lists its promises in short ("• Mer polis i
        centrum") and then gives each a heading that repeats it, with the statement under it
        ("Mer polis i centrum" / "Polisen lovar att patrullera …"): the statement right under
        that heading is the listed promise stated in full, its text and givers, the short
        name its title. True when so read."""
        s = self.state
        named = s.before
        heading = self.preceding.get(id(block))
        if (named is None or heading is None or heading.kind is not BlockKind.HEADING or named.part != "promise"
                or named.lead_in is None or named.activities or named.results or named.title is not None
                or s.current is not named):
            return False
        cue = self.lang.doc(block.text)._.promise
        label_end = int(getattr(cue, "label_end", 0))
        named.title, named.text = named.text, clean(block.text[label_end:])
        named.block, named.themes = block, self._themes(named.text)
        named.actors, named.givers_named = list(getattr(cue, "actors", [])) or named.actors, True
        named.evidence.append(f"rule summary-then-statement: stated in full under the heading '{heading.text}'")
        s.umbrella = named
        return True

    def _topic_activities(self, lead: Block) -> None:
        """Rule topic-activities: after promises stated one by one, a topic's heading over a lead
        to activities ("Unga och missbruk" / "Gemensamma aktiviteter:") heads the activities of
        the one promise stated above whose words (its own or its activities') the heading
        shares ("… fokusområden: • minska risken för unga att hamna i missbruk"); where none
        or several share them, the heading is the promise those activities carry out, as a
        promise's heading with activities and no statement is."""
        s = self.state
        heading = self.preceding.get(id(lead))
        if heading is None or heading.kind is not BlockKind.HEADING or roles.section_kinds(heading.text):
            return
        stated = [p for p in self.promises if p.part == "promise"]
        hits = _sharing_words(heading.text, stated, lambda p: " ".join([p.text, *(a.text for a in p.activities)]))
        if len(hits) == 1:
            s.current, s.scope_level = hits[0], heading.level
            hits[0].evidence.append(f"rule topic-activities: its activities under the heading '{heading.text}'")
            return
        s.slot, s.slot_level = heading, heading.level
        self._promise_from_slot()

    def _promise_named_by(self, heading: str) -> Promise | None:
        """The one promise a heading restates (`_promise_restated_by`), else the one follow-up
        promise whose text shares a distinctive word with it, if any."""
        heading = cue_data.status_suffix(heading)[0]  # "… – Ej genomfört": the status names no promise
        restated = _promise_restated_by(heading, self.promises)
        if restated is not None:
            return restated
        hits = _sharing_words(heading, self.promises, lambda p: p.text)
        return hits[0] if len(hits) == 1 and hits[0].part == "follow_up" else None


# --- helpers ---------------------------------------------------------------------

RESTATED_SHARE = 0.8  # of a heading's content words that a promise must hold for the heading to restate it


_PRE_TITLE_WORDS = 12  # the most words of a line above the title that is still a label or an image's text


def _after_pre_title_lines(blocks: list[Block], title: str | None) -> list[Block]:
    """Rule pre-title: short lines a web page sets above its title, among its first lines (an
    image's text, "En mobiltelefon med appen synlig.", a category, the publisher's name), say
    nothing of the promises: no note, no promise. A longer paragraph there stays."""
    at = next((i for i, b in enumerate(blocks[:4]) if b.text == title), None)
    if not at or any(b.kind is not BlockKind.PARAGRAPH for b in blocks[:at]):
        return blocks  # headings or lists above the title: the title is no page's first line
    return [b for b in blocks[:at] if len(b.text.split()) > _PRE_TITLE_WORDS] + blocks[at:]


def _numbered_sections(blocks: list[Block]) -> list[Block]:
    """Rule numbered-section: a numbered line that names a section a heading would open ("3.
    Det här lovar polisen", "1. Bakgrund"), short and ending no sentence, is that section's
    heading, though its number made it a list's item; a numbered line that states something
    ("2. Polisen och kommunen ska tillsammans") stays the item it is."""
    return [replace(b, kind=BlockKind.HEADING, level=2, ordered=False, bold=True)
            if b.kind is BlockKind.LIST_ITEM and b.ordered and typed_heading(b.text) and roles.section_kinds(b.text)
            else b for b in blocks]


def _background_labels(blocks: list[Block]) -> list[Block]:
    """Rule background-label: "Problembild:" or "Bakgrund:" on a line of its own, over the
    prose it names, is a background section's heading set as a label (sections.toml
    `background`): what follows is context, as under the heading. So is a heading set as a
    question (rule background-question: "Vad är ett medborgarlöfte?", a plain text's line
    that ends a sentence and so reads as prose)."""
    return [replace(b, kind=BlockKind.HEADING, level=2) if _is_background_label(b) else b for b in blocks]


_QUESTION_WORDS = 8  # the most words of a question set as a heading ("Vad innebär ett medborgarlöfte för mig?")


def _is_background_label(block: Block) -> bool:
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    text = block.text.strip()
    if text.endswith("?") and len(text.split()) <= _QUESTION_WORDS:
        return "background" in roles.section_kinds(text.rstrip("?"))
    return "background" in roles.label_kinds(text)


def _lone_labels(blocks: list[Block]) -> list[Block]:
    """Rule lone-label: "✓ Löfte 3 – Farthinder", a promise's label set as the only item of a
    list (a check mark or bullet before it), with no list item beside it, is that promise's
    heading; so are topics set so ("• Trafik" over its paragraph), where two or more stand
    alike in the text: each heads the paragraphs under it."""
    out = list(blocks)
    lone = [index for index, block in enumerate(out) if block.kind is BlockKind.LIST_ITEM
            and not any(b.kind is BlockKind.LIST_ITEM for b in out[max(index - 1, 0):index] + out[index + 1:index + 2])]
    topics = [index for index in lone if _lone_topic(out, index)]
    for index in lone:
        block = out[index]
        if (forms.labelled(block.text) and typed_heading(block.text)) or (len(topics) >= 2 and index in topics):
            out[index] = replace(block, kind=BlockKind.HEADING, level=2, ordered=False, bold=True)
    return out


def _lone_topic(blocks: list[Block], index: int) -> bool:
    """A lone bullet that names a topic ("• Trygghet/brott mot äldre"): a few words opening in
    a capital, no sentence, over a paragraph of prose."""
    text = strip_bullet(blocks[index].text).strip()
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    return (0 < len(text.split()) <= 5 and text[:1].isupper() and not text.endswith((".", ":", ";", "!", "?"))
            and after is not None and after.kind is BlockKind.PARAGRAPH and len(after.text.split()) >= 6
            and after.text.rstrip().endswith((".", "!")))  # prose under it, no lead of a list of its own


def _numbered_titles(blocks: list[Block], lang: LanguageStage) -> list[Block]:
    """Rule numbered-title: a numbered line that names a topic ("3. En kommun fri från
    narkotika", "2. Trygghet i centrum") right over bullets of its own is that section's
    heading, though its number made it a list's item; so is one right over such a heading
    ("2. Medborgarlöften 2024–2025", a section whose first subsection opens at once). A
    numbered line that states something (a promise verb, "ska"), names a task ("Genomföra
    …"), or leads in ("2. Polisen och kommunen ska tillsammans") stays the item it is, as
    does one of a numbered list set line under line."""
    out = list(blocks)
    titles: set[int] = set()  # indices made headings, from the last up
    for index in range(len(out) - 2, -1, -1):
        block, after = out[index], out[index + 1]
        if not _numbered_line(block) or _in_tight_list(out, index):
            continue
        over_bullets = after.kind is BlockKind.LIST_ITEM and not after.ordered and after.level == block.level
        if (over_bullets or index + 1 in titles) and _names_a_topic(block.text, lang):
            out[index] = replace(block, kind=BlockKind.HEADING, level=2, ordered=False, bold=True)
            titles.add(index)
    return out


def _numbered_line(block: Block) -> bool:
    return block.kind is BlockKind.LIST_ITEM and block.ordered and block.level == 1


def _in_tight_list(blocks: list[Block], index: int) -> bool:
    """Whether a numbered item has a numbered neighbour on the line next to it (a numbered
    list set line under line); where the format keeps no lines, any numbered neighbour."""
    block = blocks[index]
    for other in (blocks[index - 1] if index else None, blocks[index + 1] if index + 1 < len(blocks) else None):
        if other is None or not _numbered_line(other):
            continue
        if not (block.locator.lines and other.locator.lines):
            return True
        first, second = sorted((block.locator.lines, other.locator.lines))
        if second[0] <= first[1] + 1:
            return True
    return False


def _names_a_topic(text: str, lang: LanguageStage) -> bool:
    """A short line that names a topic: a heading's form, beginning in capitals, ending no
    sentence or lead-in, stating nothing and naming no task."""
    return (typed_heading(text, most=8) and text[:1].isupper() and not ends_a_lead(text) and not announces(text)
            and not forms.commits(text) and not forms.names_a_task(lang.doc(text)))


def _topic_sentence(sentence: str, doc: Any) -> bool:
    """Rule topic-sentence: a short sentence before a committing one in its paragraph that only
    names what the promise is about ("Det andra tillägget i årets medborgarlöfte gäller alkohol
    och tobak.", "I medborgarlöftet ingår också trygghet i tätorterna.") heads the promise, as
    a heading would: its title, no note. It speaks of the promise with a verb of what it is
    about (words.toml [promises] topic_verbs), and neither commits nor reports."""
    return (0 < len(sentence.split()) <= 12 and one_sentence(sentence) and forms.mentions_promises(sentence)
            and forms.search(forms.words().topic_verbs, sentence)
            and not forms.commits(sentence) and not forms.reported_actions(doc))


def _promise_restated_by(heading: str, promises: list[Promise]) -> Promise | None:
    """Rule heading-restates-promise: a follow-up lists its promises, then reports on each
    under a heading that repeats it ("Kraftsamling på skolorna (kommun och polis)" after
    "Genomföra aktiviteten Kraftsamling på skolorna (kommun och polis)"): the one promise
    that holds nearly all of the heading's content words (at least three of them)."""
    same = [p for p in promises if _wording(p.text) == _wording(heading)]
    if len(same) == 1:
        return same[0]  # word for word, however short ("Förstärkt arbete mot narkotika")
    words = [w for w in re.findall(r"\w{4,}", heading.lower()) if w not in forms.words().stopwords]
    if len(words) < 3:
        return None
    needed = RESTATED_SHARE * len(words)
    hits = [p for p in promises if sum(_shares_stem(w, p.text.lower()) for w in words) >= needed]
    return hits[0] if len(hits) == 1 else None



@lru_cache(maxsize=4096)
def _wording(text: str) -> str:
    """A text's words in lower case, without its punctuation: what a repeat keeps."""
    return " ".join(re.findall(r"\w+", text.casefold()))


_RULE_WHY = {
    "commitment-in-promise-section": "'ska' / 'kommer att' under a promise heading",
    "parties-commit": "the police and the municipality together commit",
    "party-does": "a party says what it does, under a heading of what the parties will do ('Det här ska vi göra')",
    "listed-commitment": "a bullet in which a party commits ('• Polisen kommer att genomföra ...')",
    "labelled-promise-heading": "the paragraph under a numbered promise heading ('Löfte 2') states it",
    "focus-area-statement": "a party's statement under a focus area the lead above promised to work on",
    "labelled-measure": "a measure's label ('Åtgärd: …') with no promise above it: the measure is promised",
    "means-lead": "the parties' work stated over the list of how they do it ('... genom att:')",
    "purpose-first": "a purpose, then a commitment ('För att öka tryggheten kommer polisen att ...')",
    "passive-promise": "a promise stated in the passive ('För 2025 utlovas ...'), by both parties",
    "passive-commitment": "what is to be done, in the passive ('Fler kontroller ska genomföras'), where promises"
                          " are stated",
    "topic-means": "a focus area and what it means ('Narkotika, innebär att …'), where promises are stated",
    "topic-statement": "a party's work in the present under a topic's heading, where promises are stated",
    "run-in-label": "a numbered promise label run into its statement ('Löfte 2 För att ... ska ...')",
    "party-label": "a party named as a label before its statement ('Polisen: Patrullera ...')",
}

_BRACKETED_WORDS = 40  # the most words of a promise restated in a follow-up with its givers in brackets
_BRACKETS_AT_END = re.compile(r"\(([^()]{3,80})\)\W*$")
_DASHED_AT_END = re.compile(r"\s[–—-]\s+([^–—-]{3,60}?)\W*$")  # "… – Kommunen och polisen"
_TAGGED_AT_END = re.compile(r"[.!?]\s+([A-ZÅÄÖ][^.!?()]{2,40})$")  # "… vid 200 tillfällen. Polis"


def _goes_on(promise: Promise, text: str, evidence: str) -> None:
    """The promise's statement goes on with `text` (rules bullet-goes-on, between-items)."""
    promise.text = f"{promise.text} {text}"
    promise.evidence.append(evidence)


def _givers_in_brackets(promise: Promise, lang: LanguageStage) -> list[str]:
    """Rule givers-in-brackets: "Åtgärda skador i offentlig miljö (kommun och fastighetsägarna)":
    brackets closing the promise that hold only parties name who gives it; so do they after
    a responsible label ("(Ansvarig: Polisen)"), the parties alone after a closing dash
    ("Ordna föräldravandringar – Kommunen och polisen") and after the last full stop ("… vid
    minst 200 tillfällen. Polis")."""
    found = (_BRACKETS_AT_END.search(promise.text) or _DASHED_AT_END.search(promise.text)
             or _TAGGED_AT_END.search(promise.text))
    if found is None:
        return []
    inside = found.group(1)
    label, colon, named = inside.partition(":")
    if colon and label.strip().lower() in word_set("givers", "responsible"):
        inside = named.strip()  # "Ansvarig: Polisen": the label says what follows names the givers
    doc = lang.doc(inside)
    spans = doc.spans.get("actor", [])
    covered = {t.i for span in spans for t in span}
    glue = word_set("subject", "glue")
    if not spans:
        return []
    organisations: list[tuple[int, str]] = []  # where each organisation named by its name stands
    if any(t.i not in covered and t.lower_ not in glue and not t.is_punct for t in doc):
        named = _named_organisations(doc, covered)
        if named is None:
            return []
        organisations = named
    parties = [(span.start, role) for span in spans
               for role in (["police", "municipality"] if span.label_ == "JOINT" else [span.label_.lower()])]
    roles: list[str] = []
    for _, role in sorted(parties + organisations):  # in the order the brackets name them
        if role not in roles:
            roles.append(role)
    if roles:
        promise.evidence.append(f"rule givers-in-brackets: '({inside})' names who gives it")
    return roles


def _named_organisations(doc: Any, covered: set[int]) -> list[tuple[int, str]] | None:
    """Rule givers-in-brackets, with organisations named: "(Polis, Borås Stad & Åby City)",
    "(Västtrafik, Polis, med flera)": every item the brackets list (between commas, "&",
    "och") that is no party's term but a name in capitals is another organisation; "med
    flera" adds none, and a party's term followed by its name ("Fastighetsförvaltare Åby
    Lokaler") is that party. None where an item is neither (a place, a word), so the brackets
    name no givers."""
    if capitals_only(text_of(doc)):
        return None
    items: list[list[Any]] = [[]]
    for token in doc:
        if token.text in (",", "&", "/") or token.lower_ in ("och", "samt"):
            items.append([])
        elif not token.is_space:
            items[-1].append(token)
    named: list[tuple[int, str]] = []
    for item in filter(None, items):
        if all(t.i in covered for t in item) or " ".join(t.lower_ for t in item) in word_set("givers", "and_others"):
            continue
        named_after = list(itertools.dropwhile(lambda t: t.i in covered, item))
        if item[0].i in covered and len(named_after) <= 3 and all(
                t.i not in covered and t.text[:1].isupper() for t in named_after):
            continue  # "Fastighetsförvaltare Göteborgs Lokaler": a kind of party, then its name
        if len(item) > 4 or any(t.i in covered for t in item) or not item[0].text[:1].isupper():
            return None
        named.append((item[0].i, "other"))
    return named


@cache
def _work_terms() -> dict[str, TermSet | None]:
    """actors.toml `work`: the words that name each party's work."""
    return {role: compile_term_set(spec.get("work", [])) for role, spec in toml_data("actors.toml").items()}


def _givers_by_content(promise: Promise, lang: LanguageStage) -> list[str]:
    """Rule givers-by-content: a promise that names no giver ("Hög polisiär närvaro i
    centrum", "Minst fyra trafikinsatser ... av polisen") is the police's where its text
    speaks of the police and not of the municipality, and the municipality's the other way
    round; otherwise both parties give it, as the report's parties do. Work named right after
    "i samverkan med" / "tillsammans med" is a partner's, and counts for neither."""
    text = promise.text
    doc = lang.doc(text)
    spans = doc.spans.get("actor", [])
    places = [span for span in spans if names_a_place(span, spans)]  # "kontroller i (Åby) kommun"
    # "… i samverkan med socialtjänsten": a partner the work is done with, not who gives it
    partners = {m.end() for m in forms.alongside_words().finditer(text)}
    roles = {span.label_.lower() for span in spans
             if span not in places and len(text[:span.start_char].rstrip()) not in partners}
    if {w.lower_ for w in doc} & word_set("lead_in", "both_parties"):
        return promise.actors  # "Två gemensamma trygghetsvandringar i Åby kommun": both parties'
    words = spaced(text)
    work = _work_terms()

    def works(party: str) -> bool:
        terms = work[party]
        if party in roles or not terms:
            return party in roles
        for m in terms.finditer(text, words):
            if len(text[:m.start()].rstrip()) in partners:
                continue
            named = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if named is None or not (place_at(doc, named.start, named.end)
                                     or any(p.start <= named.start and named.end <= p.end for p in places)):
                return True
        return False

    police, municipality = works("police"), works("municipality")
    if police and not municipality:
        promise.evidence.append("rule givers-by-content: names the police's work, not the municipality's")
        return ["police"]
    if municipality and not police:
        promise.evidence.append("rule givers-by-content: names the municipality's work, not the police's")
        return ["municipality"]
    return promise.actors


def _cut(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


def _names_we_only(doc: Any) -> bool:
    """A lead-in whose only giver is "vi" ("Det här utlovade vi under 2018")."""
    spans = doc.spans.get("actor", [])
    we = word_set("givers", "we")
    return bool(spans) and all(span.label_ == "JOINT" and span.text.lower() in we for span in spans)


@dataclass(frozen=True, slots=True)
class _Owners:
    """words.toml [givers], compiled: a party's genitive before a word for the promises."""

    party_of: dict[str, str]  # genitive -> "police" or "municipality"
    owned: re.Pattern[str]  # "Polisens (nya) medborgarlöften", "Kommunens och polisens löften"
    genitive: re.Pattern[str]
    with_partner: re.Pattern[str]  # right after the promise word: "i samverkan med", "och"
    police_place: re.Pattern[str]  # "Lokalpolisområde Nackas": the police, named by its place

    def party(self, genitive: str) -> str:
        """The party a genitive names ("Polisens", "Lokalpolisområde Nackas", "Åby kommuns")."""
        plain = self.party_of.get(genitive.lower())
        if plain is not None:
            return plain
        return "police" if self.police_place.match(genitive) else "municipality"


@cache
def _owners() -> _Owners:
    party_of = {w.lower(): party for party in ("police", "municipality") for w in word_set("givers", party)}
    place = r"[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?"
    before = "|".join(map(re.escape, sorted(word_set("givers", "police_before_place"), key=len, reverse=True)))
    after = "|".join(map(re.escape, sorted(word_set("givers", "municipality_after_place"), key=len, reverse=True)))
    police_place = rf"(?i:{before})\s+{place}s"  # "Lokalpolisområde Nackas"
    municipality_place = rf"{place}\s+(?i:{after})"  # "Åby kommuns"
    words = "|".join(re.escape(w) for w in sorted(party_of, key=len, reverse=True))
    # case matters for a place's capital only: every word is matched in any case
    genitive = f"{police_place}|{municipality_place}|(?i:{words})"
    partners = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(word_set("givers", "partners"),
                                                                              key=len, reverse=True))
    return _Owners(
        party_of=party_of,
        owned=re.compile(rf"\b((?:{genitive})(?:\s*(?i:,|och|samt)\s*(?:{genitive}))*)\s+(?:\w+\s+)?(?i:(?:medborgar)?löft)"),
        genitive=re.compile(rf"\b(?:{genitive})\b"),
        with_partner=re.compile(rf"\w*\s+(?:{partners})\s", re.IGNORECASE),
        police_place=re.compile(police_place),
    )


def _party_sections(blocks: list[Block], lang: LanguageStage) -> dict[int, tuple[str, str]]:
    """The party each block's section is headed by, where a short heading names one party
    and nothing it does ("Polisen", "Kommunens löften", "Polisen lovar"): the block's id, the
    party and the heading. A heading of the same or a higher level ends the section."""
    sections: dict[int, tuple[str, str]] = {}
    party: tuple[str, str] | None = None
    level = 0
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            if party is not None and block.level > level:
                sections[id(block)] = party
                continue
            doc = lang.doc(block.text)
            cue = doc._.promise
            named = forms.intro_actors(doc, leading=True)
            party = None
            if len(block.text.split()) <= 6 and (cue is None or cue.is_intro) and len(named) == 1 \
                    and named == forms.intro_actors(doc) and named[0] in ("police", "municipality"):
                party, level = (named[0], block.text), block.level
        elif party is not None:
            sections[id(block)] = party
    return sections


def _in_order(actors: list[str]) -> list[str]:
    """Each actor once, in the order they were named."""
    return list(dict.fromkeys(actors))


def _report_giver(blocks: list[Block], lang: LanguageStage, opening: list[Block]) -> tuple[str, str] | None:
    """Rule report-giver: whose are the promises that name no giver? A page that calls them
    "Polisens medborgarlöften", or whose opening prose (before the first promise) has the
    police alone speak of them ("Polisen har tagit fram ett medborgarlöfte", "Polisen jobbade
    under 2018 med ... inom ramen för medborgarlöftet"), gives them as the police (the
    municipality likewise); what one promise's result says ("Polisen har genomfört tolv
    kontroller, två fler än utlovat") speaks for that promise only. The party and the
    evidence, or None where both parties or neither are named so."""
    texts = [b.text for b in blocks if b.text and b.kind is not BlockKind.TABLE]
    o = _owners()
    owners: set[str] = set()
    named: list[str] = []
    for text in texts:
        for m in o.owned.finditer(text):
            found = [g.group(0) for g in o.genitive.finditer(m.group(1))]
            named += found
            owners.update(o.party(g) for g in found)
            if o.with_partner.match(text, m.end()):
                owners.update({"police", "municipality"})  # "Polisens medborgarlöfte i samverkan med X kommun"
    if len(owners) == 1:
        return owners.pop(), f"rule report-giver: the text calls them {named[0].lower()} medborgarlöften"
    if owners:
        return None
    prose = [b.text for b in opening if b.kind is BlockKind.PARAGRAPH][:6]
    for text in prose:
        for sent in lang.doc(text).sents:
            speaks = forms.speaks_as_we(sent)
            if not (speaks or forms.mentions_promises(sent.text) or forms.search(forms.words().naming, sent.text)):
                continue
            sent_doc = lang.doc(sent.text.strip())  # annotated on its own: its actors are its own
            # rule we-are-the-subject: "Lokalpolisområde Åby har lyssnat på vad du tycker att vi
            # ska göra": the one party that opens the sentence is the "vi" that speaks in it
            leading, named = forms.intro_actors(sent_doc, leading=True), forms.intro_actors(sent_doc, we=False)
            if len(leading) == 1 and named == leading and leading[0] in ("police", "municipality"):
                if speaks and not forms.mentions_promises(sent.text):
                    return leading[0], f"rule we-are-the-subject: '{sent.text.strip()[:60]}' has one party say 'vi'"
                return leading[0], f"rule report-giver: '{sent.text.strip()[:60]}' names one party"
    return None


def _blank_lines_part_paragraphs(blocks: list[Block]) -> bool:
    """Does the text set its paragraphs apart with blank lines? A text file copied without
    them (every paragraph on a line of its own, one right under the other) does not: there a
    line is a paragraph, and `run-on-note` must not join them. Told by the share of blocks
    that stand after a blank line."""
    lines = [b.locator.lines for b in blocks if b.locator.lines]
    if len(lines) < 4:
        return True
    apart = sum(1 for before, after in itertools.pairwise(lines) if after[0] > before[1] + 1)
    return apart >= 0.25 * (len(lines) - 1)


def _join_run_on_notes(notes: list[Item]) -> list[Item]:
    """Rule run-on-note: in a text file, prose lines with no blank line between them (a web
    page's paragraph with line breaks, copied) are one paragraph: two notes on consecutive
    lines become one note. Only notes: lines that state promises or results stay apart."""
    joined: list[Item] = []
    for note in notes:
        last = joined[-1] if joined else None
        before, after = (last.block.locator.lines if last else None), note.block.locator.lines
        if (last is not None and before and after and after[0] == before[1] + 1
                and last.block.kind is BlockKind.PARAGRAPH and note.block.kind is BlockKind.PARAGRAPH
                and _is_prose(last.evidence) and _is_prose(note.evidence)):
            block = replace(last.block, text=f"{last.text} {note.text}", end=note.block.end,
                            locator=replace(last.block.locator, lines=(before[0], after[1])))
            joined[-1] = Item(block.text, block, last.confidence, [
                "rule run-on-note: prose lines with no blank line between them are one paragraph"])
            continue
        joined.append(note)
    return joined


def _names_giver(cue: object) -> bool:
    """Does a promise cue name who gives it (an actor before or after its verb, "Vi" too)?"""
    return any(e.startswith("actor ") for e in getattr(cue, "evidence", []))


def _listed_beside(before: Block, after: Block) -> bool:
    """`after` is the bullet right after `before`, at its depth."""
    return (before.kind is BlockKind.LIST_ITEM and after.kind is BlockKind.LIST_ITEM
            and before.level == after.level and 0 <= after.start - before.end <= 3)


def _is_prose(evidence: list[str]) -> bool:
    return any(e.startswith(("rule note-prose", "rule run-on-note")) for e in evidence)


def _plans_follow_up(doc: Any) -> bool:
    """Rule follow-up-plan: a paragraph whose first sentence commits to following the
    promises up ("Resultatet kommer att följas upp …", "En utvärdering ska göras i
    december") says what will be done, even in a follow-up's part: no result."""
    first = roles.first_sentence(doc)
    return forms.follows_up_only(first) and forms.commitment(first) is not None


def _merge_repeated(promises: list[Promise]) -> list[Promise]:
    """Rule repeated-promise: a page that lists its promises at the top and again further down
    ("Medborgarlöften 2024: • Tryggare centrum" ... "följande medborgarlöften: • Tryggare
    centrum") states each once: a repeat in the same part of the report, word for word, is
    merged into the first, with what was listed under it."""
    first: dict[tuple[str, str], Promise] = {}
    kept: list[Promise] = []
    for promise in promises:
        key = (promise.part, _wording(promise.text))
        earlier = first.get(key)
        if earlier is None:
            first[key] = promise
            kept.append(promise)
            continue
        earlier.activities.extend(promise.activities)
        earlier.results.extend(promise.results)
        earlier.row_statuses.extend(promise.row_statuses)
        earlier.implied_statuses.extend(promise.implied_statuses)
        earlier.status = earlier.status or promise.status
        earlier.status_evidence = earlier.status_evidence or promise.status_evidence
        earlier.evidence.append("rule repeated-promise: stated again further down, merged")
    return kept


def _statements(promises: list[Promise]) -> list[str]:
    """The promises' texts, each list's lead-in before its first item: "Under 2024 lovar polisen
    att:" states the years of the promises listed under it (rule years-in-lead-in)."""
    texts: list[str] = []
    for promise in promises:
        lead_in = promise.lead_in
        if lead_in is not None and lead_in.kind is not BlockKind.HEADING and lead_in.text not in texts:
            texts.append(lead_in.text)
        texts.append(promise.text)
    return texts


def _follow_up_topic(doc: Any) -> bool:
    """A follow-up's heading that names what a promise was about. Not one that opens with a
    party ("Polisen", "Kommunens insatser"), which heads that party's part, nor one in which
    the parties speak or report ("Så har vi uppfyllt vårt löfte", "Detta har polisen gjort
    2018"), which heads their report; one that names a party further on ("Samverkan med
    kommun, skola och fritid kring droger") names a topic."""
    parties = any(span.start == 0 or span.label_ == "JOINT" for span in doc.spans["actor"])
    return not parties and not forms.reported_actions(doc)


def _own_list(umbrella: Promise, lead_in: str, actors: list[str]) -> bool:
    """Rule own-lead-in: a complete statement ("Tillsammans ska vi ... ."), then a lead-in of its
    own for the same parties ("Vi kommer att:"): the lead-in lists promises, not the statement's
    activities. Not under a heading of the statement's own, nor when the lead-in continues
    ("Polisen kommer också att:") or is one party's share of a joint statement ("Polisen lovar
    att:" under "Polisen och kommunen lovar ...")."""
    text = umbrella.text.rstrip()
    announces = text.endswith(":") or forms.words().list_word.search(text) or forms.words().unfinished.search(text)
    continues = forms.search(forms.words().continuing, lead_in)
    if umbrella.title is not None or announces or not text.endswith((".", "!")) or continues:
        return False  # under its own heading ("Löfte 2 – ..."), a statement keeps the lists below
    return forms.commits(lead_in) and bool(actors) and set(actors) >= set(umbrella.actors)


def _set_in_bold(promise: Promise) -> bool:
    """A promise whose whole paragraph or item is set in bold, its text that of its block."""
    block = promise.block
    return (block.bold and block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and _wording(promise.text) == _wording(strip_bullet(block.text)))


def _is_weak(promise: Promise) -> bool:
    """A statement taken for its "ska" / "kommer att" alone, under no promise heading of its own."""
    return promise.title is None and promise.rule in ("commitment-in-promise-section", "parties-commit",
                                                      "titled-promises")


_TOPIC_WORDS = 16  # the longest heading a follow-up names a promise by ("Samverkan med skolan kring droger")
_AREA_WORDS = 7  # an area named under a lead of focus areas: "Ungdomar, relaterat till droger och kriminalitet"
_CUT_LEAD_WORDS = 10  # the longest lead to a list that a text cut off in it leaves
_SUBJECT_LETTERS = 4  # the shortest subject that restates a promise's work ("Det", "Den" restate nothing)
_RESTATED_WORDS = 8  # the fewest words of an aim that can restate a promise
_RESTATED_SHARE = 0.8  # the share of its words a restated promise holds
_COUNTED_STATEMENT_WORDS = 25  # the longest promise on a line of its own that opens with its figure
_ATTACH_THRESHOLD = 0.12
_EXPLAINING_WORDS = 8  # a paragraph between two bullets explains the one above in a sentence this long
_AREA_SCORE = 0.5  # most of a heading's words (or its theme and a word) are in the promise it names
# A report of what was done, set apart from the promises under a heading of its own, needs a
# closer match than an item of a list that answers a list of promises.
_RESULT_THRESHOLD = 0.3


_AREA_JOINERS = frozenset({"och", "samt", "&"})


def _listed_names(blocks: list[Block]) -> list[frozenset[str]]:
    """The words of every list item that names an area (`forms.is_label`: "• Drogmissbruk", "•
    Våld i nära relation"): the focus areas a text may list before it takes them one by one."""
    texts = (strip_bullet(b.text) for b in blocks if b.kind is BlockKind.LIST_ITEM)
    return [_area_words(text) for text in texts if forms.is_label(text, most=_AREA_WORDS)]


def _area_words(text: str) -> frozenset[str]:
    """The words naming a focus area, whatever parts them ("närvaro/trafik" = "närvaro, trafik")."""
    return frozenset(re.findall(r"[^\W\d_]+", text.lower())) - _AREA_JOINERS


def _content_lemmas(doc: Any) -> dict[str, str]:
    """The words that tell what a text is about, by their lemma's first seven letters (so
    compounds meet by their first part), each with its whole lemma; without those every
    report uses ("medborgare", "polis", "trygghet") and without the municipality's name,
    which every paragraph of its report may name."""
    generic = _generic_lemmas()
    found: dict[str, str] = {}
    for t in doc:
        if t.is_alpha and len(t.text) > 3 and not t.is_stop \
                and not (t.text[:1].isupper() and municipalities.names_one(t.text)):
            lemma = t.lemma_.lower()
            key = lemma[:7]
            if key not in generic and len(lemma) > len(found.get(key, "")):
                found[key] = lemma
    return found


@cache
def _generic_lemmas() -> frozenset[str]:
    return frozenset(w[:7] for w in word_set("matching", "generic"))


def _best_match(text: str, promises: list[Promise], lang: LanguageStage) -> tuple[Promise | None, float]:
    """The promise a text is about: shared content lemmas (compounds by their first seven
    letters) and shared theme codes; the score is the share of the text's words (at most 8)
    the promise shares, plus 0.25 for a shared theme. Of promises that score alike, the one
    whose shared words agree further wins: "trafiksäkerhetsrådet" is about a promise naming
    "trafiksäkerhetsråd" more than about one naming "trafiken"."""
    doc = lang.doc(text)
    words = _content_lemmas(doc)
    themes = set(doc._.themes or [])
    best: tuple[Promise | None, float] = (None, 0.0)
    best_agreement = 0
    for promise in promises:
        own = _content_lemmas(lang.doc(promise.text))
        shared = words.keys() & own.keys()
        score = len(shared) / max(1, min(len(words), 8))
        if themes & set(promise.themes) - {"other"}:
            score += 0.25
        score = round(score, 3)
        if score < best[1] or score == 0:
            continue
        agreement = sum(_agreeing_letters(words[key], own[key]) for key in shared)
        if score > best[1] or agreement > best_agreement:
            best, best_agreement = (promise, score), agreement
    return best


def _agreeing_letters(a: str, b: str) -> int:
    """How many letters two lemmas agree on from their start."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _split_by_content(text: str, promises: list[Promise],
                      lang: LanguageStage) -> list[tuple[str, Promise, float]] | None:
    """Rule split-by-content: one paragraph of outcome that reports on several promises ("Tre
    insatser mot narkotika. ... Närvaron har ökat vid torget.") is cut at sentence bounds, each
    run of sentences going to the promise it is about. None when it is about one promise only."""
    doc = lang.doc(text)
    sentences = [sent for sent in doc.sents if sent.text.strip()]
    if len(sentences) < 2:
        return None
    runs: list[tuple[int, int, Promise | None, float]] = []
    for sent in sentences:
        best, score = _best_match(sent.text, promises, lang)
        target = best if score >= _RESULT_THRESHOLD else None
        if runs and (target is None or target is runs[-1][2] or runs[-1][2] is None):
            start, _, previous, best_score = runs[-1]
            runs[-1] = (start, sent.end_char, previous or target, max(best_score, score if target else 0.0))
        else:
            runs.append((sent.start_char, sent.end_char, target, score if target else 0.0))
    found = [(text[a:b].strip(), p, sc) for a, b, p, sc in runs if p is not None]
    if len({id(p) for _, p, _ in found}) < 2 or len(found) != len(runs):
        return None
    return found


def _lone_question(text: str) -> bool:
    """One sentence that asks ("Blev det bättre?"): neither a note nor a result."""
    return text.rstrip().endswith("?") and one_sentence(text)


def _trailing_heading(blocks: list[Block]) -> list[Block]:
    """Rule trailing-heading: the text's last block, set as a heading with nothing under it
    but page furniture (left out before), heads nothing: three words or more of prose (a
    word that joins others among them, `words.toml` [wrapping] open_words) ending no
    sentence ("Vid dessa insatser och vid andra tillfällen", a text cut off before a web
    page's feedback box) are a paragraph, as at the very end of a plain text; "Relaterade
    länkar" stays what it is."""
    last = blocks[-1] if blocks else None
    if last is None or last.kind is not BlockKind.HEADING or last.text.rstrip().endswith((".", "!", "?", ":")):
        return blocks
    words = last.text.lower().split()
    if len(words) < _CUT_HEADING_WORDS or not word_set("wrapping", "open_words") & set(words[1:]):
        return blocks
    return [*blocks[:-1], replace(last, kind=BlockKind.PARAGRAPH, level=0)]


_CUT_HEADING_WORDS = 3
# what each rule that names a promise by its topic says of it, and of the status it reads
_TOPIC_WHY = {
    "marked-topic": ("a topic with its status marked before it", "status marked before the topic"),
    "status-topic": ("a topic with its status stated after it", "status stated after the topic"),
    "numbered-activity": ("an activity the follow-up reports on", "status stated after the activity"),
}
@cache
def _numbered_activity_pattern() -> re.Pattern[str]:
    """An activity's label (`words.toml` [labels] activity) with its number and a colon, dot or dash."""
    labels = "|".join(re.escape(w) for w in sorted(word_set("labels", "activity"), key=len, reverse=True))
    return re.compile(rf"^\W*(?:{labels})\s+(?:nr\.?\s*)?\d{{1,2}}\s*[:.–—-]\s*(?P<topic>\S.*)$", re.IGNORECASE)


def _numbered_activity(block: Block) -> str | None:
    """"Aktivitet 1: Trafikkontroller vid skolor": the topic of a numbered activity set on a
    line of its own (ten words at most, no sentence of its own); None for any other block."""
    match = _numbered_activity_pattern().match(block.text.strip())
    if match is None or block.kind is BlockKind.TABLE:
        return None
    topic = match.group("topic").strip()
    return topic if len(topic.split()) <= _ACTIVITY_TOPIC_WORDS and not topic.endswith(".") else None


_ACTIVITY_TOPIC_WORDS = 10
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_STATUS_SENTENCE_WORDS = 6  # "Samlad bedömning: Delvis genomfört.": a status line, no report beside it


def _without_status_sentences(text: str) -> tuple[str, tuple[str, str] | None]:
    """Rule status-sentence: "Polisen ska genomföra 20 kontroller. Status: Delvis genomfört."
    states the promise and then its status in the same paragraph: the text without the
    status line, and the status with the sentence that states it (None where none does)."""
    sentences = _SENTENCE_BREAK.split(text.strip())
    kept, stated = sentences[:1], None
    for sentence in sentences[1:]:
        status = cue_data.status_line(sentence) if len(sentence.split()) <= _STATUS_SENTENCE_WORDS else None
        if status is not None and stated is None:
            stated = (status, sentence.strip())
        else:
            kept.append(sentence)
    return (" ".join(kept), stated) if stated is not None else (text, None)


def _without_validity_sentences(text: str) -> tuple[str, str | None]:
    """Rule promise-then-validity: "Polisen och kommunen lovar att … Löftet gäller från 2018 till
    och med 2020." states the promise, then how long the promises hold (`states_validity`),
    which is a note beside it, as it is in a paragraph of its own: the text without such
    sentences, and those sentences (None where none says so). The first sentence stays."""
    sentences = _SENTENCE_BREAK.split(text.strip())
    valid = {at for at, sentence in enumerate(sentences) if at and states_validity(sentence)}
    if not valid:
        return text, None
    return (" ".join(s for at, s in enumerate(sentences) if at not in valid),
            " ".join(s for at, s in enumerate(sentences) if at in valid))


def _strip_result_label(text: str) -> tuple[str, str | None]:
    """"Resultat: Polisen har ..." -> the result without its label, and the label."""
    opens = starts_with_any(text, section_pattern("intros", "results"))
    if opens:  # the term may hold its colon ("uppföljning:", not a heading "Uppföljning av …")
        colon = re.match(r"\s*(?=\S)" if opens.group().endswith(":") else r"\s*:\s*(?=\S)", text[opens.end():])
        if colon:
            return text[opens.end() + colon.end():], text[: opens.end()].strip()
    return text, None


def _sharing_words(heading: str, promises: list[Promise], text_of: Callable[[Promise], str]) -> list[Promise]:
    """The promises whose text (as `text_of` gives it) shares a distinctive word of a heading
    (six letters or more, no stopword) by its stem."""
    words = [w for w in re.findall(r"\w{6,}", heading.lower()) if w not in forms.words().stopwords]
    if not words:
        return []
    return [p for p in promises if any(_shares_stem(w, text_of(p).lower()) for w in words)]


def _shares_stem(word: str, text: str) -> bool:
    stem = word[: max(6, len(word) - 3)]
    return stem in text
