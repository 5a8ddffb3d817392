"""WARC files: HTML responses become articles, everything else is skipped and counted."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from dateline.errors import ArticleError, EmptyTextError, NoArticleError, UnreadableInputError
from dateline.ingest.warc import read_warc
from dateline.types import RawArticle
from tests.conftest import ROOT
from tests.ingest.warcgen import Rec, http_response, warc_bytes

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
FERRY = (FIXTURES / "ferry.html").read_bytes()
BYLINE = (FIXTURES / "byline.html").read_bytes()
LEGACY = (FIXTURES / "legacy.html").read_bytes()
NAV = (FIXTURES / "nav_only.html").read_bytes()


def crawl() -> tuple[list[Rec], list[tuple[str, str | None]]]:
    """A 20-record crawl, and the (url, published) of each record that must become an article
    (None where it must become an error instead), in order."""
    records = [Rec("warcinfo", "", b"software: dateline-tests\r\nformat: WARC File Format 1.0\r\n",
                   content_type="application/warc-fields")]
    expected: list[tuple[str, str | None]] = []
    for i in range(6):
        url = f"https://news.example/{i}"
        records.append(Rec("request", url, f"GET /{i} HTTP/1.1\r\nHost: news.example\r\n\r\n".encode(),
                           content_type="application/http; msgtype=request"))
        page = (FERRY, BYLINE, LEGACY)[i % 3]
        ctype = "text/html; charset=iso-8859-1" if page is LEGACY else "text/html; charset=utf-8"
        records.append(Rec("response", url, http_response(page, ctype), date=f"2023-0{i + 1}-02T09:00:00Z"))
        expected.append((url, ("2022-04-05", "2019-11-14", None)[i % 3]))
    records += [
        Rec("response", "https://news.example/logo.png", http_response(b"\x89PNG\r\n\x1a\n\0\0", "image/png")),
        Rec("response", "https://news.example/app.js", http_response(b"var x = 1;", "application/javascript")),
        Rec("response", "https://news.example/old", http_response(b"", None, "301 Moved Permanently",
                                                                  ("Location: /new",))),
        Rec("response", "https://news.example/gone", http_response(b"<html>gone</html>", status="404 Not Found")),
        Rec("metadata", "https://news.example/0", b"fetchTimeMs: 120\r\n", content_type="application/warc-fields"),
        Rec("response", "https://news.example/menu", http_response(NAV)),       # HTML, but no article
        Rec("response", "https://news.example/untyped", http_response(FERRY, None)),  # sniffed as HTML
    ]
    expected += [("https://news.example/menu", "error"), ("https://news.example/untyped", "2022-04-05")]
    return records, expected


@pytest.mark.parametrize("gzipped", [False, True])
def test_read_warc_yields_one_record_per_html_response(tmp_path: Path, gzipped: bool) -> None:
    records, expected = crawl()
    assert len(records) == 20
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(warc_bytes(records, gzipped))
    skipped: Counter[str] = Counter()
    out = list(read_warc(path, skipped=skipped))
    assert len(out) == len(expected) == 8
    responses = [r for r in records if r.type == "response" and r.uri in {u for u, _ in expected}]
    for item, (url, published), rec in zip(out, expected, responses, strict=True):
        rid = rec.record_id()
        if published == "error":
            assert isinstance(item, NoArticleError) and item.article_id == rid
            assert item.message.startswith(f"{path}#{rid}: ")
            continue
        assert isinstance(item, RawArticle)
        assert (item.id, item.url, item.source) == (rid, url, f"{path}#{rid}")
        assert item.published == published  # the page's date, never the WARC-Date (2023)
        assert item.read_on == rec.date[:10]  # the crawl date: the page existed then (issue 17)
        assert "said" in item.text
    assert skipped == Counter({"request record": 6, "warcinfo record": 1, "metadata record": 1,
                               "image/png response": 1, "application/javascript response": 1,
                               "HTTP status 301": 1, "HTTP status 404": 1})


def test_read_warc_user_date_wins(tmp_path: Path) -> None:
    path = tmp_path / "c.warc"
    path.write_bytes(warc_bytes([Rec("response", "https://x.example/a", http_response(FERRY))]))
    [item] = read_warc(path, published="2022-04-09")
    assert isinstance(item, RawArticle) and item.published == "2022-04-09"


def test_read_warc_decodes_charset_from_http_header(tmp_path: Path) -> None:
    page = ("<html><body><article><p>\x93We will rebuild the pier,\x94 the harbour master said on "
            "Monday, standing beside the wreck of the old one.</p></article></body></html>").encode("latin-1")
    path = tmp_path / "c.warc"
    path.write_bytes(warc_bytes([Rec("response", "https://x.example/a", http_response(page, "text/html; charset=windows-1252"))]))
    [item] = read_warc(path)
    assert isinstance(item, RawArticle) and item.text.startswith("“We will rebuild the pier,”")


@pytest.mark.parametrize("gzipped", [False, True])
def test_read_warc_reports_a_truncated_last_record(tmp_path: Path, gzipped: bool) -> None:
    records = [Rec("response", f"https://x.example/{i}", http_response(FERRY)) for i in range(3)]
    data = warc_bytes(records, gzipped)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: len(data) - 200])
    out = list(read_warc(path))
    assert [type(x).__name__ for x in out] == ["RawArticle", "RawArticle", "UnreadableInputError"]
    assert "truncated record" in out[2].message and out[2].article_id == records[2].record_id()


@pytest.mark.parametrize("content,error,needle", [
    (b"", EmptyTextError, "file is empty"),
    (b"This is a plain note, not a crawl.\n" * 20, UnreadableInputError, "not a WARC file"),
])
def test_read_warc_refuses_a_file_that_is_no_warc(tmp_path: Path, content: bytes, error: type,
                                                  needle: str) -> None:
    path = tmp_path / "x.warc"
    path.write_bytes(content)
    [item] = read_warc(path)
    assert isinstance(item, error) and needle in item.message and str(path) in item.message


def test_read_warc_names_a_missing_file(tmp_path: Path) -> None:
    [item] = read_warc(tmp_path / "nope.warc.gz")
    assert isinstance(item, ArticleError) and item.code == "E109" and "cannot read" in item.message


def test_read_warc_streams_without_loading_the_file(tmp_path: Path) -> None:
    # 10 MB of crawl (mostly images, skipped) must be read with a small fraction of that in
    # memory: a crawl larger than memory is read record by record.
    import tracemalloc

    blob = http_response(bytes(range(256)) * 8, "image/jpeg")  # 2 KB each
    records = [Rec("response", "https://x.example/a", http_response(FERRY))]
    records += [Rec("response", f"https://x.example/{i}.jpg", blob) for i in range(5000)]
    records += [Rec("response", "https://x.example/z", http_response(BYLINE))]
    path = tmp_path / "big.warc"
    path.write_bytes(warc_bytes(records))
    assert path.stat().st_size > 10_000_000
    skipped: Counter[str] = Counter()
    tracemalloc.start()
    try:
        urls = [item.url for item in read_warc(path, skipped=skipped)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert urls == ["https://x.example/a", "https://x.example/z"]
    assert skipped == Counter({"image/jpeg response": 5000})
    assert peak < 2_000_000, f"peak Python memory {peak:,} bytes while reading a 10 MB crawl"


def test_read_warc_bad_http_costs_one_record_and_encodings_are_undone(tmp_path: Path) -> None:
    import gzip

    records = [
        Rec("response", "https://x.example/1", b"NOT HTTP AT ALL\r\n" + b"x" * 100_000 + b"\r\n\r\nbody"),
        Rec("response", "https://x.example/2", http_response(gzip.compress(FERRY), extra=("Content-Encoding: gzip",))),
    ]
    path = tmp_path / "c.warc"
    path.write_bytes(warc_bytes(records))
    bad, good = read_warc(path)
    assert isinstance(bad, UnreadableInputError) and "unreadable HTTP response" in bad.message
    assert bad.article_id == records[0].record_id()
    assert isinstance(good, RawArticle) and good.published == "2022-04-05" and "ferry" in good.text
