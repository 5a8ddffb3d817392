"""Incremental merging: any order and batching of ingests gives the store one rebuild gives."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.store import queries
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


def _plain_fingerprints(words: list[str], speaker: str | None) -> set[int]:
    """The fingerprints as stores before migration 0009 hold them: every key hashed whole."""
    import hashlib

    def key(parts: tuple[str, ...]) -> int:
        digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
        return int.from_bytes(digest, "big", signed=True)

    out = [("run", speaker, *words[k : k + 5]) for k in range(len(words) - 4)] if speaker else []
    if speaker and 3 <= len(words) < 5:
        out.append(("eq", speaker, *words))
    if len(words) >= 8:
        out.append(("said", *words))
    return {key(p) for p in out}  # type: ignore[arg-type]


def _quote_keys_by(db, fingerprints) -> list[tuple[int, str, int]]:  # type: ignore[no-untyped-def]
    """(key, article id, quote ord) of every stored quote, keyed as ``fingerprints`` of its
    words and its speaker's global id keys it (an earlier migration's layout)."""
    from dateline.store.normalize import quote_words

    rows = db.rows("SELECT q.article_id, q.ord, q.text, l.global_id FROM quotes q LEFT JOIN entity_links l "
                   "ON l.article_id = q.article_id AND l.entity_id = q.speaker_entity")
    return [(k, a, int(o)) for a, o, text, sid in rows for k in fingerprints(quote_words(text), sid)]


def test_incremental_migration_0009_refills_the_fingerprints_a_new_store_has() -> None:
    from dateline.store.migrations import MIGRATIONS, migrate
    with new_store() as store:
        store.add_many([(build(d), d.text) for d in POOL])
        dump = store.dump()
        db = store.db
        old = _quote_keys_by(db, _plain_fingerprints)
        with db.transaction():  # back to what 0008 left
            db.run("DELETE FROM quote_keys")
            db.many("INSERT INTO quote_keys (key, article_id, quote_ord) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", old)
            db.run("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[8].name,))
        assert store.dump() != dump and len(old) > 50
        assert [m.name for m in migrate(db, "before")] == [MIGRATIONS[8].name]
        assert store.dump() == dump


def _every_run_fingerprints(words: list[str], speaker: str | None) -> set[int]:
    """The fingerprints as stores from migration 0009 to 0011 hold them: every run of five
    words, led by the speaker's bits."""
    from dateline.store.merge import SPEAKER_KEY_BITS, _hash, _signed

    out = [("run", speaker, *words[k : k + 5]) for k in range(len(words) - 4)] if speaker else []
    if speaker and 3 <= len(words) < 5:
        out.append(("eq", speaker, *words))
    keys = set()
    if speaker:
        high = _hash(speaker, SPEAKER_KEY_BITS) << (64 - SPEAKER_KEY_BITS)
        keys = {_signed(high | _hash("\x1f".join(k), 64 - SPEAKER_KEY_BITS)) for k in out}  # type: ignore[arg-type]
    if len(words) >= 8:
        keys.add(_signed(_hash("\x1f".join(("said", *words)), 64)))
    return keys


