"""Generate a synthetic corpus of medborgarlöfte reports in every format, with gold files.

    python scripts/make_corpus.py N FOLDER [--seed S] [--formats md,txt,html,pdf]

Reports vary the way real ones do: promise and follow-up documents, combined
ones, numbered "Löfte" headings or bold statements, activity lists per actor,
status lines or status tables, one- and two-column PDFs with running headers,
cover pages and 1 to 30 pages, web pages with navigation and cookie banners,
text in UTF-8 or Windows-1252. Each report `NAME.EXT` gets `NAME.gold.json` in
the corpus gold format, so `extract eval FOLDER` scores the pipeline on it and
the batch benchmarks have realistic work to do.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUNICIPALITIES = list(csv.DictReader((ROOT / "src" / "extract" / "data" / "municipalities.csv").open(encoding="utf-8")))

TOPICS = [
    ("traffic", "öka trafiksäkerheten på vägarna i kommunen", ["genomföra hastighetskontroller vid skolor",
     "genomföra nykterhetskontroller varje månad", "kontrollera mopeder och EPA-traktorer"]),
    ("burglary", "förebygga inbrott i bostäder och fritidshus", ["starta fler grannsamverkansområden",
     "informera om stöldmärkning av båtmotorer", "patrullera fritidshusområden under hösten"]),
    ("fraud", "minska bedrägerierna mot äldre", ["hålla informationsträffar på träffpunkter",
     "utbilda personal i hemtjänsten om bluffsamtal"]),
    ("vandalism", "minska klotter och skadegörelse i centrum", ["sanera klotter inom två dygn",
     "låta skolklasser måla väggar i gångtunnlar"]),
    ("violence", "stärka arbetet mot våld i nära relationer", ["utbilda personal i förskola och skola",
     "genomföra en gemensam informationskampanj"]),
    ("disorder", "förebygga ordningsstörningar vid sommarens evenemang", ["genomföra krogtillsyner",
     "hålla planeringsmöten med arrangörerna"]),
    ("drugs", "minska tillgången till narkotika och alkohol", ["genomföra kontrollköp av folköl",
     "använda narkotikahund vid evenemang"]),
]
YOUTH = ("youth", "arbeta för att färre unga ska börja använda narkotika", ["hålla föräldramöten i åk 7",
         "erbjuda samtal med socialtjänsten inom 48 timmar"])
RESULTS = ["Polisen har genomfört {n} kontroller under året.", "Kommunen har genomfört {n} aktiviteter.",
           "Arbetet har följts upp vid {n} möten i samverkansgruppen.",
           "Under året deltog cirka {n} personer i aktiviteterna."]
STATUS_WORDS = {"done": "Genomfört", "partly_done": "Delvis genomfört", "ongoing": "Pågår", "not_done": "Ej genomfört"}
BACKGROUND = ("I medborgardialogen svarade {n} invånare på frågor om trygghet. Många lyfte otrygghet i centrum "
              "på kvällarna och oro för inbrott.")


@dataclass
class Promise:
    text: str
    actors: list[str]
    themes: list[str]
    activities: list[tuple[str, str]] = field(default_factory=list)  # (actor intro, text)
    results: list[str] = field(default_factory=list)
    status: str | None = None


@dataclass
class Report:
    name: str
    kommun: dict[str, str]
    period: tuple[int, int]
    doc_type: str
    promises: list[Promise]
    notes: list[str]
    style: str  # "bold" or "heading"


def _genitive(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"


def make_report(rng: random.Random, index: int) -> Report:
    kommun = rng.choice(MUNICIPALITIES)
    start = rng.choice([2023, 2024, 2025])
    period = (start, start + rng.choice([0, 1]))
    doc_type = rng.choice(["promise", "promise", "follow_up", "follow_up"])
    topics = rng.sample([*TOPICS, YOUTH], rng.randint(2, 5))
    promises = []
    for theme, goal, actions in topics:
        who = rng.choice(["both", "both", "police", "municipality", "we"])
        subject = {"both": "Polisen och kommunen lovar att", "police": "Polisen lovar att",
                   "municipality": "Kommunen åtar sig att", "we": "Vi ska"}[who]
        actors = {"police": ["police"], "municipality": ["municipality"]}.get(who, ["police", "municipality"])
        themes = [theme] if theme != "youth" else ["drugs", "youth"]
        promise = Promise(f"{subject} {goal}.", actors, themes)
        if doc_type == "promise":
            promise.activities = [(rng.choice(["Polisen lovar att:", "Kommunen lovar att:"]), a) for a in actions]
        else:
            promise.results = [rng.choice(RESULTS).format(n=rng.randint(3, 90)) for _ in range(rng.randint(1, 2))]
            promise.status = rng.choice(list(STATUS_WORDS))
        promises.append(promise)
    notes = [BACKGROUND.format(n=rng.randint(200, 1500)),
             "Löftena följs upp två gånger per år i den lokala samverkansgruppen."]
    name = f"{index:05d}-{kommun['kommun'].lower().replace(' ', '-')}-{doc_type}"
    return Report(name, kommun, period, doc_type, promises, notes, rng.choice(["bold", "heading"]))


def by_intro(promise: Promise) -> list[tuple[str, list[str]]]:
    """Consecutive activities under the same intro ("Polisen lovar att:"), grouped."""
    groups: list[tuple[str, list[str]]] = []
    for who, activity in promise.activities:
        if not groups or groups[-1][0] != who:
            groups.append((who, []))
        groups[-1][1].append(activity)
    return groups


def title(report: Report) -> str:
    years = f"{report.period[0]}" if report.period[0] == report.period[1] else f"{report.period[0]}–{report.period[1]}"
    lead = "Uppföljning av medborgarlöften" if report.doc_type == "follow_up" else "Medborgarlöften"
    return f"{lead} {years}"


def subtitle(report: Report) -> str:
    return f"{_genitive(report.kommun['kommun'])} kommun och Polisen"


def gold(report: Report, ext: str) -> dict[str, object]:
    return {
        "document": f"{report.name}.{ext}", "doc_type": report.doc_type,
        "municipalities": [report.kommun["kommunkod"]],
        "period": {"start": report.period[0], "end": report.period[1]},
        "promises": [{"text": p.text, "actors": p.actors, "themes": p.themes,
                      "activities": [a for _, a in p.activities], "results": p.results, "status": p.status}
                     for p in report.promises],
        "notes": report.notes,
    }


def to_markdown(report: Report) -> str:
    lines = [f"# {title(report)}", "", f"## {subtitle(report)}", "", report.notes[0], ""]
    for number, promise in enumerate(report.promises, start=1):
        if report.style == "heading":
            lines += [f"### Löfte {number}", "", f"**{promise.text}**", ""]
        else:
            lines += [f"- **{promise.text}**", ""]
        if promise.status:
            lines += [f"Status: {STATUS_WORDS[promise.status]}", ""]
        for result in promise.results:
            lines += [f"*{result}*" if report.style == "bold" else result, ""]
        for who, activities in by_intro(promise):
            lines += ["", who, "", *(f"- {a}" for a in activities)]
        lines.append("")
    lines += ["## Uppföljning", "", report.notes[-1], ""]
    return "\n".join(lines)


def to_text(report: Report) -> str:
    lines = [title(report).upper(), "=" * len(title(report)), "", subtitle(report), "", report.notes[0], ""]
    for number, promise in enumerate(report.promises, start=1):
        lines += [f"LÖFTE {number}", promise.text, ""]
        if promise.status:
            lines += [f"Status: {STATUS_WORDS[promise.status]}", ""]
        for result in promise.results:
            lines += [result, ""]
        for who, activities in by_intro(promise):
            lines += [who, *(f"• {a}" for a in activities)]
        lines.append("")
    lines += ["Uppföljning", "-----------", report.notes[-1], ""]
    return "\r\n".join(lines)


def to_html(report: Report) -> str:
    body = [f"<h1>{html.escape(title(report))}</h1>", f"<p class='lead'>{html.escape(report.notes[0])}</p>",
            f"<h2>{html.escape(subtitle(report))}</h2>"]
    for number, promise in enumerate(report.promises, start=1):
        body.append(f"<section><h3>Löfte {number}</h3><p><strong>{html.escape(promise.text)}</strong></p>")
        if promise.status:
            body.append(f"<p><strong>Status:</strong> {STATUS_WORDS[promise.status]}</p>")
        body += [f"<p>{html.escape(r)}</p>" for r in promise.results]
        for who, activities in by_intro(promise):
            body.append(f"<p><em>{who}</em></p><ul>" + "".join(f"<li>{html.escape(a)}</li>" for a in activities)
                        + "</ul>")
        body.append("</section>")
    body += ["<h2>Uppföljning</h2>", f"<p>{html.escape(report.notes[-1])}</p>"]
    return ("<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>" + html.escape(title(report))
            + "</title></head><body><div class='cookie-banner'><p>Vi använder kakor.</p></div>"
            + "<header><nav><ul><li><a href='/'>Start</a></li><li><a href='/trygghet'>Trygghet</a></li></ul></nav>"
            + "</header><main><article>" + "\n".join(body) + "</article></main><aside><h2>Kontakt</h2>"
            + "<p>Ring 114 14.</p></aside><footer><p>Kommunens växel</p></footer></body></html>")


def to_pdf(report: Report, rng: random.Random) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer

    size = rng.choice([9.5, 10, 10.5])
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=size, leading=size * 1.35, spaceAfter=6)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold")
    italic = ParagraphStyle("italic", parent=body, fontName="Helvetica-Oblique", spaceAfter=2)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=6)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2)
    two_columns = rng.random() < 0.3
    width, height = A4
    buffer = io.BytesIO()

    def decorate(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 7.5)  # type: ignore[attr-defined]
        canvas.drawString(57, height - 30, f"{title(report)} · {report.kommun['kommun']}")  # type: ignore[attr-defined]
        canvas.drawRightString(width - 57, 30, f"Sida {canvas.getPageNumber()}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    if two_columns:
        gap = 24
        col = (width - 114 - gap) / 2
        frames = [Frame(57, 60, col, height - 130, id="left"), Frame(57 + col + gap, 60, col, height - 130, id="right")]
    else:
        frames = [Frame(57, 60, width - 114, height - 130, id="one")]
    doc = BaseDocTemplate(buffer, pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=decorate)])
    story: list[object] = [Paragraph(title(report), h1), Paragraph(subtitle(report), body), Spacer(1, 6)]
    story.append(Paragraph(report.notes[0], body))
    for note in report.notes[1:-1]:
        story += [Paragraph("Bakgrund", h2), Paragraph(note, body)]
    if len(report.notes) > 2 and rng.random() < 0.5:
        story.append(PageBreak())
    story.append(Paragraph("Våra löften", h2))
    for number, promise in enumerate(report.promises, start=1):
        story.append(Paragraph(f"Löfte {number}", h2))
        story.append(Paragraph(promise.text, bold))
        if promise.status:
            story.append(Paragraph(f"Status: {STATUS_WORDS[promise.status]}", bold))
        story += [Paragraph(r, body) for r in promise.results]
        for who, activities in by_intro(promise):
            story.append(Paragraph(who, italic))
            story += [Paragraph(a, bullet, bulletText="•") for a in activities]
    story += [Paragraph("Uppföljning", h2), Paragraph(report.notes[-1], body)]
    doc.build(story)
    return buffer.getvalue()


def make(count: int, folder: Path, seed: int = 1, formats: tuple[str, ...] = ("md", "txt", "html", "pdf"),
         with_gold: bool = True) -> list[Path]:
    """Write `count` reports (formats in turn) to `folder`; return their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        report = make_report(rng, index)
        ext = formats[index % len(formats)]
        if ext == "pdf":  # PDFs run to 1-30 pages: background prose fills them
            fillers = [BACKGROUND.format(n=rng.randint(200, 1500)) + " Dialogen genomfördes i flera stadsdelar "
                       "och i de mindre orterna, både digitalt och vid öppna möten."
                       for _ in range(rng.randint(0, 29) * rng.choice([5, 6]))]
            report.notes = [report.notes[0], *fillers, report.notes[-1]]
        path = folder / f"{report.name}.{ext}"
        if ext == "md":
            path.write_text(to_markdown(report), encoding="utf-8")
        elif ext == "txt":
            path.write_bytes(to_text(report).encode(rng.choice(["utf-8", "cp1252"])))
        elif ext == "html":
            path.write_text(to_html(report), encoding="utf-8")
        else:
            path.write_bytes(to_pdf(report, rng))
        if with_gold:
            (folder / f"{report.name}.gold.json").write_text(
                json.dumps(gold(report, ext), ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default="md,txt,html,pdf")
    parser.add_argument("--no-gold", action="store_true")
    args = parser.parse_args()
    paths = make(args.count, args.folder, args.seed, tuple(args.formats.split(",")), not args.no_gold)
    print(f"wrote {len(paths)} reports to {args.folder}")


if __name__ == "__main__":
    main()
