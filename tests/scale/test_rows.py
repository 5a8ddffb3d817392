"""Rows, Parquet shards, store loading and the CLI options of the Ray engine, without Ray itself."""

from __future__ import annotations

import argparse
import builtins
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.cli.ray import add_ray_arguments, ray_options
from dateline.errors import ArticleError, EmptyTextError, MalformedRecordError, ProcessingError
from dateline.scale.errors import RAY_MISSING, RayMissingError, ScaleError
from dateline.scale.rows import from_input_row, to_input_row, to_output_row
from dateline.types import Article, Published, RawArticle, Time
from tests.conftest import ROOT

ARTICLE = Article("a1", Published("2021-02-20", "given", "2021-02-20", "2021-02-20"),
                  times=(Time(0, 6, "Monday", "DATE", "2021-02-15", "2021-02-15", "2021-02-15", "article"),),
                  title="T")
RAW = RawArticle("a1", "Monday it rained.", "2021-02-20", "T", None, "in.jsonl:1")


@pytest.mark.parametrize("err", [EmptyTextError("in.jsonl:3: article text is empty", "x"),
                                 MalformedRecordError("in.jsonl:4: malformed JSON", None)])
def test_rows_error_passes_through_with_class_code_and_id(err: ArticleError) -> None:
    back = from_input_row(json.loads(json.dumps(to_input_row(err))))
    assert type(back) is type(err)
    assert (back.code, back.message, back.article_id) == (err.code, err.message, err.article_id)


@pytest.mark.parametrize("code", ["E999"])
def test_rows_unknown_error_code_is_kept(code: str) -> None:
    row = {"id": "z", "error": json.dumps({"code": code, "message": "from a newer build"})}
    back = from_input_row(row)
    assert back.to_dict() == {"code": code, "message": "from a newer build"} and back.article_id == "z"


# The second: a page's text with the day it was crawled, which must survive the row (its read_on).
@pytest.mark.parametrize("raw", [RAW, RawArticle("a1", "Monday it rained.", None, None, "http://example.com/a",
                                                 "in.warc:<urn:uuid:1>", None, True, "2021-02-20")])
def test_rows_output_row_holds_the_contract_record_exactly(raw: RawArticle) -> None:
    assert from_input_row(to_input_row(raw)) == raw
    row = to_output_row(raw, ARTICLE)
    assert json.loads(row["record"]) == ARTICLE.to_dict() and row["error"] is None
    assert (row["id"], row["source"], row["text"]) == ("a1", raw.source, raw.text)
    err = to_output_row(raw, ProcessingError("a1: boom", "a1"), keep_text=False)
    assert err["record"] is None and json.loads(err["error"]) == {"code": "E199", "message": "a1: boom"}
    assert err["text"] is None


