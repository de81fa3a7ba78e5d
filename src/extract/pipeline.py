"""One report through every stage: load -> blocks -> language -> segments -> report."""

from __future__ import annotations

from pathlib import Path

from extract.assemble import build_report
from extract.blocks import Document
from extract.language import LanguageStage
from extract.loaders import LoadOptions, load, load_bytes
from extract.report import Report
from extract.segments import Segmenter


class Extractor:
    """Holds what is costly to build (the spaCy pipeline) across many files."""

    def __init__(self, model: str | None = None, load_options: LoadOptions | None = None) -> None:
        self.language = LanguageStage(model)
        self.load_options = load_options or LoadOptions()

    def extract(self, path: Path | str, display_path: str | None = None) -> Report:
        return self.analyse(path, display_path)[1]

    def extract_bytes(self, data: bytes, name: str) -> Report:
        """A report held in memory; `name` (a file name) says which format it is."""
        return self.analyse_bytes(data, name)[1]

    def analyse_bytes(self, data: bytes, name: str) -> tuple[Document, Report]:
        """The loaded document and its report, from bytes in memory."""
        return self._segment(load_bytes(data, name, self.load_options))

    def analyse(self, path: Path | str, display_path: str | None = None) -> tuple[Document, Report]:
        """The loaded document and its report (the document is what `show` highlights)."""
        path = Path(path)
        return self._segment(load(path, display_path or path.name, self.load_options))

    def _segment(self, document: Document) -> tuple[Document, Report]:
        try:
            segmentation = Segmenter(document, self.language).run()
        finally:
            self.language.clear()
        return document, build_report(document, segmentation, self.language.model)
