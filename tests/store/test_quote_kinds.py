"""Quote kinds in the store (issue 16): the kind survives a round trip, a direct and an
indirect quote never merge, queries and exports filter and carry the kind, and a store
written before the kind existed reads its quotes as direct."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.store import SQLiteStore, queries
from dateline.store.errors import BadKindArgError
from dateline.store.export import export
from dateline.store.merge import QuoteIn, merge_quotes
from dateline.store.migrations import MIGRATIONS, applied
from tests.store.kinds import DIRECT, WORDS, article, kinds_store


@pytest.fixture
def store():
    with kinds_store() as s:
        yield s


def test_quote_kinds_round_trip(store) -> None:
    assert [q.kind for q in store.get("daily-2").article.quotes] == ["indirect"]
    assert [q.kind for q in store.get("wire-1").article.quotes] == ["direct"]


def test_quote_kinds_direct_and_indirect_never_merge(store) -> None:
    found = queries.quotes(store, speaker="Nora Park")
    by_kind = {q.kind: sorted(s.article_id for s in q.sources) for q in found}
    assert by_kind == {"direct": ["gazette-3", "wire-1"], "indirect": ["daily-2"]}


@pytest.mark.parametrize("kind", ["direct", "indirect"])
def test_quote_kinds_merge_function_keeps_kinds_apart(kind: str) -> None:
    rows = [QuoteIn("a", 0, WORDS, "E1", kind=kind), QuoteIn("b", 0, WORDS, "E1", kind="indirect"),
            QuoteIn("c", 0, WORDS, "E1", kind="direct")]
    merged = merge_quotes(rows, {("a", "E1"): "g", ("b", "E1"): "g", ("c", "E1"): "g"}, {"g": "Nora Park"})
    assert sorted((g.kind, len(g.members)) for g in merged) == [("direct", 1 + (kind == "direct")),
                                                               ("indirect", 1 + (kind == "indirect"))]


@pytest.mark.parametrize("kind,expected", [("direct", ["direct"]), ("indirect", ["indirect"]),
                                           ("all", ["direct", "indirect"]), (None, ["direct", "indirect"])])
def test_quote_kinds_query_filter(store, kind: str | None, expected: list[str]) -> None:
    assert sorted(q.kind for q in queries.quotes(store, kind=kind)) == expected


def test_quote_kinds_query_bad_kind_is_a_coded_error(store) -> None:
    with pytest.raises(BadKindArgError) as err:
        queries.quotes(store, kind="paraphrase")
    assert err.value.code == "E313" and "paraphrase" in str(err.value)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_quote_kinds_exported(store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"quotes.{fmt}"
    export(store, fmt, "quotes", out)
    if fmt == "jsonl":
        kinds = [json.loads(line)["kind"] for line in out.read_text(encoding="utf-8").splitlines()]
    elif fmt == "csv":
        with out.open(encoding="utf-8", newline="") as fh:
            kinds = [row["kind"] for row in csv.DictReader(fh)]
    else:
        kinds = pq.read_table(out).column("kind").to_pylist()
    assert sorted(kinds) == ["direct", "indirect"]
    # the articles table carries each quote's kind in its contract record
    arts = tmp_path / f"articles.{fmt}"
    export(store, "jsonl", "articles", arts)
    records = [json.loads(line) for line in arts.read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r["quotes"][0]["kind"] for r in records}["daily-2"] == "indirect"


@pytest.mark.sqlite_only
def test_quote_kinds_old_store_reads_quotes_as_direct(tmp_path: Path) -> None:
    # make a store as an older Dateline wrote it: no kind column, no 0003_quote_kind record
    db = tmp_path / "old.db"
    with SQLiteStore(db) as s:
        s.add(article("wire-1", DIRECT, "direct"), DIRECT)
        s.merge()
    conn = sqlite3.connect(db, isolation_level=None)
    for table in ("quotes", "global_quotes"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN kind")
    conn.execute("DELETE FROM migrations WHERE name = '0003_quote_kind'")
    conn.close()
    with SQLiteStore(db) as s:  # what opening it for writing does
        assert applied(s.db) == [m.name for m in MIGRATIONS]
    with SQLiteStore(db) as s:
        assert [q.kind for q in s.get("wire-1").article.quotes] == ["direct"]
        assert [q.kind for q in queries.quotes(s)] == ["direct"]
