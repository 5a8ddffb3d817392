"""Pages an ingest writes, per index: what the ingest's cost grows with in a large store.

    python bench/store_pages.py /tmp/scale/store_1000000.db [--top 20]

Ingests the next 1,000 articles of bench/store_scale.py's synthetic stream into the SQLite
store (500 per transaction, as ``dateline load`` stores them) with the WAL's automatic
checkpoint off, then reads the WAL's frame headers: every frame is one page written by a
commit (the checkpoint copies each into the database file again). Prints the frames, the
distinct pages, and the frames per table or index (named through SQLite's ``dbstat``).
The store keeps the 1,000 articles (the WAL is checkpointed when the store is closed), as
after any ingest: run it on a copy to keep a store as it was.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import struct
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import store_scale  # noqa: E402

from dateline.store import open_store  # noqa: E402

WAL_HEADER = 32
FRAME_HEADER = 24


def wal_pages(wal: Path) -> list[int]:
    """RETURNS the page number of every frame in the WAL file, in order."""
    data = wal.read_bytes()
    if len(data) < WAL_HEADER:
        return []
    page_size = struct.unpack(">I", data[8:12])[0]
    out, offset = [], WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        out.append(struct.unpack(">I", data[offset : offset + 4])[0])
        offset += FRAME_HEADER + page_size
    return out


def owners(path: str, pages: set[int]) -> dict[int, str]:
    """RETURNS {page: the table or index it belongs to} for ``pages``."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT name, pageno FROM dbstat").fetchall()
    return {p: name for name, p in rows if p in pages}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("store", help="an SQLite store built by bench/store_scale.py")
    p.add_argument("--top", type=int, default=20, help="indexes listed (default 20)")
    args = p.parse_args(argv)
    pools = store_scale.make_pools(random.Random(store_scale.SEED))
    with open_store(args.store) as store:
        store.db.run("PRAGMA wal_checkpoint(TRUNCATE)")
        store.db.run("PRAGMA wal_autocheckpoint=0")
        n = store.count()
        wall, cpu = store_scale.ingest_more(store, pools)
        pages = wal_pages(Path(args.store + "-wal"))
        named = owners(args.store, set(pages))
    by_index = Counter(named.get(pg, "(new or free page)") for pg in pages)
    print(f"{args.store}: {n:,} articles; ingest of {store_scale.MORE:,}: {wall:.2f} s wall, {cpu:.2f} s CPU "
          f"(no checkpoint); {len(pages):,} frames, {len(set(pages)):,} distinct pages")
    for name, frames in by_index.most_common(args.top):
        print(f"{frames:8,}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
