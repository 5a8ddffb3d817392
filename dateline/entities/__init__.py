"""Who: entities clustered over the article (names, descriptors, pronouns).

Public entry point: ``extract_entities(doc) -> EntityIndex``.
"""

from dateline.entities.extract import extract_entities
from dateline.entities.index import EntityIndex

__all__ = ["EntityIndex", "extract_entities"]
