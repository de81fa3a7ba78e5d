"""The output contract: pydantic models of one extracted report, and how to build one.

Other tools read these names; `schemas/report.schema.json` is generated from the
models (`extract schema`) and a test fails when it is stale. Every model forbids
unknown fields, so a typo in a producer or a consumer is an error, not silence.
"""

from __future__ import annotations

import html
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

DocType = Literal["promise", "follow_up", "combined", "other"]
Actor = Literal["police", "municipality", "other"]
Status = Literal["done", "partly_done", "ongoing", "not_done"]
ThemeCode = Literal[
    "traffic", "drugs", "youth", "burglary", "fraud", "public_safety", "violence", "vandalism",
    "organised_crime", "disorder", "other",
]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]


class _Model(BaseModel):
    # a docstring under a field becomes its description in the JSON Schema
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


# Bounds that no real report reaches, so that whatever validates also fits the overview's
# 64-bit columns: a million pages, and offsets and line numbers up to 2^53.
MAX_PAGES = 1_000_000
MAX_OFFSET = 2**53


class Provenance(_Model):
    """Where a piece of text came from, precise enough to find it again."""

    file: str
    """The input file, as the run named it (relative to the folder given)."""
    page: int | None = Field(None, ge=1, le=MAX_PAGES)
    """1-based PDF page; null for other formats."""
    bbox: list[float] | None = Field(None, min_length=4, max_length=4)
    """PDF points from the page's top left: x0, top, x1, bottom."""
    lines: list[Annotated[int, Field(ge=0, le=MAX_OFFSET)]] | None = Field(None, min_length=2, max_length=2)
    """First and last source line, 1-based (Markdown, text)."""
    xpath: str | None = None
    """Path of the element in the page (HTML)."""
    paragraph: int | None = Field(None, ge=1, le=MAX_OFFSET)
    """1-based place in a Word document's body (a table counts as one)."""
    char_start: int = Field(ge=0, le=MAX_OFFSET)
    """Offset of the span in the report's extracted plain text (the blocks joined by blank lines)."""
    char_end: int = Field(ge=0, le=MAX_OFFSET)
    """End (exclusive) of the span in the extracted plain text."""


class Activity(_Model):
    """Something a promise says will be done to keep it: a listed measure, a table row."""

    text: str
    """The activity as written, cleaned: no bullets, Markdown markers or line-end hyphens."""
    actors: list[Actor] = Field(default_factory=list)
    """Who carries it out, where the text says so: police, municipality, other, in that order."""
    status: Status | None = None
    """Its own status, where a follow-up table gives one per activity."""
    confidence: Confidence
    """How sure the rule that placed it is, from 0 to 1."""
    evidence: list[str]
    """Why it is an activity: "rule <id>: <why>", then the cues it rests on."""
    provenance: Provenance
    """Where it stands in the input."""


class Result(_Model):
    """What a follow-up reports was done or achieved for a promise."""

    text: str
    """The result as written, cleaned, without a leading "Resultat:" label."""
    status: Status | None = None
    """The status its table row gives, if any."""
    confidence: Confidence
    """How sure the rule that placed it is, from 0 to 1."""
    evidence: list[str]
    """Why it is a result of this promise: "rule <id>: <why>", match scores, result cues."""
    provenance: Provenance
    """Where it stands in the input."""


class Promise(_Model):
    """One medborgarlöfte: what the police and/or the municipality commit to do."""

    id: str = Field(pattern=r"^P\d+$")
    """"P1", "P2", ... in the order the promises stand in the report."""
    text: str
    """The promise as written, cleaned; a label such as "Löfte 2:" is left out."""
    title: str | None = None
    """The heading the promise stands under, where it has one of its own ("Löfte 2 – Trafik")."""
    actors: list[Actor]
    """Who gives the promise: police, municipality, other organisations, in that order."""
    themes: list[ThemeCode]
    """Theme codes of themes.csv, decided by the promise's own terms, its activities or its context."""
    activities: list[Activity]
    """The measures listed under or beside it."""
    results: list[Result]
    """What a follow-up reports for it."""
    status: Status | None
    """done, partly_done, ongoing or not_done; null where nothing states or implies one."""
    status_evidence: str | None = None
    """Where the status comes from (a status line, a table column, its heading, its results)."""
    part: Literal["promise", "follow_up"]
    """Whether the promise stands among new promises or is restated in a follow-up."""
    confidence: Confidence
    """How sure the rule that found it is, from 0 to 1."""
    evidence: list[str]
    """Why it is a promise: "rule <id>: <why>", then the promise cue and actors found."""
    provenance: Provenance
    """Where it stands in the input."""


class Note(_Model):
    """A paragraph of substance that belongs to no promise: background, aims, context."""

    text: str
    """The paragraph as written, cleaned."""
    evidence: list[str] = Field(default_factory=list)
    """Why the text is a note: "rule <id>: <why>"."""
    provenance: Provenance
    """Where it stands in the input."""


class Municipality(_Model):
    """A municipality the report is about, from the register of all 290."""

    code: str = Field(pattern=r"^\d{4}$")
    """SCB kommunkod, four digits as text ("0180")."""
    name: str
    """The municipality's name ("Härjedalen")."""
    county: str
    """Its county (län)."""
    police_region: str
    """The police region it belongs to."""


