"""One hostile record costs itself only: in the readers, in the Reader, in every command.

Issue 12, item 1: a lone surrogate reached spaCy's tokenizer outside the per-article error
handling and ended the whole batch (``read --jsonl``, ``read --json`` and ``ingest``).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.errors import ArticleError, UnencodableTextError
from dateline.ingest.jsonl import parse_line, read_jsonl
from dateline.types import Article, RawArticle
from tests.conftest import ROOT
from tests.hardening.hostile import GOOD_TEXT, KINDS, good_line, mixed_batch

DATELINE = [sys.executable, "-m", "dateline.cli.main"]


@pytest.mark.parametrize("name,code,line", KINDS, ids=[k[0] for k in KINDS])
def test_each_hostile_line_is_one_coded_error(name: str, code: str, line: bytes) -> None:
    got = parse_line(line, "in.jsonl:7")
    assert isinstance(got, ArticleError), name
    assert got.code == code, got.message
    assert got.message.startswith("in.jsonl:7: ") and "\n" not in got.message
    json.dumps(got.to_dict(), ensure_ascii=False).encode("utf-8")  # writable as it is
    assert got.article_id is None or isinstance(got.article_id, str)
    if got.article_id is not None:
        got.article_id.encode("utf-8")


def test_reader_isolates_a_surrogate_that_bypassed_the_readers(reader) -> None:
    """A RawArticle made in Python (or over HTTP) goes straight to the tokenizer: the Reader
    itself must refuse it, in its place, and read the rest of its batch."""
    raws = [RawArticle(f"a{i}", GOOD_TEXT, "2023-03-02") for i in range(40)]
    raws[5] = RawArticle("bad", "The pier \ud800 reopened.", None)
    raws[9] = RawArticle("bad-id-\udc80", GOOD_TEXT, None)
    raws[33] = RawArticle("bad-title", GOOD_TEXT, None, title="\ud83d")
    out = list(reader.read_many(raws, batch_size=32))
    assert len(out) == 40
    bad = {i: r for i, r in enumerate(out) if isinstance(r, ArticleError)}
    assert sorted(bad) == [5, 9, 33]
    assert {r.code for r in bad.values()} == {"E111"}
    assert bad[9].article_id is not None
    bad[9].article_id.encode("utf-8")
    assert all(isinstance(r, Article) and r.quotes for i, r in enumerate(out) if i not in bad)


def test_a_tokenizer_failure_costs_one_article(reader, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the tokenizer raises on one text, that article gets E199 and the rest are read."""
    real = reader.nlp.tokenizer

    def tokenizer(text: str):
        if "poison" in text:
            raise RuntimeError("tokenizer fault")
        return real(text)

    monkeypatch.setattr(reader.nlp, "tokenizer", tokenizer)
    raws = [RawArticle(f"a{i}", GOOD_TEXT + (" poison" if i == 3 else ""), None) for i in range(6)]
    out = list(reader.read_many(raws))
    assert [isinstance(r, Article) for r in out] == [True, True, True, False, True, True]
    assert out[3].code == "E199" and out[3].article_id == "a3"
    long = RawArticle("long", (GOOD_TEXT + "\n\n") * 150 + "poison", None)  # read chunk by chunk
    monkeypatch.setattr(reader, "chunk_chars", 10_000)
    got = list(reader.read_many([long, raws[0]]))
    assert got[0].code == "E199" and isinstance(got[1], Article)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(DATELINE + list(args), capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)


def _surrogate_file(tmp_path: Path) -> Path:
    lines = [good_line(1), good_line(2),
             b'{"id": "sur", "text": "The pier \\ud800 reopened on Monday."}',
             b'{"id": "sur-\\udfff", "text": "The pier reopened on Monday."}',
             good_line(3)]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    return src


def test_read_jsonl_survives_surrogates(tmp_path: Path) -> None:
    src, out = _surrogate_file(tmp_path), tmp_path / "out.jsonl"
    proc = _run("read", "--jsonl", str(src), "--out", str(out), "--workers", "1", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("error", {}).get("code") for r in rows] == [None, None, "E111", "E111", None]
    assert [r["id"] for r in rows][:3] == ["good-1", "good-2", "sur"]
    assert rows[3]["line"] == 4 and "Traceback" not in proc.stderr


def test_read_json_and_ingest_survive_surrogates(tmp_path: Path) -> None:
    src = _surrogate_file(tmp_path)
    proc = _run("read", "--json", str(src))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(rows) == 5 and [("error" in r) for r in rows] == [False, False, True, True, False]
    assert "Traceback" not in proc.stderr
    db = tmp_path / "news.db"
    proc = _run("ingest", str(src), "--db", str(db), "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert "1 stored, 2 skipped, 2 errors" in proc.stderr and "Traceback" not in proc.stderr
    coded = [line for line in proc.stderr.splitlines() if line.startswith("dateline: error")]
    assert [line.split(":")[1] for line in coded] == [f" error {UnencodableTextError.code}"] * 2
    assert all("in.jsonl:" in line for line in coded)  # each names its input line
    with sqlite3.connect(db) as con:  # the good records are stored (identical texts: one article)
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_batch_with_hostile_lines_stays_aligned(tmp_path: Path, reader, monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch form on a mixed file: one output line per input line, exactly the hostile ones
    as errors with their codes (the by-hand run is 10,000 lines with 50 hostile; see the report)."""
    from dateline.cli.batch import run_batch
    from dateline.pipeline import reader as reader_module

    payload, expected = mixed_batch(340, 34)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(payload)
    monkeypatch.setattr(reader_module.Reader, "load", classmethod(lambda cls, model=None: reader))
    assert run_batch(src, out, progress=False, workers=1) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 340
    errors = {i: r["error"]["code"] for i, r in enumerate(rows, start=1) if "error" in r}
    assert errors == expected
    assert all(r["line"] == i for i, r in enumerate(rows, start=1) if "error" in r)
    assert [r["id"] for i, r in enumerate(rows, start=1) if i not in expected] == \
        [f"good-{i - 1}" for i in range(1, 341) if i not in expected]
    assert len(list(read_jsonl(src))) == 340


def test_ten_thousand_lines_with_hostile_ones_stay_aligned_in_the_reader(tmp_path: Path) -> None:
    """The audit's 10,000-line case, through the JSONL reader (the by-hand run adds the NLP):
    one record per line, the 50 hostile ones errors in their places with their codes."""
    payload, expected = mixed_batch(10_000, 50)
    src = tmp_path / "big.jsonl"
    src.write_bytes(payload)
    records = list(read_jsonl(src))
    assert len(records) == 10_000
    got = {i: r.code for i, r in enumerate(records, start=1) if isinstance(r, ArticleError)}
    assert got == expected
    assert all(r.source == f"{src}:{i}" for i, r in enumerate(records, start=1) if isinstance(r, RawArticle))
