"""The SQL behind the store's queries (name lookup, entity search, timeline, quotes), any backend.

Filtering and presentation rules live in queries.py; this module only fetches. Every
query goes through an index: by folded alias, by word prefix, by entity (timeline,
quotes about), by speaker; a ``limit`` is applied in SQL, so the first page of a
frequent person's timeline costs the same in a store of a million articles as in one of
a thousand.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from dateline.store.db import Db
from dateline.store.normalize import fold, person_key, plain_key
from dateline.store.records import ArticleSummary, EntityEntry, QuoteEntry, Source, StoreCounts, TimelineEntry
from dateline.store.schema import DATED_EVENTS_TALLY, ENTITIES_TALLY, QUOTES_TALLY

# A sentence ends at . ! or ? (and any closing quotation mark) before whitespace.
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+")
_STOP = re.compile(r"[.!?]")
_ENTITY_COLS = "g.id, g.name, g.type, g.n_mentions, g.n_articles"
_ENTITY_ORDER = "g.n_articles DESC, g.n_mentions DESC, g.name, g.id"
# Above every character: "teig" <= word < "teig" + TOP is the prefix range of "teig".
_TOP = "\U0010ffff"


def _entries(db: Db, rows: list[Any]) -> list[EntityEntry]:
    aliases: defaultdict[str, list[str]] = defaultdict(list)
    for a in db.in_chunks(
        "SELECT global_id, alias FROM entity_aliases WHERE global_id IN (?*) "
        "ORDER BY global_id, n_articles DESC, alias",
        [r[0] for r in rows],
    ):
        aliases[a[0]].append(a[1])
    return [EntityEntry(r[0], r[1], r[2], int(r[3]), int(r[4]), tuple(aliases[r[0]])) for r in rows]


def find_entities(db: Db, name: str) -> list[EntityEntry]:
    """Entities answering to ``name``: same canonical name, else an alias, else the merge key.

    The first of the three that finds anything decides: an entity whose canonical name is
    ``name`` beats one that merely counts it among its aliases. Several entities may still
    come back (the same name typed PERSON and ORG); queries.resolve_entity chooses.
    """
    folded = fold(name)
    by_alias = db.rows(
        f"SELECT DISTINCT {_ENTITY_COLS} FROM entity_aliases a JOIN global_entities g ON g.id = a.global_id "
        "WHERE a.folded = ? ORDER BY g.n_articles DESC, g.id",
        (folded,),
    )
    canonical = [r for r in by_alias if fold(r[1]) == folded]
    if canonical or by_alias:
        return _entries(db, canonical or by_alias)
    pk = person_key(name)
    keys = sorted({k for k in (" ".join(pk) if pk else "", plain_key(name)) if k})
    if not keys:
        return []
    rows = db.rows(
        f"SELECT {_ENTITY_COLS} FROM global_entities g WHERE g.merge_key IN ({', '.join('?' * len(keys))}) "
        "ORDER BY g.n_articles DESC, g.id",
        keys,
    )
    return _entries(db, rows) if rows else find_by_part(db, name)


def find_by_part(db: Db, name: str) -> list[EntityEntry]:
    """Entities a partial name designates, when no name, alias or key is ``name``: the
    ``name`` ends one of their names ("Whitlow", "Delta Works" for "Kestrel Delta Works"), else
    one of their names of two or more words ends ``name`` ("Kestrel Delta Works" finds
    "Delta Works"), else their name holds every word of ``name`` ("Delta store" finds
    "Delta Music Store"). The first of the three that finds anything decides."""
    words = fold(name).split()
    if not words:
        return []
    ids = [r[0] for r in db.rows("SELECT global_id FROM entity_words WHERE word = ?", (" ".join(words),))]
    if not ids:
        tails = [" ".join(words[k:]) for k in range(1, len(words) - 1)]
        for tail in tails:  # longest first
            ids = [r[0] for r in db.rows("SELECT DISTINCT global_id FROM entity_aliases WHERE folded = ?", (tail,))]
            if ids:
                break
    if not ids and len(words) > 1:
        start = [r[0] for r in db.rows(
            "SELECT DISTINCT global_id FROM entity_words WHERE word >= ? AND word < ?", (words[0], words[0] + _TOP))]
        wanted = set(words)
        ids = sorted({g for g, alias in db.in_chunks(
            "SELECT global_id, folded FROM entity_aliases WHERE global_id IN (?*)", start)
            if wanted <= set(alias.split())})
    if not ids:
        return []
    rows = [r for r in db.in_chunks(f"SELECT {_ENTITY_COLS} FROM global_entities g WHERE g.id IN (?*)", sorted(set(ids)))]
    return _entries(db, sorted(rows, key=lambda r: (-int(r[4]), r[0])))


def entity(db: Db, entity_id: str) -> EntityEntry | None:
    """RETURNS the global entity with this id, or None (one primary-key lookup)."""
    rows = db.rows(f"SELECT {_ENTITY_COLS} FROM global_entities g WHERE g.id = ?", (entity_id,))
    return _entries(db, rows)[0] if rows else None


def search_entities(db: Db, prefix: str, type: str | None, limit: int) -> list[EntityEntry]:
    """Entities with a name in which a word starts with ``prefix`` (folded), most articles first."""
    folded = fold(prefix)
    if not folded:
        return entities(db, type, limit)
    where = "AND g.type = ? " if type else ""
    args: list[Any] = [folded, folded + _TOP] + ([type] if type else []) + [limit]
    rows = db.rows(
        f"SELECT {_ENTITY_COLS} FROM global_entities g WHERE g.id IN "
        "(SELECT w.global_id FROM entity_words w WHERE w.word >= ? AND w.word < ?) "
        f"{where}ORDER BY {_ENTITY_ORDER} LIMIT ?",
        args,
    )
    return _entries(db, rows)


def entities(db: Db, type: str | None, limit: int | None = None) -> list[EntityEntry]:
    """Global entities (of one type), most articles first."""
    where = "WHERE g.type = ? " if type else ""
    args: list[Any] = [type] if type else []
    lim = ""
    if limit:
        lim, args = " LIMIT ?", [*args, limit]
    rows = db.rows(f"SELECT {_ENTITY_COLS} FROM global_entities g {where}ORDER BY {_ENTITY_ORDER}{lim}", args)
    return _entries(db, rows)


def events_of(db: Db, entity_id: str | None, limit: int | None = None) -> list[TimelineEntry]:
    """The dated global events of the entity (of everyone if None), by (earliest, value, id).

    Each comes with every article that reports it (by publication date, then id). With
    ``limit``: the first ``limit`` events with a place on the calendar, by that place.
    """
    if entity_id and limit:
        ids = [r[0] for r in db.rows(
            "SELECT event_id FROM event_entities WHERE entity_id = ? AND start IS NOT NULL "
            "ORDER BY start, event_id LIMIT ?",
            (entity_id, limit),
        )]
    elif entity_id:
        ids = [r[0] for r in db.rows("SELECT event_id FROM event_entities WHERE entity_id = ?", (entity_id,))]
    else:
        ids = [r[0] for r in db.rows("SELECT id FROM global_events WHERE time_value IS NOT NULL")]
    heads = {
        r[0]: r
        for r in db.in_chunks(
            "SELECT id, summary, time_value, time_earliest, time_latest FROM global_events "
            "WHERE time_value IS NOT NULL AND id IN (?*)",
            ids,
        )
    }
    sources: defaultdict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for r in db.in_chunks(
        """SELECT l.global_id, a.id, a.title, a.url, a.published_value, e.start_char, e.end_char, e.text,
                  substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), e.ord
           FROM event_links l
           JOIN events e ON e.article_id = l.article_id AND e.ord = l.event_ord
           JOIN articles a ON a.id = l.article_id
           WHERE l.global_id IN (?*)""",
        sorted(heads),
    ):
        sources[r[0]].append(tuple(r))
    people: defaultdict[str, list[str]] = defaultdict(list)
    for r in db.in_chunks(
        "SELECT ee.event_id, g.name FROM event_entities ee JOIN global_entities g ON g.id = ee.entity_id "
        "WHERE ee.event_id IN (?*)",
        sorted(heads),
    ):
        people[r[0]].append(r[1])
    order = sorted(heads.values(), key=lambda h: (h[3] or h[2], h[2], h[0]))
    out: list[TimelineEntry] = []
    for h in order:
        srcs = sorted(sources[h[0]], key=lambda s: (s[4] or "", s[1], s[9]))
        out.append(
            TimelineEntry(
                h[0], h[2], h[3], h[4], h[1],
                _one_line(srcs[0][8]) if srcs else "",
                tuple(sorted(people[h[0]])),
                tuple(Source(s[1], s[2], s[3], s[4], int(s[5]), int(s[6]), s[7]) for s in srcs),
            )
        )
    return out


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def quotes(
    db: Db, speaker_id: str | None, about_id: str | None, kind: str | None = None, limit: int | None = None
) -> list[QuoteEntry]:
    """Global quotes (optionally of one speaker / about one entity / of one kind), most sources first.

    Quotes about an entity are read from ``quote_about_by_rank`` in (n_sources DESC, id)
    order, one row per source article that mentions it, and the page is cut there: the
    store never collects every quote about a frequent person to sort them.
    """
    where: list[str] = []
    args: list[Any] = []
    if kind:
        where.append("q.kind = ?")
        args.append(kind)
    if speaker_id:
        where.append("q.speaker_id = ?")
        args.append(speaker_id)
    lim = ""
    if limit:
        lim = " LIMIT ?"
    cols = "q.id, q.text, q.speaker_id, q.speaker_name, q.kind"
    if about_id:
        ranked = db.rows(
            "SELECT DISTINCT qa.n_sources, qa.global_quote FROM quote_about qa "
            + ("JOIN global_quotes q ON q.id = qa.global_quote " if where else "")
            + "WHERE "
            + " AND ".join(["qa.global_entity = ?", *where])
            + f" ORDER BY qa.n_sources DESC, qa.global_quote{lim}",
            [about_id, *args, *([limit] if limit else [])],
        )
        found = {r[0]: r for r in db.in_chunks(f"SELECT {cols} FROM global_quotes q WHERE q.id IN (?*)",
                                                [r[1] for r in ranked])}
        heads = [found[r[1]] for r in ranked]
    else:
        heads = db.rows(
            f"SELECT {cols} FROM global_quotes q "
            f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY q.n_sources DESC, q.id{lim}",
            [*args, *([limit] if limit else [])],
        )
    sources: defaultdict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for r in db.in_chunks(
        """SELECT l.global_id, a.id, a.title, a.url, a.published_value, x.start_char, x.end_char, x.text, x.ord
           FROM quote_links l
           JOIN quotes x ON x.article_id = l.article_id AND x.ord = l.quote_ord
           JOIN articles a ON a.id = l.article_id
           WHERE l.global_id IN (?*)""",
        [h[0] for h in heads],
    ):
        sources[r[0]].append(tuple(r))
    out: list[QuoteEntry] = []
    for h in heads:
        srcs = sorted(sources[h[0]], key=lambda s: (s[4] or "", s[1], s[8]))
        out.append(
            QuoteEntry(h[0], h[1], h[2], h[3],
                       tuple(Source(s[1], s[2], s[3], s[4], int(s[5]), int(s[6]), s[7]) for s in srcs), h[4])
        )
    return out


def latest_articles(db: Db, limit: int) -> list[ArticleSummary]:
    """The ``limit`` articles published last (latest date first, the first stored first on a
    date), then the undated ones in the order they were stored: the first rows of the index
    ``articles_by_published`` (dates compared byte by byte on both backends)."""
    cols = ("a.id, a.title, a.url, a.published_value, a.published_source, "
            "(SELECT COUNT(*) FROM entities x WHERE x.article_id = a.id), "
            "(SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id), "
            "(SELECT COUNT(*) FROM events x WHERE x.article_id = a.id)")
    rows = db.rows(
        f"SELECT {cols} FROM articles a WHERE a.published_value IS NOT NULL "
        f"ORDER BY a.published_value{db.dialect.binary_text} DESC, a.seq LIMIT ?",
        (limit,),
    )
    if len(rows) < limit:
        rows += db.rows(f"SELECT {cols} FROM articles a WHERE a.published_value IS NULL ORDER BY a.seq LIMIT ?",
                        (limit - len(rows),))
    return [ArticleSummary(r[0], r[1], r[2], r[3], r[4], int(r[5]), int(r[6]), int(r[7])) for r in rows]


def counts(db: Db, articles: int) -> StoreCounts:
    """How many global entities (and people), global quotes and dated global events the
    store holds, with its ``articles``: the merge's tallies (migration 0008), a few rows."""
    tally = {str(r[0]): int(r[1]) for r in db.rows("SELECT name, n FROM tallies")}
    return StoreCounts(
        articles,
        tally.get(ENTITIES_TALLY + "PERSON", 0),
        sum(n for name, n in tally.items() if name.startswith(ENTITIES_TALLY)),
        tally.get(QUOTES_TALLY, 0),
        tally.get(DATED_EVENTS_TALLY, 0),
    )


