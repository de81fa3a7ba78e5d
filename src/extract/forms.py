"""Forms of Swedish text the segmentation rules test for, each a pure function of a text.

"Polisen ska:" is a short lead-in, "kommer polisen att" a commitment, "Löfte 2" a label,
"två löften:" a lead that counts its promises. The words of each form live in
`data/words.toml` (sections [lead_in], [commitment], [promises], [numbers], [headings])
and `sections.toml`; this module only says how they combine, compiled once. Both the
stateless block roles (`roles.py`) and the walk (`segments.py`) read them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from extract.language import cues as cue_data
from extract.language.pipeline import names_a_place
from extract.lexicon import (
    NUMBER_SIGN,
    compile_prefixes,
    compile_terms,
    number_words,
    required_terms,
    section_pattern,
    starts_with_any,
    toml_data,
    word_set,
)
from extract.textnorm import capitals_only


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of data/words.toml the rules read, compiled once."""

    empty: frozenset[str]
    not_lists: re.Pattern[str] | None
    outcome_leads: re.Pattern[str] | None
    follow_up_leads: re.Pattern[str] | None
    priority_leads: re.Pattern[str] | None
    continuing: re.Pattern[str] | None
    unfinished: re.Pattern[str]
    short_lead: re.Pattern[str]
    list_end: re.Pattern[str]
    means_lead: re.Pattern[str]
    means: re.Pattern[str]
    carried_out: re.Pattern[str] | None
    pointing_back: frozenset[str]
    wanting: re.Pattern[str] | None
    commitment: re.Pattern[str]
    focus_verbs: re.Pattern[str] | None
    continued: re.Pattern[str] | None
    follow_up_subject: re.Pattern[str] | None
    arrangements: re.Pattern[str] | None
    outcome: re.Pattern[str] | None
    joints: str  # a regex alternation
    subject_joins: frozenset[str]  # what may stand between the actors of one subject: "och", ","
    stopwords: frozenset[str]
    results_anywhere: re.Pattern[str] | None
    numbers: dict[str, int]
    count: str  # a regex group: digits or a number word
    at_least: str  # a regex alternation
    focus_areas: re.Pattern[str] | None
    topic_verbs: re.Pattern[str] | None  # "… i årets löfte gäller alkohol": what a promise is about
    passive: re.Pattern[str] | None
    purpose: re.Pattern[str] | None
    about_status: re.Pattern[str] | None
    figure_verbs: str  # a regex alternation
    promised_verbs: str  # a regex alternation
    labelled: re.Pattern[str]
    colon_labelled: re.Pattern[str]
    counted: re.Pattern[str]
    following: re.Pattern[str]
    about_the_promises: re.Pattern[str]
    beside_the_promises: re.Pattern[str]
    naming: re.Pattern[str] | None
    next_promise: re.Pattern[str] | None
    measures: re.Pattern[str] | None
    explains: re.Pattern[str] | None
    making: re.Pattern[str] | None
    findings: re.Pattern[str] | None
    mentions: re.Pattern[str] | None
    points: re.Pattern[str] | None
    list_word: re.Pattern[str]
    all_promises: re.Pattern[str]
    topic_means: re.Pattern[str]
    topic_means_not: frozenset[str]


def _alternation(words: list[str]) -> str:
    """Words (a space between them matching any run of spaces) longest first, as one group."""
    ordered = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    if not ordered:
        raise ValueError("words.toml: a list the rules need is empty")
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered) + ")"


