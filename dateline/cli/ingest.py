"""``dateline ingest``: read articles into a store (SQLite), skipping those already there.

Examples:
    dateline ingest articles/ --db news.db
    dateline ingest polnear.jsonl more/*.txt --db news.db --no-progress

PATH is a .txt file (one article), a .jsonl file (one article per line: id, text and
optionally published, title, url), an .html page, a .warc(.gz) crawl, or a directory of
those (recursively).
The database is created if missing. An article whose text is already stored is skipped
before any reading, so a second run over the same files adds nothing and is fast. Each
article is committed on its own: an ingest killed at any point can simply be rerun.
Errors in single articles are printed one per line and counted; the batch goes on.

On a cluster (docs/scale.md): ``--engine ray`` runs the same pipeline in a Ray actor pool,
writes contract records as Parquet shards to ``--out DIR``, and loads them into ``--db``
when it is given:
    dateline ingest crawl/ --engine ray --address auto --out shards/ --db news.db
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="read articles into a store (idempotent; see: dateline ingest --help)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".txt, .jsonl or directory")
    p.add_argument(
        "--db", type=Path, metavar="FILE",
        help="SQLite database (created if missing); required unless --engine ray --out DIR",
    )
    p.add_argument("--batch-size", type=int, default=32, help="articles per spaCy batch (default 32)")
    p.add_argument("--model", help="spaCy model package or path (default: the installed English model)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    from dateline.scale.cli import add_ray_arguments  # imports no Ray

    add_ray_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dateline.errors import InputError
    from dateline.pipeline.reader import Reader
    from dateline.scale.cli import check_ray_arguments
    from dateline.store import open_store
    from dateline.store.ingest import check_paths, count_records, ingest_records, iter_records

    check_ray_arguments(args)  # ScaleError (one line) for options that do not fit together
    paths = check_paths(args.paths)  # InputError (one line, exit 1) for a missing path
    if args.engine == "ray":
        return _run_on_ray(args, paths)
    if args.db is None:
        raise InputError("--db FILE is required (or use --engine ray --out DIR)")
    total = count_records(paths)
    with open_store(args.db) as store, _Progress(total, not args.no_progress) as progress:
        report = ingest_records(
            store,
            iter_records(paths),
            lambda: Reader.load(args.model),
            batch_size=args.batch_size,
            on_outcome=progress.outcome,
        )
    merge = report.merge
    merged = (
        (
            f" (store: {merge.articles} articles, {merge.global_entities} entities, "
            f"{merge.global_quotes} quotes, {merge.global_events} events)"
        )
        if merge
        else ""
    )
    print(
        f"dateline: {report.stored} stored, {report.skipped} skipped, {report.errors} errors "
        f"-> {args.db}{merged}",
        file=sys.stderr,
    )
    return 0


def _run_on_ray(args: argparse.Namespace, paths: list[Path]) -> int:
    """``--engine ray``: shards to --out, then (with --db) into the store."""
    from contextlib import nullcontext

    from dateline.scale.cli import ingest_on_ray
    from dateline.store import open_store

    with (open_store(args.db) if args.db is not None else nullcontext()) as store:
        summary, load = ingest_on_ray(args, paths, store, model=args.model, progress=not args.no_progress)
    stored = f"; store: {load.stored} stored, {load.skipped} skipped, {load.errors} errors -> {args.db}" \
        if load is not None else ""
    print(f"dateline: ray: {summary.articles} articles, {summary.errors} errors in {summary.shards} shards "
          f"({summary.actors} actors, {summary.seconds:.1f} s){' -> ' + str(args.out) if args.out else ''}"
          f"{stored}", file=sys.stderr)
    return 0


class _Progress:
    """A rich progress bar on stderr that also prints per-article errors above itself."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        from rich.console import Console

        self.total, self.enabled = total, enabled
        self.console = Console(stderr=True, highlight=False, soft_wrap=True)
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[counts]}"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=self.console,
            )
            self.bar.start()
            self.task = self.bar.add_task("ingest", total=self.total, counts="")
        self.counts = {"stored": 0, "skipped": 0, "error": 0}
        return self

    def outcome(self, kind: str, article_id: str | None, message: str) -> None:
        self.counts[kind] += 1
        if kind == "error":
            # markup=False: messages quote article text, which may contain [brackets].
            self.console.print(f"dateline: error: {message}", markup=False)
        if self.bar is not None:
            c = self.counts
            self.bar.update(
                self.task,
                advance=1,
                counts=f"{c['stored']} stored, {c['skipped']} skipped, {c['error']} errors",
            )

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
