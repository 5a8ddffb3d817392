"""The SQLite schema, as the DDL of each named migration (applied by ``migrations.py``).

Two kinds of tables:

* fact tables (``articles`` ... ``participants``): exactly what one article's reading said,
  written once per article in one transaction and never changed afterwards; an Article
  record read back from them equals the one written (tests/store/test_roundtrip.py).
* derived tables (``global_*``, ``*_links``): the cross-article merge, rebuilt from the fact
  tables by ``merge.py``. They can always be thrown away and rebuilt, which is what makes a
  killed ingest harmless: the merge is redone from whatever articles were committed.

Offsets are named ``start_char``/``end_char`` (``end`` is an SQL keyword). Child rows carry
``ord``, their position in the record, so lists come back in the order they were written.
"""

from __future__ import annotations

# 0001: one article's facts, normalised so queries can join on them.
FACT_TABLES: tuple[str, ...] = (
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        title TEXT,
        url TEXT,
        published_value TEXT,
        published_source TEXT NOT NULL,
        published_earliest TEXT,
        published_latest TEXT,
        published_clues TEXT NOT NULL,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        ingested_at TEXT NOT NULL
    )""",
    """CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL,
        type TEXT NOT NULL, value TEXT NOT NULL, earliest TEXT, latest TEXT, anchor TEXT,
        PRIMARY KEY (article_id, ord)
    )""",
    """CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
        PRIMARY KEY (article_id, ord)
    )""",
    "CREATE INDEX entities_by_id ON entities (article_id, id)",
    """CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_ord INTEGER NOT NULL,
        ord INTEGER NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
        PRIMARY KEY (article_id, entity_ord, ord)
    )""",
    """CREATE TABLE attributes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_ord INTEGER NOT NULL,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL, value TEXT NOT NULL, as_of TEXT, start_char INTEGER, end_char INTEGER,
        PRIMARY KEY (article_id, entity_ord, ord)
    )""",
    """CREATE TABLE relations (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_ord INTEGER NOT NULL,
        ord INTEGER NOT NULL,
        type TEXT NOT NULL, target TEXT NOT NULL, start_char INTEGER, end_char INTEGER,
        PRIMARY KEY (article_id, entity_ord, ord)
    )""",
    """CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL,
        speaker_entity TEXT, speaker_name TEXT,
        speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT,
        cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
        time TEXT,
        PRIMARY KEY (article_id, ord)
    )""",
    """CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL,
        sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
        summary TEXT NOT NULL, kind TEXT NOT NULL,
        time_value TEXT, time_earliest TEXT, time_latest TEXT,
        PRIMARY KEY (article_id, ord)
    )""",
    """CREATE TABLE participants (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        event_ord INTEGER NOT NULL,
        ord INTEGER NOT NULL,
        entity_id TEXT NOT NULL, role TEXT NOT NULL,
        PRIMARY KEY (article_id, event_ord, ord)
    )""",
)

# 0002: the cross-article merge (derived; see merge.py). ``store_state`` remembers which
# articles the merge has seen, so queries know when it is stale.
MERGE_TABLES: tuple[str, ...] = (
    """CREATE TABLE global_entities (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, merge_key TEXT NOT NULL,
        n_articles INTEGER NOT NULL, n_mentions INTEGER NOT NULL
    )""",
    """CREATE TABLE entity_links (
        article_id TEXT NOT NULL, entity_id TEXT NOT NULL, global_id TEXT NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    )""",
    "CREATE INDEX entity_links_by_global ON entity_links (global_id)",
    """CREATE TABLE entity_aliases (
        global_id TEXT NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL, n_articles INTEGER NOT NULL,
        PRIMARY KEY (global_id, alias)
    )""",
    "CREATE INDEX entity_aliases_by_folded ON entity_aliases (folded)",
    "CREATE INDEX global_entities_by_key ON global_entities (merge_key)",
    """CREATE TABLE global_quotes (
        id TEXT PRIMARY KEY, text TEXT NOT NULL, speaker_id TEXT, speaker_name TEXT,
        n_sources INTEGER NOT NULL
    )""",
    """CREATE TABLE quote_links (
        article_id TEXT NOT NULL, quote_ord INTEGER NOT NULL, global_id TEXT NOT NULL,
        PRIMARY KEY (article_id, quote_ord)
    )""",
    "CREATE INDEX quote_links_by_global ON quote_links (global_id)",
    """CREATE TABLE global_events (
        id TEXT PRIMARY KEY, summary TEXT NOT NULL, trigger TEXT NOT NULL,
        time_value TEXT, time_earliest TEXT, time_latest TEXT, n_sources INTEGER NOT NULL
    )""",
    """CREATE TABLE event_links (
        article_id TEXT NOT NULL, event_ord INTEGER NOT NULL, global_id TEXT NOT NULL,
        PRIMARY KEY (article_id, event_ord)
    )""",
    "CREATE INDEX event_links_by_global ON event_links (global_id)",
    """CREATE TABLE event_entities (
        event_id TEXT NOT NULL, entity_id TEXT NOT NULL,
        PRIMARY KEY (event_id, entity_id)
    )""",
    "CREATE INDEX event_entities_by_entity ON event_entities (entity_id)",
    "CREATE TABLE store_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)

# 0004: the merge made incremental (see incremental.py). The derived tables of 0002 are
# replaced (some with the same DDL as there: written out again on purpose, since a released
# migration's statements must never change, and one constant shared by both would let an
# edit for 0004 rewrite what 0002 did in every store that already ran it): links carry what an incremental update needs (a member's name and mentions, an
# event's block), and lookup tables index the keys new articles are matched on. A store
# migrated to 0004 is rebuilt by the command that migrates it (the merge is derived).
INCREMENTAL_TABLES: tuple[str, ...] = (
    "DROP TABLE global_entities",
    "DROP TABLE entity_links",
    "DROP TABLE entity_aliases",
    "DROP TABLE global_quotes",
    "DROP TABLE quote_links",
    "DROP TABLE global_events",
    "DROP TABLE event_links",
    "DROP TABLE event_entities",
    "DELETE FROM store_state",
    """CREATE TABLE global_entities (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, merge_key TEXT NOT NULL,
        n_articles INTEGER NOT NULL, n_mentions INTEGER NOT NULL
    )""",
    "CREATE INDEX global_entities_by_key ON global_entities (merge_key)",
    "CREATE INDEX global_entities_by_articles ON global_entities (n_articles DESC, n_mentions DESC, name, id)",
    "CREATE INDEX global_entities_by_type ON global_entities (type, n_articles DESC, n_mentions DESC, name, id)",
    # One row per stored entity: the group it belongs to, and its name and mention count
    # (what the group's counts and aliases are summed from).
    """CREATE TABLE entity_links (
        article_id TEXT NOT NULL, entity_id TEXT NOT NULL, global_id TEXT NOT NULL,
        name TEXT NOT NULL, n_mentions INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    )""",
    "CREATE INDEX entity_links_by_global ON entity_links (global_id)",
    """CREATE TABLE entity_aliases (
        global_id TEXT NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL, n_articles INTEGER NOT NULL,
        PRIMARY KEY (global_id, alias)
    )""",
    "CREATE INDEX entity_aliases_by_folded ON entity_aliases (folded)",
    # Prefix search: every word-suffix of every folded alias ("chrissy teigen", "teigen").
    """CREATE TABLE entity_words (
        word TEXT{binary} NOT NULL, global_id TEXT NOT NULL, PRIMARY KEY (word, global_id)
    ){without_rowid}""",
    # Full person names: the candidates a one-word name is resolved against.
    """CREATE TABLE person_keys (
        global_id TEXT PRIMARY KEY, first TEXT NOT NULL, last TEXT NOT NULL, n_full INTEGER NOT NULL
    )""",
    "CREATE INDEX person_keys_by_first ON person_keys (first)",
    "CREATE INDEX person_keys_by_last ON person_keys (last)",
    # One-word names their article could not resolve, and where the store sends each word.
    """CREATE TABLE person_words (
        word TEXT NOT NULL, article_id TEXT NOT NULL, entity_id TEXT NOT NULL,
        PRIMARY KEY (word, article_id, entity_id)
    ){without_rowid}""",
    "CREATE TABLE word_targets (word TEXT PRIMARY KEY, global_id TEXT NOT NULL)",
    # Entities of other types named as no stored person is yet (merge.entity_key).
    """CREATE TABLE person_like (
        first TEXT NOT NULL, last TEXT NOT NULL, article_id TEXT NOT NULL, entity_id TEXT NOT NULL,
        PRIMARY KEY (first, last, article_id, entity_id)
    ){without_rowid}""",
    """CREATE TABLE global_quotes (
        id TEXT PRIMARY KEY, text TEXT NOT NULL, speaker_id TEXT, speaker_name TEXT,
        n_sources INTEGER NOT NULL, kind TEXT NOT NULL DEFAULT 'direct'
    )""",
    "CREATE INDEX global_quotes_by_speaker ON global_quotes (speaker_id, n_sources DESC, id)",
    "CREATE INDEX global_quotes_by_sources ON global_quotes (n_sources DESC, id)",
    """CREATE TABLE quote_links (
        article_id TEXT NOT NULL, quote_ord INTEGER NOT NULL, global_id TEXT NOT NULL,
        PRIMARY KEY (article_id, quote_ord)
    )""",
    "CREATE INDEX quote_links_by_global ON quote_links (global_id)",
    # Quote fingerprints (merge.quote_keys): a new quote meets the quotes it may merge with.
    """CREATE TABLE quote_keys (
        key {bigint} NOT NULL, article_id TEXT NOT NULL, quote_ord INTEGER NOT NULL,
        PRIMARY KEY (key, article_id, quote_ord)
    ){without_rowid}""",
    # Which entities each quote is about (its text or sentence mentions them).
    """CREATE TABLE quote_about (
        article_id TEXT NOT NULL, entity_id TEXT NOT NULL, quote_ord INTEGER NOT NULL,
        global_entity TEXT NOT NULL,
        PRIMARY KEY (article_id, entity_id, quote_ord)
    )""",
    "CREATE INDEX quote_about_by_global ON quote_about (global_entity)",
    """CREATE TABLE global_events (
        id TEXT PRIMARY KEY, summary TEXT NOT NULL, trigger TEXT NOT NULL,
        time_value TEXT, time_earliest TEXT, time_latest TEXT, start TEXT, n_sources INTEGER NOT NULL
    )""",
    "CREATE INDEX global_events_by_start ON global_events (start, id)",
    # ``block``: the events that may merge with this one (merge.event_block); NULL: none.
    """CREATE TABLE event_links (
        article_id TEXT NOT NULL, event_ord INTEGER NOT NULL, global_id TEXT NOT NULL, block TEXT,
        PRIMARY KEY (article_id, event_ord)
    )""",
    "CREATE INDEX event_links_by_global ON event_links (global_id)",
    "CREATE INDEX event_links_by_block ON event_links (block)",
    """CREATE TABLE event_entities (
        event_id TEXT NOT NULL, entity_id TEXT NOT NULL, start TEXT,
        PRIMARY KEY (event_id, entity_id)
    )""",
    "CREATE INDEX event_entities_by_entity ON event_entities (entity_id, start, event_id)",
)

# 0005: "quotes about" cut in the index. Each quote_about row carries its quote's global
# quote and that quote's source count, so the first page of quotes about an entity is read
# in (n_sources DESC, global_quote) order from one index and cut there, instead of
# collecting and sorting every quote that mentions a frequent person. The index replaces
# quote_about_by_global (same leading column), so an ingest writes no more index entries.
QUOTE_RANKS: tuple[str, ...] = (
    "ALTER TABLE quote_about ADD COLUMN global_quote TEXT",
    "ALTER TABLE quote_about ADD COLUMN n_sources INTEGER",
    """UPDATE quote_about SET global_quote = (
        SELECT l.global_id FROM quote_links l
        WHERE l.article_id = quote_about.article_id AND l.quote_ord = quote_about.quote_ord)""",
    """UPDATE quote_about SET n_sources = (
        SELECT q.n_sources FROM global_quotes q WHERE q.id = quote_about.global_quote)""",
    "DROP INDEX quote_about_by_global",
    "CREATE INDEX quote_about_by_rank ON quote_about (global_entity, n_sources DESC, global_quote)",
)

# 0006: how each event's time was found (``time.basis``: stated, narrative, report), kept
# with the event (older rows: NULL, unknown). Events now merge on overlapping times, so
# the derived tables are rebuilt after it.
EVENT_BASIS: tuple[str, ...] = ("ALTER TABLE events ADD COLUMN time_basis TEXT",)

# 0007: pages a first query reads, and the overview's lists from indexes. A page of
# quotes or events reads its sources through the links by global id; with the article and
# the ord in that index (same leading column, so an ingest writes no more index entries)
# the link rows themselves are not read. ``articles_by_published`` gives the latest
# articles and ``global_entities_by_mentions`` the most mentioned entities of a type as
# the first rows of an index, where they were the top of every stored row sorted.
# Indexes only: nothing is rebuilt.
OVERVIEW_INDEXES: tuple[str, ...] = (
    "DROP INDEX quote_links_by_global",
    "CREATE INDEX quote_links_by_global ON quote_links (global_id, article_id, quote_ord)",
    "DROP INDEX event_links_by_global",
    "CREATE INDEX event_links_by_global ON event_links (global_id, article_id, event_ord)",
    "CREATE INDEX articles_by_published ON articles (published_value{binary} DESC, seq)",
    "CREATE INDEX global_entities_by_mentions ON global_entities (type, n_mentions DESC, name, id)",
)

# 0008: the overview's counts kept by the merge, so reading them reads a few rows instead
# of counting every group. ``tallies``: global entities per type ("entities:PERSON"),
# global quotes ("quotes") and dated global events ("events_dated"); ``speaker_quotes``:
# global quotes per speaker (the most quoted are the first rows of its index). The merge
# adds what each step changes (incremental._tally); a count at 0 has no row. Filled here
# from the groups a store already holds.
ENTITIES_TALLY = "entities:"  # + the entity type
QUOTES_TALLY = "quotes"
DATED_EVENTS_TALLY = "events_dated"
STORE_TALLIES: tuple[str, ...] = (
    "CREATE TABLE tallies (name TEXT PRIMARY KEY, n {bigint} NOT NULL)",
    "CREATE TABLE speaker_quotes (speaker_id TEXT PRIMARY KEY, n INTEGER NOT NULL)",
    "CREATE INDEX speaker_quotes_by_n ON speaker_quotes (n DESC, speaker_id)",
    "INSERT INTO speaker_quotes (speaker_id, n) "
    "SELECT speaker_id, COUNT(*) FROM global_quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id",
    f"INSERT INTO tallies (name, n) SELECT '{ENTITIES_TALLY}' || type, COUNT(*) FROM global_entities GROUP BY type",
    f"INSERT INTO tallies (name, n) SELECT '{QUOTES_TALLY}', COUNT(*) FROM global_quotes",
    f"INSERT INTO tallies (name, n) SELECT '{DATED_EVENTS_TALLY}', COUNT(*) FROM global_events "
    "WHERE time_value IS NOT NULL",
    "DELETE FROM tallies WHERE n = 0",
)

# 0010: global event ids led by the day of the event's first report (merge._dated_gid) and
# blocks led by their time bucket (merge.event_block), so the events a day's articles add are
# neighbours in the indexes on them instead of one page each; the old id's hash is kept as
# its tail. The blocks are renamed by incremental.reblock_events (the bucket is Python's).
DATED_EVENT_IDS: tuple[str, ...] = (
    "CREATE TABLE event_ids (old TEXT PRIMARY KEY, new TEXT NOT NULL)",
    "INSERT INTO event_ids (old, new) SELECT l.global_id, 'v_' || COALESCE(NULLIF(REPLACE(SUBSTR("
    "MIN(a.published_value{binary}), 1, 10), '-', ''), ''), '0') || '_' || SUBSTR(l.global_id, 3) "
    "FROM event_links l JOIN articles a ON a.id = l.article_id GROUP BY l.global_id",
    "UPDATE global_events SET id = (SELECT new FROM event_ids WHERE old = global_events.id)",
    "UPDATE event_links SET global_id = (SELECT new FROM event_ids WHERE old = event_links.global_id)",
    "UPDATE event_entities SET event_id = (SELECT new FROM event_ids WHERE old = event_entities.event_id)",
    "DROP TABLE event_ids",
)

# 0012: global quote ids led by the day of the group's first report (merge._dated_gid, as
# the event ids of 0010), so the quotes a day's articles add are neighbours in the indexes on
# them (the table's key, quote_links_by_global, the source-count order) instead of one page
# each; the old id's hash is kept as its tail. The two indexes a new quote is only appended
# to are dropped while the ids change and made again after, with the DDL they had (one
# sorted pass each, not a million moved entries); the two where new quotes go amid their
# speaker's or entity's rows are changed in place (made again, their pages would be full, and
# the first ingests would split one for nearly every new row).
DATED_QUOTE_IDS: tuple[str, ...] = (
    "CREATE TABLE quote_ids (old TEXT PRIMARY KEY, new TEXT NOT NULL)",
    "INSERT INTO quote_ids (old, new) SELECT l.global_id, 'q_' || COALESCE(NULLIF(REPLACE(SUBSTR("
    "MIN(a.published_value{binary}), 1, 10), '-', ''), ''), '0') || '_' || SUBSTR(l.global_id, 3) "
    "FROM quote_links l JOIN articles a ON a.id = l.article_id GROUP BY l.global_id",
    "DROP INDEX global_quotes_by_sources",
    "DROP INDEX quote_links_by_global",
    "UPDATE global_quotes SET id = (SELECT new FROM quote_ids WHERE old = global_quotes.id)",
    "UPDATE quote_links SET global_id = (SELECT new FROM quote_ids WHERE old = quote_links.global_id)",
    "UPDATE quote_about SET global_quote = (SELECT new FROM quote_ids WHERE old = quote_about.global_quote)",
    "DROP TABLE quote_ids",
    "CREATE INDEX global_quotes_by_sources ON global_quotes (n_sources DESC, id)",
    "CREATE INDEX quote_links_by_global ON quote_links (global_id, article_id, quote_ord)",
)

# 0013: ``entity_links_by_global`` dropped. No query and no step of the merge reads the
# links by global id (they are read by article: the merge's lookups, the exports), and in a
# large store the index cost an ingest a page per entity it names.
UNUSED_ENTITY_LINKS_INDEX: tuple[str, ...] = ("DROP INDEX entity_links_by_global",)

# 0014: events meet through indexed keys (merge.event_keys), as quotes through quote_keys:
# an ingest merges again the connected components of "shares a key and the times meet"
# its events touch, not every event of their block (a month of a person's events), so
# its cost no longer grows with how full the month already is. The blocks' index goes:
# nothing looks events up by block now (the column stays, as merge.event_block names it).
# Filled by incremental.refill_event_keys.
EVENT_KEYS: tuple[str, ...] = (
    """CREATE TABLE event_keys (
        key {bigint} NOT NULL, article_id TEXT NOT NULL, event_ord INTEGER NOT NULL,
        time_value TEXT, time_earliest TEXT, time_latest TEXT,
        PRIMARY KEY (key, article_id, event_ord)
    ){without_rowid}""",
    "DROP INDEX event_links_by_block",
)

# Tables the merge rebuilds from scratch, in the order they are cleared.
DERIVED_TABLES: tuple[str, ...] = (
    "global_entities",
    "entity_links",
    "entity_aliases",
    "entity_words",
    "person_keys",
    "person_words",
    "word_targets",
    "person_like",
    "global_quotes",
    "quote_links",
    "quote_keys",
    "quote_about",
    "global_events",
    "event_links",
    "event_entities",
    "event_keys",
    "tallies",
    "speaker_quotes",
    "store_state",
)

# Columns whose values differ between two otherwise identical runs (wall-clock times, the
# ingest order): a canonical dump leaves them out so runs can be compared byte for byte.
VOLATILE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("ingested_at", "seq"),
    "migrations": ("applied_at",),
}

# Issue 16: a quote is "direct" (quoted words) or "indirect" (a reported statement); a
# store written before knows only direct quotes, hence the default.
QUOTE_KIND = (
    "ALTER TABLE quotes ADD COLUMN kind TEXT NOT NULL DEFAULT 'direct'",
    "ALTER TABLE global_quotes ADD COLUMN kind TEXT NOT NULL DEFAULT 'direct'",
)
