"""The library side of ``dateline timeline | quotes | entities``: name lookup, date filters.

from dateline.store import open_store, queries
with open_store("news.db", create=False) as store:
    for entry in queries.timeline(store, "Dana Whitlow", date_from="2023-09"):
        print(entry.date, entry.summary, [s.article_id for s in entry.sources])
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateline.store.base import Store
from dateline.store.calendar import calendar_start
from dateline.store.errors import AmbiguousEntityError, BadDateArgError, BadKindArgError, EntityNotFoundError
from dateline.store.records import EntityEntry, QuoteEntry, TimelineEntry
from dateline.types import QUOTE_KINDS

# When several entities answer to a name, the one in this many times more articles than the
# next is taken to be meant ("Dana Whitlow" the PERSON, not a stray ORG of that name).
DOMINANCE = 3
# ``quotes(kind=...)``: one of the contract's kinds, or both.
ALL_KINDS = "all"
QUOTE_KIND_ARGS = (None, ALL_KINDS, *QUOTE_KINDS)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def resolve_entity(store: Store, name: str, type: str | None = None) -> EntityEntry:
    """RETURNS the global entity ``name`` designates (optionally of ``type``).

    Raises EntityNotFoundError, or AmbiguousEntityError listing the candidates when no
    candidate dominates (see DOMINANCE); ``type`` narrows the choice.
    """
    found = store.find_entities(name)
    if type:
        found = [e for e in found if e.type == type.upper()]
    if not found:
        raise EntityNotFoundError(
            f"no entity named {name!r}"
            + (f" of type {type.upper()}" if type else "")
            + " in the store (see: dateline entities --db FILE)"
        )
    found.sort(key=lambda e: (-e.n_articles, -e.n_mentions, e.id))
    if len(found) == 1 or found[0].n_articles >= DOMINANCE * found[1].n_articles:
        return found[0]
    listed = "; ".join(f"{e.name} [{e.type}, {e.n_articles} articles]" for e in found[:6])
    raise AmbiguousEntityError(f"{name!r} is ambiguous: {listed}; give a fuller name or --type")


def parse_bound(value: str | None, *, end: bool) -> str | None:
    """RETURNS a YYYY-MM-DD bound from YYYY[-MM[-DD]]: its first day, or its last if ``end``."""
    if value is None:
        return None
    m = _DATE.match(value.strip())
    try:
        if not m:
            raise ValueError(value)
        year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
        if day is None:
            day_n = calendar.monthrange(year, month)[1] if end else 1
        else:
            day_n = int(day)
        return dt.date(year, month, day_n).isoformat()
    except ValueError:
        raise BadDateArgError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None


def timeline(
    store: Store,
    name: str,
    date_from: str | None = None,
    date_to: str | None = None,
    type: str | None = None,
    calendar_only: bool = True,
    limit: int | None = None,
) -> list[TimelineEntry]:
    """The dated events of the entity called ``name`` across the store, in date order.

    With ``date_from``/``date_to`` (YYYY, YYYY-MM or YYYY-MM-DD, inclusive) only events
    whose whole interval lies inside are kept: an event known only as "in 2016" is not
    known to fall after 2016-09-01, so it is left out of a timeline from September.
    Events whose time has no place on the calendar (PRESENT_REF) are left out unless
    ``calendar_only`` is False. ``limit``: the first ``limit`` events only (without date
    bounds the store fetches just those: a page of a frequent person's timeline costs
    what a rare person's does).
    """
    lo, hi = parse_bound(date_from, end=False), parse_bound(date_to, end=True)
    entity = resolve_entity(store, name, type)
    if limit and calendar_only and lo is None and hi is None:
        return order_timeline(store.events_of(entity.id, limit), calendar_only=True)[:limit]
    entries = order_timeline(store.events_of(entity.id), lo, hi, calendar_only)
    return entries[:limit] if limit else entries


def order_timeline(
    entries: list[TimelineEntry], lo: str | None = None, hi: str | None = None, calendar_only: bool = True
) -> list[TimelineEntry]:
    """Entries in calendar order (by the first day they can mean), filtered to [lo, hi].

    Entries with no calendar position (PRESENT_REF, XXXX-02-20) are left out unless
    ``calendar_only`` is False; then they come last.
    """
    starts = {e.id: e.earliest or calendar_start(e.date) for e in entries}
    if calendar_only:
        entries = [e for e in entries if starts[e.id]]
    if lo or hi:
        entries = [e for e in entries if _inside(e, lo, hi)]
    return sorted(entries, key=lambda e: (starts[e.id] or "~", e.latest or "~", e.date, e.id))


def _inside(entry: TimelineEntry, lo: str | None, hi: str | None) -> bool:
    if entry.earliest is None or entry.latest is None:
        return False
    return (lo is None or entry.earliest >= lo) and (hi is None or entry.latest <= hi)


def quotes(store: Store, speaker: str | None = None, about: str | None = None,
           kind: str | None = None, limit: int | None = None) -> list[QuoteEntry]:
    """Quotes across the store, merged across sources, most widely reported first.

    speaker (str | None): only quotes said by the entity of this name.
    about (str | None): only quotes whose text or sentence mentions the entity of this name.
    kind (str | None): "direct" (quoted words), "indirect" (reported statements), or
        "all"/None for both. Raises BadKindArgError for anything else.
    limit (int | None): the first ``limit`` only (fetched as such by the store).
    """
    if kind not in QUOTE_KIND_ARGS:
        raise BadKindArgError(f"not a quote kind: {kind!r} (use {', '.join(k for k in QUOTE_KIND_ARGS if k)})")
    speaker_id = resolve_entity(store, speaker).id if speaker else None
    about_id = resolve_entity(store, about).id if about else None
    return store.quotes(speaker_id, about_id, None if kind in (None, ALL_KINDS) else kind, limit)


def entities(store: Store, type: str | None = None, limit: int | None = None) -> list[EntityEntry]:
    """Global entities (of ``type``), in most articles first, with mention/article counts."""
    return store.entities(type.upper() if type else None, limit)
