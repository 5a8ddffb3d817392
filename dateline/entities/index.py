"""EntityIndex: the entities of one article and look-ups from text spans to them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from dateline.types import Entity, Mention


@dataclass
class EntityIndex:
    """The entities layer's result for one doc.

    ``entities`` are in order of first mention, ids ``E1``, ``E2`` ...
    """

    entities: list[Entity] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, init=False, repr=False)
    _mentions: list[tuple[Mention, str]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        pairs = sorted(((m, e.id) for e in self.entities for m in e.mentions), key=lambda p: p[0].start)
        self._mentions = pairs
        self._starts = [m.start for m, _ in pairs]

    def get(self, entity_id: str | None) -> Entity | None:
        """RETURNS the entity with this id, or None."""
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

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
