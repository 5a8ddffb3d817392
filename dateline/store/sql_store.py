"""The Store interface over SQL, the same for every backend (SQLite, PostgreSQL).

A backend opens a connection, wraps it in a Db (db.py) and hands it to SQLStore; all the
store's SQL is here, in incremental.py and in sql_queries.py.

Durability decisions:
* each ``add_many`` is one transaction: the articles' facts *and* their merge land
  together or not at all. A process killed at any moment loses at most the batch being
  written; a rerun skips every committed article (content hash), and the merge is never
  behind the facts, so reads never need to (and never do) write.
* one bad article of a batch (id clash, offsets, rows the backend refuses) is rolled back
  alone (a savepoint) and reported; the others are stored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import Any, Self

from dateline.errors import ArticleError
from dateline.store import incremental, sql_queries
from dateline.store.codec import (
    CHILD_TABLES,
    COLUMNS,
    article_rows,
    build_article,
    check_offsets,
    check_record,
    content_hash,
)
from dateline.store.db import Db
from dateline.store.errors import ArticleConflictError, RecordStoreError, StoreError
from dateline.store.migrations import table_names
from dateline.store.records import (
    ArticleSummary,
    EntityEntry,
    MergeStats,
    QuoteEntry,
    StoreCounts,
    StoredArticle,
    TimelineEntry,
)
from dateline.store.schema import VOLATILE_COLUMNS
from dateline.types import Article

AddResult = bool | ArticleError  # True stored, False already stored, or why it was not


class SQLStore:
    """A Dateline store on one SQL connection (see module docstring).

    db: the connection, its dialect and error translation.
    label: how messages name the store (a file name or a database name, never a password).
    writable: False for a store opened by a read command: ``add`` and ``merge`` refuse.
    """

    def __init__(self, db: Db, label: str, *, writable: bool) -> None:
        self.db = db
        self.label = label
        self.writable = writable

    # -- lifecycle ---------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _require_writable(self) -> None:
        if not self.writable:
            raise StoreError(f"{self.label}: opened for reading only (this command does not write)")

    # -- articles ----------------------------------------------------------------------
    def find_hash(self, digest: str) -> str | None:
        return self.db.scalar("SELECT id FROM articles WHERE content_hash = ?", (digest,))

    def add(self, article: Article, text: str) -> bool:
        """Store one article and merge it, in one transaction. RETURNS False if its text is stored.

        Raises ArticleConflictError (same id, other text), OffsetError (ungrounded span) or
        RecordStoreError (rows the backend refused).
        """
        result = self.add_many([(article, text)])[0]
        if isinstance(result, ArticleError):
            raise result
        return result

    def add_many(self, items: Sequence[tuple[Article, str]]) -> list[AddResult]:
        """Store and merge a batch of articles in one transaction; RETURNS one result per item."""
        self._require_writable()
        results: list[AddResult] = []
        stored: list[str] = []
        with self.db.transaction() as db:
            seq = int(db.scalar("SELECT COALESCE(MAX(seq), 0) FROM articles"))
            now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            checked: list[tuple[Article, str, str]] = []
            digests: set[str] = set()
            ids: set[str] = set()
            faults = [_fault(article, text) for article, text in items]
            sound = [(article, text) for (article, text), fault in zip(items, faults, strict=True) if fault is None]
            # Looked up inside the transaction (another process may have stored them since),
            # for the whole batch at once.
            stored_hashes = {r[0] for r in db.in_chunks("SELECT content_hash FROM articles WHERE content_hash IN (?*)",
                                                        sorted({content_hash(t) for _, t in sound}))}
            stored_ids = {r[0] for r in db.in_chunks("SELECT id FROM articles WHERE id IN (?*)",
                                                     sorted({a.id for a, _ in sound}))}
            for (article, text), fault in zip(items, faults, strict=True):
                if fault is not None:
                    results.append(fault)
                    continue
                digest = content_hash(text)
                if digest in digests or digest in stored_hashes:
                    results.append(False)
                    continue
                if article.id in ids or article.id in stored_ids:
                    results.append(ArticleConflictError(
                        f"{article.id}: an article with this id and a different text is already stored; kept it",
                        article.id,
                    ))
                    continue
                checked.append((article, text, digest))
                digests.add(digest)
                ids.add(article.id)
                results.append(True)
            rows = [
                article_rows(a, t, seq=seq + i + 1, ingested_at=now, digest=d) for i, (a, t, d) in enumerate(checked)
            ]
            try:  # all at once: the fast way, when every article's rows are accepted
                with db.savepoint():
                    self._insert(rows)
                stored = [a.id for a, _, _ in checked]
            except RecordStoreError:  # one of them is refused: find it, article by article
                stored = []
                for (article, _, _), article_rows_ in zip(checked, rows, strict=True):
                    try:
                        with db.savepoint():
                            self._insert([_reseq(article_rows_, seq + len(stored) + 1)])
                        stored.append(article.id)
                    except RecordStoreError as e:
                        msg = e.message if e.article_id else f"{article.id}: cannot store: {e.message}"
                        results[_index_of(results, items, article)] = RecordStoreError(msg, article.id)
            try:
                incremental.merge_new(db, stored)
            except ArticleError as e:  # the merge's own rows were refused: a bug, not the article's fault
                raise StoreError(f"{self.label}: cannot merge the new articles: {e.message}") from e
        return results

    def _insert(self, articles: list[dict[str, list[tuple[Any, ...]]]]) -> None:
        for table in COLUMNS:
            batch = [row for rows in articles for row in rows.get(table, ())]
            if batch:
                cols = COLUMNS[table]
                self.db.many(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", batch)

    def get(self, article_id: str) -> StoredArticle | None:
        head = self.db.rows("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not head:
            return None
        rows: dict[str, list[Any]] = {"articles": head}
        for table in CHILD_TABLES:
            order = ", ".join(c for c in COLUMNS[table][1:] if c.endswith("ord"))
            rows[table] = self.db.rows(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}", (article_id,))
        return StoredArticle(build_article(rows), head[0]["text"], head[0]["content_hash"])

    def article_ids(self) -> list[str]:
        """RETURNS every stored article id in ingest order."""
        return [r[0] for r in self.db.rows("SELECT id FROM articles ORDER BY seq")]

    def iter_articles(self) -> Iterator[StoredArticle]:
        for aid in self.article_ids():
            stored = self.get(aid)
            if stored is not None:
                yield stored

    def count(self) -> int:
        # seq runs 1, 2, 3 ... with no gaps (articles are never deleted): an index lookup,
        # not a scan, so /v1/health stays fast on a large store.
        return int(self.db.scalar("SELECT COALESCE(MAX(seq), 0) FROM articles"))

    def check(self) -> int:
        """Touch every part of the store a query needs; RETURNS the number of articles.

        Raises the store's coded errors when the backend fails (what /v1/health reports).
        """
        self.db.scalar("SELECT COUNT(*) FROM migrations")
        self.db.scalar("SELECT value FROM store_state WHERE key = ?", (incremental.STATE_KEY,))
        self.db.scalar("SELECT id FROM global_entities ORDER BY n_articles DESC, n_mentions DESC, name, id LIMIT 1")
        return self.count()

    # -- merge -------------------------------------------------------------------------
    def is_merged(self) -> bool:
        """RETURNS True when the merge has seen every stored article."""
        return incremental.merged_count(self.db) == self.count()

    def stats(self) -> MergeStats:
        """RETURNS the counts of the fact and derived tables."""

        def n(table: str) -> int:
            return int(self.db.scalar(f"SELECT COUNT(*) FROM {table}"))

        return MergeStats(
            n("articles"), n("entities"), n("global_entities"), n("quotes"), n("global_quotes"),
            n("events"), n("global_events"),
        )

    def merge(self, force: bool = False) -> MergeStats:
        """Rebuild the whole merge if ``force`` or if it is behind; RETURNS the counts.

        Ingests merge as they store (``add_many``), so this is for ``dateline rebuild``
        (changed rules, an upgraded schema).
        """
        if force or not self.is_merged():
            self._require_writable()
            with self.db.transaction() as db:
                incremental.rebuild(db)
        return self.stats()

    # -- queries -----------------------------------------------------------------------
    def find_entities(self, name: str) -> list[EntityEntry]:
        return sql_queries.find_entities(self.db, name)

    def entity(self, entity_id: str) -> EntityEntry | None:
        return sql_queries.entity(self.db, entity_id)

    def search_entities(self, prefix: str, type: str | None = None, limit: int = 50) -> list[EntityEntry]:
        return sql_queries.search_entities(self.db, prefix, type, limit)

    def entities(self, type: str | None = None, limit: int | None = None) -> list[EntityEntry]:
        return sql_queries.entities(self.db, type, limit)

    def entity_links(self) -> list[tuple[str, str, str]]:
        return [
            (r[0], r[1], r[2])
            for r in self.db.rows(
                "SELECT article_id, entity_id, global_id FROM entity_links ORDER BY article_id, entity_id"
            )
        ]

    def events_of(self, entity_id: str | None, limit: int | None = None) -> list[TimelineEntry]:
        return sql_queries.events_of(self.db, entity_id, limit)

    def quotes(
        self, speaker_id: str | None = None, about_id: str | None = None, kind: str | None = None,
        limit: int | None = None,
    ) -> list[QuoteEntry]:
        return sql_queries.quotes(self.db, speaker_id, about_id, kind, limit)

    def latest_articles(self, limit: int) -> list[ArticleSummary]:
        return sql_queries.latest_articles(self.db, limit)

    def counts(self) -> StoreCounts:
        return sql_queries.counts(self.db, self.count())

    def most_quoted(self, type: str = "PERSON", limit: int = 8) -> list[tuple[EntityEntry, int]]:
        return sql_queries.most_quoted(self.db, type, limit)

    def most_mentioned(self, type: str = "PERSON", limit: int = 8) -> list[EntityEntry]:
        return sql_queries.most_mentioned(self.db, type, limit)

    # -- comparison --------------------------------------------------------------------
    def dump(self) -> str:
        """Every table's rows, sorted, as JSON lines (volatile columns left out).

        Two stores with the same contents give the same dump, whatever order the backend
        keeps the rows in and whatever order the articles came in: the kill-and-rerun and
        incremental-equals-rebuild tests compare these.
        """
        lines: list[str] = []
        for table in sorted(table_names(self.db)):
            cols = [c for c in self._columns(table) if c not in VOLATILE_COLUMNS.get(table, ())]
            col_sql = ", ".join(f'"{c}"' for c in cols)
            lines.append(f"# {table} ({col_sql})")
            lines.extend(sorted(json.dumps(list(r), ensure_ascii=False) for r in self.db.rows(f"SELECT {col_sql} FROM {table}")))
        return "\n".join(lines) + "\n"

    def _columns(self, table: str) -> list[str]:
        if self.db.dialect.name == "sqlite":
            return [r[1] for r in self.db.rows(f"PRAGMA table_info({table})")]
        return [
            r[0]
            for r in self.db.rows(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                (table,),
            )
        ]


def _reseq(rows: dict[str, list[tuple[Any, ...]]], seq: int) -> dict[str, list[tuple[Any, ...]]]:
    """The rows with the article's ``seq`` replaced (articles refused before it leave no gap)."""
    head = list(rows["articles"][0])
    head[COLUMNS["articles"].index("seq")] = seq
    return {**rows, "articles": [tuple(head)]}


def _fault(article: Article, text: str) -> ArticleError | None:
    """RETURNS why the record cannot be stored (OffsetError, RecordStoreError), or None."""
    try:
        check_offsets(article, text)
        check_record(article, text)
    except ArticleError as e:
        return e
    return None


def _index_of(results: list[AddResult], items: Sequence[tuple[Article, str]], article: Article) -> int:
    """RETURNS the position of ``article`` among the items (the one reported as stored)."""
    return next(i for i, (a, _) in enumerate(items) if a is article and results[i] is True)
