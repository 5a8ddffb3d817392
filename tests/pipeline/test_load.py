"""``dateline load``: contract records with their text are stored and merged, no NLP."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.cli.main import main
from dateline.errors import EmptyTextError, MalformedRecordError
from dateline.pipeline.load import load_paths
from dateline.store import open_store
from tests.store.builders import build
from tests.store.conftest import backend  # noqa: F401 -- every test on SQLite and PostgreSQL
from tests.store.corpus import DOCS
from tests.store.stores import location, new_store


def _records(path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({**build(d).to_dict(), "text": d.text}, ensure_ascii=False) + "\n" for d in DOCS)
    return path


def test_load_equals_adding_the_records(tmp_path: Path) -> None:
    src = _records(tmp_path / "records.jsonl")
    with new_store() as store:
        report = load_paths(store, [src], batch_size=3)
        assert (report.stored, report.skipped, report.errors) == (len(DOCS), 0, 0)
        loaded = store.dump()
        assert load_paths(store, [src]).skipped == len(DOCS)  # a rerun stores nothing new
    with new_store() as store:
        store.add_many([(build(d), d.text) for d in DOCS])
        assert store.dump() == loaded


def test_load_bad_lines_cost_only_themselves(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _records(tmp_path / "records.jsonl")
    good = src.read_text(encoding="utf-8").splitlines()
    no_text = json.loads(good[0])
    del no_text["text"]
    no_text["id"] = "no-text-1"
    lines = [
        good[0],
        "{not json",
        json.dumps({"id": "failed-1", "error": {"code": "E103", "message": "failed-1: empty text"}, "line": 3}),
        json.dumps(no_text),
        json.dumps({**json.loads(good[1]), "entities": "not a list"}),
        *good[2:],
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = location(tmp_path / "s.db")
    assert main(["load", str(src), "--db", db]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith(f"dateline: {len(DOCS) - 1} stored, 0 skipped, 4 errors")
    problems = [line for line in err if line.startswith("dateline: error")]
    # one coded line per bad record, naming the file and line; an error record keeps its own code
    assert problems == [
        f"dateline: error {MalformedRecordError.code}: records.jsonl:2: not a JSON record (JSONDecodeError)",
        f"dateline: error {EmptyTextError.code}: records.jsonl:3: failed-1 not loaded, its reading had failed: failed-1: empty text",
        f"dateline: error {MalformedRecordError.code}: records.jsonl:4: no-text-1 has no text "
        "(write records with: dateline read --jsonl IN --out OUT --with-text)",
        problems[3],
    ]
    assert problems[3].startswith(f"dateline: error {MalformedRecordError.code}: records.jsonl:5: daily-7 is not")
    with open_store(db, create=False) as store:
        assert store.count() == len(DOCS) - 1
        assert store.get("daily-7") is None  # the record with broken entities


def test_load_missing_path_is_one_coded_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", str(tmp_path / "nope.jsonl"), "--db", location(tmp_path / "s.db")]) == 1
    assert capsys.readouterr().err.strip() == f"dateline: error E002: {tmp_path / 'nope.jsonl'}: no such file or directory"


def test_load_of_nothing_but_bad_lines_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The exit rule of read and ingest: no record stored or already there is a failed run."""
    src = tmp_path / "bad.jsonl"
    src.write_text("{not json\n" + json.dumps({"id": "x", "published": None}) + "\n", encoding="utf-8")
    db = location(tmp_path / "s.db")
    assert main(["load", str(src), "--db", db]) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[1] for line in err[:-1]] == [f" error {MalformedRecordError.code}"] * 2
    assert err[-1].startswith("dateline: 0 stored, 0 skipped, 2 errors")
    assert main(["load", str(_records(tmp_path / "good.jsonl")), "--db", db]) == 0
    assert main(["load", str(tmp_path / "good.jsonl"), "--db", db]) == 0  # all already there: done
