"""The cross-article merge, kept up to date article batch by article batch (any backend).

``merge_new(db, ids)`` folds newly stored articles into the derived tables, inside the
transaction that stored them, at a cost that depends on the new articles and on the
groups they touch, not on the size of the store. ``rebuild(db)`` clears the derived
tables and merges every article again in batches (``dateline rebuild``, after a rule
changed). The result is the same whatever the order and batching of the ingests: each
step recomputes, with the rule functions of merge.py, exactly the part of the merge the
new articles can change (tests/store/test_incremental.py checks it against one rebuild).

* Entities: a member's group follows from its key (merge.entity_key), except a one-word
  person name its article cannot resolve: that goes where the store's full names send
  the word (merge.resolve_in_store), remembered per word in ``word_targets``. New full
  names re-resolve the words they can change; a word whose target changes moves all its
  members. Group counts and aliases are sums over articles, updated by differences.
* Quotes: the new quotes, and quotes whose speaker moved, are "dirty". Their fingerprints
  (merge.quote_keys) find the stored quotes they may join; the groups of all of those are
  merged again (merge.merge_quotes) and replace the old ones.
* Events: two events meet only through a shared key whose times meet (merge.event_keys,
  stored in ``event_keys``); the connected components of that relation that hold a dirty
  event (new, or with a participant that moved) are merged again (merge.merge_events).
* Groups merged again are written as differences (``_replace``): a row that comes out as
  it was is not rewritten, since in a large store every row rewritten dirties a page.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dateline.store.calendar import calendar_start
from dateline.store.db import Db
from dateline.store.merge import (
    EntityIn,
    EventIn,
    QuoteIn,
    Times,
    entity_gid,
    entity_key,
    event_block,
    event_keys,
    event_times,
    is_full_name,
    merge_events,
    merge_quotes,
    one_word,
    person_like_key,
    person_names_of,
    pick_name,
    quote_keys,
    quote_probe_keys,
    resolve_in_article,
    resolve_in_store,
    time_bucket,
    times_meet,
)
from dateline.store.normalize import fold, quote_words
from dateline.store.schema import DATED_EVENTS_TALLY, ENTITIES_TALLY, QUOTES_TALLY
from dateline.store.sql_queries import quote_context

# Articles merged per step of a rebuild (bounds the memory a step holds).
REBUILD_BATCH = 2000
STATE_KEY = "merged_articles"
# Articles whose quotes (events) refill_quote_keys (reblock_events) takes per step.
REFILL_ARTICLES = 20000

Member = tuple[str, str]  # (article id, per-article entity id)
Ref = tuple[str, int]  # (article id, ord)


@dataclass(frozen=True)
class _Move:
    article_id: str
    entity_id: str
    old: str
    new: str


def merged_count(db: Db) -> int:
    """RETURNS how many articles the derived tables were built from (-1 if never)."""
    value = db.scalar("SELECT value FROM store_state WHERE key = ?", (STATE_KEY,))
    return int(value) if value is not None else -1


def rebuild(db: Db) -> None:
    """Recompute every derived table from the fact tables; inside the caller's transaction."""
    from dateline.store.schema import DERIVED_TABLES

    for table in DERIVED_TABLES:
        db.run(f"DELETE FROM {table}")
    ids = [r[0] for r in db.rows("SELECT id FROM articles ORDER BY seq")]
    for i in range(0, len(ids), REBUILD_BATCH):
        merge_new(db, ids[i : i + REBUILD_BATCH])
    _set_count(db)


def merge_new(db: Db, article_ids: Sequence[str]) -> None:
    """Fold the stored articles ``article_ids`` (not merged before) into the derived tables."""
    ids = list(article_ids)
    if ids:
        moves = _entities(db, ids)
        placed = _quotes(db, ids, moves)
        _quote_about(db, ids, moves, placed)
        _events(db, ids, moves)
    _set_count(db)


def _set_count(db: Db) -> None:
    # seq runs 1, 2, 3 ... without gaps (SQLStore.count): an index lookup, not a scan.
    n = db.scalar("SELECT COALESCE(MAX(seq), 0) FROM articles")
    db.run(
        "INSERT INTO store_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (STATE_KEY, str(n)),
    )


# -- entities ----------------------------------------------------------------------------


def _entity_rows(db: Db, ids: list[str]) -> list[EntityIn]:
    return [
        EntityIn(r[0], r[1], r[2], r[3], int(r[4]), bool(r[5]))
        for r in db.in_chunks(
            """SELECT e.article_id, e.id, e.name, e.type, COUNT(m.ord),
                      MAX(CASE WHEN m.kind = 'name' THEN 1 ELSE 0 END)
               FROM entities e LEFT JOIN mentions m ON m.article_id = e.article_id AND m.entity_ord = e.ord
               WHERE e.article_id IN (?*)
               GROUP BY e.article_id, e.ord, e.id, e.name, e.type""",
            ids,
        )
    ]


