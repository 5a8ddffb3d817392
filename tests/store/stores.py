"""Fresh stores on the backend under test (SQLite, or a real PostgreSQL server).

tests/store/conftest.py runs every store test once per backend and points this module at
the backend of the run. ``new_store()`` is an empty store of its own (an in-memory SQLite
database, or a new PostgreSQL schema); ``new_store(path)`` / ``location(path)`` name one
store a test can open several times (a file, or the schema kept for that path).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from urllib.parse import quote

from dateline.store.sql_store import SQLStore

_state: dict[str, object] = {"backend": "sqlite", "server": None}
_schemas: dict[str, str] = {}
_created: list[str] = []


def use_sqlite() -> None:
    _state.update(backend="sqlite", server=None)


def use_postgres(server_url: str) -> None:
    _state.update(backend="postgresql", server=server_url)


def backend() -> str:
    return str(_state["backend"])


def _schema_url(schema: str) -> str:
    return f"{_state['server']}?options={quote(f'-csearch_path={schema}')}"


def _fresh_schema() -> str:
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(str(_state["server"]), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    _created.append(name)
    return name


def location(path: str | Path) -> str:
    """The store location a CLI command is given: the file, or a schema's URL."""
    if backend() == "sqlite":
        return str(path)
    key = str(path)
    if key not in _schemas:
        _schemas[key] = _fresh_schema()
    return _schema_url(_schemas[key])


def new_store(path: str | Path = ":memory:", *, create: bool = True) -> SQLStore:
    """A store on the backend under test (see module docstring)."""
    from dateline.store import open_store

    if backend() == "sqlite":
        return open_store(path, create=create)
    if str(path) == ":memory:":
        return open_store(_schema_url(_fresh_schema()), create=create)
    return open_store(location(path), create=create)


def drop_schemas() -> None:
    """Drop every schema made since the last call (at the end of each PostgreSQL test)."""
    if not _created:
        return
    import psycopg

    with psycopg.connect(str(_state["server"]), autocommit=True) as conn:
        for name in _created:
            conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    _created.clear()
    _schemas.clear()
