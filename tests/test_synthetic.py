"""Reports of styles the rules were not written beside: a generated corpus, scored like the real one.

`scripts/make_corpus.py` writes promise documents and follow-ups in every format
(numbered or bold promises, activity lists per actor, status lines, one- and
two-column PDFs of 1 to 30 pages with running headers, web pages with
navigation, text in UTF-8 or Windows-1252) with their gold files.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import ROOT
from extract.evaluate import by_format, evaluate, gold_files
from extract.pipeline import Extractor

sys.path.insert(0, str(ROOT / "scripts"))
pytest.importorskip("reportlab")

from make_corpus import make

F1_TARGETS = {"promises": 0.95, "results": 0.90, "activities": 0.90, "themes": 0.85}
ACCURACY_TARGETS = {"doc_type": 0.95, "municipalities": 0.95, "period": 0.95, "actors": 0.90, "status": 0.85}


def test_generated_reports_in_every_format_meet_the_targets(extractor: Extractor, tmp_path: Path) -> None:
    make(24, tmp_path, seed=5)

    def predict(path: Path) -> dict[str, object]:
        return extractor.extract(path, path.name).model_dump(mode="json")

    overall, scores, problems = evaluate(gold_files([tmp_path]), predict)
    assert problems == []
    assert {f.format for f in by_format(scores)} == {"html", "markdown", "pdf", "text"}
    for field, target in F1_TARGETS.items():
        assert overall.f1[field].f1 >= target, (field, overall.f1[field])
    for field, target in ACCURACY_TARGETS.items():
        assert overall.accuracy[field].value >= target, (field, overall.accuracy[field])
