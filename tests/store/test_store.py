"""Store behaviour: idempotent adds, id conflicts, whole-article transactions, files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dateline.store import SQLiteStore, open_store
from dateline.store.codec import content_hash
from dateline.store.errors import ArticleConflictError, StoreNotFoundError
from dateline.types import Article
from tests.store.builders import build
from tests.store.corpus import A1, A2, DOCS


def test_store_add_twice_adds_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        assert store.add(build(A1), A1.text) is True
        before = store.dump()
        assert store.add(build(A1), A1.text) is False
        # Same text under another id (a syndicated copy): skipped too.
        assert store.add(replace(build(A1), id="copy-of-wire-1"), A1.text) is False
        assert store.dump() == before
        assert store.find_hash(content_hash(A1.text)) == "wire-1"


def test_store_same_id_other_text_is_a_conflict() -> None:
    with SQLiteStore() as store:
        store.add(build(A1), A1.text)
        with pytest.raises(ArticleConflictError, match="wire-1"):
            store.add(replace(build(A2), id="wire-1"), A2.text)
        assert store.get("wire-1").text == A1.text  # type: ignore[union-attr]


def test_store_failed_add_writes_nothing() -> None:
    with SQLiteStore() as store:
        store.add(build(A1), A1.text)
        # Make the last inserts of an article fail, after its article and entity rows went in.
        store.conn.execute(
            "CREATE TRIGGER fail_on_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'boom'); END"
        )
        with pytest.raises(Exception, match="boom"):
            store.add(build(A2), A2.text)
        # The transaction took the article and entity rows written before the failure with it.
        assert store.count() == 1
        assert (
            store.conn.execute("SELECT COUNT(*) FROM entities WHERE article_id = 'daily-7'").fetchone()[0]
            == 0
        )
        assert store.find_hash(content_hash(A2.text)) is None


def test_store_iter_articles_in_ingest_order_and_equal() -> None:
    with SQLiteStore() as store:
        for doc in reversed(DOCS):
            store.add(build(doc), doc.text)
        got = list(store.iter_articles())
        assert [s.article.id for s in got] == [d.id for d in reversed(DOCS)]
        assert all(isinstance(s.article, Article) for s in got)
        assert [s.article for s in got] == [build(d) for d in reversed(DOCS)]


def test_store_query_never_creates_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError, match="dateline ingest"):
        open_store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_store_persists_across_connections(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        store.add(build(A1), A1.text)
        first = store.dump()
    with open_store(db, create=False) as store:
        assert store.dump() == first
        assert store.get("wire-1").article == build(A1)  # type: ignore[union-attr]


def test_store_sqlite_backend_implements_the_interface() -> None:
    from dateline.store import Store

    with SQLiteStore() as store:
        assert isinstance(store, Store)
