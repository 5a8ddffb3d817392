"""Rebuild the derived merge tables of an SQLite store from its fact tables (see merge.py)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from dateline.store.merge import EntityIn, EventIn, QuoteIn, merge_entities, merge_events, merge_quotes
from dateline.store.normalize import fold
from dateline.store.records import MergeStats
from dateline.store.schema import DERIVED_TABLES

_STATE_KEY = "merged_articles"


def merged_count(conn: sqlite3.Connection) -> int:
    """RETURNS how many articles the stored merge was built from (-1 if never merged)."""
    row = conn.execute("SELECT value FROM store_state WHERE key = ?", (_STATE_KEY,)).fetchone()
    return int(row[0]) if row else -1


def stats(conn: sqlite3.Connection) -> MergeStats:
    """RETURNS the counts of the fact and derived tables."""

    def n(table: str) -> int:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    return MergeStats(
        n("articles"),
        n("entities"),
        n("global_entities"),
        n("quotes"),
        n("global_quotes"),
        n("events"),
        n("global_events"),
    )


def rebuild(conn: sqlite3.Connection) -> MergeStats:
    """Recompute every derived table; run inside the caller's transaction. RETURNS the counts."""
    entity_rows = [
        EntityIn(r[0], r[1], r[2], r[3], r[4], bool(r[5]))
        for r in conn.execute(
            """SELECT e.article_id, e.id, e.name, e.type, COUNT(m.ord), COALESCE(MAX(m.kind = 'name'), 0)
           FROM entities e LEFT JOIN mentions m ON m.article_id = e.article_id AND m.entity_ord = e.ord
           GROUP BY e.article_id, e.ord"""
        )
    ]
    gents = merge_entities(entity_rows)
    entity_of = {member: g.id for g in gents for member in g.members}
    names = {g.id: g.name for g in gents}

    quote_rows = [
        QuoteIn(r[0], r[1], r[2], r[3], r[4], r[5])
        for r in conn.execute(
            "SELECT q.article_id, q.ord, q.text, q.speaker_entity, a.published_value, q.kind FROM quotes q "
            "JOIN articles a ON a.id = q.article_id"
        )
    ]
    gquotes = merge_quotes(quote_rows, entity_of, names)

    parts: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
    for r in conn.execute(
        "SELECT article_id, event_ord, entity_id FROM participants ORDER BY article_id, event_ord, ord"
    ):
        parts[(r[0], r[1])].append(r[2])
    event_rows = [
        EventIn(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(parts[(r[0], r[1])]), r[7], r[8])
        for r in conn.execute(
            "SELECT e.article_id, e.ord, e.text, e.summary, e.time_value, "
            "e.time_earliest, e.time_latest, a.published_value, e.kind FROM events e "
            "JOIN articles a ON a.id = e.article_id"
        )
    ]
    gevents = merge_events(event_rows, entity_of)

    for table in DERIVED_TABLES:
        conn.execute(f"DELETE FROM {table}")
    conn.executemany(
        "INSERT INTO global_entities VALUES (?, ?, ?, ?, ?, ?)",
        [(g.id, g.name, g.type, g.key, g.n_articles, g.n_mentions) for g in gents],
    )
    conn.executemany(
        "INSERT INTO entity_links VALUES (?, ?, ?)", [(a, e, g.id) for g in gents for a, e in g.members]
    )
    conn.executemany(
        "INSERT INTO entity_aliases VALUES (?, ?, ?, ?)",
        [(g.id, alias, fold(alias), n) for g in gents for alias, n in g.aliases],
    )
    conn.executemany(
        "INSERT INTO global_quotes (id, text, speaker_id, speaker_name, n_sources, kind) VALUES (?, ?, ?, ?, ?, ?)",
        [(q.id, q.text, q.speaker_id, q.speaker_name, len({a for a, _ in q.members}), q.kind) for q in gquotes],
    )
    conn.executemany(
        "INSERT INTO quote_links VALUES (?, ?, ?)", [(a, o, q.id) for q in gquotes for a, o in q.members]
    )
    conn.executemany(
        "INSERT INTO global_events VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                v.id,
                v.summary,
                v.trigger,
                v.time_value,
                v.time_earliest,
                v.time_latest,
                len({a for a, _ in v.members}),
            )
            for v in gevents
        ],
    )
    conn.executemany(
        "INSERT INTO event_links VALUES (?, ?, ?)", [(a, o, v.id) for v in gevents for a, o in v.members]
    )
    conn.executemany(
        "INSERT INTO event_entities VALUES (?, ?)", [(v.id, e) for v in gevents for e in v.entities]
    )
    n_articles = int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    conn.execute("INSERT OR REPLACE INTO store_state VALUES (?, ?)", (_STATE_KEY, str(n_articles)))
    return stats(conn)
