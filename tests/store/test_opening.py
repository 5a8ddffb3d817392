"""Opening never writes; reads refuse what is not a current store; backend errors are coded.

The read-only cases run the real CLI in a subprocess. Root (CI) ignores file modes, so
there the commands run under ``setpriv`` without the capabilities that override them
(CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH): a 0444 file in a 0555 directory is then
read-only for root too.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.store import SQLiteStore, open_store, queries
from dateline.store import sqlite as sqlite_backend
from dateline.store.db import Db
from dateline.store.errors import (
    NotAStoreError,
    StoreBusyError,
    StoreCorruptError,
    StoreError,
    StoreOutdatedError,
    StoreReadOnlyError,
)
from dateline.store.migrations import MIGRATIONS, migrate
from tests.store.builders import build
from tests.store.corpus import A1, DOCS

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(db: Path) -> None:
    with open_store(db) as store:
        store.add_many([(build(d), d.text) for d in DOCS])


def test_opening_empty_file_for_reading_is_refused_and_left_empty(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    db.touch()
    with pytest.raises(NotAStoreError, match="empty.db: not a Dateline store .an empty database"):
        open_store(db, create=False)
    assert db.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


def test_opening_foreign_database_is_refused_by_reads_and_writes(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = _digest(db)
    for create in (False, True):
        with pytest.raises(NotAStoreError, match="another program's database .1 tables."):
            open_store(db, create=create)
    assert _digest(db) == before
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["recipes"]


def test_opening_for_reading_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _filled(db)
    before = (_digest(db), db.stat().st_mtime_ns)
    with open_store(db, create=False) as store:
        assert queries.entities(store)
        assert queries.timeline(store, "Tom Reyes")
        assert queries.quotes(store, speaker="Jane Marlow")
        with pytest.raises(StoreError, match="reading only"):
            store.add(build(A1), A1.text)
    assert (_digest(db), db.stat().st_mtime_ns) == before


def test_opening_outdated_store_refused_by_reads_upgraded_by_writes(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    old = Db(sqlite3.connect(db, isolation_level=None), sqlite_backend.DIALECT, sqlite3.Error,
             lambda e: sqlite_backend.translate(e, "old.db"))
    migrate(old, "old.db", MIGRATIONS[:3])  # a store as the version before 0004 wrote it
    old.close()
    before = _digest(db)
    with pytest.raises(StoreOutdatedError, match="old.db: .*lacks 0004_incremental_merge.*dateline rebuild"):
        open_store(db, create=False)
    assert _digest(db) == before
    with open_store(db) as store:  # a command that writes migrates it
        store.add_many([(build(d), d.text) for d in DOCS])
    with open_store(db, create=False) as store:
        assert store.count() == len(DOCS) and store.is_merged()


def test_backend_corrupt_page_is_a_coded_store_error(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _filled(db)
    raw = bytearray(db.read_bytes())
    page = 4096
    for p in range(2, len(raw) // page):  # spoil every page but the header's
        raw[p * page : p * page + 64] = b"\xa5" * 64
    db.write_bytes(bytes(raw))
    with pytest.raises(StoreCorruptError, match="s.db: the store is damaged"), open_store(db, create=False) as store:
        store.check()
        queries.timeline(store, "Tom Reyes")


def test_backend_locked_store_is_a_coded_store_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    _filled(db)
    monkeypatch.setattr(sqlite_backend, "BUSY_TIMEOUT", 0.1)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with SQLiteStore(db) as store, pytest.raises(StoreBusyError, match="locked by another process"):
            store.add_many([(build(d), d.text + " Again.") for d in DOCS[:1]])
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize("code,cls", [(8, StoreReadOnlyError), (11, StoreCorruptError), (5, StoreBusyError)])
def test_backend_error_codes_translate(code: int, cls: type) -> None:
    err = sqlite3.OperationalError("boom")
    err.sqlite_errorcode = code  # type: ignore[attr-defined]
    assert isinstance(sqlite_backend.translate(err, "x.db"), cls)


@pytest.fixture
def read_only_store() -> Iterator[Path]:
    """A store file 0444 in a directory 0555, readable by everyone (``nobody`` included)."""
    top = Path(tempfile.mkdtemp(prefix="dateline-ro-"))
    top.chmod(0o755)
    folder = top / "ro"
    folder.mkdir()
    db = folder / "news.db"
    _filled(db)
    db.chmod(0o444)
    folder.chmod(0o555)
    yield db
    folder.chmod(0o755)
    shutil.rmtree(top)


def _run_as_reader(args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "dateline.cli.main", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to drop root's file-mode override"
        cmd = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", *cmd]
    return subprocess.run(cmd, check=False, cwd="/", env=env, capture_output=True, text=True, timeout=120)


def test_read_only_store_answers_every_query_command(read_only_store: Path, tmp_path: Path) -> None:
    db = str(read_only_store)
    before = _digest(read_only_store)
    out_dir = Path(tempfile.mkdtemp(prefix="dateline-out-"))
    out_dir.chmod(0o777)
    try:
        for args in (
            ["timeline", "Tom Reyes", "--db", db, "--json"],
            ["quotes", "--db", db, "--speaker", "Jane Marlow", "--json"],
            ["quotes", "--db", db, "--about", "Tom Reyes", "--json"],
            ["entities", "--db", db, "--json"],
            ["export", "--db", db, "--format", "jsonl", "--out", str(out_dir / "all.jsonl")],
        ):
            done = _run_as_reader(args)
            assert done.returncode == 0, (args, done.stderr)
            assert done.stdout.strip() or (out_dir / "all.jsonl").stat().st_size > 0, args
    finally:
        shutil.rmtree(out_dir)
    assert _digest(read_only_store) == before
    assert sorted(p.name for p in read_only_store.parent.iterdir()) == ["news.db"]


def test_read_only_store_refuses_a_write_in_one_coded_line(read_only_store: Path) -> None:
    done = _run_as_reader(["rebuild", "--db", str(read_only_store)])
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "dateline: error E307: news.db: the store cannot be written" in done.stderr
