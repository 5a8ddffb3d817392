"""The SQLite backend of the Store interface (standard library ``sqlite3``): the embedded default.

    from dateline.store.sqlite import SQLiteStore
    store = SQLiteStore("news.db")                # write: created if missing, migrated
    store = SQLiteStore("news.db", create=False)  # read: never writes a byte

Decisions:
* a read opens the file read-only (``mode=ro``), checks it is a current Dateline store and
  writes nothing: no schema, no migration, no journal-mode change. A store in a read-only
  directory (no WAL index can be made beside it) is opened ``immutable``: nobody can
  write it there, so nothing can change under the reader.
* a write uses the WAL journal with ``synchronous=NORMAL``: committed transactions survive a
  killed process (not necessarily a power cut, which is acceptable for a re-runnable
  ingest), and readers can query while an ingest writes. ``BEGIN IMMEDIATE`` serialises
  writers; one waits up to BUSY_TIMEOUT seconds for another.
* every sqlite3 error is translated here (``translate``) into the store's coded errors.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from dateline.errors import DatelineError
from dateline.store import incremental
from dateline.store.db import Db, Dialect
from dateline.store.errors import (
    NotAStoreError,
    RecordStoreError,
    StoreBusyError,
    StoreCorruptError,
    StoreNotFoundError,
    StoreReadOnlyError,
    StoreUnavailableError,
)
from dateline.store.migrations import migrate, refuse_foreign_tables, require_current
from dateline.store.sql_store import SQLStore

MEMORY = ":memory:"
# Page cache per connection (KiB): the merge's lookups hit indexes all over a large store.
CACHE_KIB = 131072
# Seconds a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT = 60.0
DIALECT = Dialect(
    name="sqlite", placeholder="?", begin="BEGIN IMMEDIATE", without_rowid=" WITHOUT ROWID",
    big_integer="INTEGER", binary_text="",
)
# Primary result codes (sqlite3 error.sqlite_errorcode & 0xff), see sqlite.org/rescode.html.
_BUSY, _LOCKED, _READONLY, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 11, 13, 14, 26


def translate(e: BaseException, label: str) -> DatelineError:
    """RETURNS the store's coded error for an sqlite3 error (the message names the store)."""
    if isinstance(e, sqlite3.IntegrityError):
        return RecordStoreError(f"the store refused its rows ({e})")
    code = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (_CORRUPT, _NOTADB):
        return StoreCorruptError(f"{label}: the store is damaged ({e}); restore it or rebuild it from the articles")
    if code == _READONLY:
        return StoreReadOnlyError(f"{label}: the store cannot be written here (read-only file, directory or disk)")
    if code in (_BUSY, _LOCKED):
        return StoreBusyError(f"{label}: the store is locked by another process; try again when it is done")
    if code == _FULL:
        return StoreUnavailableError(f"{label}: the disk is full")
    if code == _CANTOPEN:
        return StoreUnavailableError(f"{label}: cannot open the store file")
    return StoreUnavailableError(f"{label}: the store failed ({e})")


class SQLiteStore(SQLStore):
    """A Dateline store in one SQLite file (or ``":memory:"``).

    path (str | Path): the database file.
    create (bool): True for commands that write: a missing file (or an empty database) gets
        the schema, pending migrations are applied. False for reads: a missing file raises
        StoreNotFoundError, a foreign or empty one NotAStoreError, an outdated one
        StoreOutdatedError; nothing is ever written.
    """

    def __init__(self, path: str | Path = MEMORY, *, create: bool = True) -> None:
        self.path = str(path)
        label = "in-memory store" if self.path == MEMORY else Path(self.path).name
        if self.path != MEMORY and not create and not Path(self.path).is_file():
            raise StoreNotFoundError(f"{label}: no such store (create one with: dateline ingest PATH --db FILE)")
        if self.path != MEMORY and create:
            # A foreign file is refused *before* sqlite3 touches it (sqlite3 would adopt a
            # 0-byte file, and WAL mode writes into any database it opens).
            _refuse_foreign(Path(self.path), label)
        self.conn = _connect(self.path, create, label)
        db = Db(self.conn, DIALECT, sqlite3.Error, lambda e: translate(e, label))
        super().__init__(db, label, writable=create)
        try:
            if create:
                refuse_foreign_tables(db, label)  # before the journal mode changes a byte
                if self.path != MEMORY:
                    db.run("PRAGMA journal_mode=WAL")
                    db.run("PRAGMA synchronous=NORMAL")
                applied = migrate(db, label)
                if any(m.rebuild for m in applied) and self.count():
                    with db.transaction():
                        incremental.rebuild(db)
            else:
                require_current(db, label)
        except BaseException:
            db.close()
            raise


def _refuse_foreign(path: Path, label: str) -> None:
    """Raise NotAStoreError for an existing file that is not an SQLite database."""
    if not path.is_file() or path.stat().st_size == 0:
        return  # missing or empty: a command that writes may create the store there
    with open(path, "rb") as f:
        head = f.read(16)
    if head != b"SQLite format 3\x00":
        raise NotAStoreError(f"{label}: not a Dateline store (not an SQLite database)")


def _connect(path: str, write: bool, label: str) -> sqlite3.Connection:
    try:
        if path == MEMORY:
            conn = sqlite3.connect(MEMORY, isolation_level=None)
        elif write:
            conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
        else:
            conn = _connect_read_only(Path(path))
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        return conn
    except sqlite3.DatabaseError as e:
        if (getattr(e, "sqlite_errorcode", 0) or 0) & 0xFF == _NOTADB:
            raise NotAStoreError(f"{label}: not a Dateline store (not an SQLite database)") from e
        raise translate(e, label) from e


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # opens the file for real
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK):
            raise
    # A WAL store in a directory we may not write: its WAL index cannot be made. Nobody can
    # write there either, so the file cannot change under us: read it as immutable.
    conn = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None)
    conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    return conn


def open_sqlite(path: str | Path, *, create: bool = True) -> SQLiteStore:
    """Open (``create``: or create) the SQLite store at ``path``."""
    return SQLiteStore(path, create=create)
