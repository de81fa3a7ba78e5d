"""The stateless first pass: each role rule on a block written for it."""

from __future__ import annotations

import pytest

from extract import roles
from extract.blocks import Block, BlockKind
from extract.language import LanguageStage


@pytest.mark.parametrize(("block", "role", "rule"), [
    (Block(BlockKind.BREAK, ""), "break", "thematic-break"),
    (Block(BlockKind.TABLE, "Löfte | Status", rows=[["Löfte", "Status"]]), "table", "table"),
    (Block(BlockKind.CAPTION, "Bild: polisbil vid torget"), "skip", "caption-or-empty"),
    (Block(BlockKind.PARAGRAPH, "Status: Delvis genomfört"), "status-line", "status-line"),
    (Block(BlockKind.PARAGRAPH, "Genomfört"), "status-word", "status-word"),
    (Block(BlockKind.PARAGRAPH, "Ansvarig: Kommunen"), "responsible", "responsible-line"),
    (Block(BlockKind.PARAGRAPH, "Kontakta oss på 0611-123 45 om du har frågor."), "boilerplate", "boilerplate"),
    (Block(BlockKind.PARAGRAPH, "Hjo, 2025-03-01"), "boilerplate", "boilerplate"),
    (Block(BlockKind.PARAGRAPH, "Frågor om medborgarlöftet besvaras av kommunpolisen."), "boilerplate",
     "boilerplate"),
    (Block(BlockKind.PARAGRAPH, "Per Ek, lokalpolisområdeschef"), "boilerplate", "boilerplate"),  # a signer
    (Block(BlockKind.PARAGRAPH, "Kommunalråd Anna Berg"), "boilerplate", "boilerplate"),
    (Block(BlockKind.PARAGRAPH, "– Vi ser fram emot arbetet, säger Anna Berg."), "quote", "quotation"),
    (Block(BlockKind.PARAGRAPH, "Polisen lovar att minska klottret i centrum."), "text", "text"),
    (Block(BlockKind.LIST_ITEM, "Genomfört", level=1), "text", "text"),  # a bullet is no status line
])
def test_each_role_rule_fires_for_its_block(language: LanguageStage, block: Block, role: str, rule: str) -> None:
    assert roles.classify(block, language.doc) == roles.Role(role, rule)


def test_rule_ids_are_unique_and_blocks_without_text_are_not_annotated() -> None:
    assert len({r.id for r in roles.RULES}) == len(roles.RULES)

    def refuse(text: str) -> object:
        raise AssertionError(f"annotated {text!r}")

    assert roles.classify(Block(BlockKind.BREAK, ""), refuse) == roles.Role("break", "thematic-break")


# --- the forms of a text block: each text rule on a text written for it --------------------

def _reading(language: LanguageStage, text: str, kind: BlockKind = BlockKind.PARAGRAPH,
             about_promises: bool = True) -> roles.Reading:
    block = Block(kind, text, level=1 if kind is not BlockKind.PARAGRAPH else 0)
    return roles.read(block, roles.Context(language, about_promises))


@pytest.mark.parametrize(("text", "kind", "rule", "role"), [
    ("Polisen och kommunen lovar att:", BlockKind.PARAGRAPH, "promise-list-intro", "lead-in"),
    ("Kommunen kommer också att:", BlockKind.PARAGRAPH, "promise-list-intro", "lead-in"),
    ("Under 2026 jobbar polisen med tre löften:", BlockKind.PARAGRAPH, "promise-list-intro", "lead-in"),
    ("Polisen lovar att fler poliser ska patrullera i centrum.", BlockKind.PARAGRAPH, "promise-statement", "promise"),
    ("Varje månad ska minst två trafikkontroller göras vid skolan.", BlockKind.PARAGRAPH, "commitment", "promise"),
    ("Polisen arbetar för att minska klottret i centrum genom att:", BlockKind.PARAGRAPH, "means-lead", "promise"),
    ("Aktiviteter:", BlockKind.PARAGRAPH, "activity-intro-colon", "activity-lead"),
    ("Så här ska vi göra:", BlockKind.PARAGRAPH, "activity-intro-colon", "activity-lead"),
    ("Så här:", BlockKind.PARAGRAPH, "activity-intro-colon", "activity-lead"),
    ("Aktiviteter", BlockKind.HEADING, "activity-intro", "activity-lead"),
    ("Polisen: Patrullera vid resecentrum varje fredag.", BlockKind.PARAGRAPH, "party-label", "promise"),
    ("Resultat:", BlockKind.PARAGRAPH, "result-intro", "result-lead"),
    ("Läs mer om medborgarlöften på polisens webbplats.", BlockKind.PARAGRAPH, "pointer", "note"),
    ("För 2026 utlovas mer närvaro i Åby centrum.", BlockKind.PARAGRAPH, "passive-promise", "promise"),
    ("Polisen har genomfört elva kontroller under våren.", BlockKind.PARAGRAPH, "text", "text"),
])
def test_each_text_rule_names_the_role_of_its_form(language: LanguageStage, text: str, kind: BlockKind,
                                                   rule: str, role: str) -> None:
    reading = _reading(language, text, kind)
    assert reading.role == roles.Role("text", "text")  # no context-free role of its own
    assert roles.text_role(reading) == roles.Role(role, rule)


