"""``dateline export``: write a store's contents as JSON Lines, CSV or Parquet.

Examples:
    dateline export --db news.db --format jsonl --out articles.jsonl
    dateline export --db news.db --format csv --table quotes > quotes.csv
    dateline export --format parquet --table all --out tables/     # one file per table
    duckdb -c "SELECT name, len(mentions) FROM 'tables/entities.parquet'"

--table articles (default) writes each stored article's full record with its text;
entities, quotes and events the merged, cross-article view (with every mention or source);
mentions, times and entity_links one fact per row. Parquet keeps nested facts as structs
and lists; CSV flattens structs to dotted columns and keeps lists as JSON.
The store is --db FILE, else $DATELINE_DB, else ./dateline.db.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dateline.cli import options


def register(sub: argparse._SubParsersAction) -> None:
    from dateline.store.export import ALL, FORMATS, TABLES

    p = options.add_command(sub, "export", "write a store as jsonl, csv or parquet", __doc__)
    options.add_db(p)
    p.add_argument("--format", required=True, choices=FORMATS, help="output format")
    p.add_argument("--table", default="articles", choices=(*TABLES, ALL),
                   help=f"what to export (default: articles; {ALL}: every table into --out DIR)")
    p.add_argument("--out", type=Path, metavar="FILE", help="output file or, with --table all, directory "
                   "(default: standard output)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dateline.store import open_store
    from dateline.store.export import ALL, TABLES, export

    with open_store(options.db_path(args), create=False) as store:
        n = export(store, args.format, args.table, args.out, stdout=sys.stdout)
    if args.out is not None:
        what = f"rows in {len(TABLES)} tables" if args.table == ALL else f"{args.table} rows"
        print(f"dateline: {n} {what} -> {args.out}", file=sys.stderr)
    return 0
