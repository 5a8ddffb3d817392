"""Plain-text input: a ``.txt`` file is one article; its id is the file name's stem.

The file is decoded by ``detect.decode_bytes`` (BOM, UTF-8, then windows-1252/latin-1) and
checked by ``checks.screen_text``; the text is otherwise kept byte for byte (no newline or
Unicode normalisation), so offsets point into the file as a UTF-8 reader sees it.
"""

from __future__ import annotations

from pathlib import Path

from dateline.errors import EmptyTextError
from dateline.ingest.checks import MAX_ARTICLE_CHARS, read_bounded, screen_text
from dateline.ingest.detect import decode_bytes
from dateline.types import RawArticle

TEXT_SUFFIXES = (".txt", ".text")


def read_text_file(path: Path | str, published: str | None = None, id: str | None = None) -> RawArticle:
    """RETURNS the article in a text file; raises an ArticleError naming the file.

    path (Path | str): the file.
    published (str): the article's date, if the user gave one.
    id (str): the article id (default: the file name's stem).
    """
    p = Path(path)
    rid = id or p.stem
    # A UTF-8 text of MAX_ARTICLE_CHARS characters has at most 4 bytes a character.
    data = read_bounded(p, 4 * MAX_ARTICLE_CHARS, rid)
    return text_article(data, rid, str(p), published)


def text_article(data: bytes, rid: str, where: str, published: str | None = None) -> RawArticle:
    """RETURNS the article held by the bytes of a plain-text input; raises an ArticleError."""
    if not data.strip():
        raise EmptyTextError(f"{where}: file is empty", rid)
    decoded = decode_bytes(data, where, rid=rid)
    try:
        text = screen_text(decoded.text, where, rid)
    except EmptyTextError:
        raise EmptyTextError(f"{where}: file is empty", rid) from None
    return RawArticle(rid, text, published, None, None, where)
