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

from dateline.cli import options


def register(sub: argparse._SubParsersAction) -> None:
    p = options.add_command(sub, "rebuild", "merge every stored article again (changed rules, upgraded schema)",
                            __doc__)
    options.add_db(p, writes=True)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dateline.store import open_store

    with open_store(options.db_path(args)) as store:
        stats = store.merge(force=True)
    print(
        f"dateline: rebuilt: {stats.articles} articles, {stats.global_entities} entities, "
        f"{stats.global_quotes} quotes, {stats.global_events} events",
        file=sys.stderr,
    )
    return 0
