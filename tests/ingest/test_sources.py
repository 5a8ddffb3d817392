"""iter_inputs: every kind of input through one entry point, one record per input record."""

from __future__ import annotations

import io
import json
import logging
import os
from pathlib import Path

import pytest

from dateline.errors import ArticleError
from dateline.ingest.sources import file_kind, iter_inputs, stamp_read_on
from dateline.types import RawArticle
from tests.conftest import ROOT
from tests.ingest.warcgen import Rec, http_response, warc_bytes

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
STORY = "The council voted on Tuesday to keep the swimming pool open through the winter, its chair said.\n"


def summary(items: list) -> list[tuple[str, str | None]]:
    """(class name, id) of each item: what the stream held, in order."""
    return [(type(x).__name__, x.id if isinstance(x, RawArticle) else x.article_id) for x in items]


def test_iter_inputs_walks_a_directory_in_sorted_order(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".git").mkdir()
    (root / "z.txt").write_text(STORY)
    (root / "a" / "story.txt").write_text(STORY)
    (root / "b" / "story.txt").write_text(STORY)         # same stem, other folder: other id
    (root / "b" / "deep" / "page.htm").write_bytes((FIXTURES / "ferry.html").read_bytes())
    (root / "b" / "feed.jsonl").write_text(json.dumps({"id": "j1", "text": STORY}) + "\n")
    (root / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # unknown suffix: skipped
    (root / ".git" / "x.txt").write_text(STORY)           # hidden folder: skipped
    (root / ".notes.txt").write_text(STORY)               # hidden file: skipped
    os.mkfifo(root / "b" / "pipe.txt")                     # would block a reader: skipped
    with caplog.at_level(logging.WARNING, logger="dateline.ingest.sources"):
        out = list(iter_inputs([root]))
    assert summary(out) == [("RawArticle", "z"), ("RawArticle", "a/story"), ("RawArticle", "j1"),
                            ("RawArticle", "b/story"), ("RawArticle", "b/deep/page")]
    assert [x.source for x in out] == [str(root / "z.txt"), str(root / "a" / "story.txt"),
                                       f"{root / 'b' / 'feed.jsonl'}:1", str(root / "b" / "story.txt"),
                                       str(root / "b" / "deep" / "page.htm")]
    assert out[4].published == "2022-04-05"
    assert "skipped 1 .jpg, 2 hidden, 1 not a regular file" in caplog.text


def test_iter_inputs_names_an_unreadable_folder(tmp_path: Path, locked: None) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.txt").write_text(STORY)
    out = list(iter_inputs([tmp_path]))
    assert summary(out) == [("RawArticle", "ok"), ("UnreadableInputError", None)]
    assert out[1].message == f"{tmp_path / 'locked'}: cannot read folder: Permission denied"


@pytest.mark.parametrize("payload,expected", [
    (b'{"id": "s1", "text": "The mayor spoke."}\n{"id": "s2"}\nnot json\n',
     [("RawArticle", "s1"), ("MissingFieldError", "s2"), ("MalformedRecordError", None)]),
    (STORY.encode(), [("RawArticle", "stdin")]),
    ('Caf\xe9 owners said \x93yes\x94 on Monday.'.encode("latin-1"), [("RawArticle", "stdin")]),
    (b"", [("EmptyTextError", "stdin")]),
    (b"\x00\x01binary", [("BinaryInputError", "stdin")]),
])
def test_iter_inputs_reads_stdin_as_jsonl_or_one_article(payload: bytes, expected: list) -> None:
    out = list(iter_inputs(["-"], published="2021-05-04", stdin=io.BytesIO(payload)))
    assert summary(out) == expected
    for x in out:
        if isinstance(x, RawArticle):
            assert x.published == "2021-05-04"
    if expected == [("RawArticle", "stdin")] and b"\x93" in payload:
        assert out[0].text == "Café owners said “yes” on Monday."


def test_iter_inputs_jsonl_record_date_wins_over_user_date(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": STORY, "published": "2020-01-02"}) + "\n"
                   + json.dumps({"id": "b", "text": STORY}) + "\n")
    assert [x.published for x in iter_inputs([src], published="2021-05-04")] == ["2020-01-02", "2021-05-04"]


@pytest.mark.parametrize("name,content,kind", [
    ("crawl.bin", warc_bytes([Rec("response", "https://x.example/", http_response(b"<html></html>"))]), "warc"),
    ("crawl.dat", warc_bytes([Rec("response", "https://x.example/", http_response(b"<html></html>"))], True), "warc"),
    ("page", b"  <!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("feed.log", b'{"id": "1", "text": "Hello."}\n', "jsonl"),
    ("notes.md", STORY.encode(), "text"),
    ("story.TXT", b"{not json", "text"),
    ("x.WARC.GZ", b"", "warc"),
])
def test_file_kind_by_suffix_then_by_content(tmp_path: Path, name: str, content: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert file_kind(path) == kind


def test_iter_inputs_turns_every_bad_input_into_one_error(tmp_path: Path) -> None:
    """The hostile corpus: each input costs itself only, each error names it in one line."""
    files = {
        "good.txt": STORY.encode(),
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "binary.txt": bytes(range(256)) * 4,
        "cp1252.txt": "The caf\xe9\x92s owner said \x93we open at noon\x94 on Tuesday.".encode("latin-1"),
        "utf16.txt": "\ufeffThe ferry ran late on Sunday.".encode("utf-16-le"),
        "french.txt": ("Le gouvernement a annoncé mardi que la réforme des retraites serait votée avant la fin "
                       "de l'année, et les syndicats ont été consultés pendant plusieurs semaines mais ils "
                       "refusent toujours le projet. La manifestation prévue jeudi devrait rassembler des milliers "
                       "de personnes dans les rues de Paris et des grandes villes du pays.").encode(),
        "nav.html": (FIXTURES / "nav_only.html").read_bytes(),
        "page.html": (FIXTURES / "byline.html").read_bytes(),
        "broken.warc.gz": b"\x1f\x8b\x08\x00garbage that is not gzip at all",
        "lines.jsonl": b'{"id": "ok", "text": "The mayor spoke."}\n{"id": 7, "text": 12}\n\n{"text": "no id"}\n',
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    paths = [tmp_path / n for n in files] + [tmp_path / "missing.txt", Path("/dev/null")]
    out = list(iter_inputs(paths))
    codes = [x.code if isinstance(x, ArticleError) else "ok" for x in out]
    assert codes == ["ok", "E103", "E103", "E108", "ok", "ok", "E107", "E106", "ok", "E109",
                     "ok", "E101", "E103", "E102", "E109", "E103"]
    assert out[4].text == "The caf\xe9\u2019s owner said \u201cwe open at noon\u201d on Tuesday."
    assert out[5].text == "The ferry ran late on Sunday."
    for x in out:
        if isinstance(x, ArticleError):
            assert "\n" not in x.message and x.message.split(":")[0] in {str(p) for p in paths}


@pytest.mark.parametrize("lead", [b"", b"\n  ", b"<!-- saved page -->\n", b"\xef\xbb\xbf"])
def test_iter_inputs_reads_stdin_html_as_a_page(lead: bytes) -> None:
    page = lead + (FIXTURES / "byline.html").read_bytes()
    (out,) = iter_inputs(["-"], stdin=io.BytesIO(page))
    assert isinstance(out, RawArticle) and out.id == "stdin" and out.extracted
    assert "<" not in out.text and out.title  # the extracted text, not the markup
    assert out.published == "2019-11-14" and out.published_method == "htmldate:metadata"
    # The user's date wins, and is then the user's: no method.
    (given,) = iter_inputs(["-"], published="2021-05-04", stdin=io.BytesIO(page))
    assert given.published == "2021-05-04" and given.published_method is None


def test_iter_inputs_reads_json_files_one_object_or_an_array(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "o1", "text": STORY}, indent=2))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "m1", "text": STORY}, {"id": "m2"}, {"id": "m3", "text": STORY}]))
    out = list(iter_inputs([tmp_path]))
    assert summary(out) == [("RawArticle", "m1"), ("MissingFieldError", "m2"), ("RawArticle", "m3"),
                            ("RawArticle", "o1")]
    assert out[1].message.startswith(f"{many}[1]: ")
    assert not out[0].extracted  # the text is the input as given


