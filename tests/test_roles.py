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
    (Block(BlockKind.PARAGRAPH, "Kontakta oss på 0611-123 45 om du har frågor."), "boilerplate", "boilerplate"),
    (Block(BlockKind.PARAGRAPH, "Hjo, 2025-03-01"), "boilerplate", "boilerplate"),
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