@cache
def words() -> Words:
    data = toml_data("words.toml")
    lead, promises = data["lead_in"], data["promises"]
    endings = sorted(lead["unfinished_endings"], key=len, reverse=True)
    ending = "|".join(r"\s*".join(re.escape(part) for part in e.split()) for e in endings)
    numbers = number_words()
    count = r"(\d+|" + "|".join(sorted(numbers, key=len, reverse=True)) + r")"
    verbs = required_terms(lead["short_verbs"], "words.toml: [lead_in] short_verbs").pattern
    tail = "(?:" + _alternation(lead["short_tail"]) + r"|\d{4}(?:[–-]\d{2,4})?)"
    openers = _alternation(lead["short_openers"])
    labels, plural = _alternation(promises["label_words"]), _alternation(promises["plural_words"])
    quantifiers = _alternation(promises["all_of"])
    promised = _alternation(promises["promised"])
    return Words(
        empty=word_set("lead_in", "empty_words") | word_set("lead_in", "time_words"),
        not_lists=compile_terms(lead["not_lists"]),
        outcome_leads=compile_terms(lead["outcome_leads"]),
        follow_up_leads=compile_terms(lead["follow_up_leads"]),
        priority_leads=compile_terms(lead["priority_leads"]),
        continuing=compile_terms(lead["continuing"]),
        # "... genom", "... bland annat", "... :" at the end of a bullet
        unfinished=re.compile(rf"(?:(?<!\w)(?:{ending})|:)\s*$", re.IGNORECASE),
        # "Polisen ska", "Kommunen kommer också att:": up to three words, the verb, empty words
        short_lead=re.compile(rf"^(?:{openers}\s+)*(?:\w+\s+){{0,3}}?(?:{verbs})(?:\s+{tail})*\s*(?:att)?\s*:?$",
                              re.IGNORECASE),
        list_end=re.compile(rf"\b{_alternation(lead['list_ends'])}\W*$|\b{_alternation(lead['list_phrases'])}\b",
                            re.IGNORECASE),
        means_lead=re.compile(rf"\b{_alternation(lead['means'])}\s*:\s*$", re.IGNORECASE),
        means=re.compile(rf"\b{_alternation(lead['means'])}\b", re.IGNORECASE),
        carried_out=compile_terms(lead.get("carried_out", [])),
        pointing_back=frozenset(" ".join(t.lower().split()) for t in lead.get("pointing_back", [])),
        wanting=compile_terms(lead.get("wanting", [])),
        measures=compile_terms(lead.get("measures", [])),
        explains=compile_terms(lead.get("explains", [])),
        making=compile_terms(lead.get("making", [])),
        findings=compile_terms(lead.get("findings", [])),
        commitment=required_terms(data["commitment"]["words"], "words.toml: [commitment] words"),
        focus_verbs=compile_terms(data["commitment"]["focus_verbs"]),
        continued=compile_terms(data["commitment"].get("continued", [])),
        arrangements=compile_terms(data["commitment"].get("arrangements", [])),
        follow_up_subject=_follow_up_subject(data["commitment"].get("follow_up_subjects", []),
                                             data["commitment"].get("follow_up_verbs", []),
                                             data["commitment"].get("follow_up_objects", [])),
        outcome=_outcome(data["commitment"].get("outcome_subjects", []), data["commitment"].get("outcome_verbs", [])),
        joints=_alternation(data["commitment"]["joints"]),
        subject_joins=word_set("commitment", "joints") | {","},
        stopwords=word_set("headings", "stopwords"),
        results_anywhere=compile_terms(data["headings"]["results_anywhere"]),
        numbers=numbers,
        count=count,
        at_least=_alternation(data["numbers"]["at_least"]),
        focus_areas=compile_terms(promises["focus_areas"]),
        topic_verbs=compile_terms(promises.get("topic_verbs", [])),
        passive=compile_terms(promises["passive"]),
        purpose=compile_prefixes(promises["purpose"]),
        about_status=compile_prefixes(promises["about_status"]),
        figure_verbs=_alternation(promises["reported_figure_verbs"]),
        promised_verbs=_alternation(promises["promised_figure_verbs"]),
        labelled=re.compile(rf"^\W*{labels}\s+{NUMBER_SIGN}\d{{1,2}}\b", re.IGNORECASE),
        colon_labelled=re.compile(rf"^\W*(?:vårt\s+)?{labels}\s*:\s", re.IGNORECASE),
        counted=re.compile(rf"\b{count}\s+(?:\w+\s+)?{plural}\b", re.IGNORECASE),
        following=re.compile(rf"\b{_alternation(lead['list_ends'])}\s+(?:\w+\s+){{0,2}}(?:{plural}|{labels})\b",
                             re.IGNORECASE),
        about_the_promises=re.compile(
            rf"^\W*(?:{_alternation(promises.get('beside', []))}\s+)?{_alternation(promises['all_forms'])}\b",
            re.IGNORECASE),
        beside_the_promises=re.compile(
            rf"\b{_alternation(promises.get('beside', []))}\s+(?:det\s+|de\s+)?{_alternation(promises['all_forms'])}\b",
            re.IGNORECASE),
        naming=compile_terms(promises["naming"]),
        next_promise=compile_terms(promises.get("next_promise", [])),
        mentions=compile_terms(promises["mentions"]),
        points=compile_terms(promises["points"]),
        list_word=re.compile(rf"\b{_alternation(lead['list_ends'])}\b", re.IGNORECASE),
        # "Narkotikaproblematik, innebär att …": a name of up to six words, its verb, content
        topic_means=re.compile(rf"^\W*(?P<topic>[A-ZÅÄÖ][^\s.!?:;]*(?:\s+[^\s.!?:;]+){{0,5}}?)\s*[,:–—-]?\s+"
                               rf"(?i:{_alternation(data['commitment']['topic_means'])})\s+\w"),
        topic_means_not=word_set("commitment", "topic_means_not"),
        all_promises=re.compile(rf"\b{quantifiers}\s+(?:{promised}\s+)?{_alternation(promises['all_nouns'])}\b"
                                rf"|\b{quantifiers}\s+{promised}\b|\b{_alternation(promises['all_definite'])}\b",
                                re.IGNORECASE),
    )


def search(pattern: re.Pattern[str] | None, text: str) -> bool:
    return pattern is not None and pattern.search(text) is not None


# --- promise verbs and commitments ----------------------------------------------------


def strong_verb(text: str) -> bool:
    """A strong promise verb (cues.toml [promise] strong: lovar, utlovade, åtar sig, förbinder sig)."""
    pattern = cue_data.cues().promise_strong
    return bool(pattern is not None and pattern.search(text))


