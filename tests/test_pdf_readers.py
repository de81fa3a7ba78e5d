"""pdfium, the fast character source, gives the reports pdfminer (the reference reader) gives.

Both readers run over the sample, the development corpus, generated reports (one and two
columns, running headers, hyphenation) and the published texts set as PDF reports; the
blocks must agree in kind, text, level, emphasis and page, and their boxes within 1.5
points (they agree within half a point but where an italic line ends: pdfium's box of its
last letter takes in the slant, about a point further right than the letter's advance).
Where pdfminer cannot map a glyph ("(cid:127)" for a bullet of a standard font), pdfium
maps it: such files are named, not compared.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, SHARED
from extract.loaders import LoadOptions, load
from extract.loaders import pdf as pdf_loader

sys.path.insert(0, str(ROOT / "scripts"))


def _pdfs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from make_corpus import make

    generated = tmp_path_factory.mktemp("generated")
    make(12, generated, seed=7, formats=("pdf",))
    found = sorted(SAMPLES.glob("*.pdf")) + sorted(generated.glob("*.pdf"))
    if (SHARED / "corpus" / "dev").is_dir():
        found += sorted((SHARED / "corpus" / "dev").glob("*.pdf"))
    if (SHARED / "corpus" / "real").is_dir():
        from render_corpus import render

        rendered = tmp_path_factory.mktemp("rendered")
        render(SHARED / "corpus" / "real", rendered, ["pdf"])
        found += sorted((rendered / "pdf").glob("*.pdf"))
    return found


def test_both_readers_give_the_same_blocks(tmp_path_factory: pytest.TempPathFactory,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    read_by_pdfium = 0
    original = pdf_loader._pdfium_content

    def counting(page: object, textpage: object, plumbed: object) -> object:
        nonlocal read_by_pdfium
        content = original(page, textpage, plumbed)
        read_by_pdfium += content is not None
        return content

    monkeypatch.setattr(pdf_loader, "_pdfium_content", counting)
    compared, mapped_only_by_pdfium = 0, []
    pdfs = _pdfs(tmp_path_factory)
    for path in pdfs:
        reference = load(path, path.name, LoadOptions(pdf_chars="pdfminer"))
        fast = load(path, path.name, LoadOptions(pdf_chars="pdfium"))
        if any("no Unicode map" in w for w in reference.warnings):
            mapped_only_by_pdfium.append(path.name)
            assert not any("(cid:" in b.text for b in fast.blocks)
            continue
        assert [(b.kind, b.text, b.level, b.bold, b.locator.page) for b in fast.blocks] == [
            (b.kind, b.text, b.level, b.bold, b.locator.page) for b in reference.blocks], path.name
        for ours, theirs in zip(fast.blocks, reference.blocks, strict=True):
            if ours.locator.bbox and theirs.locator.bbox:
                assert max(abs(a - b) for a, b in zip(ours.locator.bbox, theirs.locator.bbox, strict=True)) <= 1.5
        compared += 1
    assert compared + len(mapped_only_by_pdfium) == len(pdfs) >= 13  # the sample and 12 generated at least
    assert read_by_pdfium > compared  # most pages came from pdfium
    assert len(mapped_only_by_pdfium) <= 3, mapped_only_by_pdfium


def test_pages_pdfium_might_read_otherwise_go_to_pdfminer(tmp_path: Path) -> None:
    """A turned page, a page with drawn rules (a table), text running up the page."""
    import io

    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1)
    pdf.drawString(72, 760, "Polisen lovar att minska klottret.")  # upright, no rules: pdfium
    pdf.showPage()
    pdf.setPageRotation(90)
    pdf.drawString(72, 760, "Polisen lovar att minska klottret.")
    pdf.showPage()
    pdf.rect(60, 700, 200, 40)
    pdf.drawString(72, 715, "Polisen lovar att minska klottret.")
    pdf.showPage()
    pdf.saveState()
    pdf.translate(300, 100)
    pdf.rotate(90)
    pdf.drawString(0, 0, "Polisen lovar att minska klottret.")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    import pdfplumber

    document = pdfium.PdfDocument(buffer.getvalue())
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as plumbed:
        read = [pdf_loader._pdfium_content(document[i], document[i].get_textpage(), plumbed.pages[i]) is not None
                for i in range(4)]
    assert read == [True, False, False, False]


def _page_words(path: Path) -> list[tuple[object, object]]:
    """Each page's words as pdfium gives them at once and as its characters give them."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    found = []
    document = pdfium.PdfDocument(path)
    for page in document:
        text = page.get_textpage()
        chars, _ = pdf_loader._pdfium_chars(text.raw, page.get_height(), raw, ctypes)
        at_once = pdf_loader._pdfium_words(text.raw, page.get_height(), raw, ctypes)
        found.append((at_once[0] if at_once else at_once, pdf_loader._words(chars) if chars is not None else None))
    return found


def test_words_read_at_once_are_the_words_of_the_characters(tmp_path_factory: pytest.TempPathFactory) -> None:
    """pdfium's words come from runs of characters in its text order, not from characters
    one by one; on every page they are the words the characters give (font, size, box)."""
    pages = [pair for path in _pdfs(tmp_path_factory) for pair in _page_words(path)]
    at_once = [words for words, _ in pages if words is not None]
    assert len(at_once) >= 0.9 * len(pages)
    assert all(words == by_chars for words, by_chars in pages if words is not None)


def test_text_drawn_over_text_is_read_character_by_character(tmp_path: Path) -> None:
    """Two lines drawn over each other, their letters interleaving along the baseline: runs in
    pdfium's order would part the words otherwise than the characters do, so the page is read
    character by character, and gives the same words as the characters."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "overprinted.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    pdf.drawString(72, 760, "Trygghetsvandringar")
    pdf.drawString(75, 760, "Kommunen")
    pdf.drawString(72, 700, "Trygghetsvandringar i Åby centrum.")
    pdf.save()
    [(at_once, by_chars)] = _page_words(path)
    assert at_once is None and by_chars
    document = load(path, path.name, LoadOptions())
    assert "Trygghetsvandringar i Åby centrum." in [b.text for b in document.blocks]


@pytest.mark.parametrize("objects", [
    [7] * 60,
    [1, 1, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4],
    [5, 6, 8, 8],
    [9],
    [],
])
def test_text_objects_are_found_in_stretches_with_few_calls(objects: list[int]) -> None:
    """The stretches of one text object each are those the characters give one by one, and
    a long stretch costs a few calls, not one per character. (That pdfium keeps each
    object's characters together, which the search relies on, is checked on whole PDFs by
    the test above: the character reader asks each character's object.)"""
    asked: list[int] = []

    def object_of(index: int) -> int:
        asked.append(index)
        return objects[index]

    drawn = list(range(len(objects)))
    stretches = list(pdf_loader._object_stretches(drawn, object_of))
    expected, start = [], 0
    for obj, group in itertools.groupby(objects):
        size = len(list(group))
        expected.append((obj, start, start + size))
        start += size
    assert stretches == expected
    if len(objects) == 60:
        assert len(asked) <= 12
