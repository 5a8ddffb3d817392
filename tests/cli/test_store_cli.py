"""The store commands end to end: ingest, timeline, quotes, entities, export (and their help)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from dateline.cli.main import main
from dateline.errors import ArticleConflictError, EmptyTextError, MalformedRecordError
from dateline.types import Article
from tests.store.builders import build
from tests.store.corpus import DOCS, filled_store
from tests.store.texts import article_text, write_jsonl


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    filled_store(DOCS, str(path)).close()
    return path


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.mark.parametrize("command", ["ingest", "timeline", "quotes", "entities", "export"])
def test_store_cli_help_has_usage_example(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "Example" in out and f"dateline {command}" in out and "--db" in out


def test_store_cli_timeline_json_and_table(db: Path, capsys) -> None:
    assert main(["timeline", "Tom Reyes", "--db", str(db), "--json"]) == 0
    entries = _json_lines(capsys.readouterr().out)
    assert [e["date"] for e in entries] == ["2016-09-12", "2016-09-12", "2016-09-13"]
    assert {s["article_id"] for e in entries for s in e["sources"]} == {"wire-1", "daily-7", "gazette-3"}
    assert all({"summary", "sentence", "sources"} <= set(e) for e in entries)
    assert main(["timeline", "Tom Reyes", "--db", str(db), "--from", "2016-09-13"]) == 0
    table = capsys.readouterr().out
    assert "2016-09-13" in table and "2016-09-12" not in table and "gazette-3" in table


def test_store_cli_quotes_and_entities(db: Path, capsys) -> None:
    assert main(["quotes", "--db", str(db), "--speaker", "Jane Marlow", "--json", "--limit", "0"]) == 0
    quotes = _json_lines(capsys.readouterr().out)
    assert quotes[0]["speaker"] == "Jane Ellen Marlow" and len(quotes[0]["sources"]) == 2
    assert main(["entities", "--db", str(db), "--type", "person", "--json"]) == 0
    ents = _json_lines(capsys.readouterr().out)
    assert ents[0] == {**ents[0], "name": "Tom Reyes", "n_articles": 3, "n_mentions": 6}
    assert main(["entities", "--db", str(db)]) == 0
    assert "Tom Reyes" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv,message",
    [
        (["timeline", "Nobody", "--db", "{db}"], "no entity named 'Nobody'"),
        (["timeline", "Tom Reyes", "--db", "{db}", "--from", "soon"], "not a date"),
        (["quotes", "--db", "{missing}"], "no such store"),
    ],
)
def test_store_cli_errors_are_one_line(
    db: Path, tmp_path: Path, capsys, argv: list[str], message: str
) -> None:
    missing = tmp_path / "missing.db"
    argv = [a.format(db=db, missing=missing) for a in argv]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not missing.exists()


def test_store_cli_export_jsonl_csv(db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "a.jsonl"
    assert main(["export", "--db", str(db), "--format", "jsonl", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Article.from_dict(r) for r in rows] == [build(d) for d in DOCS]
    assert [r["text"] for r in rows] == [d.text for d in DOCS]
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "csv", "--table", "quotes"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {"id", "text", "speaker", "sources"} <= set(table[0])
    assert sum(len(json.loads(r["sources"])) for r in table) == 6  # every stored quote, once


def test_store_cli_export_parquet(db: Path, tmp_path: Path, capsys) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "e.parquet"
    assert main(["export", "--db", str(db), "--format", "parquet", "--table", "events", "--out", str(out)]) == 0
    assert pq.read_table(out).num_rows == 5
    assert main(["export", "--db", str(db), "--format", "parquet", "--table", "all", "--out",
                 str(tmp_path / "all")]) == 0
    assert main(["export", "--db", str(db), "--format", "jsonl", "--table", "entities"]) == 0
    entities = _json_lines(capsys.readouterr().out)
    assert entities and pq.read_table(tmp_path / "all" / "entities.parquet").num_rows == len(entities)
    assert main(["export", "--db", str(db), "--format", "parquet", "--table", "all"]) == 1
    assert "give --out DIR" in capsys.readouterr().err


def test_store_cli_default_store_is_env_then_cwd(db: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DATELINE_DB", str(db))
    assert main(["entities", "--json"]) == 0
    assert "Tom Reyes" in capsys.readouterr().out
    monkeypatch.delenv("DATELINE_DB")
    monkeypatch.chdir(tmp_path)
    assert main(["entities"]) == 1  # ./dateline.db does not exist here
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "dateline.db" in err
    (tmp_path / "dateline.db").write_bytes(db.read_bytes())
    assert main(["quotes", "--json", "--speaker", "Tom Reyes"]) == 0


def test_store_cli_ingest_twice(tmp_path: Path, reader, monkeypatch, capsys) -> None:
    from dateline.pipeline.reader import Reader

    monkeypatch.setattr(Reader, "load", classmethod(lambda cls, model=None: reader))  # the session's model
    src = write_jsonl(tmp_path / "in.jsonl", 3)
    db = tmp_path / "s.db"
    assert main(["ingest", str(src), "--db", str(db), "--no-progress"]) == 0
    assert "3 stored, 0 skipped, 0 errors" in capsys.readouterr().err
    assert main(["ingest", str(src), "--db", str(db), "--no-progress"]) == 0
    assert "0 stored, 3 skipped, 0 errors" in capsys.readouterr().err
    assert main(["ingest", str(tmp_path / "nope.txt"), "--db", str(db)]) == 1
    assert "no such file" in capsys.readouterr().err


def test_store_cli_ingest_exit_rule_and_error_lines_name_the_input(tmp_path: Path, reader, monkeypatch,
                                                                   capsys) -> None:
    from dateline.pipeline.reader import Reader

    monkeypatch.setattr(Reader, "load", classmethod(lambda cls, model=None: reader))
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    db = tmp_path / "s.db"
    # Nothing could be read: exit 1, as `dateline read` does; the line names the file.
    assert main(["ingest", str(image), "--db", str(db), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if line.startswith("dateline: error E")][0].count(str(image)) == 1
    assert main(["read", str(image)]) == 1
    assert str(image) in capsys.readouterr().err
    # One good article with it: exit 0, and the good one is stored.
    good = tmp_path / "good.txt"
    good.write_text("The council met on Tuesday and approved the new budget for the harbor.", encoding="utf-8")
    assert main(["ingest", str(image), str(good), "--db", str(db), "--no-progress",
                 "--published", "2023-03-14"]) == 0
    assert "1 stored, 0 skipped, 1 error" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--format", "jsonl"]) == 0
    (row,) = _json_lines(capsys.readouterr().out)
    assert row["published"]["value"] == "2023-03-14" and row["published"]["source"] == "given"
    assert main(["ingest", str(good), "--db", str(db), "--published", "2023-02-30"]) == 1
    assert "2023-02-30" in capsys.readouterr().err


def test_store_cli_ingest_progress_and_error_lines(tmp_path: Path, reader, monkeypatch, capsys) -> None:
    from dateline.pipeline.reader import Reader

    monkeypatch.setattr(Reader, "load", classmethod(lambda cls, model=None: reader))
    src = write_jsonl(tmp_path / "in.jsonl", 2)
    with open(src, "a", encoding="utf-8") as f:
        f.write('{"id": "broken", "text": \n')
    assert main(["ingest", str(src), "--db", str(tmp_path / "s.db")]) == 0  # the batch ran
    captured = capsys.readouterr()
    assert captured.out == ""  # progress, errors and counts all go to stderr
    errors = [line for line in captured.err.splitlines() if line.startswith("dateline: error")]
    assert len(errors) == 1 and errors[0].startswith(f"dateline: error {MalformedRecordError.code}: ")
    assert "in.jsonl:3" in errors[0]
    assert "2 stored, 0 skipped, 1 error" in captured.err


def test_store_cli_ingest_error_lines_carry_the_catalogue_code(tmp_path: Path, reader, monkeypatch,
                                                               capsys) -> None:
    """Every per-record line is ``dateline: error E1xx: <input>: <problem>``, the code of its error,
    whether the reader refused the record or the store did (an id already stored with other text)."""
    from dateline.pipeline.reader import Reader

    monkeypatch.setattr(Reader, "load", classmethod(lambda cls, model=None: reader))
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(write_jsonl(tmp_path / "first.jsonl", 1)), "--db", db, "--no-progress"]) == 0
    capsys.readouterr()
    clash = tmp_path / "clash.jsonl"
    clash.write_text(json.dumps({"id": "inv-000", "text": article_text(4)}) + "\n"
                     + json.dumps({"id": "blank", "text": "  "}) + "\n", encoding="utf-8")
    assert main(["ingest", str(clash), "--db", db, "--no-progress"]) == 1  # nothing stored
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("dateline: error")]
    assert len(errors) == 2, errors
    by_code = {line.split(":")[1].split()[-1]: line for line in errors}
    assert set(by_code) == {ArticleConflictError.code, EmptyTextError.code}
    # each names its input: the file and line (and the id the store already holds)
    assert f"{clash}:1: inv-000: " in by_code[ArticleConflictError.code]
    assert f"{clash}:2: " in by_code[EmptyTextError.code]


@pytest.mark.parametrize("first_text,second_text", [(1, 2)])
def test_store_cli_ingest_id_clash_in_one_file_names_the_second_line(tmp_path: Path, reader, monkeypatch, capsys,
                                                                     first_text: int, second_text: int) -> None:
    """Two records of one id in one file: the second, refused by the store, is named by its own
    line (the first's input is not reused for it, nor lost)."""
    from dateline.pipeline.reader import Reader

    monkeypatch.setattr(Reader, "load", classmethod(lambda cls, model=None: reader))
    src = tmp_path / "twice.jsonl"
    src.write_text(json.dumps({"id": "same", "text": article_text(first_text)}) + "\n"
                   + json.dumps({"id": "same", "text": article_text(second_text)}) + "\n", encoding="utf-8")
    assert main(["ingest", str(src), "--db", str(tmp_path / "s.db"), "--no-progress"]) == 0
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("dateline: error")]
    assert errors == [f"dateline: error {ArticleConflictError.code}: {src}:2: same: an article with this id "
                      "and a different text is already stored; kept it"]


