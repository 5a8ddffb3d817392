"""Ingest: read articles from files and directories into a store, idempotently.

    with open_store("news.db") as store:
        report = ingest_paths(store, ["feeds/", "more.jsonl"], Reader.load)

* PATH is a ``.txt`` file (one article), a ``.jsonl`` file (one per line), an HTML page,
  a WARC crawl or a directory of those (recursively, in sorted order so reruns see the
  same sequence): whatever ``dateline.ingest.sources.iter_inputs`` reads.
* An article whose text is already stored is skipped *before* the NLP runs, so a rerun
  costs a hash per article; the model is not even loaded when nothing is new.
* Articles are committed a batch at a time (``batch_size``), each batch together with its
  cross-article merge (the store merges incrementally), so a killed ingest loses at most
  one batch and leaves the merge consistent. A bad article (unparsable line, empty text,
  id clash, pipeline failure, rows the store refuses) is reported and counted, and the
  batch goes on.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from dateline.errors import ArticleError, InputError
from dateline.store.base import Store
from dateline.store.codec import content_hash
from dateline.store.records import MergeStats
from dateline.types import Article, RawArticle

if TYPE_CHECKING:
    from dateline.pipeline.reader import Reader

log = logging.getLogger(__name__)

Outcome = Literal["stored", "skipped", "error"]
# Called once per input record: (outcome, article id or None, message for errors).
OnOutcome = Callable[[Outcome, "str | None", str], None]


@dataclass
class IngestReport:
    """Counts of one ingest run (every input record is in exactly one of the three)."""

    stored: int = 0
    skipped: int = 0
    errors: int = 0
    merge: MergeStats | None = field(default=None)

    def to_dict(self) -> dict[str, object]:
        return {
            "stored": self.stored,
            "skipped": self.skipped,
            "errors": self.errors,
            "merge": self.merge.to_dict() if self.merge else None,
        }


def check_paths(paths: Sequence[Path | str]) -> list[Path]:
    """RETURNS PATH... as Paths; raises InputError (the batch cannot run) for a missing one.

    Decision: a missing PATH is a typo on the command line, so ingest refuses to start
    rather than store part of what was meant; once started, a bad *record* costs only itself.
    """
    checked = [Path(p) for p in paths]
    for path in checked:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
    return checked


def count_records(paths: Iterable[Path]) -> int | None:
    """RETURNS how many records PATH... holds (a progress bar's total), None if unknown (WARC).

    Mirrors what ``iter_inputs`` reads (known suffixes, hidden entries skipped) closely
    enough for a progress bar; nothing depends on it being exact.
    """
    from dateline.ingest.jsonl import count_lines
    from dateline.ingest.sources import suffix_kind

    total = 0
    for path in paths:
        files = (
            [path]
            if path.is_file()
            else [
                f
                for f in path.rglob("*")
                if f.is_file()
                and suffix_kind(f)
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            ]
        )
        for f in files:
            kind = suffix_kind(f) or "text"
            if kind == "warc":
                return None
            total += count_lines(f) if kind == "jsonl" else 1
    return total


def iter_records(paths: Iterable[Path]) -> Iterator[RawArticle | ArticleError]:
    """Yield every input record of PATH... (txt, jsonl, html, WARC, directories), a bad one as
    an ArticleError in its place: the readers of ``dateline.ingest.sources``."""
    from dateline.ingest.sources import iter_inputs

    return iter_inputs(paths)


def ingest_records(
    store: Store,
    records: Iterable[RawArticle | ArticleError],
    load_reader: Callable[[], Reader],
    *,
    batch_size: int = 32,
    on_outcome: OnOutcome | None = None,
    merge: bool = True,
) -> IngestReport:
    """Read and store every new record; RETURNS the counts. Never raises for one bad article."""
    report = IngestReport()

    def emit(outcome: Outcome, aid: str | None, msg: str = "") -> None:
        if outcome == "stored":
            report.stored += 1
        elif outcome == "skipped":
            report.skipped += 1
        else:
            report.errors += 1
            if on_outcome is None:  # nobody reports it for us (a CLI prints its own line)
                log.warning("%s", msg)
        if on_outcome:
            on_outcome(outcome, aid, msg)

    pending: deque[RawArticle] = deque()
    seen: set[str] = set()

    def new_records() -> Iterator[RawArticle]:
        for rec in records:
            if isinstance(rec, ArticleError):  # unreadable input: reported here, no NLP needed
                emit("error", rec.article_id, rec.message)
                continue
            digest = content_hash(rec.text)
            # Already stored, or met earlier in this run (a file given twice). TODO: when the
            # first copy then fails for a reason of its own (its id clashes with a stored
            # article), a second copy of the same text under another id was skipped anyway.
            if digest in seen or store.find_hash(digest) is not None:
                emit("skipped", rec.id)
                continue
            seen.add(digest)
            pending.append(rec)
            yield rec

    stream: Iterator[RawArticle] = new_records()
    first = next(stream, None)
    if first is not None:
        reader = load_reader()  # only now: a rerun with nothing new never loads the model
        batch: list[tuple[Article, RawArticle]] = []
        for result in reader.read_many(chain([first], stream), batch_size=batch_size):
            rec = pending.popleft()
            if isinstance(result, ArticleError):
                emit("error", result.article_id, result.message)
            else:
                batch.append((result, rec))
            if len(batch) >= batch_size:
                store_batch(store, batch, emit)
                batch = []
        store_batch(store, batch, emit)
    if merge:
        report.merge = store.merge()
    return report


def store_batch(
    store: Store, batch: Sequence[tuple[Article, RawArticle]], emit: Callable[[Outcome, str | None, str], None]
) -> None:
    """Store (and merge) one batch in one transaction; emit one outcome per article.

    A store failure (StoreError: locked, read-only, damaged) is raised: no later article
    could be stored either.
    """
    if not batch:
        return
    results = store.add_many([(article, raw.text) for article, raw in batch])
    for (article, _raw), result in zip(batch, results, strict=True):
        if isinstance(result, ArticleError):
            emit("error", article.id, result.message)
        else:
            emit("stored" if result else "skipped", article.id, "")


def ingest_paths(
    store: Store,
    paths: Sequence[Path | str],
    load_reader: Callable[[], Reader],
    *,
    batch_size: int = 32,
    on_outcome: OnOutcome | None = None,
) -> IngestReport:
    """Ingest the articles of PATH... (see module docstring). RETURNS the counts."""
    return ingest_records(
        store, iter_records(check_paths(paths)), load_reader, batch_size=batch_size, on_outcome=on_outcome
    )
