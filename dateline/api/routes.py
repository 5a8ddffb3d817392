"""The /v1 endpoints. Each is a thin async wrapper: the work runs on a Worker thread.

    POST /v1/read                                 contract JSON of a pasted article (runs the NLP)
    GET  /v1/overview                             the store at a glance: counts, latest articles, most quoted
    GET  /v1/entities?q=&type=&limit=&offset=     entity search
    GET  /v1/entities/{id-or-name}/timeline       an entity's dated events, in date order, with a month histogram
    GET  /v1/quotes?speaker=&about=&kind=         quotes by and/or about an entity (name or id)
    GET  /v1/articles?limit=&offset=              stored articles, latest first
    GET  /v1/articles/{id}                        a stored article with its text and facts
    GET  /v1/health                               liveness, and how many articles the store holds

Ids are path parameters that may hold "/" (an article ingested from ``dir/sub/story.txt``
has the id ``sub/story``); a name is accepted wherever an entity id is.
Lists page with ``limit`` and ``offset``; a timeline says its ``total``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request

from dateline.api import lookup
from dateline.api.schemas import (
    ArticleOut,
    ArticleSummaryOut,
    EntityOut,
    ErrorOut,
    HealthOut,
    OverviewOut,
    QuoteOut,
    ReadRequest,
    StoredArticleOut,
    TimelineOut,
)
from dateline.api.screening import screened
from dateline.api.workers import Worker
from dateline.errors import ArticleError, NotFoundError
from dateline.store.base import Store
from dateline.store.queries import order_timeline, parse_bound

# Every endpoint documents the error shape of the statuses it can answer, so the served
# OpenAPI document matches what clients (and the property test) meet.
ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorOut, "description": "invalid parameters or body"},
    503: {"model": ErrorOut, "description": "the store cannot be opened"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "not found"}}
# from/to: YYYY, YYYY-MM or YYYY-MM-DD. The pattern checks the shape; the anyOf tells
# clients (and the property test) which values are real dates, which a regex cannot.
BOUND_SHAPE = r"^[0-9]{4}(-[0-9]{2}){0,2}$"
BOUND_SCHEMA = {"anyOf": [{"type": "string", "pattern": r"^[1-9][0-9]{3}$"},
                          {"type": "string", "pattern": r"^[1-9][0-9]{3}-(0[1-9]|1[0-2])$"},
                          {"type": "string", "format": "date", "pattern": r"^[1-9][0-9]{3}-"}],
                "examples": ["2020", "2020-09", "2020-09-15"]}
MAX_LIMIT = 1000
MAX_OFFSET = 10_000_000
MAX_PARAM = 500  # characters of a name or id parameter
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="skip this many (paging)")]

router = APIRouter(prefix="/v1", responses=ERRORS)


def _store(request: Request) -> Worker[Store]:
    return request.app.state.store_worker


@router.post("/read", response_model=ArticleOut, tags=["read"],
             responses={400: {"model": ErrorOut, "description": "body cannot be decoded (not UTF-8 JSON)"},
                        408: {"model": ErrorOut, "description": "body slower to arrive than --body-timeout"},
                        413: {"model": ErrorOut, "description": "body larger than --max-body"},
                        429: {"model": ErrorOut, "description": "every reader busy and the queue full "
                              "(see Retry-After)"},
                        503: {"model": ErrorOut, "description": "the read ran past --read-timeout, or the "
                              "server is shutting down"}})
async def read_article(body: ReadRequest, request: Request) -> dict[str, Any]:
    """Read one article with the NLP pipeline; RETURNS its contract JSON. Nothing is stored.

    Decision: reading is not ingesting. A pasted article is shown, not added to the
    store others query; ``dateline ingest`` is how articles enter a store.
    """
    raw = screened(body)  # the checks of every reader: E107, E108 ... as 422, before queueing
    result = await request.app.state.reads.read_for(raw, request)  # dropped if the client goes
    if isinstance(result, ArticleError):
        raise result
    return result.to_dict()


@router.get("/entities", response_model=list[EntityOut], tags=["store"])
async def entities(request: Request,
                   q: Annotated[str | None, Query(max_length=MAX_PARAM, description="a name or part of one")] = None,
                   type: Annotated[str | None, Query(max_length=20, description="PERSON, ORG, GPE ...")] = None,
                   limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
                   offset: Offset = 0) -> list[dict[str, Any]]:
    """Search the store's entities (merged across articles): exact names first, then partial ones.

    Without ``q``: the entities in most articles first. Ask for ``limit + 1`` to know whether
    there is a next page.
    """
    found = await _store(request).run(lookup.search_entities, q, type, limit + offset)
    return [e.to_dict() for e in found[offset:offset + limit]]


@router.get("/entities/{entity_id:path}/timeline", response_model=TimelineOut, tags=["store"],
            responses={**NOT_FOUND, 409: {"model": ErrorOut, "description": "ambiguous name"}})
async def timeline(request: Request,
                   entity_id: Annotated[str, Path(max_length=MAX_PARAM, description="entity id or name")],
                   date_from: Annotated[str | None, Query(alias="from", pattern=BOUND_SHAPE,
                                                          json_schema_extra=BOUND_SCHEMA,
                                                          description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
                   date_to: Annotated[str | None, Query(alias="to", pattern=BOUND_SHAPE,
                                                        json_schema_extra=BOUND_SCHEMA,
                                                        description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
                   all_times: Annotated[bool, Query(description="also events timed off the calendar "
                                                     "(PRESENT_REF, XXXX-02-20), listed last")] = False,
                   limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = MAX_LIMIT,
                   offset: Offset = 0) -> dict[str, Any]:
    """The entity's dated events in date order; ``from``/``to`` keep those wholly inside.

    The order and the filter are the CLI's (``dateline timeline``: store.queries.order_timeline).
    ``total`` counts the events inside the range, ``events`` holds ``limit`` of them from
    ``offset``; ``months`` counts all the entity's events per month (whatever the range), for
    a chart, and ``other`` those known less precisely than a month.
    """
    lo, hi = parse_bound(date_from, end=False), parse_bound(date_to, end=True)

    def fetch(store: Store) -> dict[str, Any]:
        entity = lookup.resolve(store, entity_id)
        every = store.events_of(entity.id)
        events = order_timeline(every, lo, hi, calendar_only=not all_times)
        months, other = lookup.per_month(every)
        return {"entity": entity.to_dict(), "total": len(events), "offset": offset,
                "months": months, "other": other,
                "events": [e.to_dict() for e in events[offset:offset + limit]]}

    return await _store(request).run(fetch)


@router.get("/quotes", response_model=list[QuoteOut], tags=["store"],
            responses={**NOT_FOUND, 409: {"model": ErrorOut, "description": "ambiguous name"}})
async def quotes(request: Request,
                 speaker: Annotated[str | None, Query(max_length=MAX_PARAM, description="entity id or name")] = None,
                 about: Annotated[str | None, Query(max_length=MAX_PARAM, description="entity id or name")] = None,
                 kind: Annotated[Literal["direct", "indirect"] | None,
                                 Query(description="direct (quotation marks) or indirect (reported)")] = None,
                 limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
                 offset: Offset = 0) -> list[dict[str, Any]]:
    """Quotes by ``speaker`` and/or about ``about`` (of one ``kind``), most widely reported first."""

    def fetch(store: Store) -> list[dict[str, Any]]:
        speaker_id = lookup.resolve(store, speaker).id if speaker else None
        about_id = lookup.resolve(store, about).id if about else None
        found = store.quotes(speaker_id, about_id, kind)
        return [q.to_dict() for q in found[offset:offset + limit]]

    return await _store(request).run(fetch)


@router.get("/overview", response_model=OverviewOut, tags=["store"])
async def overview(request: Request,
                   limit: Annotated[int, Query(ge=1, le=100, description="rows per list")] = 8) -> dict[str, Any]:
    """The store at a glance: how many articles, people, quotes and events; the latest
    articles; the most quoted and the most mentioned people."""
    return await _store(request).run(lookup.overview, limit)


@router.get("/articles", response_model=list[ArticleSummaryOut], tags=["store"])
async def articles(request: Request, limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
                   offset: Offset = 0) -> list[dict[str, Any]]:
    """Stored articles, latest publication date first (undated last): id, title, date, counts."""
    found = await _store(request).run(lookup.latest_articles, limit + offset)
    return found[offset:offset + limit]


@router.get("/articles/{article_id:path}", response_model=StoredArticleOut, tags=["store"], responses=NOT_FOUND)
async def article(request: Request, article_id: Annotated[str, Path(max_length=MAX_PARAM)]) -> dict[str, Any]:
    """A stored article: its contract JSON plus ``text`` (what the offsets point into)."""

    def fetch(store: Store) -> dict[str, Any]:
        stored = store.get(article_id)
        if stored is None:
            raise NotFoundError(f"no article with id {article_id!r} in the store")
        return {**stored.article.to_dict(), "text": stored.text, "content_hash": stored.content_hash}

    return await _store(request).run(fetch)


@router.get("/health", response_model=HealthOut, tags=["meta"])
async def health(request: Request) -> dict[str, Any]:
    """The server is up and its store answers (else 503); RETURNS the number of stored articles."""
    return {"status": "ok", "articles": await _store(request).run(lambda store: store.check())}
