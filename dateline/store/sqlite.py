"""The SQLite backend of the Store interface (standard library ``sqlite3``).

Durability decisions:
* autocommit connection with explicit ``BEGIN IMMEDIATE ... COMMIT`` per article, so each
  article's facts land all together or not at all; a SIGKILL at any moment loses at most
  the article being written and a rerun skips every committed one (content hash).
* WAL journal with ``synchronous=NORMAL``: committed transactions survive a killed
  process (not necessarily a power cut, which is acceptable for a re-runnable ingest),
  and readers (queries) can run while an ingest writes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dateline.store import sqlite_merge, sqlite_queries
from dateline.store.codec import (
    CHILD_TABLES,
    COLUMNS,
    article_rows,
    build_article,
    check_offsets,
    content_hash,
)
from dateline.store.errors import ArticleConflictError, StoreError, StoreNotFoundError
from dateline.store.migrations import migrate
from dateline.store.records import EntityEntry, MergeStats, QuoteEntry, StoredArticle, TimelineEntry
from dateline.store.schema import VOLATILE_COLUMNS
from dateline.types import Article

MEMORY = ":memory:"
# Seconds a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT = 60.0


class SQLiteStore:
    """A Dateline store in one SQLite file (or ``":memory:"``).

    path (str | Path): the database file; created with its schema if missing.
    create (bool): if False, a missing file raises StoreNotFoundError (queries never
        create an empty store by mistake).
    """

    def __init__(self, path: str | Path = MEMORY, *, create: bool = True) -> None:
        self.path = str(path)
        if self.path != MEMORY and not create and not Path(self.path).is_file():
            raise StoreNotFoundError(
                f"{self.path}: no such store (create one with: dateline ingest PATH --db FILE)"
            )
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT)
            self.conn.row_factory = sqlite3.Row
            if self.path != MEMORY:
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: cannot open as a Dateline store: {e}") from e

    # -- lifecycle ---------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any exception."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- articles ----------------------------------------------------------------------
    def find_hash(self, digest: str) -> str | None:
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
        return row[0] if row else None

    def add(self, article: Article, text: str) -> bool:
        check_offsets(article, text)
        digest = content_hash(text)
        with self.transaction() as conn:
            # Checked again inside the transaction: another process may have stored it since.
            if conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)).fetchone():
                return False
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                raise ArticleConflictError(
                    f"{article.id}: an article with this id and a different text is already stored; kept it",
                    article.id,
                )
            seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
            now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            rows = article_rows(article, text, seq=seq, ingested_at=now, digest=digest)
            for table in COLUMNS:
                if rows.get(table):
                    cols = COLUMNS[table]
                    conn.executemany(
                        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        rows[table],
                    )
        return True

    def get(self, article_id: str) -> StoredArticle | None:
        head = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchall()
        if not head:
            return None
        rows: dict[str, list[sqlite3.Row]] = {"articles": head}
        for table in CHILD_TABLES:
            order = ", ".join(c for c in COLUMNS[table][1:] if c.endswith("ord"))
            rows[table] = self.conn.execute(
                f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}", (article_id,)
            ).fetchall()
        return StoredArticle(build_article(rows), head[0]["text"], head[0]["content_hash"])

    def article_ids(self) -> list[str]:
        """RETURNS every stored article id in ingest order."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY seq")]

    def iter_articles(self) -> Iterator[StoredArticle]:
        for aid in self.article_ids():
            stored = self.get(aid)
            if stored is not None:
                yield stored

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    # -- merge and queries (SQL in sqlite_merge.py / sqlite_queries.py) ------------------
    def is_merged(self) -> bool:
        """RETURNS True when the merge has seen every stored article."""
        return sqlite_merge.merged_count(self.conn) == self.count()

    def merge(self, force: bool = False) -> MergeStats:
        if not force and self.is_merged():
            return sqlite_merge.stats(self.conn)
        with self.transaction() as conn:
            return sqlite_merge.rebuild(conn)

    def find_entities(self, name: str) -> list[EntityEntry]:
        self.merge()
        return sqlite_queries.find_entities(self.conn, name)

    def entities(self, type: str | None = None) -> list[EntityEntry]:
        self.merge()
        return sqlite_queries.entities(self.conn, type)

    def entity_links(self) -> list[tuple[str, str, str]]:
        self.merge()
        return [
            (r[0], r[1], r[2])
            for r in self.conn.execute(
                "SELECT article_id, entity_id, global_id FROM entity_links ORDER BY article_id, entity_id"
            )
        ]

    def events_of(self, entity_id: str | None) -> list[TimelineEntry]:
        self.merge()
        return sqlite_queries.events_of(self.conn, entity_id)

    def quotes(self, speaker_id: str | None = None, about_id: str | None = None,
               kind: str | None = None) -> list[QuoteEntry]:
        self.merge()
        return sqlite_queries.quotes(self.conn, speaker_id, about_id, kind)

    # -- comparison --------------------------------------------------------------------
    def dump(self) -> str:
        """Every table's rows, sorted, as JSON lines (volatile wall-clock columns left out).

        Two stores with the same contents give the same dump, whatever order SQLite
        keeps the rows in: the kill-and-rerun test compares these.
        """
        lines: list[str] = []
        tables = [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            cols = [
                r[1]
                for r in self.conn.execute(f"PRAGMA table_info({table})")
                if r[1] not in VOLATILE_COLUMNS.get(table, ())
            ]
            col_sql = ", ".join(f'"{c}"' for c in cols)
            lines.append(f"# {table} ({col_sql})")
            for row in self.conn.execute(f"SELECT {col_sql} FROM {table} ORDER BY {col_sql}"):
                lines.append(json.dumps(list(row), ensure_ascii=False))
        return "\n".join(lines) + "\n"


def open_store(path: str | Path, *, create: bool = True) -> SQLiteStore:
    """Open (or create) the store at ``path``. RETURNS the backend for it.

    Only SQLite exists today; the URL-style dispatch (``postgresql://``) will live here.
    """
    return SQLiteStore(path, create=create)
