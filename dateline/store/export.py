"""Export a store's contents as JSON Lines, CSV or Parquet: one table per kind of fact.

Tables (``--table``; ``all`` writes every one of them into a directory, one file each):

* ``articles``: one stored article per row: its contract record (``spec/contract.md``) with
  ``text`` and ``content_hash``, so an export holds everything that was stored.
* ``entities``: the global entities (merged across articles) with their counts, aliases and
  ``mentions``: every mention in every article (``article_id``, ``entity`` (the article's own
  entity id), ``start``, ``end``, ``text``, ``kind``).
* ``mentions``: the same mentions, one per row, with the ``global_id`` they were merged into.
* ``entity_links``: which global entity each article's entity (``E1`` ...) was merged into.
* ``quotes`` / ``events``: the merged quotes and dated events, each with all its ``sources``;
  a quote's ``kind`` is "direct" (quoted words) or "indirect" (a reported statement).
* ``times``: every temporal expression of every article, with its ``article_id``.

Shapes:

* JSONL keeps nested values as JSON.
* Parquet keeps them as Parquet structs and lists (``published`` is a struct, ``entities`` a
  list of structs whose ``mentions`` is a list of structs), so pandas, polars and DuckDB
  query them as nested columns: ``SELECT e.name, len(e.mentions) FROM (SELECT
  unnest(entities) AS e FROM 'articles.parquet')``.
* CSV is flat: a struct becomes dotted columns (``published.value``, ``published.source``),
  a list a JSON string in its column; the columns are those of the first row.

Decision: pyarrow infers each Parquet column's type from all of its rows, so a field that
is null in some rows only (a quote without a cue) still gets its real type; the rows of a
table are therefore gathered before writing (exports are batch jobs; a table of a million
facts is a few hundred MB at most).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from dateline.store.base import Store
from dateline.store.errors import ExportError

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("articles", "entities", "mentions", "entity_links", "quotes", "events", "times")
ALL = "all"
SUFFIXES = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}
# The columns of an empty table (pyarrow cannot infer them from no rows).
EMPTY_COLUMNS = {
    "articles": ("id", "published", "times", "entities", "quotes", "events", "title", "url", "text",
                 "content_hash"),
    "entities": ("id", "name", "type", "n_mentions", "n_articles", "aliases", "mentions"),
    "mentions": ("global_id", "article_id", "entity", "start", "end", "text", "kind"),
    "entity_links": ("article_id", "entity_id", "global_id"),
    "quotes": ("id", "text", "speaker_id", "speaker", "sources", "kind"),
    "events": ("id", "date", "earliest", "latest", "summary", "sentence", "participants", "sources"),
    "times": ("article_id", "start", "end", "text", "type", "value", "earliest", "latest"),
}


def rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """Yield the rows of one export table (see the module docstring)."""
    makers: dict[str, Callable[[Store], Iterator[dict[str, Any]]]] = {
        "articles": _articles, "entities": _entities, "mentions": _mentions,
        "entity_links": _links, "quotes": _quotes, "events": _events, "times": _times,
    }
    if table not in makers:
        raise ExportError(f"unknown table {table!r} (choose from {', '.join(TABLES)})")
    yield from makers[table](store)


def _articles(store: Store) -> Iterator[dict[str, Any]]:
    for stored in store.iter_articles():
        yield {**stored.article.to_dict(), "text": stored.text, "content_hash": stored.content_hash}


def _global_ids(store: Store) -> dict[tuple[str, str], str]:
    return {(article_id, local): global_id for article_id, local, global_id in store.entity_links()}


def _mentions(store: Store) -> Iterator[dict[str, Any]]:
    links = _global_ids(store)
    for stored in store.iter_articles():
        aid = stored.article.id
        for entity in stored.article.entities:
            for m in entity.mentions:
                yield {"global_id": links.get((aid, entity.id)), "article_id": aid, "entity": entity.id,
                       "start": m.start, "end": m.end, "text": m.text, "kind": m.kind}


def _entities(store: Store) -> Iterator[dict[str, Any]]:
    by_global: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for m in _mentions(store):
        by_global[m["global_id"]].append({k: v for k, v in m.items() if k != "global_id"})
    for entity in store.entities():
        yield {**entity.to_dict(), "mentions": by_global.get(entity.id, [])}


def _links(store: Store) -> Iterator[dict[str, Any]]:
    for article_id, entity_id, global_id in store.entity_links():
        yield {"article_id": article_id, "entity_id": entity_id, "global_id": global_id}


def _quotes(store: Store) -> Iterator[dict[str, Any]]:
    for quote in store.quotes():
        yield quote.to_dict()


def _events(store: Store) -> Iterator[dict[str, Any]]:
    for event in store.events_of(None):
        yield event.to_dict()


def _times(store: Store) -> Iterator[dict[str, Any]]:
    for stored in store.iter_articles():
        for t in stored.article.times:
            yield {"article_id": stored.article.id, **t.to_dict()}


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A flat row: a nested dict becomes dotted keys, a list a JSON string."""
    flat: dict[str, Any] = {}
    for k, v in row.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            flat.update(flatten(v, f"{key}."))
        elif isinstance(v, (list, tuple)):
            flat[key] = json.dumps(v, ensure_ascii=False)
        else:
            flat[key] = v
    return flat


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


def write_parquet(it: Iterator[dict[str, Any]], path: Path, table: str) -> int:
    """Write rows to a Parquet file with nested values as structs and lists. RETURNS the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = list(it)
    try:
        if data:
            arrow = pa.Table.from_pylist(data)
        else:
            arrow = pa.table({c: pa.array([], pa.null()) for c in EMPTY_COLUMNS[table]})
        pq.write_table(arrow, str(path))
    except OSError as e:
        raise ExportError(f"{path}: cannot write parquet: {e.strerror or e}") from e
    except pa.ArrowException as e:
        raise ExportError(f"{path}: cannot write parquet: {str(e).splitlines()[0]}") from e
    return len(data)


def export(
    store: Store, fmt: str, table: str = "articles", out: Path | None = None, stdout: IO[str] | None = None
) -> int:
    """Export ``table`` of ``store`` in ``fmt`` to ``out`` (or ``stdout``). RETURNS rows written.

    ``table="all"`` writes every table to ``out`` (a directory, made if missing) as
    ``<table>.<format>``.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if table == ALL:
        if out is None:
            raise ExportError("--table all writes one file per table: give --out DIR")
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ExportError(f"{out}: cannot make the directory: {e.strerror or e}") from e
        return sum(export(store, fmt, t, out / f"{t}{SUFFIXES[fmt]}") for t in TABLES)
    if table not in TABLES:
        raise ExportError(f"unknown table {table!r} (choose from {', '.join(TABLES)}, {ALL})")
    if fmt == "parquet":
        if out is None:
            raise ExportError("parquet is binary: give --out FILE")
        return write_parquet(rows(store, table), out, table)
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