def test_text_rule_ids_are_unique() -> None:
    ids = [r.id for r in roles.TEXT_RULES] + [r.id for r in roles.RULES]
    assert len(set(ids)) == len(ids)


def test_a_partys_label_over_a_view_of_what_is_needed_is_no_promise(language: LanguageStage) -> None:
    """Rule party-label: "Polisen: För att skapa en trygg plats krävs …" opens with a purpose
    and commits to nothing: the party's view, no promise; with a commitment it still is one."""
    view = _reading(language, "Polisen: För att skapa en trygg plats vid stationen krävs att alla hjälps åt.")
    assert view.party_label == (0, ())
    task = _reading(language, "Polisen: För att skapa en trygg plats ska vi patrullera vid stationen varje fredag.")
    assert task.party_label[1] == ("police",)


def test_lead_in_keeps_its_actors_and_whether_it_names_the_promises(language: LanguageStage) -> None:
    named = _reading(language, "Följande aktiviteter utlovades i förra årets medborgarlöfte:").lead_in
    assert named is not None and named.names
    plain = _reading(language, "Polisen lovar att:").lead_in
    assert plain is not None and plain.actors == ("police",) and not plain.names
    assert _reading(language, "Polisen och kommunen lovar att öka tryggheten genom följande:").lead_in is None
    # a lead over what was done lists reports, not promises
    assert _reading(language, "Under året har polisen genomfört följande aktiviteter:").lead_in is None


@pytest.mark.parametrize(("text", "about", "rule"), [
    ("Polisen och kommunen kommer att hålla fler möten med föreningarna.", True, "parties-commit"),
    ("För att öka tryggheten kommer polisen att patrullera mer i parken.", True, "purpose-first"),
    ("Varje månad ska minst två trafikkontroller göras vid skolan.", True, "commitment-in-promise-section"),
    ("Polisen och kommunen kommer att hålla fler möten med föreningarna.", False, "commitment-in-promise-section"),
    ("Polisen har gett löften som ska öka tryggheten i Åby.", True, None),  # reports, does not commit
    ("Åby ska vara en trygg kommun för alla som bor här.", True, None),  # a state to reach, no task
    ("Polisen ska:", True, None),  # a lead-in
])
def test_commitment_names_the_rule_that_reads_it(language: LanguageStage, text: str, about: bool,
                                                 rule: str | None) -> None:
    assert _reading(language, text, about_promises=about).commitment == rule


def test_later_commitment_finds_where_the_promise_starts(language: LanguageStage) -> None:
    text = "Det andra tillägget gäller alkohol. Polisen och kommunen ska genomföra tre kontroller."
    later = _reading(language, text).later_commitment
    assert later is not None and text[later.start:].startswith("Polisen och kommunen ska")
    assert set(later.actors) == {"police", "municipality"}
    assert _reading(language, "Det andra tillägget gäller alkohol. Det är viktigt.").later_commitment is None


def test_forms_compile_their_words_from_words_toml() -> None:
    from extract import forms

    assert forms.short_lead("Vi kommer att:") and not forms.short_lead("Vi kommer att minska klottret:")
    assert forms.commitment("kommer polisen under våren att") and not forms.commitment("kommer hem")
    assert forms.labelled("Löfte 2 – Trafik") and not forms.labelled("Löftet i korthet")
    assert forms.counts_promises("jobbade polisen med två löften:")
    assert forms.counts_promises("har tecknat följande gemensamma medborgarlöfte")
    assert forms.promised_figure("minst sex insatser") == 6 and forms.reported_figure("Elva riktade insatser") == 11
    assert forms.for_all_promises("Samtliga utlovade aktiviteter är genomförda")
    assert forms.is_results_heading("Så gick det 2025")


@pytest.mark.parametrize(("text", "kinds"), [
    ("Bakgrund", {"background"}),
    ("Löfte 2 – Trafik", {"promise"}),
    ("Medborgarlöften 2026", {"promises", "promise_lists"}),
    ("Det här ska genomföras", {"promise_lists"}),
    ("Våra åtaganden", {"promise_lists"}),
    ("Löften", {"promise_lists"}),  # a plain heading over the list of promises
    ("Så gick det 2025", {"results", "follow_up"}),
    ("Uppföljning av årets löften", {"results", "follow_up"}),
    ("Läget efter ett års uppföljning", {"follow_up"}),  # named anywhere in the heading
    ("Genomförda åtgärder", {"results", "follow_up"}),
    ("Trafiksäkerhet", set()),
])
def test_section_kinds_read_the_heading_lists_of_sections_toml(text: str, kinds: set[str]) -> None:
    assert roles.section_kinds(text) == kinds


def test_every_responsible_label_names_the_giver(language: LanguageStage) -> None:
    """words.toml [givers] responsible: each label, over a party, makes a responsible line."""
    from extract.lexicon import toml_data

    for label in toml_data("words.toml")["givers"]["responsible"]:
        block = Block(BlockKind.PARAGRAPH, f"{label.capitalize()}: Kommunen")
        assert roles.classify(block, language.doc) == roles.Role("responsible", "responsible-line"), label
