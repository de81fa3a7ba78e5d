"""The theme decision: each signal alone on hand-built input, then the ranking on whole reports."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from extract import promise_themes
from extract.blocks import Block, BlockKind
from extract.language import cues as cue_data
from extract.pipeline import Extractor


@dataclass
class _Item:
    text: str


@dataclass
class _Promise:
    text: str
    block: Block
    themes: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    activities: list[_Item] = field(default_factory=list)
    results: list[_Item] = field(default_factory=list)


def _promise(text: str, *activities: str, kind: BlockKind = BlockKind.PARAGRAPH) -> _Promise:
    return _Promise(text, Block(kind, text), activities=[_Item(a) for a in activities])


def test_a_broad_aim_takes_what_its_activities_name_outright() -> None:
    promise = _promise("Vi lovar att öka tryggheten genom att:",
                       "genomföra trafikkontroller vid skolorna", "stoppa langning av alkohol",
                       "kontrollera hastigheten vid infarterna", "stoppa försäljning av narkotika")
    assert promise_themes.with_activities(promise, cue_data.strong_themes_in, cue_data.themes_in) == [
        "public_safety", "traffic", "drugs"]


def test_one_passing_mention_among_the_activities_does_not_lend_a_theme() -> None:
    promise = _promise("Vi lovar att öka tryggheten genom att:",
                       "genomföra trafikkontroller vid skolorna", "stoppa langning av alkohol")
    assert promise_themes.with_activities(promise, cue_data.strong_themes_in, cue_data.themes_in) == [
        "public_safety"]


def test_a_statement_naming_its_topic_keeps_its_own_themes() -> None:
    promise = _promise("Vi lovar att öka trafiksäkerheten", "sanera klotter vid busshållplatser")
    assert promise_themes.with_activities(promise, cue_data.strong_themes_in, cue_data.themes_in) == ["traffic"]


def test_a_statement_naming_no_theme_takes_every_theme_its_activities_name() -> None:
    promise = _promise("Polisen och kommunen ska tillsammans:",
                       "stoppa mopedåkning på gångvägarna", "byta trasiga lampor i gångtunneln",
                       "hålla föräldramöten i skolan", "kontrollera hastigheten vid skolan")
    assert promise_themes.from_activities(promise, cue_data.themes_in) == ["traffic", "public_safety", "youth"]
    assert promise_themes.from_activities(_promise("Polisen ska tillsammans:"), cue_data.themes_in) is None


def test_a_promise_naming_no_theme_takes_what_its_results_name_last() -> None:
    """Signal theme-from-results: a follow-up's promise that names no theme, under a heading
    that names none, is about what its results name outright; a statement that names one, or a
    heading above it that does, decides first."""
    blocks = [
        Block(BlockKind.HEADING, "Löfte 1", level=2),
        Block(BlockKind.PARAGRAPH, "Fler vuxna ute på kvällarna"),
        Block(BlockKind.HEADING, "Löfte 2", level=2),
        Block(BlockKind.PARAGRAPH, "Minska inbrotten i fritidshusen"),
        Block(BlockKind.HEADING, "Klotter", level=2),
        Block(BlockKind.PARAGRAPH, "Fler vuxna ute på helgerna"),
    ]
    bare = _Promise(blocks[1].text, blocks[1], results=[
        _Item("Nattvandringarna kom inte igång."), _Item("Ingen anmälde sig till dem.")])
    named = _Promise(blocks[3].text, blocks[3], results=[_Item("Nattvandringarna kom inte igång.")])
    headed = _Promise(blocks[5].text, blocks[5], results=[_Item("Nattvandringarna kom inte igång.")])
    assert promise_themes.from_results(bare, cue_data.strong_themes_in) == ["public_safety"]
    assert promise_themes.from_results(_Promise("Fler vuxna ute", blocks[1]), cue_data.strong_themes_in) is None
    promise_themes.assign([bare, named, headed], blocks, cue_data.themes_in, cue_data.strong_themes_in)
    assert (bare.themes, bare.evidence) == (["public_safety"],
                                            ["theme-from-results: named by the results reported on it"])
    assert named.themes == ["burglary"]
    assert headed.themes == ["vandalism"]


def test_activities_decide_before_the_heading_for_a_statement_naming_no_theme() -> None:
    blocks = [
        Block(BlockKind.HEADING, "Narkotika", level=2),
        Block(BlockKind.PARAGRAPH, "Polisen och kommunen ska tillsammans:"),
        Block(BlockKind.LIST_ITEM, "kontrollera hastigheten vid skolan", level=1),
        Block(BlockKind.PARAGRAPH, "Polisen ska hålla möten med föreningarna."),
    ]
    given = _Promise(blocks[1].text, blocks[1], activities=[_Item(blocks[2].text)])
    bare = _Promise(blocks[3].text, blocks[3])
    promise_themes.assign([given, bare], blocks, cue_data.themes_in, cue_data.strong_themes_in)
    assert given.themes == ["traffic"]
    assert given.evidence == ["theme-from-activities: named by the activities listed under it"]
    assert bare.themes == ["drugs"]  # nothing listed under it: the heading decides


def test_context_is_the_lead_in_then_the_headings_above() -> None:
    blocks = [
        Block(BlockKind.HEADING, "Trygg stadskärna", level=2),
        Block(BlockKind.PARAGRAPH, "Kommunen lovar att:"),
        Block(BlockKind.LIST_ITEM, "följa upp arbetet", level=1),
        Block(BlockKind.LIST_ITEM, "ta fram en ny plan", level=1),
    ]
    context = promise_themes.context_blocks(blocks[3], blocks)
    assert [b.text for b in context] == ["Kommunen lovar att:", "Trygg stadskärna"]
    found = promise_themes.from_context(context, cue_data.themes_in)
    assert found is not None and found[0] == ["public_safety"] and found[1] is blocks[0]


def test_the_report_lends_the_theme_most_of_its_promises_share() -> None:
    assert promise_themes.from_document([["traffic"], ["traffic", "youth"], [], ["drugs"]]) == ["traffic"]
    assert promise_themes.from_document([["traffic"], ["youth"], ["drugs"], ["traffic"]]) is None  # half only
    assert promise_themes.from_document([["traffic"], ["drugs"], ["youth"]]) is None
    assert promise_themes.from_document([[], []]) is None


def test_ranking_records_the_signal_that_decided() -> None:
    blocks = [
        Block(BlockKind.HEADING, "Medborgarlöfte 2024", level=1),
        Block(BlockKind.PARAGRAPH, "Polisen lovar att:"),
        Block(BlockKind.LIST_ITEM, "genomföra hastighetskontroller.", level=1),
        Block(BlockKind.LIST_ITEM, "öka trafiksäkerheten vid skolorna.", level=1),
        Block(BlockKind.LIST_ITEM, "hålla möten med föreningarna.", level=1),
        Block(BlockKind.LIST_ITEM, "motverka olovlig jakt.", level=1),
        Block(BlockKind.PARAGRAPH, "Polisen och kommunen ska utveckla samverkan."),
    ]
    promises = [_Promise(b.text, b) for b in blocks[2:]]
    promise_themes.assign(promises, blocks, cue_data.themes_in, cue_data.strong_themes_in)
    assert [p.themes for p in promises] == [["traffic"], ["traffic"], ["traffic"], ["other"], ["other"]]
    assert promises[2].evidence == ["theme-from-report"]
    assert promises[0].evidence == []


def test_listed_promises_take_the_topic_of_their_heading(extractor: Extractor, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("""# Åby – medborgarlöfte 2025

