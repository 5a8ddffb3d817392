"""Planning splits on the driver and reading them on workers gives what one reader gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import ArticleError, InputError, MalformedRecordError, UnreadableInputError
from dateline.ingest.jsonl import read_jsonl
from dateline.scale.splits import Split, input_files, plan_splits, read_split, split_size
from dateline.types import RawArticle


def _write_jsonl(path: Path, n: int, bad_at: tuple[int, ...] = (), pad: int = 0) -> Path:
    lines = []
    for i in range(n):
        if i in bad_at:
            lines.append('{"id": "broken", "text": ')  # malformed JSON: an error in its place
        else:
            text = f"Article {i} was written on Monday." + " It rained." * pad
            lines.append(json.dumps({"id": f"a{i}", "text": text}))
    # No newline after the last line: read_jsonl still reads it, so must a split.
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def write_warc(path: Path, n: int) -> Path:
    """A small crawl: ``n`` HTML responses, one article each (written here, no corpus text)."""
    records = []
    for i in range(n):
        body = (f"<html><head><title>Story {i}</title></head><body><article><p>The council of town {i} "
                "met on Tuesday to vote on the harbour bridge, which opened last year after a long "
                "delay.</p></article></body></html>").encode()
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{i:08d}-0000-0000-0000-"
                f"000000000000>\r\nWARC-Target-URI: http://example.com/{i}\r\nWARC-Date: 2021-02-20T10:00:00Z"
                f"\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
        records.append(head.encode() + http + b"\r\n\r\n")
    path.write_bytes(b"".join(records))
    return path


def _key(item: RawArticle | ArticleError) -> tuple:
    if isinstance(item, ArticleError):
        return ("error", item.code, item.message, item.article_id)
    return ("article", item.id, item.text, item.source)


# pad=20000: ~220 KB lines, so splits end across the planner's 1 MB chunks.
@pytest.mark.parametrize("n,per_split,pad", [(1, 1, 0), (10, 3, 0), (10, 10, 0), (10, 100, 0), (7, 1, 0),
                                             (3000, 7, 0), (23, 3, 20000), (23, 7, 20000)])
def test_splits_jsonl_ranges_read_exactly_as_read_jsonl(tmp_path: Path, n: int, per_split: int,
                                                        pad: int) -> None:
    path = _write_jsonl(tmp_path / "in.jsonl", n, bad_at=(n // 2,), pad=pad)
    splits = plan_splits(input_files([path]), actors=2, records_per_split=per_split)
    assert len(splits) == -(-n // per_split)
    got = [item for split in splits for item in read_split(Split.from_dict(split.to_dict()))]
    assert [_key(x) for x in got] == [_key(x) for x in read_jsonl(path)]
    # The source of a record in a later split still names its true line.
    assert any(isinstance(x, MalformedRecordError) and f"in.jsonl:{n // 2 + 1}:" in x.message for x in got)


@pytest.mark.parametrize("n_records,actors,expected", [(84, 2, 11), (10, 8, 1), (10**7, 16, 1000), (0, 2, 1)])
def test_splits_size_spreads_work_over_actors(n_records: int, actors: int, expected: int) -> None:
    assert split_size(n_records, actors) == expected


def test_splits_of_a_folder_read_as_the_local_engine_reads_it(tmp_path: Path) -> None:
    from dateline.ingest.sources import iter_inputs

    corpus = tmp_path / "corpus"
    (corpus / "2016").mkdir(parents=True)
    for i in range(5):
        (corpus / "2016" / f"t{i}.txt").write_text(f"Text {i} was written on Friday.", encoding="utf-8")
    (corpus / "story.txt").write_text("The bridge opened on Monday.", encoding="utf-8")
    (corpus / "page.html").write_text("<html><body><article><p>The council met on Tuesday to vote on the "
                                      "harbour bridge, which opened last year.</p></article></body></html>",
                                      encoding="utf-8")
    (corpus / "notes.md").write_text("not an article", encoding="utf-8")
    (corpus / ".hidden.txt").write_text("not read", encoding="utf-8")
    _write_jsonl(corpus / "feed.jsonl", 7, bad_at=(3,))
    write_warc(corpus / "2016" / "crawl.warc", 3)
    files = input_files([corpus])
    splits = plan_splits(files, actors=1, records_per_split=2)
    # feed.jsonl: 4 line ranges; the WARC: 1; 7 one-article files: 4 groups.
    assert [s.kind for s in splits].count("jsonl") == 4 and len(splits) == 9
    got = [x for s in splits for x in read_split(Split.from_dict(s.to_dict()))]
    assert sorted(map(_key, got)) == sorted(map(_key, iter_inputs([corpus])))
    ids = {x.id for x in got if isinstance(x, RawArticle)}
    assert {"2016/t3", "urn:uuid:00000002-0000-0000-0000-000000000000"} <= ids  # relative id; WARC id


def test_splits_file_gone_before_reading_is_an_error_record(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"t{i}.txt").write_text(f"Text {i} on Friday.", encoding="utf-8")
    splits = plan_splits(input_files([tmp_path]), actors=1, records_per_split=2)
    (tmp_path / "t1.txt").unlink()  # gone between planning and reading
    got = [x for s in splits for x in read_split(s)]
    assert [x.id for x in got if isinstance(x, RawArticle)] == ["t0", "t2"]
    assert isinstance(got[1], UnreadableInputError) and "t1.txt" in got[1].message


@pytest.mark.parametrize("name", ["missing.jsonl"])
def test_splits_missing_input_refused_up_front(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match=name):
        input_files([tmp_path / name])


@pytest.mark.parametrize("case", ["empty dir"])
def test_splits_no_input_files_is_an_input_error(tmp_path: Path, case: str) -> None:
    with pytest.raises(InputError, match="no input files"):
        input_files([tmp_path])
