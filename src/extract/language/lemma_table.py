"""The lookup lemma table (word form -> lemma) from spacy-lookups-data, looked up on demand.

The Swedish table has 660,000 entries. Read from its JSON it takes a second and a
half; as spaCy's `Table` over a second even from a pickle, and a plain dictionary
half a second and about 100 MB in every worker. A report holds a few thousand
distinct forms, so the table is kept as a SQLite database in the user's cache
folder (keyed by the versions that shape it), opened in a millisecond, and each
process looks up only the forms it meets, a document's unknown forms in one query,
and remembers them. A missing, stale or unreadable database is built again (about
a second, once); where none can be written (`--no-cache`, EXTRACT_NO_CACHE=1, a
read-only home), the whole table is read into memory, as it always can be.

A connection belongs to the process that opened it: a worker forked from a parent
that has one opens its own.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

from extract import __version__

_BATCH = 500  # forms per query, under SQLite's limit on bound parameters


class LemmaTable:
    """Forms and their lemmas for one language; `learn` a document's forms, then `get`."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._known: dict[str, str | None] = {}  # every form looked up so far (None: not in the table)
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._whole = False  # the whole table is in `_known`: nothing left to ask
        self._lock = threading.Lock()
        self._open()

    def get(self, form: str, default: str) -> str:
        """The lemma of a form already learnt, else `default` (as a dict's `get`)."""
        lemma = self._known.get(form)
        return default if lemma is None else lemma

    def learn(self, forms: Iterable[str]) -> None:
        """Look up, in as few queries as can be, the forms not asked for before."""
        if self._whole:
            return
        new = [form for form in set(forms) if form not in self._known]
        if not new:
            return
        with self._lock:
            connection = self._connection_here()
            if connection is None:
                return
            for start in range(0, len(new), _BATCH):
                chunk = new[start:start + _BATCH]
                marks = ",".join("?" * len(chunk))
                found = dict(connection.execute(f"SELECT form, lemma FROM lemmas WHERE form IN ({marks})", chunk))
                for form in chunk:
                    self._known[form] = found.get(form)

    def _connection_here(self) -> sqlite3.Connection | None:
        if self._pid != os.getpid():  # forked: the parent's connection stays the parent's
            self._connection, self._pid = None, os.getpid()
            path = cache_file(self.language)
            if path is not None and path.is_file():
                self._connection = _connect(path)
        return self._connection

    def _open(self) -> None:
        path = cache_file(self.language)
        if path is not None:
            connection = _connect(path) if path.is_file() else None
            if connection is None and _build(path, _source(self.language), self.language):
                connection = _connect(path)
            if connection is not None:
                self._connection, self._pid = connection, os.getpid()
                return
        self._known.update(_source(self.language))  # no cache to be had: the whole table, in memory
        self._whole = True


def cache_file(language: str) -> Path | None:
    """Where the table's database lives, named by every version that shapes it; None with
    EXTRACT_NO_CACHE set."""
    if os.environ.get("EXTRACT_NO_CACHE"):
        return None
    from importlib.metadata import PackageNotFoundError, version

    try:
        data = version("spacy-lookups-data")
    except PackageNotFoundError:
        data = "none"
    import platformdirs  # the user's cache folder on Linux ($XDG_CACHE_HOME), macOS and Windows

    root = Path(platformdirs.user_cache_dir("extract", appauthor=False))
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    return root / f"lemmas-{language}-spacy{version('spacy')}-data{data}-extract{__version__}-py{python}.sqlite"


def _source(language: str) -> dict[str, str]:
    """The table as spacy-lookups-data ships it (JSON, or gzipped JSON)."""
    from spacy.util import load_language_data, registry

    found = registry.lookups.get(language) if language in registry.lookups else {}
    source = found.get("lemma_lookup")
    data = dict(load_language_data(source)) if source else {}
    return {str(form): str(lemma) for form, lemma in data.items()}


def _connect(path: Path) -> sqlite3.Connection | None:
    """The database opened read-only, if it is a complete table; None if not (then rebuilt)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        row = connection.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone()
        if row is not None and row[0] == "yes":
            return connection
        connection.close()
    except sqlite3.Error:
        pass
    return None


def _build(path: Path, table: dict[str, str], language: str) -> bool:
    """Write the database beside its place and move it there whole; stale ones of other
    versions are removed. False where the cache folder cannot be written."""
    if not table:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            connection = sqlite3.connect(tmp)
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("CREATE TABLE lemmas (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
            connection.executemany("INSERT INTO lemmas VALUES (?, ?)", sorted(table.items()))
            connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            connection.execute("INSERT INTO meta VALUES ('complete', 'yes')")
            connection.commit()
            connection.close()
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        for stale in [*path.parent.glob(f"lemmas-{language}-*"), *path.parent.glob(f"lookups-{language}-*")]:
            if stale != path:
                stale.unlink(missing_ok=True)  # from other versions (or an earlier format): replaced by this one
    except (OSError, sqlite3.Error):
        return False  # no cache folder to write (read-only home, full disk): the table in memory
    return True
