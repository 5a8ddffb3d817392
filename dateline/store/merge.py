"""Merging across articles: global entities, quotes and events (pure functions, no database).

The merge is *derived*: a function of all stored articles' facts, whatever their order.
The store keeps it up to date batch by batch (incremental.py), recomputing with these
functions only what new articles can change; ``dateline rebuild`` recomputes it all. Both
give the same result (tests/store/test_incremental.py): a rule changed here must keep
the contracts its helpers state (entity_key, quote_keys, event_meeting_keys).

Rules, each a documented constant below:

* Entities. People merge on (first word, last word) of the name without honorifics,
  so "Maria Elena Lopez" = "Maria Lopez" = "Sen. Maria Lopez"; two
  different full names never merge. A one-word name ("Lopez") joins the only full
  name with that surname (or, failing that, first name) in its own article, else the
  only one in the store; with several candidates it stays its own entity "Lopez" (a
  local organiser is not the senator who shares her surname). A full name of several
  words that one article typed PERSON is that person in every article, whatever type
  another article's tagger gave it: an entity is a person only once, whichever article
  introduced it (a global person is PERSON; another entity takes its members'
  majority type). Other types merge on the folded
  name without a leading "the". An
  entity without any name mention (a cluster of descriptors and pronouns) is never
  merged: nothing says which real-world referent it is.
* Quotes. Two quotes are one when their normal forms (quote_words) are equal and they
  have the same speaker, or when one is contained in the other with the same speaker, or
  when they share a long run of words with the same speaker (two cuts of one utterance).
  Short quotes are too common to tell apart ("Yes", "a disaster"), hence word minimums.
  A long quote whose speaker was not resolved joins an equal quote of a known speaker.
* Events. Two dated events of different articles are one when they have the same set of
  global participants, the same time, and the same trigger or the same summary (events of
  saying: the same summary only). Short times (at most OVERLAP_MAX_DAYS long) are the same
  when they overlap within one month ("on Monday" in one article, "that day or the day
  before" in another); longer ones ("in 2011") only when their values are equal. A merged
  event keeps its members' finest time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from dateline.store.normalize import person_key, plain_key, quote_words, trigger_key

# Equal quotes of the same speaker merge from this many words on.
MIN_EQUAL_WORDS = 3
# A quote contained in a longer one of the same speaker merges from this many words on.
MIN_CONTAINED_WORDS = 5
# An equal quote with an unresolved speaker joins a known speaker's from this many words on.
MIN_UNATTRIBUTED_WORDS = 8
# Two quotes of the same speaker sharing a run of this many words are excerpts of one
# utterance that outlets cut differently ("..., not me, not Bill, nobody ..." with and without
# the aside), so they are one quote.
MIN_OVERLAP_WORDS = 8
# Leading bits of a quote fingerprint taken from its speaker alone (quote_keys).
SPEAKER_KEY_BITS = 24
# A quote's runs are fingerprinted FINGERPRINT_WORDS words long. The store keeps the runs at
# every FINGERPRINT_STEP-th word (quote_keys); a lookup takes the runs at every word
# (quote_probe_keys). Any MIN_CONTAINED_WORDS words two quotes share hold a kept run of each
# as long as MIN_CONTAINED_WORDS - FINGERPRINT_WORDS + 1 >= FINGERPRINT_STEP.
FINGERPRINT_WORDS = 4
FINGERPRINT_STEP = 2

# Times of at most this many days meet when they overlap (a day, a report's "that day or
# the day before", a week); longer ones only on an equal value: "in January" is no evidence
# that two reports of January tell of one day.
OVERLAP_MAX_DAYS = 7
# Bits of an event key's time bucket that lead its stored integer (merge.event_keys).
BUCKET_KEY_BITS = 24

_POSSESSIVE = re.compile(r"['\u2019]s?$")

Member = tuple[str, str]  # (article id, per-article entity id)
Ref = tuple[str, int]  # (article id, position of the quote/event in its article)


@dataclass(frozen=True)
class EntityIn:
    article_id: str
    id: str
    name: str
    type: str
    n_mentions: int
    named: bool  # has at least one mention of kind "name"


@dataclass(frozen=True)
class QuoteIn:
    article_id: str
    ord: int
    text: str
    speaker: str | None  # per-article entity id
    published: str | None = None  # the article's date: the first report speaks for a group
    kind: str = "direct"  # "direct" or "indirect": the two never merge


@dataclass(frozen=True)
class EventIn:
    article_id: str
    ord: int
    trigger: str
    summary: str
    time_value: str | None
    time_earliest: str | None
    time_latest: str | None
    participants: tuple[str, ...]  # per-article entity ids
    published: str | None = None
    kind: str = "event"  # "quote": an event of saying


@dataclass(frozen=True)
class GlobalEntity:
    id: str
    name: str
    type: str
    key: str
    members: tuple[Member, ...]
    n_articles: int
    n_mentions: int
    aliases: tuple[tuple[str, int], ...]  # (name as written, number of articles)


@dataclass(frozen=True)
class GlobalQuote:
    id: str
    text: str
    speaker_id: str | None
    speaker_name: str | None
    members: tuple[Ref, ...]
    kind: str = "direct"


@dataclass(frozen=True)
class GlobalEvent:
    id: str
    summary: str
    trigger: str
    time_value: str | None
    time_earliest: str | None
    time_latest: str | None
    members: tuple[Ref, ...]
    entities: tuple[str, ...]  # global entity ids


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            # The smaller index stays root, so groups do not depend on union order.
            self.parent[max(ri, rj)] = min(ri, rj)

    def groups(self) -> list[list[int]]:
        out: defaultdict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


def _gid(prefix: str, *parts: Hashable) -> str:
    """A stable global id: the same key gives the same id in every rebuild."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}{digest[:12]}"


