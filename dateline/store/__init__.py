"""The store: articles and their facts across many readings, merged and queryable.

    from dateline.store import open_store, queries
    with open_store("news.db") as store:                 # or "postgresql://host/db"
        store.add(article, text)
    with open_store("news.db", create=False) as store:   # reads never write
        queries.timeline(store, "Dana Whitlow")

Layout: schema.py + migrations.py (the schema, versioned, one for both backends), codec.py
(records <-> rows), db.py (a connection as the SQL layer sees it), sql_store.py (the
Store over SQL), incremental.py + merge.py + normalize.py (cross-article identity, kept
up to date per batch), sql_queries.py + queries.py, export.py; the backends in sqlite/ and
postgres/; opening.py chooses one. Nothing here imports the CLI or reads input files:
the jobs that fill a store (ingest with the NLP, load records) are in dateline/pipeline/.
"""

from __future__ import annotations

from dateline.store.base import Store
from dateline.store.errors import StoreError
from dateline.store.opening import open_store
from dateline.store.records import EntityEntry, QuoteEntry, Source, StoredArticle, TimelineEntry
from dateline.store.sqlite import SQLiteStore

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
