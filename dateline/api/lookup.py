"""Entity search and lookup, the store's overview, written over the Store Protocol.

Entity lookups are indexed queries of the store: exact names and aliases
(``find_entities``), word prefixes ("whit" finds "Dana Whitlow": ``search_entities``)
and ids (``entity``); none reads the whole entity list, and neither does the overview.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from dateline.store.base import Store
from dateline.store.errors import EntityNotFoundError
from dateline.store.queries import resolve_entity
from dateline.store.records import EntityEntry, TimelineEntry

MONTH = re.compile(r"^(\d{4}-\d{2})")


def search_entities(store: Store, q: str | None, type: str | None = None, limit: int = 50) -> list[EntityEntry]:
    """Entities answering to ``q``: exact names and aliases first, then names with a word starting with it.

    Without ``q``, the entities in most articles first. ``type`` keeps one type only.
    """
    wanted = type.upper() if type else None
    if not q or not q.strip():
        return store.entities(wanted, limit)
    exact = [e for e in store.find_entities(q) if wanted is None or e.type == wanted]
    seen = {e.id for e in exact}
    partial = [e for e in store.search_entities(q, wanted, limit + len(exact)) if e.id not in seen]
    return (exact + partial)[:limit]


def entity_by_id(store: Store, entity_id: str) -> EntityEntry:
    """RETURNS the global entity with this id; raises EntityNotFoundError."""
    entity = store.entity(entity_id)
    if entity is not None:
        return entity
    raise EntityNotFoundError(f"no entity with id {entity_id!r} in the store (see GET /v1/entities?q=NAME)")


def resolve(store: Store, name_or_id: str) -> EntityEntry:
    """The entity a ``speaker=``/``about=`` parameter designates: an id, else a name.

    Ids are tried first because names can be ambiguous and ids cannot; a name is resolved
    as the CLI resolves it (queries.resolve_entity: not found, or ambiguous with a list).
    """
    try:
        return entity_by_id(store, name_or_id)
    except EntityNotFoundError:
        return resolve_entity(store, name_or_id)


def per_month(events: Iterable[TimelineEntry]) -> tuple[list[dict[str, Any]], int]:
    """RETURNS ([{"month": "YYYY-MM", "events": n}] in month order, the number of events known
    less precisely than a month (a year, a season))."""
    months: Counter[str] = Counter()
    other = 0
    for e in events:
        m = MONTH.match(e.date)
        if m is None:
            other += 1
        else:
            months[m.group(1)] += 1
    return [{"month": k, "events": months[k]} for k in sorted(months)], other


def latest_articles(store: Store, limit: int) -> list[dict[str, Any]]:
    """The ``limit`` stored articles published last (undated ones after, in ingest order)."""
    return [a.to_dict() for a in store.latest_articles(limit)]


def overview(store: Store, limit: int = 8) -> dict[str, Any]:
    """The store at a glance (see ``GET /v1/overview``): the merge's counts, and lists read
    as the first rows of an index (latest articles, most quoted and most mentioned people);
    no list of every article, entity or quote is read."""
    counts = store.counts()
    return {
        **counts.to_dict(),
        "latest_articles": latest_articles(store, limit),
        "most_quoted": [{"entity": e.to_dict(), "quotes": n} for e, n in store.most_quoted("PERSON", limit)],
        "most_mentioned": [e.to_dict() for e in store.most_mentioned("PERSON", limit)],
    }
