"""Read a run's Parquet shards back: contract records, counts, and loading into a store.

Needs pyarrow (part of the ``dateline[ray]`` extra) but not Ray: shards written on a cluster
can be loaded on a laptop. One row per input record (see ``rows.py`` for the columns).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.errors import InputError
from dateline.scale.errors import ScaleError
from dateline.scale.rows import OUTPUT_COLUMNS

if TYPE_CHECKING:
    from dateline.store.base import Store


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


def load_into_store(store: Store, out_dir: Path | str, *, merge: bool = True, batch_size: int | None = None
                    ) -> StoreLoad:
    """Add every article of the shards to ``store``; RETURNS the counts. Never raises for one row.

    The rows are stored as ``dateline load DIR`` stores them (``pipeline/load.py``):
    ``batch_size`` records per transaction (default: the load's), each batch with its
    merge. Rows with an error, and articles the store refuses (ArticleError: an id clash,
    an ungrounded span), are counted as errors; an article whose text is stored already is
    skipped. Shards written without the text cannot be stored: ScaleError, before any row.
    """
    from dateline.pipeline.load import DEFAULT_BATCH, iter_loaded, store_loaded
    from dateline.pipeline.storing import Tally

    for row in iter_shard_rows(out_dir, ("record", "text")):
        if row["record"] is not None:
            if row["text"] is None:
                raise ScaleError(f"{out_dir}: shards were written without the text; rerun with keep_text")
            break
    tally = Tally(lambda *_: None)  # counted, not printed: the caller reports the counts
    store_loaded(store, iter_loaded(Path(out_dir)), tally, batch_size or DEFAULT_BATCH)
    if merge:
        store.merge()
    return StoreLoad(tally.report.stored, tally.report.skipped, tally.report.errors)


def _pyarrow(module: str | None = None) -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        from dateline.scale.errors import RayMissingError

        raise RayMissingError() from e
    return pq if module == "parquet" else pa
