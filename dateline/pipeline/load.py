"""Load contract records that carry their text into a store, without reading them again.

    with open_store("news.db") as store:
        report = load_paths(store, ["monday.jsonl", "shards/"])

A PATH is a JSON Lines file of records as ``dateline read --jsonl IN --out OUT --with-text``
writes them (the contract record of each article plus its input ``text``), or a directory
of Parquet shards as ``dateline ingest --engine ray --out DIR`` writes them. No NLP runs:
a corpus read on a cluster, or yesterday, is stored and merged as it was read.

* An error record of the batch output (``{"id", "error"}``) is counted as an error: the
  article was never read; it is reported under the code it was written with. A line
  that is not a record, or a record without ``text``, is an error of that line only; the
  load goes on.
* Records are stored ``batch_size`` at a time, each batch with its merge in one
  transaction (Store.add_many, through ``storing.py``); an article whose text is stored
  already is skipped. Ray shards load the same way (``scale.parquet.load_into_store``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from dateline.errors import ArticleError, MalformedRecordError, article_error_class
from dateline.pipeline.storing import IngestReport, OnOutcome, Tally, check_paths, store_batch
from dateline.store.base import Store
from dateline.types import Article

DEFAULT_BATCH = 500
Loaded = tuple[Article, str] | ArticleError


def load_paths(
    store: Store, paths: Sequence[Path | str], *, batch_size: int = DEFAULT_BATCH, on_outcome: OnOutcome | None = None
) -> IngestReport:
    """Store every record of PATH... (see module docstring). RETURNS the counts."""
    checked = check_paths(paths)
    tally = Tally(on_outcome)
    for path in checked:
        store_loaded(store, iter_loaded(path), tally, batch_size)
    return tally.report


def store_loaded(store: Store, items: Iterable[Loaded], tally: Tally, batch_size: int = DEFAULT_BATCH) -> None:
    """Store ``items`` ``batch_size`` at a time (one transaction each); count each in ``tally``."""
    batch: list[tuple[Article, str]] = []
    for item in items:
        if isinstance(item, ArticleError):
            tally.error(item)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            store_batch(store, batch, tally)
            batch = []
    store_batch(store, batch, tally)


def iter_loaded(path: Path) -> Iterator[Loaded]:
    """Yield (Article, text) for each record of one PATH, an ArticleError in place of a bad one."""
    if path.is_dir():
        yield from _shards(path)
        return
    with open(path, "rb") as f:
        for n, raw in enumerate(f, start=1):
            if raw.strip():
                yield parse_record(raw, f"{path.name}:{n}")


def parse_record(raw: bytes | str, where: str) -> Loaded:
    """RETURNS the (Article, text) of one JSON line, or the ArticleError that says what is wrong."""
    try:
        d = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as e:
        return MalformedRecordError(f"{where}: not a JSON record ({e.__class__.__name__})")
    if not isinstance(d, dict):
        return MalformedRecordError(f"{where}: not a JSON object")
    aid = d.get("id") if isinstance(d.get("id"), str) else None
    if "error" in d and "entities" not in d:
        err = d["error"] if isinstance(d["error"], dict) else {}
        failed = article_error_class(err.get("code"))  # reported under the code it was written with
        return failed(f"{where}: {aid or 'record'} not loaded, its reading had failed: {err.get('message', 'error record')}", aid)
    text = d.pop("text", None)
    if not isinstance(text, str):
        return MalformedRecordError(
            f"{where}: {aid or 'record'} has no text (write records with: dateline read --jsonl IN --out OUT --with-text)",
            aid,
        )
    try:
        article = Article.from_dict(d)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        return MalformedRecordError(f"{where}: {aid or 'record'} is not a contract record ({e.__class__.__name__}: {e})", aid)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return MalformedRecordError(f"{where}: {aid or 'record'} has text that is not valid Unicode", aid)
    return article, text


def _shards(folder: Path) -> Iterator[Loaded]:
    from dateline.scale.parquet import iter_shard_rows

    for row in iter_shard_rows(folder, ("id", "record", "error", "source", "text")):
        where = row.get("source") or row.get("id") or folder.name
        if row["record"] is None:
            err = json.loads(row["error"] or "{}")
            failed = article_error_class(err.get("code"))
            yield failed(f"{where}: {row['id'] or 'record'} not loaded, its reading had failed: {err.get('message', 'error')}", row["id"])
            continue
        yield shard_record(row, str(where))


def shard_record(row: dict[str, str | None], where: str) -> Loaded:
    """RETURNS the (Article, text) of a Parquet shard row that holds a record (its ``record``
    and ``text`` columns), or the ArticleError that says what is wrong, naming ``where``."""
    d = json.loads(row["record"] or "null")
    if isinstance(d, dict):
        d["text"] = row["text"]
    return parse_record(json.dumps(d), where)
