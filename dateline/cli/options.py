"""The options every command shares, defined once: the store path, the model, progress bars.

The store: ``--db FILE``, else ``$DATELINE_DB``, else ``./dateline.db`` (``DEFAULT_DB``), so
``dateline ingest news/`` then ``dateline timeline NAME`` work without naming a file twice.

Progress: one rich bar on stderr (``Progress``) for read and ingest, which also prints the
per-record error lines above itself, so an error never tears the bar.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Self

DB_ENV = "DATELINE_DB"
DEFAULT_DB = Path("dateline.db")


def store_location(value: str) -> Path | str:
    """A ``--db`` value: a file path, or a ``postgresql://`` URL kept as it is (a Path would
    fold its ``//``)."""
    from dateline.store.opening import is_postgres

    return value if is_postgres(value) else Path(value)


def default_db() -> Path | str:
    """RETURNS the store used when ``--db`` is not given: ``$DATELINE_DB`` or ``./dateline.db``."""
    env = os.environ.get(DB_ENV, "").strip()
    return store_location(env) if env else DEFAULT_DB


def add_command(sub: argparse._SubParsersAction, name: str, help: str, description: str | None) -> argparse.ArgumentParser:
    """RETURNS the parser of command ``name``: ``help`` in the command list, ``description``
    (the module docstring, with its examples) shown as written by ``dateline NAME --help``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=help, description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    return parser


def add_db(p: argparse.ArgumentParser, *, writes: bool = False) -> None:
    """Add ``--db FILE`` (default: ``$DATELINE_DB`` or ``./dateline.db``, resolved at run time)."""
    what = "the store, created if missing" if writes else "the store (made by dateline ingest)"
    p.add_argument("--db", type=store_location, default=None, metavar="FILE|URL",
                   help=f"{what} (a file, or a postgresql:// URL); default ${DB_ENV}, else ./{DEFAULT_DB}")


def db_path(args: argparse.Namespace) -> Path | str:
    """RETURNS the store path of a parsed command line (``--db`` or the default)."""
    return args.db if getattr(args, "db", None) is not None else default_db()


def add_model(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", help="spaCy model package or path (default: the installed English model)")


def add_progress(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def add_workers(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes, each loading the model once (default: all cores; "
                        "small inputs use one)")


def add_published(p: argparse.ArgumentParser) -> None:
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="the articles' publication date (wins over a page's own; else inferred from the text)")


def add_read_on(p: argparse.ArgumentParser) -> None:
    p.add_argument("--read-on", metavar="YYYY-MM-DD",
                   help="the day the articles are read, e.g. today's: no inferred publication date is "
                        "later; a JSON record's own read_on wins (default: none, the range may run to "
                        "2099; a WARC record's crawl date counts by itself)")


def read_on_of(args: argparse.Namespace) -> str | None:
    """RETURNS ``--read-on`` (a YYYY-MM-DD day) or None. The clock is never read: output does
    not change with the day it is run (tests/test_clock.py). InputError for a day that is not a date."""
    from dateline.errors import InputError
    from dateline.ingest.checks import is_day

    if args.read_on is None:
        return None
    if not is_day(args.read_on):
        raise InputError(f"--read-on: not a YYYY-MM-DD date: {args.read_on!r}")
    return str(args.read_on)


def workers_of(args: argparse.Namespace) -> int:
    """RETURNS ``--workers`` (default: all cores); InputError below 1."""
    from dateline.errors import InputError
    from dateline.pipeline.parallel import default_workers

    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        raise InputError(f"--workers must be at least 1, got {workers}")
    return workers


def quiet_extractors(verbose: bool) -> None:
    """Logging for commands that read inputs: skipped files in a directory are worth a line
    even without -v; trafilatura's and htmldate's complaints about a page only with -v (the
    reason is already in our one-line error)."""
    import logging

    logging.getLogger("dateline.ingest.sources").setLevel(logging.WARNING)
    if not verbose:
        for name in ("trafilatura", "htmldate", "justext"):
            logging.getLogger(name).setLevel(logging.CRITICAL)


def exit_status(ok: int, failed: int) -> int:
    """The one exit rule of read and ingest: 0 when at least one record was read (or, for
    ingest, was already stored), 1 when none was: every record failed, or there were none.
    A command that cannot run at all (bad flags, a missing path, an unusable store) exits 1
    with one line. Records that fail are each one line on stderr, whatever the status."""
    del failed  # counted and reported by the caller; the status asks only whether work was done
    return 0 if ok > 0 else 1


def counted(n: int, noun: str) -> str:
    """A summary line's count: "1 error", "2 errors", "0 errors"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def error_line(message: str, source: str | None, code: str) -> str:
    """One error line for stderr: ``dateline: error E101: [input: ]message``.

    message (str): the error's one readable line. source (str | None): the input it is about,
    put first when the message does not name it. code (str): the error's catalogue code
    (``DatelineError.code``): every error line carries one.
    """
    if source and source not in message:
        message = f"{source}: {message}"
    return f"dateline: error {code}: {message}"


class Progress:
    """A rich progress bar on stderr (or none), which prints per-record errors above itself.

        with Progress(total, "reading", enabled) as progress:
            progress.advance("stored")           # or "skipped", "read"
            progress.error("path:3: ...", None, "E101")  # counted, printed as one coded line
    """

    def __init__(self, total: int | None, verb: str, enabled: bool = True,
                 kinds: tuple[str, ...] = ()) -> None:
        from rich.console import Console

        self.total, self.verb, self.enabled = total, verb, enabled
        self.console = Console(stderr=True, highlight=False, soft_wrap=True)
        self.counts = {kind: 0 for kind in (*kinds, "error")}
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> Self:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar

            self.bar = Bar(TextColumn(self.verb), BarColumn(), MofNCompleteColumn(),
                           TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                           console=self.console)
            self.bar.start()
            self.task = self.bar.add_task(self.verb, total=self.total, counts="")
        return self

    def advance(self, kind: str) -> None:
        """Count one record of ``kind`` and move the bar."""
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if self.bar is not None:
            shown = ", ".join(f"{n} {k}{'s' if k == 'error' and n != 1 else ''}"
                              for k, n in self.counts.items())
            self.bar.update(self.task, advance=1, counts=shown)

    def error(self, message: str, source: str | None, code: str) -> None:
        """Count one failed record and print its error line (markup off: messages quote text)."""
        if self.bar is not None:
            self.console.print(error_line(message, source, code), markup=False)
        else:
            print(error_line(message, source, code), file=sys.stderr)
        self.advance("error")

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
