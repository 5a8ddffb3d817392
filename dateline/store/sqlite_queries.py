"""The SQL behind the queries of an SQLite store (name lookup, entities, timeline, quotes).

Filtering and presentation rules live in queries.py; this module only fetches.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import replace

from dateline.store.normalize import fold, person_key, plain_key
from dateline.store.records import EntityEntry, QuoteEntry, Source, TimelineEntry

# A sentence ends at . ! or ? (and any closing quotation mark) before whitespace.
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+")
_STOP = re.compile(r"[.!?]")
_ENTITY_COLS = "g.id, g.name, g.type, g.n_mentions, g.n_articles"


def _entries(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[EntityEntry]:
    aliases: defaultdict[str, list[str]] = defaultdict(list)
    ids = [r["id"] for r in rows]
    for chunk in _chunks(ids):
        for a in conn.execute(
            f"SELECT global_id, alias FROM entity_aliases WHERE global_id IN "
            f"({', '.join('?' * len(chunk))}) ORDER BY global_id, n_articles DESC, alias",
            chunk,
        ):
            aliases[a[0]].append(a[1])
    return [
        EntityEntry(r["id"], r["name"], r["type"], r["n_mentions"], r["n_articles"], tuple(aliases[r["id"]]))
        for r in rows
    ]


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    # SQLite limits the number of bound parameters per statement.
    return [items[i : i + size] for i in range(0, len(items), size)]


def find_entities(conn: sqlite3.Connection, name: str) -> list[EntityEntry]:
    """Entities answering to ``name``: same canonical name, else an alias, else the merge key.

    The first of the three that finds anything decides: an entity whose canonical name is
    ``name`` beats one that merely counts it among its aliases. Several entities may still
    come back (the same name typed PERSON and ORG); queries.resolve_entity chooses.
    """
    folded = fold(name)
    by_alias = conn.execute(
        f"SELECT DISTINCT {_ENTITY_COLS} FROM entity_aliases a JOIN global_entities g ON g.id = a.global_id "
        "WHERE a.folded = ? ORDER BY g.n_articles DESC, g.id",
        (folded,),
    ).fetchall()
    canonical = [r for r in by_alias if fold(r["name"]) == folded]
    if canonical or by_alias:
        return _entries(conn, canonical or by_alias)
    pk = person_key(name)
    keys = {k for k in (" ".join(pk) if pk else "", plain_key(name)) if k}
    if not keys:
        return []
    rows = conn.execute(
        f"SELECT {_ENTITY_COLS} FROM global_entities g WHERE g.merge_key IN "
        f"({', '.join('?' * len(keys))}) ORDER BY g.n_articles DESC, g.id",
        sorted(keys),
    ).fetchall()
    return _entries(conn, rows)


def entities(conn: sqlite3.Connection, type: str | None) -> list[EntityEntry]:
    where, args = ("WHERE g.type = ?", (type,)) if type else ("", ())
    rows = conn.execute(
        f"SELECT {_ENTITY_COLS} FROM global_entities g {where} "
        "ORDER BY g.n_articles DESC, g.n_mentions DESC, g.name, g.id",
        args,
    ).fetchall()
    return _entries(conn, rows)


def events_of(conn: sqlite3.Connection, entity_id: str | None) -> list[TimelineEntry]:
    """The dated global events of the entity (of everyone if None), by (earliest, value, id).

    Each comes with every article that reports it (by publication date, then id).
    """
    where, args = (
        ("v.id IN (SELECT event_id FROM event_entities WHERE entity_id = ?) AND ", (entity_id,))
        if entity_id
        else ("", ())
    )
    rows = conn.execute(
        f"""SELECT v.id, v.summary, v.time_value, v.time_earliest, v.time_latest,
                  a.id AS article_id, a.title, a.url, a.published_value,
                  e.start_char, e.end_char, e.text,
                  substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
           FROM global_events v
           JOIN event_links l ON l.global_id = v.id
           JOIN events e ON e.article_id = l.article_id AND e.ord = l.event_ord
           JOIN articles a ON a.id = l.article_id
           WHERE {where} v.time_value IS NOT NULL
           ORDER BY COALESCE(v.time_earliest, v.time_value), v.time_value, v.id,
                    COALESCE(a.published_value, ''), a.id, e.ord""",
        args,
    ).fetchall()
    people: defaultdict[str, list[str]] = defaultdict(list)
    for r in conn.execute("""SELECT ee.event_id, g.name FROM event_entities ee
                             JOIN global_entities g ON g.id = ee.entity_id ORDER BY ee.event_id, g.name"""):
        people[r[0]].append(r[1])
    out: list[TimelineEntry] = []
    for r in rows:
        src = _source(r)
        if out and out[-1].id == r["id"]:
            out[-1] = replace(out[-1], sources=out[-1].sources + (src,))
            continue
        out.append(
            TimelineEntry(
                r["id"],
                r["time_value"],
                r["time_earliest"],
                r["time_latest"],
                r["summary"],
                _one_line(r["sentence"]),
                tuple(people[r["id"]]),
                (src,),
            )
        )
    return out


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def quotes(conn: sqlite3.Connection, speaker_id: str | None, about_id: str | None,
           kind: str | None = None) -> list[QuoteEntry]:
    """Global quotes (optionally of one speaker / about one entity / of one kind), most sources first."""
    where, args = [], []
    if kind:
        where.append("q.kind = ?")
        args.append(kind)
    if speaker_id:
        where.append("q.speaker_id = ?")
        args.append(speaker_id)
    if about_id:
        ids = sorted(_quotes_about(conn, about_id))
        if not ids:
            return []
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS _about (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM _about")
        conn.executemany("INSERT INTO _about VALUES (?)", [(i,) for i in ids])
        where.append("q.id IN (SELECT id FROM _about)")
    sql = f"""SELECT q.id, q.text AS qtext, q.speaker_id, q.speaker_name, q.n_sources, q.kind AS qkind,
                     a.id AS article_id, a.title, a.url, a.published_value,
                     x.start_char, x.end_char, x.text
              FROM global_quotes q
              JOIN quote_links l ON l.global_id = q.id
              JOIN quotes x ON x.article_id = l.article_id AND x.ord = l.quote_ord
              JOIN articles a ON a.id = l.article_id
              {"WHERE " + " AND ".join(where) if where else ""}
              ORDER BY q.n_sources DESC, q.id, COALESCE(a.published_value, ''), a.id, x.ord"""
    out: list[QuoteEntry] = []
    for r in conn.execute(sql, args):
        src = _source(r)
        if out and out[-1].id == r["id"]:
            out[-1] = replace(out[-1], sources=out[-1].sources + (src,))
        else:
            out.append(QuoteEntry(r["id"], r["qtext"], r["speaker_id"], r["speaker_name"], (src,), r["qkind"]))
    return out


def _quotes_about(conn: sqlite3.Connection, entity_id: str) -> set[str]:
    """Ids of global quotes whose text or sentence mentions the entity.

    "Mentions" is either of: a mention of the entity (per the article's clustering) lies in
    the quote or in its sentence; or one of the entity's multi-word names appears in the
    quote text as a whole word sequence (mentions inside quotes are easily missed upstream).
    The sentence is the smallest event sentence around the quote, else one guessed from
    punctuation (quote_context): the store keeps no other sentence boundaries.
    """
    found: set[str] = set()
    spans: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in conn.execute(
        """SELECT m.article_id, m.start_char, m.end_char FROM entity_links l
                             JOIN entities e ON e.article_id = l.article_id AND e.id = l.entity_id
                             JOIN mentions m ON m.article_id = e.article_id AND m.entity_ord = e.ord
                             WHERE l.global_id = ?""",
        (entity_id,),
    ):
        spans[r[0]].append((r[1], r[2]))
    for aid, mentions in spans.items():
        text = conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        sentences = [
            (r[0], r[1])
            for r in conn.execute(
                "SELECT sentence_start, sentence_end FROM events WHERE article_id = ?", (aid,)
            )
        ]
        for q in conn.execute(
            """SELECT x.start_char, x.end_char, l.global_id FROM quotes x
                                 JOIN quote_links l ON l.article_id = x.article_id AND l.quote_ord = x.ord
                                 WHERE x.article_id = ?""",
            (aid,),
        ):
            s, e = quote_context(text, q[0], q[1], sentences)
            if any(s <= ms and me <= e for ms, me in mentions):
                found.add(q[2])
    names = [
        a[0]
        for a in conn.execute("SELECT alias FROM entity_aliases WHERE global_id = ?", (entity_id,))
        if len(a[0].split()) > 1
    ]
    for name in names:
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        for r in conn.execute(
            """SELECT x.text, l.global_id FROM quotes x JOIN quote_links l
                                 ON l.article_id = x.article_id AND l.quote_ord = x.ord
                                 WHERE instr(x.text, ?) > 0""",
            (name,),
        ):
            if pattern.search(r[0]):
                found.add(r[1])
    return found


def quote_context(text: str, start: int, end: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    """RETURNS the span of the quote's sentence.

    The smallest given (event) sentence around the quote, else a sentence guessed from
    punctuation: back to the last sentence end before the quote, on to the first one after
    it (where the attribution "..., she said." ends), never across a line break.
    """
    around = [(s, e) for s, e in sentences if s <= start and end <= e]
    if around:
        return min(around, key=lambda se: se[1] - se[0])
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = line_start
    for m in _SENTENCE_END.finditer(text, line_start, start):
        left = m.end()
    stop = _STOP.search(text, end, line_end)
    return left, stop.end() if stop else line_end


def _source(r: sqlite3.Row) -> Source:
    """The Source (article and span) of one joined row of a timeline or quote query."""
    return Source(r["article_id"], r["title"], r["url"], r["published_value"], r["start_char"], r["end_char"],
                  r["text"])