_RELATIVE = re.compile(r"\bsom(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
# "… för att brottsligheten ska minska": a purpose clause with a subject of its own (its first
# word no infinitive, as "öka" is in "För att öka tryggheten ska polisen …")
_PURPOSE_SUBJECT = re.compile(r"\bför\s+att\s+(?![\wåäö]*[aå]\b)[\wåäö]+(?:\s+[\wåäö]+){0,2}\s*$", re.IGNORECASE)


def commitment(text: str) -> re.Match[str] | None:
    """"ska", "skall", "kommer ... att", "åtar sig" (words.toml [commitment] words), not in a
    relative clause: "… ett nytt medborgarlöfte som förhoppningsvis kommer att undertecknas"
    describes the promise, it commits no one; nor in a purpose clause with a subject of its
    own: "… samverkar för att brottsligheten ska minska" states what the work is for."""
    for found in words().commitment.finditer(text):
        if _RELATIVE.search(text, 0, found.start()) is None \
                and _PURPOSE_SUBJECT.search(text, 0, found.start()) is None:
            return found
    opening = _INVERTED_KOMMER.match(text)  # rule inverted-kommer
    return opening if opening is not None and not _first_sentence_asks(text) else None


# Rule inverted-kommer: an item that goes on from a fronted lead ("För att minska otryggheten:"
# / "• Kommer kommunen, polisen och räddningstjänsten vid två tillfällen, ett per termin, att
# genomföra trygghetsvandringar.") opens on "Kommer", its subject and its times before "att",
# however many words they take (up to sixteen)
_INVERTED_KOMMER = re.compile(r"^\W*Kommer\s+(?:[^\s.!?]+\s+){1,16}?att\b")


def _first_sentence_asks(text: str) -> bool:
    """"Kommer polisen att synas mer i centrum?": a question commits no one."""
    end = re.search(r"[.!?](?:\s|$)", text)
    return end is not None and end.group(0).startswith("?")


_MODALS = frozenset({"ska", "skall", "kommer"})
_MODAL = "(?:" + "|".join(sorted(_MODALS)) + ")"  # the same, as a regex alternation


def _follow_up_subject(nouns: list[str], verbs: list[str], objects: list[str] | None = None) -> re.Pattern[str] | None:
    """A follow-up noun as the subject of "ska" / "kommer": right before it (two words may
    open the sentence and three stand between) or, inverted, right after it; or the first
    "ska" / "kommer" of the sentence, however far into it, followed by a follow-up verb in
    the passive ("Arbetet går att följa på … och kommer att redovisas …", "… ska kontinuerligt
    följas upp …": an adverb of time may stand before the verb), or by one that follows up
    the promises themselves ("Vi kommer tillsammans att följa upp löftena", two words
    between at most)."""
    terms, passive, active = compile_terms(nouns), compile_terms(verbs), compile_terms(objects or [])
    if terms is None:
        return None
    noun, modal = f"(?:{terms.pattern})", _MODAL
    adverb = r"(?:(?:löpande|kontinuerligt|regelbundet|årligen|också|även)\s+)?"
    between = rf"(?:(?:en|ett|det)\s+)?{adverb}"  # no verb
    first_modal = rf"^\W*(?:(?!{modal}\b)\S+\s+)*?{modal}\s+"
    verb = rf"|{first_modal}(?:att\s+)?{adverb}(?:{passive.pattern})" if passive else ""
    verb += rf"|{first_modal}(?:[\w-]+\s+){{0,2}}?(?:att\s+)?(?:{active.pattern})" if active else ""
    return re.compile(rf"^\W*(?:[\w-]+\s+){{0,2}}{noun}(?:\s+[\w-]+){{0,3}}\s+{modal}\b"
                      rf"|\b{modal}\s+{between}{noun}{verb}", terms.flags)


def _outcome(subjects: list[str], verbs: list[str]) -> re.Pattern[str] | None:
    """"ska brottsligheten minska", "Tryggheten ska öka": an outcome's subject and a verb of
    change around "ska" / "kommer (att)", either way round."""
    nouns, changes = compile_terms(subjects), compile_terms(verbs)
    if nouns is None or changes is None:
        return None
    modal = rf"{_MODAL}(?:\s+att)?"
    return re.compile(rf"\b{modal}\s+(?:{nouns.pattern})(?:\s+[\w-]+){{0,3}}?\s+(?:{changes.pattern})"
                      rf"|(?:{nouns.pattern})(?:\s+[\w-]+){{0,3}}?\s+{modal}\s+(?:{changes.pattern})", nouns.flags)


def states_outcome(text: str) -> bool:
    """Rule outcome-statement: a sentence whose every commitment states an outcome ("Genom
    arbetet ska brottsligheten minska och tryggheten öka", words.toml [commitment]
    outcome_subjects, outcome_verbs) commits no one to a task: an aim."""
    pattern = words().outcome
    if pattern is None:
        return False
    return pattern.search(text) is not None and commitment(pattern.sub(" ", text)) is None


def follows_up_only(text: str) -> bool:
    """Rule follow-up-subject: "Under året kommer löpande uppföljning att genomföras", "En
    utvärdering ska göras i december": a commitment whose subject is the follow-up itself
    (words.toml [commitment] follow_up_subjects) tells how the promise is followed up; it
    promises nothing."""
    pattern = words().follow_up_subject
    return pattern is not None and pattern.search(text) is not None


def tells_arrangements(text: str) -> bool:
    """Does a text that commits to nothing speak of the promise's arrangements ("Polisen är
    sammankallande", words.toml [commitment] arrangements)?"""
    return search(words().arrangements, text) and not commits(text)


def commits(text: str) -> bool:
    """Does a text carry a promise verb or a commitment ("lovar", "ska", "kommer att")?"""
    return strong_verb(text) or commitment(text) is not None


def content_after(text: str, verb: str) -> int:
    """How many words of content follow the promise verb ("lovar gemensamt att arbeta för:" has none)."""
    after = alongside_words().sub(" ", text.split(verb, 1)[-1])  # "lovar att i samverkan med Åby kommun:"
    names_capitalised = not capitals_only(text)  # in a text set in capitals, a capital marks no name
    return sum(1 for w in re.findall(r"[^\W\d]+", after)
               if w.lower() not in words().empty and not (names_capitalised and w[0].isupper()))


@cache
def alongside_words() -> re.Pattern[str]:
    """The words that join a partner to the subject (words.toml [givers] alongside): no content."""
    phrases = sorted(word_set("givers", "alongside"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in phrases) + r")\b",
                      re.IGNORECASE)


def joint(cue: Any) -> bool:
    """A statement given by the parties together: "Vi ska ...", "Tillsammans ska vi ...",
    "Parterna ska ..." (a subject opening with a word of actors.toml [joint]), or no subject."""
    subject = str(getattr(cue, "subject", "")).lower().split()
    return not subject or subject[0] in _joint_words()


@cache
def _joint_words() -> frozenset[str]:
    return frozenset(term.split()[0].lower() for term in toml_data("actors.toml")["joint"]["terms"])


def reported_actions(doc: Any) -> list[Any]:
    """Perfect or past forms of the verbs with which actors report what they did ("har genomfört")."""
    verbs = cue_data.cues().report_verbs
    return [span for span in doc.spans.get("result_cue", [])
            if span.label_ in ("PERFECT", "PAST") and span[-1].lemma_.lower() in verbs]


def states_focus(sentence: str) -> bool:
    """Rule focus-statement: "ska" or "kommer (att)" before a verb of focus ("kommer under 2025
    särskilt fokusera på …", words.toml [commitment] focus_verbs) states a focus, not a task;
    a focus further on names a means ("… ska jobba trygghetsskapande i trafiken genom att
    fokusera på …" commits to the work)."""
    verbs = words().focus_verbs
    if verbs is None:
        return False
    return any(_FOCUS_AFTER_MODAL.search(sentence[:found.start()]) for found in verbs.finditer(sentence))


# "ska", "skall", "kommer (att)", then at most five words (a time, "att", "särskilt"), none of
# them opening a means or a purpose ("genom att", "för att"), right before the verb of focus
_FOCUS_AFTER_MODAL = re.compile(rf"\b{_MODAL}(?:\s+(?!genom\b|för\b)[\w–-]+){{0,5}}\s+$", re.IGNORECASE)


def names_modal(text: str) -> bool:
    """Does the text say "ska", "skall" or "kommer" anywhere?"""
    return not _MODALS.isdisjoint(re.findall(r"\w+", text.lower()))


def passive_commitment(doc: Any) -> bool:
    """"Fler kontroller ska genomföras", "Belysningen ska förbättras", "… kommer att anordnas":
    "ska" (or "kommer att") and, within the five words after it, an infinitive in the
    s-passive (its form is its lemma and "s"), with no aim in the sentence ("ska vara",
    cues.toml aims). A modal in a purpose ("… för att löftet ska uppfyllas") says why, not
    what is to be done (`_in_purpose`)."""
    tokens = list(doc)
    for index, token in enumerate(tokens):
        if token.lower_ not in _MODALS or _in_purpose(tokens, index):
            continue
        for after in tokens[index + 1:index + 6]:
            if after.is_punct:
                break
            lower, lemma = str(after.lower_), str(after.lemma_).lower()
            if len(lower) > 4 and lemma.endswith("a") and lower == lemma + "s":
                aims = cue_data.cues().aims
                return aims is None or aims.search(doc.text) is None
    return False


def topic_means(text: str) -> bool:
    """Rule topic-means: "Narkotikaproblematik, innebär att minst två riktade insatser
    genomförs under året": a focus area's name and what it means, the promise it states
    (asked where promises are stated). Not "Detta innebär att …", which explains what stood
    before it."""
    w = words()
    found = w.topic_means.match(text)
    return found is not None and " ".join(found.group("topic").lower().split()) not in w.topic_means_not


def does_work(doc: Any) -> bool:
    """Does the text open with a party doing something ("Polisen genomför …", "Kommunen och
    polisen fortsätter att …"), not perceiving, judging or being ("Polisen upplever att …",
    "Kommunen är …"; words.toml [commitment] not_work_verbs)? The word right after the
    opening subject (and an adverb, `adverbs_after_subject`) decides: a verb in the present.
    A sentence cut at a page break ("… samarbetar" / "Polisen och kommunen även för att …")
    states no work of its own."""
    subject = opening_subject(sorted(getattr(doc, "spans", {}).get("actor", []), key=lambda span: span.start))
    if not subject or subject[0].start != 0:
        return False
    after = subject[-1].end
    adverbs = word_set("commitment", "adverbs_after_subject")
    while after < len(doc) and doc[after].lower_ in adverbs:
        after += 1  # "Polisen och kommunen tillsammans genomför …", "Polisen även för att …"
    if after >= len(doc) or not doc[after].is_alpha:
        return False
    verb = doc[after]
    # a verb in the present: "-r" and a lemma of its own ("genomför", "erbjuder"), not the
    # "för" of a purpose ("… även för att åtgärda …")
    finite = verb.lower_.endswith("r") and verb.lemma_.lower() != verb.lower_ and not (
        after + 1 < len(doc) and doc[after + 1].lower_ == "att" and verb.lower_ == "för")
    following = [token.lower_ for token in doc[after:after + 4]]
    return finite and (verb.lower_ not in word_set("commitment", "not_work_verbs") or any(
        following[:len(phrase.split())] == phrase.split() for phrase in word_set("commitment", "work_phrases")))


def nominal_statement(doc: Any) -> bool:
    """A statement of work without a verb ("Fortsatt hög polisiär närvaro genom patrullering
    på otrygga platser.", "Fler trafikkontroller vid skolorna."): four words or more, opening
    with a word that names more, better or continued work (words.toml [commitment]
    work_openers), ending its sentence, and no word in it a verb in the present or the past
    (a word whose lemma is a verb's, ending in "-r", "-de" or "-te", or a modal)."""
    words = [token for token in doc if token.is_alpha]
    if len(words) < 4 or not words[0].text[:1].isupper() or not doc.text.rstrip().endswith("."):
        return False
    if words[0].lower_ not in word_set("commitment", "work_openers"):
        return False  # "Invånarna vistas gärna i parken." describes; "Fler kontroller …" names work
    # a modal is a verb too: "Genom arbetet ska brottsligheten minska" states an outcome,
    # "Invånarna vill se fler poliser" a wish
    return not any(token.lower_ in _AUXILIARIES or _finite(token) for token in words)


# Verbs that take another verb after them, whose form the lookup lemmas do not tell apart
_AUXILIARIES = _MODALS | frozenset({"vill", "ville", "kan", "kunde", "bör", "borde", "måste", "får", "fick", "skulle",
                                    "brukar", "verkar", "tycks"})


def _finite(token: Any) -> bool:
    """A verb in the present or the past, as far as the lookup lemmas tell without a tagger:
    its lemma a verb's (ending in a vowel, "genomföra", "se") and the form "-r", "-de" or
    "-te". A plural noun with such a lemma ("flickor") also counts: the safe side."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if lemma == lower or not lemma.endswith(("a", "e", "å", "o", "i")):
        return False
    return bool(lower.endswith(("r", "de", "te")))


def _in_purpose(tokens: list[Any], index: int) -> bool:
    """Does the modal at `index` stand in a purpose ("för att tryggheten ska öka")? It does
    when "för att" comes before it in its sentence with neither a modal nor a mark between
    them: "För att tryggheten ska öka ska fler kontroller genomföras" commits with its second
    "ska", whose purpose holds a modal of its own."""
    for back in range(index - 1, 0, -1):
        token = tokens[back]
        if token.is_punct or token.lower_ in _MODALS:
            return False
        if token.lower_ == "att" and tokens[back - 1].lower_ == "för":
            return True
    return False


def names_a_task(doc: Any) -> bool:
    """"Att genomföra riktade kontroller.", "Genomföra insatser mot …": an item that opens with
    an infinitive names a task to be done, not what was done. With "att" the infinitive is
    sure; a bare one (a form that is its own lemma, ending in -a) counts only where nothing
    in the item reports (no perfect, no past)."""
    tokens = [token for token in doc if not (token.is_space or token.is_punct)]
    if not tokens:
        return False
    marked = tokens[0].lower_ == "att"
    return _opens_task(tokens[1] if marked and len(tokens) > 1 else tokens[0], marked, doc)


def task_after_manner(doc: Any) -> bool:
    """Rule task-paragraph: "I samverkan mellan polis och kommun genomföra …", "Tillsammans
    kartlägga …": a task that opens with how it is done (words.toml [promises] manner_openers);
    the parties named between the opener and the infinitive say with whom, not what."""
    text = doc.text.lstrip().lower()
    opener = next((o for o in word_set("promises", "manner_openers") if text.startswith(o + " ")), None)
    if opener is None:
        return False
    tokens = [token for token in doc if not (token.is_space or token.is_punct)][len(opener.split()):]
    parties = {index for span in doc.spans.get("actor", []) for index in range(span.start, span.end)}
    at = next((n for n, token in enumerate(tokens) if token.i not in parties and token.lower_ not in _JOINING), None)
    # after the opener the verb can only be the task's ("… och minska antalet skadade" reports nothing)
    return at is not None and _opens_task(tokens[at], True, doc)


_JOINING = frozenset({"mellan", "med", "och"})  # "i samverkan mellan polis och kommun", "tillsammans med …"


def _opens_task(first: Any, marked: bool, doc: Any) -> bool:
    """Whether the word a task would open with is its infinitive, and nothing in the text
    reports (see names_a_task)."""
    if first.like_num:
        return False  # "Fyra trygghetsvandringar …": a number, not an infinitive in -a
    lower = str(first.lower_)
    if lower != str(first.lemma_).lower() or not lower.endswith("a") or len(lower) < 4:
        return False
    if any(span.label_ == "PERFECT" for span in doc.spans.get("result_cue", [])):
        return False
    return marked or not any(span.label_ == "PAST" for span in doc.spans.get("result_cue", []))


# --- lead-ins -----------------------------------------------------------------------------


def short_lead(text: str) -> bool:
    """"Polisen ska", "Vi kommer att:", "Kommunen kommer också att:": hands over to a list."""
    return words().short_lead.match(text) is not None


def party_lead(text: str, doc: Any, heading: bool = False) -> bool:
    """Rule party-lead: a lead-in that names a party and nothing more ("Polisen:", "Polisens
    åtaganden:", "Kommunens del:", "Polisen och kommunen gemensamt:", "Gemensamma åtaganden:")
    hands over to that party's promises; so does such a heading (no colon needed) where a
    list follows it right away (the caller knows)."""
    if not (heading or text.rstrip().endswith(":")):
        return False
    spans = doc.spans["actor"]
    covered = {index for span in spans for index in range(span.start, span.end)}
    nouns = word_set("lead_in", "party_nouns")
    tokens = [token for token in doc if not (token.is_punct or token.is_space)]
    named = bool(spans) or any(token.lower_ in word_set("lead_in", "both_parties") for token in tokens)
    return named and bool(tokens) and all(token.i in covered or token.lower_ in nouns for token in tokens)


def names_promises(text: str, heading: bool) -> bool:
    """Does a lead-in name what follows as the promises? "utlovades", "följande medborgarlöften";
    a heading naming "Medborgarlöften 2021". Not "Löftet innebär:", which speaks of one promise."""
    w = words()
    if search(w.naming, text):
        return True
    return search(w.mentions, text) and (heading or w.list_word.search(text) is not None)


def mentions_promises(text: str) -> bool:
    """A word with "löfte" in it (words.toml [promises] mentions)."""
    return search(words().mentions, text)


def points_back(sentence: str) -> bool:
    """"Dessa är:", "De är följande:": a sentence that says nothing but that a list follows
    what the sentence before it named (words.toml [lead_in] pointing_back)."""
    return " ".join(sentence.rstrip(" :.").lower().split()) in words().pointing_back


def lead_sentences(sentences: Sequence[str]) -> int:
    """How many of a lead's last sentences make the lead: two where the last only points back
    ("I löftet lyfts tre områden fram. Dessa är:", rule pointing-back), else one."""
    return 2 if len(sentences) >= 2 and points_back(sentences[-1]) else 1


def names_points(text: str) -> bool:
    """"Dessa punkter lyfts:": a lead that names points (words.toml [promises] points); in a
    text about the promises, the promise's points."""
    return search(words().points, text)


def announces_list(text: str) -> bool:
    """"... enligt följande:", "... är följande.", "följande medborgarlöfte": a list comes next."""
    return words().list_end.search(text) is not None or words().following.search(text) is not None


def counts_promises(text: str) -> bool:
    """"jobbade polisen med två löften:": the lead counts the promises it lists, whatever its verb;
    "har tecknat följande medborgarlöfte": it names the list below."""
    return words().counted.search(text) is not None or words().following.search(text) is not None


def names_means(text: str) -> bool:
    """Does the text name its means anywhere ("… synlig genom fotpatrullering", words.toml
    [lead_in] means)?"""
    return words().means.search(text) is not None


def means_lead(text: str) -> bool:
    """"... genom att:": the means of what the sentence states follow as a list."""
    return words().means_lead.search(text) is not None


def parties_want_the_following(text: str, doc: Any) -> bool:
    """Rule parties-want-the-following: "Utifrån dialogerna vill Åby kommun och polisen
    utveckla följande områden under 2025:": the police or the municipality named, a verb of
    wanting (words.toml [lead_in] wanting) and "följande" before the closing colon: the lead
    of what they take on."""
    w = words()
    if not text.rstrip().endswith(":") or not search(w.wanting, text) or w.list_word.search(text) is None:
        return False
    return any(span.label_ in ("POLICE", "MUNICIPALITY") for span in doc.spans.get("actor", []))


def carries_out_the_promise(text: str) -> bool:
    """Rule promise-carried-out: "Medborgarlöftet genomförs under året med följande
    aktiviteter:": the promise is the subject (a word for it opens the sentence, "det"/"detta"
    or "vårt" before it at most) and the verb carries it out (words.toml [lead_in]
    carried_out), within three words; what it lists are the promise's means."""
    opening = re.match(r"\s*(?:(?:det|detta|vårt|våra)\s+)?(\w+)\b", text, re.IGNORECASE)
    if opening is None or not mentions_promises(opening.group(1)):
        return False
    return search(words().carried_out, " ".join(text[opening.end():].split()[:4]))


def announces_means(text: str) -> bool:
    """A statement ending on the means it lists: "… genom att:", "… genom följande insatser:"
    (a word for measures, words.toml measures, before the colon)."""
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        return False
    last = re.findall(r"[^\W\d]+", stripped)[-1:]
    return means_lead(stripped) or bool(last and search(words().measures, last[0]))


def follows_up(lead: str) -> bool:
    """A lead to how the promise is followed up ("Så här följer vi upp:", words.toml
    follow_up_leads), not to what is promised or done."""
    return search(words().follow_up_leads, lead) and not strong_verb(lead)


def counts_areas(text: str) -> bool:
    """A paragraph whose last sentence counts the areas a list below it names ("Dialogerna har
    lett fram till sex prioriterade områden.", "Medborgarna har uttalat två problemområden
    …"): a count, then within two words a word for an area (words.toml focus_areas). So does
    one with a sentence that names them as "följande" ("I löftet har följande fokusområden
    valts ut. De bygger på …"): the areas follow, though a sentence of context comes first."""
    w = words()
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip())
    last = sentences[-1]
    if w.focus_areas is None or not last.endswith(".") or strong_verb(last) or commitment(last) is not None:
        return False
    counted = re.search(rf"\b{w.count}\s+(?:[\w-]+\s+){{0,2}}?([\w-]+)", last, re.IGNORECASE)
    if counted is not None and w.focus_areas.search(counted.group(2)) is not None:
        return True
    for sentence in sentences:
        found = re.search(r"\bföljande((?:\s+[\w-]+){1,3})", sentence, re.IGNORECASE)
        if found is not None and any(w.focus_areas.search(word) for word in found.group(1).split()):
            return not strong_verb(sentence) and commitment(sentence) is None
    return False


def states_outcomes(lead: str) -> bool:
    """A lead that announces the outcomes expected ("... kommer att leda till:") or the
    priorities ("Utifrån lägesbilden kommer prioriteringen att vara:"), not promises."""
    w = words()
    return search(w.outcome_leads, lead) or (search(w.priority_leads, lead) and not strong_verb(lead)
                                              and not search(w.naming, lead)  # "… fanns med i löftet:"
                                              and not means_lead(lead))  # "… arbeta mot områdena genom:"


def lists_items(lead: str) -> bool:
    """A lead whose list holds items of their own: promises, activities or results."""
    return (strong_verb(lead) or is_activity_intro(lead) or is_result_intro(lead)
            or short_lead(lead)  # "Polisen ska:" hands over to what the police will do
            or (means_lead(lead) and commitment(lead) is not None)  # "Under 2020 kommer vi att arbeta … genom:"
            or (names_promises(lead, heading=len(lead.split()) <= 4)  # "följande löften:", "Löften 2025:"
                and not search(words().focus_areas, lead)))


def is_label(text: str, most: int = 3) -> bool:
    """A bare name of an area ("Trygghet", "Droger och folkhälsa"): at most `most` words, no
    verb, no full stop."""
    parts = text.split()
    return 0 < len(parts) <= most and not text.rstrip().endswith((".", "!", "?", ":")) and not commits(text)


def labelled(text: str) -> bool:
    """"Löfte 2", "Medborgarlöfte 3: Trafik": a heading that numbers one promise."""
    return words().labelled.match(text) is not None


def colon_labelled(text: str) -> bool:
    """"Löfte: Polisen genomför …", "Vårt löfte: …": an unnumbered promise label and its colon."""
    return words().colon_labelled.match(text) is not None


def names_next_promise(text: str) -> bool:
    """"… tar fram ett nytt medborgarlöfte för 2020": the text speaks of the promise to come."""
    return search(words().next_promise, text)


def tells_making(text: str) -> bool:
    """Does a text tell how the promises were made ("genom en enkät", "dialoger med skolan")?"""
    return search(words().making, text)


def tells_finding(text: str) -> bool:
    """Does a text tell what a survey or a study found ("Av enkäten framkommer att …")?"""
    return search(words().findings, text)


def beside_the_promises(text: str) -> bool:
    """"Förutom medborgarlöftet har polisen …", "… utanför löftet": work beside the promises,
    not on them (words.toml [promises] beside)."""
    return words().beside_the_promises.search(text) is not None


def about_the_promises(text: str) -> bool:
    """"Löftena riktar sig till ...", "Medborgarlöftet bygger på ...", "Förutom medborgarlöftet
    arbetar polisen ...": a text about them, or beside them."""
    return words().about_the_promises.match(text) is not None


# --- sections ------------------------------------------------------------------------------


def is_results_heading(text: str) -> bool:
    return bool(starts_with_any(text, section_pattern("headings", "results"))) or search(
        words().results_anywhere, text)


def is_activity_intro(text: str, heading: bool = False) -> bool:
    """"Aktiviteter:", "Så här gör vi:", "Vad gör vi?": a short lead to what will be done; not
    one that names what was done ("Aktiviteter som genomförts:" leads to results)."""
    if starts_with_any(text, section_pattern("intros", "results")):
        return False
    short = len(text.split()) <= 12
    opens = starts_with_any(text, section_pattern("intros", "activities"))
    ends = text.rstrip().endswith((":", "att")) or len(text.split()) <= 4 or heading
    return bool(short and opens and ends)


def after_activity_lead(text: str) -> str | None:
    """"Så här gör vi: Polisen patrullerar i centrum …": a lead to activities run into its line
    (sections.toml [intros] activities, up to its colon); the activity after it, two words or
    more, else None."""
    lead, colon, rest = text.partition(":")
    if not colon or len(rest.split()) < 2 or not is_activity_intro(lead + ":"):
        return None
    return rest.strip()


def is_result_intro(text: str, heading: bool = False) -> bool:
    """"Resultat:", "Utfallet blev:", or a question that asks it on a line of its own ("Vad har
    vi gjort?", "Hur gick det?")."""
    opens = starts_with_any(text, section_pattern("intros", "results"))
    return bool(opens) and (heading or text.rstrip().endswith((":", "?"))) and len(text.split()) <= 8


# --- figures -------------------------------------------------------------------------------


def names_a_measure(text: str) -> bool:
    """"… att genomföra fler trafikkontroller", "… lovar att hålla fyra möten": a statement that
    promises a measure (a verb of doing, `words.toml` promised_figure_verbs, right after "att",
    or a figure it sets, "minst en träff"), not a general aim ("… att arbeta för ett tryggare Åby")."""
    return (re.search(rf"\batt\s+{words().promised_verbs}\b", text, re.IGNORECASE) is not None
            or promised_figure(text) is not None)  # "… bjuda in till minst en kontaktombudsträff"


def promised_figure(text: str) -> int | None:
    """"minst sex insatser", "genomföra fyra krogtillsyner": the figure a promise sets; so does
    a figure that opens a statement of what is to be done ("2 nya områden skulle etableras",
    "Fyra trygghetsvandringar ska genomföras"), not a year ("2025 ska polisen …")."""
    w = words()
    found = re.search(rf"\b{w.at_least}\s+{w.count}\b|\b{w.promised_verbs}\s+{w.count}\b", text, re.IGNORECASE)
    if found:
        return count_of(next(g for g in found.groups() if g))
    opening = re.match(rf"^\W*{w.count}\s+[^\W\d]", text, re.IGNORECASE)
    if opening and re.search(r"\b(?:ska|skall|skulle)\b", text, re.IGNORECASE):
        value = count_of(opening.group(1))
        return value if value < 1000 else None
    return None


def reported_figure(text: str) -> int | None:
    """"Elva riktade insatser ...", "har genomfört elva ...": the figure a result reports."""
    w = words()
    found = re.search(rf"^\W*{w.count}\b|\b{w.figure_verbs}\s+{w.count}\b", text, re.IGNORECASE)
    return count_of(next(g for g in found.groups() if g)) if found else None


def count_of(word: str) -> int:
    return int(word) if word.isdigit() else words().numbers[word.lower()]


def for_all_promises(text: str) -> bool:
    """"Samtliga utlovade aktiviteter ...", "Alla löften ...", "Löftena har ...": said of every
    promise at once."""
    return words().all_promises.search(text) is not None


# --- actors --------------------------------------------------------------------------------


def intro_actors(doc: object, leading: bool = False, we: bool = True) -> list[str]:
    """The actors an intro names; with `leading`, only the subject that opens the text
    ("Polisen genomför ...", "Polisen och kommunen håller ..."), not actors named later on.
    Without `we`, "vi" later in the text names no one: it is whoever speaks."""
    spans = getattr(doc, "spans", {}).get("actor", []) if hasattr(doc, "spans") else []
    if leading:
        spans = opening_subject(sorted(spans, key=lambda span: span.start))
    else:
        spans = [span for span in spans if not names_a_place(span, spans)
                 and (we or span.start == 0 or span.text.lower() not in _WE)]
    return _roles_of(spans)


def speaks_as_we(doc: Any) -> bool:
    """Does the text speak in the first person plural ("… vad du tycker att vi ska göra")?"""
    return any(token.lower_ in _WE for token in doc)


def _roles_of(spans: list[Any]) -> list[str]:
    """The parties actor spans name, each once, in order ("joint" is both)."""
    roles: list[str] = []
    for span in spans:
        role = span.label_.lower()
        for item in (["police", "municipality"] if role == "joint" else [role]):
            if item not in roles:
                roles.append(item)
    return roles


def committing_parties(doc: Any) -> list[str]:
    """Rule committing-parties: the parties that are the subject of a commitment anywhere in a
    text: an actor right before "ska", "skall", "kommer … att" or a promise verb, or right
    after it where the sentence inverts ("Därför ska kommunen …"), with the actors joined to
    it ("Polisen och kommunen ska …"). "Polisen ska öka närvaron … och kommunen ska genomföra
    …" commits both, whichever opens the text; "I Åby kommun ska polisen …" names a place."""
    found = list(getattr(doc, "spans", {}).get("actor", []) if hasattr(doc, "spans") else [])
    # "vi" is whoever speaks: the page's giver decides it (rules we-of-section, report-giver)
    spans = sorted((span for span in found if not names_a_place(span, found) and span.text.lower() not in _WE),
                   key=lambda span: span.start)
    if not spans:
        return []
    ends = {span.end for span in spans}
    subjects: list[Any] = []
    for index, span in enumerate(spans):  # only where an actor stands can a commitment have it as subject
        if _commits_at(doc[span.end:span.end + 12].text):
            subjects += _joined(spans, index, -1)
        elif span.start - 1 not in ends and _commits_at(doc[span.start - 1:span.start + 11].text):
            subjects += _joined(spans, index, 1)  # inverted: "… ska kommunen …"
    order = {"police": 0, "municipality": 1}
    return sorted(_roles_of(subjects), key=lambda role: order.get(role, 2))  # as the promise cues list them


_WE = frozenset({"vi", "oss", "vår", "vårt", "våra"})


def _joined(spans: list[Any], index: int, step: int) -> list[Any]:
    """The actor span at `index` and those joined to it by "och", "samt" or a comma, walking
    before it (step -1) or after it (step 1). A place's name may stand between the join and
    the next party's word, as part of that party's name ("Åby kommun och Hjo lokalpolisområde"),
    and two party words side by side are one name ("Polisen och kommunens fältassistenter")."""
    joins = words().subject_joins
    found = [spans[index]]
    while 0 <= index + step < len(spans):
        near, far = (spans[index + step], spans[index]) if step < 0 else (spans[index], spans[index + step])
        between = near.doc[near.end:far.start]
        if between and (between[0].lower_ not in joins or not _place_name(between[1:])):
            break
        index += step
        found.append(spans[index])
    return found


def _place_name(tokens: Any) -> bool:
    """Nothing, or a place's name of up to three words ("Hjo", "Luleå/Boden") that opens the
    name of the party after it (unlike `names_a_place`, which asks whether a party's own span
    is a place, "I Åby kommun ska …")."""
    return len(tokens) <= 3 and all(token.is_title or token.text in _NAME_JOINS for token in tokens) \
        and (not len(tokens) or tokens[0].is_title)


_NAME_JOINS = frozenset({"/", "-", "–"})  # "Luleå/Boden", "Kungälv-Ale": a place's name of two


def _commits_at(text: str) -> bool:
    """Does a commitment or a promise verb (cues.toml [promise] strong) open `text` ("ska öka",
    "kommer under året att", "lovar att", "åtar sig att")?"""
    found = commitment(text)
    if found is not None and found.start() == 0:
        return True
    strong = cue_data.cues().promise_strong
    verb = strong.search(text) if strong is not None else None
    return verb is not None and verb.start() == 0


def opening_subject(spans: list[Any]) -> list[Any]:
    """Actor spans that open the text, joined by "och" or commas: "Polisen och kommunen ..."."""
    joins = words().subject_joins
    subject: list[Any] = []
    for span in spans:
        if span.label_ == "JOINT":
            if not subject and span.start == 0 and span.text.lower() in word_set("givers", "we"):
                subject.append(span)  # "Vi lovar också att …": the parties the text speaks for
            break
        if not subject and span.start != 0 and not _represented(span):
            break
        if subject:
            between = [t for t in span.doc[subject[-1].end:span.start] if not _names_on(t)]
            if len(between) == 2 and subject[-1].text.lower().endswith("s") and between[0].is_lower \
                    and between[0].is_alpha:
                between = between[1:]  # "Kommunens äldreomsorg och polisen": the party's own unit
            # empty where the span took its "och"; the rest of a party's name is no break
            # ("Räddningstjänsten Höga Kusten - Ådalen och polisen")
            if len(between) > 1 or (len(between) == 1 and between[0].lower_ not in joins):
                break
        subject.append(span)
    return subject


def _represented(span: Any) -> bool:
    """Does the text open with people standing for the party ("Representanter för kommunen och
    polisen kommer att …", words.toml [subject] representatives)? They act for it."""
    before = span.doc[:span.start]
    for phrase in word_set("subject", "representatives"):
        words = phrase.split()
        if [t.lower_ for t in before[:len(words)]] == words:
            return all(_names_on(t) for t in before[len(words):])  # "… för Åby kommun": the name's rest
    return False


def _names_on(token: Any) -> bool:
    """A token that goes on with the name before it: a capitalised word or a dash inside it."""
    return bool(token.text[:1].isupper()) or token.text in ("-", "–")


__all__ = [
    "Words", "about_the_promises", "announces_list", "colon_labelled", "commitment", "commits", "committing_parties",
    "content_after",
    "count_of", "counts_promises", "for_all_promises", "intro_actors", "is_activity_intro", "is_label",
    "is_result_intro", "is_results_heading", "joint", "labelled", "lists_items", "means_lead", "mentions_promises",
    "names_promises",
    "opening_subject",
    "promised_figure", "reported_actions", "reported_figure", "search", "short_lead", "strong_verb", "words",
]
