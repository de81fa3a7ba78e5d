"""One report through every stage: load -> blocks -> language -> segments -> report."""

from __future__ import annotations

import gc
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


# objects allocated, net, before the youngest generation is collected (Python's default: 700)
_YOUNG_THRESHOLD = 10_000


def settle_heap() -> None:
    """Tune the garbage collector for a process that extracts report after report with one
    pipeline (a batch worker): what was built so far (the pipeline, its rules and tables)
    lives as long as the process, so it is frozen out of the collector's passes, and the
    youngest generation is collected every 10,000 allocations rather than 700. A report
    allocates millions of small objects that reference counting frees; the collector's
    passes over them were about a fifteenth of a worker's time over the generated corpus,
    and are a sixtieth of it so tuned (`extract run`, benchmarks/bench_batch.py). Memory stays flat:
    what a report leaves in cycles is still collected, only later."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(_YOUNG_THRESHOLD, 10, 10)
