"""The PostgreSQL backend's writer lock is one store's: writers of one schema wait for each
other, writers of two schemas of one database write at the same time."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.store.errors import StoreBusyError
from dateline.store.sql_store import SQLStore
from tests.store.builders import build
from tests.store.corpus import DOCS
from tests.store.stores import new_store

pytestmark = pytest.mark.postgresql_only
SHORT_WAIT_MS = 1500  # a writer that must wait gives up after this, instead of a minute


def _add(store: SQLStore, i: int) -> None:
    doc = DOCS[i]
    assert store.add_many([(build(doc), doc.text)]) == [True]


def test_postgres_two_schemas_write_while_the_other_holds_its_lock(tmp_path: Path) -> None:
    with new_store(tmp_path / "one") as one, new_store(tmp_path / "two") as two:
        two.db.run(f"SET lock_timeout = {SHORT_WAIT_MS}")
        with one.db.transaction():  # one's writer holds its lock until this block ends
            _add(one, 0)
            _add(two, 1)  # another schema: stored now, not after one commits
            assert two.count() == 1
        assert one.count() == 1
        assert one.get(build(DOCS[0]).id) is not None and two.get(build(DOCS[1]).id) is not None


def test_postgres_writers_of_one_schema_wait_for_each_other(tmp_path: Path) -> None:
    with new_store(tmp_path / "one") as first, new_store(tmp_path / "one") as second:
        second.db.run(f"SET lock_timeout = {SHORT_WAIT_MS}")
        with first.db.transaction():
            _add(first, 0)
            with pytest.raises(StoreBusyError, match="locked by another writer"):
                second.add_many([(build(DOCS[1]), DOCS[1].text)])
        _add(second, 1)  # the lock is free once the first writer committed
        assert second.count() == 2
