"""``dateline timeline | quotes | entities``: ask a store what it knows across articles.

Examples:
    dateline timeline "Dana Whitlow" --db news.db
    dateline timeline "Dana Whitlow" --db news.db --from 2023-09 --to 2023-10 --json
    dateline quotes --db news.db --speaker "Ray Ocampo" --about "Dana Whitlow"
    dateline entities --db news.db --type PERSON --limit 20

Tables for people by default; --json prints one JSON object per line for machines.
The store is --db FILE, else $DATELINE_DB, else ./dateline.db.
Thin wrappers over dateline.store.queries (timeline, quotes, entities).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

from dateline.cli import options
from dateline.store.records import Source
from dateline.types import ENTITY_TYPES

# What ``dateline timeline|quotes|entities --help`` says, with usage examples.
TIMELINE_DOC = """Dated events of one entity across the store, in date order, each with its sources.

Examples:
    dateline timeline "Dana Whitlow" --db news.db
    dateline timeline Whitlow --db news.db --from 2023-09 --to 2023-09-30 --json"""
QUOTES_DOC = """Quotes across the store; the same quote reported by several outlets is one quote
with several sources.

Examples:
    dateline quotes --db news.db --speaker "Ray Ocampo"
    dateline quotes --db news.db --about "Dana Whitlow" --json
    dateline quotes --db news.db --kind indirect   # reported statements only"""
ENTITIES_DOC = """Global entities (merged across articles), most articles first.

Examples:
    dateline entities --db news.db
    dateline entities --db news.db --type PERSON --limit 0 --json"""


def register(sub: argparse._SubParsersAction) -> None:
    p = _command(sub, "timeline", "dated events of one entity across all stored articles", TIMELINE_DOC)
    p.add_argument("name", metavar="NAME", help="the entity's name (any name it goes by)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="from this date (YYYY[-MM[-DD]]), inclusive")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date (YYYY[-MM[-DD]]), inclusive")
    p.add_argument("--type", type=str.upper, choices=ENTITY_TYPES, help="the entity's type, if the name is ambiguous")
    p.add_argument("--all-times", action="store_true",
                   help="also events timed off the calendar (PRESENT_REF, XXXX-02-20), listed last")
    p.set_defaults(func=run_timeline)

    p = _command(sub, "quotes", "quotes across all stored articles, merged over outlets", QUOTES_DOC)
    p.add_argument("--speaker", metavar="NAME", help="only quotes said by this entity")
    p.add_argument("--about", metavar="NAME", help="only quotes whose text or sentence mentions this entity")
    p.add_argument("--kind", choices=("direct", "indirect", "all"), default="all",
                   help="direct (quoted words), indirect (reported statements) or all (default)")
    _limit(p)
    p.set_defaults(func=run_quotes)

    p = _command(sub, "entities", "entities across all stored articles, with mention/article counts", ENTITIES_DOC)
    p.add_argument("--type", type=str.upper, choices=ENTITY_TYPES, help="only entities of this type")
    _limit(p)
    p.set_defaults(func=run_entities)


def _command(sub: argparse._SubParsersAction, name: str, help: str, doc: str) -> argparse.ArgumentParser:
    """A store query command: ``--db`` and ``--json`` (one JSON object per line) on top."""
    p = options.add_command(sub, name, help, doc)
    options.add_db(p)
    p.add_argument("--json", action="store_true", help="one JSON object per line instead of a table")
    return p


def _limit(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50; 0 = all)")


def _open(args: argparse.Namespace) -> Any:
    from dateline.store import open_store

    return open_store(options.db_path(args), create=False)


def _emit_json(items: Iterable[Any]) -> None:
    for item in items:
        sys.stdout.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")


def _sources(sources: tuple[Source, ...]) -> str:
    """One line per reporting article (an article quoting a line twice is listed once)."""
    first: dict[str, Source] = {}
    for src in sources:
        first.setdefault(src.article_id, src)
    lines = []
    for s in first.values():
        title = f" {s.title}" if s.title else ""
        url = f" <{s.url}>" if s.url else ""
        lines.append(f"{s.article_id}{title}{url}")
    return "\n".join(lines)


def run_timeline(args: argparse.Namespace) -> int:
    from dateline.store import queries

    with _open(args) as store:
        entity = queries.resolve_entity(store, args.name, args.type)
        entries = queries.timeline(
            store, args.name, args.date_from, args.date_to, args.type, calendar_only=not args.all_times
        )
    if args.json:
        _emit_json(entries)
        return 0
    n_articles = len({s.article_id for e in entries for s in e.sources})
    table = Table(
        title=f"{entity.name} [{entity.type}]: {len(entries)} dated events from {n_articles} articles",
        show_lines=True,
    )
    columns: list[tuple[str, dict[str, Any]]] = [
        ("date", {"no_wrap": True}), ("what happened", {}), ("sentence", {}), ("sources", {})]
    for col, kw in columns:
        table.add_column(col, **kw)
    for e in entries:
        table.add_row(e.date, e.summary, _clip(e.sentence, 240), _sources(e.sources))
    Console(highlight=False).print(table)
    return 0


def run_quotes(args: argparse.Namespace) -> int:
    from dateline.store import queries

    with _open(args) as store:
        found = queries.quotes(store, args.speaker, args.about, args.kind)
    shown = found[: args.limit] if args.limit else found
    if args.json:
        _emit_json(shown)
        return 0
    table = Table(
        title=f"{len(found)} quotes" + (f" (first {len(shown)})" if len(shown) < len(found) else ""),
        show_lines=True,
    )
    for col in ("speaker", "kind", "quote", "sources"):
        table.add_column(col)
    for q in shown:
        said = f"“{_clip(q.text, 300)}”" if q.kind == "direct" else _clip(q.text, 300)
        table.add_row(q.speaker or "?", q.kind, said, _sources(q.sources))
    Console(highlight=False).print(table)
    return 0


def run_entities(args: argparse.Namespace) -> int:
    from dateline.store import queries

    with _open(args) as store:
        found = queries.entities(store, args.type)
    shown = found[: args.limit] if args.limit else found
    if args.json:
        _emit_json(shown)
        return 0
    table = Table(
        title=f"{len(found)} entities" + (f" (first {len(shown)})" if len(shown) < len(found) else "")
    )
    columns: list[tuple[str, dict[str, Any]]] = [
        ("name", {}),
        ("type", {}),
        ("mentions", {"justify": "right"}),
        ("articles", {"justify": "right"}),
        ("also called", {}),
    ]
    for col, kw in columns:
        table.add_column(col, **kw)
    for e in shown:
        table.add_row(
            e.name,
            e.type,
            str(e.n_mentions),
            str(e.n_articles),
            _clip(", ".join(a for a in e.aliases if a != e.name), 80),
        )
    Console(highlight=False).print(table)
    return 0


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
