"""The checks every reader runs on an article's text before it goes to the pipeline.

One place, so that a ``.txt`` file, an HTML page, a WARC response and a JSON line are refused
for the same reasons with the same codes.
"""

from __future__ import annotations

from pathlib import Path

from dateline.errors import EmptyTextError, TooLargeError, UnreadableInputError
from dateline.ingest.detect import check_not_binary
from dateline.ingest.language import check_english

# An article's text above this many characters is refused before NLP. It matches spaCy's
# nlp.max_length as pipeline/reader.py sets it (10M): a longer text could not be read anyway.
MAX_ARTICLE_CHARS = 10_000_000
# Raw inputs (files, HTML pages, WARC payloads) above this many bytes are refused unread,
# so a hostile 10 GB "article" never reaches memory. HTML is markup-heavy: twice the text cap.
MAX_INPUT_BYTES = 2 * MAX_ARTICLE_CHARS


def screen_text(text: str, where: str, rid: str | None = None) -> str:
    """Check an article's text. RETURNS ``text`` unchanged; raises an ArticleError naming ``where``.

    Refuses empty text (EmptyTextError), decoded binary data (BinaryInputError), text over
    MAX_ARTICLE_CHARS (TooLargeError) and text that is clearly not English (NotEnglishError).
    """
    if not text.strip():
        raise EmptyTextError(f"{where}: article text is empty", rid)
    if len(text) > MAX_ARTICLE_CHARS:
        raise TooLargeError(f"{where}: article text has {len(text):,} characters, "
                            f"over the limit of {MAX_ARTICLE_CHARS:,}", rid)
    check_not_binary(text, where, rid)
    check_english(text, where, rid)
    return text


def check_size(size: int, where: str, limit: int = MAX_INPUT_BYTES, rid: str | None = None) -> None:
    """Raise TooLargeError if an input of ``size`` bytes is over ``limit``, before it is read."""
    if size > limit:
        raise TooLargeError(f"{where}: {size:,} bytes, over the limit of {limit:,}", rid)


def read_bounded(path: Path, limit: int = MAX_INPUT_BYTES, rid: str | None = None) -> bytes:
    """RETURNS the bytes of the file at ``path``, refusing (TooLargeError) one over ``limit``.

    Reads at most ``limit + 1`` bytes whatever the file claims to be, so a device or a pipe
    given as a path (``/dev/zero``, a FIFO) cannot fill memory. Raises UnreadableInputError.
    """
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise UnreadableInputError(f"{path}: cannot read: {e.strerror or e}", rid) from e
    check_size(len(data), str(path), limit, rid)
    return data
