"""The overview's lists and counts read from indexes give what reading every record gives,
migration 0007 (covering link indexes, overview indexes) changes no answer, and migration
0008 fills the merge's tallies of a store written before it as the merge keeps them.

References are computed the slow way, from the full lists the store already answers
(every stored article, every entity, every quote, every dated event), on a store with
dated and undated articles, equal dates and quotes merged across articles.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from dateline.store.migrations import MIGRATIONS, migrate
from dateline.store.sql_store import SQLStore
from dateline.types import Article, Published
from tests.store.builders import Doc, build
from tests.store.corpus import DOCS
from tests.store.stores import backend, new_store
from tests.store.synthetic import make_docs

POOL: tuple[Doc, ...] = (*DOCS, *make_docs(5, 30))
UNDATED = Published(None, "unknown")


def _article(i: int, d: Doc) -> Article:
    """The doc's article; every fourth one undated (dates repeat across the pool)."""
    a = build(d)
    return dataclasses.replace(a, published=UNDATED) if i % 4 == 3 else a


def _fill(store: SQLStore, seed: int = 0) -> None:
    order = list(range(len(POOL)))
    random.Random(seed).shuffle(order)
    for lo, hi in pairwise([0, 7, 19, len(order)]):
        store.add_many([(_article(i, POOL[i]), POOL[i].text) for i in order[lo:hi]])


def _latest_reference(store: SQLStore) -> list[str]:
    """Every stored article sorted: dated first, latest date first, then ingest order."""
    stored = [(n, s.article) for n, s in enumerate(store.iter_articles())]
    dated = sorted((a.published.value, -n, a.id) for n, a in stored if a.published.value)
    return [i for _, _, i in reversed(dated)] + [a.id for _, a in stored if not a.published.value]


def test_sql_queries_latest_articles_equal_sorting_every_article() -> None:
    with new_store() as store:
        _fill(store)
        expected = _latest_reference(store)
        assert len(expected) == store.count() and any(not s.article.published.value for s in store.iter_articles())
        dates = [s.article.published.value for s in store.iter_articles() if s.article.published.value]
        assert len(set(dates)) < len(dates)  # equal dates: the tie rule is tested too
        for limit in (1, 2, 5, len(expected) - 2, len(expected), len(expected) + 3):
            assert [a.id for a in store.latest_articles(limit)] == expected[:limit], limit
        by_id = {s.article.id: s.article for s in store.iter_articles()}
        for summary in store.latest_articles(len(expected)):
            a = by_id[summary.id]
            assert (summary.title, summary.published, summary.published_source) == (
                a.title, a.published.value, a.published.source)
            assert (summary.n_entities, summary.n_quotes, summary.n_events) == (
                len(a.entities), len(a.quotes), len(a.events))


def test_sql_queries_counts_and_most_lists_equal_the_full_lists() -> None:
    with new_store() as store:
        _fill(store, seed=1)
        people = store.entities("PERSON")
        quotes = store.quotes()
        counts = store.counts()
        assert counts.to_dict() == {"articles": store.count(), "people": len(people), "entities": len(store.entities()),
                                    "quotes": len(quotes), "events": len(store.events_of(None))}
        assert counts.people > 3 and counts.quotes > 3 and counts.events > 3
        by_speaker = Counter(q.speaker_id for q in quotes if q.speaker_id)
        person = {e.id: e for e in people}
        ranked = sorted(((person[s], n) for s, n in by_speaker.items() if s in person),
                        key=lambda en: (-en[1], en[0].name, en[0].id))
        assert len(ranked) >= 2 and len({n for _, n in ranked}) > 1
        mentioned = sorted(people, key=lambda e: (-e.n_mentions, e.name, e.id))
        for limit in (1, 2, 3, len(people)):
            assert store.most_quoted("PERSON", limit) == ranked[:limit]
            assert store.most_mentioned("PERSON", limit) == mentioned[:limit]


def _answers(store: SQLStore) -> list[object]:
    """Every entity's timeline and quote pages (by speaker, about), and the overview's lists."""
    out: list[object] = []
    for e in store.entities():
        out += [store.events_of(e.id), store.events_of(e.id, 2), store.quotes(e.id), store.quotes(e.id, limit=2),
                store.quotes(None, e.id), store.quotes(None, e.id, limit=1)]
    return [*out, store.latest_articles(100), store.most_quoted(), store.most_mentioned(), store.counts()]


