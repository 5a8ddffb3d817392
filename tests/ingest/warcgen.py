"""Build small WARC/1.0 files by hand for the tests (no crawl data in the repository).

Each record is ``WARC/1.0`` headers, a blank line, the block, and two CRLFs; a ``.warc.gz`` is
the records gzipped one by one and concatenated, as crawlers write them.
"""

from __future__ import annotations

import gzip
import uuid
from dataclasses import dataclass

CRLF = b"\r\n"


@dataclass(frozen=True)
class Rec:
    """One record to write: its WARC-Type, target URI, date and block."""

    type: str
    uri: str
    block: bytes
    date: str = "2022-04-06T10:00:00Z"
    content_type: str = "application/http; msgtype=response"
    id: str = ""

    def record_id(self) -> str:
        return self.id or f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, self.type + self.uri)}"


def http_response(body: bytes, content_type: str | None = "text/html; charset=utf-8",
                  status: str = "200 OK", extra: tuple[str, ...] = ()) -> bytes:
    """RETURNS an HTTP/1.1 response message (the block of a WARC response record)."""
    lines = [f"HTTP/1.1 {status}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.extend(extra)
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def record_bytes(rec: Rec) -> bytes:
    headers = [
        "WARC/1.0",
        f"WARC-Type: {rec.type}",
        f"WARC-Record-ID: <{rec.record_id()}>",
        f"WARC-Date: {rec.date}",
    ]
    if rec.uri:
        headers.append(f"WARC-Target-URI: {rec.uri}")
    headers += [f"Content-Type: {rec.content_type}", f"Content-Length: {len(rec.block)}"]
    return ("\r\n".join(headers) + "\r\n\r\n").encode("utf-8") + rec.block + CRLF + CRLF


def warc_bytes(records: list[Rec], gzipped: bool = False) -> bytes:
    """RETURNS a WARC file holding ``records`` (each gzipped on its own when ``gzipped``)."""
    parts = [record_bytes(r) for r in records]
    if gzipped:
        parts = [gzip.compress(p, mtime=0) for p in parts]
    return b"".join(parts)
