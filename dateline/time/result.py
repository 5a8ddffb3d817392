"""TimeResult: what the time layer hands to the rest of the pipeline."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from dateline.types import EventTime, Published, Quote, Time


@dataclass
class TimeResult:
    """The time layer's result for one doc.

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
    times: list[Time] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    narrative: list[tuple[int, Time]] = field(default_factory=list)
    said: dict[tuple[str, int, int], EventTime] = field(default_factory=dict)
    story_day: str | None = None
    lead: Time | None = None

    def time_at(self, offset: int) -> Time | None:
        """RETURNS the narrative time in force at char ``offset``, or None."""
        i = bisect.bisect_right([o for o, _ in self.narrative], offset)
        return self.narrative[i - 1][1] if i else None
