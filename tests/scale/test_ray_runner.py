"""Ray in local mode (2 CPUs) gives exactly the local engine's records, even when an actor dies.

Real Ray, real model. One Ray instance for the module (starting Ray costs seconds); the
fixture shuts it down whatever happens.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dateline.cli.batch import error_record
from dateline.ingest.jsonl import read_jsonl
from dateline.types import Article
from tests.conftest import polnear_texts
from tests.scale.test_splits import write_warc

ray = pytest.importorskip("ray")
pytest.importorskip("pyarrow")

from dateline.scale.parquet import load_parquet_records  # noqa: E402 -- only once ray is there
from dateline.scale.ray_runner import CRASH_ENV, run_on_ray  # noqa: E402

# Two bad lines among the articles: errors must come out as error records, not fail the run.
BAD_LINES = ['{"id": "broken", "text": ', json.dumps({"id": "blank", "text": "   "})]


@pytest.fixture(scope="module")
def ray_local():
    ray.init(num_cpus=2, object_store_memory=256 << 20, include_dashboard=False, logging_level="ERROR")
    try:
        yield ray
    finally:
        ray.shutdown()


# The first DEV_ARTICLES PolNeAR dev articles: real news of every length, enough for several
# splits over two actors; the whole split (84) cost the suite a minute more and showed nothing
# a third of it does not.
DEV_ARTICLES = 30


@pytest.fixture(scope="module")
def dev_jsonl(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """DEV_ARTICLES PolNeAR dev articles as {"id": stem, "text"} lines, with two bad lines inside."""
    lines = [json.dumps({"id": stem, "text": text}) for stem, text in polnear_texts(shared, "dev", DEV_ARTICLES)]
    assert len(lines) == DEV_ARTICLES
    lines[10:10] = BAD_LINES
    path = tmp_path_factory.mktemp("scale") / "dev.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_records(reader, dev_jsonl: Path) -> dict[str, dict]:
    """The local engine's records of dev.jsonl (Reader.read_many), by id (errors: id or line)."""
    out = {}
    for line, result in enumerate(reader.read_many(read_jsonl(dev_jsonl)), start=1):
        record = result.to_dict() if isinstance(result, Article) else _strip(error_record(result, line))
        out[_key(record)] = record
    return out


def _key(record: dict) -> str:
    return record["id"] if record.get("id") is not None else f"<no id> {record['error']['message']}"


def _strip(record: dict) -> dict:
    """An error record without where it was (``line`` locally, ``source`` from Parquet)."""
    return {k: v for k, v in record.items() if k not in ("line", "source")}


@pytest.fixture(scope="module")
def dev_shards(ray_local, dev_jsonl: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Path]:
    """One Ray run over dev.jsonl: (its summary, the folder of its shards)."""
    out = tmp_path_factory.mktemp("shards") / "out"
    return run_on_ray([dev_jsonl], out, actors=2, batch_size=8), out


def test_ray_records_identical_to_local_engine(dev_shards: tuple, local_records: dict, tmp_path: Path) -> None:
    summary, out = dev_shards
    assert (summary.articles, summary.errors) == (DEV_ARTICLES, 2)
    assert summary.splits > 2 and summary.shards >= 1
    records = sorted((_strip(r) for r in load_parquet_records(out)), key=_key)
    assert [_key(r) for r in records] == sorted(local_records)  # every record once, nothing else
    assert records == [local_records[k] for k in sorted(local_records)]
    errors = {r["id"]: r["error"]["code"] for r in records if "error" in r}
    assert errors == {None: "E101", "blank": "E103"}
    # --db: the shards load into the real store, once (a second load skips every text).
    from dateline.scale.parquet import load_into_store
    from dateline.store import open_store

    with open_store(tmp_path / "news.db") as store:
        assert load_into_store(store, out).to_dict() == {"stored": DEV_ARTICLES, "skipped": 0, "errors": 2}
        assert load_into_store(store, out).to_dict() == {"stored": 0, "skipped": DEV_ARTICLES, "errors": 2}
        assert store.count() == DEV_ARTICLES


