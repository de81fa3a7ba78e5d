"""Digests kept between builds, so that a rebuild reads only the reports that changed.

Reading and validating every report is most of an overview's build: about 4 s of CPU
for 10,000 reports, where taking back what an earlier build made of them costs a tenth
of that. So each build writes, beside its products, `OVERVIEW/.digests`: every staged
report's `Digest` with the report file's stamp (its size and modification time, and the
input file its run folder names with whether that exists, since the report's links
point there). The next build into the same folder takes a report's digest from there
while its stamp is unchanged, and reads every other report as before.

The file is MessagePack (srsly's, installed with spaCy): whatever it holds, reading it
runs no code. One that is missing, unreadable, cut short, or written by another version
of extract or for another overview folder is set aside whole, and every report is read;
`extract compare --force` does the same on purpose. A report whose digest is taken
back was valid when it was read, and its file has not changed since.

Beside it, `OVERVIEW/.built` records what the last build was made of (`fingerprint`: every
file's stamp, in order, the page's language, extract's version) and what it counted; a
build made of the very same files, every product still there, has nothing to do (rule
`unchanged-overview`, `build._unchanged`).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import IO, Any

import srsly.msgpack as msgpack

from extract import __version__
from extract.overview.collect import Candidate, source_of
from extract.overview.tables import Digest, PromiseRows

FILE = ".digests"
BUILT = ".built"  # what the last build was made of (`fingerprint`) and what it counted
_FORMAT = 1  # raise it whenever `Digest` or the rows it holds change shape or meaning

Stamp = tuple[int, int, str, bool]
# what a kept file that is cut short, foreign or damaged raises as it is read
_BROKEN = (OSError, ValueError, TypeError, msgpack.exceptions.UnpackException)


def stamp(candidate: Candidate) -> Stamp | None:
    """What must not have changed for a report's digest to be taken back; None when the
    file cannot be looked at (the read that follows says why)."""
    try:
        status = os.stat(candidate.resolved)
    except OSError:
        return None
    source = source_of(candidate)
    return status.st_size, status.st_mtime_ns, "" if source is None else str(source), bool(source and source.exists())


def key(candidate: Candidate) -> str:
    """A report file as the build found it: its path, its run folder and the file it resolves to."""
    return f"{candidate.path}\0{candidate.root}\0{candidate.resolved}"


def _header(overview_dir: Path) -> list[object]:
    return [_FORMAT, __version__, str(overview_dir)]


class Kept:
    """The digests of the last build into an overview folder, each still packed."""

    def __init__(self, entries: dict[str, tuple[Stamp, bytes]] | None = None) -> None:
        self._entries = entries or {}

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def load(cls, path: Path, overview_dir: Path) -> Kept:
        """The digests kept at `path` for `overview_dir` (resolved), or none."""
        try:
            with path.open("rb") as handle:
                unpacker = msgpack.Unpacker(handle, raw=False, use_list=False, max_buffer_size=0)
                if list(next(unpacker, ())) != _header(overview_dir):
                    return cls()
                entries: dict[str, tuple[Stamp, bytes]] = {}
                for record in unpacker:
                    name, kept_stamp, packed = record
                    entries[str(name)] = (tuple(kept_stamp), bytes(packed))
                return cls(entries)
        except _BROKEN:
            return cls()  # missing, cut short or foreign: read every report

    def take(self, candidate: Candidate, current: Stamp | None) -> bytes | None:
        """The report's digest as the last build made it, still packed (`unpack`), if its
        file is unchanged since; each is given once."""
        entry = self._entries.pop(key(candidate), None)
        if entry is None or current is None or entry[0] != current:
            return None
        return entry[1]


class Keeper:
    """Writes the digests of this build, one record at a time, for the next one."""

    def __init__(self, path: Path, overview_dir: Path) -> None:
        self._packer = msgpack.Packer(use_bin_type=True)
        self._handle: IO[bytes] = path.open("wb")
        self._handle.write(self._packer.pack(_header(overview_dir)))

    def add(self, candidate: Candidate, current: Stamp, digest: Digest, packed: bytes | None = None) -> None:
        """Keep `digest` (`packed` already when it was taken back, and written as it was) under
        the report's stamp."""
        body = packed if packed is not None else pack(digest)
        self._handle.write(self._packer.pack([key(candidate), list(current), body]))

    def close(self) -> None:
        self._handle.close()


def pack(digest: Digest) -> bytes:
    """A digest as `Keeper.add` keeps it (`unpack` reads it back)."""
    return bytes(_PACKER.pack(digest))


_PACKER = msgpack.Packer(use_bin_type=True)


def unpack(packed: bytes) -> Digest | None:
    """A digest as `Keeper.add` packed it; None when the bytes are damaged."""
    try:
        # a hook given keeps srsly from looking up its numpy decoders on every call (a third of
        # a millisecond each, more than the unpacking); a digest holds no map to hook
        identity, report_row, codes, period, promises = msgpack.unpackb(packed, raw=False, use_list=False,
                                                                         object_pairs_hook=None)
        return Digest(identity, report_row, codes, period, tuple(PromiseRows._make(rows) for rows in promises))
    except _BROKEN:
        return None


def fingerprint(candidates: list[Candidate], stamps: list[Stamp | None], lang: str, overview_dir: Path) -> str:
    """What a build is made of: every report file found, in order, with its stamp, the page's
    language and the version of extract. Two builds with the same fingerprint give the same
    overview."""
    made = hashlib.sha256()
    for part in (str(_FORMAT), __version__, lang, str(overview_dir)):
        made.update(part.encode("utf-8") + b"\0")
    for candidate, current in zip(candidates, stamps, strict=True):
        made.update(f"{key(candidate)}\0{current}\n".encode("utf-8", "surrogateescape"))
    return made.hexdigest()


def built(out: Path, made_of: str, products: tuple[str, ...]) -> dict[str, Any] | None:
    """The counts of the last build into `out` when it was made of the very same files
    (`fingerprint`) and every one of its `products` is still there; else None."""
    try:
        record = json.loads((out / BUILT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    counts = record.get("counts") if isinstance(record, dict) else None
    if not isinstance(counts, dict) or record.get("fingerprint") != made_of:
        return None
    if not all((out / name).exists() for name in products):
        return None
    return counts


def write_built(path: Path, made_of: str, counts: dict[str, int]) -> None:
    path.write_text(json.dumps({"fingerprint": made_of, "counts": counts}), encoding="utf-8")
