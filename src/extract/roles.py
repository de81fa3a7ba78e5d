"""What a block is on its own, before the walk places it: a stateless pass.

Each rule is a record (id, role, test) tried in order, the first that holds wins, and
the id travels with the role, as spaCy's span ruler keeps its patterns' ids. The first
rules give the roles a block has whatever surrounds it: a thematic break, a table, a
caption, a status line ("Status: Genomfört"), a bare status word, boilerplate
(contact lines, dates, "Dela sidan"), a quotation. The text rules that follow read
the forms a text takes: a lead-in over a list of promises, a promise statement, a
commitment, a lead over means, over activities or over results, a pointer onward.
What is left is `text`: an activity, a result or a note, by where it stands.

`read` gives a block's `Reading`: its role and every form it has, each computed once,
on demand, by a pure function of the block and of document-level facts (`Context`).
The walk in `segments.py` consumes readings; it never tests a block's wording itself.
A form is a role's candidate, not a verdict: "Polisen ska:" is a lead-in on its own,
but in a list of activities it is an item; where a block stands is the walk's call.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any, cast

from extract import forms
from extract.blocks import Block, BlockKind
from extract.language import cues as cue_data
from extract.language.pipeline import text_of
from extract.lexicon import section_pattern, spaced, starts_with_any, toml_data, word_patterns, word_set
from extract.textnorm import one_sentence, spelled_right, strip_bullet


@dataclass(frozen=True, slots=True)
class Role:
    name: str  # break, table, skip, status-line, status-word, boilerplate, quote, text
    rule: str  # the id of the rule that gave it


@dataclass(frozen=True, slots=True)
class RoleRule:
    id: str
    role: str
    test: Callable[[Block, Any], bool]  # the block, and its annotated spaCy doc (None for tables)


def is_boilerplate(text: str) -> bool:
    """Contact lines, a place and a date, "Dela sidan" (sections.toml [notes] boilerplate):
    never a promise or a note. (Page furniture, dropped before the walk, is `document.py`'s.)"""
    if starts_with_any(text, section_pattern("notes", "boilerplate")):
        return True
    if word_patterns("contact", "place_date").match(text.strip()):
        return True
    if len(text.split()) > _CAPTION_WORDS:  # longer than any caption: only a list of the people in a photo
        if _people_photographed(text.strip()):
            return True
    elif signing_caption(text) or photo_caption(text) or names_caption(text) or office_caption(text) \
            or signature_line(text):
        return True
    phone = word_patterns("contact", "phone").search(text)
    return bool(phone) and not starts_with_any(text, section_pattern("notes", "forward"))


def names_the_promises_only(text: str) -> bool:
    """Rule title-line: the paragraph "Lokalt medborgarlöfte Åby kommun 2022-2025." restates the
    page's title (a heading of the same words opens a section and stays one): a sentence of a
    word for the promises and a year, and otherwise only names and `title_words`."""
    if not text.rstrip().endswith("."):
        return False
    words = re.findall(r"\w+", text)
    if not 2 <= len(words) <= 14 or not any(w.isdigit() and len(w) == 4 for w in words):
        return False
    allowed = word_set("promises", "title_words") | word_set("promises", "all_forms")
    return forms.mentions_promises(text) and all(
        w.lower() in allowed or w.isdigit() or (index > 0 and w[:1].isupper()) for index, w in enumerate(words))


def signing_caption(text: str) -> bool:
    """Rule signing-caption: one sentence that has people sign and names them by office ("Anna
    Berg, kommunstyrelsens ordförande, och Per Ek, lokalpolisområdeschef, skriver under
    medborgarlöftet.", "Avtalet skrevs under av kommunalrådet X och Y, chef för
    lokalpolisområdet."): a photo's caption, not a note. A paragraph that goes on to say more
    ("... Löftena fokuserar på trygghet.") is news about the promises and stays."""
    stripped = text.strip()
    words = stripped.split()
    if len(words) > 40 or not one_sentence(stripped):
        return False
    signing = word_patterns("contact", "signing").search(stripped)
    if signing is None:
        return False
    # the signers open it ("Anna Berg, ordförande, ... skriver under"), or follow the verb at once
    # ("Avtalet skrevs under av kommunalrådet Anna Berg ..."); "Löftena signerades den 2 maj 2024
    # i Åby mellan Anna Berg, chef, ..." dates the signing: news of it, a note
    by_agent = word_patterns("contact", "signing_agent").match(stripped, signing.end()) is not None
    opening = " ".join(words[:6])
    offices = word_patterns("contact", "offices")
    return offices.search(opening) is not None or (by_agent and offices.search(stripped) is not None)


_NAME_WORD = re.compile(r"[A-ZÅÄÖÉ](?:[a-zåäöéü-]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)?\.?$")  # "Anna-Karin", "A."


def names_caption(text: str) -> bool:
    """Rule names-caption: a line of people's names and nothing else ("Anna Berg och Per Ek.",
    "Anna Berg, Per Ek och Eva Lund") is a photo's caption: never a note."""
    words = re.sub(r"[,&]", " ", text.strip()).split()
    names = [w for w in words if w.lower() not in ("och", "samt")]
    return 4 <= len(names) <= 12 and len(words) - len(names) >= 1 and all(_NAME_WORD.match(w) for w in names)


def office_caption(text: str) -> bool:
    """Rule office-caption: one line of people named with their offices and nothing else
    ("Anna Berg, kommunstyrelsens ordförande Åby och Per Ek, lokalpolisområdeschef.", words.toml
    [contact] offices) says who is in a photo, as a news page's caption does: never a note.
    Two names or more, each part a name or an office; a verb or any other word keeps it."""
    stripped = text.strip()
    if len(stripped.split()) > 30 or word_patterns("contact", "offices").search(stripped) is None \
            or not one_sentence(stripped):
        return False  # every caption of offices names one
    parts = [part.strip() for part in re.split(r",|\s(?:och|samt|&)\s", stripped.rstrip(".")) if part.strip()]
    titled = [_titled_person(part) for part in parts]  # "Kommunalråd Anna Berg": both in one part
    people = [_person(part) or named for part, named in zip(parts, titled, strict=True)]
    titles = sum(1 for part, person, named in zip(parts, people, titled, strict=True)
                 if named or (not person and _office(part)))
    return sum(people) >= 2 and titles >= 1 and sum(people) + titles - sum(titled) == len(parts)


def _people_only(text: str) -> bool:
    """Two people's names or more and nothing else ("Anna Berg, Per Ek och Eva Lund"), a
    colon before them left out."""
    parts = [part.strip() for part in re.split(r",|\s(?:och|samt|&)\s", text.strip(" :.")) if part.strip()]
    return len(parts) >= 2 and all(_person(part) for part in parts)


def signature_line(text: str) -> bool:
    """Rule signature-line: one person and the office they sign in, on a line of its own ("Per
    Ek, lokalpolisområdeschef", "Anna Berg, kommunstyrelsens ordförande", "Kommunalråd Anna
    Berg"), as under a promise its signers stand: never a promise or a note."""
    if len(text.split()) > _SIGNATURE_WORDS:
        return False  # a name and an office: a long paragraph is never one
    parts = [part.strip() for part in text.strip().rstrip(".").split(",") if part.strip()]
    if len(parts) == 1:
        return _titled_person(parts[0])
    return len(parts) == 2 and _person(parts[0]) and _office(parts[1])


_SIGNATURE_WORDS = 11  # the most words of a name (4), its party in brackets (1) and an office (6)


def _titled_person(part: str) -> bool:
    """An office before a person's name ("Kommunalråd Anna Berg", "lokalpolisområdeschef Per Ek")."""
    words = part.split()
    return any(_office(" ".join(words[:k])) and _person(" ".join(words[k:])) for k in range(1, min(3, len(words)) + 1))


def _office(part: str) -> bool:
    """An office and where it is held ("kommunstyrelsens ordförande Åby", "chef för
    lokalpolisområde Åby"): an office's word, and besides it only names, genitives and the
    small words of a title (words.toml [contact] offices, office_words)."""
    offices, small = word_patterns("contact", "offices"), word_set("contact", "office_words")
    words = part.split()
    return len(words) <= 6 and offices.search(part) is not None and all(
        offices.search(w) or w[:1].isupper() or w.lower() in small or (w.endswith("s") and len(w) > 3) for w in words)


def _person(part: str) -> bool:
    """A person's name: two to four capitalised words, a party's letters in brackets after it
    ("Anna Berg (S)")."""
    words = [w for w in part.split() if not re.fullmatch(r"\([A-ZÅÄÖ]{1,3}\)", w)]
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


def photo_caption(text: str) -> bool:
    """Rule photo-caption: one short sentence that opens with a word for a picture ("Flygbild
    över centrum.", "Bilden visar torget.") is a photo's caption, copied with the page's text:
    never a note; so is one sentence, however long, that says what a photo is of ("Foto på när
    …", committing to nothing). A longer paragraph that goes on says more and stays, unless it
    names the people in the photo: by office ("På bilden från vänster: …, kommundirektör, …",
    also after a short sentence on what the photo shows), or by name alone after its label
    ("F.v: Anna Berg, Per Ek")."""
    stripped = text.strip()
    count = len(stripped.split())
    if count <= 12 and word_patterns("contact", "photo").match(stripped) is not None \
            and one_sentence(stripped):
        return True
    # "Foto på när kommunen och polisen skrev under …": what a photo is of, however it is put
    if count <= _PHOTO_OF_WORDS and word_patterns("contact", "photo_of").match(stripped) is not None \
            and one_sentence(stripped) and not forms.commits(stripped):
        return True
    if count <= 25 and word_patterns("contact", "photo_credit").search(stripped) is not None:
        return True  # "Anna Berg och Per Ek. Foto: Åby kommun": a caption that ends in its credit
    if scene_caption(stripped):
        return True
    if _people_photographed(stripped):
        return True
    # "På bilden från vänster: Anna Berg, kommundirektör, och Per Ek, lokalpolisområdeschef":
    # the people in the photo, named by office, however many (words.toml people_photo)
    return (count <= 60 and _names_people_photographed(stripped)
            and word_patterns("contact", "offices").search(stripped) is not None)


def _people_photographed(stripped: str) -> bool:
    """"F.v: Anna Berg, Per Ek, Eva Lund": the people in the photo, by name alone, however many."""
    placed = word_patterns("contact", "people_photo").match(stripped)
    return placed is not None and _people_only(stripped[placed.end():])


# The most words of a caption of any other kind (signing_caption 40, office_caption 30,
# photo_caption 60, names_caption 24, signature_line 11): a longer paragraph is spared them.
_CAPTION_WORDS = 60
_PHOTO_OF_WORDS = 25  # the most words of a caption that says what a photo is of ("Foto på …")
_CAPTION_LEAD_WORDS = 15  # the most words of what a caption says before it names who is in the photo


def _names_people_photographed(text: str) -> bool:
    """The text opens by placing the people in the photo ("På bilden från vänster: …"), or
    does so after a short sentence on what the photo shows ("Här undertecknas löftet. Från
    vänster i bild: …"), a sentence that commits to nothing."""
    people = word_patterns("contact", "people_photo")
    if people.match(text) is not None:
        return True
    for found in re.finditer(r"(?<=[.!?])\s+", text):
        lead = text[:found.start()]
        if len(lead.split()) > _CAPTION_LEAD_WORDS:
            return False
        if people.match(text[found.end():]) is not None:  # its `^` holds only at a string's start
            return not forms.commits(lead)
    return False


def scene_caption(text: str) -> bool:
    """Rule scene-caption: one or two short sentences that each have people or things sit,
    stand or lie ("En polis och en civil sitter på en bänk. På bordet ligger papper.",
    words.toml [contact] scene) describe a photo, as a page's image text does: never a note.
    A sentence that commits, or in which a party acts at its times ("Polisen står på torget
    varje fredag", scene_not), is no description."""
    if len(text.split()) > 25:
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
    scene, acts = word_patterns("contact", "scene"), word_patterns("contact", "scene_not")
    return (1 <= len(sentences) <= 2
            and all(scene.search(sentence) and not acts.search(sentence) for sentence in sentences)
            and not forms.commits(text))


def speaker_first(text: str) -> bool:
    """"Anna Berg, kommunalråd, menar att …": a speaker named first, then a verb of saying and
    "att" within the first dozen words (words.toml [quotes] verbs): reported speech."""
    return _speaker_first().match(text.strip()) is not None


def is_quote(text: str) -> bool:
    """", säger Anna Berg", ", säger kommunpolis Lena Ek", ", säger hon": a quotation,
    whoever speaks (words.toml [quotes]), named or not, with or without an office before the
    name."""
    return _quotation().search(text) is not None


@cache
def _saying() -> str:
    """The verbs of saying (words.toml [quotes] verbs) as one alternation, longest first."""
    return "|".join(re.escape(v) for v in sorted(word_set("quotes", "verbs"), key=len, reverse=True))


@cache
def _quotation() -> re.Pattern[str]:
    return re.compile(rf",\s+(?:{_saying()})\s+(?:(?:[a-zåäö-]+\s+){{0,3}}[A-ZÅÄÖ]|(?:hon|han|de|hen)\b)")


@cache
def _speaker_first() -> re.Pattern[str]:
    return re.compile(rf"^\W*[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ][\w-]+(?:[\s,][^.!?]{{0,60}}?)?\s(?:{_saying()})\s+att\b")


def _status_word(block: Block, doc: Any) -> bool:
    """A bare status word ("Genomfört", "Pågår") in a line of its own, not a list item, nor a
    lead over a list ("Genomförda aktiviteter:" leads to what was done)."""
    return (block.kind is not BlockKind.LIST_ITEM and len(block.text.split()) <= 4
            and not block.text.rstrip().endswith(":") and bool(doc._.status_word))


def _attribute_line(block: Block) -> bool:
    """Rule attribute-line: "Målgrupp: Unga 13–18 år", "Tidsperiod: juni–augusti", "Syfte: …": a
    short line that labels one of a promise's particulars (words.toml [labels] attribute,
    purpose)."""
    text = strip_bullet(block.text)
    return (block.kind is not BlockKind.HEADING and len(block.text.split()) <= 30
            and (after_label(text, "labels", "attribute") is not None or states_purpose(text)))


def states_purpose(text: str) -> bool:
    """"Syfte: Skapa trygga miljöer …" (words.toml [labels] purpose): what a promise is for."""
    return after_label(text, "labels", "purpose") is not None


RULES: tuple[RoleRule, ...] = (
    RoleRule("thematic-break", "break", lambda b, d: b.kind is BlockKind.BREAK),
    RoleRule("table", "table", lambda b, d: b.kind is BlockKind.TABLE),
    RoleRule("caption-or-empty", "skip", lambda b, d: b.kind is BlockKind.CAPTION or not b.text),
    RoleRule("title-line", "skip", lambda b, d: b.kind is BlockKind.PARAGRAPH and names_the_promises_only(b.text)),
    RoleRule("status-line", "status-line", lambda b, d: bool(d._.status)),
    RoleRule("status-word", "status-word", _status_word),
    RoleRule("responsible-line", "responsible", lambda b, d: bool(responsible_parties(b.text, d))),
    RoleRule("attribute-line", "attribute", lambda b, d: _attribute_line(b)),
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


# --- the forms of a text block ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Context:
    """What a block's reading may know beyond the block: the language stage that annotates
    any text, and document-level facts decided before the walk."""

    lang: Any  # extract.language.LanguageStage (not imported: the walk owns the stage)
    about_promises: bool = False  # the text names medborgarlöften somewhere


@dataclass(frozen=True, slots=True)
class LeadIn:
    """A lead-in over a list of promises: the actors it names, and whether it names what
    follows as the promises ("utlovades", "följande löften")."""

    actors: tuple[str, ...]
    names: bool


def _sentence_parts(doc: Any) -> tuple[tuple[Any, ...], tuple[str, ...]]:
    """The doc's sentences that hold text and their texts (stripped), found once per doc:
    every rule that reads a block asks for them, and a block's doc is shared by its
    readings. A sentence's text is cut from the doc's (a span joins its tokens anew on every
    `.text`)."""
    found = doc.user_data.get("extract_sentences")
    if found is None:
        text = text_of(doc)
        parts = [(sent, text[sent.start_char:sent.end_char].strip()) for sent in doc.sents]
        found = doc.user_data["extract_sentences"] = (tuple(sent for sent, said in parts if said),
                                                      tuple(said for _, said in parts if said))
    return cast(tuple[tuple[Any, ...], tuple[str, ...]], found)


def _sentences(doc: Any) -> tuple[Any, ...]:
    return _sentence_parts(doc)[0]


def sentence_texts(doc: Any) -> tuple[str, ...]:
    """The texts of the doc's sentences that hold text, stripped."""
    return _sentence_parts(doc)[1]


def first_sentence(doc: Any) -> str:
    """The doc's first sentence with text (from the sentences found once per doc)."""
    found = sentence_texts(doc)
    return found[0] if found else ""


def last_sentence(doc: Any) -> str:
    found = sentence_texts(doc)
    return found[-1] if found else ""


def label_kinds(text: str) -> frozenset[str]:
    """The kinds of section a label on a line of its own opens as its heading would
    ("Problembild:", "Medborgarlöfte:", "Våra löften:": three words at most and a colon)."""
    label = text.rstrip()
    if not label.endswith(":") or len(label.split()) > 3:
        return frozenset()
    return section_kinds(label[:-1].strip())


def lead_in(block: Block, doc: Any, context: Context) -> LeadIn | None:
    """Rule promise-list-intro: a lead-in with no content of its own over a list of promises
    ("Polisen lovar att:", "Följande aktiviteter utlovades i 2018 års medborgarlöfte:",
    "Polisen ska", "Under åren 2021-2025 är polisens medborgarlöften följande.")."""
    cue = doc._.promise
    text = block.text.strip()
    sentences = sentence_texts(doc)
    last = " ".join(sentences[-forms.lead_sentences(sentences):]) if sentences else text
    if cue_data.aim_lead(last):
        return None  # rule aim-lead: "Medborgarlöftet ska:" lists the promise's aims
    # a label that is only the word for the promises names them, as a heading would
    names = forms.names_promises(last, heading=False) or bool(label_kinds(text) & {"promise_lists", "promises"})
    heading = block.kind is BlockKind.HEADING
    if not names and not heading and forms.is_activity_intro(text):
        return None  # "Så här ska vi göra:", "Vi ska:" lead to activities (rule activity-intro)
    has_content = cue is not None and not heading and forms.content_after(text, cue.cue) >= 3
    if cue is not None and cue.is_intro and not has_content:
        return LeadIn(tuple(with_partners(list(cue.actors), text, context.lang)), names)
    if cue is not None and heading and forms.content_after(text, cue.cue) == 0:
        return LeadIn(tuple(cue.actors), names)  # a heading "X och Y lovar att under 2019" over the lists
    if has_content:
        return None  # "X lovar att öka tryggheten genom följande aktiviteter:" has content of its own
    if not heading and forms.party_lead(text, doc):
        return LeadIn(tuple(forms.intro_actors(doc)), False)
    short = text.endswith(":") or heading or len(text.split()) <= 5
    if forms.short_lead(text) and short:
        return LeadIn(tuple(forms.intro_actors(doc)), names)
    if heading:
        if forms.strong_verb(text) and starts_with_any(text, section_pattern("headings", "promise_lists")):
            return LeadIn(tuple(forms.intro_actors(doc)), True)
        return None
    if not (last.endswith(":") or forms.announces_list(last)) or forms.search(forms.words().not_lists, last):
        return None
    if forms.means_lead(last) and not forms.names_promises(last, heading=False):
        return None  # "Under 2020 kommer vi att arbeta mot X genom:" states a promise over its means
    if forms.carries_out_the_promise(last):
        return None  # rule promise-carried-out: "Medborgarlöftet genomförs under året med följande aktiviteter:"
    last_doc = context.lang.doc(last)
    promising = forms.mentions_promises(last) or forms.commits(last) or (
        context.about_promises and forms.names_points(last)) or (  # "Dessa punkter lyfts:"
        context.about_promises and forms.parties_want_the_following(last, last_doc))
    if not promising or (forms.reported_actions(last_doc) and not forms.counts_promises(last)):
        return None  # "har polisen genomfört följande aktiviteter:" lists what was done
    return LeadIn(tuple(forms.intro_actors(last_doc)), names)


def with_partners(actors: list[str], text: str, lang: Any) -> list[str]:
    """Rule with-partners: "Polisen ska tillsammans med Lidingö stad ...", "Polisen lovar att i
    samverkan med Åby kommun:" are given by both: a municipality named by its name right after
    "tillsammans med" or "i samverkan med" (words.toml [givers] alongside) in the first
    sentence joins the subject (its departments, "tillsammans med socialtjänsten", are
    partners only), and so does the police ("Åby kommun ska tillsammans med polisen …");
    "kommunen" joins where the join follows the subject (`_after_the_subject`)."""
    doc = lang.doc(text)
    first = next((sent for sent in doc.sents if sent.text.strip()), None)
    if first is None:
        return actors
    named = {(m.start, m.end) for m in doc.spans.get("municipality", [])}
    whole = text_of(doc)
    spans = list(doc.spans.get("actor", []))
    joins: list[re.Match[str]] | None = None  # "tillsammans med", "i samverkan med": found once, when asked
    found = list(actors)
    for span in spans:
        role = span.label_.lower()
        itself = span.text.lower() in _THE_MUNICIPALITY
        if span.end > first.end or role in found or (
                (span.start, span.end) not in named and role != "police" and not itself):
            continue
        if joins is None:
            joins = list(forms.alongside_words().finditer(whole, 0, first.end_char))
        join = next((m for m in joins if m.end() <= span.start_char and not whole[m.end():span.start_char].strip()),
                    None)
        if join is not None and ((span.start, span.end) in named or role == "police"
                                 or _after_the_subject(whole, join.start(), spans, span)):
            found.append(role)
    return found


# the municipality named by its common noun ("tillsammans med kommunen"), not by a department of it
_THE_MUNICIPALITY = frozenset({"kommunen", "staden"})
_SUBJECT_TO_JOIN = re.compile(r"\s*(?:(?:ska|skall|kommer|kommer\s+att|lovar|lovar\s+att)\s+)?$", re.IGNORECASE)


def _after_the_subject(whole: str, join_start: int, spans: list[Any], partner: Any) -> bool:
    """"För att förebygga brott ska polisen tillsammans med kommunen genomföra …", "Polisen
    ska tillsammans med kommunen …": the municipality named by its common noun joins the
    givers only where the join follows the party that commits, a modal between at most;
    "trafikkontroller på platser utsedda i samverkan med kommunen" names whom the police
    consult, not a giver."""
    return any(other is not partner and other.end_char <= join_start
               and _SUBJECT_TO_JOIN.match(whole, other.end_char, join_start) is not None
               for other in spans)


def states_promise(block: Block, doc: Any) -> bool:
    """Rule promise-statement: a promise cue with content of its own ("Polisen lovar att
    minska klottret"); a cue that only leads in ("Polisen lovar att:") states nothing."""
    cue = doc._.promise
    if cue is None:
        return False
    if cue.strength == "weak" and "police" not in cue.actors and _aims_only(first_sentence(doc)):
        return False  # rule aim-statement: "Åby kommun ska vara den tryggaste kommunen" sets an aim
    if cue.strength == "weak" and forms.follows_up_only(first_sentence(doc)):
        return False  # rule follow-up-subject: "Vi kommer att följa upp löftena i höst" arranges, not promises
    return not cue.is_intro or (block.kind is not BlockKind.HEADING and forms.content_after(block.text, cue.cue) >= 3)


def _aims_only(sentence: str) -> bool:
    """Rule aim-statement: a sentence whose only commitment is an aim (cues.toml aims: "ska
    vara", "ska bli", "ska kunna känna") and that names no means ("genom …": "Polisen ska vara
    synlig genom fotpatrullering" commits) commits no one to do anything."""
    aims = cue_data.cues().aims
    if aims is None or aims.search(sentence) is None or forms.names_means(sentence):
        return False
    return forms.commitment(_without_aims(sentence)) is None


def _without_aims(sentence: str) -> str:
    """The sentence with its aims taken out (cues.toml aims: "Åby ska vara en trygg kommun"):
    what is left commits, or not."""
    aims, presence = cue_data.cues().aims, cue_data.cues().presence
    if aims is None:
        return sentence

    def unless_presence(match: re.Match[str]) -> str:
        # rule presence: "Polisen ska vara synlig i centrum" says where a party will be: a task
        after = sentence[match.end():].lstrip()
        return match.group(0) if presence is not None and presence.match(after) else " "

    return aims.sub(unless_presence, sentence)


@cache
def _inverted_modal() -> re.Pattern[str]:
    """The first word of each commitment (words.toml [commitment] words: "ska", "kommer …
    att") inside a sentence, where after a fronted phrase the verb comes before its subject."""
    firsts = sorted({w.split()[0] for w in word_set("commitment", "words")}, key=len, reverse=True)
    return re.compile(r"(?<=\S)\s(?:" + "|".join(map(re.escape, firsts)) + r")\s+(?=\S)", re.IGNORECASE)


def parties_open(sentence: str, lang: Any) -> bool:
    """Rule parties-commit: a sentence that opens with the police and the municipality together
    ("Polisen och Åby kommun kommer att ...", "Kommunen och polisen ska ...", or "Vi kommer
    också att ...", the parties the text speaks for) commits them, in a text about
    medborgarlöften, even outside any promise heading."""
    words = sentence.split(maxsplit=1)
    if words and words[0].lower() in word_set("givers", "we"):
        return True  # "Vi kommer också att ...": the parties the text speaks for
    actors = forms.intro_actors(lang.doc(sentence), leading=True)
    if {"police", "municipality"} <= set(actors):
        return True
    # rule inverted-parties: after a fronted time or means the verb comes first, then the
    # parties ("Under 2025 ska kommunen och polisen ...", "Genom att ... ska polisen och kommunen")
    return any({"police", "municipality"} <= set(after) for after in _after_inverted_modals(sentence, lang))


def inverted_parties(sentence: str, lang: Any) -> list[str]:
    """The parties right after a commitment's first word inside a sentence, where a fronted
    place, time or means put the verb before its subject ("I Åby centrum ska polisen …",
    "Under sommaren kommer kommunen att …"); empty where none stands there."""
    return next((list(after) for after in _after_inverted_modals(sentence, lang) if after), [])


def _after_inverted_modals(sentence: str, lang: Any) -> Iterator[list[str]]:
    """The parties that open what follows each commitment's first word inside the sentence."""
    for inverted in _inverted_modal().finditer(sentence):
        yield forms.intro_actors(lang.doc(sentence[inverted.end():]), leading=True)


def commitment(block: Block, doc: Any, context: Context) -> str | None:
    """A first sentence that commits with "ska", "skall" or "kommer ... att", whoever its subject
    ("Varje år ska minst två insatsveckor genomföras"). The id of the rule that reads it:
    `purpose-first` ("För att öka tryggheten kommer polisen att ..."), `parties-commit`
    (both parties open it) and `listed-commitment` (a bullet that a party opens, "• Polisen
    kommer att genomföra ...") hold in any text about medborgarlöften;
    `commitment-in-promise-section` holds only where the walk is in a section of promises."""
    if block.kind is BlockKind.HEADING or (block.text.rstrip().endswith(":") and forms.is_activity_intro(block.text)):
        return None  # "Så här ska vi göra:" leads to activities
    first = first_sentence(doc)
    parties = context.about_promises and parties_open(first, context.lang)
    purpose_first = context.about_promises and bool(starts_with_any(first, forms.words().purpose))
    if len(first.split()) < 5 or first.endswith("?") or (first.endswith(":") and not parties):
        return None  # "Polisen ska:" leads in; "Polisen och kommunen kommer att arbeta med följande:" states
    if forms.follows_up_only(first) or forms.states_outcome(first):
        return None  # rule follow-up-subject: "… kommer löpande uppföljning att genomföras"; outcome-statement
    opening = cue_data.not_committing_opening(first)
    if opening is not None and not inverted_parties(first[first.find(opening) + len(opening):], context.lang):
        return None  # but "Utifrån fokusområdena ska polisen finnas ute …": a party commits after all
    first_aspects = context.lang.doc(first)._.result_aspects or []  # a later "har pekats ut" is context
    if "perfect" in first_aspects and not _commits_second(first):
        return None  # "X har gett löften som ska öka tryggheten" reports, it does not commit
    acts = _without_aims(first)  # "Åby ska vara en trygg kommun"
    if forms.states_focus(acts):
        return None  # rule focus-statement: "kommer … särskilt fokusera på": a focus, not a task
    # the parties opening the sentence commit with "kommer" alone too ("kommer under 2025 arbeta med")
    bare = parties and re.search(r"\bkommer\b", acts) is not None
    if not (forms.commitment(acts) or bare or _kommer_infinitive(context.lang.doc(acts))):
        return None
    if purpose_first:
        return "purpose-first"
    if parties:
        return "parties-commit"
    if block.kind is BlockKind.LIST_ITEM and context.about_promises \
            and forms.intro_actors(context.lang.doc(first), leading=True):
        return "listed-commitment"  # "• Polisen kommer att genomföra ...": a party commits
    return "commitment-in-promise-section"


def _kommer_infinitive(doc: Any) -> bool:
    """"Under året kommer polisen besöka …": "kommer" and, within eight words, an infinitive (a
    form that is its own lemma, ending in -a), with the "att" left out, as speech has it."""
    tokens = list(doc)
    for index, token in enumerate(tokens):
        if token.lower_ != "kommer":
            continue
        for after in tokens[index + 1:index + 9]:
            if after.is_punct:
                break
            lower = after.lower_
            if lower != "att" and len(lower) > 3 and lower.endswith("a") and after.lemma_ == lower \
                    and lower not in word_set("commitment", "not_infinitives"):
                return True
    return False


def _commits_second(sentence: str) -> bool:
    """"X ska ...": the word after the subject's first word is a one-word commitment."""
    parts = sentence.split(maxsplit=2)
    single = {w for w in word_set("commitment", "words") if " " not in w}
    return len(parts) >= 2 and parts[1].lower() in single


def means_lead(block: Block, doc: Any) -> bool:
    """Rule means-lead: "Polisen arbetar med att minska X genom att:" states what the parties
    do, and the list below how."""
    return (block.kind is BlockKind.PARAGRAPH and forms.means_lead(block.text)
            and bool(forms.intro_actors(doc, leading=True)))


def passive_promise(doc: Any, context: Context) -> bool:
    """Rule passive-promise: "För 2025 utlovas särskilt fokus på X." opens with a promise in the
    passive that names no giver, and reports nothing."""
    sentences = sentence_texts(doc)
    if not sentences or not forms.search(forms.words().passive, sentences[0]):
        return False
    return not forms.reported_actions(context.lang.doc(sentences[0]))


@dataclass(frozen=True, slots=True)
class LaterCommitment:
    """Where a later sentence commits: its offset in the block and the actors it names."""

    start: int
    actors: tuple[str, ...]


def later_commitment(doc: Any, context: Context) -> LaterCommitment | None:
    """Rule later-sentence: a sentence after the first that commits (a strong promise verb, a
    commitment the parties give together, "Tillsammans ska kommun och polis ...", "Vi ska ...",
    or the parties opening it with "ska" / "kommer att"), after one of context."""
    sentences, texts = _sentence_parts(doc)
    for sent, text in zip(sentences[1:], texts[1:], strict=True):
        cue = context.lang.doc(text)._.promise
        commits = cue is not None and not cue.is_intro and (cue.strength == "strong" or (
            forms.joint(cue) and bool(cue.subject)))
        if (cue is None or cue.strength != "strong") and forms.states_focus(text):
            continue  # rule focus-statement: "Vi kommer därför att koncentrera vårt arbete till torget"
        if commits or ((parties_open(text, context.lang) or _party_opens(text, context)) and forms.commitment(text)):
            actors = cue.actors if cue is not None else forms.intro_actors(context.lang.doc(text), leading=True)
            return LaterCommitment(sent.start_char, tuple(actors))
    return None


def _party_opens(text: str, context: Context) -> bool:
    """Rule party-after-context: in a text about medborgarlöften, one party opening a later
    sentence and committing ("Sommarstugor drabbas av inbrott. Polisen kommer därför att öka
    sina kontroller …") takes on a task of its own, as both parties together do."""
    return context.about_promises and bool(forms.intro_actors(context.lang.doc(text), leading=True))


def responsible_parties(text: str, doc: Any) -> list[str]:
    """Rule responsible-line: "Ansvarig: Polisen", "Ansvar: Polisen och kommunen" under a
    promise names who gives it (`words.toml` [givers] responsible): the parties named, or
    none where the line is no such label."""
    if len(text.split()) > 8 or after_label(text, "givers", "responsible") is None:
        return []
    return forms.intro_actors(doc)


def after_label(text: str, group: str, key: str, least: int = 1) -> str | None:
    """The text after a label of `words.toml` [group] `key` and its colon ("Ansvarig: Polisen"
    -> "Polisen", "Mål: Färre olyckor." -> "Färre olyckor."), `least` words or more; None
    where the text opens with no such label."""
    label, colon, rest = text.strip().partition(":")
    if not colon or label.strip().lower() not in word_set(group, key) or len(rest.split()) < least:
        return None
    return rest.strip()


def labelled_statement(block: Block) -> int:
    """Rule run-in-label: "Löfte 2 För att ... ska polisen ..." opens with a numbered promise label
    run into its statement (a heading "Löfte 2" set inline), or "Löfte: Polisen genomför …"
    with an unnumbered one and its colon: the label's length, or 0."""
    if block.kind is BlockKind.HEADING or not (forms.labelled(block.text) or forms.colon_labelled(block.text)):
        return 0
    rest, end = cue_data.strip_promise_label(strip_bullet(block.text))
    rest = rest[_topic_label(rest):]
    words = len(rest.split())
    stated = words >= 4 or (words >= 2 and rest.rstrip().endswith("."))  # "Löfte 3: Genomföra två vandringar."
    return len(block.text) - len(rest) if end and stated else 0


_TOPIC = re.compile(r"\s*([^:.!?]{1,60}):\s+(?=\S)")
_TOPIC_WORDS = 4  # "Trafik", "Trygghet i centrum", "Våld i nära relationer"


def _topic_label(text: str) -> int:
    """Rule topic-after-label: "Löfte 1 – Trafik: Polisen ska …" names the promise's topic after
    its number, a capitalised name of an area of a few words and no verb before a colon: the
    topic belongs to the label (the promise's title), not to its statement. Its length, or 0."""
    found = _TOPIC.match(text)
    if found is None or not found.group(1)[:1].isupper() or not forms.is_label(found.group(1), _TOPIC_WORDS):
        return 0
    topic = found.group(1)
    if next(iter(cue_data.cues().actor.finditer(topic, spaced(topic))), None) is not None:
        return 0  # "Löfte 1 – Polisen: Vi ska …" names who gives it: rule party-label's, not a topic
    return found.end()


def party_label(block: Block, context: Context) -> tuple[int, tuple[str, ...]]:
    """Rule party-label: "Polisen: Patrullera vid resecentrum …", "Kommunens del: Se över
    belysningen …": a party named as a lead names it (`forms.party_lead`), and the statement
    after its colon, three words or more, is that party's promise; two words do where they
    name a task ("Kommunen: Genomföra föräldrautbildning.", not "Polisen: Lena Ek"); one that
    opens with a purpose and commits to nothing ("Polisen: För att skapa en trygg plats krävs
    samverkan") states a view, no promise. The label's length and the parties; (0, ()) for
    any other text."""
    if block.kind is BlockKind.HEADING:
        return 0, ()
    text = strip_bullet(block.text)
    label, colon, rest = text.partition(":")
    words = len(rest.split())
    if not colon or len(label.split()) > 4 or words < 2:
        return 0, ()
    if words == 2 and not (rest.split()[1][:1].islower() and forms.names_a_task(context.lang.doc(rest.strip()))):
        return 0, ()  # a name's two words both open in capitals ("Polisen: Anna Berg")
    if starts_with_any(rest.strip(), forms.words().purpose) and not forms.commits(rest):
        return 0, ()  # "Polisen: För att skapa en trygg plats krävs …" says what is needed, no task
    lead = context.lang.doc(label.strip() + ":")
    if not forms.party_lead(lead.text, lead):
        return 0, ()
    return len(block.text) - len(rest), tuple(forms.intro_actors(lead))


def pointer(block: Block) -> bool:
    """"Läs mer ...", "Här kan du läsa ...": a pointer onward (sections.toml [notes] forward)."""
    return bool(starts_with_any(strip_bullet(block.text), section_pattern("notes", "forward")))


_HEADING_LISTS = ("background", "promise", "promise_lists", "promises", "results", "doing")


def section_kinds(text: str) -> frozenset[str]:
    """Which kinds of section a heading's text opens (see `Reading.sections`); the domain's word
    misspelt without its r ("Våra medborgalöften") is read as written right."""
    text = spelled_right(text)
    kinds = {key for key in _HEADING_LISTS if starts_with_any(text, section_pattern("headings", key))}
    if forms.labelled(text):
        kinds.discard("promise_lists")  # "Medborgarlöfte 2 – Trafik" numbers one promise; "Medborgarlöfte 2026" lists
    if forms.is_results_heading(text):
        kinds.add("follow_up")
        kinds.discard("background")  # "Sammanfattning av resultaten" reports; "Sammanfattning" alone sums up
    if " ".join(text.strip(" :.").lower().split()) in _whole_background():
        kinds.add("background")  # rule goal-heading: "Mål" over the goal, as "Målsättning"
    if "follow_up" in kinds and starts_with_any(text, section_pattern("headings", "survey_openers")) \
            and _names_a_survey(text):
        # rule survey-results: "Resultat trygghetsenkät våren 2021" reports what people
        # answered, the promises' background, not what was done for them
        kinds -= {"follow_up", "results"}
        kinds.add("background")
    return frozenset(kinds)


def _names_a_survey(text: str) -> bool:
    """Does a heading name a survey (sections.toml [headings] surveys) among its words?"""
    words = text.split()
    return any(starts_with_any(" ".join(words[i:]), section_pattern("headings", "surveys"))
               for i in range(min(len(words), 6)))


@cache
def _whole_background() -> frozenset[str]:
    """sections.toml [headings] background_whole: headings of background as the whole heading."""
    return frozenset(" ".join(t.lower().split()) for t in toml_data("sections.toml")["headings"]["background_whole"])


@dataclass(frozen=True, slots=True)
class TextRule:
    id: str
    role: str
    test: Callable[[Reading], bool]


class Reading:
    """A block's role and the forms it has, each computed once when first asked for."""

    def __init__(self, block: Block, doc: Any, role: Role, context: Context) -> None:
        self.block, self.doc, self.role, self.context = block, doc, role, context

    @property
    def cue(self) -> Any:
        """The promise cue the language stage found, if any."""
        return self.doc._.promise if self.doc is not None else None

    @cached_property
    def lead_in(self) -> LeadIn | None:
        return lead_in(self.block, self.doc, self.context)

    @cached_property
    def states_promise(self) -> bool:
        return states_promise(self.block, self.doc)

    @cached_property
    def commitment(self) -> str | None:
        return commitment(self.block, self.doc, self.context)

    @cached_property
    def means_lead(self) -> bool:
        return means_lead(self.block, self.doc)

    @cached_property
    def activity_lead(self) -> bool:
        """"Aktiviteter:", "Det här ska vi göra:" (sections.toml [intros] activities). A bullet
        leads only with its colon: "• Insatser mot öppen droghantering" is an item of its list."""
        text = self.block.text
        if self.block.kind is BlockKind.LIST_ITEM and not text.rstrip().endswith(":"):
            return False
        return forms.is_activity_intro(text, heading=self.block.kind is BlockKind.HEADING)

    @cached_property
    def result_lead(self) -> bool:
        """"Resultat:", "Utfallet blev:" (sections.toml [intros] results)."""
        return forms.is_result_intro(self.block.text, heading=self.block.kind is BlockKind.HEADING)

    @cached_property
    def pointer(self) -> bool:
        return pointer(self.block)

    @cached_property
    def aim_lead(self) -> bool:
        """Rule aim-lead: a lead-in over the aims of medborgarlöften ("Medborgarlöften ska:")."""
        if self.block.kind is BlockKind.HEADING:
            return False
        sentences = sentence_texts(self.doc)
        return cue_data.aim_lead(sentences[-1] if sentences else self.block.text)

    @cached_property
    def labelled_statement(self) -> int:
        return labelled_statement(self.block)

    @cached_property
    def party_label(self) -> tuple[int, tuple[str, ...]]:
        return party_label(self.block, self.context)

    @cached_property
    def passive_promise(self) -> bool:
        return passive_promise(self.doc, self.context)

    @cached_property
    def later_commitment(self) -> LaterCommitment | None:
        return later_commitment(self.doc, self.context)

    @cached_property
    def sections(self) -> frozenset[str]:
        """The sections.toml [headings] lists whose terms open the block: "background"
        ("Bakgrund"), "promise" ("Löfte 2"), "promise_lists", "promises" ("Medborgarlöften
        2026"), "results"; plus "follow_up" for a heading that names a follow-up anywhere. A
        heading that reports ("Medborgarlöftet för 2018 undertecknades") is news, no promise's."""
        kinds = section_kinds(self.block.text)
        if "promise" in kinds and {"past", "perfect"} & set(self.result_aspects):
            kinds = kinds - {"promise"}
        return kinds

    @cached_property
    def reports(self) -> bool:
        """A report of what an actor did ("Polisen har genomfört ...")."""
        return bool(forms.reported_actions(self.doc))

    @cached_property
    def result_aspects(self) -> list[str]:
        return list(self.doc._.result_aspects or [])


# The text roles, in order: the first whose form holds names the block's role. The walk
# may still read a block against its role (a lead-in inside a list of activities is an item).
TEXT_RULES: tuple[TextRule, ...] = (
    TextRule("aim-lead", "note", lambda r: r.aim_lead),
    TextRule("promise-list-intro", "lead-in", lambda r: r.lead_in is not None),
    TextRule("party-label", "promise", lambda r: r.party_label[0] > 0),
    # "Så här ska vi göra:" leads to activities, though it says "ska"
    TextRule("activity-intro-colon", "activity-lead",
             lambda r: r.activity_lead and r.block.text.rstrip().endswith(":")),
    TextRule("promise-statement", "promise", lambda r: r.states_promise),
    TextRule("commitment", "promise", lambda r: r.commitment is not None),
    TextRule("means-lead", "promise", lambda r: r.means_lead),
    TextRule("run-in-label", "promise", lambda r: r.labelled_statement > 0),
    TextRule("activity-intro", "activity-lead", lambda r: r.activity_lead),
    TextRule("result-intro", "result-lead", lambda r: r.result_lead),
    TextRule("pointer", "note", lambda r: r.pointer),
    TextRule("passive-promise", "promise", lambda r: r.passive_promise),
)


def text_role(reading: Reading) -> Role:
    """The first text rule that holds, else `text` (an activity, a result or a note by place)."""
    for rule in TEXT_RULES:
        if rule.test(reading):
            return Role(rule.role, rule.id)
    return Role("text", "text")


def read(block: Block, context: Context) -> Reading:
    """A block's reading: its role from the rules that need no context, and its forms, computed
    when the walk asks for them. For a text block `role` is `text`; `text_role` names the form
    that would give it a role of its own (used by the debug view and the tests)."""
    role = classify(block, context.lang.doc)
    doc = context.lang.doc(block.text) if block.text and role.name not in ("break", "table", "skip") else None
    return Reading(block, doc, role, context)


__all__ = [
    "RULES", "TEXT_RULES", "Context", "LaterCommitment", "LeadIn", "Reading", "Role", "RoleRule", "TextRule",
    "after_label", "classify", "commitment", "first_sentence", "is_boilerplate", "is_quote", "labelled_statement",
    "last_sentence", "later_commitment", "lead_in", "means_lead", "parties_open", "party_label", "passive_promise",
    "pointer", "read", "section_kinds", "states_promise", "text_role",
]
