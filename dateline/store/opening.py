"""Which backend a store location means: a file path (SQLite) or a ``postgresql://`` URL.

    open_store("news.db")                              # SQLite, the embedded default
    open_store("postgresql://user@host:5432/news")     # PostgreSQL (pip install "dateline[postgresql]")

``DATELINE_DB`` in the environment is read by the CLI (not here): the library opens what
it is given.
"""

from __future__ import annotations

import os
from pathlib import Path

from dateline.store.sql_store import SQLStore

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
ENV_VAR = "DATELINE_DB"


def is_postgres(location: str | os.PathLike[str]) -> bool:
    """RETURNS True if ``location`` is a PostgreSQL URL."""
    return str(location).startswith(POSTGRES_SCHEMES)


def open_store(location: str | Path, *, create: bool = True) -> SQLStore:
    """Open the store at ``location``. RETURNS its backend.

    create: True for commands that write (the store is made if missing, migrated); False
    for reads, which never write (see sqlite/ and postgres/ for what each refuses).
    """
    if is_postgres(location):
        from dateline.store.postgres import PostgresStore

        return PostgresStore(str(location), create=create)
    from dateline.store.sqlite import SQLiteStore

    return SQLiteStore(location, create=create)
