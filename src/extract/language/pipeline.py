"""The spaCy Swedish pipeline, built in one place, and its rule components.

By default the pipeline is `spacy.blank("sv")` with a sentencizer, lemmas from
spacy-lookups-data's lookup table with a domain lemma table on top, and the rule
components below. A trained Swedish pipeline (e.g. `sv_core_news_sm`), if
installed, can replace the blank one: its tags then feed the same components.

Each component writes span groups (`doc.spans[...]`) that `extract show` can
render, and a summary on `doc._`:

| component               | span group   | summary on doc._                  |
|-------------------------|--------------|-----------------------------------|
| extract_lemmas          |              | (token.lemma_)                    |
| extract_municipalities  | municipality | municipalities                    |
| extract_actors          | actor        |                                   |
| extract_promise_cues    | promise_cue  | promise (PromiseCue or None)      |
| extract_result_cues     | result_cue   | result_aspects                    |
| extract_status          | status       | status, status_word, implied_status |
| extract_themes          | theme        | themes                            |
| extract_quantities      | quantity     | years, year_ranges                |
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy
import spacy
from spacy.attrs import LEMMA, LOWER, MORPH, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract import municipalities
from extract.language import cues as cue_data
from extract.language.lemma_table import LemmaTable
from extract.lexicon import lemma_fixes, spaced, word_set
from extract.textnorm import capitals_only

DEFAULT_MODEL = "blank:sv"
RULE_COMPONENTS = (
    "extract_lemmas",
    "extract_municipalities",
    "extract_actors",
    "extract_promise_cues",
    "extract_result_cues",
    "extract_status",
    "extract_themes",
    "extract_quantities",
)

for _name, _default in (
    ("promise", None), ("result_aspects", None), ("status", None), ("status_word", None),
    ("implied_status", None), ("themes", None), ("years", None), ("year_ranges", None),
    ("municipalities", None),
):
    Doc.set_extension(_name, default=_default, force=True)


@dataclass(slots=True)
class PromiseCue:
    """A statement that opens with who promises and a promise verb.

    `is_intro` marks a line that only introduces a list ("Polisen lovar att:").
    """

    strength: str  # "strong" (lovar, åtar sig) or "weak" (ska, kommer att)
    actors: list[str]
    cue: str
    label_end: int
    is_intro: bool
    subject: str
    evidence: list[str] = field(default_factory=list)


def build_pipeline(model: str | None = None) -> Language:
    """The pipeline every stage uses; `model` names an installed spaCy pipeline or blank:sv.

    Lemmas come from `extract_lemmas` (spacy-lookups-data's lookup table, looked up form by
    form in its cached database, with the domain's corrections) rather than from spaCy's
    lookup lemmatizer: the same lemmas, without loading 660,000 forms at start-up."""
    name = model or DEFAULT_MODEL
    if name.startswith("blank:"):
        nlp = spacy.blank(name.split(":", 1)[1])
        nlp.add_pipe("sentencizer")
    else:
        # an installed package name or a pipeline folder; its tagger, morphologizer and
        # parser (if any) then feed the rule components (e.g. Tense=Past, VerbForm=Sup)
        nlp = spacy.load(name, exclude=["ner"])
        if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
            nlp.add_pipe("sentencizer")
    for component in RULE_COMPONENTS:
        nlp.add_pipe(component)
    return nlp


# --- components ------------------------------------------------------------------


@Language.factory("extract_lemmas")
def _make_lemmas(nlp: Language, name: str) -> Lemmas:
    return Lemmas(nlp)


class Lemmas:
    """Lemmas for this genre: the domain's corrections (`lemmas.tsv`) first, then the lemma a
    trained pipeline gave, else the lookup table's (as spaCy's lookup lemmatizer has it: the
    form itself where the table has none); a capitalised word the table does not know is
    looked up lower-cased ("Trygghetsvandringar" at a sentence's start)."""

    def __init__(self, nlp: Language) -> None:
        self.fixes = lemma_fixes()
        self.table = LemmaTable(str(nlp.lang))
        self.compounds: dict[str, str | None] = {}  # unknown words read by compound-head: lemma, or None
        # the lemma decided for a form (and the lemma a trained pipeline gave it), as hashes:
        # a form is decided once per process, and a doc's lemmas are set in one call
        self.decided: dict[tuple[int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        rows = [(orth, given) for orth, given in doc.to_array([ORTH, LEMMA]).tolist()]
        decided = self.decided
        new = [row for row in dict.fromkeys(rows) if row not in decided]
        if new:
            if len(decided) > _DECIDED_MOST:
                decided.clear()
            self._decide(doc.vocab, new)
        if rows:
            lemmas: Any = numpy.array([[decided[row]] for row in rows], dtype=numpy.uint64)
            doc.from_array([LEMMA], lemmas)
        return doc

    def _decide(self, vocab: Any, rows: list[tuple[int, int]]) -> None:
        """The lemmas of forms not met before: the domain's correction, else the lemma given,
        else the table's (the lower-cased form's for a capitalised form the table does not
        know), else the compound's (`_compounds`), else the form itself."""
        table, fixes, strings = self.table, self.fixes, vocab.strings
        forms = [(strings[orth], vocab[orth].lower_, strings[given] if given else "") for orth, given in rows]
        table.learn([*(text for text, _, _ in forms), *(text.lower() for text, _, _ in forms)])
        lemmas: list[str] = []
        for text, lower, given in forms:
            if lower in fixes:
                lemmas.append(fixes[lower])
                continue
            lemma = given or table.get(text, text)
            if not lemma or (lemma == text and text[:1].isupper()):
                lemma = table.get(lower, lower)
            lemmas.append(lemma)
        unknown = [i for i, ((_, lower, _), lemma) in enumerate(zip(forms, lemmas, strict=True))
                   if lower not in fixes and lemma == lower and len(lower) >= _COMPOUND and lower.isalpha()]
        if unknown:
            compounds = self._compounds([forms[i][1] for i in unknown])
            for i in unknown:
                lemmas[i] = compounds[forms[i][1]] or lemmas[i]
        for row, lemma in zip(rows, lemmas, strict=True):
            self.decided[row] = strings.add(lemma)

    def _compounds(self, lowers: list[str]) -> dict[str, str | None]:
        """Rule compound-head: a compound the table does not know ("fotpatrullerat",
        "grannsamverkansområdena") takes its lemma from its longest known head ("patrullerat":
        "patrullera"), as a Swedish compound inflects in its last part."""
        table, known = self.table, self.compounds
        new = set(lowers) - known.keys()
        if new:
            table.learn({lower[i:] for lower in new for i in _head_starts(lower)})
            for lower in new:  # each word decided once per process, as the table's forms are
                known[lower] = next((lower[:i] + head for i in _head_starts(lower)
                                     if (head := table.get(lower[i:], ""))), None)
        return known


_COMPOUND = 8  # the shortest word taken for a compound of a known head
_DECIDED_MOST = 1 << 18  # forms whose lemma a process keeps
_HEAD = 5  # the shortest head: shorter ones ("vis", "tal") are seldom a compound's last part


def _head_starts(lower: str) -> range:
    """Where a compound's head may start: after a first part of three letters or more."""
    return range(3, len(lower) - _HEAD + 1)


def text_of(doc: Doc) -> str:
    """The doc's text, joined once: `Doc.text` joins every token anew on each access, and the
    components read it a dozen times per text."""
    found = doc.user_data.get("extract_text")
    if found is None:
        found = doc.user_data["extract_text"] = doc.text
    return str(found)


def _spans(doc: Doc, matches: list[tuple[int, int, str]], group: str) -> list[Span]:
    spans = []
    for start, end, label in matches:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[group] = spans
    return spans


@Language.component("extract_municipalities")
def municipality_component(doc: Doc) -> Doc:
    """Municipalities named in official form, with their kommunkod as the span's kb_id."""
    found = municipalities.find(text_of(doc))
    doc._.municipalities = found
    spans = []
    for mention in found:
        span = doc.char_span(mention.start, mention.end, label="MUNICIPALITY",
                             kb_id=mention.kommun.kommunkod, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["municipality"] = spans
    return doc


@Language.component("extract_actors")
def actor_component(doc: Doc) -> Doc:
    """Police, municipality, other organisations and the joint "vi" as actor spans."""
    text = text_of(doc)
    matches = [(m.start(), m.end(), role.upper()) for role, m in cue_data.cues().actor.finditer(text, spaced(text))]
    named = [(s.start_char, s.end_char) for s in doc.spans["municipality"]]
    # "Region Gotland" is the municipality, not some other organisation
    matches = [m for m in matches if not any(m[0] < end and start < m[1] for start, end in named)]
    matches.extend((start, end, "MUNICIPALITY") for start, end in named)
    _spans(doc, matches, "actor")
    return doc




@Language.component("extract_promise_cues")
def promise_component(doc: Doc) -> Doc:
    """Does the text open with actors and a promise verb? ("Polisen och kommunen lovar att")."""
    text = text_of(doc)
    doc._.promise = None
    c = cue_data.cues()
    _, label_end = cue_data.strip_promise_label(text)
    label_end = label_end or _topic_label_end(text)
    cue_matches: list[tuple[int, int, str]] = []
    folded = spaced(text)
    for strength, terms in (("strong", c.promise_strong), ("weak", c.promise_weak)):
        if terms is None:
            continue
        cue_matches.extend((m.start(), m.end(), strength.upper()) for m in terms.finditer(text, folded))
    spans = _spans(doc, cue_matches, "promise_cue")
    statement = c.promise_statement.match(text, label_end) if c.promise_statement else None
    if statement:  # "Vårt gemensamma löfte är att ...": given by both, no actor named
        content = text[statement.end():].strip()
        named = [s for s in doc.spans["actor"] if s.end_char <= statement.end()]  # "Några av polisens löften …"
        doc._.promise = PromiseCue(
            strength="strong", actors=_actor_roles(named, trailing_we=False) if named else ["police", "municipality"],
            cue=statement.group(0).strip(),
            label_end=label_end, is_intro=_leads_on(text) or len(content.split()) < 2,
            subject="", evidence=[f"promise statement '{statement.group(0).strip()}'"],
        )
        return doc
    first = next((s for s in sorted(spans, key=lambda s: s.start_char)
                  if s.start_char >= label_end), None)
    if first is None:
        doc._.promise = _agreement_lead(doc, text, folded, label_end) or _named_as_promise(text, label_end)
        return doc
    if first.start > 14 or not _subject_opens(doc, first, label_end):
        # "… är polisen och kommunen överens om att verksamheten ska …": the agreement, not its "ska"
        doc._.promise = _inverted_cue(doc, spans, label_end) or _agreement_lead(doc, text, folded, label_end,
                                                                                 inverted=True)
        return doc
    actor_spans = _we_of(doc, [s for s in doc.spans["actor"] if s.end <= first.start and s.start_char >= label_end
                               and not names_a_place(s, doc.spans["actor"])])
    trailing_we = first.end < len(doc) and doc[first.end].lower_ == "vi"
    actors = _actor_roles(actor_spans, trailing_we)
    after = text[first.end_char:].strip()
    content = re.sub(r"^(?:vi\s+)?(?:att|om att)\b", "", after, flags=re.IGNORECASE).strip(" :")
    content = _TIME_ONLY.sub("", content).strip(" :,.")  # "lovar att under 2019": a time, no content
    # a question ("Vad ska vi göra?") states nothing: over a list it leads in, like "Vi ska:"
    is_intro = _leads_on(text) or text.rstrip().endswith("?") or len(content.split()) < 2
    doc._.promise = PromiseCue(
        strength=first.label_.lower(), actors=actors, cue=first.text, label_end=label_end,
        is_intro=is_intro, subject=text[label_end:first.start_char].strip(),
        evidence=[f"{first.label_.lower()} promise cue '{first.text}'"]
        + [f"actor '{s.text}' ({s.label_.lower()})" for s in actor_spans],
    )
    return doc


def _leads_on(text: str) -> bool:
    """A line that ends as a lead-in does: on a colon, or on "att" and an ellipsis ("Polisen
    och kommunen lovar bland annat att…"), the list it leads to below."""
    return _LEAD_END.search(text) is not None


_LEAD_END = re.compile(r"(?::|\batt\s*(?:…|\.\.\.))\s*$")


# "Trafik: Polisen ska …": a topic of up to three words and its colon before a statement
# that opens in capitals
_TOPIC_LABEL = re.compile(r"^([A-ZÅÄÖ][\w-]*(?:\s+[\w&-]+){0,2}):\s+(?=[A-ZÅÄÖ])")


def _topic_label_end(text: str) -> int:
    """Rule topic-label: "Trafik: Polisen ska genomföra fler kontroller." names its topic
    before the statement; the statement is read after it, as after "Löfte 2:". A label that
    says what the line is ("Status:", "Resultat:", "Mål:", "Ansvarig:", `words.toml` [labels]
    and the status and result labels) or names a party ("Polisen:") is no topic: 0 for those
    and any other text."""
    match = _TOPIC_LABEL.match(text)
    if match is None or _says_what_line_is(match.group(1)):
        return 0
    return match.end()


@lru_cache(maxsize=256)
def _says_what_line_is(label: str) -> bool:
    lowered = label.lower()
    if lowered in word_set("givers", "responsible") or any(
            lowered in word_set("labels", key) for key in ("goal", "activity", "attribute", "problem")):
        return True
    c = cue_data.cues()
    if any(terms.search(label) for terms in c.actor.values()):
        return True  # "Polisen:", "Kommunens del:": a party's label (rule party-label)
    return bool((c.status_label is not None and c.status_label.match(label)) or cue_data.opens_results(label))


def _named_as_promise(text: str, label_end: int) -> PromiseCue | None:
    """Rule named-as-promise: "Att bjuda in till minst en trygghetsvandring är också ett av
    medborgarlöftena." calls itself a promise (cues.toml named_as_promise): a statement of one,
    given by both parties unless the promise before it names its givers."""
    pattern = cue_data.cues().named_as_promise
    found = pattern.search(text) if pattern is not None else None
    if found is None:
        return None
    return PromiseCue(strength="strong", actors=["police", "municipality"], cue=found.group(0), label_end=label_end,
                      is_intro=False, subject="", evidence=[f"rule named-as-promise: '{found.group(0)}'"])


def _agreement_lead(doc: Doc, text: str, folded: str, label_end: int, inverted: bool = False) -> PromiseCue | None:
    """Rule agreement-lead: "Polisen och kommunen har kommit överens om att:" ends on what the
    parties agreed on, with nothing after it: a lead-in to their promises, as "lovar att:"
    is. An agreement with content of its own commits as "lovar att" does ("… har enats om att
    verka för en stad där …", rule agreement-statement), unless the content tells of the
    method ("… om att arbeta med medborgarlöften", cues.toml [promise] agreement_method): that
    promises nothing. With `inverted`, only an agreement with its parties inside it counts
    (rule inverted-agreement), as where a "ska" of the content stands first among the cues."""
    c = cue_data.cues()
    if c.promise_agreement is None:
        return None
    lead = text.rstrip().endswith(":")
    match = next((m for m in c.promise_agreement.finditer(text, folded)
                  if lead == (not text[m.end():].strip(" :"))), None)
    if match is None or (not lead and c.agreement_method is not None
                         and c.agreement_method.search(text[match.end():]) is not None):
        return None
    verb = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if verb is None:
        return None
    inside = _parties_inside(doc, verb)
    if inside:  # rule inverted-agreement: "I löftet för 2025 är polisen och kommunen överens om att …"
        actor_spans = inside
    elif not inverted and _subject_opens(doc, verb, label_end):
        actor_spans = _we_of(doc, [s for s in doc.spans["actor"] if s.end <= verb.start and s.start_char >= label_end
                                   and not names_a_place(s, doc.spans["actor"])])
    else:
        return None
    rule = ("rule agreement-lead: the parties agreed on what follows" if lead
            else "rule agreement-statement: the parties agreed on what they will do")
    return PromiseCue(
        strength="strong", actors=_actor_roles(actor_spans, trailing_we=False), cue=match.group(0),
        label_end=label_end, is_intro=lead, subject=text[label_end:match.start()].strip(),
        evidence=[f"{rule} ('{match.group(0)}')"] + [f"actor '{s.text}' ({s.label_.lower()})" for s in actor_spans],
    )


def _parties_inside(doc: Doc, verb: Span) -> list[Span]:
    """Rule inverted-agreement: the parties standing inside an agreement's words, where a
    fronted phrase puts the verb first ("I löftet för 2025 är polisen och Åby kommun överens
    om att …", cues.toml agreements with `...`): only the agreement's own words, actors and
    the words that join them (or a name's capitals) may stand there; else none."""
    inside = [s for s in doc.spans["actor"] if s.start >= verb.start and s.end <= verb.end
              and not names_a_place(s, doc.spans["actor"])]
    if not inside:
        return []
    return inside if _only_parties(doc, verb, inside, cue_data.cues().agreement_words) else []


def _only_parties(doc: Doc, tokens: Iterable[Token], spans: list[Span], own: frozenset[str] = frozenset()) -> bool:
    """Every token is one of the actors `spans`, a word that joins them (words.toml [subject]
    glue), one of `own` (the cue's own words), or a name's capital (not in a text set in
    capitals, where a capital marks no name)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    glue = word_set("subject", "glue")
    names_capitalised = not capitals_only(text_of(doc))
    return all(t.i in covered or t.lower_ in glue or t.lower_ in own or (names_capitalised and t.text[:1].isupper())
               for t in tokens)


# a time and nothing more after the promise verb: "under 2019", "för perioden 2024–2026", "i år"
_TIME_ONLY = re.compile(r"^(?:under|för|i|inom|från och med)\s+(?:(?:år|året|perioden|åren)\s*)?"
                        r"(?:\d{4}(?:\s*[-–/]\s*\d{2,4})?)?\s*$", re.IGNORECASE)


def names_a_place(span: Span, spans: list[Span]) -> bool:
    """Rule municipality-as-place: "I Åby kommun kommer det att finnas ett poliskontor",
    "Medborgare inom Åby kommun ska …", "Polisen i Åby kommun lovar …", "kontroller i hela
    kommunen" name where, not who: a municipality after "i" / "inom" (words.toml [subject]
    place_prepositions, place_fillers between) that no actor but the police stands right
    before (in "kommunen och polisen i Åby kommun" the municipality gives, named twice), and
    that owns nothing after it ("i kommunens regi" names who does it); so does one whose
    people follow it (rule municipality-of-people)."""
    if span.label_ != "MUNICIPALITY":
        return False
    if _owns_people(span):
        return True
    before = _place_word_before(span.doc, span.start)
    return before is not None and not _owned_after(span.doc, span.end) and not any(
        other.end == before.i and other.label_ != "POLICE" for other in spans)


def place_at(doc: Doc, start: int, end: int) -> bool:
    """Rule municipality-as-place for words that are no actor span of their own (a party's
    work named in a compound, "kommunala"): tokens `start` to `end` stand where, not who."""
    return _place_word_before(doc, start) is not None and not _owned_after(doc, end)


def _place_word_before(doc: Doc, start: int) -> Any:
    """The place preposition before token `start` ("i", "inom"), over fillers ("i hela …")."""
    fillers = word_set("subject", "place_fillers")
    index = start - 1
    while index > 0 and doc[index].lower_ in fillers:
        index -= 1
    if index < 0 or doc[index].lower_ not in word_set("subject", "place_prepositions"):
        return None
    return doc[index]


def _owns_people(span: Span) -> bool:
    """Rule municipality-of-people: "föreläsa för kommunens 7:e klassare", "informera
    kommunens invånare": a municipality in the genitive before people (words.toml [subject]
    people, by lemma, as the end of a compound too: "högstadieelever") says whose people, not
    who acts. A number or an ordinal may stand between ("kommunens 7:e klassare")."""
    doc, index = span.doc, span.end
    if not span.text.lower().endswith("s"):
        return False
    while index < len(doc) and any(ch.isdigit() for ch in doc[index].text):
        index += 1
    if index >= len(doc):
        return False
    lemma = doc[index].lemma_.lower()
    return any(lemma == word or (len(word) >= 4 and lemma.endswith(word)) for word in word_set("subject", "people"))


def _owned_after(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in word_set("subject", "owned")


def _we_of(doc: Doc, spans: list[Span]) -> list[Span]:
    """Rule we-of-party: "vi" right before "i", "på" or "inom" and a party ("Vi i polisen
    lovar", "Vi på kommunen ska") is that party speaking, not both parties together."""
    ordered = sorted(spans, key=lambda span: span.start)
    speaking = {(span.start, span.end) for span, after in itertools.pairwise(ordered)
                if span.label_ == "JOINT" and span.text.lower() == "vi" and after.start == span.end + 1
                and doc[span.end].lower_ in {"i", "på", "inom"}}
    return [span for span in spans if (span.start, span.end) not in speaking]


def _subject_opens(doc: Doc, verb: Span, label_end: int) -> bool:
    """Only actors (and the words that join them) stand before the verb: "Polisen och
    kommunen lovar", "Vi ska"; not "Medborgarlöftet är ett åtagande där kommunen lovar"."""
    actor_spans = [s for s in doc.spans["actor"] if s.end <= verb.start and s.start_char >= label_end]
    trailing_we = verb.end < len(doc) and doc[verb.end].lower_ == "vi"
    if not actor_spans and not trailing_we:
        return False
    return _only_parties(doc, (t for t in doc[:verb.start] if t.idx >= label_end), actor_spans)  # before the verb


# Words after an inverted verb that add no content: "lovar polis och kommun medborgarna följande:"


def _inverted_cue(doc: Doc, spans: list[Span], label_end: int) -> PromiseCue | None:
    """Rule inverted-promise: the strong verb before its subject, as Swedish puts it after
    an adverbial ("För att minska brotten lovar polisen och kommunen att:", "I löftet för
    2020 lovade polisen att ...", "därför lovar vi att")."""
    first_sentence_end = next((s.end for s in doc.sents), len(doc))
    restated = cue_data.cues().restated
    names_capitalised = not capitals_only(text_of(doc))  # "lovar Åby lokalpolisområde och …": a name
    for verb in sorted(spans, key=lambda s: s.start):
        if verb.start >= first_sentence_end or not (
                verb.label_ == "STRONG" or verb.text.lower() in restated):  # "Under 2018 avsåg polisen att …"
            continue
        subject: list[Span] = []
        position = verb.end
        for actor in sorted(doc.spans["actor"], key=lambda s: s.start):
            if actor.start < position:
                continue
            between = [t for t in doc[position:actor.start] if t.lower_ not in word_set("subject", "glue")
                       and not (names_capitalised and t.is_alpha and t.text[:1].isupper())]
            if between:
                break
            subject.append(actor)
            position = actor.end
        if not subject:
            continue
        rest = [t for t in doc[position:] if not t.is_space]
        empty = word_set("subject", "no_content")
        content = [t for t in rest if t.lower_ not in empty and not t.is_punct and not t.like_num]
        is_intro = not content or (_leads_on(text_of(doc)) and len(content) <= 2)
        return PromiseCue(
            strength=verb.label_.lower(), actors=_actor_roles(subject, trailing_we=False), cue=verb.text,
            label_end=label_end, is_intro=is_intro, subject=" ".join(a.text for a in subject),
            evidence=[f"rule inverted-promise: '{verb.text}' before its subject '{subject[0].text}'"],
        )
    return None


def _actor_roles(spans: list[Span], trailing_we: bool) -> list[str]:
    roles: list[str] = []
    for span in spans:
        role = span.label_.lower()
        expanded = ["police", "municipality"] if role == "joint" else [role]
        for item in expanded:
            if item not in roles:
                roles.append(item)
    if trailing_we or not roles:
        for item in ("police", "municipality"):
            if item not in roles:
                roles.append(item)
    order = {"police": 0, "municipality": 1, "other": 2}
    return sorted(roles, key=order.__getitem__)


_SHORT_VERBS = frozenset({"ge", "få", "gå", "se", "bli", "stå", "dö", "ha", "ta", "tas"})
_NOT_SUPINE = frozenset({"ett", "det", "detta", "inget", "något", "allt", "mycket", "litet",
                         "inte", "just", "mest", "bäst", "helt", "fortsatt", "samt", "snabbt"})


def _is_supine(token: Any) -> bool:
    lower, lemma = str(token.lower_), str(token.lemma_).lower()
    if lower in _NOT_SUPINE or lemma == lower:
        return False
    if token.has_morph() and "VerbForm=Sup" in str(token.morph):  # a model's tagger, where there is one
        return True
    if lower.endswith("its") and lemma.endswith("as"):
        return True  # a passive supine whose lemma the table gives in -s: "hållits" ("hållas")
    return lower.endswith(("t", "ts")) and (lemma.endswith("a") or lemma in _SHORT_VERBS)


def _is_past(token: Any, tagged: bool = True) -> bool:
    """A past-tense form: a listed form, a tagger's Tense=Past (where `tagged`), or a regular
    past ending on a verb's stem."""
    lower = str(token.lower_)
    if tagged and token.has_morph() and "Tense=Past" in str(token.morph):
        return True
    return lower in cue_data.cues().past_forms or _regular_past(lower, str(token.lemma_).lower())


def _regular_past(lower: str, lemma: str) -> bool:
    """A regular past ending on a form whose lemma is a verb's infinitive, or a past passive
    whose lemma the table gives as its participle ("undertecknades": "undertecknad"); the
    result cues decide each form and lemma once (`_PAST`)."""
    if lower.endswith(("des", "tes")) and lemma == lower[:-2]:
        return True
    if lower.endswith(("de", "te")) and lemma == lower[:-1] and lemma.endswith(("d", "t")):
        return True  # a past whose lemma the table gives as its participle: "anställde" ("anställd")
    if lemma == lower or not lemma.endswith("a") or lower.endswith(("ande", "ende")):
        return False  # "följande", "förebyggande": a present participle, not a past
    return lower.endswith(("ade", "ades", "de", "des", "te", "tes", "dde", "tte", "ats", "its"))


def _attributive(doc: Doc, token: Any, before: frozenset[str]) -> bool:
    """Rule attributive-participle: a form in -ade right after a preposition, a determiner or
    a verb in the present ("genom riktade insatser", "Polisen genomför riktade kontroller")
    is a participle before its noun, not a past: it reports nothing. So is one that opens
    the text or follows a label's colon right before a noun in the plural ("Riktade insatser
    mot langning", "Narkotika: Utökade kontroller"): a past would open with its subject
    ("Startade två grupper" reports)."""
    if not str(token.lower_).endswith("ade"):
        return False
    if token.i == 0 or doc[token.i - 1].text == ":":
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return following is not None and following.is_lower and following.is_alpha \
            and str(following.lower_).endswith(("er", "ar", "or"))
    previous = doc[token.i - 1]
    lower, lemma = str(previous.lower_), str(previous.lemma_).lower()
    if lower in ("och", "eller", "samt") and token.i >= 2 and doc[token.i - 2].text.endswith("-"):
        return True  # "det områdes- och nätverksbaserade arbetet": the second of two joined attributes
    return lower in before or (lower.endswith("r") and lemma.endswith("a") and lemma != lower)


_PAST: dict[tuple[int, int, int], bool] = {}  # `_is_past` by a token's form, lemma and morphology hashes
_PAST_MOST = 1 << 17


def _hashes(strings: Any, words: frozenset[str]) -> frozenset[int]:
    """The string store's hashes of `words` (a hash is the same in every store and process)."""
    found = _HASHES.get(words)
    if found is None:
        found = _HASHES[words] = frozenset(strings[word] for word in words)
    return found


_HASHES: dict[frozenset[str], frozenset[int]] = {}


@Language.component("extract_result_cues")
def result_component(doc: Doc) -> Doc:
    """Aspect cues that tell a report of what was done: perfect, past, ongoing, not done."""
    c = cue_data.cues()
    matches: list[tuple[int, int, str]] = []
    questions = {
        token.i for sent in doc.sents if sent.text.rstrip().endswith("?") for token in sent
    } if "?" in text_of(doc) else set()
    tagged = doc.has_annotation("MORPH")  # a trained pipeline's tagger, where there is one
    auxiliaries = _hashes(doc.vocab.strings, c.perfect_auxiliaries)
    # each token's form, lemma and morphology as hashes in one call: Token objects are made
    # only for the few tokens that may report, and each form is decided once per process
    for i, (lower, lemma, morph) in enumerate(doc.to_array([LOWER, LEMMA, MORPH]).tolist()):
        if i in questions:
            continue  # "Visste du att ...?" asks, it does not report
        if lower in auxiliaries:
            token = doc[i]
            for follower in doc[i + 1 : i + 15]:
                if _is_supine(follower):
                    matches.append((token.idx, follower.idx + len(follower.text), "PERFECT"))
                    break
                if follower.is_sent_start or follower.text in {".", ";"}:
                    break
            continue
        key = (lower, lemma, morph if tagged else 0)
        past = _PAST.get(key)
        if past is None:
            past = _PAST[key] = _is_past(doc[i], tagged)
            if len(_PAST) > _PAST_MOST:
                _PAST.clear()
        if past and not _attributive(doc, token := doc[i], c.attributive_before):
            matches.append((token.idx, token.idx + len(token.text), "PAST"))
    for label, pattern in (("ONGOING", c.ongoing), ("NOT_DONE", c.not_done)):
        if pattern is not None:
            matches.extend((m.start(), m.end(), label) for m in pattern.finditer(text_of(doc)))
    spans = _spans(doc, matches, "result_cue")
    doc._.result_aspects = sorted({s.label_.lower() for s in spans})
    return doc


@Language.component("extract_status")
def status_component(doc: Doc) -> Doc:
    """Stated status: a "Status: ..." line, a bare status word, or a whole-promise phrase."""
    text = text_of(doc)
    doc._.status = cue_data.status_line(text)
    doc._.status_word = cue_data.status_word(text)
    doc._.implied_status = cue_data.implied_status(text)
    label = doc._.status or doc._.status_word
    doc.spans["status"] = [doc[:]] if label and len(doc) else []
    if doc.spans["status"]:
        doc.spans["status"][0].label_ = label
    return doc


@Language.component("extract_themes")
def theme_component(doc: Doc) -> Doc:
    """Theme terms (compounds found by their parts) as spans labelled with the theme code."""
    found = cue_data.theme_matches(text_of(doc))  # matched once: the spans and the codes come from it
    _spans(doc, [(m.start, m.end, m.code) for m in found], "theme")
    doc._.themes = list(dict.fromkeys(m.code for m in found))
    return doc


# "\b(?<!-)" before a digit says what "(?<![\w-])" says, and lets the engine skip to digits
_NUMBER = re.compile(r"\b(?<!-)(?:\d{1,3}(?:[ \u00a0]\d{3})+(?![\d-])|\d+(?:[.,]\d+)?(?![\w-]))")
_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d{2})(?!\d|-\d{2}-\d{2})")
_YEAR_RANGE = re.compile(r"(?<![\d-])((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})(?!\d)")
_DIGIT = re.compile(r"\d")
_ISO_DATE = re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b")


@Language.component("extract_quantities")
def quantity_component(doc: Doc) -> Doc:
    """Numbers (counts, percentages) as spans; years and year ranges on doc._."""
    text = text_of(doc)
    if _DIGIT.search(text) is None:  # no digit, no number: nothing to look for
        doc.spans["quantity"] = []
        doc._.years, doc._.year_ranges = [], []
        return doc
    # a year, a range of years and a date all open on "19" or "20": without either, none is looked for
    dated = "19" in text or "20" in text
    dates = [(m.start(), m.end()) for m in _ISO_DATE.finditer(text)] if dated else []

    def in_date(pos: int) -> bool:
        return any(start <= pos < end for start, end in dates)

    matches = [(m.start(), m.end(), "QUANTITY") for m in _NUMBER.finditer(text) if not in_date(m.start())]
    year_matches = list(_YEAR.finditer(text)) if dated else []
    years = [int(m.group(1)) for m in year_matches if not in_date(m.start())]
    ranges = [(int(a), int(b)) for a, b in _YEAR_RANGE.findall(text) if int(a) <= int(b)] if dated else []
    years += [end for _, end in ranges if end not in years]  # "2024-2025": the hyphen hides the second
    year_spans = {(m.start(1), m.end(1)) for m in year_matches}
    matches = [m for m in matches if (m[0], m[1]) not in year_spans]
    matches += [(s, e, "YEAR") for s, e in year_spans if not in_date(s)]
    _spans(doc, matches, "quantity")
    doc._.years = years
    doc._.year_ranges = ranges
    return doc