def _dated_gid(prefix: str, published: str | None, *parts: Hashable) -> str:
    """A stable global id led by a publication day ("2016-01-02..." gives "20160102", none
    "0"): the groups first reported on one day are neighbours in every index on the id, so
    what a day's articles add is written into a few pages, not one page per group all over
    a large store. Migrations 0010 (events) and 0012 (quotes) compute the same in SQL; keep
    the three alike."""
    day = (published or "")[:10].replace("-", "") or "0"
    return f"{prefix}{day}_{_gid('', *parts)}"


def merge_entities(rows: Iterable[EntityIn]) -> list[GlobalEntity]:
    """Group per-article entities into global ones. RETURNS them sorted by id.

    The reference form of the entity rules, all at once. The store merges incrementally
    (incremental.py) with the same rule functions: ``person_names_of``, ``entity_key``,
    ``one_word``, ``resolve_in_article``, ``resolve_in_store`` and ``pick_name``; change a
    rule there and both agree (tests/store/test_incremental.py checks it).
    """
    rows = sorted(rows, key=lambda r: (r.article_id, r.id))
    person_names = person_names_of(rows)
    keyed: dict[tuple[str, ...], list[EntityIn]] = defaultdict(list)
    one_words: list[tuple[EntityIn, str]] = []
    for row in rows:
        key = entity_key(row, person_names)
        word = one_word(key)
        if word is not None:
            one_words.append((row, word))
        else:
            keyed[key].append(row)
    full: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)  # article id -> full-name keys
    for key, members in keyed.items():
        if is_full_name(key):
            for m in members:
                full[m.article_id].add(key)
    store_full = {key for key in keyed if is_full_name(key)}
    for row, word in one_words:
        target = resolve_in_article(word, full[row.article_id])
        if target is None:
            target = resolve_in_store(word, {k for k in store_full if k[2] == word},
                                      {k for k in store_full if k[1] == word})
        keyed[target].append(row)
    out = [_global_entity(key, members) for key, members in keyed.items()]
    return sorted(out, key=lambda g: g.id)


