"""pipeline/ingest.py with the real pipeline: txt/jsonl/directories, skips before NLP, errors counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import ArticleError, EmptyTextError, InputError, MalformedRecordError
from dateline.pipeline.ingest import check_paths, count_records, ingest_paths
from dateline.store import queries
from tests.store.conftest import backend  # noqa: F401 -- every test on SQLite and PostgreSQL
from tests.store.stores import new_store
from tests.store.texts import article_text, write_jsonl


def _tree(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(article_text(0), encoding="utf-8")
    (root / "sub" / "b.txt").write_text(article_text(1), encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": article_text(2), "published": "2016-04-02"}),
        "{broken json",
        json.dumps({"id": "j3", "text": "   "}),
        json.dumps({"id": "j4", "text": article_text(3), "title": "T", "url": "https://x.example/4"}),
    ]
    (root / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _never() -> None:
    raise AssertionError("the model was loaded although nothing was new")


def test_ingest_directory_counts_and_rerun_skips_before_nlp(tmp_path: Path, reader) -> None:
    root = _tree(tmp_path / "in")
    assert count_records(check_paths([root])) == 6  # two .txt, four .jsonl lines; notes.md is no article
    errors: list[ArticleError] = []
    with new_store(tmp_path / "s.db") as store:
        report = ingest_paths(
            store,
            [root],
            lambda: reader,
            on_outcome=lambda kind, aid, err: errors.append(err) if err is not None else None,
        )
        assert (report.stored, report.skipped, report.errors) == (4, 0, 2)
        assert all("\n" not in e.message for e in errors)
        # each error reaches the caller as itself: its catalogue code, and a message naming the line
        by_code = {e.code: e.message for e in errors}
        assert set(by_code) == {MalformedRecordError.code, EmptyTextError.code}
        assert "c.jsonl:2" in by_code[MalformedRecordError.code]
        assert "c.jsonl:3" in by_code[EmptyTextError.code]
        first = store.dump()
        again = ingest_paths(store, [root], _never)
        assert (again.stored, again.skipped, again.errors) == (0, 4, 2)
        assert store.dump() == first
        stored = store.get("j4")
        assert stored is not None and stored.article.url == "https://x.example/4"
        # no date given: the inferred range is stored (its text names no day of its own: issue 17)
        assert stored.article.published.source != "given" and stored.article.published.earliest is not None


def test_ingest_same_file_twice_in_one_run(tmp_path: Path, reader) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 2)
    with new_store(tmp_path / "s.db") as store:
        report = ingest_paths(store, [src, src], lambda: reader)
        assert (report.stored, report.skipped, report.errors) == (2, 2, 0)


def test_ingest_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        check_paths([tmp_path, tmp_path / "nope"])


def test_ingest_real_read_timeline_smoke(tmp_path: Path, reader) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 6)
    with new_store(tmp_path / "s.db") as store:
        report = ingest_paths(store, [src], lambda: reader)
        assert report.stored == 6 and report.merge is not None and report.merge.articles == 6
        people = queries.entities(store, "PERSON")
        assert people, "the pipeline found no people in six articles about people"
        # Whatever the layers find today, what the store returns must be grounded and ordered.
        for person in people[:3]:
            entries = queries.timeline(store, person.name, type="PERSON")
            keys = [e.earliest or e.date for e in entries]
            assert keys == sorted(keys)
            for e in entries:
                for s in e.sources:
                    text = store.get(s.article_id).text  # type: ignore[union-attr]
                    assert text[s.start : s.end] == s.text


def test_ingest_polnear_smoke(tmp_path: Path, reader, shared: Path) -> None:
    from tests.conftest import polnear_texts

    src = tmp_path / "polnear.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"id": stem, "text": text, "published": stem.split("_")[1]}) + "\n" for stem, text in polnear_texts(shared, "dev", limit=3))
    with new_store(tmp_path / "s.db") as store:
        report = ingest_paths(store, [src], lambda: reader)
        assert (report.stored, report.errors) == (3, 0)
        for stored in store.iter_articles():
            assert stored.article.published.value == stored.article.id.split("_")[1]
        # The exported records are the contract's, and every quote is grounded in its text.
        for stored in store.iter_articles():
            for q in stored.article.quotes:
                assert stored.text[q.start : q.end] == q.text