def _write_shard(out: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from dateline.scale.parquet import output_schema

    rows = [to_output_row(RAW, ARTICLE),
            to_output_row(RAW, ProcessingError("a2: boom", "a2")),
            to_output_row(RawArticle("a3", "Monday it rained.", None, None, None, "in.jsonl:3"),
                          Article("a3", Published.unknown()))]
    out.mkdir()
    pq.write_table(pa.Table.from_pylist(rows, schema=output_schema()), out / "part-0.parquet")


def test_parquet_records_load_back_as_contract_and_error_records(tmp_path: Path) -> None:
    from dateline.scale.parquet import count_rows, load_parquet_records

    _write_shard(tmp_path / "out")
    records = list(load_parquet_records(tmp_path / "out"))
    assert records[0] == ARTICLE.to_dict()
    assert records[1] == {"id": "a2", "error": {"code": "E199", "message": "a2: boom"}, "source": "in.jsonl:1"}
    counts = count_rows(tmp_path / "out")
    assert (counts.articles, counts.errors, counts.shards) == (2, 1, 1)


class FakeStore:
    """The two Store methods loading uses: add_many (one transaction per call; False for a
    text seen before) and merge."""

    def __init__(self) -> None:
        self.texts: dict[str, Article] = {}
        self.merges = 0
        self.transactions: list[int] = []

    def add_many(self, items: list[tuple[Article, str]]) -> list[bool | ArticleError]:
        self.transactions.append(len(items))
        return [self._add(article, text) for article, text in items]

    def _add(self, article: Article, text: str) -> bool | ArticleError:
        if any(a.id == article.id for a in self.texts.values()):
            return ArticleError(f"{article.id}: id already stored with another text", article.id)
        if text in self.texts:
            return False
        self.texts[text] = article
        return True

    def merge(self, force: bool = False) -> None:
        self.merges += 1


def test_parquet_load_into_store_counts_stored_skipped_errors(tmp_path: Path) -> None:
    from dateline.scale.parquet import load_into_store

    _write_shard(tmp_path / "out")
    store = FakeStore()
    load = load_into_store(store, tmp_path / "out")  # type: ignore[arg-type]
    # a1 stored; a2 is an error row; a3 has a1's text: skipped as already stored.
    assert load.to_dict() == {"stored": 1, "skipped": 1, "errors": 1}
    assert store.texts["Monday it rained."] == ARTICLE and store.merges == 1
    assert store.transactions == [2]  # the shard's two articles in one transaction, not one each
    again = FakeStore()
    load_into_store(again, tmp_path / "out", batch_size=1)  # type: ignore[arg-type]
    assert again.transactions == [1, 1]


@pytest.mark.parametrize("argv,problem", [
    (["--engine", "ray", "--out", "d", "--actors", "3", "--ray-batch-size", "8"], None),
    (["--engine", "ray"], "needs --out DIR (where the Parquet shards go) or --db"),
    (["--engine", "ray", "--address", "auto", "--db", "x.db"], "--address needs --out"),
    (["--engine", "ray", "--db", "x.db"], None),  # local: shards in a temporary folder
    (["--engine", "ray", "--out", "d", "--actors", "0"], "--actors must be"),
    (["--actors", "2", "--address", "auto"], "--address, --actors only apply with --engine ray"),
    ([], None),
])
def test_cli_ray_arguments_parse_and_check(argv: list[str], problem: str | None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")  # the ingest command's own option
    add_ray_arguments(parser)
    args = parser.parse_args(argv)
    opts = ray_options(args)
    if problem is None:
        opts.check(has_store=args.db is not None)
        assert opts.engine in ("local", "ray")
    else:
        with pytest.raises(ScaleError, match=re.escape(problem)):
            opts.check(has_store=args.db is not None)


def test_ray_missing_is_one_line_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from dateline.scale import ray_runner

    real_import = builtins.__import__

    def no_ray(name: str, *args, **kwargs):
        if name == "ray" or name.startswith("ray."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    with pytest.raises(RayMissingError) as info:
        ray_runner.run_on_ray([tmp_path], tmp_path / "out", actors=1, batch_size=1)
    assert str(info.value) == RAY_MISSING == 'ray is not installed: pip install "dateline[ray]"'


@pytest.mark.parametrize("module", ["dateline.scale.ray_runner"])
def test_ray_imported_only_by_ray_runner_and_only_when_run(module: str) -> None:
    code = f"import sys, dateline, dateline.cli.ray, dateline.scale.options, {module}; print('ray' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    importers = [p.relative_to(ROOT).as_posix() for p in (ROOT / "dateline").rglob("*.py")
                 if re.search(r"^\s*(import ray|from ray[ .])", p.read_text(encoding="utf-8"), re.MULTILINE)]
    assert importers == ["dateline/scale/ray_runner.py"]


def test_rows_carry_how_a_page_date_was_found_and_that_the_text_was_extracted() -> None:
    page = RawArticle("p1", "The pier reopened on Monday, the harbour board said.", "2021-08-02", "Pier reopens",
                      None, "pages/p1.html", published_method="htmldate:metadata", extracted=True)
    assert from_input_row(json.loads(json.dumps(to_input_row(page)))) == page
