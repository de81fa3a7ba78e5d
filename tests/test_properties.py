"""Property-based tests: any input gives a valid report or a clear error, never a crash."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES
from extract.assemble import build_report
from extract.batch import Task, process_one
from extract.blocks import Block, BlockKind, Document, Locator
from extract.errors import InputError
from extract.pipeline import Extractor
from extract.report import Report
from extract.segments import Segmenter

FRAGMENTS = [
    "# Medborgarlöften 2025", "## Löfte 1", "### 2. Trygghet", "**Polisen och kommunen lovar att öka tryggheten.**",
    "Polisen lovar att:", "Kommunen ska:", "- genomföra kontroller", "* sanera klotter", "1. informera",
    "Status: Pågår", "**Status: Delvis genomfört**", "Samlad bedömning: Genomfört", "Resultat:",
    "Polisen har genomfört 12 kontroller.", "*Grannsamverkan fortsätter att växa.*", "---",
    "| Aktivitet | Status | Kommentar |", "|---|---|---|", "| Kontroller | Klart | 12 st |", "| Löfte | Status |",
    "Borås Stad och Polisen", "Region Gotland", "Läs mer här: polisen.se", "Kontakta oss på 114 14.",
    "Vi ska minska inbrotten.", "> Citat om löften.", "<div>html</div>", "    indenterad kod", "", "",
    "Löftet har genomförts.", "2025-02-01", "Sala 2025-01-01", "Medborgarlöften 2023–2024",
]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_counter = itertools.count()


def _check(report: Report) -> None:
    data = report.model_dump(mode="json")
    Report.model_validate_json(json.dumps(data))  # the JSON written is valid against the schema
    for promise in report.promises:
        assert promise.text.strip()
        assert "**" not in promise.text
        for item in [*promise.activities, *promise.results]:
            assert item.text.strip() and 0 <= item.confidence <= 1
    if report.doc_type == "other":  # not a medborgarlöfte text: nothing of it is counted
        assert not (report.promises or report.notes or report.municipalities or report.period)


def _extract(extractor: Extractor, folder: Path, suffix: str, data: bytes) -> None:
    path = folder / f"case{next(_counter)}{suffix}"
    path.write_bytes(data)
    try:
        report = extractor.extract(path, path.name)
    except InputError as error:
        assert str(error)  # a clear reason, never an empty message
        return
    _check(report)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=80)), max_size=40))
def test_markdown_loader_and_segmentation(extractor: Extractor, tmp_path: Path, lines: list[str]) -> None:
    _extract(extractor, tmp_path, ".md", "\n\n".join(lines).encode("utf-8"))


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=80)), max_size=40),
       st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]), st.sampled_from(["\n", "\r\n", "\r"]))
def test_text_loader_any_encoding_and_line_ends(extractor: Extractor, tmp_path: Path, lines: list[str],
                                                encoding: str, newline: str) -> None:
    _extract(extractor, tmp_path, ".txt", newline.join(lines).encode(encoding, errors="replace"))


@SETTINGS
@given(st.binary(max_size=3000))
def test_text_loader_arbitrary_bytes(extractor: Extractor, tmp_path: Path, data: bytes) -> None:
    _extract(extractor, tmp_path, ".txt", data)


blocks_strategy = st.lists(
    st.builds(
        Block,
        kind=st.sampled_from(list(BlockKind)),
        text=st.one_of(st.sampled_from([f.strip("#*- ") for f in FRAGMENTS]), st.text(max_size=60)),
        locator=st.just(Locator()),
        level=st.integers(0, 6),
        bold=st.booleans(),
        italic=st.booleans(),
        rows=st.one_of(st.none(), st.lists(st.lists(st.sampled_from(
            ["Aktivitet", "Status", "Kommentar", "Klart", "Pågår", "–", "Polisen lovar att synas i centrum.", "",
             "Löfte", "Resultat"]), min_size=1, max_size=4), max_size=5)),
    ),
    max_size=40,
)


@SETTINGS
@given(blocks_strategy)
def test_segmentation_of_any_block_sequence(extractor: Extractor, blocks: list[Block]) -> None:
    for block in blocks:
        if block.kind is BlockKind.TABLE and block.rows is None:
            block.rows = []
    document = Document(path="x.md", format="markdown", sha256="0" * 64, blocks=blocks).finalise()
    segmentation = Segmenter(document, extractor.language).run()
    extractor.language.clear()
    _check(build_report(document, segmentation, "blank:sv"))


def _mutations(data: bytes, count: int, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    variants = []
    for _ in range(count):
        mutated = bytearray(data)
        kind = rng.choice(["flip", "truncate", "splice", "zero"])
        if kind == "flip":
            for _ in range(rng.randint(1, 40)):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        elif kind == "truncate":
            mutated = mutated[: rng.randrange(10, len(mutated))]
        elif kind == "splice":
            start = rng.randrange(len(mutated))
            chunk = mutated[start : start + rng.randint(1, 500)]
            at = rng.randrange(len(mutated))
            mutated[at:at] = chunk
        else:
            start = rng.randrange(len(mutated))
            mutated[start : start + rng.randint(1, 200)] = b"\0" * len(mutated[start : start + 200])
        variants.append(bytes(mutated))
    return variants


@pytest.mark.parametrize("source", sorted(SAMPLES.glob("*.pdf")), ids=lambda p: p.name)
def test_mutated_pdfs_give_a_report_or_a_clear_error(extractor: Extractor, tmp_path: Path, source: Path) -> None:
    """A bounded fuzz run: 60 mutated copies, each within the per-file time limit."""
    for number, data in enumerate(_mutations(source.read_bytes(), 60)):
        path = tmp_path / f"m{number}.pdf"
        path.write_bytes(data)
        entry = process_one(extractor, Task(path, path.name, tmp_path / f"m{number}.pdf.json"), timeout=20)
        assert entry["status"] == "ok" or entry["error"] in {"bad_input", "needs_ocr", "limit_exceeded"}, entry
        if entry["status"] == "ok":
            Report.model_validate_json((tmp_path / f"m{number}.pdf.json").read_bytes())


_EDGE = st.integers(min_value=0, max_value=120).map(lambda v: v * 2.5)  # on and off the scan grid


@st.composite
def _word_row_lists(draw: st.DrawFn) -> list[list[dict[str, float]]]:
    rows = []
    for _ in range(draw(st.integers(min_value=6, max_value=14))):
        words = []
        for _ in range(draw(st.integers(min_value=1, max_value=6))):
            x0 = draw(_EDGE)
            width = draw(st.one_of(st.just(0), st.integers(min_value=0, max_value=40)))
            words.append({"x0": x0, "x1": x0 + width * 2.5,
                          "size": 10.0})  # words may touch, overlap or nest, as pdfminer's can
        rows.append(words)
    return rows


@settings(max_examples=300, deadline=None)
@given(rows=_word_row_lists(), band=st.sampled_from([(0.0, 300.0), (90.0, 210.0), (30.0, 60.0)]))
@example(rows=[[{"x0": x0, "x1": x0 + 30.0, "size": 10.0} for x0 in (50.0, 82.5, 115.0, 147.5, 180.0)]] * 8,
         band=(90.0, 210.0))  # one column: every row starts left of the band, no gap in it is wide
@example(rows=[[{"x0": 50.0, "x1": 140.0, "size": 10.0}, {"x0": 160.0, "x1": 250.0, "size": 10.0}]] * 8,
         band=(90.0, 210.0))  # two columns: the gutter between them
def test_the_gutter_sweep_scores_as_the_plain_rule_does(rows: list[list[dict[str, float]]],
                                                        band: tuple[float, float]) -> None:
    """`_gutter_scores` (one sweep) equals `_gutter_score` (the rule, position by position),
    over the whole page and over a middle band, as `_word_gutter` scans it (where rows that
    start left of the band and have no wide gap in it let the sweep stop early)."""
    from extract.loaders import pdf

    xs = pdf._scan(*band, 2.0)
    assert pdf._gutter_scores(rows, xs) == [pdf._gutter_score(rows, x) for x in xs]


@settings(max_examples=300, deadline=None)
@given(rows=_word_row_lists())
def test_the_line_gutter_sweep_scores_as_the_plain_rule_does(rows: list[list[dict[str, float]]]) -> None:
    """`_line_gutter_scores` (one sweep) equals `_line_gutter_score` (the rule, position by position)."""
    from extract.loaders import pdf

    lines = [[pdf._Line([{"text": "ord", "x0": w["x0"], "x1": w["x1"], "top": 0.0, "bottom": 10.0, "size": 10.0,
                          "fontname": "Body"}], 1) for w in row] for row in rows]
    xs = pdf._scan(0.0, 300.0, 4.0)
    assert pdf._line_gutter_scores(lines, xs) == [pdf._line_gutter_score(lines, x) for x in xs]
