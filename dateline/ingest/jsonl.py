"""JSON Lines input: one article per line (``id``, ``text``; optional ``published``, ``title``, ``url``).

Each line is decoded and parsed on its own, so one bad line (invalid UTF-8, broken JSON,
a missing field) costs that line only: it is yielded as an ArticleError in its place.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.errors import (ArticleError, DecodeError, EmptyTextError, MalformedRecordError,
                             MissingFieldError)
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


def read_jsonl(path: Path | str) -> Iterator[RawArticle | ArticleError]:
    """Yield one RawArticle or ArticleError per line of ``path``, in order."""
    with open(path, "rb") as f:
        yield from parse_lines(f, str(path))


def parse_lines(f: BinaryIO, name: str) -> Iterator[RawArticle | ArticleError]:
    for lineno, raw in enumerate(f, start=1):
        yield parse_line(raw, f"{name}:{lineno}")


def parse_line(raw: bytes, where: str) -> RawArticle | ArticleError:
    """Parse one JSONL line into a RawArticle; RETURNS an ArticleError (never raises) if it is bad."""
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
    text = obj.get("text")
    if text is None:
        return _err(MissingFieldError, where, rid, "record has no 'text'")
    if not isinstance(text, str):
        return _err(MalformedRecordError, where, rid, f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        return _err(EmptyTextError, where, rid, "article text is empty")
    published = obj.get("published")
    return RawArticle(rid, text, str(published) if published not in (None, "") else None,
                      _opt_str(obj.get("title")), _opt_str(obj.get("url")), where)


def _opt_str(v: object) -> str | None:
    return None if v is None else str(v)


def _err(cls: type[ArticleError], where: str, rid: str | None, msg: str) -> ArticleError:
    return cls(f"{where}: {msg}", rid)