def test_ray_shards_load_into_postgresql_as_into_sqlite(dev_shards: tuple, tmp_path: Path) -> None:
    # Runs where $DATELINE_TEST_PG names a server (.ci/run starts one); skipped with the reason
    # otherwise (failed under CI=true). Batches of 10: four transactions for 32 rows.
    from dateline.scale.parquet import load_into_store
    from dateline.store import open_store
    from tests.store import stores
    from tests.store.conftest import _server

    _, out = dev_shards
    with open_store(tmp_path / "news.db") as store:
        assert load_into_store(store, out, batch_size=10).to_dict() == {"stored": DEV_ARTICLES, "skipped": 0, "errors": 2}
        expected = store.dump()
    stores.use_postgres(_server())
    try:
        with stores.new_store() as pg:
            assert pg.db.dialect.name == "postgresql"
            assert load_into_store(pg, out, batch_size=10).to_dict() == {"stored": DEV_ARTICLES, "skipped": 0, "errors": 2}
            assert pg.count() == DEV_ARTICLES
            assert pg.dump() == expected
    finally:
        stores.drop_schemas()
        stores.use_sqlite()


def test_ray_actor_killed_mid_run_every_article_exactly_once(ray_local, dev_jsonl: Path, local_records: dict,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    # A prefix of the same file: 20 articles in 5 batches of 4 over 2 actors.
    lines = dev_jsonl.read_text(encoding="utf-8").splitlines()[:22]
    src = tmp_path / "part.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    marker = tmp_path / "crashed"
    monkeypatch.setenv(CRASH_ENV, f"2:{marker}")  # one actor exits hard on its 2nd batch
    summary = run_on_ray([src], tmp_path / "out", actors=2, batch_size=4, max_retries=2)
    assert marker.exists()  # the crash did happen
    ids = Counter(_key(r) for r in load_parquet_records(tmp_path / "out"))
    assert len(ids) == 22 and set(ids.values()) == {1}
    assert (summary.articles, summary.errors) == (20, 2)
    for record in load_parquet_records(tmp_path / "out"):
        if "error" not in record:  # (the malformed line's message names part.jsonl, not dev.jsonl)
            assert record == local_records[record["id"]]


@pytest.mark.parametrize("retries", [0])
def test_ray_actor_killed_without_retries_fails_the_run_in_one_line(ray_local, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    retries: int) -> None:
    from dateline.scale.errors import ScaleError

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "It rained on Monday."}) + "\n", encoding="utf-8")
    monkeypatch.setenv(CRASH_ENV, f"1:{tmp_path / 'crashed'}")
    with pytest.raises(ScaleError, match="the Ray run failed") as info:
        run_on_ray([src], tmp_path / "out", actors=1, batch_size=1, max_retries=retries)
    assert "\n" not in str(info.value)
    assert not list((tmp_path / "out").glob("*.parquet"))  # no half set of shards to load


