"""How the store grows: synthetic stores of 10^4..10^6 articles, then ingest and query times.

    python bench/store_scale.py --sizes 10000,100000,1000000 --dir /tmp/scale
    python bench/store_scale.py --sizes 10000,100000 --db-url postgresql://postgres@127.0.0.1:55433/postgres

For each size N: build a store of N articles (reused if DIR already holds one of that
size), then measure

* the time to ingest 1,000 more articles' records (Store.add_many, 500 per transaction,
  as ``dateline load`` stores them: the facts and the incremental merge), ``--repeats``
  times (each time 1,000 new ones), reported as the median with the lowest and highest;
* p50/p95 over QUERIES different names of: the timeline of a frequent and of a rare person
  (first page: 50 events), quotes by a frequent speaker and quotes about a frequent
  person (first 50), entity search by a 3-letter prefix (first 20); and OVERVIEWS times
  the overview (``GET /v1/overview``: counts, latest articles, most quoted and mentioned);
* the database size;
* on SQLite, each query once on a store the operating system has not read yet (its files
  dropped from the page cache, as after a reboot; ``cold_first_ms``). The p50/p95 are of
  first queries too, each name's own pages read for the first time, but from files the
  operating system holds in memory, as a store in use is.

Records are made here, not read: people, organisations, places, quote wording and events
come from pools this program generates from syllables (no corpus text, no NLP). They are
shaped like news: a few people are in many articles (Zipf), stories are reported by one
to four outlets that cut the same quotes differently and date the same events, articles
name people in full and then by surname.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dateline.api import lookup
from dateline.errors import DatelineError
from dateline.store import open_store, queries
from dateline.store.sql_store import SQLStore
from dateline.types import (
    Article,
    Entity,
    Event,
    EventTime,
    Mention,
    Participant,
    Published,
    Quote,
    SpanRef,
    Speaker,
)

BUILD_BATCH = 5000
BUILD_CACHE_KIB = 4_000_000
MORE = 1000
MORE_BATCH = 500
QUERIES = 40
OVERVIEWS = 5  # the overview is one page, asked a few times
PAGE = 50
SEED = 20261201
_SYL = ("ka", "ro", "lin", "mar", "te", "so", "vi", "den", "al", "bo", "ri", "na", "tor", "el", "gu", "sa",
        "pe", "len", "do", "mi", "ha", "zu", "ber", "qi", "fo", "wen", "ly", "cas", "tu", "ne")
OUTLETS = ("Harbor Post", "Daily Ledger", "Evening Wire", "Valley Courier", "Metro Herald", "Coast Times")
TRIGGERS = ("met", "visited", "announced", "signed", "rejected", "opened", "criticized", "said", "won", "lost")


def _word(rng: random.Random, lo: int, hi: int) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(lo, hi)))


@dataclass(frozen=True)
class Pools:
    people: list[tuple[str, str]]  # (first, last), most frequent first
    cum_weights: list[float]
    orgs: list[str]
    places: list[str]
    words: list[str]


def make_pools(rng: random.Random, n_people: int = 20000) -> Pools:
    firsts = sorted({_word(rng, 2, 3).capitalize() for _ in range(600)})
    lasts = sorted({_word(rng, 2, 4).capitalize() for _ in range(6000)})
    people = sorted({(rng.choice(firsts), rng.choice(lasts)) for _ in range(n_people)})
    rng.shuffle(people)
    weights = list(itertools.accumulate(1.0 / (i + 1) ** 1.05 for i in range(len(people))))  # Zipf
    orgs = sorted({f"{_word(rng, 2, 3).capitalize()} {rng.choice(('Council', 'Group', 'Party', 'Bank', 'Union'))}"
                   for _ in range(800)})
    places = sorted({_word(rng, 2, 3).capitalize() for _ in range(400)})
    words = sorted({_word(rng, 1, 3) for _ in range(3000)})
    return Pools(people, weights, orgs, places, words)


@dataclass(frozen=True)
class Story:
    people: tuple[tuple[str, str], ...]
    place: str
    org: str
    day: str
    quotes: tuple[tuple[int, tuple[str, ...]], ...]  # (speaker index in people, words)
    triggers: tuple[str, ...]


def _story(rng: random.Random, pools: Pools, day_index: int) -> Story:
    k = rng.choice((1, 2, 2, 3, 3, 4))
    people = tuple(dict.fromkeys(rng.choices(pools.people, cum_weights=pools.cum_weights, k=k)))
    base = 16436 + day_index  # days since 1970: from 2015-01-01 on
    day = time.strftime("%Y-%m-%d", time.gmtime(base * 86400))
    quotes = tuple(
        (rng.randrange(len(people)), tuple(rng.choices(pools.words, k=rng.randint(6, 22))))
        for _ in range(rng.choice((0, 1, 2, 2, 3)))
    )
    return Story(people, rng.choice(pools.places), rng.choice(pools.orgs), day, quotes,
                 tuple(rng.sample(TRIGGERS, rng.randint(1, 3))))


class _Text:
    """An article text under construction: appends pieces and remembers where each went."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.n
        self.parts.append(piece)
        self.n += len(piece)
        return start, self.n

    def text(self) -> str:
        return "".join(self.parts)


