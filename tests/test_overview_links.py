"""Linking a follow-up's promises to the promises given: the blocked search finds the links that
comparing every pair finds."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract.overview.tables import LINK_THRESHOLD, _Linkable, link_promises

WORDS = ("öka", "tryggheten", "i", "centrum", "minska", "inbrotten", "polisen", "kommunen", "ska", "genomföra",
         "trygghetsvandringar", "trafiken", "vid", "skolorna", "narkotika", "ungdomar", "och", "samverkan")


def every_pair(given: list[_Linkable], followed: list[_Linkable]) -> list[tuple[str, str, float]]:
    """The rule stated plainly: compare every pair in a shared municipality, best first, one to one."""
    scored = []
    for follow in followed:
        for promise in given:
            if not promise.codes & follow.codes or promise.report_id == follow.report_id:
                continue
            if promise.period and follow.period and not (
                    promise.period[0] <= follow.period[1] and follow.period[0] <= promise.period[1]):
                continue
            score = SequenceMatcher(None, promise.words, follow.words, autojunk=False).ratio()
            if promise.themes and follow.themes and not promise.themes & follow.themes:
                score -= 0.1
            if score >= LINK_THRESHOLD:
                scored.append((score, promise.key, follow.key))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    used: set[str] = set()
    links = []
    for score, promise_key, follow_key in scored:
        if promise_key not in used and follow_key not in used:
            used |= {promise_key, follow_key}
            links.append((promise_key, follow_key, round(score, 3)))
    return links


def promises(rng: random.Random, count: int, part: str) -> list[_Linkable]:
    """Promises over a few municipalities and years, their wordings variations of a few base texts,
    so that some pairs are near the threshold and some far from it."""
    bases = [tuple(rng.choice(WORDS) for _ in range(rng.randint(3, 14))) for _ in range(6)]
    made = []
    for number in range(count):
        words = list(rng.choice(bases))
        for _ in range(rng.randint(0, 4)):
            position = rng.randrange(len(words) + 1)
            if rng.random() < 0.5 and words:
                words.pop(min(position, len(words) - 1))
            else:
                words.insert(position, rng.choice(WORDS))
        start = rng.choice([2022, 2023, 2024])
        codes = frozenset(rng.sample(["0180", "1280", "2480", "0114"], rng.choice([1, 1, 2])))
        made.append(_Linkable(f"{part}{number}", rng.randint(1, 8), codes, (start, start + rng.randint(0, 1)),
                              tuple(words), frozenset(rng.sample(["TRY", "NAR", "TRA"], rng.randint(0, 2)))))
    return made


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**6))
@example(631)  # two pairs whose similarity is the threshold exactly
def test_blocked_linking_finds_the_links_of_comparing_every_pair(seed: int) -> None:
    rng = random.Random(seed)
    given_promises, followed = promises(rng, rng.randint(0, 40), "g"), promises(rng, rng.randint(0, 40), "f")
    assert link_promises(given_promises, followed) == every_pair(given_promises, followed)


def test_a_restated_promise_is_linked_and_an_unrelated_one_is_not() -> None:
    words = ("minska", "inbrotten", "i", "centrum", "genom", "fler", "trygghetsvandringar")
    promise = _Linkable("g1", 1, frozenset({"0180"}), (2023, 2024), words, frozenset({"TRY"}))
    restated = _Linkable("f1", 2, frozenset({"0180"}), (2024, 2024), ("polisen", *words), frozenset({"TRY"}))
    elsewhere = _Linkable("f2", 3, frozenset({"1280"}), (2024, 2024), words, frozenset({"TRY"}))
    assert [(g, f) for g, f, _ in link_promises([promise], [restated, elsewhere])] == [("g1", "f1")]


def test_a_promise_restated_at_exactly_the_threshold_is_linked() -> None:
    given_words = ("narkotika", "skolorna", "polisen", "samverkan", "tryggheten")
    followed_words = ("inbrotten", "narkotika", "skolorna", "minska", "polisen")  # ratio 0.6 exactly
    promise = _Linkable("g1", 1, frozenset({"0180"}), (2023, 2024), given_words, frozenset())
    follow = _Linkable("f1", 2, frozenset({"0180"}), (2024, 2024), followed_words, frozenset())
    assert link_promises([promise], [follow]) == [("g1", "f1", LINK_THRESHOLD)]
