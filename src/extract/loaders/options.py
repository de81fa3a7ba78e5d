"""Options that limit and steer how one file is loaded."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """Limits and switches that apply to loading one file.

    The limits keep one hostile file (thousands of pages, a huge dump) from
    stalling a batch; the file is reported as over the limit instead.
    """

    max_bytes: int = 100 * 1024 * 1024
    max_pages: int = 500
    password: str | None = None
