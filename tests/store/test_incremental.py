"""Incremental merging: any order and batching of ingests gives the store one rebuild gives."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.store.merge import EntityIn, merge_entities
from tests.store.builders import Doc, build
from tests.store.corpus import DOCS
from tests.store.stores import new_store
from tests.store.synthetic import make_docs

POOL: tuple[Doc, ...] = (*DOCS, *make_docs(7, 14))


def _rebuilt(docs: tuple[Doc, ...]) -> str:
    with new_store() as store:
        store.add_many([(build(d), d.text) for d in docs])
        store.merge(force=True)
        return store.dump()


REBUILT = _rebuilt(POOL)


def _incremental(order: list[int], cuts: list[int]) -> str:
    with new_store() as store:
        docs = [POOL[i] for i in order]
        bounds = sorted({0, len(docs), *(c % (len(docs) + 1) for c in cuts)})
        for lo, hi in pairwise(bounds):
            results = store.add_many([(build(d), d.text) for d in docs[lo:hi]])
            assert all(r is True for r in results)
        return store.dump()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order=st.permutations(range(len(POOL))), cuts=st.lists(st.integers(0, 40), max_size=8))
def test_incremental_any_order_and_batches_equals_one_rebuild(order: list[int], cuts: list[int]) -> None:
    assert _incremental(order, cuts) == REBUILT


def test_incremental_one_by_one_equals_rebuild_and_moves_happen() -> None:
    # The bare "Marlow" of gazette-3 first joins Jane Marlow (the only Marlow), then goes
    # back to being its own entity when Rob Marlow arrives: a move the merge must follow.
    order = [0, 1, 2, 3]
    with new_store() as store:
        for i in order:
            store.add(build(POOL[i]), POOL[i].text)
            if i == 2:
                assert store.find_entities("Jane Marlow")[0].n_articles == 3
        assert store.find_entities("Jane Marlow")[0].n_articles == 2
        assert store.dump() == _rebuilt(tuple(POOL[i] for i in order))


def test_incremental_entities_equal_the_reference_merge() -> None:
    with new_store() as store:
        for d in POOL:
            store.add(build(d), d.text)
        rows = [
            EntityIn(r[0], r[1], r[2], r[3], r[4], bool(r[5]))
            for r in store.db.rows(
                """SELECT e.article_id, e.id, e.name, e.type, COUNT(m.ord),
                          MAX(CASE WHEN m.kind = 'name' THEN 1 ELSE 0 END)
                   FROM entities e LEFT JOIN mentions m ON m.article_id = e.article_id AND m.entity_ord = e.ord
                   GROUP BY e.article_id, e.ord, e.id, e.name, e.type"""
            )
        ]
        reference = merge_entities(rows)
        stored = {r[0]: (r[1], r[2], int(r[3]), int(r[4])) for r in store.db.rows(
            "SELECT id, name, type, n_articles, n_mentions FROM global_entities")}
        assert stored == {g.id: (g.name, g.type, g.n_articles, g.n_mentions) for g in reference}
        links = {(a, e): g for a, e, g in store.entity_links()}
        assert links == {m: g.id for g in reference for m in g.members}


@pytest.mark.parametrize("seed", range(8))
def test_incremental_article_by_article_in_shuffled_orders_equals_rebuild(seed: int) -> None:
    # One article per transaction is where groups move most (one-word names changing target,
    # full names typed ORG becoming a person's when an article types them PERSON).
    order = list(range(len(POOL)))
    random.Random(seed).shuffle(order)
    with new_store() as store:
        for i in order:
            assert store.add(build(POOL[i]), POOL[i].text)
        assert store.dump() == REBUILT