def person_names_of(rows: Iterable[EntityIn]) -> set[tuple[str, ...]]:
    """The (first, last) keys of the full names some row typed PERSON (see entity_key)."""
    return {pk for r in rows if r.type == "PERSON" and r.named and len(pk := person_key(r.name) or ()) == 2}


def person_like_key(row: EntityIn) -> tuple[str, ...] | None:
    """The (first, last) key a named entity of another type would take if its full name is a
    person's somewhere in the store (entity_key), else None."""
    if not row.named or row.type == "PERSON" or len(row.name.split()) < 2:
        return None
    pk = person_key(row.name)
    return pk if pk and len(pk) == 2 else None


def entity_key(row: EntityIn, person_names: set[tuple[str, ...]]) -> tuple[str, ...]:
    """The group key of a per-article entity, before one-word names are resolved.

    ("PERSON", first, last) for a full name, ("PERSON", word) for a one-word name,
    (type, folded name) for other types, ("article", article id, entity id) for an entity
    without a name mention (never merged). A full name of several words that some row typed
    PERSON (``person_names``: person_names_of the whole store) is a person's whatever this
    row's type: an entity is a person only once.
    """
    if row.named:
        like = person_like_key(row)
        if like is not None and like in person_names:
            return ("PERSON", *like)
        if row.type == "PERSON":
            pk = person_key(row.name)
            if pk:
                return ("PERSON", *pk)
        else:
            plain = plain_key(row.name)
            if plain:
                return (row.type, plain)
    return ("article", row.article_id, row.id)


def is_full_name(key: tuple[str, ...]) -> bool:
    """RETURNS True for the key of a person's full name (first and last word)."""
    return key[0] == "PERSON" and len(key) == 3


def one_word(key: tuple[str, ...]) -> str | None:
    """RETURNS the word of a one-word person key ("Lopez"), else None."""
    return key[1] if key[0] == "PERSON" and len(key) == 2 else None


