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
