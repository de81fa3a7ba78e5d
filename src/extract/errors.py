"""Errors that name what is wrong with one input, so a batch can report it and go on."""

from __future__ import annotations


class ExtractError(Exception):
    """Base class for errors the CLI reports per file without a traceback."""

    kind = "error"


class InputError(ExtractError):
    """The file cannot be read as the report it claims to be (empty, corrupt, misnamed)."""

    kind = "bad_input"


class UnsupportedFormatError(InputError):
    """No loader handles this file's extension or content."""

    kind = "unsupported_format"


class NeedsOcrError(InputError):
    """A scanned document: no page has a text layer to read."""

    kind = "needs_ocr"


class LimitExceededError(InputError):
    """The file is larger than the configured limits allow (pages, bytes)."""

    kind = "limit_exceeded"


class FileSystemError(ExtractError):
    """The file system refused: an input that cannot be read or is gone, a report that
    cannot be written (permissions, a full disk, a name too long). Not the file's fault,
    nor a bug."""

    kind = "io_error"
