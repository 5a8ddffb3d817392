"""`dateline read --jsonl`: one output line per input line, bad records cost themselves only."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DATELINE = [sys.executable, "-m", "dateline.cli.main"]
GOOD = "The mayor said on Tuesday that the library would reopen in May. “We are ready,” she said."


def batch(tmp_path: Path, payload: bytes, *extra: str) -> tuple[subprocess.CompletedProcess, list[dict]]:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(payload)
    proc = subprocess.run(DATELINE + ["read", "--jsonl", str(src), "--out", str(out), *extra],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return proc, [json.loads(x) for x in lines]


def test_batch_survives_bad_records(tmp_path: Path) -> None:
    good = lambda i: json.dumps({"id": f"ok{i}", "text": GOOD, "published": "2023-03-02"}).encode()  # noqa: E731
    payload = b"\n".join([
        good(1),
        b'{"id": "broken", "text": ',                      # malformed JSON
        json.dumps({"id": "notext"}).encode(),             # no text
        json.dumps({"id": "empty", "text": "  "}).encode(),  # empty text
        b'{"id": "bytes", "text": "caf\xe9 \xff"}',         # invalid UTF-8
        json.dumps({"id": "baddate", "text": GOOD, "published": "March 2"}).encode(),
        good(2),
    ]) + b"\n"
    proc, out = batch(tmp_path, payload, "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert len(out) == 7
    assert [r.get("id") for r in out] == ["ok1", None, "notext", "empty", None, "baddate", "ok2"]
    codes = [r["error"]["code"] if "error" in r else None for r in out]
    assert codes == [None, "E101", "E102", "E103", "E105", "E104", None]
    for r in out:
        if "error" in r:
            assert "\n" not in r["error"]["message"] and r["error"]["message"]
    assert out[0]["quotes"] and out[6]["quotes"]


def test_batch_shows_progress_on_stderr(tmp_path: Path) -> None:
    proc, out = batch(tmp_path, json.dumps({"id": "a", "text": GOOD}).encode() + b"\n")
    assert proc.returncode == 0
    assert "1/1" in proc.stderr and len(out) == 1


@pytest.mark.parametrize("args,needle", [
    (["read", "--jsonl", "/nonexistent/in.jsonl", "--out", "/tmp/x.jsonl"], "no such file"),
    (["read", "--jsonl", "/tmp/in.jsonl"], "go together"),
    (["read"], "nothing to read"),
    (["read", "/nonexistent.txt"], "cannot read"),
])
def test_batch_refuses_to_run_with_one_line(args: list[str], needle: str) -> None:
    proc = subprocess.run(DATELINE + args, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], proc.stderr


# The day of reading: a record's own read_on wins over --read-on, which is the default for the
# records that state none; a read_on that is not a day costs its own line (E104), named.
@pytest.mark.parametrize("flag", [None, "2025-06-30"])
def test_batch_record_states_its_own_reading_day(tmp_path: Path, flag: str | None) -> None:
    text = "The ferry to the island was cancelled after the storm."  # no date in the text
    payload = b"\n".join([
        json.dumps({"id": "own", "text": text, "read_on": "2024-02-10"}).encode(),
        json.dumps({"id": "none", "text": text}).encode(),
        json.dumps({"id": "later", "text": text, "read_on": "2026-01-05"}).encode(),
        json.dumps({"id": "bad", "text": text, "read_on": "10 Feb 2024"}).encode(),
    ]) + b"\n"
    proc, out = batch(tmp_path, payload, "--no-progress", *(("--read-on", flag) if flag else ()))
    assert proc.returncode == 0, proc.stderr
    latest = {r["id"]: r["published"]["latest"] for r in out if "error" not in r}
    assert latest == {"own": "2024-02-10", "none": flag or "2099-12-31", "later": "2026-01-05"}
    assert out[3]["error"]["code"] == "E104" and out[3]["id"] == "bad"
    assert out[3]["error"]["message"] == f"{tmp_path / 'in.jsonl'}:4: 'read_on' is not a YYYY-MM-DD date: '10 Feb 2024'"
    assert "3 articles read, 1 error " in proc.stderr
    # the failed record is also one line on stderr, the same message as in its output line
    assert f"dateline: error E104: {out[3]['error']['message']}" in proc.stderr.splitlines()
