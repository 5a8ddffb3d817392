"""Ingest: read articles from files and directories with the NLP, into a store, idempotently.

    with open_store("news.db") as store:
        report = ingest_paths(store, ["feeds/", "more.jsonl"], Reader.load)

A pipeline job: it drives the Reader and hands batches to the store (``storing.py``).

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

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.errors import ArticleError
from dateline.pipeline.storing import IngestReport, OnOutcome, Tally, check_paths, store_batch
from dateline.store.base import Store
from dateline.store.codec import content_hash
from dateline.types import Article, RawArticle

if TYPE_CHECKING:
    from dateline.pipeline.reader import Reader

__all__ = ["IngestReport", "check_paths", "count_records", "ingest_paths", "ingest_records", "iter_records"]


def count_records(paths: Iterable[Path]) -> int | None:
    """RETURNS how many records PATH... holds (a progress bar's total), None if unknown (WARC).

    Walks folders as ``iter_inputs`` does (``ingest.walk``: known suffixes, hidden entries
    skipped), close enough for a progress bar; nothing depends on it being exact.
    """
    from dateline.ingest.jsonl import count_lines
    from dateline.ingest.sources import suffix_kind
    from dateline.ingest.walk import walk

    total = 0
    for path in paths:
        files = [path] if path.is_file() else [f for f in walk(path) if isinstance(f, Path)]
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
    emit = Tally(on_outcome)

    pending: deque[RawArticle] = deque()
    seen: set[str] = set()

    def new_records() -> Iterator[RawArticle]:
        for rec in records:
            if isinstance(rec, ArticleError):  # unreadable input: reported here, no NLP needed
                emit.error(rec)
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
        batch: list[tuple[Article, str]] = []
        for result in reader.read_many(chain([first], stream), batch_size=batch_size):
            rec = pending.popleft()
            if isinstance(result, ArticleError):
                emit.error(result)
            else:
                batch.append((result, rec.text))
            if len(batch) >= batch_size:
                store_batch(store, batch, emit)
                batch = []
        store_batch(store, batch, emit)
    if merge:
        emit.report.merge = store.merge()
    return emit.report


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
