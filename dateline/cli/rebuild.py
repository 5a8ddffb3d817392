"""``dateline rebuild``: merge every stored article again (after a rule changed, or to upgrade).

Examples:
    dateline rebuild --db news.db
    dateline rebuild --db postgresql://localhost/news

Ingests merge as they store, so a store is always merged; rebuild recomputes the whole
cross-article merge from the stored facts with this version's rules, in one transaction
(a killed rebuild leaves the previous merge). It also applies pending schema migrations.
"""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "rebuild",
        help="merge every stored article again (changed rules, upgraded schema)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db_argument(p, "the store to rebuild")
    p.set_defaults(func=run)


def add_db_argument(p: argparse.ArgumentParser, help: str) -> None:
    """``--db FILE|URL``, defaulting to $DATELINE_DB (a file path or a postgresql:// URL)."""
    import os

    from dateline.store.opening import ENV_VAR

    default = os.environ.get(ENV_VAR)
    p.add_argument(
        "--db", default=default, required=default is None, metavar="FILE|URL",
        help=f"{help}: an SQLite file or a postgresql:// URL (default: ${ENV_VAR})",
    )


def run(args: argparse.Namespace) -> int:
    from dateline.store import open_store

    with open_store(args.db) as store:
        stats = store.merge(force=True)
    print(
        f"dateline: rebuilt: {stats.articles} articles, {stats.global_entities} entities, "
        f"{stats.global_quotes} quotes, {stats.global_events} events",
        file=sys.stderr,
    )
    return 0
