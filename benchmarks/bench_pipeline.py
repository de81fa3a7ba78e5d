"""Speed of the whole pipeline next to bare pdfplumber, on the same files.

    python benchmarks/bench_pipeline.py [FILES_OR_FOLDERS ...] [--repeat N]

Prints pages per second for the PDF path (whole pipeline: load, language,
segmentation, report) beside pdfplumber's own `page.extract_text()`, reports
per second for every format, and the language stage's cost per character of
block text, whole and per component (caches across texts cleared, so each text
pays for itself). Figures, not assertions: run it on this machine's
size (2 cores) and compare runs, not numbers from elsewhere.
"""

from __future__ import annotations

import argparse
import platform
import resource
import time
from pathlib import Path

import pdfplumber

from extract.language import cues as cue_data
from extract.loaders import LoadOptions, load, supported_extensions
from extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [ROOT / "samples", ROOT.parent / "shared" / "corpus" / "dev"]


def files_in(inputs: list[Path]) -> list[Path]:
    found: list[Path] = []
    for item in inputs:
        if item.is_dir():
            found.extend(sorted(p for p in item.rglob("*") if p.suffix.lower() in supported_extensions()))
        elif item.is_file():
            found.append(item)
    return found


def bare_pdfplumber(pdfs: list[Path]) -> tuple[float, int]:
    started, pages = time.perf_counter(), 0
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return time.perf_counter() - started, pages


def pipeline(extractor: Extractor, files: list[Path]) -> float:
    started = time.perf_counter()
    for path in files:
        extractor.extract(path, path.name)
    return time.perf_counter() - started


def language_cost(extractor: Extractor, files: list[Path], repeat: int) -> tuple[float, dict[str, float], int]:
    """Best µs per character of the whole language stage, each component's share of one
    pass (tokenizer included), and the characters measured."""
    texts = list(dict.fromkeys(b.text for path in files for b in load(path, path.name, LoadOptions()).blocks
                               if b.text))
    chars = sum(map(len, texts))
    nlp = extractor.language.nlp
    best = float("inf")
    for _ in range(repeat):
        cue_data.theme_matches.cache_clear()
        started = time.perf_counter()
        for text in texts:
            nlp(text)
        best = min(best, time.perf_counter() - started)
    shares: dict[str, float] = {"tokenizer": 0.0}
    cue_data.theme_matches.cache_clear()
    for text in texts:
        started = time.perf_counter()
        doc = nlp.make_doc(text)
        shares["tokenizer"] += time.perf_counter() - started
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            shares[name] = shares.get(name, 0.0) + time.perf_counter() - started
    total = sum(shares.values())
    return best * 1e6 / chars, {name: t / total for name, t in shares.items()}, chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path, default=DEFAULT_INPUTS)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the files (best is kept)")
    args = parser.parse_args()
    files = files_in(args.inputs)
    pdfs = [p for p in files if p.suffix.lower() == ".pdf"]
    started = time.perf_counter()
    extractor = Extractor()
    startup = time.perf_counter() - started
    pipeline(extractor, files[:1])  # warm caches (lookup tables, regexes)

    bare = min(bare_pdfplumber(pdfs)[0] for _ in range(args.repeat)) if pdfs else 0.0
    pages = bare_pdfplumber(pdfs)[1] if pdfs else 0
    pdf_time = min(pipeline(extractor, pdfs) for _ in range(args.repeat)) if pdfs else 0.0
    all_time = min(pipeline(extractor, files) for _ in range(args.repeat))

    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"{len(files)} files ({len(pdfs)} PDF, {pages} pages), best of {args.repeat}")
    print(f"pipeline start-up (spaCy and rules):      {startup:8.2f} s")
    if pdfs:
        print(f"bare pdfplumber extract_text:             {pages / bare:8.1f} pages/s")
        print(f"whole pipeline, PDF only:                 {pages / pdf_time:8.1f} pages/s")
        print(f"ratio whole pipeline / bare pdfplumber:   {pdf_time / bare:8.2f} x")
    print(f"whole pipeline, all formats:              {len(files) / all_time:8.1f} reports/s")
    per_char, shares, chars = language_cost(extractor, files, args.repeat)
    print(f"language stage ({chars:,} chars of blocks):  {per_char:8.2f} µs/char")
    for name, share in sorted(shares.items(), key=lambda item: -item[1]):
        print(f"    {name:36s} {share:8.0%}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS:                                 {peak:8.0f} MB")


if __name__ == "__main__":
    main()
