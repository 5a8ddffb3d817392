"""Ingest: read articles from files and directories into a store, idempotently.

    with open_store("news.db") as store:
        report = ingest_paths(store, ["feeds/", "more.jsonl"], Reader.load)

* PATH is a ``.txt`` file (one article), a ``.jsonl`` file (one per line) or a directory
  (every ``.txt``/``.jsonl`` below it, in sorted order so reruns see the same sequence).
* An article whose text is already stored is skipped *before* the NLP runs, so a rerun
  costs a hash per article; the model is not even loaded when nothing is new.
* Each article is committed in its own transaction as soon as it is read. A bad article
  (unparsable line, empty text, id clash, pipeline failure) is reported and counted, and
  the batch goes on.
* The cross-article merge is rebuilt once at the end (and by any later query that finds
  it stale, e.g. after a killed ingest).
"""

from __future__ import annotations

import logging
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from dateline.errors import ArticleError, InputError, MalformedRecordError
from dateline.store.base import Store
from dateline.store.codec import content_hash
from dateline.store.errors import StoreError
from dateline.store.records import MergeStats
from dateline.types import Article, RawArticle

if TYPE_CHECKING:
    from dateline.pipeline.reader import Reader

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".jsonl")
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


def input_files(paths: Sequence[Path | str]) -> list[Path]:
    """The files PATH... stands for. Raises InputError for a path that does not exist.

    A directory contributes its ``.txt``/``.jsonl`` files recursively (others are not
    articles: images, notes); a file given by name is taken whatever its suffix, and one
    of an unsupported format becomes a per-file error later, not a silent skip.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return files


def count_records(files: Iterable[Path]) -> int:
    """RETURNS the number of input records (a progress bar's total)."""
    from dateline.ingest.jsonl import count_lines

    return sum(count_lines(f) if f.suffix.lower() == ".jsonl" else 1 for f in files)


def iter_records(files: Iterable[Path]) -> Iterator[RawArticle | ArticleError]:
    """Yield every input record of ``files``, a bad one as an ArticleError in its place."""
    from dateline.ingest.jsonl import read_jsonl
    from dateline.ingest.text import read_text_file

    for path in files:
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            try:
                yield from read_jsonl(path)
            except OSError as e:
                yield MalformedRecordError(f"{path}: cannot read: {e.strerror or e}")
        elif suffix == ".txt":
            try:
                yield read_text_file(path)
            except (ArticleError, InputError) as e:
                yield e if isinstance(e, ArticleError) else MalformedRecordError(e.message)
        else:
            yield MalformedRecordError(
                f"{path}: unsupported input format {suffix or '(no suffix)'!r} (use .txt or .jsonl)"
            )


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
            # Already stored, or met earlier in this run (a file given twice).
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
        for result in reader.read_many(chain([first], stream), batch_size=batch_size):
            rec = pending.popleft()
            if isinstance(result, ArticleError):
                emit("error", result.article_id, result.message)
            else:
                _store_one(store, result, rec, emit)
    if merge:
        report.merge = store.merge()
    return report


def _store_one(
    store: Store, article: Article, raw: RawArticle, emit: Callable[[Outcome, str | None, str], None]
) -> None:
    try:
        added = store.add(article, raw.text)
    except ArticleError as e:
        emit("error", article.id, e.message)
        return
    except sqlite3.IntegrityError as e:  # a malformed record (e.g. duplicate keys): this article only
        emit("error", article.id, f"{article.id}: cannot store: {e}")
        return
    except sqlite3.Error as e:  # the database itself failed: no later article can be stored either
        raise StoreError(f"cannot write to the store: {e}") from e
    emit("stored" if added else "skipped", article.id, "")


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
        store, iter_records(input_files(paths)), load_reader, batch_size=batch_size, on_outcome=on_outcome
    )
