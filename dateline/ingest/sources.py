"""One entry point for every input: files of any supported kind, directories, standard input.

    for item in iter_inputs(["story.txt", "page.html", "crawl.warc.gz", "feed.jsonl", "corpus/", "-"]):
        ...   # a RawArticle or an ArticleError, one per input record, in a stable order

What a path becomes (decided by its name, else by its first bytes):

| input                | records                         | ``source``          | ``id``                 |
| -------------------- | ------------------------------- | ------------------- | ---------------------- |
| ``.txt``             | one article                     | ``path``            | file stem              |
| ``.html``/``.htm``   | one article (trafilatura)       | ``path``            | file stem              |
| ``.jsonl``           | one per line                    | ``path:line``       | the record's ``id``    |
| ``.json``            | an object, or each of an array  | ``path[N]``         | the record's ``id``    |
| ``.warc[.gz]``       | one per HTML response           | ``path#record-id``  | the WARC-Record-ID     |
| directory            | its files, recursively, sorted  | as above            | relative path, no suffix |
| ``-``                | JSON Lines if its first line is a JSON object, an HTML page if it starts as one, else one article (id ``stdin``) |

Decisions:
- Inside a directory only files with a known suffix are read (a corpus folder holds READMEs,
  images, licence files); the rest, and hidden files and folders, are skipped and counted in
  one log line. A file named explicitly is always read: an unknown suffix is sniffed (WARC,
  HTML, JSON Lines), and plain text is the fallback.
- Inside a directory the id is the path relative to it without the suffix ("2016/story"), so
  two ``story.txt`` in different folders do not share an id; a file named explicitly keeps its
  stem, as ``dateline read story.txt`` always did.
- Nothing raises for one bad input: a missing path, a binary file, a broken WARC is an
  ArticleError in the stream, and the rest goes on. Directory walks do not follow symlinks to
  directories (no loops).
- ``published``, a date given by the user, wins over a page's own date; a JSON record's own
  ``published`` wins over it (the more specific statement). The same for the day of reading
  (``stamp_read_on``): a JSON record's own ``read_on`` wins over ``--read-on``; a WARC page's
  crawl date gives way to an earlier stated day.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from dateline.errors import ArticleError, UnreadableInputError
from dateline.ingest.checks import MAX_INPUT_BYTES, check_size, read_bounded
from dateline.ingest.html import HTML_SUFFIXES, read_html, read_html_file
from dateline.ingest.jsonl import parse_line, parse_lines, read_jsonl
from dateline.ingest.text import TEXT_SUFFIXES, read_text_file, text_article
from dateline.ingest.walk import relative_id, walk
from dateline.ingest.warc import is_warc_path, read_warc
from dateline.types import RawArticle

log = logging.getLogger(__name__)

STDIN = "-"
STDIN_ID = "stdin"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 1024
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")

Record = RawArticle | ArticleError


def iter_inputs(paths: Iterable[str | Path], published: str | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Record]:
    """Stream the articles of every input, in order: a RawArticle or ArticleError per record.

    paths (Iterable[str | Path]): files, directories, or "-" for standard input.
    published (str): a YYYY-MM-DD date given by the user (see the module docstring for which
        date wins); checked by the pipeline, not here.
    stdin (BinaryIO): what "-" reads (default: ``sys.stdin.buffer``); for tests.
    Never raises for a bad input or record: each is an ArticleError in its place.
    """
    for path in paths:
        if str(path) == STDIN:
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, published)
            continue
        p = Path(path)
        if p.is_dir():
            yield from read_directory(p, published)
        else:
            yield from read_file(p, published)


def stamp_read_on(records: Iterable[Record], read_on: str | None) -> Iterator[Record]:
    """Give each article the stated day of reading ``read_on`` (``--read-on``) when it has
    none of its own. ``read_on`` None: the records as they are.

    Decision (which day wins): a JSON record's own ``read_on`` wins, as its own ``published``
    wins over ``--published``: it is said of that article, the flag of a whole input, and a
    flag that is wrong for one record cannot then cut its true date out of its range. A web
    page's crawl date (the ``read_on`` a WARC reader finds on an extracted page: found, not
    stated) gives way to a stated day that is earlier: the page existed on both days.
    """
    for rec in records:
        if read_on is None or isinstance(rec, BaseException) or rec.read_on is not None and (
                not rec.extracted or rec.read_on <= read_on):
            yield rec
        else:
            yield replace(rec, read_on=read_on)


def read_file(path: Path, published: str | None = None, id: str | None = None) -> Iterator[Record]:
    """Yield the records of one file, chosen by its suffix, else by its first bytes."""
    try:
        kind = file_kind(path)
        if kind == "warc":
            yield from read_warc(path, published)
        elif kind == "jsonl":
            yield from read_jsonl(path, published)
        elif kind == "json":
            yield from read_json(path, published)
        elif kind == "html":
            yield read_html_file(path, published, id)
        else:
            yield read_text_file(path, published, id)
    except ArticleError as e:
        yield e
    except OSError as e:  # unreadable mid-way (a file that vanished, a disk error)
        yield UnreadableInputError(f"{path}: cannot read: {e.strerror or e}")


def read_directory(root: Path, published: str | None = None) -> Iterator[Record]:
    """Yield the records of every known file under ``root``, recursively, in ``walk.walk``'s
    order (a folder's files, then its sub-folders, each sorted by name); an unreadable
    folder is an ArticleError in its place."""
    skipped: Counter[str] = Counter()
    for entry in walk(root, skipped):
        if isinstance(entry, ArticleError):
            yield entry
            continue
        kind = suffix_kind(entry)
        rid = relative_id(entry, root) if kind in ("text", "html") else None
        yield from read_file(entry, published, rid)
    if skipped:
        log.warning("%s: skipped %s", root, ", ".join(f"{n} {why}" for why, n in sorted(skipped.items())))


def read_stdin(stream: BinaryIO, published: str | None = None) -> Iterator[Record]:
    """Standard input: JSON Lines when its first non-blank line is a JSON object, an HTML page when
    it begins as one (``<!doctype html>``, ``<html``, ``<head``, ``<body``, a comment then one
    of those), else one plain-text article."""
    head: list[bytes] = []
    for line in iter(lambda: stream.readline(MAX_INPUT_BYTES + 1), b""):
        head.append(line)
        if line.strip():
            break
    if head and _is_json_object(head[-1]):
        yield from parse_lines(stream, "<stdin>", published, first=head)
        return
    # One plain-text article: read at most the limit, so a hostile stream cannot fill memory.
    rest = stream.read(MAX_INPUT_BYTES + 1 - sum(map(len, head)))
    data = b"".join(head) + rest
    try:
        check_size(len(data), "<stdin>", MAX_INPUT_BYTES, STDIN_ID)
        if looks_like_html(data[:SNIFF_BYTES]):
            yield read_html(data, id=STDIN_ID, where="<stdin>", published=published)
        else:
            yield text_article(data, STDIN_ID, "<stdin>", published)
    except ArticleError as e:
        yield e


def file_kind(path: Path) -> str:
    """RETURNS "warc", "jsonl", "html" or "text" for a file, from its name or else its first bytes."""
    kind = suffix_kind(path)
    if kind is not None:
        return kind
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    start = head.lstrip()
    if head.startswith((b"WARC/", GZIP_MAGIC)):  # a gzip of unknown kind: most likely a crawl
        return "warc"
    if looks_like_html(head):
        return "html"
    if start.startswith(b"{") and _is_json_object(head.split(b"\n", 1)[0]):
        return "jsonl"
    return "text"


def looks_like_html(head: bytes) -> bool:
    """RETURNS True when the first bytes of an input are the start of a web page."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    while start.startswith(b"<!--"):  # a page may open with comments before its doctype
        end = start.find(b"-->")
        if end < 0:
            return False
        start = start[end + 3:].lstrip()
    return start.startswith(HTML_STARTS)


def suffix_kind(path: Path) -> str | None:
    """RETURNS the kind of file its name says, or None for a suffix Dateline does not know."""
    if is_warc_path(path):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def read_json(path: Path, published: str | None = None) -> Iterator[Record]:
    """A ``.json`` file: one article object, or an array of them (each checked as a JSONL record
    is); a file that is not one JSON document is read as JSON Lines."""
    data = read_bounded(path)
    try:
        doc = json.loads(data)
    except ValueError:
        yield from read_jsonl(path, published)
        return
    items = doc if isinstance(doc, list) else [doc]
    for n, item in enumerate(items):
        where = f"{path}[{n}]" if isinstance(doc, list) else str(path)
        yield parse_line(json.dumps(item, ensure_ascii=False).encode("utf-8"), where, published)


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError are both ValueErrors
        return False
