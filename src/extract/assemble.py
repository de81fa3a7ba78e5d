"""Assembling the output model from a segmentation.

Kept apart from `report.py` (the output contract), so that reading, validating and
comparing reports never imports the segmenter or spaCy.
"""

from __future__ import annotations

from extract import __version__
from extract.blocks import Block, Document
from extract.report import (
    Activity,
    ExtractorInfo,
    Municipality,
    Note,
    Period,
    Promise,
    Provenance,
    Report,
    Result,
    Source,
)
from extract.segments import Item, Segmentation
from extract.segments import Promise as SegPromise


def build_report(document: Document, segmentation: Segmentation, spacy_model: str) -> Report:
    """Turn a segmentation into the validated output model."""
    return Report(
        source=Source(path=document.path, sha256=document.sha256,
                      format=document.format, pages=document.pages),  # type: ignore[arg-type]
        doc_type=segmentation.doc_type,  # type: ignore[arg-type]
        title=segmentation.title,
        municipalities=[
            Municipality(code=k.kommunkod, name=k.name, county=k.county, police_region=k.police_region)
            for k in segmentation.municipalities
        ],
        period=Period(start=segmentation.period[0], end=segmentation.period[1])
        if segmentation.period else None,
        promises=[_promise(document, p, i) for i, p in enumerate(segmentation.promises, start=1)],
        notes=[Note(text=n.text, evidence=n.evidence, provenance=provenance(document, n.block))
               for n in segmentation.notes],
        warnings=[*document.warnings, *segmentation.warnings],
        extractor=ExtractorInfo(version=__version__, spacy_model=spacy_model),
    )


def _promise(document: Document, promise: SegPromise, index: int) -> Promise:
    return Promise(
        id=f"P{index}",
        text=promise.text,
        title=promise.title,
        actors=_in_order(promise.actors),  # type: ignore[arg-type]
        themes=promise.themes,  # type: ignore[arg-type]
        activities=[_activity(document, a) for a in promise.activities],
        results=[_result(document, r) for r in promise.results],
        status=promise.status,  # type: ignore[arg-type]
        status_evidence=promise.status_evidence,
        part=promise.part,  # type: ignore[arg-type]
        confidence=promise.confidence,
        evidence=promise.evidence,
        provenance=provenance(document, promise.block),
    )


_ACTOR_ORDER = {"police": 0, "municipality": 1, "other": 2}


def _in_order(actors: list[str]) -> list[str]:
    """The givers in one order, police, municipality, other, whichever the text names first:
    "Kommun och polis ska …" and "Polisen och kommunen ska …" are given by the same parties,
    and a table of the promises groups them as one."""
    return sorted(actors, key=lambda actor: _ACTOR_ORDER.get(actor, len(_ACTOR_ORDER)))


def _activity(document: Document, item: Item) -> Activity:
    return Activity(text=item.text, actors=_in_order(item.actors), status=item.status,  # type: ignore[arg-type]
                    confidence=item.confidence, evidence=item.evidence,
                    provenance=provenance(document, item.block))


def _result(document: Document, item: Item) -> Result:
    return Result(text=item.text, status=item.status,  # type: ignore[arg-type]
                  confidence=item.confidence, evidence=item.evidence,
                  provenance=provenance(document, item.block))


def provenance(document: Document, block: Block) -> Provenance:
    loc = block.locator
    return Provenance(
        file=document.path,
        page=loc.page,
        bbox=list(loc.bbox) if loc.bbox else None,
        lines=list(loc.lines) if loc.lines else None,
        xpath=loc.xpath,
        paragraph=loc.paragraph,
        char_start=block.start,
        char_end=block.end,
    )
