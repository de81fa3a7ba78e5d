"""Shared fixtures: one extractor per test session (building spaCy is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.language import LanguageStage
from extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXPECTED = Path(__file__).resolve().parent / "data" / "expected"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def language(extractor: Extractor) -> LanguageStage:
    return extractor.language
