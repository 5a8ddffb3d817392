"""The PostgreSQL backend of the Store interface (psycopg 3): for shared deployments.

    from dateline.store import open_store
    store = open_store("postgresql://dateline@db.internal:5432/news")   # or $DATELINE_DB

Same schema, migrations, queries and merge as SQLite (sql_store.py); what is particular:

* the store lives in the connection's current schema (``search_path``), so one database can
  hold several stores (``?options=-csearch_path%3Dnews``); the schema must exist.
* a read sets the session read-only (``default_transaction_read_only``) and writes nothing;
  a write command refuses a schema with tables but no Dateline ``migrations`` table.
* writers of one store are serialised by a transaction-scoped advisory lock keyed by the
  store's schema (the merge reads and updates shared groups): stores in other schemas of
  the database write at the same time; readers never wait for it. A writer waits
  LOCK_TIMEOUT for it.
* every psycopg error is translated here (``translate``) into the store's coded errors.

Needs ``pip install "dateline[postgresql]"`` (psycopg[binary]).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from dateline.errors import DatelineError
from dateline.store.db import Db, Dialect, Row
from dateline.store.errors import (
    RecordStoreError,
    StoreBusyError,
    StoreCorruptError,
    StoreError,
    StoreReadOnlyError,
    StoreUnavailableError,
)
from dateline.store.migrations import migrate, refuse_foreign_tables, require_current
from dateline.store.sql_store import SQLStore

# The writers' lock (pg_advisory_xact_lock): its 64-bit key is the first half of the md5 of
# "dateline:" and the schema the transaction writes to, so each store (schema) has its own.
WRITER_LOCK = (
    "SELECT pg_advisory_xact_lock(('x' || left(md5('dateline:' || COALESCE(current_schema(), '')), 16))"
    "::bit(64)::bigint)"
)
LOCK_TIMEOUT_MS = 60_000
CONNECT_TIMEOUT = 10
DIALECT = Dialect(
    name="postgresql", placeholder="%s", begin="BEGIN", without_rowid="", big_integer="BIGINT",
    binary_text=' COLLATE "C"', lock=WRITER_LOCK,
)


def label_of(url: str) -> str:
    """How messages name the store: ``postgresql://host/db``, never the user or password."""
    parts = urlsplit(url)
    return f"postgresql://{parts.hostname or 'localhost'}{':' + str(parts.port) if parts.port else ''}{parts.path}"


def translate(e: BaseException, label: str) -> DatelineError:
    """RETURNS the store's coded error for a psycopg error (by SQLSTATE class)."""
    import psycopg

    state = getattr(e, "sqlstate", None) or ""
    if isinstance(e, psycopg.IntegrityError | psycopg.DataError):
        return RecordStoreError(f"the store refused its rows ({_first_line(e)})")
    if state in ("25006", "42501"):  # read_only_sql_transaction, insufficient_privilege
        return StoreReadOnlyError(f"{label}: the store cannot be written (read-only session or no privilege)")
    if state.startswith("XX"):  # data_corrupted, index_corrupted, internal_error
        return StoreCorruptError(f"{label}: the server reports damaged data ({_first_line(e)})")
    if state in ("55P03", "40P01", "40001"):  # lock_not_available, deadlock, serialization_failure
        return StoreBusyError(f"{label}: the store is locked by another writer; try again when it is done")
    if isinstance(e, psycopg.OperationalError):
        return StoreUnavailableError(f"{label}: cannot reach the PostgreSQL server ({_first_line(e)})")
    return StoreUnavailableError(f"{label}: the store failed ({_first_line(e)})")


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [e.__class__.__name__])[0]


def _row_factory(cursor: Any) -> Any:
    names = {c.name: i for i, c in enumerate(cursor.description or ())}
    return lambda values: Row(values, names)


class PostgresStore(SQLStore):
    """A Dateline store in a PostgreSQL schema.

    url (str): ``postgresql://user[:password]@host[:port]/database[?options=...]``.
    create (bool): True for commands that write (an empty schema gets the store, pending
        migrations are applied); False for reads (nothing is written; a schema without a
        store raises NotAStoreError, an outdated one StoreOutdatedError).
    """

    def __init__(self, url: str, *, create: bool = True) -> None:
        label = label_of(url)
        try:
            import psycopg
        except ImportError as e:
            raise StoreError(
                f"{label}: PostgreSQL stores need psycopg: pip install \"dateline[postgresql]\""
            ) from e
        try:
            conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=CONNECT_TIMEOUT)
        except psycopg.Error as e:
            raise translate(e, label) from e
        db = Db(conn, DIALECT, psycopg.Error, lambda e: translate(e, label))
        super().__init__(db, label, writable=create)
        try:
            db.run(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
            if create:
                refuse_foreign_tables(db, label)
                from dateline.store import incremental

                applied = migrate(db, label)
                if any(m.rebuild for m in applied) and self.count():
                    with db.transaction():
                        incremental.rebuild(db)
            else:
                db.run("SET default_transaction_read_only = on")
                require_current(db, label)
        except BaseException:
            db.close()
            raise