def test_sql_queries_migration_0007_changes_no_answer(tmp_path: Path) -> None:
    with new_store(tmp_path / "before.db") as store:
        _fill(store, seed=2)
        after = _answers(store)
        dump = store.dump()
        # Take the store back to what 0006 left: the link indexes on the global id alone.
        db = store.db
        with db.transaction():
            for index in ("quote_links_by_global", "event_links_by_global", "articles_by_published",
                          "global_entities_by_mentions"):
                db.run(f"DROP INDEX {index}")
            db.run("CREATE INDEX quote_links_by_global ON quote_links (global_id)")
            db.run("CREATE INDEX event_links_by_global ON event_links (global_id)")
            db.run("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[6].name,))
        before = _answers(store)
        assert before == after and len(before) > 40
        assert [m.name for m in migrate(db, "before.db")] == [MIGRATIONS[6].name]
        assert _answers(store) == after
        assert store.dump() == dump


def test_sql_queries_migration_0008_fills_tallies_as_the_merge_keeps_them(tmp_path: Path) -> None:
    with new_store(tmp_path / "before.db") as store:
        _fill(store, seed=3)
        dump = store.dump()
        kept = store.db.rows("SELECT name, n FROM tallies ORDER BY name")
        assert {r[0] for r in kept} >= {"entities:PERSON", "quotes", "events_dated"}
        assert store.db.scalar("SELECT COUNT(*) FROM speaker_quotes") >= 2
        db = store.db
        with db.transaction():  # back to what 0007 left
            db.run("DROP TABLE tallies")
            db.run("DROP TABLE speaker_quotes")
            db.run("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[7].name,))
        assert [m.name for m in migrate(db, "before.db")] == [MIGRATIONS[7].name]
        assert store.dump() == dump


def test_sql_queries_migration_0013_drops_an_index_no_answer_needs(tmp_path: Path) -> None:
    with new_store(tmp_path / "before.db") as store:
        _fill(store, seed=4)
        after = _answers(store)
        dump = store.dump()
        db = store.db
        with db.transaction():  # back to what 0012 left
            db.run("CREATE INDEX entity_links_by_global ON entity_links (global_id)")
            db.run("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[12].name,))
        assert _answers(store) == after and len(after) > 40
        assert [m.name for m in migrate(db, "before.db")] == [MIGRATIONS[12].name]
        assert _answers(store) == after and store.dump() == dump
        assert not db.rows("SELECT 1 FROM sqlite_master WHERE name = 'entity_links_by_global'") if backend() == "sqlite" \
            else not db.rows("SELECT 1 FROM pg_indexes WHERE indexname = 'entity_links_by_global' "
                             "AND schemaname = current_schema()")


def _plan(store: SQLStore, statement: str, params: tuple[object, ...]) -> str:
    return " | ".join(r[3] for r in store.db.rows(f"EXPLAIN QUERY PLAN {statement}", params))


@pytest.mark.sqlite_only
def test_sql_queries_pages_read_no_link_rows_and_no_sort() -> None:
    # What a first query at 10^6 pays is pages read: the sources of a page come from the
    # link index alone, and the overview's lists are the first rows of an index.
    assert backend() == "sqlite"
    with new_store() as store:
        _fill(store)
        quote_sources = _plan(store, "SELECT l.article_id, l.quote_ord FROM quote_links l WHERE l.global_id IN (?, ?)",
                              ("a", "b"))
        event_sources = _plan(store, "SELECT l.article_id, l.event_ord FROM event_links l WHERE l.global_id IN (?, ?)",
                              ("a", "b"))
        latest = _plan(store, "SELECT id FROM articles WHERE published_value IS NOT NULL "
                              "ORDER BY published_value DESC, seq LIMIT ?", (5,))
        mentioned = _plan(store, "SELECT id FROM global_entities g WHERE g.type = ? "
                                 "ORDER BY g.n_mentions DESC, g.name, g.id LIMIT ?", ("PERSON", 5))
        quoted = _plan(store, "SELECT g.id FROM speaker_quotes s CROSS JOIN global_entities g "
                              "WHERE g.id = s.speaker_id AND g.type = ? ORDER BY s.n DESC, g.name, g.id LIMIT ?",
                       ("PERSON", 5))
    assert "COVERING INDEX quote_links_by_global" in quote_sources
    assert "COVERING INDEX event_links_by_global" in event_sources
    assert "articles_by_published" in latest and "TEMP B-TREE" not in latest
    assert "global_entities_by_mentions" in mentioned and "TEMP B-TREE" not in mentioned
    # Read down the counts (ties on a count sorted by name), not every speaker sorted.
    assert quoted.startswith("SCAN s USING COVERING INDEX speaker_quotes_by_n") and "RIGHT PART OF ORDER BY" in quoted
