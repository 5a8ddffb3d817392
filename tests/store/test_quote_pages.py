"""Pages of quotes (by speaker, about an entity) cut in the index give what sorting every match gives.

The store reads "quotes about" from quote_about's rank index (migration 0005) and cuts the
page there. These tests compare every page with a reference computed the slow way from
the merge's links (every quote whose source article mentions the entity, sorted by
sources then id), for every entity, kind, speaker and page size, on a store filled in
random batches; and check that migration 0005 fills the new columns of a store written
before it exactly as an ingest does.
"""

from __future__ import annotations

import dataclasses
import random
from itertools import pairwise

import pytest

from dateline.store.migrations import MIGRATIONS, migrate
from dateline.store.sql_store import SQLStore
from dateline.types import Article
from tests.store.builders import Doc, build
from tests.store.corpus import DOCS
from tests.store.stores import new_store
from tests.store.synthetic import make_docs

POOL: tuple[Doc, ...] = (*DOCS, *make_docs(11, 40))


def _article(d: Doc) -> Article:
    """The doc's article with every third quote made indirect (both kinds in one store)."""
    a = build(d)
    quotes = tuple(dataclasses.replace(q, kind="indirect") if i % 3 == 2 else q for i, q in enumerate(a.quotes))
    return dataclasses.replace(a, quotes=quotes)


def _filled(seed: int) -> SQLStore:
    order = list(range(len(POOL)))
    rng = random.Random(seed)
    rng.shuffle(order)
    cuts = sorted({0, len(order), *rng.sample(range(1, len(order)), 4)})
    store = new_store()
    for lo, hi in pairwise(cuts):
        store.add_many([(_article(POOL[i]), POOL[i].text) for i in order[lo:hi]])
    return store


def _reference(store: SQLStore, speaker: str | None, about: str | None, kind: str | None) -> list[str]:
    """Quote ids the slow way: every group, filtered, sorted by (sources desc, id)."""
    heads = store.db.rows("SELECT id, speaker_id, kind, n_sources FROM global_quotes")
    about_of: dict[str, set[str]] = {}
    for gid, entity in store.db.rows(
        "SELECT l.global_id, qa.global_entity FROM quote_about qa JOIN quote_links l "
        "ON l.article_id = qa.article_id AND l.quote_ord = qa.quote_ord"
    ):
        about_of.setdefault(gid, set()).add(entity)
    kept = [
        h for h in heads
        if (speaker is None or h[1] == speaker) and (kind is None or h[2] == kind)
        and (about is None or about in about_of.get(h[0], set()))
    ]
    return [h[0] for h in sorted(kept, key=lambda h: (-int(h[3]), h[0]))]


@pytest.mark.parametrize("seed", [0, 1])
def test_quote_pages_equal_the_full_sort(seed: int) -> None:
    with _filled(seed) as store:
        entities = [r[0] for r in store.db.rows("SELECT DISTINCT global_entity FROM quote_about")]
        speakers = [r[0] for r in store.db.rows("SELECT DISTINCT speaker_id FROM global_quotes WHERE speaker_id IS NOT NULL")]
        assert len(entities) >= 4 and len(speakers) >= 3
        multi = store.db.scalar("SELECT COUNT(*) FROM global_quotes WHERE n_sources > 1")
        assert multi > 0  # ranks that differ, so the order is tested, not only membership
        cases = [(None, e) for e in entities] + [(s, None) for s in speakers] + [(s, s) for s in speakers]
        checked = 0
        for speaker, about in cases:
            for kind in (None, "direct", "indirect"):
                expected = _reference(store, speaker, about, kind)
                for limit in (None, 1, 2, 5):
                    got = [q.id for q in store.quotes(speaker, about, kind, limit)]
                    assert got == expected[:limit], (speaker, about, kind, limit)
                    checked += bool(expected)
        assert checked > 40


def test_quote_pages_columns_follow_regrouping() -> None:
    # Article by article: groups gain sources one at a time, so stored rows must be updated.
    with new_store() as store:
        for d in POOL:
            store.add(_article(d), d.text)
        stale = store.db.rows(
            "SELECT qa.article_id, qa.quote_ord FROM quote_about qa "
            "JOIN quote_links l ON l.article_id = qa.article_id AND l.quote_ord = qa.quote_ord "
            "JOIN global_quotes q ON q.id = l.global_id "
            "WHERE qa.global_quote IS NULL OR qa.global_quote <> q.id OR qa.n_sources <> q.n_sources"
        )
        assert stale == []
        assert store.db.scalar("SELECT MAX(n_sources) FROM quote_about") > 1


def test_quote_pages_migration_fills_a_store_written_before_it(tmp_path) -> None:
    path = tmp_path / "before.db"
    with new_store(path) as store:
        for lo, hi in pairwise([0, 9, 20, len(POOL)]):
            store.add_many([(_article(d), d.text) for d in POOL[lo:hi]])
        expected = store.dump()
        # Take the store back to what 0004 left: no rank columns, the old index.
        db = store.db
        with db.transaction():
            db.run("DROP INDEX quote_about_by_rank")
            db.run("ALTER TABLE quote_about DROP COLUMN n_sources")
            db.run("ALTER TABLE quote_about DROP COLUMN global_quote")
            db.run("CREATE INDEX quote_about_by_global ON quote_about (global_entity)")
            db.run("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[4].name,))
        assert store.dump() != expected
        assert [m.name for m in migrate(db, "before.db")] == [MIGRATIONS[4].name]
        assert store.dump() == expected
