"""The checks every reader runs on an article's text before it goes to the pipeline.

One place, so that a ``.txt`` file, an HTML page, a WARC response and a JSON line are refused
for the same reasons with the same codes.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from dateline.errors import (
    BadDateError,
    BinaryInputError,
    EmptyTextError,
    TooLargeError,
    UnencodableTextError,
    UnreadableInputError,
)
from dateline.ingest.detect import check_not_binary
from dateline.ingest.language import check_english

# An article's text above this many characters is refused before NLP. It matches spaCy's
# nlp.max_length as pipeline/reader.py sets it (10M): a longer text could not be read anyway.
MAX_ARTICLE_CHARS = 10_000_000
# Raw inputs (files, HTML pages, WARC payloads) above this many bytes are refused unread,
# so a hostile 10 GB "article" never reaches memory. HTML is markup-heavy: twice the text cap.
MAX_INPUT_BYTES = 2 * MAX_ARTICLE_CHARS
# Prose is words between spaces. A head that is mostly runs of BLOB_RUN_CHARS or more characters
# without whitespace (a base64 blob, a minified script, one letter repeated five million times)
# is not an article; a long URL inside a story is a small share of its head and passes.
BLOB_RUN_CHARS = 200
BLOB_RUN = re.compile(rf"\S{{{BLOB_RUN_CHARS},}}")
BLOB_SAMPLE_CHARS = 8192
MAX_BLOB_SHARE = 0.5
# A given publication date: YYYY-MM-DD (ASCII digits), alone or starting an ISO 8601 timestamp.
DATE_HEAD = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def screen_text(text: str, where: str, rid: str | None = None) -> str:
    """Check an article's text. RETURNS ``text`` unchanged; raises an ArticleError naming ``where``.

    Refuses empty text (EmptyTextError), characters with no UTF-8 form (UnencodableTextError),
    decoded binary data (BinaryInputError), text over MAX_ARTICLE_CHARS (TooLargeError) and
    text that is clearly not English (NotEnglishError).
    """
    if not text.strip():
        raise EmptyTextError(f"{where}: article text is empty", rid)
    if len(text) > MAX_ARTICLE_CHARS:
        raise TooLargeError(f"{where}: article text has {len(text):,} characters, "
                            f"over the limit of {MAX_ARTICLE_CHARS:,}", rid)
    check_encodable(text, where, rid)
    check_not_binary(text, where, rid)
    check_prose(text, where, rid)
    check_english(text, where, rid)
    return text


def check_prose(text: str, where: str, rid: str | None = None) -> None:
    """Raise BinaryInputError if the head of ``text`` is mostly long runs without whitespace."""
    head = text[:BLOB_SAMPLE_CHARS]
    blob = sum(m.end() - m.start() for m in BLOB_RUN.finditer(head))
    if len(head) >= 400 and blob > MAX_BLOB_SHARE * len(head):
        raise BinaryInputError(f"{where}: not prose: {blob / len(head):.0%} of its first {len(head):,} "
                               f"characters are runs of {BLOB_RUN_CHARS} or more without a space", rid)


def check_encodable(value: str, where: str, rid: str | None = None, field: str = "text") -> str:
    """RETURNS ``value`` if it has a UTF-8 form; raises UnencodableTextError naming the first bad
    character. A lone surrogate (``"\\ud800"`` in a JSON line) passes ``json.loads`` but breaks
    spaCy's tokenizer, SQLite and every UTF-8 writer downstream, so it is refused here, once."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        char = value[e.start]
        raise UnencodableTextError(f"{where}: {field} holds U+{ord(char):04X} at index {e.start}, "
                                   "a character with no UTF-8 form (a lone surrogate)", rid) from None
    return value


def safe_text(value: str) -> str:
    """``value`` with any character that has no UTF-8 form written as a ``\\udXXX`` escape: for
    ids and names quoted in messages and error records, which must stay writable."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def is_day(value: object) -> bool:
    """True for a YYYY-MM-DD calendar date (a string of exactly that form)."""
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_day(value: object, what: str, rid: str | None = None, field: str = "read_on") -> str:
    """RETURNS ``value``, a stated day (``read_on``: YYYY-MM-DD, ``is_day``); raises
    BadDateError naming ``what`` and the field for anything else, a timestamp included."""
    if not is_day(value):
        raise BadDateError(f"{what}: '{field}' is not a YYYY-MM-DD date: {_shown(value)}", rid)
    return str(value)


def _shown(value: object) -> str:
    """A bad value as a message quotes it: its repr, at most about 60 characters, writable."""
    if not isinstance(value, str):  # a number or a list in a JSON record: shown as it is
        return safe_text(repr(value)[:60])
    return safe_text(repr(value if len(value) <= 60 else value[:60] + "..."))


def check_date(value: object, what: str, rid: str | None = None) -> str | None:
    """RETURNS the YYYY-MM-DD date of a given publication date, or None for None and "".

    Accepts a calendar date (``2021-02-20``) or an ISO 8601 timestamp that is valid in every
    part (``2021-02-20T10:30:00Z``: its date is kept). Anything else raises BadDateError,
    ``2021-02-20T99:99`` included: a date with garbage after it is not a date to trust.
    """
    if value is None or value == "":
        return None
    s = str(value)
    ok = bool(DATE_HEAD.match(s))
    if ok and len(s) > 10:
        try:
            ok = s[10] in "T " and dt.datetime.fromisoformat(s.replace("z", "Z")) is not None
        except ValueError:
            ok = False
    try:
        if ok:
            return dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    field = "" if what.startswith("--") else "'published' is "  # an option names itself already
    raise BadDateError(f"{what}: {field}not a YYYY-MM-DD date: {_shown(s)}", rid)


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
