"""Measure cross-publisher quote merges in a store of PolNeAR articles; sample some for checking.

    python tests/store/polnear_merges.py count  --db polnear.db --meta ../shared/data/polnear/metadata.tsv
    python tests/store/polnear_merges.py sample --db polnear.db --meta ... --n 20 --seed 6 > sample.tsv
    python tests/store/polnear_merges.py show   --db polnear.db --tsv sample.tsv

Not a test: the tool behind tests/store/polnear_merges_checked.tsv (the hand verdicts,
which test_polnear_merges.py re-checks against the corpus). The TSV keeps ids and offsets
only, never corpus text.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

FIELDS = ("global_id", "speaker", "publishers", "sources", "verdict", "why")


def publishers(meta: Path) -> dict[str, str]:
    """RETURNS article id (file stem) -> publisher, from PolNeAR's metadata.tsv."""
    with open(meta, encoding="utf-8") as f:
        return {r["filename"]: r["publisher"] for r in csv.DictReader(f, delimiter="\t")}


def merged(conn: sqlite3.Connection, pub: dict[str, str]) -> dict[str, list[tuple[str, int, int]]]:
    """RETURNS global quote id -> its sources (article id, start, end), for cross-publisher quotes."""
    groups: defaultdict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for gid, aid, start, end in conn.execute(
        "SELECT l.global_id, x.article_id, x.start_char, x.end_char FROM quote_links l "
        "JOIN quotes x ON x.article_id = l.article_id AND x.ord = l.quote_ord "
        "ORDER BY l.global_id, x.article_id"
    ):
        groups[gid].append((aid, start, end))
    return {g: s for g, s in groups.items() if len({pub.get(a, a.split("_")[0]) for a, _, _ in s}) > 1}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("count", "sample", "show"))
    ap.add_argument("--db", required=True)
    ap.add_argument("--meta", type=Path)
    ap.add_argument("--tsv", type=Path)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args(argv)
    conn = sqlite3.connect(args.db)
    if args.mode == "show":
        with open(args.tsv, encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for row in rows:
            print(f"== {row['global_id']} speaker={row['speaker']} {row['verdict']} {row['why']}")
            for src in row["sources"].split():
                aid, span = src.rsplit(":", 1)
                s, e = map(int, span.split("-"))
                text = conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]
                print(
                    f"   {aid[:45]:45} [{text[max(0, s - 60) : s]!r}] >>{text[s:e]}<< [{text[e : e + 60]!r}]"
                )
        return 0
    pub = publishers(args.meta) if args.meta else {}
    groups = merged(conn, pub)
    total = conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
    n_global = conn.execute("SELECT COUNT(*) FROM global_quotes").fetchone()[0]
    multi = conn.execute("SELECT COUNT(*) FROM global_quotes WHERE n_sources > 1").fetchone()[0]
    if args.mode == "count":
        members = sum(len(s) for s in groups.values())
        print(f"quotes stored: {total}; global quotes: {n_global}; reported by >1 article: {multi}")
        print(f"merged across publishers: {len(groups)} global quotes gathering {members} article quotes")
        return 0
    speakers = dict(conn.execute("SELECT id, COALESCE(speaker_name, '') FROM global_quotes"))
    picked = random.Random(args.seed).sample(sorted(groups), min(args.n, len(groups)))
    out = csv.DictWriter(sys.stdout, FIELDS, delimiter="\t", lineterminator="\n")
    out.writeheader()
    for gid in picked:
        srcs = groups[gid]
        out.writerow(
            {
                "global_id": gid,
                "speaker": speakers.get(gid, ""),
                "publishers": ",".join(sorted({pub.get(a, a.split("_")[0]) for a, _, _ in srcs})),
                "sources": " ".join(f"{a}:{s}-{e}" for a, s, e in srcs),
                "verdict": "",
                "why": "",
            }
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
