"""Scoring extractions against gold annotations (format: the corpus README).

Texts are compared after markup is removed, whitespace collapsed and case
folded, with a tolerance for small differences (a similarity ratio of 0.9).
Promises are paired gold-to-predicted by best similarity; activities, results
and themes are scored within paired promises, and everything under an unpaired
promise counts as missed or spurious.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

MATCH_RATIO = 0.9
_MARKUP = re.compile(r"[*_`#>]|\[([^\]]*)\]\([^)]*\)")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _MARKUP.sub(lambda m: m.group(1) or "", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def similar(a: str, b: str) -> float:
    a, b = normalise(a), normalise(b)
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def pair(gold: list[str], pred: list[str], threshold: float = MATCH_RATIO) -> list[tuple[int, int]]:
    """Best one-to-one pairs of similar texts, most similar first.

    Each text is normalised once, and a pair whose cheap upper bounds (SequenceMatcher's
    `real_quick_ratio` and `quick_ratio`) already fall under the threshold is never scored in
    full: it could not be paired. The pairs are exactly those of scoring every pair."""
    gold_n = [normalise(g) for g in gold]
    pred_n = [normalise(p) for p in pred]
    scored = sorted(
        ((score, i, j) for i, g in enumerate(gold_n) for j, p in enumerate(pred_n)
         if (score := _bounded_similarity(g, p, threshold)) >= threshold),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _bounded_similarity(a: str, b: str, threshold: float) -> float:
    """`similar` on normalised texts, or 0.0 as soon as an upper bound shows it is under `threshold`."""
    if a == b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return 0.0
    return matcher.ratio()


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    def merge(self, other: Accuracy) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


F1_FIELDS = ("promises", "activities", "results", "themes", "notes")
ACCURACY_FIELDS = ("doc_type", "municipalities", "period", "actors", "status")


@dataclass(slots=True)
class Score:
    document: str
    format: str
    f1: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in F1_FIELDS})
    accuracy: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in ACCURACY_FIELDS})

    def merge(self, other: Score) -> None:
        for key in F1_FIELDS:
            self.f1[key].add(other.f1[key])
        for key in ACCURACY_FIELDS:
            self.accuracy[key].merge(other.accuracy[key])

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "format": self.format,
            **{k: {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                   "tp": c.tp, "fp": c.fp, "fn": c.fn} for k, c in self.f1.items()},
            **{k: {"accuracy": round(a.value, 4), "right": a.right, "total": a.total}
               for k, a in self.accuracy.items()},
        }


def _texts_counts(gold: list[str], pred: list[str]) -> Counts:
    matched = len(pair(gold, pred))
    return Counts(tp=matched, fp=len(pred) - matched, fn=len(gold) - matched)


def score_document(gold: dict[str, Any], pred: dict[str, Any]) -> Score:
    name = str(gold.get("document", ""))
    score = Score(document=name, format=pred.get("source", {}).get("format", Path(name).suffix[1:]))
    s = score.accuracy
    s["doc_type"].add(gold["doc_type"] == pred["doc_type"])
    s["municipalities"].add(sorted(gold["municipalities"]) == sorted(m["code"] for m in pred["municipalities"]))
    s["period"].add(_period(gold.get("period")) == _period(pred.get("period")))
    gold_p, pred_p = gold.get("promises", []), pred.get("promises", [])
    pairs = pair([p["text"] for p in gold_p], [p["text"] for p in pred_p])
    f = score.f1
    f["promises"].add(Counts(len(pairs), len(pred_p) - len(pairs), len(gold_p) - len(pairs)))
    paired_g = {i for i, _ in pairs}
    paired_p = {j for _, j in pairs}
    for i, j in pairs:
        g, p = gold_p[i], pred_p[j]
        f["activities"].add(_texts_counts(g.get("activities", []), [a["text"] for a in p["activities"]]))
        f["results"].add(_texts_counts(g.get("results", []), [r["text"] for r in p["results"]]))
        gt, pt = set(g.get("themes", [])), set(p.get("themes", []))
        f["themes"].add(Counts(len(gt & pt), len(pt - gt), len(gt - pt)))
        s["actors"].add(set(g.get("actors", [])) == set(p.get("actors", [])))
        if g.get("status") is not None:
            s["status"].add(g["status"] == p.get("status"))
    for i, g in enumerate(gold_p):
        if i not in paired_g:
            f["activities"].add(Counts(fn=len(g.get("activities", []))))
            f["results"].add(Counts(fn=len(g.get("results", []))))
            f["themes"].add(Counts(fn=len(g.get("themes", []))))
    for j, p in enumerate(pred_p):
        if j not in paired_p:
            f["activities"].add(Counts(fp=len(p["activities"])))
            f["results"].add(Counts(fp=len(p["results"])))
            f["themes"].add(Counts(fp=len(p["themes"])))
    f["notes"].add(_texts_counts(gold.get("notes", []), [n["text"] for n in pred.get("notes", [])]))
    return score


def _period(value: Any) -> tuple[int, int] | None:
    if not value:
        return None
    return int(value["start"]), int(value["end"])


def gold_files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob("*.gold.json")))
        elif path.name.endswith(".gold.json"):
            found.append(path)
    return found


def report_beside(gold_path: Path, gold: dict[str, Any]) -> Path:
    """The report a gold file annotates: its `document`, next to it."""
    return gold_path.parent / str(gold["document"])


def evaluate(
    gold_paths: list[Path],
    predict: Callable[[Path], dict[str, Any]],
) -> tuple[Score, list[Score], list[str]]:
    """Score every gold file; `predict` turns a report path into a report dict."""
    overall = Score(document="overall", format="all")
    scores: list[Score] = []
    problems: list[str] = []
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = report_beside(gold_path, gold)
        try:
            pred = predict(report)
        except Exception as exc:  # an extraction failure scores as empty output
            problems.append(f"{report}: {exc}")
            pred = {"doc_type": None, "municipalities": [], "period": None, "promises": [], "notes": [],
                    "source": {"format": report.suffix.lstrip(".")}}
        score = score_document(gold, pred)
        scores.append(score)
        overall.merge(score)
    return overall, scores, problems


def by_format(scores: list[Score]) -> list[Score]:
    groups: dict[str, Score] = defaultdict(lambda: Score(document="", format=""))
    for score in scores:
        group = groups[score.format]
        group.document, group.format = f"format: {score.format}", score.format
        group.merge(score)
    return [groups[k] for k in sorted(groups)]


def render_table(overall: Score, scores: list[Score], formats: list[Score]) -> str:
    """Two plain-text tables, per document, per format and overall.

    The first gives F1 per extracted field and accuracy per judged field; the
    second precision and recall of the extracted fields.
    """
    everything = [*scores, *formats, overall]
    first = _table(
        ["document", *(f"{k} F1" for k in F1_FIELDS), *ACCURACY_FIELDS],
        [[s.document, *(f"{s.f1[k].f1:.3f}" for k in F1_FIELDS),
          *(f"{s.accuracy[k].value:.3f}" if s.accuracy[k].total else "-" for k in ACCURACY_FIELDS)]
         for s in everything],
        breaks=(len(scores), len(scores) + len(formats)),
    )
    second = _table(
        ["document", *(f"{k} P/R" for k in F1_FIELDS)],
        [[s.document, *(f"{s.f1[k].precision:.3f}/{s.f1[k].recall:.3f}" for k in F1_FIELDS)]
         for s in everything],
        breaks=(len(scores), len(scores) + len(formats)),
    )
    return f"{first}\n\n{second}"


def _table(headers: list[str], body: list[list[str]], breaks: tuple[int, ...]) -> str:
    rows = [headers, *body]
    widths = [max(len(row[i]) for row in rows) for i in range(len(headers))]
    rule = "  ".join("-" * w for w in widths)
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
                               for i, cell in enumerate(row)))
        if index == 0 or index in breaks:
            lines.append(rule)
    return "\n".join(lines)
