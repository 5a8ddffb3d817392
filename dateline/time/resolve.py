"""First version (deepened in issue 3): the given date only."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.time.result import TimeResult
from dateline.types import Published, Quote


def resolve_times(doc: Doc, published: str | None, quotes: list[Quote]) -> TimeResult:
    """Find and normalize the doc's times, infer its date; RETURNS a TimeResult."""
    pub = Published(published, "given", published, published) if published else Published.unknown()
    return TimeResult(pub, [], list(quotes), [])
