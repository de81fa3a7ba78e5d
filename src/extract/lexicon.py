"""Loading the rule data shipped with the package, and compiling its term patterns.

Rules a linguist may want to change (cue phrases, status words, theme terms,
section headings) live as TOML and TSV files under `extract/data/`. A term is one
or more words matched case-insensitively; `*` inside a word stands for any
letters, and `[0-9]*` / `[A-ZÅÄÖ]*` for a number or a capitalised word; a word
`...` stands for up to eight words between the words around it ("kommer ... att").
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

_WORD = r"[\w]"


def data_text(name: str) -> str:
    return resources.files("extract").joinpath("data", name).read_text(encoding="utf-8")


# The shape of each rule file: its sections and the term lists each may hold.
# A key that is not here (a typo such as "bolierplate") is an error on load,
# not a list that silently matches nothing.
_SHAPES: dict[str, dict[str, frozenset[str]]] = {
    "cues.toml": {
        "promise": frozenset({"strong", "weak", "agreements", "agreement_method", "restated", "named_as_promise",
                              "continuing", "statements", "labels", "not_commitments", "aims", "goals",
                              "aim_leads", "explains_practice", "presence"}),
        "result": frozenset({"perfect_auxiliaries", "report_verbs", "past_forms", "attributive_before", "ongoing",
                            "not_done"}),
        "status": frozenset({"labels", "reasons", "done", "partly_done", "ongoing", "not_done", "implied_done",
                             "implied_partly_done", "implied_not_done", "implied_ongoing", "not_in_prose"}),
    },
    "sections.toml": {
        "headings": frozenset({"promise", "results", "not_a_report", "promises", "promise_lists", "background",
                               "doing", "background_whole", "surveys", "survey_openers"}),
        "intros": frozenset({"activities", "results", "promises"}),
        "notes": frozenset({"forward", "calls", "boilerplate"}),
        "tables": frozenset({"promise", "activity", "result", "status", "actor"}),
    },
    "document.toml": {
        "furniture": frozenset({"lines", "contains", "logos"}),
        "press": frozenset({"lines", "credits", "reporting", "question_words", "question_openers", "newspaper_endings",
                            "told", "cited_sources", "parties"}),
        "follow_up": frozenset({"titles", "kept", "new_promise"}),
        "title": frozenset({"publishers"}),
        "period": frozenset({"validity", "extension", "promise_words", "agreements", "baseline", "range_words",
                             "this_year", "period_headings", "work_times"}),
    },
    "actors.toml": {role: frozenset({"terms", "work"}) for role in ("police", "municipality", "other", "joint")},
    "words.toml": {
        "lead_in": frozenset({"empty_words", "time_words", "not_lists", "outcome_leads", "follow_up_leads",
                              "priority_leads", "continuing", "unfinished_endings",
                              "short_verbs", "short_tail", "short_openers", "list_ends", "list_phrases", "wanting",
                              "means",
                              "carried_out", "measures", "explains", "determiners", "making", "findings",
                              "party_nouns", "both_parties", "pointing_back"}),
        "commitment": frozenset({"words", "focus_verbs", "joints", "not_infinitives", "follow_up_subjects",
                               "follow_up_verbs", "follow_up_objects", "outcome_subjects", "outcome_verbs", "continued",
                               "arrangements", "topic_means", "topic_means_not", "not_work_verbs",
                               "adverbs_after_subject", "work_phrases", "work_openers"}),
        "subject": frozenset({"glue", "place_prepositions", "place_fillers", "owned", "people", "no_content",
                              "representatives"}),
        "givers": frozenset({"police", "municipality", "partners", "alongside", "and_others", "we",
                            "police_before_place", "municipality_after_place", "responsible"}),
        "quotes": frozenset({"verbs"}),
        "contact": frozenset({"phone", "place_date", "signing", "signing_agent", "offices", "photo", "photo_of",
                              "photo_credit", "scene", "scene_not", "people_photo", "office_words"}),
        "headings": frozenset({"stopwords", "results_anywhere"}),
        "numbers": frozenset({"words", "at_least"}),
        "matching": frozenset({"generic"}),
        "wrapping": frozenset({"open_words"}),
        "leads": frozenset({"ends", "announcing"}),
        "labels": frozenset({"goal", "activity", "attribute", "purpose", "problem"}),
        "promises": frozenset({"title_words", "topic_verbs", "manner_openers", "focus_areas", "passive", "purpose",
                               "about_status", "reported_figure_verbs", "label_words", "plural_words", "all_forms",
                               "naming", "mentions", "points", "all_of", "all_nouns", "all_definite", "promised",
                               "beside", "next_promise", "promised_figure_verbs"}),
    },
}


@cache
def toml_data(name: str) -> dict[str, Any]:
    """A rule file, checked against its shape: unknown sections or keys and non-lists are errors."""
    data = tomllib.loads(data_text(name))
    shape = _SHAPES.get(name)
    if shape is not None:
        validate_shape(name, data, shape)
    if name == "themes.toml":
        validate_themes(data)
    return data


_THEME_KEYS = frozenset({"strong", "weak", "place", "not"})


def validate_themes(data: dict[str, Any]) -> None:
    """themes.toml: `ignore`, `purpose`, `means`, `audiences`, `broad` (theme codes) and
    `weak_reach` at the top, then one table of term lists per theme code."""
    codes = set(theme_codes())
    for key, value in data.items():
        if key in ("ignore", "purpose", "means"):
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        elif key in ("audiences", "broad"):
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            unknown = sorted(set(value) - codes) if ok else []
            if unknown:
                raise ValueError(f"themes.toml: {key} names unknown theme code(s) {unknown}")
        elif key == "weak_reach":
            ok = isinstance(value, int) and value >= 0
        elif isinstance(value, dict):
            if key not in codes:
                raise ValueError(f"themes.toml: [{key}] is not a theme code; known: {sorted(codes)}")
            bad = sorted(set(value) - _THEME_KEYS)
            if bad:
                raise ValueError(f"themes.toml: [{key}] has unknown key(s) {bad}; known: {sorted(_THEME_KEYS)}")
            ok = all(isinstance(v, list) and all(isinstance(t, str) for t in v) for v in value.values())
        else:
            ok = False
        if not ok:
            raise ValueError(f"themes.toml: {key!r} has the wrong shape")


def validate_shape(name: str, data: dict[str, Any], shape: dict[str, frozenset[str]]) -> None:
    unknown = sorted(set(data) - set(shape))
    if unknown:
        raise ValueError(f"{name}: unknown section(s) {unknown}; known: {sorted(shape)}")
    for section, keys in shape.items():
        table = data.get(section)
        if not isinstance(table, dict):
            raise ValueError(f"{name}: section [{section}] is missing")
        bad = sorted(set(table) - keys)
        if bad:
            raise ValueError(f"{name}: [{section}] has unknown key(s) {bad}; known: {sorted(keys)}")
        for key, value in table.items():
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise ValueError(f"{name}: [{section}] {key} must be a list of strings")


@cache
def word_set(section: str, key: str) -> frozenset[str]:
    """A list from words.toml as a set of lower-cased words."""
    return frozenset(w.lower() for w in toml_data("words.toml")[section][key])


@cache
def word_patterns(section: str, key: str) -> re.Pattern[str]:
    """A list of regular expressions from words.toml as one pattern; a pattern that does not
    compile is an error naming its place, not a rule that silently never fires."""
    sources = toml_data("words.toml")[section][key]
    for source in sources:
        try:
            re.compile(source)
        except re.error as error:
            raise ValueError(f"words.toml: [{section}] {key}: {source!r} is not a valid pattern ({error})") from None
    return re.compile("|".join(f"(?:{s})" for s in sources))


@cache
def number_words() -> dict[str, int]:
    """words.toml [numbers]: "sex = 6" and the like, checked to be whole numbers."""
    found: dict[str, int] = {}
    for entry in toml_data("words.toml")["numbers"]["words"]:
        word, _, value = (part.strip() for part in entry.partition("="))
        if not word or not value.isdigit():
            raise ValueError(f"words.toml: [numbers] entry {entry!r} is not 'word = number'")
        found[word.lower()] = int(value)
    return found


@cache
def lemma_fixes() -> dict[str, str]:
    rows = csv.reader(
        (line for line in data_text("lemmas.tsv").splitlines() if line and not line.startswith("#")),
        delimiter="\t",
    )
    next(rows)  # header
    return {form: lemma for form, lemma in rows}


@cache
def theme_codes() -> tuple[str, ...]:
    rows = csv.DictReader(data_text("themes.csv").splitlines())
    return tuple(row["code"] for row in rows)


NUMBER_SIGN = r"(?:nr\.?\s*|#\s*)?"  # what may stand before a label's number ("Löfte nr 2", "Löfte #2")


def _word_regex(word: str) -> str:
    if word == "[0-9]*":  # a number, also as "nr 2" or "#2"
        return rf"{NUMBER_SIGN}\d+[.:)]?"
    if word == "[0-9]*.":
        return r"\d{1,2}[.)]"
    if word == "[A-ZÅÄÖ]*":
        return r"[A-ZÅÄÖ]\w*"
    parts = [re.escape(part) for part in word.split("*")]
    return rf"{_WORD}*".join(parts)


_GAP = "..."


def term_regex(term: str) -> str:
    """The regular expression for one term: its words in order, whole words only; `...`
    lets up to eight words stand between its neighbours.

    Where the term opens (or ends) on a letter or digit, "whole word" is written `\b`, which
    there says just what the lookbehind (lookahead) says; Python's engine then skips ahead
    to where the term can start instead of trying it at every position, about three times
    faster. Other terms ("#2", "epa-") keep the lookaround."""
    words = term.split()
    body = ""
    for index, word in enumerate(words):
        if word == _GAP:
            body += r"(?:\s+\S+){0,8}?"
            continue
        body += (r"\s+" if index else "") + _word_regex(word)
    opens = r"\b" if _opens_on_word(words[0]) else rf"(?<!{_WORD})"
    ends = r"\b" if _ends_on_word(words[-1]) else rf"(?!{_WORD})"
    return f"{opens}{body}{ends}"


def _opens_on_word(word: str) -> bool:
    """Whatever the word's pattern matches starts with a letter or digit."""
    if word in ("[0-9]*.", "[A-ZÅÄÖ]*"):
        return True
    literal = word.lstrip("*")
    return word not in _SLOTS and bool(literal) and (literal[0].isalnum() or literal[0] == "_")


