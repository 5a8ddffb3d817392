"""Read a run's Parquet shards back: contract records, counts, and loading into a store.

Needs pyarrow (part of the ``dateline[ray]`` extra) but not Ray: shards written on a cluster
can be loaded on a laptop. One row per input record (see ``rows.py`` for the columns).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.errors import ArticleError, InputError
from dateline.scale.errors import ScaleError
from dateline.scale.rows import OUTPUT_COLUMNS, to_error

if TYPE_CHECKING:
    from dateline.store.base import Store

# Told of each record that fails: (its error, with code and one-line message; the input it came
# from, as "path:line", or None when the message names it). A CLI prints it with error_line.
OnError = Callable[[ArticleError, "str | None"], None]


def output_schema() -> Any:  # -> pyarrow.Schema (kept out of the signature: pyarrow is optional)
    """RETURNS the Arrow schema of an output shard: every column a nullable string."""
    pa = _pyarrow()
    return pa.schema([(name, pa.string()) for name in OUTPUT_COLUMNS])


def shard_paths(out_dir: Path | str) -> list[Path]:
    """RETURNS the Parquet shards in ``out_dir``, sorted by name."""
    return sorted(Path(out_dir).glob("*.parquet"))


def iter_shard_rows(out_dir: Path | str, columns: tuple[str, ...] = OUTPUT_COLUMNS
                    ) -> Iterator[dict[str, str | None]]:
    """Yield every row of every shard (only ``columns``), one row group at a time."""
    pq = _pyarrow("parquet")
    if not Path(out_dir).is_dir():
        raise InputError(f"{out_dir}: no such directory")
    paths = shard_paths(out_dir)
    for path in paths:
        shard = pq.ParquetFile(path)
        for i in range(shard.num_row_groups):
            yield from shard.read_row_group(i, columns=list(columns)).to_pylist()


def load_parquet_records(out_dir: Path | str) -> Iterator[dict[str, Any]]:
    """Yield the contract record of every row: an Article dict, or an error record.

    An error record has the batch shape with ``source`` in place of ``line`` (a run reads
    many files): ``{"id": ..., "error": {"code", "message"}, "source": "path:line"}``.
    Rows come in shard order, not input order: sort by ``id`` to compare runs.
    """
    for row in iter_shard_rows(out_dir, ("id", "record", "error", "source")):
        if row["record"] is not None:
            yield json.loads(row["record"])
        else:
            yield {"id": row["id"], "error": json.loads(row["error"] or "{}"), "source": row["source"]}


@dataclass(frozen=True)
class ShardCounts:
    """What the shards of one run hold."""

    articles: int
    errors: int
    shards: int


def count_rows(out_dir: Path | str) -> ShardCounts:
    """RETURNS the numbers of articles and error records in the shards (reads one column)."""
    ok = err = 0
    for row in iter_shard_rows(out_dir, ("error",)):
        if row["error"] is None:
            ok += 1
        else:
            err += 1
    return ShardCounts(ok, err, len(shard_paths(out_dir)))


@dataclass
class StoreLoad:
    """Counts of loading shards into a store (every row is in exactly one)."""

    stored: int = 0
    skipped: int = 0
    errors: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"stored": self.stored, "skipped": self.skipped, "errors": self.errors}


def load_into_store(store: Store, out_dir: Path | str, *, merge: bool = True, batch_size: int | None = None,
                    on_error: OnError | None = None) -> StoreLoad:
    """Add every article of the shards to ``store``; RETURNS the counts. Never raises for one row.

    The rows are stored as ``dateline load DIR`` stores them (``pipeline/load.py``):
    ``batch_size`` records per transaction (default: the load's), each batch with its
    merge. Rows with an error, and articles the store refuses (ArticleError: an id clash,
    an ungrounded span), are counted as errors, and each is passed to ``on_error`` with the
    input it came from (the row's ``source``): a row's error as the run met it (``iter_errors``),
    a refusal as the store gives it. An article whose text is stored already is skipped.
    Shards written without the text cannot be stored: ScaleError, before any row.
    """
    from dateline.pipeline.load import DEFAULT_BATCH, Loaded, shard_record, store_loaded
    from dateline.pipeline.storing import Inputs, Tally

    for row in iter_shard_rows(out_dir, ("record", "text")):
        if row["record"] is not None:
            if row["text"] is None:
                raise ScaleError(f"{out_dir}: shards were written without the text; rerun with keep_text")
            break
    inputs = Inputs()  # each row's input, until its outcome is told (a batch is stored after it is read)

    def items() -> Iterator[Loaded]:
        for row in iter_shard_rows(out_dir):
            item = _row_error(row) if row["record"] is None else \
                shard_record(row, row["source"] or row["id"] or Path(out_dir).name)
            if isinstance(item, ArticleError):
                inputs.add_error(item, row["source"])
            else:
                inputs.add(item[0].id, row["source"])
            yield item

    def outcome(kind: str, article_id: str | None, error: ArticleError | None) -> None:
        source = inputs.pop(article_id, error)
        if error is not None and on_error is not None:
            on_error(error, source)

    tally = Tally(outcome)  # passed on, not logged: the caller reports the counts and the errors
    store_loaded(store, items(), tally, batch_size or DEFAULT_BATCH)
    if merge:
        store.merge()
    return StoreLoad(tally.report.stored, tally.report.skipped, tally.report.errors)


def iter_errors(out_dir: Path | str) -> Iterator[tuple[ArticleError, str | None]]:
    """Yield the error of every error row of the shards, as the run met it (the same class, code
    and message: ``rows.to_error``), with the input it came from (``source``; None for an error
    of reading, whose message names its input). Reads three columns, no record."""
    for row in iter_shard_rows(out_dir, ("id", "error", "source")):
        if row["error"] is not None:
            yield _row_error(row), row["source"]


def _row_error(row: dict[str, str | None]) -> ArticleError:
    return to_error(json.loads(row["error"] or "{}"), row["id"])


def _pyarrow(module: str | None = None) -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        from dateline.scale.errors import RayMissingError

        raise RayMissingError() from e
    return pq if module == "parquet" else pa