def most_quoted(db: Db, type: str, limit: int) -> list[tuple[EntityEntry, int]]:
    """The ``limit`` entities of ``type`` that speak the most global quotes, with how many
    (most first, then by name and id): read down the index of the merge's per-speaker
    counts (``speaker_quotes``, migration 0008)."""
    rows = db.rows(
        # CROSS JOIN: SQLite reads the counts first (the planner would scan every entity of
        # the type and sort them); PostgreSQL plans it as the inner join it is.
        f"SELECT {_ENTITY_COLS}, s.n FROM speaker_quotes s CROSS JOIN global_entities g "
        "WHERE g.id = s.speaker_id AND g.type = ? ORDER BY s.n DESC, g.name, g.id LIMIT ?",
        (type, limit),
    )
    return list(zip(_entries(db, rows), (int(r[5]) for r in rows), strict=True))


def most_mentioned(db: Db, type: str, limit: int) -> list[EntityEntry]:
    """The ``limit`` entities of ``type`` with the most mentions (then by name and id): the
    first rows of the index ``global_entities_by_mentions``."""
    rows = db.rows(
        f"SELECT {_ENTITY_COLS} FROM global_entities g WHERE g.type = ? "
        "ORDER BY g.n_mentions DESC, g.name, g.id LIMIT ?",
        (type, limit),
    )
    return _entries(db, rows)


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
