"""WARC input (``.warc``, ``.warc.gz``): every HTML response of a crawl to one article.

Streams with FastWARC, one record at a time: a 10 GB crawl never sits in memory, and a page is
held only while it is extracted (pages over MAX_INPUT_BYTES are refused unread, and a
compressed page is refused as soon as it unpacks past MAX_INPUT_BYTES: ``read_decoded``).

What becomes a record of output:
- an HTTP response with status 2xx whose Content-Type is HTML (or, with no Content-Type, whose
  body starts like HTML) yields one RawArticle or one ArticleError;
- everything else (warcinfo, request, metadata, revisit records; images, scripts, PDFs;
  redirects and error pages) is skipped and counted, and the counts are logged once per file
  (the house rule: one summary, not a line per item). Pass ``skipped=Counter()`` to get them.

Fields: ``id`` is the WARC-Record-ID (``urn:uuid:...``, unique by the standard); ``url`` the
WARC-Target-URI; ``source`` is ``path#record-id``. The WARC-Date is the crawl date, not the
publication date: ``published`` comes from htmldate on the page, and the crawl date is
htmldate's upper bound (``max_date``) and the record's ``read_on``: the page existed that day,
so an article date inferred from its text ends there at the latest (issue 17).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from dateline.errors import ArticleError, EmptyTextError, TooLargeError, UnreadableInputError
from dateline.ingest.checks import MAX_INPUT_BYTES, check_size
from dateline.ingest.html import read_html
from dateline.types import RawArticle

log = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
WARC_SUFFIXES = (".warc", ".warc.gz")
# How an HTML body without a Content-Type starts (lower-cased, after leading whitespace).
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<?xml")
READ_STEP = 1 << 20  # bytes of unpacked body read at a time


def is_warc_path(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path | str, published: str | None = None,
              skipped: Counter[str] | None = None) -> Iterator[RawArticle | ArticleError]:
    """Yield a RawArticle or ArticleError per HTML response of the WARC file at ``path``.

    path (Path | str): a ``.warc`` file, plain or gzipped (detected from the bytes).
    published (str): a date given by the user; wins over every page's own.
    skipped (Counter): if given, counts the records skipped, by reason.
    Never raises for a bad record; a file that cannot be opened, is empty, is not a WARC file
    or breaks off mid-stream yields one ArticleError and ends.
    """
    from fastwarc.warc import ArchiveIterator

    p = Path(path)
    skipped = Counter() if skipped is None else skipped
    try:
        f = open(p, "rb")  # noqa: SIM115 -- closed by `with f` below; a generator yields, not raises, the error
    except OSError as e:
        yield UnreadableInputError(f"{p}: cannot read: {e.strerror or e}")
        return
    n_records = 0
    with f:
        if not f.peek(1):
            yield EmptyTextError(f"{p}: file is empty")
            return
        # quirks_mode: real crawls hold LF-only headers and other small sins; read what we can.
        # HTTP headers are parsed per record (in _classify), so a bad one costs that record only.
        records = iter(ArchiveIterator(f, parse_http=False, quirks_mode=True))
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as e:  # truncated gzip, garbage mid-file: the rest is lost
                yield UnreadableInputError(f"{p}: WARC stream broken after {n_records} records: "
                                           f"{type(e).__name__}: {_first_line(e)}")
                return  # one error for the file, not a second "no records" one
            n_records += 1
            try:
                reason, head = _classify(record)
            except Exception as e:  # HTTP headers FastWARC cannot parse
                yield _bad_http(record, p, e)
                continue
            if reason is not None:
                skipped[reason] += 1
                continue
            yield _read_response(record, p, published, head)
    if n_records == 0:
        yield UnreadableInputError(f"{p}: not a WARC file (no WARC records found)")
    if skipped:
        log.info("%s: %d records read, skipped: %s", p, n_records,
                 ", ".join(f"{n} {why}" for why, n in sorted(skipped.items())))


def _classify(record) -> tuple[str | None, bytes]:  # record: fastwarc WarcRecord
    """RETURNS (why the record is not an article or None, the body bytes already read to tell)."""
    from fastwarc.warc import WarcRecordType

    if record.record_type != WarcRecordType.response:
        return f"{record.headers.get('WARC-Type', 'untyped')} record", b""
    # auto_decode="all": undo Content-Encoding (gzip, br) and chunked Transfer-Encoding.
    record.parse_http(auto_decode="all", quirks_mode=True)
    if not record.is_http or record.http_headers is None:
        return "non-HTTP response", b""
    status = record.http_headers.status_code
    if status is None or not 200 <= status < 300:
        return f"HTTP status {status}", b""
    ctype = (record.http_content_type or "").lower()
    if ctype:
        return (None if ctype in HTML_TYPES else f"{ctype} response"), b""
    # No Content-Type: sniff the body's start, as browsers do.
    head = record.reader.read(512)
    return (None if head.lstrip().lower().startswith(HTML_STARTS) else "untyped non-HTML response"), head


def _read_response(record, path: Path, published: str | None, head: bytes = b""
                   ) -> RawArticle | ArticleError:
    """One HTML response to a RawArticle, or the ArticleError that says why it is not one."""
    rid = _record_id(record)
    where = f"{path}#{rid}"
    url = record.headers.get("WARC-Target-URI") or None
    try:
        check_size(len(head) + record.content_length, where, MAX_INPUT_BYTES, rid)  # as stored
        data = head + read_decoded(record, MAX_INPUT_BYTES - len(head), where, rid)  # as unpacked
        _check_complete(record, data, where, rid)
        crawled = record.record_date.date() if record.record_date else None
        return read_html(data, id=rid, where=where, url=url, published=published,
                         charset=record.http_charset, crawled=crawled)
    except ArticleError as e:
        e.article_id = e.article_id or rid
        return e
    except Exception as e:  # a payload the HTTP decoder chokes on (bad gzip body ...)
        return UnreadableInputError(f"{where}: cannot read the page: {type(e).__name__}: {_first_line(e)}", rid)


def read_decoded(record, limit: int, where: str, rid: str) -> bytes:  # record: fastwarc WarcRecord
    """RETURNS the body of ``record`` as its HTTP encodings unpack it, at most ``limit`` bytes.

    FastWARC undoes Content-Encoding (gzip, deflate, br) as the body is read, so the body is
    read in steps and refused (TooLargeError) as soon as it unpacks past ``limit``: a 1 MB
    response that would unpack to 1 GB costs ``limit`` bytes, not a gigabyte, and the rest
    is never unpacked. The size checked before (``content_length``) is the size as stored.
    """
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = record.reader.read(min(READ_STEP, limit + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            encoding = (record.http_headers.get("Content-Encoding") or "").strip() or "none"
            raise TooLargeError(f"{where}: the page unpacks to more than {limit:,} bytes "
                                f"(Content-Encoding: {encoding[:40]}); refused unread past that", rid)


def _check_complete(record, data: bytes, where: str, rid: str) -> None:
    """Raise UnreadableInputError if the body is shorter than its HTTP Content-Length.

    FastWARC hands out the last record of a truncated file as if it were whole; reading half a
    page as an article would be silent loss. Only checkable when the body was not re-encoded
    in transit (no Content-Encoding / Transfer-Encoding), the common case in crawls.
    """
    headers = record.http_headers
    declared = (headers.get("Content-Length") or "").strip()
    if headers.get("Content-Encoding") or headers.get("Transfer-Encoding") or not declared.isdigit():
        return
    if len(data) < int(declared):
        raise UnreadableInputError(f"{where}: truncated record: {len(data):,} of {int(declared):,} "
                                   "bytes of the page", rid)


def _bad_http(record, path: Path, e: Exception) -> ArticleError:
    rid = _record_id(record)
    return UnreadableInputError(f"{path}#{rid}: unreadable HTTP response: {type(e).__name__}: "
                                f"{_first_line(e)}", rid)


def _record_id(record) -> str:
    return (record.record_id or "").strip("<>") or f"record@{record.stream_pos}"


def _first_line(e: BaseException) -> str:
    return (str(e).splitlines() or [""])[0][:200]
