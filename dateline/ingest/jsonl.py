"""JSON Lines input: one article per line (``id``, ``text``; optional ``published``, ``title``,
``url``, ``read_on``).

Each line is decoded and parsed on its own, so one bad line (invalid UTF-8, broken JSON,
a missing field, a ``published`` or ``read_on`` that is not a date) costs that line only: it is
yielded as an ArticleError in its place.

``read_on`` (YYYY-MM-DD) is the day the record's article was read: no inferred publication
date is later. A record's own day wins over the day stated for the whole input
(``--read-on``, given by ``sources.stamp_read_on``), as its own ``published`` wins over
``--published``: the more specific statement.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.errors import (
    ArticleError,
    DecodeError,
    EmptyTextError,
    MalformedRecordError,
    MissingFieldError,
    TooLargeError,
)
from dateline.ingest.checks import (
    MAX_INPUT_BYTES,
    check_date,
    check_day,
    check_encodable,
    safe_text,
    screen_text,
)
from dateline.types import RawArticle


def count_lines(path: Path) -> int:
    """RETURNS the number of records (lines) in a JSONL file, for progress bars."""
    n = 0
    last = b"\n"
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


def read_jsonl(path: Path | str, published: str | None = None) -> Iterator[RawArticle | ArticleError]:
    """Yield one RawArticle or ArticleError per line of ``path``, in order.

    published (str): a date for records that carry none (a record's own date wins: it is the
    more specific statement).
    """
    with open(path, "rb") as f:
        yield from parse_lines(f, safe_text(str(path)), published)


def parse_lines(f: BinaryIO, name: str, published: str | None = None, first: Iterable[bytes] = ()
                ) -> Iterator[RawArticle | ArticleError]:
    """Yield one record per line of the stream ``f`` (after the lines in ``first``, if any:
    lines a caller already read to sniff the format)."""
    lineno = 0
    for lineno, raw in enumerate(first, start=1):
        yield parse_line(raw, f"{name}:{lineno}", published)
    after_first = lineno + 1
    for lineno, line in enumerate(_bounded_lines(f), start=after_first):
        where = f"{name}:{lineno}"
        if line is None:
            yield TooLargeError(f"{where}: line longer than {MAX_INPUT_BYTES:,} bytes, skipped")
        else:
            yield parse_line(line, where, published)


def _bounded_lines(f: BinaryIO) -> Iterator[bytes | None]:
    """Lines of ``f``; None in place of a line over MAX_INPUT_BYTES, which is skipped unread
    (a hostile file with no newline must not be loaded whole)."""
    while True:
        line = f.readline(MAX_INPUT_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_INPUT_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):  # skip the rest of the long line
            line = f.readline(1 << 20)
        yield None


def parse_line(raw: bytes, where: str, default_published: str | None = None) -> RawArticle | ArticleError:
    """Parse one JSONL line into a RawArticle; RETURNS an ArticleError (never raises) if it is bad.

    The text then goes through ``checks.screen_text`` (binary data, size, language), so a
    record refused there costs its own line only.
    """
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return _err(DecodeError, where, None, f"line is not valid UTF-8 (byte {e.start})")
    if not line.strip():
        return _err(EmptyTextError, where, None, "blank line")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return _err(MalformedRecordError, where, None, f"malformed JSON: {e.msg} at column {e.colno}")
    if not isinstance(obj, dict):
        return _err(MalformedRecordError, where, None, f"expected a JSON object, got {type(obj).__name__}")
    rid = obj.get("id")
    rid = str(rid) if rid is not None else None
    if rid is None:
        return _err(MissingFieldError, where, None, "record has no 'id'")
    try:  # every string of the record must be writable: its id and title end up in output and store
        for field in ("id", "text", "published", "title", "url"):
            value = rid if field == "id" else obj.get(field)
            if isinstance(value, str):
                check_encodable(value, where, safe_text(rid), field=f"'{field}'")
    except ArticleError as e:
        return e
    text = obj.get("text")
    if text is None:
        return _err(MissingFieldError, where, rid, "record has no 'text'")
    if not isinstance(text, str):
        return _err(MalformedRecordError, where, rid, f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        return _err(EmptyTextError, where, rid, "article text is empty")
    try:
        screen_text(text, where, rid)
    except ArticleError as e:
        return e
    published, read_on = obj.get("published"), obj.get("read_on")
    try:
        published = check_date(published, where, rid) if published not in (None, "") else default_published
        read_on = check_day(read_on, where, rid) if read_on not in (None, "") else None
    except ArticleError as e:
        return e
    return RawArticle(rid, text, published, _opt_str(obj.get("title")), _opt_str(obj.get("url")), where,
                      read_on=read_on)


def _opt_str(v: object) -> str | None:
    return None if v is None else str(v)


def _err(cls: type[ArticleError], where: str, rid: str | None, msg: str) -> ArticleError:
    return cls(f"{where}: {msg}", rid)
