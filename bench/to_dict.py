"""Benchmark: the cost of ``Article.to_dict`` on records read before, and that it writes them back exactly.

    dateline read --jsonl IN.jsonl --out records.jsonl --workers 1 --no-progress
    python bench/to_dict.py records.jsonl [--repeat 30]

Reads every contract record of the file back into an Article (``from_dict``, not timed), then
writes them all with ``to_dict`` (CPU time, best of ``--repeat`` passes, so other processes on
a shared machine count less). Prints the microseconds per article, the JSON objects written per
article, and whether ``json.dumps`` of the output is byte-identical to the file (exit 1 if not).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def count_records(d: object) -> int:
    """RETURNS how many JSON objects ``d`` holds, itself included (about the records to_dict writes)."""
    if isinstance(d, dict):
        return 1 + sum(count_records(v) for v in d.values())
    if isinstance(d, list):
        return sum(count_records(v) for v in d)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("records", type=Path, help="contract records, one JSON object a line (no error records)")
    ap.add_argument("--repeat", type=int, default=30, help="passes over all articles (best taken)")
    args = ap.parse_args()
    from dateline.types import Article

    lines = [line for line in args.records.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article.from_dict(json.loads(line)) for line in lines]
    best, out = float("inf"), []
    for _ in range(max(1, args.repeat)):
        t0 = time.process_time()
        out = [a.to_dict() for a in articles]
        best = min(best, time.process_time() - t0)
    same = [json.dumps(d, ensure_ascii=False) for d in out] == lines
    per_article = sum(map(count_records, out)) / len(out)
    print(f"articles {len(out)}  JSON objects per article {per_article:.0f}  "
          f"to_dict {1e6 * best / len(out):.1f} us/article  byte-identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