def _article(rng: random.Random, story: Story, aid: str) -> tuple[Article, str]:
    t = _Text()
    ents: dict[str, tuple[str, str, list[Mention]]] = {}  # eid -> (name, type, mentions)
    pid: dict[tuple[str, str], str] = {}

    def mention(eid: str, name: str, type_: str, shown: str) -> None:
        s, e = t.add(shown)
        ents.setdefault(eid, (name, type_, []))[2].append(Mention(s, e, shown, "name"))

    # The outlet's byline makes each report's text its own (the store skips equal texts).
    t.add(f"{rng.choice(OUTLETS)} report {aid[4:]}, by {_word(rng, 2, 3).capitalize()}. ")
    for i, (first, last) in enumerate(story.people):
        pid[(first, last)] = f"E{i + 1}"
    org_id, place_id = f"E{len(story.people) + 1}", f"E{len(story.people) + 2}"
    sentences: list[tuple[int, int]] = []
    events: list[Event] = []
    # Lead: everyone in full, the organisation and the place.
    s0 = t.n
    for i, (first, last) in enumerate(story.people):
        if i:
            t.add(" and ")
        mention(pid[(first, last)], f"{first} {last}", "PERSON", f"{first} {last}")
    trig = story.triggers[0]
    ts, te = t.add(f" {trig} ")
    ts += 1
    te -= 1
    t.add("officials of the ")
    mention(org_id, story.org, "ORG", story.org)
    t.add(" in ")
    mention(place_id, story.place, "GPE", story.place)
    t.add(f" on {story.day}.")
    sentences.append((s0, t.n))
    who = tuple(Participant(pid[p], "agent" if k == 0 else "patient") for k, p in enumerate(story.people))
    events.append(Event(ts, te, trig, (s0, t.n), f"{' and '.join(f'{a} {b}' for a, b in story.people)} {trig}",
                        who + (Participant(org_id, "patient"),), EventTime(story.day, story.day, story.day)))
    quotes: list[Quote] = []
    for speaker_index, words in story.quotes:
        first, last = story.people[speaker_index]
        cut = list(words)
        if len(cut) > 10 and rng.random() < 0.4:  # this outlet's cut of the quote
            cut = cut[rng.randint(0, 2): len(cut) - rng.randint(0, 2)]
        t.add(" \u201c")
        qtext = " ".join(cut).capitalize()
        qs, qe = t.add(qtext)
        t.add(",\u201d ")
        ss, se = t.add(last)  # by surname after the first mention
        ents[pid[(first, last)]][2].append(Mention(ss, se, last, "name"))
        cs, ce = t.add(" said")
        t.add(".")
        quotes.append(Quote(qs, qe, qtext,
                            Speaker(pid[(first, last)], f"{first} {last}", SpanRef(ss, se, last)),
                            SpanRef(cs + 1, ce, "said"), story.day))
    for trig in story.triggers[1:]:
        first, last = rng.choice(story.people)
        s0 = t.add(" ")[1]
        ms, me = t.add(last)
        ents[pid[(first, last)]][2].append(Mention(ms, me, last, "name"))
        ts, te = t.add(f" {trig}")
        ts += 1
        t.add(f" again on {story.day}.")
        events.append(Event(ts, te, trig, (s0, t.n), f"{first} {last} {trig}",
                            (Participant(pid[(first, last)], "agent"),), EventTime(story.day, story.day, story.day)))
    text = t.text()
    entities = tuple(Entity(eid, name, type_, tuple(ms)) for eid, (name, type_, ms) in ents.items())
    pub = Published(story.day, "given", story.day, story.day)
    title = f"{story.people[0][1]} {story.triggers[0]} in {story.place}"
    return Article(aid, pub, (), entities, tuple(quotes), tuple(events), title, None), text


