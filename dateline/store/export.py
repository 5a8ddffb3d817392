"""Export a store's contents as JSON Lines, CSV or Parquet.

Tables:
* ``articles``: one stored article per row: its contract record (``spec/contract.md``)
  plus ``text`` and ``content_hash``, so a JSONL export holds everything that was stored.
* ``entities`` / ``quotes`` / ``events``: the merged, cross-article view (global entities
  with counts and aliases; quotes and dated events with all their sources).
* ``entity_links``: which global entity each article's entity (``E1`` ...) was merged into.

JSONL keeps nested values as JSON; CSV and Parquet are flat, so a nested value (a list of
sources, the entities of an article) becomes a JSON string in its column. Decision: one
flat shape for both keeps CSV and Parquet exports interchangeable and avoids Parquet
schema inference failing on records whose optional fields are null in some rows only.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from dateline.store.base import Store
from dateline.store.errors import ExportError

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("articles", "entities", "entity_links", "quotes", "events")
PYARROW_HINT = "parquet export needs pyarrow: pip install pyarrow (or: pip install 'dateline[ray]')"


def rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """Yield the rows of one export table (see the module docstring)."""
    if table == "articles":
        for stored in store.iter_articles():
            yield {**stored.article.to_dict(), "text": stored.text, "content_hash": stored.content_hash}
    elif table == "entities":
        for entity in store.entities():
            yield entity.to_dict()
    elif table == "quotes":
        for quote in store.quotes():
            yield quote.to_dict()
    elif table == "entity_links":
        for article_id, entity_id, global_id in store.entity_links():
            yield {"article_id": article_id, "entity_id": entity_id, "global_id": global_id}
    elif table == "events":
        for event in store.events_of(None):
            yield event.to_dict()
    else:
        raise ExportError(f"unknown table {table!r} (choose from {', '.join(TABLES)})")


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """A row with every nested value (list, dict) as a JSON string."""
    return {
        k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict, tuple)) else v
        for k, v in row.items()
    }


def write_jsonl(it: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """Write rows as JSON Lines. RETURNS the number written."""
    n = 0
    for row in it:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(it: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """Write flattened rows as CSV with a header (columns of the first row). RETURNS the count."""
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in it:
        flat = flatten(row)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)
        n += 1
    return n


def pyarrow_available() -> bool:
    """RETURNS True when pyarrow can be imported (the optional dependency of parquet)."""
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def write_parquet(it: Iterator[dict[str, Any]], path: Path) -> int:
    """Write flattened rows to a Parquet file. RETURNS the count; ExportError without pyarrow."""
    if not pyarrow_available():
        raise ExportError(PYARROW_HINT)
    import pyarrow as pa
    import pyarrow.parquet as pq

    flat = [flatten(r) for r in it]
    try:
        pq.write_table(pa.Table.from_pylist(flat), str(path))
    except (OSError, pa.ArrowException) as e:
        raise ExportError(f"{path}: cannot write parquet: {e}") from e
    return len(flat)


def export(
    store: Store, fmt: str, table: str = "articles", out: Path | None = None, stdout: IO[str] | None = None
) -> int:
    """Export ``table`` of ``store`` in ``fmt`` to ``out`` (or ``stdout``). RETURNS rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if table not in TABLES:
        raise ExportError(f"unknown table {table!r} (choose from {', '.join(TABLES)})")
    if fmt == "parquet":
        if not pyarrow_available():  # checked before any work, so the error comes at once
            raise ExportError(PYARROW_HINT)
        if out is None:
            raise ExportError("parquet is binary: give --out FILE")
        return write_parquet(rows(store, table), out)
    write = write_jsonl if fmt == "jsonl" else write_csv
    if out is None:
        if stdout is None:
            raise ExportError("nowhere to write: give --out FILE")
        return write(rows(store, table), stdout)
    try:
        with open(out, "w", encoding="utf-8", newline="" if fmt == "csv" else None) as f:
            return write(rows(store, table), f)
    except OSError as e:
        raise ExportError(f"{out}: cannot write: {e.strerror or e}") from e
