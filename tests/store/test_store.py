"""Store behaviour: idempotent adds, id conflicts, whole-article transactions, files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.store import open_store
from dateline.store.codec import content_hash
from dateline.store.errors import ArticleConflictError, RecordStoreError, StoreNotFoundError
from dateline.store.sql_store import SQLStore
from dateline.types import Article
from tests.store.builders import build
from tests.store.corpus import A1, A2, A3, DOCS
from tests.store.stores import new_store


def test_store_add_twice_adds_nothing(tmp_path: Path) -> None:
    with new_store(tmp_path / "s.db") as store:
        assert store.add(build(A1), A1.text) is True
        before = store.dump()
        assert store.add(build(A1), A1.text) is False
        # Same text under another id (a syndicated copy): skipped too.
        assert store.add(replace(build(A1), id="copy-of-wire-1"), A1.text) is False
        assert store.dump() == before
        assert store.find_hash(content_hash(A1.text)) == "wire-1"


def test_store_same_id_other_text_is_a_conflict() -> None:
    with new_store() as store:
        store.add(build(A1), A1.text)
        with pytest.raises(ArticleConflictError, match="wire-1"):
            store.add(replace(build(A2), id="wire-1"), A2.text)
        assert store.get("wire-1").text == A1.text  # type: ignore[union-attr]


def _fail_event_inserts(store: SQLStore) -> None:
    """Make every insert into ``events`` fail, as a backend failure in mid-article would."""
    if store.db.dialect.name == "sqlite":
        store.db.run("CREATE TRIGGER fail_on_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'boom'); END")
    else:
        store.db.run("CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql")
        store.db.run("CREATE TRIGGER fail_on_events BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION boom()")


def test_store_failed_add_writes_nothing() -> None:
    with new_store() as store:
        store.add(build(A1), A1.text)
        # Make the last inserts of an article fail, after its article and entity rows went in.
        _fail_event_inserts(store)
        # Translated (no driver exception escapes): the article refused alone, or the batch.
        with pytest.raises(DatelineError, match="boom"):
            store.add(build(A2), A2.text)
        # The transaction took the article and entity rows written before the failure with it.
        assert store.count() == 1
        assert store.db.scalar("SELECT COUNT(*) FROM entities WHERE article_id = 'daily-7'") == 0
        assert store.find_hash(content_hash(A2.text)) is None


def test_store_bad_record_costs_only_itself() -> None:
    twice = replace(build(A2), entities=build(A2).entities[:1] * 2)  # two entities with one id
    with new_store() as store:
        results = store.add_many([(build(A1), A1.text), (twice, A2.text), (build(A3), A3.text)])
        assert results[0] is True and results[2] is True
        assert isinstance(results[1], RecordStoreError) and "daily-7: two entities have the id" in results[1].message
        assert store.article_ids() == ["wire-1", "gazette-3"] and store.is_merged()


def test_store_iter_articles_in_ingest_order_and_equal() -> None:
    with new_store() as store:
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
    with new_store(db) as store:
        store.add(build(A1), A1.text)
        first = store.dump()
    with new_store(db, create=False) as store:
        assert store.dump() == first
        assert store.get("wire-1").article == build(A1)  # type: ignore[union-attr]


def test_store_sqlite_backend_implements_the_interface() -> None:
    from dateline.store import Store

    with new_store() as store:
        assert isinstance(store, Store)


@pytest.mark.parametrize("bad", ["\ud800", "nul\x00inside"])
def test_store_text_no_backend_can_keep_is_refused_alone(bad: str) -> None:
    odd = replace(build(A2), title=f"title {bad}")
    with new_store() as store:
        results = store.add_many([(build(A1), A1.text), (odd, A2.text)])
        assert results[0] is True
        if bad == "\ud800" or store.db.dialect.name == "postgresql":
            assert isinstance(results[1], RecordStoreError), results[1]
            assert store.article_ids() == ["wire-1"]
        else:  # SQLite keeps a NUL in text as it came
            assert results[1] is True and store.get("daily-7").article.title == odd.title  # type: ignore[union-attr]