@pytest.mark.parametrize(
    "table,key",
    [("entities", "n_mentions"), ("events", "sources"), ("quotes", "speaker"), ("entity_links", "global_id")],
)
def test_store_cli_export_merged_tables(db: Path, capsys, table: str, key: str) -> None:
    assert main(["export", "--db", str(db), "--format", "jsonl", "--table", table]) == 0
    rows = _json_lines(capsys.readouterr().out)
    assert rows and all(key in r for r in rows)


def test_store_cli_export_entity_links_map_every_entity(db: Path, capsys) -> None:
    assert main(["export", "--db", str(db), "--format", "jsonl", "--table", "entity_links"]) == 0
    links = _json_lines(capsys.readouterr().out)
    assert len(links) == sum(len(build(d).entities) for d in DOCS)
    by_local = {(r["article_id"], r["entity_id"]): r["global_id"] for r in links}
    # "Jane Ellen Marlow" (wire-1, E1) and "Jane Marlow" (daily-7, E1) are one global entity.
    assert by_local[("wire-1", "E1")] == by_local[("daily-7", "E1")]
    assert by_local[("wire-1", "E1")] != by_local[("wire-1", "E2")]


@pytest.mark.parametrize("kind,expected", [("indirect", {"indirect"}), ("direct", {"direct"}),
                                           ("all", {"direct", "indirect"})])
