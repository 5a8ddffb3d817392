"""Planning splits on the driver and reading them on workers gives what one reader gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import ArticleError, InputError, MalformedRecordError, UnreadableInputError
from dateline.ingest.jsonl import read_jsonl
from dateline.scale.splits import Split, input_files, plan_splits, read_split, split_size
from dateline.types import RawArticle


def _write_jsonl(path: Path, n: int, bad_at: tuple[int, ...] = ()) -> Path:
    lines = []
    for i in range(n):
        if i in bad_at:
            lines.append('{"id": "broken", "text": ')  # malformed JSON: an error in its place
        else:
            lines.append(json.dumps({"id": f"a{i}", "text": f"Article {i} was written on Monday."}))
    # No newline after the last line: read_jsonl still reads it, so must a split.
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _key(item: RawArticle | ArticleError) -> tuple:
    if isinstance(item, ArticleError):
        return ("error", item.code, item.message, item.article_id)
    return ("article", item.id, item.text, item.source)


@pytest.mark.parametrize("n,per_split", [(1, 1), (10, 3), (10, 10), (10, 100), (7, 1)])
def test_splits_jsonl_ranges_read_exactly_as_read_jsonl(tmp_path: Path, n: int, per_split: int) -> None:
    path = _write_jsonl(tmp_path / "in.jsonl", n, bad_at=(n // 2,))
    splits = plan_splits([path], actors=2, records_per_split=per_split)
    assert len(splits) == -(-n // per_split)
    got = [item for split in splits for item in read_split(Split.from_dict(split.to_dict()))]
    assert [_key(x) for x in got] == [_key(x) for x in read_jsonl(path)]
    # The source of a record in a later split still names its true line.
    assert any(isinstance(x, MalformedRecordError) and f"in.jsonl:{n // 2 + 1}:" in x.message for x in got)


@pytest.mark.parametrize("n_records,actors,expected", [(84, 2, 11), (10, 8, 1), (10**7, 16, 1000), (0, 2, 1)])
def test_splits_size_spreads_work_over_actors(n_records: int, actors: int, expected: int) -> None:
    assert split_size(n_records, actors) == expected


def test_splits_txt_files_grouped_and_unreadable_one_is_an_error(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"t{i}.txt").write_text(f"Text {i} on Friday.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    files = input_files([tmp_path])
    assert [f.name for f in files] == [f"t{i}.txt" for i in range(5)]
    splits = plan_splits(files, actors=1, records_per_split=2)
    assert [len(s.paths) for s in splits] == [2, 2, 1]
    (tmp_path / "t3.txt").unlink()  # gone between planning and reading
    got = [x for s in splits for x in read_split(s)]
    assert [x.id for x in got if isinstance(x, RawArticle)] == ["t0", "t1", "t2", "t4"]
    assert isinstance(got[3], UnreadableInputError) and "t3.txt" in got[3].message


@pytest.mark.parametrize("name", ["missing.jsonl", "data.csv"])
def test_splits_bad_input_refused_up_front(tmp_path: Path, name: str) -> None:
    if name.endswith(".csv"):
        (tmp_path / name).write_text("id,text\n", encoding="utf-8")
    with pytest.raises(InputError, match=name):
        input_files([tmp_path / name])


@pytest.mark.parametrize("case", ["empty dir"])
def test_splits_no_input_files_is_an_input_error(tmp_path: Path, case: str) -> None:
    with pytest.raises(InputError, match="no input files"):
        input_files([tmp_path])
