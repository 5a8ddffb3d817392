"""`dateline ingest --engine ray`: the same pipeline on Ray, loaded into the store."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DATELINE = [sys.executable, "-m", "dateline.cli.main"]
pytestmark = pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                                reason="ray is not installed (pip install 'dateline[ray]')")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(DATELINE + list(args), capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_ingest_on_ray_equals_local_ingest(tmp_path: Path) -> None:
    ray_db, local_db, shards = tmp_path / "ray.db", tmp_path / "local.db", tmp_path / "shards"
    day = ("--read-on", "2030-01-02")  # a stated day of reading: Ray carries it as the local engine does
    proc = run("ingest", "examples", "--engine", "ray", "--actors", "1", "--out", str(shards),
               "--db", str(ray_db), "--no-progress", *day)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert any(shards.glob("*.parquet"))
    proc = run("ingest", "examples", "--db", str(local_db), "--no-progress", *day)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dumps, dates = [], []
    for db in (ray_db, local_db):
        out = run("entities", "--db", str(db), "--json")
        assert out.returncode == 0, out.stderr
        rows = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
        dumps.append(sorted((e["name"], e["type"], e["n_mentions"]) for e in rows))
        out = run("export", "--db", str(db), "--format", "jsonl")
        assert out.returncode == 0, out.stderr
        dates.append(sorted((r["id"], r["published"]) for r in map(json.loads, out.stdout.splitlines())))
    assert dumps[0] == dumps[1] and dumps[0]
    assert dates[0] == dates[1] and {p["latest"] for _, p in dates[0]} == {"2030-01-02"}


@pytest.mark.parametrize("args,needle", [
    (["ingest", "examples", "--out", "/tmp/x"], "only apply with --engine ray"),
    (["ingest", "examples", "--engine", "ray", "--out", "/tmp/x", "--read-on", "2024-02-30"], "--read-on"),
    (["ingest", "examples", "--engine", "ray", "--out", "/tmp/x", "--published", "May 3"], "--published"),
])
def test_ingest_option_errors_are_one_line(args: list[str], needle: str) -> None:
    proc = run(*args)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]


def test_ingest_on_ray_prints_each_bad_record_as_the_local_engine(tmp_path: Path) -> None:
    """Bad lines and an id the store refuses: Ray prints the local engine's coded lines, each
    naming its file and line, and counts them the same."""
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "pier", "text": "The old pier reopened on Saturday after a year of repairs."}),
        '{"id": "cut", "text": ',                                            # E101: not JSON
        json.dumps({"id": "blank", "text": "   "}),                          # E103: empty text
        json.dumps({"id": "when", "text": "A fair opened.", "published": "last May"}),  # E104
        json.dumps({"id": "pier", "text": "A second story under the first one's id, about a ferry."}),  # E330
    ]) + "\n", encoding="utf-8")
    lines, summaries = [], []
    for engine in (["--workers", "1"], ["--engine", "ray", "--actors", "1"]):
        proc = run("ingest", str(src), "--db", str(tmp_path / f"{engine[1]}.db"), "--no-progress", *engine)
        assert proc.returncode == 0, proc.stderr[-2000:]
        lines.append(sorted(line for line in proc.stderr.splitlines() if line.startswith("dateline: error")))
        summaries.append([line for line in proc.stderr.splitlines() if "1 stored, 0 skipped, 4 errors" in line])
    assert lines[1] == lines[0]
    assert [line.split(":")[1] for line in lines[0]] == [" error E101", " error E103", " error E104", " error E330"]
    assert [line.split(": ", 3)[2] for line in lines[0]] == [f"{src}:{n}" for n in (2, 3, 4, 5)]
    assert all(summaries), summaries
