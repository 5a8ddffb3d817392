"""Named, recorded migrations: applied once, in order; unknown ones refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dateline.store import SQLiteStore
from dateline.store.errors import SchemaVersionError, StoreError
from dateline.store.migrations import MIGRATIONS, Migration, applied, migrate


def test_migrations_recorded_by_name_in_order(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    SQLiteStore(db).close()
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT name, ord FROM migrations ORDER BY ord").fetchall()
    assert [r[0] for r in rows] == [m.name for m in MIGRATIONS]
    assert [r[1] for r in rows] == list(range(len(MIGRATIONS)))


def test_migrations_reopen_applies_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    SQLiteStore(db).close()
    conn = sqlite3.connect(db, isolation_level=None)
    assert migrate(conn) == []


@pytest.mark.parametrize(
    "extra", [Migration("0003_test_column", ("ALTER TABLE articles ADD COLUMN lang TEXT",))]
)
def test_migrations_new_one_applies_alone(tmp_path: Path, extra: Migration) -> None:
    db = tmp_path / "s.db"
    SQLiteStore(db).close()
    conn = sqlite3.connect(db, isolation_level=None)
    assert migrate(conn, MIGRATIONS + (extra,)) == [extra.name]
    assert applied(conn)[-1] == extra.name
    assert "lang" in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]


@pytest.mark.parametrize("bad", [Migration("0003_broken", ("CREATE TABLE ok_table (x)", "NOT SQL AT ALL"))])
def test_migrations_failing_one_leaves_no_trace(tmp_path: Path, bad: Migration) -> None:
    db = tmp_path / "s.db"
    SQLiteStore(db).close()
    conn = sqlite3.connect(db, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, MIGRATIONS + (bad,))
    assert bad.name not in applied(conn)
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ok_table'").fetchone()


def test_migrations_unknown_name_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    SQLiteStore(db).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO migrations VALUES ('0999_from_the_future', 999, 'now')")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaVersionError, match="0999_from_the_future"):
        SQLiteStore(db)


def test_migrations_not_a_database(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("this is a text file, not SQLite " * 50)
    with pytest.raises(StoreError, match="cannot open"):
        SQLiteStore(db)
