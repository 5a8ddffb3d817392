"""The store: articles and their facts across many readings, merged and queryable.

    from dateline.store import open_store, queries
    with open_store("news.db") as store:
        store.add(article, text)
        queries.timeline(store, "Hillary Clinton")

Layout: schema.py + migrations.py (the SQLite schema, versioned), codec.py (records <->
rows), sqlite*.py (the backend), merge.py + normalize.py (cross-article identity),
queries.py, export.py, ingest.py. Nothing here imports the CLI.
"""

from __future__ import annotations

from dateline.store.base import Store
from dateline.store.errors import StoreError
from dateline.store.records import EntityEntry, QuoteEntry, Source, StoredArticle, TimelineEntry
from dateline.store.sqlite import SQLiteStore, open_store

__all__ = [
    "EntityEntry",
    "QuoteEntry",
    "SQLiteStore",
    "Source",
    "Store",
    "StoreError",
    "StoredArticle",
    "TimelineEntry",
    "open_store",
]