class Period(_Model):
    """The years the promises cover, inclusive."""

    start: int = Field(ge=1990, le=2100)
    """First year."""
    end: int = Field(ge=1990, le=2100)
    """Last year (the same as start for one year)."""

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise ValueError("period ends before it starts")
        return self


class Source(_Model):
    """The input file the report was extracted from."""

    path: str
    """The input's path, as the run named it."""
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    """SHA-256 of the input's bytes: a changed input gets a new report."""
    format: Literal["markdown", "text", "html", "pdf", "docx"]
    """The format it was read as."""
    pages: int | None = Field(None, ge=0, le=MAX_PAGES)
    """Pages of a PDF; null for other formats."""


class ExtractorInfo(_Model):
    """What made the report, so a report can be traced to the rules that produced it."""

    version: str
    """The version of extract."""
    spacy_model: str
    """The spaCy pipeline used ("blank:sv" with rules, or a named model)."""


class Report(_Model):
    """One extracted medborgarlöfte report."""

    schema_version: Literal["1.0"] = "1.0"
    """The version of this schema."""
    source: Source
    """The input file."""
    doc_type: DocType
    """promise (promises given), follow_up (what came of them), combined (both), or other (not a
    medborgarlöfte report: no promises, no municipalities, no period)."""
    title: str | None
    """The report's title, page furniture left out."""
    municipalities: list[Municipality]
    """The municipalities the report is about."""
    period: Period | None
    """The years the promises cover, where the text states them."""
    promises: list[Promise]
    """The promises, in the order they stand."""
    notes: list[Note]
    """Paragraphs of substance that belong to no promise."""
    warnings: list[str]
    """What the reader should know about how the input was read (a page needing OCR, a guessed
    encoding, glyphs without a Unicode map)."""
    extractor: ExtractorInfo
    """What made the report."""

    # the loaded document, where the report was made in this process (`extract.extract_file`):
    # Jupyter then shows the report highlighted on its text, as `extract show` does
    _document: Any = PrivateAttr(default=None)

    def rows(self, kind: Literal["promises", "activities", "results", "notes"] = "promises") -> list[dict[str, object]]:
        """The report as flat rows, one per promise (or activity, result, note), each with the
        report's municipalities and period, ready for a table."""
        base: dict[str, object] = {
            "source": self.source.path, "doc_type": self.doc_type,
            "kommunkod": ", ".join(m.code for m in self.municipalities),
            "municipalities": ", ".join(m.name for m in self.municipalities),
            "period_start": self.period.start if self.period else None,
            "period_end": self.period.end if self.period else None,
        }
        if kind == "notes":
            return [{**base, "text": n.text, "page": n.provenance.page} for n in self.notes]
        if kind == "promises":
            return [{**base, "promise_id": p.id, "text": p.text, "title": p.title, "actors": ", ".join(p.actors),
                     "themes": ", ".join(p.themes), "status": p.status, "status_evidence": p.status_evidence,
                     "part": p.part, "activities": len(p.activities), "results": len(p.results),
                     "confidence": p.confidence, "page": p.provenance.page} for p in self.promises]
        return [{**base, "promise_id": p.id, "text": item.text, "status": item.status,
                 "confidence": item.confidence, "page": item.provenance.page}
                for p in self.promises for item in (p.activities if kind == "activities" else p.results)]

    def to_frame(self, kind: Literal["promises", "activities", "results", "notes"] = "promises") -> Any:
        """`rows(kind)` as a DataFrame: polars if it is installed, else pandas. Neither is a
        dependency of extract; without both, an ImportError says how to get one."""
        rows = self.rows(kind)
        try:
            import polars

            return polars.DataFrame(rows, infer_schema_length=None)
        except ImportError:
            pass
        try:
            import pandas
        except ImportError:
            raise ImportError("to_frame() needs polars or pandas: pip install polars (or pandas)") from None
        return pandas.DataFrame(rows)

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
        return self._summary_html(rows, notes, municipalities, period) + self._text_html()

    def _summary_html(self, rows: str, notes: str, municipalities: str, period: str) -> str:
        esc = html.escape
        return (
            f"<div><b>{esc(self.title or self.source.path)}</b> — {esc(self.doc_type)}, {esc(municipalities)}, "
            f"{esc(period)}<table><tr><th>id</th><th>löfte (• aktivitet, → resultat)</th><th>status</th>"
            f"<th>teman</th><th>belägg</th></tr>{rows}</table>"
            + (f"<details><summary>{len(self.notes)} noteringar</summary><ul>{notes}</ul></details>" if notes else "")
            + "</div>"
        )

    def _text_html(self) -> str:
        """The `extract show` page of the report (its text, the extraction highlighted), framed so
        its styles keep to themselves; nothing where the document is not at hand."""
        if self._document is None:
            return ""
        from extract.show import render  # spaCy's displaCy: loaded only when a report is shown

        page = render(self._document, self)
        return (f'<details><summary>texten med det utdragna markerat</summary><iframe srcdoc="'
                f'{html.escape(page, quote=True)}" style="width:100%;height:40rem;border:1px solid #ddd">'
                "</iframe></details>")


def json_schema() -> dict[str, object]:
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
