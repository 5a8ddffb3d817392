"""Named, recorded migrations: applied once, in order; unknown ones refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dateline.store import SQLiteStore
from dateline.store.errors import NotAStoreError, SchemaVersionError, StoreError
from dateline.store.migrations import MIGRATIONS, Migration, applied, migrate

pytestmark = pytest.mark.sqlite_only


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
    with SQLiteStore(db) as store:
        assert migrate(store.db, "s.db") == []


@pytest.mark.parametrize(
    "extra", [Migration("0099_test_column", ("ALTER TABLE articles ADD COLUMN lang TEXT",))]
)
def test_migrations_new_one_applies_alone(tmp_path: Path, extra: Migration) -> None:
    db = tmp_path / "s.db"
    SQLiteStore(db).close()
    with SQLiteStore(db) as store:
        assert [m.name for m in migrate(store.db, "s.db", MIGRATIONS + (extra,))] == [extra.name]
        assert applied(store.db)[-1] == extra.name
        assert "lang" in [r[1] for r in store.db.rows("PRAGMA table_info(articles)")]


@pytest.mark.parametrize("bad", [Migration("0099_broken", ("CREATE TABLE ok_table (x)", "NOT SQL AT ALL"))])
def test_migrations_failing_one_leaves_no_trace(tmp_path: Path, bad: Migration) -> None:
    db = tmp_path / "s.db"
    SQLiteStore(db).close()
    with SQLiteStore(db) as store:
        with pytest.raises(StoreError, match="syntax error"):  # translated, not a bare sqlite3 error
            migrate(store.db, "s.db", MIGRATIONS + (bad,))
        assert bad.name not in applied(store.db)
        assert not store.db.one("SELECT 1 FROM sqlite_master WHERE name = 'ok_table'")


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
    for create in (True, False):
        with pytest.raises(NotAStoreError, match="notes.db: not a Dateline store"):
            SQLiteStore(db, create=create)
    assert db.read_text().startswith("this is a text file")
