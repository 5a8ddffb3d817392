"""Named, recorded schema migrations, the same for every backend.

Each migration has a stable name and runs once, in its own transaction, together with
the row that records it in the ``migrations`` table; so a database always says exactly
which schema it has. Opening a database that records a migration this code does not
know raises SchemaVersionError instead of guessing (it was written by a newer Dateline).

Only commands that write migrate (``migrate``); a read checks (``check``) and refuses a
store that is not one, or that lacks migrations, without writing a byte.

To change the schema, append a Migration; never edit or reorder a released one. The DDL
is written once for both backends: ``{without_rowid}`` and ``{bigint}`` are filled in by
the dialect (db.Dialect).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from dateline.store.db import Db
from dateline.store.errors import NotAStoreError, SchemaVersionError, StoreOutdatedError
from dateline.store.incremental import reblock_events, refill_event_keys, refill_quote_keys
from dateline.store.schema import (
    DATED_EVENT_IDS,
    DATED_QUOTE_IDS,
    EVENT_BASIS,
    EVENT_KEYS,
    FACT_TABLES,
    INCREMENTAL_TABLES,
    MERGE_TABLES,
    OVERVIEW_INDEXES,
    QUOTE_KIND,
    QUOTE_RANKS,
    STORE_TALLIES,
    UNUSED_ENTITY_LINKS_INDEX,
)


@dataclass(frozen=True)
class Migration:
    """One schema step: its name, the SQL statements it runs and, for what SQL cannot
    compute, a function run after them in the same transaction."""

    name: str
    statements: tuple[str, ...]
    rebuild: bool = False  # the derived tables must be rebuilt after it
    fill: Callable[[Db], None] | None = None


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_article_facts", FACT_TABLES),
    Migration("0002_cross_article_merge", MERGE_TABLES),
    Migration("0003_quote_kind", QUOTE_KIND),
    Migration("0004_incremental_merge", INCREMENTAL_TABLES, rebuild=True),
    Migration("0005_quote_ranks", QUOTE_RANKS),
    Migration("0006_event_time_basis", EVENT_BASIS, rebuild=True),
    Migration("0007_overview_indexes", OVERVIEW_INDEXES),
    Migration("0008_store_tallies", STORE_TALLIES),
    # Quote fingerprints led by their speaker's bits (merge.quote_keys), so an ingest writes a
    # page or two per quote instead of one per fingerprint; the groups do not change.
    Migration("0009_quote_keys_by_speaker", (), fill=refill_quote_keys),
    # Event ids and blocks led by a day and a time bucket (schema.DATED_EVENT_IDS).
    Migration("0010_dated_event_ids", DATED_EVENT_IDS, fill=reblock_events),
    # Every other run of a quote kept as its fingerprint, four words long (merge.quote_keys):
    # about half the rows; the groups do not change.
    Migration("0011_quote_keys_every_other_run", (), fill=refill_quote_keys),
    # Global quote ids led by the day of their first report (schema.DATED_QUOTE_IDS).
    Migration("0012_dated_quote_ids", DATED_QUOTE_IDS),
    Migration("0013_drop_entity_links_by_global", UNUSED_ENTITY_LINKS_INDEX),
    # Events found through indexed meeting keys, not blocks (schema.EVENT_KEYS); the groups
    # do not change.
    Migration("0014_event_keys", EVENT_KEYS, fill=refill_event_keys),
)

_MIGRATIONS_TABLE = """CREATE TABLE IF NOT EXISTS migrations (
    name TEXT PRIMARY KEY, ord INTEGER NOT NULL, applied_at TEXT NOT NULL
)"""


def table_names(db: Db) -> set[str]:
    """RETURNS the names of the tables in the database (without writing)."""
    if db.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    else:
        sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    return {r[0] for r in db.rows(sql)}


def applied(db: Db) -> list[str]:
    """RETURNS the names of the migrations recorded in ``db``, in the order applied."""
    if "migrations" not in table_names(db):
        return []
    return [row[0] for row in db.rows("SELECT name FROM migrations ORDER BY ord")]


def check(db: Db, label: str, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[str]:
    """Refuse what a read cannot use; RETURNS the migrations ``db`` lacks (empty for a read).

    Raises NotAStoreError for a database without Dateline's ``migrations`` table (empty, or
    another program's), SchemaVersionError for migrations this code does not know.
    """
    tables = table_names(db)
    if "migrations" not in tables:
        what = "an empty database" if not tables else f"another program's database ({len(tables)} tables)"
        raise NotAStoreError(f"{label}: not a Dateline store ({what}); create one with: dateline ingest PATH --db NEW")
    done = applied(db)
    known = [m.name for m in migrations]
    unknown = [name for name in done if name not in known]
    if unknown:
        raise SchemaVersionError(
            f"{label}: the store has migrations this Dateline does not know ({', '.join(unknown)}): "
            "it was written by a newer version; upgrade Dateline to open it"
        )
    return [name for name in known if name not in done]


def require_current(db: Db, label: str) -> None:
    """For reads: raise StoreOutdatedError when the store lacks migrations (a read never applies them)."""
    missing = check(db, label)
    if missing:
        raise StoreOutdatedError(
            f"{label}: the store was written by an older Dateline (lacks {', '.join(missing)}); "
            "upgrade it with: dateline rebuild --db STORE"
        )


def refuse_foreign_tables(db: Db, label: str) -> None:
    """Raise NotAStoreError for a database with tables but no Dateline ``migrations`` table."""
    tables = table_names(db)
    if tables and "migrations" not in tables:
        check(db, label)


def migrate(db: Db, label: str, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[Migration]:
    """Apply the migrations ``db`` lacks. RETURNS those applied now.

    A database with tables but no ``migrations`` table is another program's: refused
    (NotAStoreError). Each migration runs in its own transaction, so a crash between two
    leaves the first one recorded.
    """
    refuse_foreign_tables(db, label)
    if not table_names(db):
        db.run(_MIGRATIONS_TABLE)
    missing = set(check(db, label, migrations))
    now: list[Migration] = []
    for ord_, migration in enumerate(migrations):
        if migration.name not in missing:
            continue
        with db.transaction():
            # A concurrent process may have applied it while we waited for the lock.
            if db.one("SELECT 1 FROM migrations WHERE name = ?", (migration.name,)):
                continue
            for statement in migration.statements:
                db.run(statement.format(without_rowid=db.dialect.without_rowid, bigint=db.dialect.big_integer,
                                        binary=db.dialect.binary_text))
            if migration.fill is not None:
                migration.fill(db)
            db.run(
                "INSERT INTO migrations (name, ord, applied_at) VALUES (?, ?, ?)",
                (migration.name, ord_, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )
        now.append(migration)
    return now
