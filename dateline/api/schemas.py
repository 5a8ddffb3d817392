"""Pydantic models of the API's bodies: the only place Pydantic meets Dateline's records.

Responses are built from the store's frozen records (``to_dict``) and checked against
these models by FastAPI, so the served OpenAPI document is what clients really get.
Article bodies follow spec/contract.md; their nested facts are typed loosely
(``extra="allow"``) because the contract lets fields be added.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_ID = 200  # characters; ids end up in URLs and logs
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"  # ASCII digits only, whole string


class ReadRequest(BaseModel):
    """An article to read: its text and, when known, its publication date."""

    # A misspelt field ("publised") would silently lose the date: refuse unknown fields.
    model_config = ConfigDict(extra="forbid")

    # The schema says what the Reader accepts (some non-space text; a real calendar date), so
    # clients and the property test know a schema-valid body is never refused.
    text: str = Field(min_length=1, pattern=r"\S", description="the article's plain text (not blank)")
    published: str | None = Field(None, pattern=DATE_PATTERN, json_schema_extra={"format": "date"},
                                  description="publication date, YYYY-MM-DD; without it the date is "
                                  "inferred from the text", examples=["2021-02-20"])
    id: str | None = Field(None, max_length=MAX_ID, description="article id (default: a hash of the text)")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)

    @field_validator("published")
    @classmethod
    def _check_published(cls, value: str | None) -> str | None:
        if value is None:
            return None
        # The pattern has checked the shape; this catches impossible dates (2021-02-30)
        # here, before the Reader (and its model) is involved.
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise ValueError(f"not a YYYY-MM-DD date: {value!r}") from None


class Loose(BaseModel):
    """A contract object: the named fields are guaranteed, more may come."""

    model_config = ConfigDict(extra="allow")


class PublishedOut(Loose):
    value: str | None
    source: str
    earliest: str | None = None
    latest: str | None = None


class ArticleOut(Loose):
    """An article as spec/contract.md defines it (``POST /v1/read``)."""

    id: str
    published: PublishedOut
    times: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    events: list[dict[str, Any]]


class StoredArticleOut(ArticleOut):
    """A stored article: the contract object plus the text its offsets point into."""

    text: str
    content_hash: str


class EntityOut(BaseModel):
    """A global entity: merged across every article of the store."""

    id: str
    name: str
    type: str
    n_mentions: int
    n_articles: int
    aliases: list[str]


class SourceOut(BaseModel):
    """Where one article states a fact: ``start:end`` into that article's text."""

    article_id: str
    title: str | None
    url: str | None
    published: str | None
    start: int
    end: int
    text: str


class TimelineEntryOut(BaseModel):
    id: str
    date: str
    earliest: str | None
    latest: str | None
    summary: str
    sentence: str
    participants: list[str]
    sources: list[SourceOut]


class MonthOut(BaseModel):
    month: str = Field(description="YYYY-MM")
    events: int


class TimelineOut(BaseModel):
    """An entity and its dated events, in date order (one page of them)."""

    entity: EntityOut
    total: int = Field(description="events inside the from/to range (all pages)")
    offset: int
    months: list[MonthOut] = Field(description="all the entity's events per month, whatever the range")
    other: int = Field(description="events known less precisely than a month (a year, a season)")
    events: list[TimelineEntryOut]


class QuoteOut(BaseModel):
    id: str
    text: str
    speaker_id: str | None
    speaker: str | None
    kind: str = Field(description="direct (quoted words) or indirect (a reported statement)")
    sources: list[SourceOut]


class ArticleSummaryOut(BaseModel):
    """A stored article in a list: its id, title, date and how many facts it holds."""

    id: str
    title: str | None
    url: str | None
    published: str | None
    published_source: str
    n_entities: int
    n_quotes: int
    n_events: int


class QuotedOut(BaseModel):
    entity: EntityOut
    quotes: int


class OverviewOut(BaseModel):
    """The store at a glance."""

    articles: int
    people: int
    entities: int
    quotes: int
    events: int
    latest_articles: list[ArticleSummaryOut]
    most_quoted: list[QuotedOut]
    most_mentioned: list[EntityOut]


class HealthOut(BaseModel):
    status: str
    articles: int


class ErrorDetail(BaseModel):
    code: str = Field(description="stable error code, e.g. E511")
    message: str = Field(description="one readable line")


class ErrorOut(BaseModel):
    """The body of every 4xx/5xx response."""

    error: ErrorDetail
