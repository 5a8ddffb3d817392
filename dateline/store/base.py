"""The Store interface every backend implements (SQLite today; see sqlite.py).

Queries (queries.py), export (export.py) and ingest (ingest.py) talk to this Protocol
only, so a second backend (Postgres, planned) plugs in without touching them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from dateline.store.records import EntityEntry, MergeStats, QuoteEntry, StoredArticle, TimelineEntry
from dateline.types import Article


@runtime_checkable
class Store(Protocol):
    """Articles and their facts, with the cross-article merge and the queries over it."""

    def find_hash(self, digest: str) -> str | None:
        """RETURNS the id of the stored article whose text has this content hash, or None."""
        ...

    def add(self, article: Article, text: str) -> bool:
        """Store one article in one transaction. RETURNS False if its text is already stored.

        Raises ArticleConflictError (same id, other text) or OffsetError (ungrounded span).
        """
        ...

    def get(self, article_id: str) -> StoredArticle | None:
        """RETURNS the stored article, or None."""
        ...

    def iter_articles(self) -> Iterator[StoredArticle]:
        """Yield every stored article in ingest order."""
        ...

    def count(self) -> int:
        """RETURNS the number of stored articles."""
        ...

    def merge(self, force: bool = False) -> MergeStats:
        """Rebuild the cross-article merge if articles were added since the last one."""
        ...

    def find_entities(self, name: str) -> list[EntityEntry]:
        """Global entities answering to ``name`` (canonical name, then alias, then key)."""
        ...

    def entities(self, type: str | None = None) -> list[EntityEntry]:
        """Global entities (of one type), most articles first."""
        ...

    def entity_links(self) -> list[tuple[str, str, str]]:
        """(article id, per-article entity id, global entity id) for every stored entity."""
        ...

    def events_of(self, entity_id: str | None) -> list[TimelineEntry]:
        """The dated global events the entity (everyone's if None) takes part in, in date order."""
        ...

    def quotes(self, speaker_id: str | None = None, about_id: str | None = None,
               kind: str | None = None) -> list[QuoteEntry]:
        """Global quotes, by speaker and/or about an entity (mentioned in quote or sentence)
        and/or of one kind ("direct" or "indirect"; None: both)."""
        ...

    def dump(self) -> str:
        """A canonical text dump of the whole store, equal for equal contents."""
        ...

    def close(self) -> None: ...
