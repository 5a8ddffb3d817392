"""Plain-text input: a ``.txt`` file is one article; its id is the file name's stem."""

from __future__ import annotations

from pathlib import Path

from dateline.errors import DecodeError, EmptyTextError, InputError
from dateline.types import RawArticle


def read_text_file(path: Path | str, published: str | None = None) -> RawArticle:
    """RETURNS the article in a text file; raises InputError / ArticleError naming the file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"{p}: cannot read: {e.strerror or e}") from e
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DecodeError(f"{p}: not valid UTF-8 (byte {e.start})") from e
    if not text.strip():
        raise EmptyTextError(f"{p}: file is empty")
    return RawArticle(p.stem, text, published, None, None, str(p))
