"""The output contract: pydantic models of one extracted report, and how to build one.

Other tools read these names; `schemas/report.schema.json` is generated from the
models (`extract schema`) and a test fails when it is stale. Every model forbids
unknown fields, so a typo in a producer or a consumer is an error, not silence.
"""

from __future__ import annotations

import html
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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
    paragraph: int | None = Field(None, ge=1, le=MAX_OFFSET,
                                  description="1-based place in a Word document's body (tables count as one)")
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
    evidence: list[str] = Field(default_factory=list,
                                description="why the text is a note: the rule that decided it, and its reason")
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
    format: Literal["markdown", "text", "html", "pdf", "docx"]
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

    def _repr_html_(self) -> str:
        """A Jupyter view: what the report is, and each promise with its status, themes,
        activities, results and the evidence that decided it (`extract show` highlights
        them in the text too)."""
        esc = html.escape
        municipalities = ", ".join(f"{m.name} ({m.code})" for m in self.municipalities) or "–"
        period = f"{self.period.start}–{self.period.end}" if self.period else "–"
        rows = "".join(
            f"<tr><td>{esc(p.id)}</td><td>{esc(p.text)}"
            + "".join(f"<br><small>• {esc(a.text)}</small>" for a in p.activities)
            + "".join(f"<br><small>→ {esc(r.text)}</small>" for r in p.results)
            + f"</td><td>{esc(p.status or '')}</td><td>{esc(', '.join(p.themes))}</td>"
            f"<td><small>{esc('; '.join(p.evidence))}</small></td></tr>"
            for p in self.promises
        )
        notes = "".join(f"<li>{esc(n.text)}</li>" for n in self.notes)
        return (
            f"<div><b>{esc(self.title or self.source.path)}</b> — {esc(self.doc_type)}, {esc(municipalities)}, "
            f"{esc(period)}<table><tr><th>id</th><th>löfte (• aktivitet, → resultat)</th><th>status</th>"
            f"<th>teman</th><th>belägg</th></tr>{rows}</table>"
            + (f"<details><summary>{len(self.notes)} noteringar</summary><ul>{notes}</ul></details>" if notes else "")
            + "</div>"
        )


def json_schema() -> dict[str, object]:
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
