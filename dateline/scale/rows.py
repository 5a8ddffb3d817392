"""Rows between the stages of a distributed run, and of the Parquet output.

Ray Data moves tables, not Python objects, so a RawArticle (or a reader's ArticleError)
travels as an *input row* and a result comes back as an *output row*:

    input row:  id, text, published, title, url, source, published_method, extracted, read_on, error
                (error: JSON or null; extracted: "1" for text extracted from a web page, else null;
                read_on: the day the article is known to have existed, YYYY-MM-DD, or null)
    output row: id, record, error, source, text

``record`` is ``json.dumps(Article.to_dict())``: the contract exactly as ``dateline read``
writes it. Decision: a JSON string, not an Arrow struct. A struct would be unified across
shards (absent keys such as ``title`` turn into nulls, a field added later splits schemas);
a string cannot drift from the contract.
``error`` is ``{"code", "message"}``, as in the batch output. ``text`` is the input text,
kept because the store needs it (content hash, span checks); ``source`` says where the
record came from ("path:line", a WARC record).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from dateline.errors import ArticleError, article_error_class
from dateline.types import Article, RawArticle

INPUT_COLUMNS = ("id", "text", "published", "title", "url", "source", "published_method", "extracted", "read_on",
                 "error")
OUTPUT_COLUMNS = ("id", "record", "error", "source", "text")


def to_input_row(item: RawArticle | ArticleError) -> dict[str, str | None]:
    """RETURNS the input row of a reader's RawArticle or ArticleError."""
    if isinstance(item, ArticleError):
        return {"id": item.article_id, "text": None, "published": None, "title": None, "url": None,
                "source": None, "published_method": None, "extracted": None, "read_on": None,
                "error": json.dumps(item.to_dict(), ensure_ascii=False)}
    return {"id": item.id, "text": item.text, "published": item.published, "title": item.title,
            "url": item.url, "source": item.source, "published_method": item.published_method,
            "extracted": "1" if item.extracted else None, "read_on": item.read_on, "error": None}


def from_input_row(row: dict[str, Any]) -> RawArticle | ArticleError:
    """RETURNS the RawArticle or ArticleError an input row stands for (same code, same message)."""
    if row.get("error"):
        return to_error(json.loads(row["error"]), row.get("id"))
    return RawArticle(row["id"], row["text"], row.get("published"), row.get("title"), row.get("url"),
                      row.get("source"), row.get("published_method"), bool(row.get("extracted")),
                      row.get("read_on"))


def to_output_row(raw: RawArticle | ArticleError, result: Article | ArticleError,
                  keep_text: bool = True) -> dict[str, str | None]:
    """RETURNS the output row of one result; ``raw`` is the input it was read from."""
    source = raw.source if isinstance(raw, RawArticle) else None
    text = raw.text if keep_text and isinstance(raw, RawArticle) else None
    if isinstance(result, ArticleError):
        return {"id": result.article_id, "record": None,
                "error": json.dumps(result.to_dict(), ensure_ascii=False), "source": source, "text": text}
    return {"id": result.id, "record": json.dumps(result.to_dict(), ensure_ascii=False), "error": None,
            "source": source, "text": text}


def to_error(d: dict[str, str], article_id: str | None) -> ArticleError:
    """Rebuild an ArticleError of the right class from ``{"code", "message"}``."""
    cls = article_error_class(d.get("code"))
    err = cls(d.get("message", ""), article_id)
    if cls is ArticleError and d.get("code"):
        err.code = d["code"]  # a code this build does not know: keep it as it came
    return err


def columns(rows: Iterable[dict[str, Any]], names: tuple[str, ...]) -> dict[str, list[Any]]:
    """RETURNS rows as columns (what a Ray batch is), in the order of ``names``."""
    out: dict[str, list[Any]] = {n: [] for n in names}
    for row in rows:
        for n in names:
            out[n].append(row.get(n))
    return out


def iter_rows(batch: dict[str, list[Any]]) -> Iterator[dict[str, Any]]:
    """Yield a columnar batch back as rows."""
    names = list(batch)
    n = len(batch[names[0]]) if names else 0
    for i in range(n):
        yield {k: batch[k][i] for k in names}
