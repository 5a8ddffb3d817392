"""Pydantic models of the API's bodies: the only place Pydantic meets Dateline's records.

Responses are built from the store's frozen records (``to_dict``) and checked against
these models by FastAPI, so the served OpenAPI document is what clients really get.
The models of the store's rows (EntityOut, SourceOut, TimelineEntryOut, QuoteOut,
ArticleSummaryOut) are generated from the records of ``dateline.store.records``
(``record_model``): a field added to a record is served and documented with no edit
here, so the API and the store cannot disagree. Article bodies follow spec/contract.md; their nested facts are
typed loosely (``extra="allow"``) because the contract lets fields be added.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from typing import Any, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from dateline.store.records import ArticleSummary, EntityEntry, QuoteEntry, Source, TimelineEntry

MAX_ID = 200  # characters; ids end up in URLs and logs
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"  # ASCII digits only, whole string


class ReadRequest(BaseModel):
    """An article to read: its text and, when known, its publication date and the day it is read."""

    # A misspelt field ("publised") would silently lose the date: refuse unknown fields.
    model_config = ConfigDict(extra="forbid")

    # The schema says what the Reader accepts (some non-space text; a real calendar date), so
    # clients and the property test know a schema-valid body is never refused.
    text: str = Field(min_length=1, pattern=r"\S", description="the article's plain text (not blank)")
    published: str | None = Field(None, pattern=DATE_PATTERN, json_schema_extra={"format": "date"},
                                  description="publication date, YYYY-MM-DD; without it the date is "
                                  "inferred from the text", examples=["2021-02-20"])
    read_on: str | None = Field(None, pattern=DATE_PATTERN, json_schema_extra={"format": "date"},
                                description="the day the article is read, YYYY-MM-DD (e.g. today's): no "
                                "inferred publication date is later; without it the inferred range may run "
                                "to 2099 (the server never reads its clock)", examples=["2021-03-01"])
    id: str | None = Field(None, max_length=MAX_ID, description="article id (default: a hash of the text)")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=2000)

    @field_validator("published", "read_on")
    @classmethod
    def _check_day(cls, value: str | None) -> str | None:
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


# Field descriptions of the generated models that the record's own names do not say.
FIELD_NOTES: dict[tuple[type, str], str] = {
    (QuoteEntry, "kind"): "direct (quoted words) or indirect (a reported statement)",
}


def record_model(record: type, name: str, nested: dict[type, type[BaseModel]]) -> type[BaseModel]:
    """A Pydantic model with the fields of the frozen dataclass ``record``, as ``to_dict`` serves them.

    record (type): a dataclass of ``dateline.store.records``.
    name (str): the model's name in the OpenAPI document.
    nested (dict): models already made for the records ``record`` holds (Source in TimelineEntry).
    RETURNS (type[BaseModel]): every field required (``to_dict`` writes them all); tuples
    become lists, nested records their models; the record's docstring describes it.
    """
    hints = typing.get_type_hints(record)
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        note = FIELD_NOTES.get((record, f.name))
        fields[f.name] = (_served(hints[f.name], nested), Field(description=note) if note else ...)
    model = create_model(name, __doc__=record.__doc__, **fields)
    return typing.cast(type[BaseModel], model)


def _served(hint: Any, nested: dict[type, type[BaseModel]]) -> Any:
    """The JSON-side type of a record field's type: tuple[X, ...] -> list[X], a record -> its model."""
    if hint in nested:
        return nested[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return list[_served(args[0], nested)]  # type: ignore[misc]
    if origin in (typing.Union, types.UnionType):
        served = tuple(_served(a, nested) for a in args)
        return typing.Union[served]  # noqa: UP007 (built from a tuple of types)
    if dataclasses.is_dataclass(hint):
        raise TypeError(f"no model for the nested record {hint!r}: pass it in ``nested``")
    return hint


if typing.TYPE_CHECKING:  # made at run time; to the type checker they are models
    SourceOut: TypeAlias = BaseModel
    EntityOut: TypeAlias = BaseModel
    TimelineEntryOut: TypeAlias = BaseModel
    QuoteOut: TypeAlias = BaseModel
    ArticleSummaryOut: TypeAlias = BaseModel
else:
    SourceOut = record_model(Source, "SourceOut", {})
    EntityOut = record_model(EntityEntry, "EntityOut", {})
    TimelineEntryOut = record_model(TimelineEntry, "TimelineEntryOut", {Source: SourceOut})
    QuoteOut = record_model(QuoteEntry, "QuoteOut", {Source: SourceOut})
    ArticleSummaryOut = record_model(ArticleSummary, "ArticleSummaryOut", {})
# The record each generated model serves (the in-sync test walks this).
RECORD_MODELS: dict[type, type[BaseModel]] = {
    Source: SourceOut, EntityEntry: EntityOut, TimelineEntry: TimelineEntryOut, QuoteEntry: QuoteOut,
    ArticleSummary: ArticleSummaryOut}


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
