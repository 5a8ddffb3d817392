"""When: temporal expressions, their TIMEX3 values, and the article's date.

Public entry point: ``resolve_times(doc, published, quotes) -> TimeResult``.
"""

from dateline.time.resolve import resolve_times
from dateline.time.result import TimeResult

__all__ = ["TimeResult", "resolve_times"]
