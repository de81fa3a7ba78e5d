"""The status decision: each signal alone on hand-built input, then their ranking."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from extract import statuses
from extract.language import cues as cue_data


@dataclass
class _Result:
    text: str


@dataclass
class _Promise:
    text: str
    title: str | None = None
    results: list[_Result] = field(default_factory=list)
    status: str | None = None
    status_evidence: str | None = None
    row_statuses: list[str] = field(default_factory=list)
    implied_statuses: list[str] = field(default_factory=list)


@pytest.mark.parametrize(("title", "status"), [
    ("Löfte 1 – Trygg trafik (Genomfört)", "done"),
    ("Löfte 2 – Pågår", "ongoing"),
    ("Löfte 3 – Pågående arbete mot klotter", None),  # a topic, not a bare status
    ("Löfte 4 – Trafik", None),
])
def test_heading_status_reads_a_bare_status_at_the_end(title: str, status: str | None) -> None:
    found = statuses.heading_status(title)
    assert (found[0] if found else None) == status


@pytest.mark.parametrize(("parts", "combined"), [
    (["done", "done"], "done"),
    (["ongoing", "not_done"], "ongoing"),
    (["done", "not_done"], "partly_done"),
])
def test_combine(parts: list[str], combined: str) -> None:
    assert statuses.combine(parts) == combined


def test_promised_figure_against_the_reported_one() -> None:
    assert statuses.figures_status("Polisen ska göra minst sex riktade insatser.",
                                   ["Elva riktade insatser har genomförts."]) == (
        "done", "rule promised-figure: 11 reported against at least 6 promised")
    found = statuses.figures_status("Minst tio kontroller per år.", ["Polisen har genomfört fyra kontroller."])
    assert found is not None and found[0] == "partly_done"
    assert statuses.figures_status("Fler kontroller vid skolan.", ["Elva kontroller."]) is None


@pytest.mark.parametrize(("promise", "result", "status"), [
    ("Att genomföra fyra krogtillsyner under året.", "Polisen har genomfört fyra krogtillsyner.", "done"),
    ("Kommunen ska anordna tre nattvandringar.", "Kommunen har genomfört två nattvandringar.", "partly_done"),
    ("Polisen ska patrullera i 3 stadsdelar.", "Polisen har genomfört 2 patrulleringar.", None),
    # a figure reported in the past, as a news page or a follow-up in prose puts it
    ("Polisen lovade att genomföra 20 kontroller.", "Polisen genomförde 25 kontroller.", "done"),
    ("Kommunen ska besöka tio föreningar.", "Kommunen besökte sex föreningar.", "partly_done"),
    # a figure that opens what is to be done sets it too; a year does not
    ("2 nya grannsamverkansområden skulle startas.", "3 nya områden har startats.", "done"),
    ("Fyra trygghetsvandringar ska genomföras.", "Två vandringar har genomförts.", "partly_done"),
    ("2025 ska polisen kontrollera mopeder.", "Polisen har genomfört 12 kontroller.", None),
])
def test_a_figure_after_the_promised_verb_is_promised_too(promise: str, result: str, status: str | None) -> None:
    """Rule promised-figure: "genomföra fyra …" sets a figure as "minst fyra …" does."""
    found = statuses.figures_status(promise, [result])
    assert (found[0] if found else None) == status


def test_document_status_needs_a_statement_about_all_promises() -> None:
    found = statuses.document_status(["Vädret var fint.", "Samtliga utlovade aktiviteter är genomförda."])
    assert found is not None and found[0] == "done"
    assert statuses.document_status(["Aktiviteten är genomförd."]) is None


def test_settle_ranks_the_signals_and_keeps_a_stated_status() -> None:
    stated = _Promise("A", status="not_done", status_evidence="status stated")
    headed = _Promise("B", title="Löfte 2 (Pågår)", implied_statuses=["done"])
    implied = _Promise("C", implied_statuses=["done", "not_done"])
    bare = _Promise("D")
    statuses.settle([stated, headed, implied, bare], ["Samtliga utlovade aktiviteter är genomförda."])
    assert (stated.status, headed.status, implied.status, bare.status) == (
        "not_done", "ongoing", "partly_done", "done")
    assert headed.status_evidence == "status in its heading: 'Löfte 2 (Pågår)'"
    assert bare.status_evidence is not None and bare.status_evidence.startswith("rule document-status")


@pytest.mark.parametrize(("text", "status"), [
    ("Två nya grupper har startat. Delvis uppfyllt, arbetet fortsätter nästa år.", "partly_done"),
    ("Genomfört. Tolv kontroller gjordes.", "done"),
    ("Kontrollerna är gjorda. Uppfyllt – alla tolv.", "done"),
    ("Ej uppfyllt.", "not_done"),
    ("Pågår. Arbetet fortsätter.", "ongoing"),
    ("Ja, vi har haft tolv kontroller.", None),  # a word that opens other sentences too
    ("Klart att vi fortsätter.", None),
    ("Genomförda kontroller visar färre olyckor.", None),  # a status word inside a sentence's subject
    ("Genomfört: tre vandringar under hösten.", None),  # a label over what was done
    ("Polisen har genomfört tolv kontroller.", None),
])
def test_a_sentence_opening_with_a_bare_status_states_it(text: str, status: str | None) -> None:
    """Rule status-sentence: a sentence of result prose that opens with a bare status phrase."""
    assert cue_data.status_sentence(text) == status
    assert cue_data.implied_status(text) == status