# No day: only the WARC records' crawl date (2021-02-20) bounds their dates; a stated day bounds
# the others, and the crawl date, earlier, still bounds the WARC records (dateline ingest --read-on);
# a stated publication date goes to every record without one (dateline ingest --published).
@pytest.mark.parametrize(("read_on", "published"), [(None, None), ("2023-06-30", None), (None, "2020-01-05")])
def test_ray_reads_warc_shards_and_folders_as_the_local_engine(ray_local, reader, tmp_path: Path,
                                                               read_on: str | None, published: str | None
                                                               ) -> None:
    from dateline.ingest.sources import iter_inputs, stamp_read_on

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_warc(corpus / "a.warc", 3)
    write_warc(tmp_path / "b.warc", 2)  # a shard named on its own
    (corpus / "note.txt").write_text("The ferry ran again on Sunday.", encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(json.dumps({"id": "mill", "text": "The old mill closed in 2009."}) + "\n"
                                         + json.dumps({"id": "kiln", "text": "The brick kiln was rebuilt.",
                                                       "read_on": "2024-04-01"}) + "\n",  # its own day wins, even over an earlier --read-on
                                         encoding="utf-8")
    inputs = [corpus, tmp_path / "b.warc", tmp_path / "more.jsonl"]
    local = [r.to_dict() for r in reader.read_many(stamp_read_on(iter_inputs(inputs, published), read_on))
             if isinstance(r, Article)]
    summary = run_on_ray(inputs, tmp_path / "out", actors=2, batch_size=2, published=published, read_on=read_on)
    assert (summary.articles, summary.errors) == (8, 0)
    records = sorted(load_parquet_records(tmp_path / "out"), key=_key)
    assert records == sorted(local, key=_key)
    if published is not None:
        assert {(r["published"]["value"], r["published"]["source"]) for r in records} == {(published, "given")}
        return
    latest = {r["id"]: r["published"]["latest"] for r in records}
    assert {latest[r] for r in latest if r.startswith("urn:uuid:")} == {"2021-02-20"}  # the crawl date
    assert (latest["note"], latest["mill"], latest["kiln"]) == (read_on or "2099-12-31",) * 2 + ("2024-04-01",)


@pytest.mark.parametrize("name", ["read_on", "published"])
def test_ray_refuses_a_day_that_is_not_a_date(tmp_path: Path, name: str) -> None:
    from dateline.scale.errors import ScaleError

    with pytest.raises(ScaleError, match=f"{name}: not a YYYY-MM-DD date: '2023-02-30'"):
        run_on_ray([tmp_path], tmp_path / "out", **{name: "2023-02-30"})
    assert not (tmp_path / "out").exists()  # refused before anything was made


def test_ray_ingest_without_out_stores_and_leaves_no_shards(ray_local, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse
    import tempfile

    from dateline.cli.ray import add_ray_arguments, ray_options
    from dateline.scale.options import ingest_on_ray
    from dateline.store import open_store

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    write_warc(tmp_path / "c.warc", 2)
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    add_ray_arguments(parser)
    args = parser.parse_args(["--engine", "ray", "--db", str(tmp_path / "news.db"), "--actors", "1"])
    with open_store(args.db) as store:
        summary, load = ingest_on_ray(ray_options(args), [tmp_path / "c.warc"], store)
        assert (summary.articles, load.to_dict() if load else None) == (2, {"stored": 2, "skipped": 0,
                                                                              "errors": 0})
        assert store.count() == 2
    assert not list((tmp_path / "tmp").iterdir())  # the temporary shards are gone


def test_ray_error_rows_read_back_as_the_local_engine_met_them(dev_shards: tuple, dev_jsonl: Path) -> None:
    from dateline.cli.options import error_line
    from dateline.errors import ArticleError
    from dateline.scale.parquet import iter_errors

    _, out = dev_shards
    local = [error_line(e.message, None, e.code) for e in read_jsonl(dev_jsonl) if isinstance(e, ArticleError)]
    ray_lines = [error_line(e.message, source, e.code) for e, source in iter_errors(out)]
    assert sorted(ray_lines) == sorted(local) and len(local) == 2
    assert all(f"{dev_jsonl}:{n}: " in line for n, line in zip((11, 12), sorted(local), strict=True))


def test_ray_ingest_without_a_store_tells_each_bad_record(ray_local, tmp_path: Path) -> None:
    from dateline.scale.options import RayOptions, ingest_on_ray

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "The tram line opened on Monday."}) + "\n"
                   + json.dumps({"id": "b", "text": "A fair opened.", "published": "soon"}) + "\n", encoding="utf-8")
    told: list[tuple[str, str, str | None]] = []
    summary, load = ingest_on_ray(RayOptions("ray", out=tmp_path / "out", actors=1), [src],
                                  on_error=lambda e, source: told.append((e.code, e.message, source)))
    assert (summary.articles, summary.errors, load) == (1, 1, None)
    assert told == [("E104", f"{src}:2: 'published' is not a YYYY-MM-DD date: 'soon'", None)]
