"""An ingest killed with SIGKILL halfway and rerun ends exactly like an uninterrupted one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.pipeline.ingest import ingest_paths
from dateline.store import open_store
from tests.store.stores import location, new_store
from tests.store.texts import write_jsonl

N_ARTICLES = 30
KILL_AFTER = 3  # committed articles before the kill
ROOT = Path(__file__).resolve().parents[2]


def _ingest_cmd(src: Path, db: str) -> list[str]:
    # The real command, as a user runs it; --batch-size 1 commits articles one by one.
    return [
        sys.executable,
        "-m",
        "dateline.cli.main",
        "ingest",
        str(src),
        "--db",
        str(db),
        "--batch-size",
        "1",
        "--no-progress",
    ]


def _count(db: str) -> int:
    """Articles committed so far in the store at ``db`` (0 before it exists), read-only."""
    if not db.startswith("postgresql") and not Path(db).exists():
        return 0
    try:
        with open_store(db, create=False) as store:
            return store.count()
    except DatelineError:  # not made (or not migrated) yet
        return 0


@pytest.mark.parametrize("signal_", [signal.SIGKILL])
def test_kill_rerun_equals_uninterrupted(tmp_path: Path, reader, signal_: int) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", N_ARTICLES)
    killed_db = location(tmp_path / "killed.db")  # a file, or a PostgreSQL schema
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    proc = subprocess.Popen(
        _ingest_cmd(src, killed_db), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    try:
        while _count(killed_db) < KILL_AFTER and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read()!r}"  # type: ignore[union-attr]
        proc.send_signal(signal_)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal_
    at_kill = _count(killed_db)
    assert KILL_AFTER <= at_kill < N_ARTICLES, "the kill did not land halfway"

    rerun = subprocess.run(
        _ingest_cmd(src, killed_db), cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_ARTICLES - at_kill} stored, {at_kill} skipped, 0 errors" in rerun.stderr

    with new_store(tmp_path / "clean.db") as store:
        ingest_paths(store, [src], lambda: reader, batch_size=1)
        clean = store.dump()
    with open_store(killed_db, create=False) as store:
        assert store.count() == N_ARTICLES
        assert store.dump() == clean
