"""Compiled cue patterns and the small pure functions built on them.

The rule data lives in `extract/data/*.toml`; this module compiles it once and
offers the questions the components and the segmenter ask of a text: is this a
status line, which status words does it hold, which themes does it name.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extract.lexicon import (
    NUMBER_SIGN,
    TermGroup,
    TermSet,
    compile_prefixes,
    compile_term_set,
    compile_terms,
    section_pattern,
    spaced,
    starts_with_any,
    theme_codes,
    toml_data,
)

STATUSES = ("partly_done", "not_done", "ongoing", "done")  # order of precedence on overlap


@dataclass(frozen=True, slots=True)
class Cues:
    promise_strong: TermSet | None
    promise_weak: TermSet | None
    promise_agreement: TermSet | None
    agreement_method: re.Pattern[str] | None
    agreement_words: frozenset[str]  # the agreements' own words ("är", "överens", "om", "att")
    restated: frozenset[str]  # weak verbs that restate a promise in a follow-up ("skulle")
    named_as_promise: re.Pattern[str] | None  # "… är också ett av medborgarlöftena"
    continuing: re.Pattern[str] | None  # "Ett annat löfte är att …": one more of the same givers
    promise_statement: re.Pattern[str] | None
    promise_label: re.Pattern[str]
    not_commitments: re.Pattern[str] | None
    explains_practice: re.Pattern[str] | None
    goal_statement: re.Pattern[str] | None
    aim_leads: re.Pattern[str] | None
    aims: re.Pattern[str] | None
    presence: re.Pattern[str] | None
    actor: TermGroup
    past_forms: frozenset[str]
    attributive_before: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    report_verbs: frozenset[str]
    ongoing: TermSet | None
    not_done: TermSet | None
    status_label: re.Pattern[str] | None
    status_reasons: re.Pattern[str] | None
    status_words: dict[str, re.Pattern[str]]
    status_openers: re.Pattern[str] | None  # where a sentence opens on a status phrase's first word
    implied: TermGroup
    theme_strong: TermGroup
    theme_weak: TermGroup
    theme_ignore: TermSet | None
    theme_weak_reach: int
    theme_purpose: TermSet | None
    theme_means: TermSet | None
    theme_place: TermGroup
    theme_not: TermGroup


@cache
def cues() -> Cues:
    data = toml_data("cues.toml")
    actors = toml_data("actors.toml")
    themes = toml_data("themes.toml")
    status = data["status"]
    label_terms = [f"{term} :" for term in data["promise"]["labels"]]
    label_terms += [f"{term}:" for term in data["promise"]["labels"]]
    return Cues(
        # term sets: most texts hold none of the verbs, and a text is searched only for those it can hold
        promise_strong=compile_term_set(data["promise"]["strong"]),
        promise_weak=compile_term_set(data["promise"]["weak"]),
        promise_agreement=compile_term_set(data["promise"].get("agreements", [])),
        agreement_method=compile_terms(data["promise"].get("agreement_method", [])),
        agreement_words=frozenset(word.lower() for term in data["promise"].get("agreements", [])
                                  for word in term.split() if word != "..."),
        restated=frozenset(t.lower() for t in data["promise"].get("restated", [])),
        named_as_promise=compile_terms(data["promise"].get("named_as_promise", [])),
        continuing=compile_prefixes(data["promise"].get("continuing", [])),
        promise_statement=compile_prefixes(data["promise"].get("statements", [])),
        not_commitments=compile_prefixes(data["promise"]["not_commitments"]),
        explains_practice=compile_terms(data["promise"].get("explains_practice", [])),
        goal_statement=_goal_pattern(data["promise"].get("goals", [])),
        aim_leads=compile_prefixes(data["promise"].get("aim_leads", [])),
        aims=compile_terms(data["promise"].get("aims", [])),
        presence=compile_prefixes(data["promise"].get("presence", [])),
        promise_label=_label_pattern(data["promise"]["labels"]),
        actor=TermGroup({role: compile_term_set(spec["terms"]) for role, spec in actors.items()}),
        past_forms=frozenset(w.lower() for w in data["result"]["past_forms"]),
        attributive_before=frozenset(w.lower() for w in data["result"]["attributive_before"]),
        perfect_auxiliaries=frozenset(w.lower() for w in data["result"]["perfect_auxiliaries"]),
        report_verbs=frozenset(w.lower() for w in data["result"]["report_verbs"]),
        ongoing=compile_term_set(data["result"]["ongoing"]),
        not_done=compile_term_set(data["result"]["not_done"]),
        status_label=compile_prefixes(status["labels"]),
        status_reasons=compile_prefixes(status.get("reasons", [])),
        status_words={
            name: re.compile(
                r"^(?:" + "|".join(
                    r"\s+".join(re.escape(w) for w in term.split())
                    for term in sorted(status[name], key=len, reverse=True)
                ) + r")(?!\w)",
                re.IGNORECASE,
            )
            for name in STATUSES
        },
        status_openers=_status_openers(status),
        implied=TermGroup({name: compile_term_set(status[f"implied_{name}"]) for name in STATUSES}),
        # each theme's terms looked for in one pass over all themes (most texts hold few of them)
        theme_strong=TermGroup({code: compile_term_set(themes[code]["strong"]) for code in _theme_sections(themes)}),
        theme_weak=TermGroup({code: compile_term_set(themes[code].get("weak", []))
                              for code in _theme_sections(themes)}),
        theme_ignore=compile_term_set(themes.get("ignore", [])),
        theme_weak_reach=int(themes.get("weak_reach", 0)),
        theme_purpose=compile_term_set(themes.get("purpose", [])),
        theme_means=compile_term_set(themes.get("means", [])),
        theme_place=TermGroup({code: compile_term_set(themes[code].get("place", []))
                               for code in _theme_sections(themes)}),
        theme_not=TermGroup({code: compile_term_set(themes[code].get("not", []))
                             for code in _theme_sections(themes)}),
    )


def _goal_pattern(goals: list[str]) -> re.Pattern[str] | None:
    """Rule goal-statement: at most five words, then a goal noun and "är" ("Det övergripande
    målet är att ...", "Syftet med löftet är att ..."): the sentence's subject is the goal,
    not a party that acts."""
    nouns = compile_terms(goals)
    if nouns is None:
        return None
    # "Syftet med medborgarlöftena är att ...", "Målet för oss är …", "Syftet i år är …"
    purpose = r"(?:\s+(?:med|för|i|inom|under)(?:\s+[\w-]+){1,3}?)?"
    return re.compile(rf"(?:[\w-]+,?\s+){{0,5}}?(?:{nouns.pattern}){purpose}\s+(?:är|var|blir)\b", re.IGNORECASE)


def states_a_promise(sentence: str) -> bool:
    """A sentence that states a promise of its own by its form: it opens as a statement of
    one ("Ett annat löfte är att …", cues.toml statements) or calls itself one ("… är också
    ett av medborgarlöftena", named_as_promise)."""
    found = cues()
    stripped = sentence.strip()
    return bool((found.promise_statement is not None and found.promise_statement.match(stripped))
                or (found.named_as_promise is not None and found.named_as_promise.search(stripped)))


def adds_a_promise(text: str) -> bool:
    """"Ett annat löfte är att …", "… är också ett av medborgarlöftena": one more promise of the
    givers of the one before it (cues.toml continuing, named_as_promise)."""
    found = cues()
    stripped = text.strip()
    return bool((found.continuing is not None and found.continuing.match(stripped))
                or (found.named_as_promise is not None and found.named_as_promise.search(stripped)))


def commits_to_nothing(text: str) -> bool:
    """A sentence that says "ska" but commits no one: it speaks about the promise, its aim or
    its follow-up (cues.toml `not_commitments`), or its subject is a goal (`goals`)."""
    return not_committing_opening(text) is not None


def explains_practice(text: str) -> bool:
    """Rule explains-practice: a text that names the practice itself ("Det kallas för
    medborgarlöfte", cues.toml `explains_practice`) explains what medborgarlöften are; its "lovar"
    gives none."""
    pattern = cues().explains_practice
    return pattern is not None and pattern.search(text) is not None


def not_committing_opening(text: str) -> str | None:
    """The opening that makes a sentence commit no one (`commits_to_nothing`), as it stands
    after any list mark or quote, or None."""
    stripped = text.lstrip(" \t-–•*\"'«»(")
    found = cues()
    for pattern in (found.not_commitments, found.goal_statement):
        match = pattern.match(stripped) if pattern is not None else None
        if match is not None:
            return match.group(0)
    return None


def aim_lead(text: str) -> bool:
    """Rule aim-lead: a lead-in whose items are the aims of medborgarlöften, not measures
    anyone takes: the lead is all a goal's subject ("Medborgarlöftet ska:", cues.toml
    `aim_leads`), or a goal statement ("Syftet med löftena är att:")."""
    stripped = text.strip()
    if not stripped.endswith(":"):
        return False
    found = cues()
    head = stripped[:-1].rstrip()
    return document_lead(text) or (found.goal_statement is not None and found.goal_statement.match(head) is not None)


def document_lead(text: str) -> bool:
    """A lead-in that is all a document's subject (cues.toml `aim_leads`: "Medborgarlöftet ska:",
    "Samverkansöverenskommelsen ska beskriva:"): what the document aims at or holds."""
    stripped = text.strip()
    found = cues().aim_leads
    return stripped.endswith(":") and found is not None and found.fullmatch(stripped[:-1].rstrip()) is not None


def _label_pattern(labels: list[str]) -> re.Pattern[str]:
    """"Löfte 2:", "Vårt löfte –", "1." opening a text; a numbered label may also run into its
    statement with no mark between ("Löfte 2 Polisen ska ..."), a capital letter after it."""
    terms = sorted(labels, key=len, reverse=True)
    any_label = "|".join(r"\s+".join(_label_word(w) for w in term.split()) for term in terms)
    numbered = "|".join(r"\s+".join(_label_word(w) for w in term.split()) for term in terms if "[0-9]*" in term)
    run_in = rf"|(?:{numbered})\s+(?=(?-i:[A-ZÅÄÖ]))" if numbered else ""
    return re.compile(rf"^\s*(?:(?:(?:{any_label})\s*[:.–—-]|\d{{1,2}}[.)])\s+{run_in})", re.IGNORECASE)


def _label_word(word: str) -> str:
    return rf"{NUMBER_SIGN}\d{{1,3}}" if word == "[0-9]*" else re.escape(word)


def _theme_sections(themes: dict[str, object]) -> list[str]:
    codes = set(theme_codes())
    unknown = [k for k, v in themes.items() if isinstance(v, dict) and k not in codes]
    if unknown:
        raise ValueError(f"themes.toml names unknown theme codes: {unknown}")
    return [k for k, v in themes.items() if isinstance(v, dict)]


_MARKS = " ✓✔☑✗✘✕☒●○◐◑■□▲▼→–-"  # ticks, crosses and traffic-light dots set beside a status word


def status_word(text: str, alone: bool = False) -> str | None:
    """The status a bare status phrase names ("Delvis genomfört" -> partly_done), with up to
    three words after it ("Genomfört enligt plan") or a short reason ("Ej genomfört på grund
    av pandemin"), or the share of the promise met ("80 %": partly done); `alone`: with no
    word after it."""
    value = text.strip().strip(".!*()[]").strip(_MARKS).strip()
    if not value or len(value.split()) > 12:
        return None
    share = _SHARE.fullmatch(value)
    if share is not None:  # "100 %", "80 procent": how much of the promise is met
        percent = int(share.group(1))
        return "done" if percent >= 100 else "not_done" if percent == 0 else "partly_done"
    best: tuple[int, str] | None = None
    for name in STATUSES:
        match = cues().status_words[name].match(value)
        if match and (best is None or match.end() > best[0]):
            best = (match.end(), name)
    if best is None:
        return None
    rest = value[best[0]:].strip(" .,;–-")
    reasons = cues().status_reasons
    if not alone and reasons is not None and reasons.match(rest) and len(rest.split()) <= 8:
        return best[1]  # "Ej genomfört på grund av pandemin": the status and why
    return best[1] if len(rest.split()) <= (0 if alone else 3) else None


_SHARE = re.compile(r"(\d{1,3})\s*(?:%|procent)", re.IGNORECASE)  # a share met, as a status


def status_line(text: str) -> str | None:
    """The status of a line like "Status: Delvis genomfört" or "Samlad bedömning: Pågår"."""
    label = cues().status_label
    match = label.match(text.strip()) if label is not None else None
    if not match:
        return None
    rest = text.strip()[match.end():].lstrip()
    if not rest.startswith((":", "–", "—", "- ")):  # "Status: Pågår", "Status – Pågår"
        return None
    first_clause = re.split(r"[.,;–—(]|\s-\s", rest[1:].lstrip(" -"), maxsplit=1)[0]  # "Gult, färre än …"
    return status_word(first_clause)


_SUFFIX = re.compile(r"\s+[–—-]\s+|:\s+")  # "Trafikkontroller vid skolorna – Pågår"


_BRACKETED = re.compile(r"\s*\(([^()]{2,40})\)\s*\.?\s*$")  # "Trygghetsvandring i centrum (genomförd)"


# a tick or a cross set after a topic as its status ("Trygghetsvandringar i Norrby ✓")
_TICKS = {"✓": "done", "✔": "done", "☑": "done", "✅": "done", "✗": "not_done", "✘": "not_done", "✕": "not_done",
          "☒": "not_done", "❌": "not_done"}


def status_suffix(text: str) -> tuple[str, str | None]:
    """A heading or item that ends on its status after a dash or colon ("Trygghetsvandringar i
    centrum – Genomfört"), in brackets ("Ny belysning vid torget (delvis genomförd)", "… (Status:
    Pågår)") or as a tick or a cross ("Trygghetsvandringar ✓"): the text without it, and the
    status; else the text and None."""
    body, _, mark = text.rstrip().rpartition(" ")
    if mark in _TICKS and body.strip():
        return body.rstrip(" –—-:"), _TICKS[mark]
    bracketed = _BRACKETED.search(text)
    if bracketed and bracketed.start() > 0 and (
            status := status_word(bracketed.group(1)) or status_line(bracketed.group(1))) is not None:
        return text[:bracketed.start()].rstrip(), status
    parts = list(_SUFFIX.finditer(text))
    if not parts:
        return text, None
    last = parts[-1]
    status = status_word(text[last.end():])
    if status is None or not text[last.end():].strip() or len(text[:last.start()].split()) < 1:
        return text, None
    return text[:last.start()].rstrip(), status


def status_heading(text: str) -> bool:
    """A status line's label alone ("Bedömning", "Status:"): a heading over the status and
    its comment, inside the promise's part."""
    label = cues().status_label
    value = text.strip().rstrip(":").strip()
    match = label.fullmatch(value) if label is not None else None
    return match is not None


def status_remainder(text: str) -> str:
    """What follows the status in a status line ("Status: Pågår. Arbetet fortsätter." -> the rest)."""
    parts = re.split(r"(?<=[.;])\s+", text.strip(), maxsplit=1)
    return parts[1].strip() if len(parts) == 2 and status_line(parts[0]) else ""


_LEAD_END = re.compile(r"\s*(?:[.:!]|\s[–—-])\s+(?=[A-ZÅÄÖ0-9])")  # "Klart. Polisen …", "Pågår – Kommunen …"


def status_lead(text: str) -> tuple[str, str] | None:
    """Rule status-lead: a paragraph that opens on its status as a sentence of its own
    ("Klart. Polisen har genomfört …", "Delvis genomfört – Kommunen har …"): the status and
    the report after it; None for any other text."""
    end = _LEAD_END.search(text)
    if end is None or end.start() == 0 or len(text[:end.start()].split()) > 3:
        return None
    label = cues().status_label
    if ":" in end.group(0) and label is not None and label.fullmatch(text[:end.start()].strip()):
        return None  # "Genomfört: Tre vandringar …" labels what was done; "Genomfört: Ja" is a status line
    status = status_word(text[:end.start()], alone=True)
    rest = text[end.end():].strip()
    return (status, rest) if status is not None and rest else None


_TOPIC_END = re.compile(r":\s+|\s+[–—-]\s+")  # "🟢 Trafikkontroller vid skolor: 15 genomförda"


def status_mark(text: str) -> tuple[str, str, str] | None:
    """Rule marked-topic: a line that opens on a mark naming its status, a traffic light or a
    tick ("🟢 Trafikkontroller vid skolor: 15 kontroller genomförda"): the status, the topic
    (eight words at most) and the report after it (empty where none follows); None for any
    other text."""
    mark, _, rest = text.strip().partition(" ")
    if not mark or any(c.isalnum() for c in mark) or (status := status_word(mark)) is None:
        return None
    parts = _TOPIC_END.split(rest.strip(), maxsplit=1)
    topic, report = parts[0].strip().rstrip("."), (parts[1].strip() if len(parts) == 2 else "")
    if not topic or len(topic.split()) > 8:
        return None
    return status, topic, report


_STATUS_AFTER = re.compile(r"^(?P<topic>[^():–—]{3,80}?)\s*"
                           r"(?:\((?P<bracketed>[^()]{2,40})\)|\s[–—-]\s+(?P<dashed>[^.:]{2,40}?)(?=[.:]\s|[.:]?$))"
                           r"[.:]?\s*(?P<report>.*)$")


def status_topic(text: str) -> tuple[str, str, str] | None:
    """Rule status-topic: a line that names a topic and then its status, in brackets or after a
    dash ("Trafikkontroller vid skolor (Status: Delvis genomfört) Polisen har …", "Trygghets-
    vandringar – Genomfört. Tre vandringar …"): the status, the topic (eight words at most)
    and the report after it (empty where none follows); None for any other text."""
    match = _STATUS_AFTER.match(text.strip())
    if match is None:
        return None
    said = match.group("bracketed") or match.group("dashed") or ""
    status = status_word(said, alone=match.group("dashed") is not None) or status_line(said)
    topic = match.group("topic").strip()
    if status is None or len(topic.split()) > 8:
        return None
    return status, topic, match.group("report").strip()


def implied_status(text: str) -> str | None:
    """A status the prose states for the whole promise ("Löftet har genomförts").

    Negative and partial phrases are tried first: "har inte genomförts" must not
    read as "har genomförts".
    """
    patterns = cues().implied.patterns(text)  # the four lists looked for in one pass
    for name in ("not_done", "partly_done", "ongoing", "done"):
        if name in patterns and patterns[name].search(text):
            return name
    return status_sentence(text)


_CLAUSE_END = re.compile(r"[.,;!?–—]|\s-\s")  # not a colon: "Genomfört: tre vandringar" labels a report


def status_sentence(text: str) -> str | None:
    """Rule status-sentence: a sentence of prose that opens with a bare status phrase, then a
    comma or its end ("Polisen har startat två grupper. Delvis uppfyllt, arbetet fortsätter
    2025."), states the status; not a word that opens other sentences too ("Ja, vi har …",
    cues.toml [status] not_in_prose). Only sentences that open on a status phrase's first word
    are looked at: the language stage asks this of every text."""
    openers = cues().status_openers
    if openers is None:
        return None
    starts = itertools.chain((0,), (gap.end() for gap in _SENTENCE_GAP.finditer(text)))
    for start in starts:
        if openers.match(text, start) is None:
            continue
        clause = _CLAUSE_END.split(text[start:], maxsplit=1)[0].strip()
        if len(clause.split()) <= 4 and (status := status_word(clause, alone=True)) is not None:
            return status
    return None


_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")


def _status_openers(status: dict[str, list[str]]) -> re.Pattern[str] | None:
    """The first word of a status phrase, not one of cues.toml [status] not_in_prose, matched
    where a sentence starts."""
    excluded = {w.lower() for w in status.get("not_in_prose", [])}
    firsts = {term.split()[0].lower() for name in STATUSES for term in status[name]} - excluded
    if not firsts:
        return None
    words = "|".join(re.escape(w) for w in sorted(firsts, key=len, reverse=True))
    return re.compile(rf"(?:{words})(?!\w)", re.IGNORECASE)


def opens_results(text: str) -> bool:
    """Does the text open as a lead to results does ("Resultat", "Utfall", sections.toml
    [intros] results)?"""
    return starts_with_any(text, section_pattern("intros", "results")) is not None


def strip_promise_label(text: str) -> tuple[str, int]:
    """Remove a leading "Löfte 2:" / "Vårt löfte:" / "1." label; return text and its length."""
    match = cues().promise_label.match(text)
    if not match:
        return text, 0
    return text[match.end():], match.end()


@dataclass(frozen=True, slots=True)
class ThemeMatch:
    code: str
    strength: str  # "strong", "weak" or "place"
    start: int
    end: int


@lru_cache(maxsize=8192)
def theme_matches(text: str) -> tuple[ThemeMatch, ...]:
    """Every theme term in a text, matched once per distinct text (the language component,
    the theme decision and the strong-term test all ask for the same texts).

    Where terms of two themes overlap, the longer one wins ("våld i offentlig miljö"
    is violence, not public space; "drogpåverkade förare" is traffic), as spaCy's
    `filter_spans` settles overlapping entities. A weak term counts unless a strong
    term stands within `weak_reach` words of it: in "tryggare trafikmiljö" the
    "tryggare" only qualifies the traffic, while in "minska missbruket hos unga och
    öka tryggheten i centrum" safety is a topic of its own. After a purpose marker
    ("i syfte att skapa trygghet") a weak term names the aim, not the topic, and counts
    only in a text with no strong term. After a means marker ("Detta ska genomföras
    genom ...") the terms name how; where a strong term before it states the topic, they
    do not count.
    """
    c = cues()
    folded = spaced(text)
    if c.theme_ignore is not None and c.theme_ignore.may_match(text, folded):
        text = c.theme_ignore.sub(lambda m: " " * len(m.group(0)), text, folded)
        folded = spaced(text)
    not_of = [ThemeMatch(code, "not", m.start(), m.end()) for code, m in c.theme_not.finditer(text, folded)]
    strong = _longest(_unless(not_of, [ThemeMatch(code, "strong", m.start(), m.end())
                                       for code, m in c.theme_strong.finditer(text, folded)]))
    weak = _longest(_unless(not_of, [ThemeMatch(code, "weak", m.start(), m.end())
                                     for code, m in c.theme_weak.finditer(text, folded)]))
    kept = [w for w in weak if not any(_overlaps(w, s) or _words_between(text, w, s) < c.theme_weak_reach
                                         for s in strong)]
    purpose = c.theme_purpose.search(text, folded) if c.theme_purpose is not None and strong else None
    if purpose is not None:
        kept = [w for w in kept if w.start < purpose.start()]
    means = c.theme_means.search(text, folded) if c.theme_means is not None else None
    if means is not None and any(s.end <= means.start() for s in strong):
        # "minska narkotikan bland unga. Detta ska genomföras genom nattvandringar": the means
        # name how, and the topic stated before them is what the text is about
        strong = [s for s in strong if s.end <= means.start()]
        kept = [w for w in kept if w.end <= means.start()]
    if not strong:
        kept += _longest(_unless(not_of, [
            ThemeMatch(code, "place", m.start(), m.end())
            for code, m in c.theme_place.finditer(text, folded)
            if not any(_overlaps(ThemeMatch(code, "place", m.start(), m.end()), w) for w in kept)
        ]))
    return tuple(sorted(strong + kept, key=lambda t: t.start))


def _unless(exceptions: list[ThemeMatch], matches: list[ThemeMatch]) -> list[ThemeMatch]:
    """A theme's `not` terms: words that hold one of its terms and are not about it
    ("kollektivtrafiken" holds "*trafiken" and is public transport, not traffic safety) take
    the theme's matches over them away."""
    if not exceptions:
        return matches
    return [m for m in matches if not any(e.code == m.code and _overlaps(e, m) for e in exceptions)]


def _longest(matches: list[ThemeMatch]) -> list[ThemeMatch]:
    """Drop every match that lies inside a longer one; two themes matching the very same
    words ("ungdomsrånen": young people and violence) both stand."""
    kept: list[ThemeMatch] = []
    for match in sorted(matches, key=lambda t: (-(t.end - t.start), t.start)):
        same = any((other.start, other.end) == (match.start, match.end) for other in kept)
        if same or not any(_overlaps(match, other) for other in kept):
            kept.append(match)
    return kept


def _overlaps(a: ThemeMatch, b: ThemeMatch) -> bool:
    return a.start < b.end and b.start < a.end


def _words_between(text: str, a: ThemeMatch, b: ThemeMatch) -> int:
    gap = text[a.end:b.start] if a.end <= b.start else text[b.end:a.start]
    if re.search(r"[.;:!?]", gap):
        return 1_000  # a sentence or clause boundary: never the same phrase
    return len(gap.split())


def themes_in(text: str) -> list[str]:
    """Theme codes a text names, in order of first mention."""
    seen: list[str] = []
    for match in theme_matches(text):
        if match.code not in seen:
            seen.append(match.code)
    return seen


def strong_themes_in(text: str) -> list[str]:
    """Theme codes a text names by strong terms: the topics it states outright."""
    seen: list[str] = []
    for match in theme_matches(text):
        if match.strength == "strong" and match.code not in seen:
            seen.append(match.code)
    return seen
