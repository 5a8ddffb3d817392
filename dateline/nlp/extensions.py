"""Every ``Doc._`` extension Dateline uses, registered in one place.

The layers communicate only through these attributes:

- ``doc._.published_given``: the date the caller gave (``YYYY-MM-DD``) or None
- ``doc._.read_on``: the day the article was read or crawled (``YYYY-MM-DD``) or None
- ``doc._.entity_index``: ``dateline.entities.EntityIndex`` (entities layer)
- ``doc._.quotes``: ``list[Quote]`` (quotes layer; times filled by the time layer)
- ``doc._.time_result``: ``dateline.time.TimeResult`` (time layer)
- ``doc._.events``: ``list[Event]`` (events layer)
"""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = ("published_given", "read_on", "entity_index", "quotes", "time_result", "events")


def register_extensions() -> None:
    """Register the extensions once; safe to call again."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
