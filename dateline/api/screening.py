"""A pasted article (``POST /v1/read``) is screened as every reader screens its input.

The CLI and ingest refuse NUL bytes, binary data, text with no UTF-8 form, blobs and text
that is clearly not English (``dateline.ingest.checks.screen_text``); the API refuses the
same, with the same codes (E107, E108, E110, E111), as 422, before a reader is taken.
"""

from __future__ import annotations

from dateline.api.schemas import ReadRequest
from dateline.ingest.checks import check_encodable, safe_text, screen_text
from dateline.pipeline.reader import article_id
from dateline.types import RawArticle

WHERE = "body.text"


def screened(body: ReadRequest) -> RawArticle:
    """RETURNS the article of a read request; raises the ArticleError of the first check it fails."""
    rid = body.id if body.id is not None else article_id(body.text)
    for field in ("id", "title", "url"):
        value = getattr(body, field)
        if value is not None:
            check_encodable(value, f"body.{field}", safe_text(rid), field=f"'{field}'")
    screen_text(body.text, WHERE, rid)
    return RawArticle(rid, body.text, body.published, body.title, body.url, WHERE, read_on=body.read_on)
