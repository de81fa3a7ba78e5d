"""The output contract: pydantic models of one extracted report, and how to build one.

Other tools read these names; `schemas/report.schema.json` is generated from the
models (`extract schema`) and a test fails when it is stale. Every model forbids
unknown fields, so a typo in a producer or a consumer is an error, not silence.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extract import __version__
from extract.blocks import Block, Document
from extract.segments import Item, Segmentation
from extract.segments import Promise as SegPromise

DocType = Literal["promise", "follow_up", "combined", "other"]
Actor = Literal["police", "municipality", "other"]
Status = Literal["done", "partly_done", "ongoing", "not_done"]
ThemeCode = Literal[
    "traffic", "drugs", "youth", "burglary", "fraud", "public_safety", "violence", "vandalism",
    "organised_crime", "disorder", "other",
]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# Bounds that no real report reaches, so that whatever validates also fits the overview's
# 64-bit columns: a million pages, and offsets and line numbers up to 2^53.
MAX_PAGES = 1_000_000
MAX_OFFSET = 2**53


class Provenance(_Model):
    """Where a piece of text came from, precise enough to find it again."""

    file: str
    page: int | None = Field(None, ge=1, le=MAX_PAGES, description="1-based PDF page")
    bbox: list[float] | None = Field(None, min_length=4, max_length=4,
                                     description="PDF points: x0, top, x1, bottom")
    lines: list[Annotated[int, Field(ge=0, le=MAX_OFFSET)]] | None = Field(None, min_length=2, max_length=2,
                                    description="first and last source line (Markdown, text)")
    xpath: str | None = Field(None, description="element path (HTML)")
    char_start: int = Field(ge=0, le=MAX_OFFSET, description="offset in the report's extracted plain text")
    char_end: int = Field(ge=0, le=MAX_OFFSET, description="end of the span in the extracted plain text")


class Activity(_Model):
    text: str
    actors: list[Actor] = Field(default_factory=list)
    status: Status | None = None
    confidence: Confidence
    evidence: list[str]
    provenance: Provenance


class Result(_Model):
    text: str
    status: Status | None = None
    confidence: Confidence
    evidence: list[str]
    provenance: Provenance


class Promise(_Model):
    id: str = Field(pattern=r"^P\d+$")
    text: str
    title: str | None = Field(None, description="the heading the promise stands under")
    actors: list[Actor]
    themes: list[ThemeCode]
    activities: list[Activity]
    results: list[Result]
    status: Status | None
    status_evidence: str | None = None
    part: Literal["promise", "follow_up"] = Field(
        description="whether the promise stands among new promises or among followed-up ones")
    confidence: Confidence
    evidence: list[str]
    provenance: Provenance


class Note(_Model):
    text: str
    provenance: Provenance


class Municipality(_Model):
    code: str = Field(pattern=r"^\d{4}$", description="SCB kommunkod")
    name: str
    county: str
    police_region: str


class Period(_Model):
    start: int = Field(ge=1990, le=2100)
    end: int = Field(ge=1990, le=2100)

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise ValueError("period ends before it starts")
        return self


class Source(_Model):
    path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    format: Literal["markdown", "text", "html", "pdf"]
    pages: int | None = Field(None, ge=0, le=MAX_PAGES, description="pages of a PDF")


class ExtractorInfo(_Model):
    version: str
    spacy_model: str


class Report(_Model):
    schema_version: Literal["1.0"] = "1.0"
    source: Source
    doc_type: DocType
    title: str | None
    municipalities: list[Municipality]
    period: Period | None
    promises: list[Promise]
    notes: list[Note]
    warnings: list[str]
    extractor: ExtractorInfo


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
        notes=[Note(text=n.text, provenance=provenance(document, n.block)) for n in segmentation.notes],
        warnings=[*document.warnings, *segmentation.warnings],
        extractor=ExtractorInfo(version=__version__, spacy_model=spacy_model),
    )


def _promise(document: Document, promise: SegPromise, index: int) -> Promise:
    return Promise(
        id=f"P{index}",
        text=promise.text,
        title=promise.title,
        actors=promise.actors,  # type: ignore[arg-type]
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


def _activity(document: Document, item: Item) -> Activity:
    return Activity(text=item.text, actors=item.actors, status=item.status,  # type: ignore[arg-type]
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
        char_start=block.start,
        char_end=block.end,
    )


def json_schema() -> dict[str, object]:
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
