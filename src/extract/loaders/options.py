"""Options that limit and steer how one file is loaded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PdfChars = Literal["pdfium", "pdfminer"]


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """Limits and switches that apply to loading one file.

    The limits keep one hostile file (thousands of pages, a huge dump) from
    stalling a batch; the file is reported as over the limit instead.
    """

    max_bytes: int = 100 * 1024 * 1024
    max_pages: int = 500
    password: str | None = None
    # where a PDF page's characters come from: pdfium (fast; pages it cannot read as pdfminer
    # would, such as turned or ruled ones, still go to pdfminer) or pdfminer alone (the
    # reference reader, for comparison)
    pdf_chars: PdfChars = "pdfium"

    def __post_init__(self) -> None:
        if self.pdf_chars not in ("pdfium", "pdfminer"):
            raise ValueError(f"pdf_chars must be 'pdfium' or 'pdfminer', not {self.pdf_chars!r}")
