"""EntityIndex: the entities of one article and look-ups from text spans to them."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from dateline.types import Entity, Mention


@dataclass(frozen=True)
class EntityIndex:
    """The entities layer's result for one doc, immutable once built.

    ``entities`` are in order of first mention, ids ``E1``, ``E2`` ...; any iterable
    given is stored as a tuple, and the look-up tables are built once, here.
    """

    entities: tuple[Entity, ...] = ()
    _by_id: dict[str, Entity] = field(default_factory=dict, init=False, repr=False, compare=False)
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)
    _mentions: tuple[tuple[Mention, str], ...] = field(default=(), init=False, repr=False, compare=False)

    def __init__(self, entities: Iterable[Entity] = ()) -> None:
        ents = tuple(entities)
        pairs = tuple(sorted(((m, e.id) for e in ents for m in e.mentions), key=lambda p: p[0].start))
        object.__setattr__(self, "entities", ents)
        object.__setattr__(self, "_by_id", {e.id: e for e in reversed(ents)})
        object.__setattr__(self, "_mentions", pairs)
        object.__setattr__(self, "_starts", tuple(m.start for m, _ in pairs))

    def get(self, entity_id: str | None) -> Entity | None:
        """RETURNS the entity with this id, or None."""
        if entity_id is None:
            return None
        return self._by_id.get(entity_id)

    def mention_at(self, start: int, end: int) -> tuple[Mention, str] | None:
        """RETURNS (mention, entity id) of the mention overlapping ``start:end`` most, or None."""
        i = bisect.bisect_left(self._starts, start)
        best: tuple[int, tuple[Mention, str]] | None = None
        for j in range(max(0, i - 8), min(len(self._mentions), i + 8)):
            m, eid = self._mentions[j]
            ov = min(end, m.end) - max(start, m.start)
            if ov > 0 and (best is None or ov > best[0]):
                best = (ov, (m, eid))
        return best[1] if best else None

    def entity_at(self, start: int, end: int) -> Entity | None:
        """RETURNS the entity owning a mention that overlaps ``start:end``, or None."""
        hit = self.mention_at(start, end)
        return self.get(hit[1]) if hit else None