def resolve_in_article(word: str, article_full: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """Where a one-word name goes by its own article's full names; None: the article cannot tell.

    Its article's clustering left "Mrs. Lopez" apart from its "Maria Lopez": the one full
    name with that surname (failing that, first name) in the article is meant. Several: the
    name is ambiguous here, whatever the store says, and stays its own entity.
    """
    keys = list(article_full)
    cands = {k for k in keys if k[2] == word} or {k for k in keys if k[1] == word}
    if not cands:
        return None
    return next(iter(cands)) if len(cands) == 1 else ("PERSON", word)


def resolve_in_store(word: str, by_last: set[tuple[str, ...]], by_first: set[tuple[str, ...]]) -> tuple[str, ...]:
    """Where a one-word name its article cannot resolve goes, by the store's full names.

    ``by_last``/``by_first``: the store's full-name keys with that surname / first name.
    Surnames are tried before first names; the one candidate is meant; with several the name
    stays its own entity (a local organiser is not the senator who shares her surname).
    """
    cands = by_last or by_first
    return next(iter(cands)) if len(cands) == 1 else ("PERSON", word)


def pick_name(by_name: dict[str, int]) -> str:
    """The name users see, from {name as written: number of articles}.

    The one most articles use, preferring full names to one word, then the longer, then
    alphabetical (a deterministic tie-break). A possessive ("Lopez's") is a mention's
    form, not a name: last resort only.
    """
    return min(
        by_name,
        key=lambda n: (_POSSESSIVE.search(n) is not None, len(n.split()) < 2, -by_name[n], -len(n), n),
    )


def entity_gid(key: tuple[str, ...]) -> str:
    """RETURNS the stable global id of the group with this key."""
    return _gid("e_", *key)


def _global_entity(key: tuple[str, ...], members: list[EntityIn]) -> GlobalEntity:
    articles_of: defaultdict[str, set[str]] = defaultdict(set)
    for m in members:
        articles_of[m.name].add(m.article_id)
    by_name = {name: len(arts) for name, arts in articles_of.items()}
    return GlobalEntity(
        id=entity_gid(key),
        name=pick_name(by_name),
        type="PERSON" if key[0] == "PERSON" else _majority_type(members),
        key=" ".join(key[1:]),
        members=tuple((m.article_id, m.id) for m in members),
        n_articles=len({m.article_id for m in members}),
        n_mentions=sum(m.n_mentions for m in members),
        aliases=tuple(sorted(by_name.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def _majority_type(members: list[EntityIn]) -> str:
    """The type most members have; the alphabetically first wins a tie."""
    counts = Counter(m.type for m in members)
    return min(counts, key=lambda t: (-counts[t], t))


def merge_quotes(
    rows: Sequence[QuoteIn], entity_of: dict[Member, str], names: dict[str, str]
) -> list[GlobalQuote]:
    """Group quotes reported by several articles. ``entity_of`` maps (article, entity) -> global id.

    A direct quote never merges with an indirect one, however alike their words: the
    quoted words and an account of them are two facts (issue 16).
    RETURNS the global quotes (every input in exactly one), sorted by id.
    """
    by_kind: defaultdict[str, list[QuoteIn]] = defaultdict(list)
    for r in rows:
        by_kind[r.kind].append(r)
    out = [g for kind in sorted(by_kind) for g in _merge_quotes_of_one_kind(by_kind[kind], entity_of, names)]
    return sorted(out, key=lambda g: g.id)


def _merge_quotes_of_one_kind(
    rows: Sequence[QuoteIn], entity_of: dict[Member, str], names: dict[str, str]
) -> list[GlobalQuote]:
    rows = sorted(rows, key=lambda r: (r.article_id, r.ord))
    words = [quote_words(r.text) for r in rows]
    norm = [" ".join(w) for w in words]
    speaker = [entity_of.get((r.article_id, r.speaker)) if r.speaker else None for r in rows]
    uf = _UnionFind(len(rows))
    # 1. Equal text, same known speaker.
    first: dict[tuple[str, str], int] = {}
    for i in range(len(rows)):
        sid = speaker[i]
        if sid and len(words[i]) >= MIN_EQUAL_WORDS:
            uf.union(i, first.setdefault((sid, norm[i]), i))
    # 2. Equal long text, unresolved speaker: joins when exactly one known speaker said it.
    said_by: defaultdict[str, set[str]] = defaultdict(set)
    for i in range(len(rows)):
        if speaker[i] and len(words[i]) >= MIN_UNATTRIBUTED_WORDS:
            said_by[norm[i]].add(speaker[i])  # type: ignore[arg-type]
    for i in range(len(rows)):
        if not speaker[i] and len(words[i]) >= MIN_UNATTRIBUTED_WORDS and len(said_by[norm[i]]) == 1:
            uf.union(i, first[(next(iter(said_by[norm[i]])), norm[i])])
    # 3. Overlap, same known speaker: a shared run of MIN_OVERLAP_WORDS words.
    runs: dict[tuple[str, tuple[str, ...]], int] = {}
    for i in range(len(rows)):
        sid = speaker[i]
        if sid:
            w = words[i]
            for k in range(len(w) - MIN_OVERLAP_WORDS + 1):
                uf.union(i, runs.setdefault((sid, tuple(w[k : k + MIN_OVERLAP_WORDS])), i))
    # 4. Containment, same known speaker. Index every window of MIN_CONTAINED_WORDS words of
    # every quote, so a short quote is only compared with quotes sharing its first window.
    windows: defaultdict[tuple[str, tuple[str, ...]], set[int]] = defaultdict(set)
    for i in range(len(rows)):
        if speaker[i]:
            w = words[i]
            for k in range(len(w) - MIN_CONTAINED_WORDS + 1):
                windows[(speaker[i], tuple(w[k : k + MIN_CONTAINED_WORDS]))].add(i)  # type: ignore[index]
    for i in range(len(rows)):
        if not speaker[i] or len(words[i]) < MIN_CONTAINED_WORDS:
            continue
        padded = f" {norm[i]} "
        for j in windows.get((speaker[i], tuple(words[i][:MIN_CONTAINED_WORDS])), ()):  # type: ignore[arg-type]
            if j != i and len(words[j]) > len(words[i]) and padded in f" {norm[j]} ":
                uf.union(i, j)
    out = []
    for group in uf.groups():
        # The representative is the fullest wording; the first published report breaks ties.
        rep = min(
            group, key=lambda i: (-len(words[i]), rows[i].published or "~", rows[i].article_id, rows[i].ord)
        )
        spk = Counter(speaker[i] for i in group if speaker[i]).most_common(1)
        sid = spk[0][0] if spk else None
        # Led by the day of the group's first report (as SQL's MIN: an undated member
        # does not count), so the quotes a day's articles add are neighbours in the indexes.
        first_day = min((p for i in group if (p := rows[i].published) is not None), default=None)
        out.append(
            GlobalQuote(
                id=_dated_gid("q_", first_day, rows[rep].article_id, rows[rep].ord),
                text=rows[rep].text,
                speaker_id=sid,
                speaker_name=names.get(sid) if sid else None,
                members=tuple((rows[i].article_id, rows[i].ord) for i in sorted(group)),
                kind=rows[rep].kind,
            )
        )
    return sorted(out, key=lambda g: g.id)


def quote_keys(words: Sequence[str], speaker: str | None) -> set[int]:
    """The fingerprints the store keeps for a quote (its words, its speaker's global id).
    Any two quotes the rules of merge_quotes may join meet through them: the probe of each
    (quote_probe_keys) holds a kept fingerprint of the other. The store indexes them, so a
    new quote meets the few stored quotes it can merge with instead of all of them.

    The rules join quotes of one speaker that share at least MIN_CONTAINED_WORDS words in a
    row (containment; an overlap shares more), equal short quotes of one speaker, and equal
    long quotes when one has no known speaker. So a quote keeps its runs of FINGERPRINT_WORDS
    words at every FINGERPRINT_STEP-th word with the speaker (any stretch of
    MIN_CONTAINED_WORDS words holds one of them), its whole text with the speaker when it is
    shorter than a run can serve, and a long quote its text without speaker (rule 2).
    Keeping every other run, not every run, halves the rows an ingest adds to the index (in
    a large store, one page each). Change a rule of merge_quotes and keep this true.

    A fingerprint with a speaker starts with bits of the speaker alone (SPEAKER_KEY_BITS),
    so one speaker's fingerprints are neighbours in the index: a new quote's runs go into a
    few pages of it, not pages scattered over a large store. Two fingerprints are equal only
    if their speakers' bits and their runs' bits are, so nothing is found that the plain
    hash would not find, save a rare collision (a candidate merge_quotes then turns down).
    """
    return _fingerprints(words, speaker, FINGERPRINT_STEP)


def quote_probe_keys(words: Sequence[str], speaker: str | None) -> set[int]:
    """The fingerprints a quote is looked up by: its runs at every word (quote_keys keeps
    every FINGERPRINT_STEP-th), so they hold a kept fingerprint of every quote it may join."""
    return _fingerprints(words, speaker, 1)


def _fingerprints(words: Sequence[str], speaker: str | None, step: int) -> set[int]:
    out: list[tuple[str, ...]] = []
    keys: set[int] = set()
    if speaker:
        if MIN_EQUAL_WORDS <= len(words) < MIN_CONTAINED_WORDS:
            out.append(("eq", speaker, *words))
        if len(words) >= MIN_CONTAINED_WORDS:
            last = len(words) - FINGERPRINT_WORDS
            out.extend(("run", speaker, *words[k : k + FINGERPRINT_WORDS]) for k in range(0, last + 1, step))
        high = _hash(speaker, SPEAKER_KEY_BITS) << (64 - SPEAKER_KEY_BITS)
        keys = {_signed(high | _hash("\x1f".join(k), 64 - SPEAKER_KEY_BITS)) for k in out}
    if len(words) >= MIN_UNATTRIBUTED_WORDS:
        keys.add(_signed(_hash("\x1f".join(("said", *words)), 64)))
    return keys


def _hash(text: str, bits: int) -> int:
    """RETURNS the first ``bits`` bits of text's 64-bit blake2b digest, as an integer."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> (64 - bits)


def _signed(key: int) -> int:
    """RETURNS a 64-bit unsigned ``key`` as the signed integer the databases store."""
    return key - (1 << 64) if key >= 1 << 63 else key


def event_block(time_value: str | None, parts: Iterable[str], earliest: str | None = None,
                latest: str | None = None) -> str | None:
    """The block of a dated event: merge_events only joins events of one block (the same global
    participants and time bucket, see time_bucket); kept with each event's link. The store
    merges again less than a block: the components of event_meeting_keys new events touch.

    RETURNS None for an event that never merges (undated, or with nobody in it).
    """
    people = sorted(set(parts))
    if time_value is None or not people:
        return None
    # Led by the bucket, so the events of one month are neighbours in the blocks' index.
    bucket = time_bucket(time_value, earliest, latest)
    return f"b_{bucket}_{_gid('', bucket, *people)}"


def time_bucket(value: str, earliest: str | None, latest: str | None) -> str:
    """Where a time can meet others: a short time (``_short``) in the month of its last day
    (times overlapping across a month's end stay apart), any other time on its own value."""
    if latest is not None and _short(earliest, latest):
        return "m:" + latest[:7]
    return "v:" + value


def _short(earliest: str | None, latest: str | None) -> bool:
    if not earliest or not latest:
        return False
    try:
        days = (dt.date.fromisoformat(latest[:10]) - dt.date.fromisoformat(earliest[:10])).days
    except ValueError:
        return False
    return 0 <= days < OVERLAP_MAX_DAYS


Times = tuple[str | None, str | None, str | None]  # (value, earliest, latest) of an event's time


def event_times(r: EventIn) -> Times:
    """RETURNS the (value, earliest, latest) of an event's time, as times_meet takes them."""
    return (r.time_value, r.time_earliest, r.time_latest)


def times_meet(a: Times, b: Times) -> bool:
    """True when two times of one bucket are one: equal values, or two short overlapping ones."""
    if a[0] == b[0]:
        return True
    if not (_short(a[1], a[2]) and _short(b[1], b[2])):
        return False
    return str(a[1]) <= str(b[2]) and str(b[1]) <= str(a[2])


def _same_time(a: EventIn, b: EventIn) -> bool:
    return times_meet(event_times(a), event_times(b))


def event_meeting_keys(r: EventIn, parts: frozenset[str]) -> list[tuple[Hashable, ...]]:
    """The keys through which merge_events lets an event meet others (``parts``: its global
    participants). Two events meet only when they share a key and their times meet
    (times_meet); nothing else in merge_events looks at two events together. So the
    connected components of "shares a key and the times meet" are merged independently of
    each other, and the store re-merges only the components new events touch
    (event_keys; incremental._events). Keep it so when changing a rule.

    RETURNS [] for an event that never merges (undated, or with nobody in it).
    """
    if r.time_value is None or not parts:
        return []
    bucket = time_bucket(r.time_value, r.time_earliest, r.time_latest)
    keys: list[tuple[Hashable, ...]] = [("summary", parts, bucket, " ".join(quote_words(r.summary)))]
    if r.kind != "quote":
        # "said" on a day tells nothing of *what* was said: events of saying meet by
        # their summary only, other events by their trigger as well.
        keys.append(("trigger", parts, bucket, trigger_key(r.trigger)))
    return [k for k in keys if k[-1]]


def event_keys(r: EventIn, parts: frozenset[str]) -> set[int]:
    """The integers the store indexes an event's meeting keys by (event_meeting_keys).

    Each starts with BUCKET_KEY_BITS bits of the key's time bucket, so the keys of one
    month are neighbours in the index (a day's new events go into a few pages of it). Equal
    keys give equal integers; a rare collision only makes the store merge a component more.
    """
    out: set[int] = set()
    people = sorted(parts)  # every key of the event holds its participants
    for key in event_meeting_keys(r, parts):
        kind, bucket, last = str(key[0]), str(key[2]), str(key[3])
        high = _hash(bucket, BUCKET_KEY_BITS) << (64 - BUCKET_KEY_BITS)
        out.add(_signed(high | _hash("\x1f".join((kind, *people, bucket, last)), 64 - BUCKET_KEY_BITS)))
    return out


def _span_days(r: EventIn) -> int:
    try:
        return (dt.date.fromisoformat(str(r.time_latest)[:10]) - dt.date.fromisoformat(str(r.time_earliest)[:10])).days
    except ValueError:
        return 1 << 20


def merge_events(rows: Sequence[EventIn], entity_of: dict[Member, str]) -> list[GlobalEvent]:
    """Group dated events reported by several articles. RETURNS global events sorted by id.

    Two events meet only through a shared key of event_meeting_keys, when their times meet
    (so only events of one event_block: the keys hold the participants and the time
    bucket), and the result for the events of one connected component of "shares a key and
    the times meet" does not depend on any other row: the rows are taken in (article, ord)
    order, and a row is only ever compared with the earlier rows of its own keys. Keep it
    so when changing a rule: the store merges again only the components new events touch.
    """
    rows = sorted(rows, key=lambda r: (r.article_id, r.ord))
    parts = [
        frozenset(entity_of[(r.article_id, p)] for p in r.participants if (r.article_id, p) in entity_of)
        for r in rows
    ]
    uf = _UnionFind(len(rows))
    # Articles of each group (by root). Two events of one article are never merged: the
    # events layer already judged them distinct ("Lopez said" twice on one day, about two
    # different things); merging is for the same event *reported* by several articles.
    arts: dict[int, set[str]] = {i: {r.article_id} for i, r in enumerate(rows)}
    seen: defaultdict[tuple[Hashable, ...], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        # Undated events are not timeline entries and events with nobody in them cannot be
        # told apart across articles ("said" on a day): both stay as they are.
        for key in event_meeting_keys(r, parts[i]):
            for other in seen[key]:
                if not _same_time(r, rows[other]):
                    continue
                mine, theirs = uf.find(i), uf.find(other)
                if mine == theirs:
                    break
                if arts[mine].isdisjoint(arts[theirs]):
                    uf.union(mine, theirs)
                    arts[uf.find(i)] = arts[mine] | arts[theirs]
                    break
            seen[key].append(i)
    out = []
    for group in uf.groups():
        # The first published report speaks for the group (its summary, its wording).
        first = sorted(group, key=lambda i: (rows[i].published or "~", rows[i].article_id, rows[i].ord))
        r = rows[first[0]]
        # the finest time of its members ("on Monday" over "that day or the day before")
        t = rows[min(first, key=lambda i: (_span_days(rows[i]), first.index(i)))]
        out.append(
            GlobalEvent(
                id=_dated_gid("v_", r.published, r.article_id, r.ord),
                summary=r.summary,
                trigger=r.trigger,
                time_value=t.time_value,
                time_earliest=t.time_earliest,
                time_latest=t.time_latest,
                members=tuple((rows[i].article_id, rows[i].ord) for i in sorted(group)),
                entities=tuple(sorted(frozenset().union(*(parts[i] for i in group)))),
            )
        )
    return sorted(out, key=lambda g: g.id)