## Ett tryggare centrum

Kommunen lovar att:

- ta fram en ny plan för torget
- följa upp arbetet varje kvartal

## Narkotika

Polisen lovar att:

- hålla regelbundna möten med föreningarna
""", encoding="utf-8")
    report = extractor.extract(path, path.name)
    assert [(p.text, p.themes) for p in report.promises] == [
        ("ta fram en ny plan för torget", ["public_safety"]),
        ("följa upp arbetet varje kvartal", ["public_safety"]),
        ("hålla regelbundna möten med föreningarna", ["drugs"]),
    ]
    assert any(e.startswith("theme-from-context") for e in report.promises[1].evidence)


def test_a_promise_read_from_a_copy_of_its_block_finds_its_context() -> None:
    """A party label cut off ("Polis: Kontroll …" read as "Kontroll …") leaves the promise a
    copy of its block; it stands where the original stood, under the same heading."""
    blocks = [
        Block(BlockKind.HEADING, "Våld i nära relationer", level=2, start=0, end=22),
        Block(BlockKind.LIST_ITEM, "Polis: Utbilda hotellpersonal.", level=1, start=23, end=53),
    ]
    copy = replace(blocks[1], text="Utbilda hotellpersonal.")
    assert [b.text for b in promise_themes.context_blocks(copy, blocks)] == ["Våld i nära relationer"]
    promise = _Promise(copy.text, copy)
    promise_themes.assign([promise], blocks, cue_data.themes_in, cue_data.strong_themes_in)
    assert promise.themes == ["violence"]


def test_an_explanation_between_bullets_is_no_lead_in() -> None:
    blocks = [
        Block(BlockKind.PARAGRAPH, "Kommunen lovar att:"),
        Block(BlockKind.LIST_ITEM, "förbättra belysningen", level=1),
        Block(BlockKind.PARAGRAPH, "Många nämnde trafiken, narkotikan och klottret i enkäten."),
        Block(BlockKind.LIST_ITEM, "röja sly kring lekplatserna", level=1),
    ]
    assert [b.text for b in promise_themes.context_blocks(blocks[3], blocks)] == ["Kommunen lovar att:"]


def test_a_heading_before_at_the_same_level_is_a_sibling_not_context() -> None:
    blocks = [
        Block(BlockKind.HEADING, "Medborgarlöften 2024", level=1),
        Block(BlockKind.HEADING, "Narkotika", level=2),
        Block(BlockKind.PARAGRAPH, "Polisen lovar att stoppa langningen."),
        Block(BlockKind.HEADING, "Information till nyanlända ungdomar", level=2),
        Block(BlockKind.PARAGRAPH, "Polisen lovar att besöka boendena."),
    ]
    assert [b.text for b in promise_themes.context_blocks(blocks[3], blocks)] == ["Medborgarlöften 2024"]
    assert [b.text for b in promise_themes.context_blocks(blocks[4], blocks)] == [
        "Information till nyanlända ungdomar", "Medborgarlöften 2024"]


def test_a_statement_naming_only_whom_it_is_for_takes_its_lead_ins_topic() -> None:
    """Signal audience-and-context: "kvinnor i gymnasieåldern" says whom, the lead-in says what;
    a broad theme of the lead-in ("tryggheten") is not lent, and a topic of its own keeps it."""
    lead_in = Block(BlockKind.PARAGRAPH, "För att minska narkotikan och öka tryggheten lovar vi att:")
    context = (["drugs", "public_safety"], lead_in)
    assert promise_themes.with_audience_topic(["youth"], context) == ["youth", "drugs"]
    assert promise_themes.with_audience_topic(["youth"], (["public_safety"], lead_in)) is None
    assert promise_themes.with_audience_topic(["traffic", "youth"], context) is None
    assert promise_themes.with_audience_topic(["youth"], None) is None


def test_the_audience_signal_is_recorded(extractor: Extractor, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("""# Hjo – medborgarlöfte 2025

## Droger bland unga

Polisen lovar att:

- hålla fyra dialogmöten med elever i gymnasieåldern
- genomföra kontroller av trafiken vid skolorna
""", encoding="utf-8")
    report = extractor.extract(path, path.name)
    assert [p.themes for p in report.promises] == [["youth", "drugs"], ["traffic"]]
    assert any(e.startswith("audience-and-context") for e in report.promises[0].evidence)
