"""``dateline export``: write a store's contents as JSON Lines, CSV or Parquet.

Examples:
    dateline export --db news.db --format jsonl --out articles.jsonl
    dateline export --db news.db --format csv --table quotes > quotes.csv
    dateline export --db news.db --format parquet --table events --out events.parquet

--table articles (default) writes each stored article's full record with its text;
entities, quotes and events write the merged, cross-article view. Parquet needs pyarrow
(pip install pyarrow).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    from dateline.store.export import FORMATS, TABLES

    p = sub.add_parser(
        "export",
        help="write a store as jsonl, csv or parquet",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--db", type=Path, required=True, metavar="FILE", help="the store (made by dateline ingest)"
    )
    p.add_argument("--format", required=True, choices=FORMATS, help="output format")
    p.add_argument("--table", default="articles", choices=TABLES, help="what to export (default: articles)")
    p.add_argument("--out", type=Path, metavar="FILE", help="output file (default: standard output)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dateline.store import open_store
    from dateline.store.export import export

    with open_store(args.db, create=False) as store:
        n = export(store, args.format, args.table, args.out, stdout=sys.stdout)
    if args.out is not None:
        print(f"dateline: {n} {args.table} rows -> {args.out}", file=sys.stderr)
    return 0