def test_incremental_migration_0011_keeps_the_fingerprints_a_new_store_has() -> None:
    from dateline.store.migrations import MIGRATIONS, migrate
    with new_store() as store:
        store.add_many([(build(d), d.text) for d in POOL])
        dump = store.dump()
        db = store.db
        kept = len(db.rows("SELECT key FROM quote_keys"))
        old = sorted(set(_quote_keys_by(db, _every_run_fingerprints)))
        with db.transaction():  # back to what 0010 left
            db.run("DELETE FROM quote_keys")
            db.many("INSERT INTO quote_keys (key, article_id, quote_ord) VALUES (?, ?, ?)", old)
            db.run("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[10].name,))
        assert store.dump() != dump and len(old) > kept
        assert [m.name for m in migrate(db, "before")] == [MIGRATIONS[10].name]
        assert store.dump() == dump


def _pool_some_undated() -> list:
    """The pool's records with every third one undated (ids and blocks of undated groups differ)."""
    import dataclasses

    from dateline.types import Published

    def record(i: int, d: Doc):  # type: ignore[no-untyped-def]
        a = build(d)
        return dataclasses.replace(a, published=Published(None, "unknown")) if i % 3 == 2 else a

    return [(record(i, d), d.text) for i, d in enumerate(POOL)]


def test_incremental_migration_0010_gives_the_event_ids_and_blocks_a_new_store_has() -> None:
    from dateline.store.migrations import MIGRATIONS, migrate

    with new_store() as store:
        store.add_many(_pool_some_undated())
        dump = store.dump()
        db = store.db
        ids = [r[0] for r in db.rows("SELECT id FROM global_events")]
        assert any(i.startswith("v_0_") for i in ids) and any(i[2:4] in ("19", "20") for i in ids)
        with db.transaction():  # back to what 0009 left: ids and blocks were the hash alone
            for table, col in (("global_events", "id"), ("event_links", "global_id"), ("event_entities", "event_id")):
                db.many(f"UPDATE {table} SET {col} = ? WHERE {col} = ?", [("v_" + i.rsplit("_", 1)[1], i) for i in ids])
            blocks = [r[0] for r in db.rows("SELECT DISTINCT block FROM event_links WHERE block IS NOT NULL")]
            db.many("UPDATE event_links SET block = ? WHERE block = ?", [("b_" + b.rsplit("_", 1)[1], b) for b in blocks])
            db.run("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[9].name,))
        assert store.dump() != dump and len(blocks) > 5
        assert [m.name for m in migrate(db, "before")] == [MIGRATIONS[9].name]
        assert store.dump() == dump


def test_incremental_migration_0012_gives_the_quote_ids_a_new_store_has() -> None:
    from dateline.store.migrations import MIGRATIONS, migrate

    with new_store() as store:
        store.add_many(_pool_some_undated())
        dump = store.dump()
        db = store.db
        ids = [r[0] for r in db.rows("SELECT id FROM global_quotes")]
        assert any(i.startswith("q_0_") for i in ids) and any(i[2:4] in ("19", "20") for i in ids)
        with db.transaction():  # back to what 0011 left: ids were the hash alone
            for table, col in (("global_quotes", "id"), ("quote_links", "global_id"), ("quote_about", "global_quote")):
                db.many(f"UPDATE {table} SET {col} = ? WHERE {col} = ?", [("q_" + i.rsplit("_", 1)[1], i) for i in ids])
            db.run("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[11].name,))
        assert store.dump() != dump and len(ids) > 5
        assert [m.name for m in migrate(db, "before")] == [MIGRATIONS[11].name]
        assert store.dump() == dump


def test_incremental_migration_0014_fills_the_event_keys_a_new_store_has() -> None:
    from dateline.store.migrations import MIGRATIONS, migrate

    half = len(POOL) // 2
    records = _pool_some_undated()
    with new_store() as store:
        store.add_many(records[:half])
        dump = store.dump()
        db = store.db
        n_keys = len(db.rows("SELECT key FROM event_keys"))
        with db.transaction():  # back to what 0013 left: no event keys, blocks indexed
            db.run("DROP TABLE event_keys")
            db.run("CREATE INDEX event_links_by_block ON event_links (block)")
            db.run("DELETE FROM migrations WHERE name = ?", (MIGRATIONS[13].name,))
        assert store.dump() != dump and n_keys > 20
        assert [m.name for m in migrate(db, "before")] == [MIGRATIONS[13].name]
        assert store.dump() == dump
        # and the migrated keys serve the next ingests as the merge's own would
        store.add_many(records[half:])
        migrated = store.dump()
    with new_store() as store:
        store.add_many(records)
        store.merge(force=True)
        assert migrated == store.dump()


def _month_doc(day: int, outlet: str, trigger: str = "met") -> Doc:
    when = f"2021-03-{day:02d}"
    text = f"{outlet}: Nora Quill {trigger} the board of Pellow Mills on {when}."
    return Doc(f"{outlet.lower()}-{day:02d}-{trigger}", text, published=when,
               entities=[("Nora Quill", "PERSON", ["Nora Quill"]), ("Pellow Mills", "ORG", ["Pellow Mills"])],
               events=[(trigger, when, ["Nora Quill"], f"Nora Quill {trigger} the board")])


@pytest.mark.parametrize("last_day", [2, 28])
def test_incremental_events_late_in_a_month_merge_only_the_touched_components(
    last_day: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person's events of every day of a month share a block and keys; an ingest on the
    month's last day merges and reads the events of its own day only (its component), as
    one on the second day does: not the month before it (issue 19)."""
    from dateline.store import incremental

    stored = [_month_doc(d, "Tidewater") for d in range(1, last_day + 1)]
    stored += [_month_doc(d, "Tidewater", "visited") for d in range(1, last_day + 1)]
    new = _month_doc(last_day, "Fenmoor")  # another outlet's report of that day's meeting
    merged: list[int] = []
    read: list[int] = []
    merge_events, event_rows = incremental.merge_events, incremental._event_rows

    def counting_merge(rows, entity_of):  # type: ignore[no-untyped-def]
        merged.append(len(rows))
        return merge_events(rows, entity_of)

    def counting_rows(db, article_ids):  # type: ignore[no-untyped-def]
        out = event_rows(db, article_ids)
        read.append(len(out))
        return out

    with new_store() as store:
        store.add_many([(build(d), d.text) for d in stored])
        block = store.db.rows("SELECT block FROM event_links WHERE article_id = ?", (stored[last_day - 1].id,))[0][0]
        assert len(store.db.rows("SELECT 1 FROM event_links WHERE block = ?", (block,))) == 2 * last_day
        monkeypatch.setattr(incremental, "merge_events", counting_merge)
        monkeypatch.setattr(incremental, "_event_rows", counting_rows)
        store.add_many([(build(new), new.text)])
        monkeypatch.undo()
        # the new report and the stored one of its day, nothing else of the month
        assert merged == [2] and sum(read) == 3
        day = [e for e in queries.timeline(store, "Nora Quill", limit=200)
               if e.date == f"2021-03-{last_day:02d}" and e.summary.endswith("met the board")]
        assert len(day) == 1 and len(day[0].sources) == 2
        incremental_dump = store.dump()
    with new_store() as store:
        store.add_many([(build(d), d.text) for d in [*stored, new]])
        store.merge(force=True)
        assert store.dump() == incremental_dump


@pytest.mark.sqlite_only
def test_incremental_merge_writes_through_keys_never_scans_a_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every row the merge deletes or updates it finds through an index: in a large store a
    statement that scans its table costs the table (issue 19: entity_words, keyed by word,
    was cleared by global id, 0.15-0.2 s an ingest at 10^6 articles)."""
    from dateline.store.db import Db

    seen: dict[str, tuple[object, ...]] = {}
    many = Db.many

    def recording(self: Db, statement: str, rows):  # type: ignore[no-untyped-def]
        batch = [tuple(r) for r in rows]
        if batch and statement.lstrip().upper().startswith(("DELETE", "UPDATE")):
            seen.setdefault(statement, batch[0])
        many(self, statement, batch)

    with new_store() as store:
        store.add_many([(build(d), d.text) for d in POOL[: len(POOL) // 2]])
        monkeypatch.setattr(Db, "many", recording)
        for d in POOL[len(POOL) // 2 :]:  # one by one: names move, aliases and words change
            store.add(build(d), d.text)
        monkeypatch.undo()
        assert any("entity_words" in s for s in seen) and len(seen) > 8
        plans = {s: [row[-1] for row in store.db.rows("EXPLAIN QUERY PLAN " + s, params)] for s, params in seen.items()}
        assert {s: p for s, p in plans.items() if any(step.startswith("SCAN") for step in p)} == {}