def _ends_on_word(word: str) -> bool:
    """Whatever the word's pattern matches ends with a letter or digit (a trailing `*` adds
    only word characters, greedily)."""
    if word == "[A-ZÅÄÖ]*":
        return True
    literal = word.rstrip("*")
    return word not in _SLOTS and bool(literal) and (literal[-1].isalnum() or literal[-1] == "_")


def compile_terms(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for a list of terms; longer terms first so they win overlaps."""
    ordered = sorted({t.strip() for t in terms if t.strip()}, key=lambda t: (-len(t), t))
    if not ordered:
        return None
    flags = re.IGNORECASE
    if any("[A-ZÅÄÖ]*" in t for t in ordered):
        # capitalised-word slots must stay case-sensitive: compile them case by case
        parts = [f"(?i:{term_regex(t)})" if "[A-ZÅÄÖ]*" not in t else _cased(t) for t in ordered]
        return re.compile("|".join(parts))
    return re.compile("|".join(term_regex(t) for t in ordered), flags)


_SLOTS = frozenset({"[0-9]*", "[0-9]*.", "[A-ZÅÄÖ]*", _GAP})


@dataclass(frozen=True, slots=True)
class TermSet:
    """A list of terms as one pattern, with the literal parts each of them must contain.

    Most texts hold none of a theme's terms; a regular expression with wildcards and
    lookarounds costs far more to run than a few `in` tests. So each term's literal
    fragments are known, with a space where a fragment must start or end a word ("rån*"
    gives " rån", so "från" does not wake the pattern; "hot" gives " hot "), and a text is
    searched only for the terms whose fragments it all holds, as `spaced` writes it: by the
    alternation of just those terms, in the full pattern's order. A term that cannot match
    leaves the matches of the others as they are, so they are the full pattern's matches.
    A term with no literal part (a bare slot) leaves `rest` None: the full pattern runs."""

    pattern: re.Pattern[str]
    # per term's longest fragment, the terms with it and the other fragments each needs (most
    # texts hold none of the keys, and `filter` tests them all without a Python loop); None
    # when some term has no literal part: then the full pattern always runs
    rest: dict[str, tuple[tuple[tuple[str, ...], str], ...]] | None = field(default=None, compare=False,
                                                                            hash=False)
    keys: _Keys | None = field(default=None, compare=False, hash=False, repr=False)  # `rest`'s keys

    @classmethod
    def of(cls, pattern: re.Pattern[str], terms: list[str]) -> TermSet:
        rest: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for term in sorted({t.strip() for t in terms if t.strip()}):
            fragments = _fragments(term)
            if not fragments:
                return cls(pattern)
            key = max(fragments, key=len)
            rest.setdefault(key, []).append((tuple(f for f in fragments if f != key), term))
        return cls(pattern, {key: tuple(found) for key, found in rest.items()}, _Keys(rest))

    def _pattern_for(self, text: str, spaced_text: str | None) -> re.Pattern[str] | None:
        """The pattern of the terms this text can hold; None when it can hold none."""
        if self.rest is None or self.keys is None:
            return self.pattern
        words = spaced_text if spaced_text is not None else spaced(text)
        contains = words.__contains__
        found = {term for key in self.keys.held(words) for others, term in self.rest[key]
                 if all(map(contains, others))}
        return _pattern_of(tuple(sorted(found))) if found else None

    def may_match(self, text: str, spaced_text: str | None = None) -> bool:
        """False when no term can match; `spaced_text` is `spaced(text)`, when at hand."""
        return self._pattern_for(text, spaced_text) is not None

    def finditer(self, text: str, spaced_text: str | None = None) -> Iterator[re.Match[str]]:
        """The pattern's matches in `text`."""
        pattern = self._pattern_for(text, spaced_text)
        return pattern.finditer(text) if pattern is not None else iter(())

    def search(self, text: str, spaced_text: str | None = None) -> re.Match[str] | None:
        pattern = self._pattern_for(text, spaced_text)
        return pattern.search(text) if pattern is not None else None

    def sub(self, replace: Callable[[re.Match[str]], str], text: str, spaced_text: str | None = None) -> str:
        pattern = self._pattern_for(text, spaced_text)
        return pattern.sub(replace, text) if pattern is not None else text


class TermGroup:
    """Term sets under names (a theme's strong terms per theme code), whose fragments are
    looked for in a text in one pass over all their keys rather than one pass per set: a
    text is tested once for each key of the group, and each set gets the pattern of just its
    terms the text can hold, as its own `TermSet.finditer` would."""

    def __init__(self, sets: dict[str, TermSet | None]) -> None:
        self.sets = {name: found for name, found in sets.items() if found is not None}
        self.always = {name for name, found in self.sets.items() if found.rest is None}
        self.keys: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
        for name, found in self.sets.items():
            for key, terms in (found.rest or {}).items():
                self.keys.setdefault(key, []).extend((name, others, term) for others, term in terms)
        self.index = _Keys(self.keys)

    def items(self) -> Iterator[tuple[str, TermSet]]:
        return iter(self.sets.items())

    def values(self) -> Iterator[TermSet]:
        return iter(self.sets.values())

    def patterns(self, text: str, spaced_text: str | None = None) -> dict[str, re.Pattern[str]]:
        """For each set that can match `text`, in the sets' order, the pattern of the terms
        of it the text can hold."""
        words = spaced_text if spaced_text is not None else spaced(text)
        contains = words.__contains__
        held: dict[str, set[str]] = {}
        for key in self.index.held(words):
            for name, others, term in self.keys[key]:
                if all(map(contains, others)):
                    held.setdefault(name, set()).add(term)
        found: dict[str, re.Pattern[str]] = {}
        for name, term_set in self.sets.items():
            pattern = term_set.pattern if name in self.always else (
                _pattern_of(tuple(sorted(held[name]))) if name in held else None)
            if pattern is not None:
                found[name] = pattern
        return found

    def finditer(self, text: str, spaced_text: str | None = None) -> Iterator[tuple[str, re.Match[str]]]:
        """Every set's matches in `text`, with the set's name, in the sets' order."""
        for name, pattern in self.patterns(text, spaced_text).items():
            for match in pattern.finditer(text):
                yield name, match


class _Keys:
    """The literal fragments (keys) of a list of terms, for finding those a text holds.

    Most keys open a word (" rån", " hot "): such a key is looked for only where a word of
    the text opens as it does (its first word's first three letters, or the whole word if
    shorter), and the text's word openings are a set, so a text is tested for the few keys
    it may hold rather than for all of them. The other keys (inside a word: "inbrott") are
    each tested. Either way a key is found by `in` on the spaced text, so the keys found are
    just those the text holds."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.by_opening: dict[str, list[str]] = {}
        self.inner: list[str] = []
        for key in keys:
            if key.startswith(" "):
                self.by_opening.setdefault(key[1:].split(" ")[0][:3], []).append(key)
            else:
                self.inner.append(key)
        self.openings = frozenset(self.by_opening)
        self._held: dict[str, list[str]] = {}

    def held(self, words: str) -> list[str]:
        """The keys `words` (a text as `spaced` writes it) holds. Kept for the texts asked last:
        the rules ask each term list of one paragraph two or three times, and looking for the
        keys in a long paragraph was the most of a term list's cost."""
        kept = self._held.get(words)
        if kept is not None:
            return kept
        contains = words.__contains__
        found = list(filter(contains, self.inner))
        for opening in _word_openings(words) & self.openings:
            found += filter(contains, self.by_opening[opening])
        if len(self._held) >= _KEPT_TEXTS:
            self._held.clear()
        self._held[words] = found
        return found


_KEPT_TEXTS = 256  # texts whose keys a term list keeps (`_Keys.held`): the paragraphs of a report or two


def _word_openings(words: str) -> frozenset[str]:
    """The first one, two and three letters of every word of a spaced text (kept for texts
    of a paragraph's length: every term list asks)."""
    return _openings_kept(words) if len(words) <= _KEPT_LENGTH + 2 else _openings(words)


def _openings(words: str) -> frozenset[str]:
    return frozenset(word[:n] for word in words.split() for n in (1, 2, 3))


_openings_kept = lru_cache(maxsize=4096)(_openings)


@lru_cache(maxsize=4096)
def _pattern_of(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """`compile_terms` of a few terms, kept: texts hold the same few terms again and again."""
    return compile_terms(terms)


_NOT_WORD = re.compile(r"[^\w]+")


def spaced(text: str) -> str:
    """The text case-folded, every run of non-word characters one space, a space at each end:
    " polisen lovar att ... "; what `TermSet` fragments are looked for in. Kept for the last
    few thousand texts of a paragraph's length: each rule component of the language stage
    asks for the same text's (a longer text is folded anew, so the cache stays small)."""
    return _spaced_kept(text) if len(text) <= _KEPT_LENGTH else _spaced(text)


_KEPT_LENGTH = 2000  # the longest text whose folded form and word openings are kept


def _spaced(text: str) -> str:
    return f" {_NOT_WORD.sub(' ', text.casefold())} "


_spaced_kept = lru_cache(maxsize=4096)(_spaced)


def _fragments(term: str) -> tuple[str, ...]:
    """The literal fragments a text must hold for the term to match, spaced as `spaced` writes
    text, with a space before a fragment that must start a word and after one that must end
    it ("rån*" needs " rån", so "från" does not wake the pattern; "hot" needs " hot "). Empty
    for a term with a word of no literal part (a bare slot)."""
    found: list[str] = []
    for word in term.split():
        if word in _SLOTS:
            continue
        parts = word.split("*")
        for index, part in enumerate(parts):
            fragment = _NOT_WORD.sub(" ", part.casefold())
            if fragment.strip():
                edged = (" " if index == 0 else "") + fragment + (" " if index == len(parts) - 1 else "")
                found.append(re.sub(" {2,}", " ", edged))  # "epa-" ends in a space of its own: " epa "
    return tuple(dict.fromkeys(found))


def compile_term_set(terms: Iterable[str]) -> TermSet | None:
    """`compile_terms` with the fragments that let a text without any of the terms pass at once."""
    terms = [t for t in terms if t.strip()]
    pattern = compile_terms(terms)
    if pattern is None:
        return None
    return TermSet.of(pattern, terms)


def required_terms(terms: Iterable[str], where: str) -> re.Pattern[str]:
    """`compile_terms` for a list the rules cannot do without: an empty one is an error naming
    its place in the rule data, not a rule that silently never fires."""
    pattern = compile_terms(terms)
    if pattern is None:
        raise ValueError(f"{where} is empty")
    return pattern


def _cased(term: str) -> str:
    words = term.split()
    body = r"\s+".join(
        _word_regex(w) if w == "[A-ZÅÄÖ]*" else f"(?i:{_word_regex(w)})" for w in words
    )
    return rf"(?<!{_WORD}){body}(?!{_WORD})"


def starts_with_any(text: str, pattern: re.Pattern[str] | None) -> re.Match[str] | None:
    """Match `pattern` at the very start of `text` (after leading punctuation)."""
    if pattern is None:
        return None
    stripped = text.lstrip(" \t-–•*\"'«»(")
    return pattern.match(stripped)


@cache
def section_pattern(group: str, key: str) -> re.Pattern[str] | None:
    """A prefix pattern for one list in sections.toml."""
    terms = toml_data("sections.toml")[group][key]
    return compile_prefixes(terms)


def compile_prefixes(terms: Iterable[str]) -> re.Pattern[str] | None:
    """Terms that must match at the start of a text, ending on a word boundary."""
    alternatives = [
        r"\s+".join(_word_regex(w) for w in term.split()) + rf"(?!{_WORD})"
        for term in sorted(set(terms), key=lambda t: (-len(t), t))
        if term.strip()
    ]
    if not alternatives:
        return None
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)
