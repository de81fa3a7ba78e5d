"""Per-format loaders and the one place they are registered.

A loader is a module with `FORMAT` (a name), `sniff(data)` (does the content look
like this format?) and `load(path, data, options) -> Document`. Adding a format
means adding a module and naming it, with its extensions, in `REGISTRY` below.

A loader module is imported when a file first needs it, not before: a run over
unchanged reports, `extract compare` and `import extract` never pay for
BeautifulSoup, lxml, pdfplumber, pdfminer or markdown-it.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from extract.blocks import Document
from extract.errors import InputError, LimitExceededError, UnsupportedFormatError
from extract.loaders.options import LoadOptions

# format -> (module under extract.loaders, the lower-case file extensions it reads)
REGISTRY: dict[str, tuple[str, tuple[str, ...]]] = {
    "markdown": ("markdown", (".md", ".markdown", ".mdown")),
    "text": ("text", (".txt", ".text")),
    "html": ("html", (".html", ".htm", ".xhtml")),
    "pdf": ("pdf", (".pdf",)),
    "docx": ("docx", (".docx",)),
}
EXTENSIONS: dict[str, str] = {ext: fmt for fmt, (_, exts) in REGISTRY.items() for ext in exts}
_SNIFFED = ("pdf", "html", "docx")  # formats whose content is told by its first bytes


def loader(fmt: str) -> ModuleType:
    """The loader module of a format, imported on first use."""
    module = importlib.import_module(f"extract.loaders.{REGISTRY[fmt][0]}")
    assert fmt == module.FORMAT, (module.FORMAT, fmt)
    return module


def supported_extensions() -> tuple[str, ...]:
    return tuple(sorted(EXTENSIONS))


# Word-processor formats extract does not read, which their program saves as one it does
_SAVE_AS = {".doc": "a Word 97–2003 document", ".odt": "an OpenDocument text", ".rtf": "a Rich Text file",
            ".pages": "a Pages document", ".wpd": "a WordPerfect document"}


def unsupported_reason(path: Path) -> str:
    """Why a file's extension names no format extract reads: the known extensions, and for a
    word processor's other formats ("rapport.doc") how to make the file readable."""
    known = ", ".join(supported_extensions())
    reason = f"unknown extension {path.suffix or '(none)'!r}; known: {known}"
    program = _SAVE_AS.get(path.suffix.lower())
    if program:
        reason += f" ({program}: save it as .docx or PDF, which extract reads)"
    return reason


def format_for(path: Path) -> str:
    """The format a file's extension names, or an UnsupportedFormatError naming the known ones."""
    fmt = EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedFormatError(unsupported_reason(path))
    return fmt


def loader_for(path: Path) -> ModuleType:
    return loader(format_for(path))


def load(path: Path, display_path: str | None = None, options: LoadOptions | None = None) -> Document:
    """Read one file into a finalised Document, or raise an InputError saying why not."""
    options = options or LoadOptions()
    format_for(path)  # an unknown extension is refused before the file is read
    size = path.stat().st_size
    if size > options.max_bytes:
        raise LimitExceededError(f"file is {size:,} bytes; the limit is {options.max_bytes:,} (--max-bytes)")
    return load_bytes(path.read_bytes(), display_path or path.name, options)


def load_bytes(data: bytes, name: str, options: LoadOptions | None = None) -> Document:
    """Read a report held in memory; `name` (its file name) says which format it is."""
    options = options or LoadOptions()
    module = loader_for(Path(name))
    if not data:
        raise InputError("empty file (0 bytes)")
    if len(data) > options.max_bytes:
        raise LimitExceededError(f"file is {len(data):,} bytes; the limit is {options.max_bytes:,} (--max-bytes)")
    _check_content(module, data)
    document: Document = module.load(name, data, options)
    if not any(block.text or block.rows for block in document.blocks):
        raise InputError("no text found in the file")
    return document.finalise()


def _check_content(module: ModuleType, data: bytes) -> None:
    """Refuse a file whose bytes are plainly another format than its name says."""
    if module.sniff(data):
        return
    for fmt in _SNIFFED:
        if fmt != module.FORMAT and loader(fmt).sniff(data):
            raise InputError(f"named as {module.FORMAT} but the content is {fmt}")
    raise InputError(f"content is not {module.FORMAT}")


__all__ = ["EXTENSIONS", "REGISTRY", "LoadOptions", "format_for", "load", "load_bytes", "loader", "loader_for",
           "supported_extensions"]
