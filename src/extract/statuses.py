"""Each promise's status, where the walk found none stated: one decision, its signals ranked.

A status line under the promise ("Status: Genomfört") or a status column is stated and
taken as written by the walk. Otherwise, in rank order:

1. `heading`: a bare status phrase ending the promise's heading ("Löfte 1 – Trafik (Pågår)");
2. `activities`: the statuses of its activities (a follow-up table's rows), combined;
3. `results`: what its results imply ("har genomförts", "kunde inte genomföras"), combined;
4. `promised-figure`: a figure promised ("minst sex insatser") against one reported
   ("elva riktade insatser"): met is done, short is partly done;
5. `document-status`: a status stated for all promises at once ("Samtliga utlovade
   aktiviteter är genomförda").

Each signal is a pure function of the promise (or of the report's texts), tested alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from extract import forms
from extract.document import decide
from extract.language import cues as cue_data

Stated = tuple[str, str]  # a status and the evidence for it


class _Text(Protocol):
    @property
    def text(self) -> str: ...


class _Promise(Protocol):
    status: str | None
    status_evidence: str | None

    @property
    def text(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def results(self) -> Sequence[_Text]: ...
    @property
    def row_statuses(self) -> Sequence[str]: ...
    @property
    def implied_statuses(self) -> Sequence[str]: ...


# "(Genomfört)" / "[Pågår]" at the end of a heading, or after a dash or colon
_HEADING_STATUS = (re.compile(r"[(\[]([^()\[\]]{2,30})[)\]]\s*$"), re.compile(r"\s[–—:-]\s*([^–—:()-]{2,30})$"))


def heading_status(title: str | None) -> Stated | None:
    """A status set at the end of a promise's heading: "Löfte 1 – Trygg trafik (Genomfört)";
    a bare status phrase only ("– Pågår"), not "– Pågående arbete mot klotter"."""
    for pattern, most_words in zip(_HEADING_STATUS, (3, 2), strict=True):
        match = pattern.search(title or "")
        if match and len(match.group(1).split()) <= most_words and (status := cue_data.status_word(match.group(1))):
            return status, f"status in its heading: '{title}'"
    return None


def combine(statuses: Sequence[str]) -> str:
    """One status for several: all alike is that one; ongoing and not done is ongoing; any
    other mix is partly done."""
    unique = set(statuses)
    if len(unique) == 1:
        return statuses[0]
    if unique <= {"ongoing", "not_done"}:
        return "ongoing"
    return "partly_done"


def activities_status(row_statuses: Sequence[str]) -> Stated | None:
    return (combine(row_statuses), "combined from the statuses of its activities") if row_statuses else None


def results_status(implied: Sequence[str]) -> Stated | None:
    return (combine(implied), "implied by its results: " + ", ".join(implied)) if implied else None


def figures_status(promise_text: str, results: Iterable[str]) -> Stated | None:
    """Rule promised-figure: "Minst sex riktade insatser" promised and "Elva riktade insatser"
    reported meets the figure (done); fewer misses it (partly done)."""
    target = forms.promised_figure(promise_text)
    if target is None:
        return None
    for result in results:
        value = forms.reported_figure(result)
        if value is not None:
            status = "done" if value >= target else "partly_done"
            return status, f"rule promised-figure: {value} reported against at least {target} promised"
    return None


def document_status(texts: Iterable[str]) -> Stated | None:
    """Rule document-status: "Samtliga utlovade aktiviteter är genomförda", "Alla aktiviteter
    pågår eller är genomförda": a status stated for all the promises at once."""
    for text in texts:
        if forms.for_all_promises(text) and (status := cue_data.implied_status(text)):
            return status, f"rule document-status: stated for all promises: '{text[:80]}'"
    return None


def settle(promises: Sequence[_Promise], notes: Iterable[str]) -> None:
    """Give each promise without a stated status the first signal's answer."""
    texts = list(notes) + [r.text for p in promises for r in p.results]
    whole = document_status(texts)
    for promise in promises:
        if promise.status is None:
            decision = decide(_signals(promise, whole), None)
            if decision.value is not None:
                promise.status, promise.status_evidence = decision.value


def _signals(promise: _Promise, whole: Stated | None) -> list[tuple[str, Callable[[], Stated | None]]]:
    return [
        ("heading", lambda: heading_status(promise.title)),
        ("activities", lambda: activities_status(promise.row_statuses)),
        ("results", lambda: results_status(promise.implied_statuses)),
        ("promised-figure", lambda: figures_status(promise.text, [r.text for r in promise.results])),
        ("document-status", lambda: whole),
    ]


__all__ = ["activities_status", "combine", "document_status", "figures_status", "heading_status",
           "results_status", "settle"]
