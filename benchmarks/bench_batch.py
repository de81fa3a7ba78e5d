"""Batch speed and scale: one worker against two, memory, reruns.

    python benchmarks/bench_batch.py [--reports 200] [--repeat 2] [--scale 100,2000] [--seed 1]

On the generated corpus of `--reports` reports in every format (1 to 30 pages,
`scripts/make_corpus.py`; kept under `benchmarks/corpus/` for the next run), in
one run on the same files, medians of runs in alternating order:

- words with font name and size: pdfplumber's `extract_words`, the loader's
  reading of pdfminer's layout (the reference reader) and of pdfium's text page
  (its default);
- `extract run --jobs 1` and `--jobs 2` on the whole corpus, in reports per
  second, and the speed-up of two workers;
- the peak RSS of any worker (from `peak_rss_mb` in `index.jsonl`);
- a rerun over the unchanged corpus, and how much faster it is than the first run;
- with `--scale A,B`: the peak worker RSS after A reports and after B, to show
  that memory stays flat as a batch grows.

Figures, not assertions: the machine and its load are printed with them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

from common import alternate, corpus, corpus_files, machine, median, pages_of, spread

EXTRACT = Path(sys.executable).with_name("extract")


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
    parser.add_argument("--repeat", type=int, default=2, help="runs of each side, in alternating order")
    parser.add_argument("--scale", default="", help="two corpus sizes, e.g. 100,2000, for memory growth")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = corpus(args.reports, args.seed)
    files = corpus_files(folder)
    pdfs = [p for p in files if p.suffix == ".pdf"]
    print(machine())
    pages = pages_of(pdfs)
    print(f"corpus: {len(files)} reports, {len(pdfs)} PDF ({pages} pages); each side {args.repeat} times, "
          "in alternating order; medians")

    words = alternate({how: (lambda how=how: words_with_fonts(pdfs, how))  # type: ignore[misc]
                       for how in ("plumber", "layout", "pdfium")}, args.repeat)
    plumber = median(words["plumber"])
    for how, label in (("plumber", "pdfplumber extract_words"), ("layout", "loader, pdfminer layout"),
                       ("pdfium", "loader, pdfium text page")):
        runs = words[how]
        print(f"words with fonts, {label + ':':26s} {pages / median(runs):7.1f} pages/s "
              f"({plumber / median(runs):.2f} x pdfplumber) {spread(runs)}")

    with tempfile.TemporaryDirectory() as tmp:
        indexes: dict[str, list[dict[str, object]]] = {}

        def jobs(count: int) -> float:
            out = Path(tmp) / f"jobs{count}-{len(indexes)}"
            seconds, indexes[out.name] = run(folder, out, "--jobs", str(count))
            return seconds

        runs = alternate({"1": lambda: jobs(1), "2": lambda: jobs(2)}, args.repeat)
        last = Path(tmp) / sorted(indexes)[-1]
        again = [run(folder, last, "--jobs", "2")[0] for _ in range(3)]
        index_again = json.loads("[" + ",".join((last / "index.jsonl").read_text("utf-8").splitlines()) + "]")
    one, two = median(runs["1"]), median(runs["2"])
    print(f"extract run --jobs 1:                {len(files) / one:8.1f} reports/s ({one:.1f} s) {spread(runs['1'])}")
    print(f"extract run --jobs 2:                {len(files) / two:8.1f} reports/s ({two:.1f} s) {spread(runs['2'])}")
    print(f"speed-up with 2 jobs:                {one / two:8.2f} x (target: at least 1.8)")
    print(f"peak RSS of a worker:                {max(peak(i) for i in indexes.values()):8d} MB (target: under 400)")
    unchanged = sum(1 for e in index_again if e["status"] == "unchanged")
    print(f"rerun, unchanged inputs:             {median(again):8.2f} s ({unchanged} of {len(files)} skipped), "
          f"{two / median(again):.0f} x faster than the first run (target: at most 0.3 s for 200)")

    if args.scale:
        for size in (int(n) for n in args.scale.split(",")):
            with tempfile.TemporaryDirectory() as tmp:
                seconds, index = run(corpus(size, args.seed), Path(tmp), "--jobs", "2")
            first = peak(index[: min(100, len(index))])
            print(f"{size:5d} reports, --jobs 2:           {seconds:8.1f} s, peak worker RSS {peak(index)} MB "
                  f"(after the first 100: {first} MB)")
    print(machine().split("; ")[-1] + " (after)")


if __name__ == "__main__":
    main()
