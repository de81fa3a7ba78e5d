"""A self-contained HTML view of one report: what was extracted, highlighted in its text.

The source text is the report's extracted plain text (the same text the
provenance offsets point into), rendered by spaCy's displaCy from character
offsets given by hand (`manual=True`), so the text shows exactly as written, with
one label per kind of item. Above it, a table lists each promise with its
status, themes, confidence and the evidence that decided it, so a doubtful case
can be checked at a glance. The page needs no network: styles are inline.
"""

from __future__ import annotations

import html

from spacy import displacy

from extract.blocks import Block, BlockKind, Document, block_plain_text
from extract.report import Report

COLOURS = {
    "PROMISE": "#f9c74f",
    "ACTIVITY": "#90be6d",
    "RESULT": "#4cc9f0",
    "NOTE": "#d0d0d0",
}

_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; line-height: 1.45; color: #222; }}
table {{ border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; font-size: 0.9rem; }}
th, td {{ border: 1px solid #ccc; padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }}
th {{ background: #f4f4f4; }}
.legend span {{ display: inline-block; padding: 0.1rem 0.5rem; margin-right: 0.5rem; border-radius: 3px; }}
.meta {{ color: #555; }}
.evidence {{ color: #555; font-size: 0.85rem; }}
.block {{ margin: 0.2rem 0; }}
.block.list_item {{ margin-left: 1.5rem; }}
.block.table table {{ margin: 0.3rem 0 1rem; }}
</style></head><body>
<h1>{title}</h1>
<p class="meta">{meta}</p>
<p class="legend">{legend}</p>
<table><thead><tr><th>#</th><th>Promise</th><th>Actors</th><th>Themes</th><th>Status</th>
<th>Activities</th><th>Results</th><th>Confidence and evidence</th></tr></thead>
<tbody>{rows}</tbody></table>
<h2>Text with the extraction highlighted</h2>
{body}
</body></html>
"""


def render(document: Document, report: Report) -> str:
    """The HTML page for one report."""
    marks: list[tuple[int, int, str]] = []
    for promise in report.promises:
        marks.append((promise.provenance.char_start, promise.provenance.char_end, "PROMISE"))
        marks += [(a.provenance.char_start, a.provenance.char_end, "ACTIVITY") for a in promise.activities]
        marks += [(r.provenance.char_start, r.provenance.char_end, "RESULT") for r in promise.results]
    marks += [(n.provenance.char_start, n.provenance.char_end, "NOTE") for n in report.notes]
    body = "\n".join(_block_html(block, marks) for block in document.blocks if block.text or block.rows)
    meta = "; ".join(filter(None, [
        f"type: {report.doc_type}",
        "municipalities: " + ", ".join(f"{m.name} ({m.code})" for m in report.municipalities)
        if report.municipalities else None,
        f"period: {report.period.start}–{report.period.end}" if report.period else None,
        f"source: {report.source.path} ({report.source.format})",
        f"warnings: {len(report.warnings)}" if report.warnings else None,
    ]))
    legend = "".join(f'<span style="background:{c}">{html.escape(k.lower())}</span>' for k, c in COLOURS.items())
    return _PAGE.format(title=html.escape(report.title or report.source.path), meta=html.escape(meta),
                        legend=legend, rows="".join(_row(p) for p in report.promises), body=body)


def _block_html(block: Block, marks: list[tuple[int, int, str]]) -> str:
    """One block of the source, its extracted items marked with displaCy's span style."""
    labels = sorted({label for start, end, label in marks if start == block.start and end == block.end})
    if block.kind is BlockKind.TABLE and block.rows:
        return _table_html(block, labels)
    text = block_plain_text(block)
    if labels and text:
        # character offsets given by hand: the text shows as written (no space before a comma)
        marked = {"text": text, "ents": [{"start": 0, "end": len(text), "label": labels[0]}], "title": None}
        inner = displacy.render(marked, style="ent", manual=True, page=False, jupyter=False,
                                options={"colors": COLOURS})
    else:
        inner = html.escape(text)
    tag = f"h{min(6, block.level + 2)}" if block.kind is BlockKind.HEADING else "div"
    where = f"page {block.locator.page}" if block.locator.page else ""
    return f'<{tag} class="block {block.kind.value}" title="{where}">{inner}</{tag}>'


def _table_html(block: Block, labels: list[str]) -> str:
    """Tables keep their grid; the kinds of items drawn from them are shown as badges."""
    badges = "".join(f'<span style="background:{COLOURS[label]}">{label.lower()}</span>' for label in labels)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell).replace(chr(10) * 2, '<br>')}</td>" for cell in row) + "</tr>"
        for row in block.rows or []
    )
    return f'<div class="block table"><p class="legend">{badges}</p><table>{rows}</table></div>'


def _row(promise: object) -> str:
    p = promise
    evidence = "<br>".join(html.escape(e) for e in getattr(p, "evidence", []))
    status = getattr(p, "status", None) or "–"
    status_evidence = getattr(p, "status_evidence", None)
    if status_evidence:
        status += f'<div class="evidence">{html.escape(status_evidence)}</div>'
    cells = [
        html.escape(getattr(p, "id", "")),
        html.escape(getattr(p, "text", "")),
        html.escape(", ".join(getattr(p, "actors", []))),
        html.escape(", ".join(getattr(p, "themes", []))),
        status,
        str(len(getattr(p, "activities", []))),
        str(len(getattr(p, "results", []))),
        f'{getattr(p, "confidence", 0):.2f}<div class="evidence">{evidence}</div>',
    ]
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
