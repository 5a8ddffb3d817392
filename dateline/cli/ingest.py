"""``dateline ingest``: read articles into a store (SQLite), skipping those already there.

Examples:
    dateline ingest articles/                      # into ./dateline.db (or $DATELINE_DB)
    dateline ingest polnear.jsonl more/*.txt --db news.db --workers 2 --no-progress
    dateline ingest pages/ --published 2023-03-16  # a date for articles that do not give one

PATH is a .txt file (one article), a .jsonl file (one article per line: id, text and
optionally published, title, url), an .html page, a .warc(.gz) crawl, or a directory of
those (recursively).
The database is created if missing. An article whose text is already stored is skipped
before any reading, so a second run over the same files adds nothing and is fast. Each
article is committed on its own: an ingest killed at any point can simply be rerun.
Errors in single articles are printed one per line, each with its code and naming its
input (``dateline: error E103: feed.jsonl:3: article text is empty``), and counted; the
batch goes on. Exit status (the same rule as ``dateline read``): 0 when at least one
record was stored or was already there, 1 when none could be (or the command cannot run).

On a cluster (docs/scale.md): ``--engine ray`` runs the same pipeline in a Ray actor pool,
writes contract records as Parquet shards to ``--out DIR``, and loads them into ``--db``
when it is given:
    dateline ingest crawl/ --engine ray --address auto --out shards/ --db news.db
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.cli import options

if TYPE_CHECKING:
    from dateline.errors import ArticleError
    from dateline.pipeline.ingest import IngestReport
    from dateline.types import Article, RawArticle


def register(sub: argparse._SubParsersAction) -> None:
    p = options.add_command(sub, "ingest", "read articles into a store (idempotent; see: dateline ingest --help)",
                            __doc__)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                   help=".txt, .html, .jsonl, .warc[.gz] or a directory of them")
    options.add_db(p, writes=True)
    options.add_published(p)
    options.add_read_on(p)
    options.add_workers(p)
    p.add_argument("--batch-size", type=int, default=32, help="articles per spaCy batch (default 32)")
    options.add_model(p)
    options.add_progress(p)
    from dateline.cli.ray import add_ray_arguments  # imports no Ray

    add_ray_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dateline.cli.ray import ray_options
    from dateline.ingest.checks import check_date
    from dateline.pipeline.ingest import check_paths

    ray_options(args).check(has_store=args.db is not None)  # ScaleError (one line) for options that do not fit
    paths = check_paths(args.paths)  # InputError (one line, exit 1) for a missing path
    # InputError (one line) for a day that is not a date, before any store is made
    read_on, published = options.read_on_of(args), check_date(args.published, "--published")
    if args.engine == "ray":
        return _run_on_ray(args, paths, published, read_on)
    db = options.db_path(args)
    options.quiet_extractors(getattr(args, "verbose", False))
    report = ingest_files(paths, db, published=published,
                          workers=options.workers_of(args), model=args.model, batch_size=args.batch_size,
                          progress=not args.no_progress, read_on=read_on)
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
        f"dateline: {report.stored} stored, {report.skipped} skipped, {options.counted(report.errors, 'error')} "
        f"-> {db}{merged}",
        file=sys.stderr,
    )
    return options.exit_status(report.stored + report.skipped, report.errors)


def ingest_files(paths: list[Path], db: Path | str, *, published: str | None = None, workers: int = 1,
                 model: str | None = None, batch_size: int = 32, progress: bool = False,
                 read_on: str | None = None) -> IngestReport:
    """Read PATH... into the store at ``db`` (created if missing); RETURNS the counts.

    published: a date for records that carry none (a page's own date and a JSON record's
    ``published`` win). workers: processes reading in parallel (one when the input is small).
    read_on: the day they are read (no inferred date is later); None: no such bound.
    """
    from dateline.ingest.sources import iter_inputs, stamp_read_on
    from dateline.pipeline.ingest import count_records, ingest_records
    from dateline.pipeline.storing import Inputs
    from dateline.store import open_store

    total = count_records(paths)
    # A worker costs a model load (~1 s, ~0.5 GB): not worth it for a handful of articles.
    workers = max(1, min(workers, (total if total is not None else 10**9) // 16))
    bar = options.Progress(total, "ingesting", progress, kinds=("stored", "skipped"))
    inputs = Inputs()  # each record's input, for the error lines

    def records() -> Iterator[RawArticle | ArticleError]:
        for rec in stamp_read_on(iter_inputs(paths, published), read_on):
            if isinstance(rec, BaseException):
                inputs.add_error(rec)  # a reader's error names its input itself
            else:
                inputs.add(rec.id, rec.source)
            yield rec

    with open_store(db) as store, bar:

        def outcome(kind: str, article_id: str | None, error: ArticleError | None) -> None:
            source = inputs.pop(article_id, error)
            if error is not None:
                bar.error(error.message, source, error.code)
            else:
                bar.advance(kind)

        return ingest_records(store, records(), lambda: _reader(model, workers),
                              batch_size=batch_size, on_outcome=outcome)


class _ParallelReader:
    """What ``ingest_records`` needs of a Reader (``read_many``), on worker processes."""

    def __init__(self, model: str | None, workers: int) -> None:
        self.model, self.workers = model, workers

    def read_many(self, raws: Iterable[RawArticle | ArticleError], batch_size: int = 32
                  ) -> Iterator[Article | ArticleError]:
        from dateline.pipeline.parallel import read_parallel

        return read_parallel(raws, self.workers, model=self.model, batch_size=batch_size)


def _reader(model: str | None, workers: int):  # -> Reader | _ParallelReader
    if workers > 1:
        return _ParallelReader(model, workers)
    from dateline.pipeline.reader import Reader

    return Reader.load(model)


def _run_on_ray(args: argparse.Namespace, paths: list[Path], published: str | None, read_on: str | None) -> int:
    """``--engine ray``: shards to --out, then (with --db) into the store; ``published`` (for
    records without a date) and ``read_on`` (the day of reading) as the local engine gives them,
    and each record that fails printed on one coded line naming its input, as the local engine
    prints it (after the run: the errors are read back from the shards or met by the load)."""
    from contextlib import nullcontext

    from dateline.cli.ray import ray_options
    from dateline.scale.options import ingest_on_ray
    from dateline.store import open_store

    def report(error: ArticleError, source: str | None) -> None:  # one coded line, as the local engine's
        print(options.error_line(error.message, source, error.code), file=sys.stderr)

    with (open_store(args.db) if args.db is not None else nullcontext()) as store:
        summary, load = ingest_on_ray(ray_options(args), paths, store, model=args.model,
                                      progress=not args.no_progress, published=published, read_on=read_on,
                                      on_error=report)
    count = options.counted
    stored = f"; store: {load.stored} stored, {load.skipped} skipped, {count(load.errors, 'error')} -> {args.db}" \
        if load is not None else ""
    print(f"dateline: ray: {count(summary.articles, 'article')}, {count(summary.errors, 'error')} in "
          f"{count(summary.shards, 'shard')} ({count(summary.actors, 'actor')}, {summary.seconds:.1f} s)"
          f"{' -> ' + str(args.out) if args.out else ''}"
          f"{stored}", file=sys.stderr)
    return 0
