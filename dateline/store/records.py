"""What the store hands back: stored articles and the rows of the three queries.

Frozen dataclasses with ``to_dict`` (the ``--json`` output and the export rows): their
fields as JSON values, tuples as lists, nested records as dicts (``_plain``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from dateline.types import Article


def _plain(record: Any) -> dict[str, Any]:
    """RETURNS the fields of a dataclass as JSON values: nested records as dicts, tuples as lists."""

    def lists(value: Any) -> Any:
        if isinstance(value, tuple | list):
            return [lists(v) for v in value]
        if isinstance(value, dict):
            return {k: lists(v) for k, v in value.items()}
        return value

    out: dict[str, Any] = lists(asdict(record))
    return out


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
        return _plain(self)


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
        return _plain(self)


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
        return _plain(self)


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


@dataclass(frozen=True)
class ArticleSummary:
    """A stored article in a list: what it is and how many facts it holds."""

    id: str
    title: str | None
    url: str | None
    published: str | None
    published_source: str
    n_entities: int
    n_quotes: int
    n_events: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class StoreCounts:
    """How much a store holds: articles, global entities (people among them), global
    quotes and dated global events (those a timeline shows)."""

    articles: int
    people: int
    entities: int
    quotes: int
    events: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
