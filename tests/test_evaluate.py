"""Scoring: what counts as a match, a miss and a spurious item."""

from __future__ import annotations

from typing import Any

from extract.evaluate import pair, score_document, similar


def _promise(text: str, **extra: Any) -> dict[str, Any]:
    return {"text": text, "actors": ["police"], "themes": ["traffic"], "activities": [], "results": [],
            "status": None, **extra}


def test_texts_match_despite_markup_case_and_small_differences() -> None:
    assert similar("**Polisen lovar att öka tryggheten.**", "polisen lovar att öka  tryggheten") > 0.95
    assert pair(["Polisen lovar att kontrollera mopeder."], ["Kommunen lovar att sanera klotter."]) == []


def test_scores_count_misses_and_spurious_items() -> None:
    gold = {
        "document": "x.md", "doc_type": "follow_up", "municipalities": ["0180"], "period": {"start": 2024, "end": 2024},
        "promises": [
            _promise("Polisen lovar att kontrollera mopeder.", activities=["kontroller varje vecka"],
                     results=["Polisen har kontrollerat 40 mopeder."], status="done"),
            _promise("Kommunen lovar att sanera klotter.", results=["Kommunen har sanerat 12 platser."],
                     status="ongoing"),
        ],
        "notes": ["En anteckning."],
    }
    pred = {
        "doc_type": "follow_up", "municipalities": [{"code": "0180"}], "period": {"start": 2024, "end": 2025},
        "source": {"format": "markdown"},
        "promises": [
            _promise("Polisen lovar att kontrollera mopeder", activities=[{"text": "kontroller varje vecka"}],
                     results=[{"text": "Polisen har kontrollerat 40 mopeder."}, {"text": "Extra stycke."}],
                     status="partly_done", themes=["traffic", "youth"]),
        ],
        "notes": [],
    }
    score = score_document(gold, pred)
    assert (score.f1["promises"].tp, score.f1["promises"].fn, score.f1["promises"].fp) == (1, 1, 0)
    assert (score.f1["results"].tp, score.f1["results"].fp, score.f1["results"].fn) == (1, 1, 1)
    assert (score.f1["activities"].tp, score.f1["activities"].fn) == (1, 0)
    assert (score.f1["themes"].tp, score.f1["themes"].fp) == (1, 1)
    assert score.f1["notes"].fn == 1
    assert score.accuracy["period"].value == 0.0 and score.accuracy["municipalities"].value == 1.0
    assert (score.accuracy["status"].right, score.accuracy["status"].total) == (0, 1)


def test_pairing_with_upper_bounds_gives_the_pairs_of_scoring_every_pair() -> None:
    import random

    from extract.evaluate import MATCH_RATIO, pair, similar

    words = ["polisen", "kommunen", "lovar", "att", "minska", "öka", "tryggheten", "klotter", "narkotika", "i",
             "centrum", "under", "året"]
    rng = random.Random(7)
    for _ in range(200):
        gold = [" ".join(rng.choices(words, k=rng.randint(3, 9))) for _ in range(rng.randint(0, 5))]
        pred = [g if rng.random() < 0.4 else " ".join(rng.choices(words, k=rng.randint(3, 9)))
                for g in gold] + [" ".join(rng.choices(words, k=5)) for _ in range(rng.randint(0, 3))]
        scored = sorted(((similar(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                        reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        expected = []
        for score, i, j in scored:
            if score >= MATCH_RATIO and i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
                expected.append((i, j))
        assert pair(gold, pred) == sorted(expected)
