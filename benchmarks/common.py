"""What every benchmark shares: the machine and its load, the generated corpus, and timing
sides in alternating order.

Absolute figures on a shared 2-core machine swing with its load, so a benchmark
names the load it ran under and compares sides run in turns on the same files
(A B C, then C B A, ...), each repeated; the median of each side is reported with
its spread, and the ratios between medians are the figures to quote.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_corpus import make  # noqa: E402


def corpus(count: int, seed: int = 1) -> Path:
    """The generated corpus of `count` reports (`scripts/make_corpus.py`), kept for the next run."""
    folder = ROOT / "benchmarks" / "corpus" / f"{count}-{seed}"
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        make(count, folder, seed, with_gold=False)
        (folder / ".complete").touch()
    return folder


def corpus_files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.iterdir()) if not p.name.startswith(".")]


def pages_of(pdfs: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for path in pdfs:
        document = pdfium.PdfDocument(path)
        total += len(document)
        document.close()
    return total


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def load() -> str:
    """The machine's load averages over 1, 5 and 15 minutes."""
    try:
        return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "load unknown"


def machine() -> str:
    """The machine, the Python and the load, to print beside every set of figures."""
    return (f"machine: {platform.machine()}, {os.cpu_count()} cores ({_cpu_model()}), "
            f"{platform.python_implementation()} {platform.python_version()}; {load()}")


def alternate(sides: dict[str, Callable[[], float]], repeat: int) -> dict[str, list[float]]:
    """Each side's seconds over `repeat` rounds, the sides run in turns, the order reversed every
    round so that none is always first (or always after the slowest)."""
    names = list(sides)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(repeat):
        for name in names if round_number % 2 == 0 else reversed(names):
            times[name].append(sides[name]())
    return times


def timed(action: Callable[[], object]) -> Callable[[], float]:
    """A side: the seconds `action` takes."""
    def side() -> float:
        started = time.perf_counter()
        action()
        return time.perf_counter() - started
    return side


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float]) -> str:
    """The range of a side's runs around its median, in per cent."""
    middle = median(values)
    if not middle or len(values) < 2:
        return ""
    return f"(runs {100 * (min(values) / middle - 1):+.0f}/{100 * (max(values) / middle - 1):+.0f} %)"
