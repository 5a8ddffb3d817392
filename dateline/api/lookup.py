"""Entity search and lookup by id, written over the Store Protocol.

Every lookup is an indexed query of the store: exact names and aliases
(``find_entities``), word prefixes ("teig" finds "Chrissy Teigen": ``search_entities``)
and ids (``entity``); none reads the whole entity list.
"""

from __future__ import annotations

from dateline.store.base import Store
from dateline.store.errors import EntityNotFoundError
from dateline.store.queries import resolve_entity
from dateline.store.records import EntityEntry


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