@pytest.mark.parametrize("crawled,read_on,expected", [
    (None, "2026-12-01", "2026-12-01"),          # read today: the day of reading
    ("2024-03-05", "2026-12-01", "2024-03-05"),  # crawled before: the page existed then already
    ("2024-03-05", "2020-01-01", "2020-01-01"),  # a stated reading day before the crawl wins
    ("2024-03-05", None, "2024-03-05"),          # no reading day: the records as they are
])
def test_stamp_read_on_keeps_the_earlier_day(crawled: str | None, read_on: str | None, expected: str) -> None:
    err = ArticleError("feed.jsonl:2: bad line", None)
    page = RawArticle("a", "Some text.", read_on=crawled, extracted=True)  # a WARC page and its crawl date
    out = list(stamp_read_on([page, err], read_on))
    assert out[0].read_on == expected and out[1] is err


@pytest.mark.parametrize("stated,read_on,expected", [
    ("2024-03-05", "2026-12-01", "2024-03-05"),  # the record's own day, earlier
    ("2024-03-05", "2020-01-01", "2024-03-05"),  # and later: it is said of this article (as 'published')
    (None, "2020-01-01", "2020-01-01"),          # none of its own: the stated day
])
def test_stamp_read_on_a_record_own_day_wins(stated: str | None, read_on: str, expected: str) -> None:
    out = list(stamp_read_on([RawArticle("a", "Some text.", read_on=stated)], read_on))
    assert out[0].read_on == expected
