"""Batch speed and scale: the PDF path beside bare pdfplumber, two workers, memory, reruns.

    python benchmarks/bench_batch.py [--reports 200] [--scale 100,2000] [--seed 1]

Makes a synthetic corpus of `--reports` reports in every format (1 to 30 pages,
`scripts/make_corpus.py`; kept under `benchmarks/corpus/` for the next run), then
prints, in one run on the same files:

- bare pdfplumber `page.extract_text()` and the whole pipeline (load, language,
  segmentation, report) on the PDFs, in pages per second, and their ratio;
- words with font name and size by pdfplumber's `extract_words` and by the
  loader's own reading of characters from the page layout, to show the gain;
- `extract run --jobs 1` and `--jobs 2` on the whole corpus, in reports per
  second, and the speed-up of two workers;
- the peak RSS of any worker (from `peak_rss_mb` in `index.jsonl`);
- a rerun over the unchanged corpus, and how much faster it is than the first run;
- with `--scale A,B`: the peak worker RSS after A reports and after B, to show
  that memory stays flat as a batch grows.

Figures, not assertions: the machine is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_pipeline import bare_pdfplumber  # noqa: E402
from extract.pipeline import Extractor  # noqa: E402
from make_corpus import make  # noqa: E402

EXTRACT = Path(sys.executable).with_name("extract")


def corpus(count: int, seed: int) -> Path:
    folder = ROOT / "benchmarks" / "corpus" / f"{count}-{seed}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        make(count, folder, seed, with_gold=False)
        (folder / ".complete").touch()
    return folder


def words_with_fonts(pdfs: list[Path], how: str) -> float:
    """Words with font name and size on every page: pdfplumber's `extract_words`, the loader's
    reading of pdfminer's layout, or its reading of pdfium's text page (the loader's default)."""
    import pypdfium2 as pdfium

    from extract.loaders.pdf import _layout_content, _pdfium_content, _words

    started = time.perf_counter()
    for path in pdfs:
        document = pdfium.PdfDocument(path) if how == "pdfium" else None
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages):
                if how == "pdfium" and document is not None:
                    pdfium_page = document[number]
                    content = _pdfium_content(pdfium_page, pdfium_page.get_textpage(), page)
                    _words((content or _layout_content(page)).chars)
                elif how == "layout":
                    _words(_layout_content(page).chars)
                else:
                    page.extract_words(extra_attrs=["fontname", "size"])
                page.close()
        if document is not None:
            document.close()
    return time.perf_counter() - started


def pipeline(pdfs: list[Path]) -> float:
    extractor = Extractor()
    extractor.extract(pdfs[0], pdfs[0].name)  # warm lookup tables and caches
    started = time.perf_counter()
    for path in pdfs:
        extractor.extract(path, path.name)
    return time.perf_counter() - started


def run(folder: Path, out: Path, *extra: str) -> tuple[float, list[dict[str, object]]]:
    """Wall time of the `extract run` command, and its index entries."""
    started = time.perf_counter()
    subprocess.run([str(EXTRACT), "run", str(folder), "-o", str(out), "--quiet", *extra], check=False)
    elapsed = time.perf_counter() - started
    index = [json.loads(line) for line in (out / "index.jsonl").read_text("utf-8").splitlines()]
    return elapsed, index


def peak(index: list[dict[str, object]]) -> int:
    return max(int(e.get("peak_rss_mb", 0)) for e in index)  # type: ignore[call-overload]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--scale", default="", help="two corpus sizes, e.g. 100,2000, for memory growth")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = corpus(args.reports, args.seed)
    files = [p for p in sorted(folder.iterdir()) if not p.name.startswith(".")]
    pdfs = [p for p in files if p.suffix == ".pdf"]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}; corpus: {len(files)} reports, {len(pdfs)} PDF")

    bare, pages = bare_pdfplumber(pdfs)
    whole = pipeline(pdfs)
    print(f"bare pdfplumber extract_text:        {pages / bare:8.1f} pages/s ({pages} pages)")
    print(f"whole pipeline, PDF path:            {pages / whole:8.1f} pages/s")
    print(f"ratio whole pipeline / bare:         {whole / bare:8.2f} x")
    plumber, own, fast = (words_with_fonts(pdfs, how) for how in ("plumber", "layout", "pdfium"))
    print(f"words with fonts, extract_words:     {pages / plumber:8.1f} pages/s")
    print(f"words with fonts, pdfminer layout:   {pages / own:8.1f} pages/s ({plumber / own:.2f} x faster)")
    print(f"words with fonts, pdfium text page:  {pages / fast:8.1f} pages/s ({plumber / fast:.2f} x faster)")

    with tempfile.TemporaryDirectory() as tmp:
        one, index_one = run(folder, Path(tmp) / "one", "--jobs", "1")
        two, index_two = run(folder, Path(tmp) / "two", "--jobs", "2")
        again, index_again = run(folder, Path(tmp) / "two", "--jobs", "2")
        forced, index_forced = run(folder, Path(tmp) / "two", "--jobs", "2", "--force")
    print(f"extract run --jobs 1:                {len(files) / one:8.1f} reports/s ({one:.1f} s)")
    print(f"extract run --jobs 2:                {len(files) / two:8.1f} reports/s ({two:.1f} s)")
    print(f"speed-up with 2 jobs:                {one / two:8.2f} x")
    print(f"peak RSS of a worker:                {max(peak(index_one), peak(index_two)):8d} MB")
    unchanged = sum(1 for e in index_again if e["status"] == "unchanged")
    print(f"rerun, unchanged inputs:             {again:8.2f} s ({unchanged} of {len(files)} skipped), "
          f"{two / again:.0f} x faster than the first run")
    redone = sum(1 for e in index_forced if e["status"] == "ok")
    print(f"rerun with --force:                  {forced:8.1f} s ({redone} extracted again)")

    if args.scale:
        for size in (int(n) for n in args.scale.split(",")):
            with tempfile.TemporaryDirectory() as tmp:
                seconds, index = run(corpus(size, args.seed), Path(tmp), "--jobs", "2")
            first = peak(index[: min(100, len(index))])
            print(f"{size:5d} reports, --jobs 2:           {seconds:8.1f} s, peak worker RSS {peak(index)} MB "
                  f"(after the first 100: {first} MB)")


if __name__ == "__main__":
    main()
