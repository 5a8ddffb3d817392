"""What the store hands back: stored articles and the rows of the three queries.

Frozen dataclasses with ``to_dict`` (the ``--json`` output and the export rows).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from dateline.types import Article


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored: its reading, its input text and the text's content hash."""

    article: Article
    text: str
    content_hash: str


@dataclass(frozen=True)
class Source:
    """One article that reports a fact, and where in it (``start:end`` into its text)."""

    article_id: str
    title: str | None
    url: str | None
    published: str | None
    start: int
    end: int
    text: str  # the fact as this article words it (``article text[start:end]``)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EntityEntry:
    """A global entity with its counts and the names it goes by."""

    id: str
    name: str
    type: str
    n_mentions: int
    n_articles: int
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["aliases"] = list(self.aliases)
        return d


@dataclass(frozen=True)
class TimelineEntry:
    """One (merged) event on an entity's timeline."""

    id: str
    date: str
    earliest: str | None
    latest: str | None
    summary: str
    sentence: str  # the sentence of the first source
    participants: tuple[str, ...]  # global entity names
    sources: tuple[Source, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["participants"] = list(self.participants)
        d["sources"] = [s.to_dict() for s in self.sources]
        return d


@dataclass(frozen=True)
class QuoteEntry:
    """One (merged) quote with every article that reports it."""

    id: str
    text: str
    speaker_id: str | None
    speaker: str | None
    sources: tuple[Source, ...] = field(default_factory=tuple)
    kind: str = "direct"  # "direct" (quoted words) or "indirect" (a reported statement)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["sources"] = [s.to_dict() for s in self.sources]
        return d


@dataclass(frozen=True)
class MergeStats:
    """How much the last merge brought together."""

    articles: int
    entities: int
    global_entities: int
    quotes: int
    global_quotes: int
    events: int
    global_events: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
