"""Batching does not change the store: one load of N records vs ten batches in a shuffled order.

    dateline read --jsonl polnear.jsonl --out /tmp/pn/records.jsonl --with-text --workers 1
    python bench/store_batches.py /tmp/pn/records.jsonl --dir /tmp/pn
    python bench/store_batches.py /tmp/pn/records.jsonl --db-url postgresql://postgres@127.0.0.1:55433/postgres

Loads every record in one transaction into one store, and the same records as ten batches
(a seeded shuffle, every tenth record per batch) into another, then compares the two
stores' canonical dumps (``Store.dump``: every table, sorted, volatile columns left out).
The one load takes the records in the order the ten batches take them: of two records with
one text the store keeps the first it sees (PolNeAR has such a pair, dated a day apart), so
only the same order can give the same store; what differs is the batching alone.
Prints both loads' counts and times, and whether the dumps are equal. Exit status 1 when
they differ.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dateline.pipeline.load import iter_loaded, store_loaded
from dateline.pipeline.storing import Tally
from dateline.store import open_store

SEED = 19
BATCHES = 10


def _location(name: str, folder: Path, url: str | None) -> str:
    if url is None:
        for old in folder.glob(f"{name}.db*"):
            old.unlink()
        return str(folder / f"{name}.db")
    from urllib.parse import quote

    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        conn.execute(f"CREATE SCHEMA {name}")
    return f"{url}?options={quote(f'-csearch_path={name}')}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("records", type=Path, help="records with their text (read --jsonl --with-text)")
    p.add_argument("--dir", type=Path, default=Path("/tmp/dateline-batches"), help="where the SQLite stores go")
    p.add_argument("--db-url", help="a PostgreSQL server URL: two schemas there instead")
    args = p.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    items = list(iter_loaded(args.records))
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    parts = [[items[i] for i in order[k::BATCHES]] for k in range(BATCHES)]
    t0 = time.perf_counter()
    with open_store(_location("batches_one", args.dir, args.db_url)) as store:
        one = Tally(lambda *_: None)
        whole = [item for part in parts for item in part]
        store_loaded(store, whole, one, len(whole))
        one_dump, n = store.dump(), store.count()
    t1 = time.perf_counter()
    with open_store(_location("batches_ten", args.dir, args.db_url)) as store:
        ten = Tally(lambda *_: None)
        for part in parts:
            store_loaded(store, part, ten, len(part))
        ten_dump = store.dump()
    t2 = time.perf_counter()
    equal = one_dump == ten_dump
    print(f"one load: {one.report.stored} stored, {one.report.skipped} skipped, {one.report.errors} errors "
          f"({t1 - t0:.1f} s); ten batches: {ten.report.stored} stored, {ten.report.skipped} skipped "
          f"({t2 - t1:.1f} s); {n} articles, {one_dump.count(chr(10))} dump lines; equal dumps: {equal}")
    return 0 if equal else 1


if __name__ == "__main__":
    sys.exit(main())
