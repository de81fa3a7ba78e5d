"""Per-format loaders and the one place they are registered.

A loader is a module with `FORMAT` (a name), `EXTENSIONS` (lower-case suffixes),
`sniff(data)` (does the content look like this format?) and
`load(path, data, options) -> Document`. Adding a format means adding a module
and naming it in `_LOADER_MODULES` below.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from extract.blocks import Document
from extract.errors import InputError, LimitExceededError, UnsupportedFormatError
from extract.loaders import docx, html, markdown, pdf, text
from extract.loaders.options import LoadOptions

_LOADER_MODULES: tuple[ModuleType, ...] = (markdown, text, html, pdf, docx)

LOADERS: dict[str, ModuleType] = {
    ext: module for module in _LOADER_MODULES for ext in module.EXTENSIONS
}


def supported_extensions() -> tuple[str, ...]:
    return tuple(sorted(LOADERS))


def loader_for(path: Path) -> ModuleType:
    module = LOADERS.get(path.suffix.lower())
    if module is None:
        known = ", ".join(supported_extensions())
        raise UnsupportedFormatError(f"unknown extension {path.suffix or '(none)'!r}; known: {known}")
    return module


def load(path: Path, display_path: str | None = None, options: LoadOptions | None = None) -> Document:
    """Read one file into a finalised Document, or raise an InputError saying why not."""
    options = options or LoadOptions()
    loader_for(path)  # an unknown extension is refused before the file is read
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
    for other in _LOADER_MODULES:
        if other is not module and other.FORMAT in {"pdf", "html", "docx"} and other.sniff(data):
            raise InputError(f"named as {module.FORMAT} but the content is {other.FORMAT}")
    raise InputError(f"content is not {module.FORMAT}")


__all__ = ["LOADERS", "LoadOptions", "load", "load_bytes", "loader_for", "supported_extensions"]
