"""Named, recorded schema migrations.

Each migration has a stable name and runs once, in its own transaction, together with
the row that records it in the ``migrations`` table; so a database always says exactly
which schema it has. Opening a database that records a migration this code does not
know raises SchemaVersionError instead of guessing (it was written by a newer Dateline).

To change the schema, append a Migration; never edit or reorder a released one.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from dateline.store.errors import SchemaVersionError
from dateline.store.schema import FACT_TABLES, MERGE_TABLES, QUOTE_KIND


@dataclass(frozen=True)
class Migration:
    """One schema step: its name and the SQL statements it runs."""

    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_article_facts", FACT_TABLES),
    Migration("0002_cross_article_merge", MERGE_TABLES),
    Migration("0003_quote_kind", QUOTE_KIND),
)

_MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS migrations (
    name TEXT PRIMARY KEY, ord INTEGER NOT NULL, applied_at TEXT NOT NULL
)"""


def applied(conn: sqlite3.Connection) -> list[str]:
    """RETURNS the names of the migrations recorded in ``conn``, in the order applied."""
    conn.execute(_MIGRATIONS_TABLE)
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY ord")]


def migrate(conn: sqlite3.Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[str]:
    """Apply the migrations ``conn`` lacks. RETURNS the names applied now.

    ``conn`` must be in autocommit mode (``isolation_level=None``): each migration
    opens its own transaction, so a crash between two leaves the first one recorded.
    """
    known = [m.name for m in migrations]
    done = applied(conn)
    unknown = [name for name in done if name not in known]
    if unknown:
        raise SchemaVersionError(
            f"database has migrations this Dateline does not know ({', '.join(unknown)}): "
            "it was written by a newer version; upgrade Dateline to open it"
        )
    now: list[str] = []
    for ord_, migration in enumerate(migrations):
        if migration.name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # A concurrent process may have applied it while we waited for the lock.
            if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (migration.name,)).fetchone():
                conn.execute("COMMIT")
                continue
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (name, ord, applied_at) VALUES (?, ?, ?)",
                (migration.name, ord_, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        now.append(migration.name)
    return now
