"""TimeResult: what the time layer hands to the rest of the pipeline."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from dateline.types import EventTime, Published, Quote, Time


@dataclass(frozen=True)
class TimeResult:
    """The time layer's result for one doc (frozen: later layers read it, none changes it).

    published: the article date (given, inferred or unknown).
    times: every temporal expression, in text order.
    quotes: the quotes it was given, with ``time`` (when said) filled where known.
    narrative: (char offset, Time) pairs in text order: from each offset on, the story is
        at that time until the next entry ("A month earlier" moves it).
    said: when each quote was said, by its (kind, start, end): value, range and basis.
    story_day: the day the story's reports are at, when the lead states it (``anchor.story_day``).
    lead: the time the lead states for its main clause (``anchor.lead_time``), if any.
    """

    published: Published
    times: tuple[Time, ...] = ()
    quotes: tuple[Quote, ...] = ()
    narrative: tuple[tuple[int, Time], ...] = ()
    said: Mapping[tuple[str, int, int], EventTime] = field(default_factory=dict)
    story_day: str | None = None
    lead: Time | None = None
    _offsets: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # sequences given as lists are kept as tuples, the mapping behind a read-only view
        object.__setattr__(self, "times", tuple(self.times))
        object.__setattr__(self, "quotes", tuple(self.quotes))
        object.__setattr__(self, "narrative", tuple(self.narrative))
        object.__setattr__(self, "said", MappingProxyType(dict(self.said)))
        object.__setattr__(self, "_offsets", tuple(o for o, _ in self.narrative))

    def time_at(self, offset: int) -> Time | None:
        """RETURNS the narrative time in force at char ``offset``, or None."""
        i = bisect.bisect_right(self._offsets, offset)
        return self.narrative[i - 1][1] if i else None
