"""The Python API for notebooks: a few verbs whose results carry errors instead of raising them.

    >>> import extract
    >>> report = extract.extract_file("samples/harjedalen-medborgarloften-2023-2024.md")
    >>> for outcome in extract.extract_all(["rapporter/"]):
    ...     print(outcome.path, outcome.report.doc_type if outcome.ok else outcome.message)

The spaCy pipeline is built on first use and kept for the session (building it is the
slow part); `import extract` alone loads none of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.report import Report

if TYPE_CHECKING:
    from extract.blocks import Document
    from extract.pipeline import Extractor

_EXTRACTORS: dict[str | None, Extractor] = {}


def _extractor(model: str | None) -> Extractor:
    from extract.pipeline import Extractor

    if model not in _EXTRACTORS:
        _EXTRACTORS[model] = Extractor(model)
    return _EXTRACTORS[model]


def extract_file(source: str | Path | bytes, name: str | None = None, *, model: str | None = None) -> Report:
    """One report, from a path or from its bytes (then `name`, a file name such as
    "rapport.pdf", says which format it is). Raises `ExtractError` (its `kind` is the
    batch's error class: bad_input, needs_ocr, ...) when the file cannot be read."""
    extractor = _extractor(model)
    if isinstance(source, bytes):
        if not name:
            raise ValueError("extract_file(bytes) needs name=, a file name that says the format")
        return _with_document(*extractor.analyse_bytes(source, name))
    path = Path(source)
    return _with_document(*extractor.analyse(path, name or path.name))


def _with_document(document: Document, report: Report) -> Report:
    """The report, holding its document, so Jupyter shows it highlighted on its text."""
    report._document = document
    return report


@dataclass(frozen=True, slots=True)
class Outcome:
    """What came of one file: its report, or the batch's error class and message."""

    path: str
    report: Report | None = None
    error: str | None = None  # bad_input, unsupported_format, needs_ocr, limit_exceeded, io_error, internal_error
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.report is not None


def extract_all(paths: Iterable[str | Path], *, model: str | None = None) -> Iterator[Outcome]:
    """Every report below the folders (and every file) given, one `Outcome` each, in order.
    A file that fails gives an `Outcome` with its error; the rest go on."""
    from extract.batch import collect, failure_of, is_supported, readable_name
    from extract.loaders import unsupported_reason

    given = [Path(p) for p in paths]
    for task in collect(given):  # no output folder: nothing is written
        relative = readable_name(task.relative)
        if not is_supported(task.path):
            yield Outcome(relative, error="unsupported_format", message=unsupported_reason(task.path))
            continue
        try:
            yield Outcome(relative, report=_with_document(*_extractor(model).analyse(task.path, relative)))
        except Exception as exc:  # reported as the batch reports it; the others go on
            kind, message = failure_of(exc, task)
            yield Outcome(relative, error=kind, message=message)


def load_overview(folder: str | Path) -> Any:
    """The DuckDB database `extract compare` wrote in `folder`, opened read-only: its tables
    and views (`promises`, `reports`, `promise_themes`, ...) as `extract compare` documents them.
    `.df()` on a query gives a pandas DataFrame, `.pl()` a polars one, where installed."""
    import duckdb

    database = Path(folder) / "overview.duckdb"
    if not database.is_file():
        raise FileNotFoundError(f"no overview in {folder}: run `extract compare REPORTS -o {folder}` first")
    return duckdb.connect(str(database), read_only=True)
