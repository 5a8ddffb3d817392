"""Exports read back by the tools people use: pyarrow, DuckDB SQL, polars, pandas; CSV stays flat."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dateline.store.export import TABLES, export
from tests.conftest import ROOT
from tests.store.builders import build
from tests.store.corpus import DOCS, filled_store

EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def parquet_dir(tmp_path_factory: pytest.TempPathFactory, reader) -> Path:
    """Every table of a store holding the test corpus and the examples as really read."""
    out = tmp_path_factory.mktemp("export") / "tables"
    with filled_store(DOCS, ":memory:") as store:
        for path in EXAMPLES:
            text = path.read_text(encoding="utf-8")
            store.add(reader.read(text, id=path.stem), text)
        store.merge()
        assert export(store, "parquet", "all", out) > 0
    return out


def test_export_all_writes_one_parquet_file_per_table(parquet_dir: Path) -> None:
    assert sorted(p.name for p in parquet_dir.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    articles = pq.read_table(parquet_dir / "articles.parquet")
    assert articles.num_rows == len(DOCS) + len(EXAMPLES)
    times = pq.read_table(parquet_dir / "times.parquet").to_pylist()
    n_times = sum(len(r["times"]) for r in articles.to_pylist())
    assert n_times > 0 and len(times) == n_times
    texts = {r["id"]: r["text"] for r in articles.to_pylist()}
    assert all(texts[t["article_id"]][t["start"]:t["end"]] == t["text"] for t in times)


def test_export_parquet_nested_values_are_structs_and_lists(parquet_dir: Path) -> None:
    articles = pq.read_table(parquet_dir / "articles.parquet")
    assert pa.types.is_struct(articles.schema.field("published").type)
    entity = articles.schema.field("entities").type.value_type
    assert pa.types.is_struct(entity)
    mention = entity.field("mentions").type
    assert pa.types.is_list(mention) and pa.types.is_struct(mention.value_type)
    entities = pq.read_table(parquet_dir / "entities.parquet")
    mentions = entities.schema.field("mentions").type
    assert pa.types.is_list(mentions) and pa.types.is_struct(mentions.value_type)
    assert {"article_id", "start", "end", "text", "kind"} <= {f.name for f in mentions.value_type}
    events = pq.read_table(parquet_dir / "events.parquet")
    assert pa.types.is_struct(events.schema.field("sources").type.value_type)


def test_export_parquet_duckdb_sql_reads_entities_mentions(parquet_dir: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    ents = str(parquet_dir / "entities.parquet")
    kind = con.execute(f"SELECT typeof(mentions) FROM '{ents}' LIMIT 1").fetchone()[0]
    assert kind.startswith("STRUCT(") and kind.endswith("[]")  # a list of structs
    rows = con.execute(
        f"SELECT name, m.article_id, m.text FROM (SELECT name, unnest(mentions) AS m FROM '{ents}') "
        "WHERE name = 'Tom Reyes' ORDER BY m.article_id, m.start").fetchall()
    expected = [(e.name, d.id, m.text) for d in DOCS for e in build(d).entities for m in e.mentions
                if "Reyes" in e.name]
    assert sorted(r[1:] for r in rows) == sorted(r[1:] for r in expected)
    # Every mention an export holds points into its article's text.
    arts = str(parquet_dir / "articles.parquet")
    bad = con.execute(
        f"SELECT count(*) FROM (SELECT text AS body, unnest(entities, recursive := false) AS e FROM '{arts}') "
        "CROSS JOIN unnest(e.mentions) AS u(m) WHERE substr(body, m.start + 1, m.end - m.start) <> m.text"
    ).fetchone()[0]
    assert bad == 0
    sources = dict(con.execute(f"SELECT id, published.source FROM '{arts}'").fetchall())
    assert sources[DOCS[0].id] == "given" and sources[EXAMPLES[0].stem] == "inferred"


def test_export_parquet_polars_and_pandas_read_it(parquet_dir: Path) -> None:
    pl = pytest.importorskip("polars")
    pd = pytest.importorskip("pandas")
    frame = pl.read_parquet(parquet_dir / "quotes.parquet")
    assert frame.schema["sources"].__class__.__name__ == "List"
    n_quotes = sum(len(r["quotes"]) for r in pq.read_table(parquet_dir / "articles.parquet").to_pylist())
    assert frame.explode("sources").height == n_quotes  # every quote of every article, once
    df = pd.read_parquet(parquet_dir / "articles.parquet")
    assert list(df["id"])[: len(DOCS)] == [d.id for d in DOCS]
    assert df["published"].iloc[0]["value"] == DOCS[0].published


def test_export_csv_flattens_structs_to_dotted_columns(tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    with filled_store(DOCS, ":memory:") as store:
        export(store, "csv", "articles", out)
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {"published.value", "published.source", "entities"} <= set(rows[0])
    assert rows[0]["published.value"] == DOCS[0].published
    assert json.loads(rows[0]["entities"])[0]["mentions"]  # lists stay JSON in their column


def test_export_parquet_empty_table_has_columns(tmp_path: Path) -> None:
    out = tmp_path / "t.parquet"
    with filled_store((), ":memory:") as store:
        assert export(store, "parquet", "times", out) == 0
    assert "article_id" in pq.read_table(out).column_names
