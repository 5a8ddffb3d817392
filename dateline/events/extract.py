"""First version: nothing yet."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.entities.index import EntityIndex
from dateline.time.result import TimeResult
from dateline.types import Event


def extract_events(doc: Doc, index: EntityIndex, time_result: TimeResult) -> list[Event]:
    """RETURNS the events of ``doc`` in text order."""
    return []
