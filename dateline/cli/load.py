"""``dateline load``: store contract records that carry their text, without reading them again.

Examples:
    dateline read --jsonl in.jsonl --out records.jsonl --with-text
    dateline load records.jsonl --db news.db
    dateline load shards/ --db postgresql://localhost/news

RECORDS is a JSON Lines file as ``dateline read --jsonl ... --with-text`` writes it, or a
directory of Parquet shards from ``dateline ingest --engine ray --out DIR``. No NLP runs.
The store is created if missing; records whose text is stored already are skipped; a bad
line is reported on one coded line (``dateline: error E101: records.jsonl:3: ...``) and the
load goes on. Exit status (the rule of read and ingest): 0 when at least one record was
stored or was already there, 1 when none could be (or the command cannot run).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dateline.cli import options


def register(sub: argparse._SubParsersAction) -> None:
    p = options.add_command(sub, "load", "store records read before (read --with-text, Ray shards): no NLP",
                            __doc__)
    p.add_argument("paths", nargs="+", type=Path, metavar="RECORDS", help=".jsonl records or a shard directory")
    options.add_db(p, writes=True)
    p.add_argument("--batch-size", type=int, default=500, help="records per transaction (default 500)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dateline.errors import ArticleError, InputError
    from dateline.pipeline.load import load_paths
    from dateline.store import open_store

    if args.batch_size < 1:
        raise InputError(f"--batch-size must be at least 1 (got {args.batch_size})")

    def report_error(outcome: str, article_id: str | None, error: ArticleError | None) -> None:
        if error is not None:
            print(options.error_line(error.message, None, error.code), file=sys.stderr)

    for path in args.paths:  # before the store is opened: a typo creates no store
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
    with open_store(options.db_path(args)) as store:
        report = load_paths(store, args.paths, batch_size=args.batch_size, on_outcome=report_error)
        n = store.count()
    print(f"dateline: {report.stored} stored, {report.skipped} skipped, {options.counted(report.errors, 'error')} "
          f"(store: {options.counted(n, 'article')})", file=sys.stderr)
    return options.exit_status(report.stored + report.skipped, report.errors)
