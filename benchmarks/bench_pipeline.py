"""The PDF path beside the text layer's floor and pdfplumber, the language stage per character,
and start-up, cold and warm.

    python benchmarks/bench_pipeline.py [FILES_OR_FOLDERS ...] [--repeat 3] [--reports 200]

On the same files (by default the generated corpus of `--reports` reports,
`scripts/make_corpus.py`, every format; its PDFs for the PDF figures), each side
repeated `--repeat` times in alternating order, medians with their spread, all in
one process set up as each `extract run` worker is (the collector tuned, `settle_heap`):

- pages per second of pypdfium2's `get_text_range()` (the text layer's floor: no
  fonts, no boxes, no structure), of pdfplumber's `page.extract_text()`, and of
  the whole PDF path (load, language, segmentation, report), with the ratios the
  targets are stated in;
- µs per character of the language stage over every block of every file, and
  each component's share;
- start-up, from a new process to the first report read: cold (no lemma table
  in the cache folder) and warm (the table cached, as on every later run).

Figures, not assertions: the machine and its load are printed with them.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from common import alternate, corpus, corpus_files, machine, median, pages_of, spread, timed
from extract.language import cues as cue_data
from extract.loaders import LoadOptions, load, supported_extensions
from extract.pipeline import Extractor, settle_heap


def files_in(inputs: list[Path]) -> list[Path]:
    found: list[Path] = []
    for item in inputs:
        if item.is_dir():
            found.extend(sorted(p for p in item.rglob("*") if p.suffix.lower() in supported_extensions()
                                and not p.name.startswith(".")))
        elif item.is_file():
            found.append(item)
    return found


def pdfium_text(pdfs: list[Path]) -> None:
    """The text layer's floor: every page's text in one call, nothing else."""
    for path in pdfs:
        document = pdfium.PdfDocument(path)
        for page in document:
            text_page = page.get_textpage()
            text_page.get_text_range()
            text_page.close()
            page.close()
        document.close()


def bare_pdfplumber(pdfs: list[Path]) -> None:
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()


def whole_path(extractor: Extractor, files: list[Path]) -> None:
    for path in files:
        extractor.extract(path, path.name)


def language_cost(extractor: Extractor, texts: list[str], repeat: int) -> tuple[list[float], dict[str, float]]:
    """Seconds of each pass of the language stage over `texts` (caches across texts cleared,
    so each text pays for itself), and each component's share of one pass."""
    nlp = extractor.language.nlp

    def one_pass() -> None:
        cue_data.theme_matches.cache_clear()
        for text in texts:
            nlp(text)

    passes = alternate({"language": timed(one_pass)}, repeat)["language"]
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
    return passes, {name: t / total for name, t in shares.items()}


STARTUP = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from extract.pipeline import Extractor
imported = time.perf_counter()
extractor = Extractor()
built = time.perf_counter()
extractor.extract(Path(sys.argv[1]), "start.txt")
print(imported - started, built - imported, time.perf_counter() - started)
"""


def startup(cache: Path, first_file: Path, cold: bool) -> tuple[float, float, float]:
    """In a new interpreter (its own start excluded): seconds to import the pipeline's modules
    (spaCy's among them), to build the pipeline, and in all to the first report read. Cold
    empties the cache folder first."""
    if cold:
        shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("EXTRACT_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-c", STARTUP, str(first_file)], env=env, check=True,
                          capture_output=True, text=True)
    imported, built, total = (float(v) for v in done.stdout.strip().splitlines()[-1].split())
    return imported, built, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side, in alternating order")
    parser.add_argument("--reports", type=int, default=200, help="size of the generated corpus (no inputs given)")
    args = parser.parse_args()
    files = files_in(args.inputs) if args.inputs else corpus_files(corpus(args.reports))
    pdfs = [p for p in files if p.suffix.lower() == ".pdf"]
    print(machine())
    pages = pages_of(pdfs)
    print(f"{len(files)} files ({len(pdfs)} PDF, {pages} pages); each side {args.repeat} times, "
          "in alternating order; medians")
    extractor = Extractor()
    settle_heap()  # the process set up as every `extract run` worker is, for all sides alike
    whole_path(extractor, files[:1])  # warm caches (lookup tables, regexes)

    if pdfs:
        times = alternate({
            "pypdfium2 get_text_range": timed(lambda: pdfium_text(pdfs)),
            "pdfplumber extract_text": timed(lambda: bare_pdfplumber(pdfs)),
            "extract, whole PDF path": timed(lambda: whole_path(extractor, pdfs)),
        }, args.repeat)
        for name, runs in times.items():
            print(f"{name + ':':34s} {pages / median(runs):8.1f} pages/s {1000 * median(runs) / pages:7.1f} ms/page "
                  f"{spread(runs)}")
        whole = median(times["extract, whole PDF path"])
        print(f"{'whole PDF path against pdfplumber:':34s} {median(times['pdfplumber extract_text']) / whole:8.2f} x "
              "faster (target: at least 6)")
        print(f"{'whole PDF path against the floor:':34s} {whole / median(times['pypdfium2 get_text_range']):8.1f} x "
              "the time of the text layer alone (target: at most 13)")

    texts = list(dict.fromkeys(b.text for path in files for b in load(path, path.name, LoadOptions()).blocks
                               if b.text))
    chars = sum(map(len, texts))
    passes, shares = language_cost(extractor, texts, args.repeat)
    print(f"{'language stage:':34s} {1e6 * median(passes) / chars:8.2f} µs/char over {chars:,} characters "
          f"{spread(passes)} (target: at most 5)")
    for name, share in sorted(shares.items(), key=lambda item: -item[1]):
        print(f"    {name:30s} {share:8.0%}")

    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "start.txt"
        first.write_text("Polisen och kommunen lovar att öka tryggheten i centrum.\n", encoding="utf-8")
        cache = Path(tmp) / "cache"
        startup(cache, first, cold=True)  # one run to fill the operating system's file cache
        parts: dict[str, list[tuple[float, float, float]]] = {"cold": [], "warm": []}

        def side(kind: str) -> float:
            parts[kind].append(startup(cache, first, cold=kind == "cold"))
            return parts[kind][-1][1]

        alternate({"cold": lambda: side("cold"), "warm": lambda: side("warm")}, args.repeat)
    for kind, label in (("cold", "no lemma table cached"), ("warm", "the table cached, as on every later run")):
        imported, built, total = ([run[i] for run in parts[kind]] for i in range(3))
        print(f"start-up, {kind} ({label}): pipeline built in {median(built):.2f} s {spread(built)}"
              f"{' (target: at most 0.8)' if kind == 'warm' else ''}; with the imports before it "
              f"({median(imported):.2f} s, spaCy's most of it) and the first report, {median(total):.2f} s")
    print(f"{'peak RSS:':34s} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.0f} MB")
    print(machine().split("; ")[-1] + " (after)")


if __name__ == "__main__":
    main()
