"""Decompression bombs, made at run time: small files that unpack to a great deal.

``gzip_bomb(n)`` streams ``n`` bytes of an HTML page (a short head, then spaces) through a
compressor without holding them, so a 1 GB payload costs a megabyte to build and to store.
"""

from __future__ import annotations

import zlib

from tests.ingest.warcgen import Rec, http_response, warc_bytes

HEAD = b"<!doctype html><html><head><title>Pier</title></head><body><p>The pier reopened.</p>"
STEP = 1 << 20


def compressed(n: int, encoding: str = "gzip") -> bytes:
    """RETURNS ``n`` bytes of page compressed with ``gzip``, ``deflate`` (zlib) or ``br``."""
    if encoding == "br":
        import brotli

        c = brotli.Compressor(quality=1)
        parts = [c.process(piece) for piece in _pieces(n)]
        parts.append(c.finish())
        return b"".join(parts)
    z = zlib.compressobj(9, zlib.DEFLATED, 31 if encoding == "gzip" else 15)
    parts = [z.compress(piece) for piece in _pieces(n)]
    parts.append(z.flush())
    return b"".join(parts)


def _pieces(n: int):
    """HEAD, then spaces, ``n`` bytes in all, a megabyte at a time."""
    yield HEAD
    left = n - len(HEAD)
    chunk = b" " * STEP
    while left >= STEP:
        yield chunk
        left -= STEP
    yield b" " * left


def bomb_warc(n: int, encoding: str = "gzip", gzipped: bool = False) -> bytes:
    """A WARC file with one HTML response whose body is ``Content-Encoding: encoding`` and
    unpacks to ``n`` bytes, followed by a small good page (which must still be read)."""
    good = (b"<html><body><p>The harbour council met on Tuesday and agreed to repair the old pier "
            b"by June, and the fishermen of the town said the work was long overdue.</p></body></html>")
    records = [
        Rec("response", "http://example.org/bomb",
            http_response(compressed(n, encoding), extra=(f"Content-Encoding: {encoding}",))),
        Rec("response", "http://example.org/good", http_response(good)),
    ]
    return warc_bytes(records, gzipped=gzipped)
