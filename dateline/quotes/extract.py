"""First version (deepened in issue 4): nothing yet."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.entities.index import EntityIndex
from dateline.types import Quote


def extract_quotes(doc: Doc, index: EntityIndex) -> list[Quote]:
    """RETURNS the direct quotations of ``doc`` in text order."""
    return []