def test_store_cli_quotes_kind(tmp_path: Path, capsys, kind: str, expected: set[str]) -> None:
    from tests.store.kinds import kinds_store

    path = tmp_path / "kinds.db"
    kinds_store(str(path)).close()
    assert main(["quotes", "--db", str(path), "--kind", kind, "--json"]) == 0
    assert {q["kind"] for q in _json_lines(capsys.readouterr().out)} == expected
    assert main(["quotes", "--db", str(path), "--kind", kind]) == 0
    table = capsys.readouterr().out
    assert all(k in table for k in expected)


def test_store_cli_quotes_kind_rejects_other_words(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["quotes", "--db", str(tmp_path / "x.db"), "--kind", "paraphrase"])
    assert exit_.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_store_cli_ingest_keeps_the_stated_reading_day(tmp_path: Path, reader, monkeypatch, capsys) -> None:
    from dateline.pipeline.reader import Reader

    monkeypatch.setattr(Reader, "load", classmethod(lambda cls, model=None: reader))
    story = tmp_path / "pier.txt"
    story.write_text("The harbor board opened the new pier in 2019 after a long delay.", encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(story), "--db", str(db), "--no-progress", "--read-on", "2030-01-02"]) == 0
    assert main(["export", "--db", str(db), "--format", "jsonl"]) == 0
    (row,) = _json_lines(capsys.readouterr().out)
    assert (row["published"]["earliest"], row["published"]["latest"]) == ("2019-01-01", "2030-01-02")
    assert main(["ingest", str(story), "--db", str(db), "--read-on", "soon"]) == 1
    assert "--read-on" in capsys.readouterr().err
