"""Shared fixtures: one extractor per test session (building spaCy is the slow part)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract.language import LanguageStage
from extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXPECTED = Path(__file__).resolve().parent / "data" / "expected"
SHARED = ROOT.parent / "shared"
# EXTRACT_REGENERATE=1 rewrites the stored ground truth (whole reports, the overview's
# screenshot) instead of comparing with it: a change in output is then a diff to review.
REGENERATE = os.environ.get("EXTRACT_REGENERATE") == "1"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def language(extractor: Extractor) -> LanguageStage:
    return extractor.language