def _known_persons(db: Db, keys: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """RETURNS which of the (first, last) keys are stored full names some row typed PERSON."""
    by_gid = {entity_gid(("PERSON", *k)): tuple(k) for k in keys}
    return {by_gid[r[0]] for r in db.in_chunks("SELECT global_id FROM person_keys WHERE global_id IN (?*)", sorted(by_gid))}


def _group_keys(
    rows: list[EntityIn], person_names: set[tuple[str, ...]]
) -> tuple[dict[Member, tuple[str, ...]], dict[Member, str]]:
    """RETURNS (members with a key their article decides, {member: word} of one-word names
    only the store can resolve), for whole articles' rows."""
    keys = {(r.article_id, r.id): entity_key(r, person_names) for r in rows}
    full_in: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
    for (a, _), key in keys.items():
        if is_full_name(key):
            full_in[a].add(key)
    decided: dict[Member, tuple[str, ...]] = {}
    store_words: dict[Member, str] = {}
    for member, key in keys.items():
        word = one_word(key)
        if word is not None:
            target = resolve_in_article(word, full_in[member[0]])
            if target is None:
                store_words[member] = word
                continue
            key = target
        decided[member] = key
    return decided, store_words


def _entities(db: Db, ids: list[str]) -> list[_Move]:
    """Link the new articles' entities; RETURNS the stored members that changed group."""
    rows = _entity_rows(db, ids)
    new_ids = set(ids)
    batch_person = person_names_of(rows)
    likes = {(r.article_id, r.id): pk for r in rows if (pk := person_like_key(r)) is not None}
    known = _known_persons(db, batch_person | set(likes.values()))
    person_names = known | batch_person
    new_person = batch_person - known
    group_key, store_words = _group_keys(rows, person_names)
    by_word: defaultdict[str, list[Member]] = defaultdict(list)
    for member, word in store_words.items():
        by_word[word].append(member)

    # Full names some row typed PERSON: count the new articles naming each.
    new_full: defaultdict[tuple[str, ...], int] = defaultdict(int)
    rows_of: defaultdict[str, list[EntityIn]] = defaultdict(list)
    for r in rows:
        rows_of[r.article_id].append(r)
    for a in sorted(rows_of):
        for pk in person_names_of(rows_of[a]):
            new_full[("PERSON", *pk)] += 1
    db.many(
        "INSERT INTO person_keys (global_id, first, last, n_full) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (global_id) DO UPDATE SET n_full = person_keys.n_full + excluded.n_full",
        [(entity_gid(k), k[1], k[2], n) for k, n in sorted(new_full.items())],
    )
    db.many(
        "INSERT INTO person_words (word, article_id, entity_id) VALUES (?, ?, ?)",
        [(w, a, e) for w, members in sorted(by_word.items()) for a, e in members],
    )
    # Entities of other types whose full name is no person's yet: they become one's when
    # an article types that name PERSON (entity_key).
    db.many(
        "INSERT INTO person_like (first, last, article_id, entity_id) VALUES (?, ?, ?, ?)",
        [(pk[0], pk[1], a, e) for (a, e), pk in sorted(likes.items()) if pk not in person_names],
    )
    # Words whose resolution may change: those of new one-word names, and the first and last
    # words of full names new to the store, when some stored one-word name has them.
    touched = {w for pk in new_person for w in pk}
    targets = {
        r[0]: r[1]
        for r in db.in_chunks("SELECT word, global_id FROM word_targets WHERE word IN (?*)", sorted(touched | set(by_word)))
    }
    words = sorted(set(by_word) | (touched & set(targets)))
    resolved = _resolve_words(db, words)
    moved: dict[Member, list[str]] = {}  # stored member -> [group before this batch, group now]
    types: dict[str, tuple[str, str]] = {}
    for word in words:
        key = resolved[word]
        gid = entity_gid(key)
        for member in by_word.get(word, ()):
            group_key[member] = key
        old = targets.get(word)
        if old == gid:
            continue
        db.run(
            "INSERT INTO word_targets (word, global_id) VALUES (?, ?) "
            "ON CONFLICT (word) DO UPDATE SET global_id = excluded.global_id",
            (word, gid),
        )
        targets[word] = gid
        if old is not None:
            for a, e in db.rows("SELECT article_id, entity_id FROM person_words WHERE word = ?", (word,)):
                if a not in new_ids:
                    moved[(a, e)] = [old, gid]
        types[gid] = ("PERSON", " ".join(key[1:]))
    _rekey(db, new_person, new_ids, targets, moved, types)

    row_of = {(r.article_id, r.id): r for r in rows}
    links = [
        (a, e, entity_gid(group_key[(a, e)]), row_of[(a, e)].name, row_of[(a, e)].n_mentions)
        for a, e in sorted(group_key)
    ]
    types.update({entity_gid(k): _type_of(k, row_of[m].type) for m, k in group_key.items()})
    moves = [_Move(a, e, old, new) for (a, e), (old, new) in sorted(moved.items()) if old != new]
    _apply_links(db, links, moves, types)
    return moves


def _type_of(key: tuple[str, ...], row_type: str) -> tuple[str, str]:
    """(type, merge key) of the group with this key (a person's group is PERSON)."""
    return ("PERSON" if key[0] == "PERSON" else row_type, " ".join(key[1:]))


def _rekey(
    db: Db,
    new_person: set[tuple[str, ...]],
    new_ids: set[str],
    targets: dict[str, str],
    moved: dict[Member, list[str]],
    types: dict[str, tuple[str, str]],
) -> None:
    """Group again the stored articles holding an entity of another type named as a person
    new to the store: that entity becomes the person's, and the article's one-word names
    may resolve otherwise. Adds the changes to ``moved``."""
    found = db.in_chunks(
        "SELECT first, last, article_id, entity_id FROM person_like WHERE first IN (?*)",
        sorted({pk[0] for pk in new_person}),
    )
    hits = [(f, la, a, e) for f, la, a, e in found if (f, la) in new_person and a not in new_ids]
    if not hits:
        return
    db.many("DELETE FROM person_like WHERE first = ? AND last = ? AND article_id = ? AND entity_id = ?", hits)
    articles = sorted({a for _, _, a, _ in hits})
    rows = _entity_rows(db, articles)
    likes = {pk for r in rows if (pk := person_like_key(r)) is not None}
    decided, store_words = _group_keys(rows, _known_persons(db, likes | person_names_of(rows)))
    current = {(a, e): g for a, e, g in db.in_chunks(
        "SELECT article_id, entity_id, global_id FROM entity_links WHERE article_id IN (?*)", articles)}
    for member, (_, now) in moved.items():
        if member in current:
            current[member] = now
    in_rekey = set(articles)
    one_words = sorted({w for w in (one_word(entity_key(r, set())) for r in rows) if w is not None})
    was_word = {
        (a, e): w
        for w, a, e in db.in_chunks("SELECT word, article_id, entity_id FROM person_words WHERE word IN (?*)", one_words)
        if a in in_rekey
    }
    asked = sorted(set(store_words.values()) - set(targets))
    for w, g in db.in_chunks("SELECT word, global_id FROM word_targets WHERE word IN (?*)", asked):
        targets[w] = g
    missing = sorted(set(store_words.values()) - set(targets))
    for word, key in _resolve_words(db, missing).items():
        targets[word] = entity_gid(key)
        types[targets[word]] = ("PERSON", " ".join(key[1:]))
        db.run("INSERT INTO word_targets (word, global_id) VALUES (?, ?)", (word, targets[word]))
    type_of = {(r.article_id, r.id): r.type for r in rows}
    for member, key in decided.items():
        types[entity_gid(key)] = _type_of(key, type_of[member])
    for member in sorted(set(decided) | set(store_words)):
        gid = entity_gid(decided[member]) if member in decided else targets[store_words[member]]
        if gid != current[member]:
            moved.setdefault(member, [current[member], gid])[1] = gid
    gone = [(w, a, e) for (a, e), w in sorted(was_word.items()) if (a, e) not in store_words]
    came = [(w, a, e) for (a, e), w in sorted(store_words.items()) if (a, e) not in was_word]
    db.many("DELETE FROM person_words WHERE word = ? AND article_id = ? AND entity_id = ?", gone)
    db.many("INSERT INTO person_words (word, article_id, entity_id) VALUES (?, ?, ?)", came)
    for w in sorted({w for w, _, _ in gone}):
        if db.one("SELECT 1 FROM person_words WHERE word = ?", (w,)) is None:
            db.run("DELETE FROM word_targets WHERE word = ?", (w,))
            targets.pop(w, None)


def _resolve_words(db: Db, words: list[str]) -> dict[str, tuple[str, ...]]:
    """RETURNS where the store sends each one-word name (merge.resolve_in_store)."""
    by_last: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
    by_first: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
    for first, last in db.in_chunks("SELECT first, last FROM person_keys WHERE last IN (?*)", words):
        by_last[last].add(("PERSON", first, last))
    for first, last in db.in_chunks("SELECT first, last FROM person_keys WHERE first IN (?*)", words):
        by_first[first].add(("PERSON", first, last))
    return {w: resolve_in_store(w, by_last.get(w, set()), by_first.get(w, set())) for w in sorted(set(words))}


def _contributions(link_rows: Iterable[tuple[str, str, str, str, int]]) -> dict[tuple[str, str], tuple[int, frozenset[str]]]:
    """(article, group) -> (mentions, names as written) of that article's members of the group."""
    mentions: defaultdict[tuple[str, str], int] = defaultdict(int)
    names: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for a, _e, g, name, n in link_rows:
        mentions[(a, g)] += n
        names[(a, g)].add(name)
    return {k: (mentions[k], frozenset(names[k])) for k in mentions}


def _apply_links(
    db: Db,
    new_links: list[tuple[str, str, str, str, int]],
    moves: list[_Move],
    types: dict[str, tuple[str, str]],
) -> None:
    """Write new and moved links and bring the groups' counts, aliases and names up to date."""
    moved_articles = sorted({m.article_id for m in moves})
    before_rows = [
        (r[0], r[1], r[2], r[3], int(r[4]))
        for r in db.in_chunks(
            "SELECT article_id, entity_id, global_id, name, n_mentions FROM entity_links WHERE article_id IN (?*)",
            moved_articles,
        )
    ]
    target = {(m.article_id, m.entity_id): m.new for m in moves}
    after_rows = [(a, e, target.get((a, e), g), name, n) for a, e, g, name, n in before_rows] + new_links
    before, after = _contributions(before_rows), _contributions(after_rows)
    db.many(
        "UPDATE entity_links SET global_id = ? WHERE article_id = ? AND entity_id = ?",
        [(m.new, m.article_id, m.entity_id) for m in moves],
    )
    db.many(
        "INSERT INTO entity_links (article_id, entity_id, global_id, name, n_mentions) VALUES (?, ?, ?, ?, ?)",
        new_links,
    )
    d_articles: defaultdict[str, int] = defaultdict(int)
    d_mentions: defaultdict[str, int] = defaultdict(int)
    d_alias: defaultdict[tuple[str, str], int] = defaultdict(int)
    for pair in set(before) | set(after):
        if before.get(pair) == after.get(pair):
            continue
        g = pair[1]
        m0, n0 = before.get(pair, (0, frozenset()))
        m1, n1 = after.get(pair, (0, frozenset()))
        d_articles[g] += (pair in after) - (pair in before)
        d_mentions[g] += m1 - m0
        for name in n1 - n0:
            d_alias[(g, name)] += 1
        for name in n0 - n1:
            d_alias[(g, name)] -= 1
    gids = sorted(set(d_articles) | set(d_mentions) | {g for g, _ in d_alias})
    if not gids:
        return
    current = {
        r[0]: (r[1], r[2], r[3], int(r[4]), int(r[5]))
        for r in db.in_chunks(
            "SELECT id, name, type, merge_key, n_articles, n_mentions FROM global_entities WHERE id IN (?*)", gids
        )
    }
    aliases: defaultdict[str, dict[str, int]] = defaultdict(dict)
    for g, alias, n in db.in_chunks("SELECT global_id, alias, n_articles FROM entity_aliases WHERE global_id IN (?*)", gids):
        aliases[g][alias] = int(n)
    old_aliases = {g: set(names) for g, names in aliases.items()}
    alias_changed: set[str] = set()
    inserts, deletes, updates = [], [], []
    for (g, alias), d in sorted(d_alias.items()):
        if d == 0:
            continue
        n = aliases[g].get(alias, 0) + d
        if alias not in aliases[g]:
            inserts.append((g, alias, fold(alias), n))
            alias_changed.add(g)
        elif n <= 0:
            deletes.append((g, alias))
            alias_changed.add(g)
        else:
            updates.append((n, g, alias))
        if n <= 0:
            aliases[g].pop(alias, None)
        else:
            aliases[g][alias] = n
    db.many("INSERT INTO entity_aliases (global_id, alias, folded, n_articles) VALUES (?, ?, ?, ?)", inserts)
    db.many("DELETE FROM entity_aliases WHERE global_id = ? AND alias = ?", deletes)
    db.many("UPDATE entity_aliases SET n_articles = ? WHERE global_id = ? AND alias = ?", updates)
    gone, changed, new, renamed = [], [], [], []
    for g in gids:
        n_articles = (current[g][3] if g in current else 0) + d_articles.get(g, 0)
        n_mentions = (current[g][4] if g in current else 0) + d_mentions.get(g, 0)
        if n_articles <= 0:
            gone.append((g,))
            continue
        name = pick_name(aliases[g])
        if g in current:
            changed.append((name, n_articles, n_mentions, g))
            if name != current[g][0]:
                renamed.append((name, g))
        else:
            type_, merge_key = types[g]
            new.append((g, name, type_, merge_key, n_articles, n_mentions))
    db.many("DELETE FROM global_entities WHERE id = ?", gone)
    db.many("UPDATE global_entities SET name = ?, n_articles = ?, n_mentions = ? WHERE id = ?", changed)
    db.many(
        "INSERT INTO global_entities (id, name, type, merge_key, n_articles, n_mentions) VALUES (?, ?, ?, ?, ?, ?)",
        new,
    )
    per_type: Counter[str] = Counter(ENTITIES_TALLY + t for _, _, t, *_ in new)
    per_type.subtract(ENTITIES_TALLY + current[g][1] for (g,) in gone if g in current)
    _tally(db, "tallies", "name", per_type)
    db.many("UPDATE global_quotes SET speaker_name = ? WHERE speaker_id = ?", renamed)
    # A group's words are the suffixes of its aliases: the words of its aliases before and
    # after give the rows to delete and to add by their key (a delete by global id alone
    # would scan the table, keyed by word).
    rewords = sorted(alias_changed | {g for (g,) in gone})
    words_before = {(w, g) for g in rewords for a in old_aliases.get(g, ()) for w in word_suffixes(a)}
    words_after = {(w, g) for g in rewords for a in aliases.get(g, {}) for w in word_suffixes(a)}
    db.many("DELETE FROM entity_words WHERE word = ? AND global_id = ?", sorted(words_before - words_after))
    db.many("INSERT INTO entity_words (word, global_id) VALUES (?, ?)", sorted(words_after - words_before))


def word_suffixes(alias: str) -> list[str]:
    """The folded alias from each of its words on: what a prefix search matches."""
    words = fold(alias).split()
    return [" ".join(words[i:]) for i in range(len(words))]


# -- quotes: what each is about ---------------------------------------------------------


def _quote_about(db: Db, ids: list[str], moves: list[_Move], placed: dict[Ref, tuple[str, int]]) -> None:
    """Record which entities each new quote is about; follow the members that moved and the
    quotes whose group changed (``placed``: ref -> (global quote, its source count)).

    A quote is about an entity when one of its mentions lies in the quote or its sentence
    (sql_queries.quote_context), or when one of its multi-word names as its article writes
    them appears in the quote text as whole words. Each row carries its quote's group and
    source count: the index "quotes about" pages are cut from (schema.QUOTE_RANKS).
    """
    db.many(
        "UPDATE quote_about SET global_entity = ? WHERE article_id = ? AND entity_id = ?",
        [(m.new, m.article_id, m.entity_id) for m in moves],
    )
    new_ids = set(ids)
    stored = sorted({a for a, _ in placed if a not in new_ids})
    regrouped = sorted({
        (placed[(a, int(o))][0], placed[(a, int(o))][1], a, int(o))
        for a, o, g, n in db.in_chunks(
            "SELECT article_id, quote_ord, global_quote, n_sources FROM quote_about WHERE article_id IN (?*)", stored
        )
        if (a, int(o)) in placed and (g, n) != placed[(a, int(o))]
    })
    db.many("UPDATE quote_about SET global_quote = ?, n_sources = ? WHERE article_id = ? AND quote_ord = ?", regrouped)
    texts = dict(db.in_chunks("SELECT id, text FROM articles WHERE id IN (?*)", ids))
    quotes: defaultdict[str, list[tuple[int, int, int, str]]] = defaultdict(list)
    for a, o, s, e, t in db.in_chunks(
        "SELECT article_id, ord, start_char, end_char, text FROM quotes WHERE article_id IN (?*)", ids
    ):
        quotes[a].append((int(o), int(s), int(e), t))
    wanted = [a for a in ids if quotes.get(a)]
    if not wanted:
        return
    sentences: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    for a, s, e in db.in_chunks("SELECT article_id, sentence_start, sentence_end FROM events WHERE article_id IN (?*)", wanted):
        sentences[a].append((int(s), int(e)))
    spans: defaultdict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for a, eid, s, e in db.in_chunks(
        """SELECT en.article_id, en.id, m.start_char, m.end_char FROM entities en
           JOIN mentions m ON m.article_id = en.article_id AND m.entity_ord = en.ord
           WHERE en.article_id IN (?*)""",
        wanted,
    ):
        spans[a].append((eid, int(s), int(e)))
    names: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    gid_of: dict[Member, str] = {}
    for a, eid, gid, name in db.in_chunks(
        "SELECT article_id, entity_id, global_id, name FROM entity_links WHERE article_id IN (?*)", wanted
    ):
        gid_of[(a, eid)] = gid
        if len(name.split()) > 1:
            names[a].append((eid, name))
    rows: list[tuple[str, str, int, str, str, int]] = []
    for a in wanted:
        text = texts[a]
        for o, qs, qe, qtext in quotes[a]:
            s, e = quote_context(text, qs, qe, sentences[a])
            about = {eid for eid, ms, me in spans[a] if s <= ms and me <= e}
            about |= {eid for eid, name in names[a] if _has_words(qtext, name)}
            group, n_sources = placed[(a, o)]
            rows.extend((a, eid, o, gid_of[(a, eid)], group, n_sources) for eid in sorted(about) if (a, eid) in gid_of)
    db.many(
        "INSERT INTO quote_about (article_id, entity_id, quote_ord, global_entity, global_quote, n_sources) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def _has_words(text: str, name: str) -> bool:
    """RETURNS True if ``name`` occurs in ``text`` as whole words."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        start = text.find(name, start + 1)
    return False


def _refill_steps(db: Db) -> Iterator[tuple[int, int]]:
    """The article seq ranges [lo, hi) a migration's refill takes one at a time
    (REFILL_ARTICLES each: bounds the memory a step holds)."""
    last = int(db.scalar("SELECT COALESCE(MAX(seq), 0) FROM articles"))
    for lo in range(0, last + 1, REFILL_ARTICLES):
        yield lo, lo + REFILL_ARTICLES


# -- quotes: groups ----------------------------------------------------------------------


def refill_quote_keys(db: Db) -> None:
    """Compute every stored quote's fingerprints again (merge.quote_keys, with its speaker's
    global id), replacing what ``quote_keys`` held: for a store whose fingerprints were made
    by an earlier quote_keys (migrations 0009, 0011). The rows are the ones the merge would
    have written; the groups do not change (the fingerprints only find candidates).

    The rows are gathered in a temporary table and written into the index in key order, in
    one pass: inserted in the order of their quotes, each of millions of rows would land on
    a page of its own."""
    db.run("DELETE FROM quote_keys")
    db.run(f"CREATE TEMPORARY TABLE quote_keys_refill (key {db.dialect.big_integer} NOT NULL, "
           "article_id TEXT NOT NULL, quote_ord INTEGER NOT NULL)")
    for lo, hi in _refill_steps(db):
        rows = db.rows(
            "SELECT q.article_id, q.ord, q.text, l.global_id FROM articles a "
            "JOIN quotes q ON q.article_id = a.id "
            "LEFT JOIN entity_links l ON l.article_id = q.article_id AND l.entity_id = q.speaker_entity "
            "WHERE a.seq >= ? AND a.seq < ?",
            (lo, hi),
        )
        keys = sorted({(k, a, int(o)) for a, o, text, sid in rows for k in quote_keys(quote_words(text), sid)})
        db.many("INSERT INTO quote_keys_refill (key, article_id, quote_ord) VALUES (?, ?, ?)", keys)
    db.run("INSERT INTO quote_keys (key, article_id, quote_ord) SELECT DISTINCT key, article_id, quote_ord "
           "FROM quote_keys_refill ORDER BY key, article_id, quote_ord")
    db.run("DROP TABLE quote_keys_refill")


def _quote_rows(db: Db, refs: Iterable[Ref]) -> dict[Ref, QuoteIn]:
    wanted = set(refs)
    out: dict[Ref, QuoteIn] = {}
    for a, o, t, spk, pub, kind in db.in_chunks(
        "SELECT q.article_id, q.ord, q.text, q.speaker_entity, a.published_value, q.kind FROM quotes q "
        "JOIN articles a ON a.id = q.article_id WHERE q.article_id IN (?*)",
        sorted({a for a, _ in wanted}),
    ):
        ref = (a, int(o))
        if ref in wanted:
            out[ref] = QuoteIn(a, int(o), t, spk, pub, kind)
    return out


def _speakers(db: Db, rows: Iterable[QuoteIn]) -> dict[Member, str]:
    members = {(r.article_id, r.speaker) for r in rows if r.speaker}
    out: dict[Member, str] = {}
    for a, e, g in db.in_chunks(
        "SELECT article_id, entity_id, global_id FROM entity_links WHERE article_id IN (?*)",
        sorted({a for a, _ in members}),
    ):
        if (a, e) in members:
            out[(a, e)] = g
    return out


def _quotes(db: Db, ids: list[str], moves: list[_Move]) -> dict[Ref, tuple[str, int]]:
    """Merge the quotes the new articles (and moved speakers) can change again.

    RETURNS {ref: (global quote, its number of source articles)} of every quote whose group
    was recomputed (the new ones among them).
    """
    moved = {(m.article_id, m.entity_id) for m in moves}
    dirty: set[Ref] = {
        (a, int(o)) for a, o in db.in_chunks("SELECT article_id, ord FROM quotes WHERE article_id IN (?*)", ids)
    }
    for a, o, spk in db.in_chunks(
        "SELECT article_id, ord, speaker_entity FROM quotes WHERE article_id IN (?*)", sorted({a for a, _ in moved})
    ):
        if (a, spk) in moved:
            dirty.add((a, int(o)))
    if not dirty:
        return {}
    rows = _quote_rows(db, dirty)
    # Stored quotes whose speaker moved: their fingerprints under the old speaker go.
    old_speaker = {(m.article_id, m.entity_id): m.old for m in moves}
    new_ids = set(ids)
    db.many(
        "DELETE FROM quote_keys WHERE key = ? AND article_id = ? AND quote_ord = ?",
        [
            (k, a, o)
            for (a, o), r in sorted(rows.items())
            if a not in new_ids
            for k in sorted(quote_keys(quote_words(r.text), old_speaker.get((a, r.speaker or ""))))
        ],
    )
    entity_of = _speakers(db, rows.values())
    new_keys: list[tuple[int, str, int]] = []
    todo: set[int] = set()
    for ref, r in sorted(rows.items()):
        sid = entity_of.get((r.article_id, r.speaker)) if r.speaker else None
        words = quote_words(r.text)
        new_keys.extend((k, ref[0], ref[1]) for k in sorted(quote_keys(words, sid)))
        todo |= quote_probe_keys(words, sid)
    # The quotes to merge again: the dirty ones, the stored ones a probe of theirs finds,
    # everything in their groups, and (rule 2) every quote sharing the text of a long
    # unattributed one among them; until nothing new comes in.
    region: set[Ref] = set(dirty)
    looked: set[int] = set()
    while todo:
        looked |= todo
        found = {(a, int(o)) for a, o in db.in_chunks("SELECT article_id, quote_ord FROM quote_keys WHERE key IN (?*)", sorted(todo))}
        found |= region
        gids = sorted({g for _, _, g in _links(db, "quote_links", "quote_ord", found)})
        found |= {(a, int(o)) for a, o in db.in_chunks("SELECT article_id, quote_ord FROM quote_links WHERE global_id IN (?*)", gids)}
        added = found - region
        region |= found
        todo = set()
        if added:
            extra = _quote_rows(db, added)
            rows.update(extra)
            for r in extra.values():
                if not r.speaker:
                    todo |= quote_probe_keys(quote_words(r.text), None)
            todo -= looked
    rows.update(_quote_rows(db, region - set(rows)))
    entity_of = _speakers(db, rows.values())
    names = dict(
        db.in_chunks("SELECT id, name FROM global_entities WHERE id IN (?*)", sorted(set(entity_of.values())))
    )
    old_links = _links(db, "quote_links", "quote_ord", region)
    old_gids = sorted({g for _, _, g in old_links})
    old_quotes = db.in_chunks(
        "SELECT id, text, speaker_id, speaker_name, n_sources, kind FROM global_quotes WHERE id IN (?*)", old_gids
    )
    old_speakers = [r[2] for r in old_quotes]
    groups = merge_quotes([rows[r] for r in sorted(region)], entity_of, names)
    # Only the rows that differ are written (see _events).
    _replace(db, "quote_links", ("article_id", "quote_ord"), ("global_id",), old_links,
             [(a, o, q.id) for q in groups for a, o in q.members])
    _replace(
        db, "global_quotes", ("id",), ("text", "speaker_id", "speaker_name", "n_sources", "kind"), old_quotes,
        [(q.id, q.text, q.speaker_id, q.speaker_name, len({a for a, _ in q.members}), q.kind) for q in groups],
    )
    db.many("INSERT INTO quote_keys (key, article_id, quote_ord) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", new_keys)
    _tally(db, "tallies", "name", Counter({QUOTES_TALLY: len(groups) - len(old_speakers)}))
    by_speaker: Counter[str] = Counter(q.speaker_id for q in groups if q.speaker_id)
    by_speaker.subtract(s for s in old_speakers if s)
    _tally(db, "speaker_quotes", "speaker_id", by_speaker)
    placed: dict[Ref, tuple[str, int]] = {}
    for q in groups:
        n_sources = len({a for a, _ in q.members})
        placed.update({(a, o): (q.id, n_sources) for a, o in q.members})
    return placed


def _links(db: Db, table: str, ord_col: str, refs: Iterable[Ref]) -> list[tuple[str, int, str]]:
    """RETURNS (article id, ord, global id) of the link rows of ``refs``."""
    wanted = set(refs)
    return [
        (a, int(o), g)
        for a, o, g in db.in_chunks(
            f"SELECT article_id, {ord_col}, global_id FROM {table} WHERE article_id IN (?*)",
            sorted({a for a, _ in wanted}),
        )
        if (a, int(o)) in wanted
    ]


def _tally(db: Db, table: str, key: str, deltas: Counter[str]) -> None:
    """Add ``deltas`` to the counts of ``table`` (``tallies`` or ``speaker_quotes``, by
    ``key``); a count that falls to 0 loses its row, as a rebuild never writes one."""
    changed = sorted((k, d) for k, d in deltas.items() if d)
    db.many(f"INSERT INTO {table} ({key}, n) VALUES (?, ?) "
            f"ON CONFLICT ({key}) DO UPDATE SET n = {table}.n + excluded.n", changed)
    db.many(f"DELETE FROM {table} WHERE {key} = ? AND n = 0", [(k,) for k, _ in changed])


def _link_rows(db: Db, table: str, ord_col: str, extra: str, refs: Iterable[Ref]) -> list[tuple[Any, ...]]:
    """RETURNS (article id, ord, global id, ``extra``) of the link rows of ``refs``."""
    wanted = set(refs)
    return [
        (a, int(o), g, x)
        for a, o, g, x in db.in_chunks(
            f"SELECT article_id, {ord_col}, global_id, {extra} FROM {table} WHERE article_id IN (?*)",
            sorted({a for a, _ in wanted}),
        )
        if (a, int(o)) in wanted
    ]


def _replace(
    db: Db, table: str, keys: tuple[str, ...], values: tuple[str, ...],
    old: Iterable[Sequence[Any]], new: Iterable[Sequence[Any]],
) -> None:
    """Make the rows ``old`` of ``table`` (each: ``keys`` then ``values``) the rows ``new``,
    writing only what differs: a row in both stays untouched, a changed or gone one is
    deleted, a changed or new one inserted. What the table holds after is the same as
    deleting every old row and inserting every new one."""
    before: set[tuple[Any, ...]] = {tuple(r) for r in old}
    after: set[tuple[Any, ...]] = {tuple(r) for r in new}
    n = len(keys)
    where = " AND ".join(f"{k} = ?" for k in keys)
    db.many(f"DELETE FROM {table} WHERE {where}", sorted(r[:n] for r in before - after))
    cols = keys + values
    db.many(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        sorted(after - before, key=_sort_key),
    )


def _sort_key(row: Sequence[Any]) -> tuple[tuple[bool, Any], ...]:
    return tuple((v is None, v if v is not None else 0) for v in row)


# -- events ------------------------------------------------------------------------------


def _event_rows(db: Db, article_ids: Sequence[str]) -> dict[Ref, EventIn]:
    parts: defaultdict[Ref, list[str]] = defaultdict(list)
    for a, o, e in db.in_chunks(
        "SELECT article_id, event_ord, entity_id FROM participants WHERE article_id IN (?*) "
        "ORDER BY article_id, event_ord, ord",
        article_ids,
    ):
        parts[(a, int(o))].append(e)
    return {
        (r[0], int(r[1])): EventIn(r[0], int(r[1]), r[2], r[3], r[4], r[5], r[6], tuple(parts[(r[0], int(r[1]))]), r[7], r[8])
        for r in db.in_chunks(
            "SELECT e.article_id, e.ord, e.text, e.summary, e.time_value, e.time_earliest, e.time_latest, "
            "a.published_value, e.kind FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE e.article_id IN (?*)",
            article_ids,
        )
    }


def _entity_of(db: Db, article_ids: Sequence[str]) -> dict[Member, str]:
    return {
        (a, e): g
        for a, e, g in db.in_chunks(
            "SELECT article_id, entity_id, global_id FROM entity_links WHERE article_id IN (?*)", article_ids
        )
    }


def _events(db: Db, ids: list[str], moves: list[_Move]) -> None:
    """Merge again the events the new articles (and moved participants) can change: the
    connected components of "shares a meeting key and the times meet" (merge.event_keys)
    that hold a dirty event, before or after its move. merge_events gives the rows of a
    component the same groups whatever else it is given, so this is what a rebuild gives."""
    moved = {(m.article_id, m.entity_id): m.old for m in moves}
    dirty: set[Ref] = set(_event_rows(db, ids))
    for a, o, e in db.in_chunks(
        "SELECT article_id, event_ord, entity_id FROM participants WHERE article_id IN (?*)",
        sorted({a for a, _ in moved}),
    ):
        if (a, e) in moved:
            dirty.add((a, int(o)))
    if not dirty:
        return
    new_ids = set(ids)
    rows, entity_of = _events_of(db, dirty)
    # The stored keys of a stored event whose participant moved are those of its old
    # participants: it leaves the components they join (which are merged again too).
    old_entity_of = {m: moved.get(m, g) for m, g in entity_of.items()}
    old_keys = {
        ref: event_keys(v, frozenset(_parts(v, old_entity_of)))
        for ref, v in rows.items() if ref[0] not in new_ids
    }
    region = set(_components(db, rows, entity_of, old_keys))
    new_keys = {ref: event_keys(v, frozenset(_parts(v, entity_of))) for ref, v in rows.items() if ref in dirty}
    gone = sorted((k, a, o) for (a, o), keys in old_keys.items() for k in keys - new_keys[(a, o)])
    came = sorted(
        (k, a, o, *event_times(rows[(a, o)]))
        for (a, o), keys in new_keys.items()
        for k in keys - old_keys.get((a, o), set())
    )
    db.many("DELETE FROM event_keys WHERE key = ? AND article_id = ? AND event_ord = ?", gone)
    db.many("INSERT INTO event_keys (key, article_id, event_ord, time_value, time_earliest, time_latest) "
            "VALUES (?, ?, ?, ?, ?, ?)", came)
    old_links = _link_rows(db, "event_links", "event_ord", "block", region)
    old_gids = sorted({g for _, _, g, _ in old_links})
    old_events = db.in_chunks(
        "SELECT id, summary, trigger, time_value, time_earliest, time_latest, start, n_sources "
        "FROM global_events WHERE id IN (?*)", old_gids)
    old_dated = sum(1 for r in old_events if r[3] is not None)
    old_entities = db.in_chunks("SELECT event_id, entity_id, start FROM event_entities WHERE event_id IN (?*)", old_gids)
    groups = merge_events([rows[r] for r in sorted(region)], entity_of)
    block_of = {ref: event_block(v.time_value, _parts(v, entity_of), v.time_earliest, v.time_latest)
                for ref, v in rows.items()}
    starts = {v.id: v.time_earliest or calendar_start(v.time_value) for v in groups}
    # Only the rows that differ are written: most of a component merged again comes out as it
    # was, and an unchanged row rewritten would still dirty its pages (one per row in a
    # large store, hash-keyed indexes).
    _replace(db, "event_entities", ("event_id", "entity_id"), ("start",), old_entities,
             [(v.id, e, starts[v.id]) for v in groups for e in v.entities])
    _replace(db, "event_links", ("article_id", "event_ord"), ("global_id", "block"), old_links,
             [(a, o, v.id, block_of[(a, o)]) for v in groups for a, o in v.members])
    _replace(
        db, "global_events", ("id",),
        ("summary", "trigger", "time_value", "time_earliest", "time_latest", "start", "n_sources"), old_events,
        [
            (v.id, v.summary, v.trigger, v.time_value, v.time_earliest, v.time_latest, starts[v.id],
             len({a for a, _ in v.members}))
            for v in groups
        ],
    )
    dated = sum(1 for v in groups if v.time_value is not None)
    _tally(db, "tallies", "name", Counter({DATED_EVENTS_TALLY: dated - old_dated}))


def _events_of(db: Db, refs: set[Ref]) -> tuple[dict[Ref, EventIn], dict[Member, str]]:
    """RETURNS (the stored events ``refs``, the global ids of their articles' entities)."""
    articles = sorted({a for a, _ in refs})
    rows = {r: v for r, v in _event_rows(db, articles).items() if r in refs}
    return rows, _entity_of(db, articles)


def _components(
    db: Db, rows: dict[Ref, EventIn], entity_of: dict[Member, str], old_keys: dict[Ref, set[int]]
) -> dict[Ref, EventIn]:
    """RETURNS every event of the components that hold the events ``rows`` (grown in place,
    with ``entity_of``), through the stored ``event_keys``: from each event found, the stored
    events sharing a key whose times meet its own, until nothing new comes in. ``old_keys``:
    the stored keys of events whose participants moved (their components before the move)."""
    probes: list[tuple[int, Times]] = [
        (k, event_times(rows[ref])) for ref, keys in sorted(old_keys.items()) for k in sorted(keys)
    ]
    todo = set(rows)
    stored: dict[int, list[tuple[Ref, Times]]] = {}
    while todo:
        for ref in sorted(todo):
            v = rows[ref]
            probes.extend((k, event_times(v)) for k in sorted(event_keys(v, frozenset(_parts(v, entity_of)))))
        todo = set()
        asked = sorted({k for k, _ in probes} - set(stored))
        for k in asked:
            stored[k] = []
        for k, a, o, value, lo, hi in db.in_chunks(
            "SELECT key, article_id, event_ord, time_value, time_earliest, time_latest FROM event_keys "
            "WHERE key IN (?*)", asked,
        ):
            stored[int(k)].append(((a, int(o)), (value, lo, hi)))
        found = {ref for k, times in probes for ref, t in stored[k] if ref not in rows and times_meet(times, t)}
        probes = []
        if found:
            extra, extra_entities = _events_of(db, found)
            rows.update(extra)
            entity_of.update(extra_entities)
            todo = set(extra)
    return rows


def refill_event_keys(db: Db) -> None:
    """Compute every stored event's meeting keys (merge.event_keys, with its participants'
    global ids) into ``event_keys`` (migration 0014): the rows the merge would have written;
    the groups do not change. Gathered in a temporary table and written in key order, in
    one pass (see refill_quote_keys)."""
    db.run("DELETE FROM event_keys")
    db.run(f"CREATE TEMPORARY TABLE event_keys_refill (key {db.dialect.big_integer} NOT NULL, "
           "article_id TEXT NOT NULL, event_ord INTEGER NOT NULL, "
           "time_value TEXT, time_earliest TEXT, time_latest TEXT)")
    in_range = "FROM articles a JOIN {} ON x.article_id = a.id WHERE a.seq >= ? AND a.seq < ?"
    for lo, hi in _refill_steps(db):
        parts: defaultdict[Ref, list[str]] = defaultdict(list)
        for a, o, e in db.rows("SELECT x.article_id, x.event_ord, x.entity_id "
                               + in_range.format("participants x") + " ORDER BY x.article_id, x.event_ord, x.ord",
                               (lo, hi)):
            parts[(a, int(o))].append(e)
        entity_of = {(a, e): g for a, e, g in db.rows(
            "SELECT x.article_id, x.entity_id, x.global_id " + in_range.format("entity_links x"), (lo, hi))}
        keys: list[tuple[Any, ...]] = []
        for a, o, trig, summary, value, lo_t, hi_t, kind in db.rows(
            "SELECT x.article_id, x.ord, x.text, x.summary, x.time_value, x.time_earliest, x.time_latest, x.kind "
            + in_range.format("events x"), (lo, hi),
        ):
            v = EventIn(a, int(o), trig, summary, value, lo_t, hi_t, tuple(parts[(a, int(o))]), None, kind)
            keys.extend((k, a, int(o), value, lo_t, hi_t) for k in event_keys(v, frozenset(_parts(v, entity_of))))
        db.many("INSERT INTO event_keys_refill (key, article_id, event_ord, time_value, time_earliest, time_latest) "
                "VALUES (?, ?, ?, ?, ?, ?)", sorted(keys, key=_sort_key))
    db.run("INSERT INTO event_keys (key, article_id, event_ord, time_value, time_earliest, time_latest) "
           "SELECT key, article_id, event_ord, time_value, time_earliest, time_latest "
           "FROM event_keys_refill ORDER BY key, article_id, event_ord")
    db.run("DROP TABLE event_keys_refill")

def reblock_events(db: Db) -> None:
    """Rename every stored event block to merge.event_block's form, led by its time bucket
    (migration 0010): the bucket comes from the event's time, the tail is the old name's hash,
    so the same events share a block as before."""
    for lo, hi in _refill_steps(db):
        rows = db.rows(
            "SELECT l.article_id, l.event_ord, l.block, e.time_value, e.time_earliest, e.time_latest "
            "FROM articles a JOIN event_links l ON l.article_id = a.id "
            "JOIN events e ON e.article_id = l.article_id AND e.ord = l.event_ord "
            "WHERE a.seq >= ? AND a.seq < ? AND l.block IS NOT NULL",
            (lo, hi),
        )
        db.many(
            "UPDATE event_links SET block = ? WHERE article_id = ? AND event_ord = ?",
            [(f"b_{time_bucket(v, e, la)}_{b[2:]}", a, int(o)) for a, o, b, v, e, la in rows],
        )


def _parts(row: EventIn, entity_of: dict[Member, str]) -> list[str]:
    return [entity_of[(row.article_id, p)] for p in row.participants if (row.article_id, p) in entity_of]

