"""The Store interface every backend implements (sqlite/ and postgres/, both via sql_store.py).

Queries (queries.py), export (export.py), the pipeline jobs that fill a store
(pipeline/ingest.py, pipeline/load.py) and the API talk to this Protocol only. Reads never write: only ``add``, ``add_many`` and ``merge`` do.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, runtime_checkable

from dateline.errors import ArticleError
from dateline.store.records import (
    ArticleSummary,
    EntityEntry,
    MergeStats,
    QuoteEntry,
    StoreCounts,
    StoredArticle,
    TimelineEntry,
)
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

    def add_many(self, items: Sequence[tuple[Article, str]]) -> list[bool | ArticleError]:
        """Store and merge a batch in one transaction. RETURNS per item: True (stored), False
        (text already stored) or the ArticleError that kept it out (the others are stored)."""
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

    def check(self) -> int:
        """Touch what queries need (raises the store's coded errors); RETURNS the article count."""
        ...

    def merge(self, force: bool = False) -> MergeStats:
        """Rebuild the whole cross-article merge if ``force`` or if it is behind (adds merge as they go)."""
        ...

    def find_entities(self, name: str) -> list[EntityEntry]:
        """Global entities answering to ``name`` (canonical name, then alias, then key)."""
        ...

    def entity(self, entity_id: str) -> EntityEntry | None:
        """The global entity with this id, or None."""
        ...

    def search_entities(self, prefix: str, type: str | None = None, limit: int = 50) -> list[EntityEntry]:
        """Global entities with a name in which a word starts with ``prefix``, most articles first."""
        ...

    def entities(self, type: str | None = None, limit: int | None = None) -> list[EntityEntry]:
        """Global entities (of one type), most articles first."""
        ...

    def entity_links(self) -> list[tuple[str, str, str]]:
        """(article id, per-article entity id, global entity id) for every stored entity."""
        ...

    def events_of(self, entity_id: str | None, limit: int | None = None) -> list[TimelineEntry]:
        """The dated global events the entity (everyone's if None) takes part in, in date order
        (with ``limit``: the first ``limit`` with a place on the calendar)."""
        ...

    def quotes(
        self, speaker_id: str | None = None, about_id: str | None = None, kind: str | None = None,
        limit: int | None = None,
    ) -> list[QuoteEntry]:
        """Global quotes, by speaker and/or about an entity (mentioned in quote or sentence)
        and/or of one kind ("direct" or "indirect"; None: both), most sources first (the
        first ``limit`` only)."""
        ...

    def latest_articles(self, limit: int) -> list[ArticleSummary]:
        """The ``limit`` articles published last (the first stored first on a date), then
        the undated ones in the order they were stored."""
        ...

    def counts(self) -> StoreCounts:
        """How many articles, global entities (people), global quotes and dated global events."""
        ...

    def most_quoted(self, type: str = "PERSON", limit: int = 8) -> list[tuple[EntityEntry, int]]:
        """The entities of ``type`` that speak the most global quotes, with how many."""
        ...

    def most_mentioned(self, type: str = "PERSON", limit: int = 8) -> list[EntityEntry]:
        """The entities of ``type`` with the most mentions."""
        ...

    def dump(self) -> str:
        """A canonical text dump of the whole store, equal for equal contents."""
        ...

    def close(self) -> None: ...