def generate(n: int, start: int = 0, seed: int = SEED, pools: Pools | None = None) -> Iterator[tuple[Article, str]]:
    """Yield articles ``start .. start+n-1`` of the synthetic stream (deterministic)."""
    rng = random.Random(seed * 7919 + start)
    pools = pools or make_pools(random.Random(seed))
    i = start
    while i < start + n:
        story = _story(rng, pools, (i // 300) % 3650)
        for _ in range(min(rng.choice((1, 1, 2, 3, 4)), start + n - i)):
            yield _article(rng, story, f"syn-{i:07d}")
            i += 1


def build(store: SQLStore, n: int, pools: Pools, log: bool = True) -> float:
    """Fill ``store`` with articles 0..n-1 (skips what it holds). RETURNS seconds.

    Each batch of BUILD_BATCH is one transaction and is generated from its own start, so a
    build that is stopped (killed, the machine rebooted) loses at most the batch under way and,
    run again, goes on from the last whole batch to the same store an unbroken build makes.
    """
    t0 = time.perf_counter()
    have = store.count()
    if have >= n:
        return 0.0
    bulk = store.db.dialect.name == "sqlite"
    if bulk:
        # Building only: a rollback journal (truncated, not WAL: the WAL would copy every page
        # again at the checkpoint), no syncs, a large page cache. With a journal on disk a
        # killed build rolls its last transaction back when the store is next opened; only a
        # power cut (no syncs) could hurt it. (journal_mode=MEMORY or OFF would not survive a kill.)
        for pragma in ("journal_mode=TRUNCATE", "synchronous=OFF", f"cache_size=-{BUILD_CACHE_KIB}"):
            store.db.run(f"PRAGMA {pragma}")
    for start in range(have, n, BUILD_BATCH):
        store.add_many(list(generate(min(BUILD_BATCH, n - start), start=start, pools=pools)))
        if log and store.count() % 50000 < BUILD_BATCH:
            print(f"  built {store.count()} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    if bulk:
        store.db.run("PRAGMA journal_mode=WAL")  # back to what every store has
    return time.perf_counter() - t0


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def ingest_more(store: SQLStore, pools: Pools) -> tuple[float, float]:
    """Ingest MORE new articles (MORE_BATCH per transaction). RETURNS (wall, CPU) seconds:
    CPU time (user + system, this process) counts the work the ingest does, which other
    jobs on a shared machine slow down less than the wall clock."""
    more = list(generate(MORE, start=store.count(), pools=pools))
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, MORE, MORE_BATCH):
        store.add_many(more[i: i + MORE_BATCH])
    return time.perf_counter() - t0, time.process_time() - c0


def _spread(values: list[float]) -> dict[str, object]:
    return {"median": round(_pct(values, 0.5), 2), "min": round(min(values), 2), "max": round(max(values), 2),
            "runs": [round(v, 2) for v in values]}


def _names(store: SQLStore) -> dict[str, list[object]]:
    """The QUERIES names (or prefixes) each measured query is asked for."""
    people = [e for e in store.entities("PERSON", limit=2000) if len(e.name.split()) == 2]
    frequent = people[:QUERIES]
    rare = [e.name for e in reversed(people) if e.n_articles >= 1][:QUERIES]
    rng = random.Random(1)
    prefixes = [e.name.split()[-1][:3] for e in rng.sample(people, min(QUERIES, len(people)))]
    names = [e.name for e in frequent]
    return {"timeline_frequent": list(names), "timeline_rare": list(rare), "quotes_by_speaker": list(names),
            "quotes_about": list(names), "entity_prefix": list(prefixes), "overview": ["8"] * OVERVIEWS}


def _ask(store: SQLStore, case: str, arg: str) -> object:
    """Run the query ``case`` for one name (or prefix), as the commands run it."""
    if case.startswith("timeline"):
        return queries.timeline(store, arg, limit=PAGE)
    if case == "quotes_by_speaker":
        return queries.quotes(store, speaker=arg, limit=PAGE)
    if case == "quotes_about":
        return queries.quotes(store, about=arg, limit=PAGE)
    if case == "overview":  # GET /v1/overview, the web home page
        return lookup.overview(store, int(arg))
    return store.search_entities(arg, None, 20)


def measure(store: SQLStore, ingests: list[tuple[float, float]]) -> dict[str, object]:
    """Time the queries on ``store`` (see module docstring), after the ``ingests`` measured
    on it ((wall, CPU) seconds each). RETURNS the figures.

    Each name is asked once, in one connection opened for all of them: a name's pages are
    read for the first time by its own query (the names share only the indexes' upper
    levels), so these are the times of a first query to a server whose files the operating
    system holds in memory. ``cold_first`` measures a store the operating system has not
    read yet.
    """
    figures: dict[str, object] = {"articles": store.count()}
    if ingests:  # --repeats 0: queries only
        figures["ingest_1000_s"] = _spread([w for w, _ in ingests])
        figures["ingest_1000_cpu_s"] = _spread([c for _, c in ingests])
    for name, args in _names(store).items():
        ms = []
        for a in args:
            t = time.perf_counter()
            try:
                _ask(store, name, str(a))
            except DatelineError as e:  # an ambiguous or missing name: counted, not timed
                figures.setdefault("query_errors", []).append(f"{name}: {e}")  # type: ignore[union-attr]
                continue
            ms.append((time.perf_counter() - t) * 1000)
        figures[name] = {"p50_ms": round(_pct(ms, 0.5), 1), "p95_ms": round(_pct(ms, 0.95), 1),
                         "max_ms": round(max(ms), 1), "n": len(ms)}
    return figures


def _evict(path: str) -> None:
    """Drop the SQLite store's files from the operating system's page cache (written out
    first), as after a reboot: the next reads go to the disk."""
    for p in (path, path + "-wal"):
        if os.path.exists(p):
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def _warm(path: str) -> None:
    """Read the SQLite store's files through once, into the page cache (as a store in use is)."""
    for p in (path, path + "-wal"):
        if os.path.exists(p):
            with open(p, "rb") as f:
                while f.read(1 << 22):
                    pass


def cold_first(where: str) -> dict[str, float]:
    """For each query: the store's files dropped from the page cache, the store opened
    anew, then one query timed (the first name of its list), as a first command after a
    reboot. RETURNS ms per query (SQLite only: a PostgreSQL server's cache is its own)."""
    with open_store(where) as store:
        firsts = {case: str(args[0]) for case, args in _names(store).items()}
    out: dict[str, float] = {}
    for case, arg in firsts.items():
        _evict(where)
        t = time.perf_counter()
        with open_store(where) as store:
            _ask(store, case, arg)
        out[case] = round((time.perf_counter() - t) * 1000, 1)
    return out


def _size(store: SQLStore, location: str) -> int:
    if store.db.dialect.name == "sqlite":
        store.db.run("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL's pages into the file first
        return sum(os.path.getsize(p) for p in (location, location + "-wal") if os.path.exists(p))
    return int(store.db.scalar("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c "
                               "JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE n.nspname = current_schema() AND c.relkind = 'r'"))


def _pg_schema(url: str, n: int) -> str:
    from urllib.parse import quote

    import psycopg

    schema = f"scale_{n}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    return f"{url}?options={quote(f'-csearch_path={schema}')}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="10000,100000,1000000", help="store sizes (articles), comma-separated")
    p.add_argument("--dir", type=Path, default=Path("/tmp/dateline-scale"), help="where the SQLite stores go")
    p.add_argument("--db-url", help="a PostgreSQL server URL: measure PostgreSQL (one schema per size)")
    p.add_argument("--build-only", action="store_true", help="build the stores, measure nothing")
    p.add_argument("--json", type=Path, help="append one JSON line of figures per size here")
    p.add_argument("--repeats", type=int, default=3, help="ingests of 1,000 more per size (default 3)")
    args = p.parse_args(argv)
    pools = make_pools(random.Random(SEED))
    args.dir.mkdir(parents=True, exist_ok=True)
    backend = "postgresql" if args.db_url else "sqlite"
    sizes = [int(x) for x in args.sizes.split(",")]
    where = {n: _pg_schema(args.db_url, n) if args.db_url else str(args.dir / f"store_{n}.db") for n in sizes}
    built: dict[int, float] = {}
    for n in sizes:
        with open_store(where[n]) as store:
            built[n] = build(store, n, pools)  # a store measured before holds n + 1,000 (or more)
        if args.build_only:
            print(f"{backend} {n}: built in {built[n]:.0f} s", file=sys.stderr)
    if args.build_only:
        return 0
    # The repeats go round the sizes in turn, so a busy minute on a shared machine falls on
    # every size alike instead of on one. Each store is opened as every command opens it.
    ingests: dict[int, list[tuple[float, float]]] = {n: [] for n in sizes}
    for _ in range(args.repeats):
        for n in sizes:
            with open_store(where[n]) as store:
                ingests[n].append(ingest_more(store, pools))
    results = []
    for n in sizes:
        figures: dict[str, object] = {"backend": backend, "size": n, "build_s": round(built[n], 1)}
        with open_store(where[n]) as store:
            figures["db_bytes"] = _size(store, where[n])
        if backend == "sqlite":  # before the warm queries, which would fill the page cache
            figures["cold_first_ms"] = cold_first(where[n])
            _warm(where[n])
        with open_store(where[n]) as store:
            figures.update(measure(store, ingests[n]))
        results.append(figures)
        print(json.dumps(figures), flush=True)
        if args.json:
            with open(args.json, "a", encoding="utf-8") as f:
                f.write(json.dumps(figures) + "\n")
    if len(results) > 1 and args.repeats:
        first, last = results[0], results[-1]
        for key in ("ingest_1000_s", "ingest_1000_cpu_s"):
            lo, hi = first[key], last[key]  # type: ignore[index]
            print(f"{key}: {last['size']:,} vs {first['size']:,} articles: median {hi['median'] / lo['median']:.2f}x "
                  f"(worst pairing {hi['max'] / lo['min']:.2f}x)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
