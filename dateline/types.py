"""Typed records of Dateline's output, serialised exactly to the contract.

Every record is a frozen dataclass with ``to_dict``/``from_dict``, generated from its
fields by ``Record``: ``to_dict`` produces the JSON shape of ``spec/contract.md`` (v1) and
``from_dict`` reads it back, so ``Article.from_dict(a.to_dict()) == a`` holds for every
article. A record states only where its shape differs from its fields (``KEYS``,
``OMIT_NONE``, ``READ_DEFAULTS``; ``Event.sentence``).
Fields beyond the contract (``clues``, ``anchor``, ``title`` ...) are additions,
which the contract allows; none of the contract's fields is renamed or dropped.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar, Self

TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "WORK", "OTHER")
MENTION_KINDS = ("name", "descriptor", "pronoun")
QUOTE_KINDS = ("direct", "indirect")
# given: by the caller (--published, a JSON record's own field); page: the page's own metadata
# (HTML/WARC; ``Published.method`` says which); inferred: from the text; unknown.
PUBLISHED_SOURCES = ("given", "page", "inferred", "unknown")


class Record:
    """Serialisation generated from a dataclass's fields.

    ``to_dict`` writes every field, in ``KEYS`` order when a record gives one (else field
    order): a record as its dict, a tuple as a list; a field in ``OMIT_NONE`` only when set.
    ``from_dict`` reads each field by its annotated type (``int``, ``str``, a record, a tuple,
    ``X | None``); a missing key takes ``READ_DEFAULTS`` or the field's default, a record
    field given as null reads as None when optional, else as the record of an empty dict.
    Each class's plan (field, converter) is worked out once, on first use.
    """

    KEYS: ClassVar[tuple[str, ...]] = ()
    OMIT_NONE: ClassVar[frozenset[str]] = frozenset()
    READ_DEFAULTS: ClassVar[dict[str, Any]] = {}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, omit_none, dump in _plan(type(self)).write:
            value = getattr(self, name)
            if value is None and omit_none:
                continue
            out[name] = dump(value)
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Self:
        kwargs: dict[str, Any] = {}
        for name, load, required in _plan(cls).read:
            if name in d:
                kwargs[name] = load(d[name])
            elif name in cls.READ_DEFAULTS:
                kwargs[name] = cls.READ_DEFAULTS[name]
            elif required:
                raise KeyError(name)
        return cls(**kwargs)


Convert = Callable[[Any], Any]


@dataclass(frozen=True)
class _Plan:
    write: tuple[tuple[str, bool, Convert], ...]  # (key, omitted when None, value -> JSON)
    read: tuple[tuple[str, Convert, bool], ...]  # (key, JSON -> value, required)


_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    """RETURNS how a record class is written and read (worked out once per class)."""
    if cls not in _PLANS:
        hints = typing.get_type_hints(cls)
        by_name = {f.name: f for f in fields(cls)}
        keys = getattr(cls, "KEYS", ()) or tuple(by_name)
        omit: frozenset[str] = getattr(cls, "OMIT_NONE", frozenset())
        _PLANS[cls] = _Plan(
            tuple((k, k in omit, _dumper(hints[k])) for k in keys),
            tuple((f.name, _loader(hints[f.name]), f.default is MISSING and f.default_factory is MISSING)
                  for f in by_name.values()))
    return _PLANS[cls]


def _is_record(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Record)


def _optional(tp: Any) -> Any:
    """RETURNS X for ``X | None``, else None."""
    if isinstance(tp, types.UnionType):
        return next(a for a in typing.get_args(tp) if a is not type(None))
    return None


def _dumper(tp: Any) -> Convert:
    """RETURNS the function that writes a value of type ``tp`` as JSON."""
    inner = _optional(tp)
    if inner is not None:
        dump = _dumper(inner)
        return lambda v: None if v is None else dump(v)
    if typing.get_origin(tp) is tuple:
        item = _dumper(typing.get_args(tp)[0])
        return lambda v: [item(x) for x in v]
    if _is_record(tp):
        return lambda v: v.to_dict()
    return lambda v: v


def _loader(tp: Any) -> Convert:
    """RETURNS the function that reads a JSON value as type ``tp``."""
    inner = _optional(tp)
    if inner is not None:
        load = _loader(inner)
        if _is_record(inner):  # an empty or null record is no record
            return lambda v: load(v) if v else None
        return lambda v: None if v is None else load(v)
    if typing.get_origin(tp) is tuple:
        item = _loader(typing.get_args(tp)[0])
        return lambda v: tuple(item(x) for x in v)
    if _is_record(tp):
        return lambda v: tp.from_dict(v or {})
    if tp is int or tp is str:
        return tp
    return lambda v: v


@dataclass(frozen=True)
class SpanRef(Record):
    """A bare span of the source text: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Published(Record):
    """The article's date: given by the caller, read from the page, inferred from the text, or unknown.

    ``earliest``/``latest`` bound the true date honestly; ``clues`` lists the
    evidence an inferred date rests on; ``method`` says how a ``page`` date was found
    (e.g. ``htmldate:metadata``, ``htmldate:url``). Both are additions to the contract;
    ``method`` is written only when set.
    """

    value: str | None
    source: str
    earliest: str | None = None
    latest: str | None = None
    clues: tuple[str, ...] = ()
    method: str | None = None

    OMIT_NONE = frozenset({"method"})
    READ_DEFAULTS = {"value": None, "source": "unknown"}

    @classmethod
    def unknown(cls) -> Published:
        return cls(None, "unknown")


@dataclass(frozen=True)
class Time(Record):
    """One temporal expression with its TIMEX3 value and day-precision range.

    ``anchor`` says what a relative value was resolved against
    (``"article"``, ``"narrative"``, ``"quote"`` or ``None`` for absolute ones).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    earliest: str | None = None
    latest: str | None = None
    anchor: str | None = None


@dataclass(frozen=True)
class Mention(Record):
    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class Attribute(Record):
    """A fact about an entity (age, origin, role), grounded at ``start:end``."""

    name: str
    value: str
    as_of: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Relation(Record):
    """A relation from the owning entity to ``target`` (an entity id)."""

    type: str
    target: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Entity(Record):
    id: str
    name: str
    type: str
    mentions: tuple[Mention, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True)
class Speaker(Record):
    """Who said a quote: the mention it rests on and the entity that resolves to."""

    entity: str | None
    name: str | None
    mention: SpanRef | None

    READ_DEFAULTS = {"entity": None, "name": None, "mention": None}


@dataclass(frozen=True)
class Quote(Record):
    start: int
    end: int
    text: str
    speaker: Speaker = field(default_factory=lambda: Speaker(None, None, None))
    cue: SpanRef | None = None
    time: str | None = None
    kind: str = "direct"  # "direct" (quoted words) or "indirect" (a reported statement)

    KEYS = ("start", "end", "text", "kind", "speaker", "cue", "time")

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        """A Quote from contract JSON; a quote without ``kind`` is direct (contract v1)."""
        return super().from_dict({**d, "kind": d.get("kind") or "direct"})


@dataclass(frozen=True)
class Participant(Record):
    entity: str
    role: str


@dataclass(frozen=True)
class EventTime(Record):
    """When an event happened. ``basis`` says how the text gives it: ``stated`` (a time
    expression on its own clause), ``narrative`` (one resolved against the story, "Days
    later"), ``report`` (a news report at the article's own time), or None (not recorded)."""

    value: str
    earliest: str | None = None
    latest: str | None = None
    basis: str | None = None


@dataclass(frozen=True)
class Event(Record):
    """One happening: its trigger span, sentence, summary, participants and time."""

    start: int
    end: int
    text: str
    sentence: tuple[int, int]
    summary: str
    participants: tuple[Participant, ...] = ()
    time: EventTime | None = None
    kind: str = "event"  # "event" or "quote" (a quote is an event of saying)

    READ_DEFAULTS = {"summary": ""}

    def to_dict(self) -> dict[str, Any]:
        """The contract writes the sentence as a span: ``{"start", "end"}``."""
        return {**super().to_dict(), "sentence": {"start": self.sentence[0], "end": self.sentence[1]}}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        s = d["sentence"]
        return super().from_dict({**d, "sentence": (int(s["start"]), int(s["end"]))})


@dataclass(frozen=True)
class Article(Record):
    """Everything Dateline read in one article (the contract's Article object)."""

    id: str
    published: Published
    times: tuple[Time, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    title: str | None = None
    url: str | None = None

    OMIT_NONE = frozenset({"title", "url"})
    READ_DEFAULTS = {"published": Published(None, "unknown")}

    def timeline(self) -> list[Event]:
        """The events that have a time, ordered by ``earliest`` (then position)."""
        dated = [e for e in self.events if e.time is not None]
        return sorted(dated, key=lambda e: (e.time.earliest or e.time.value, e.start))  # type: ignore[union-attr]


@dataclass(frozen=True)
class RawArticle:
    """An input record as the readers yield it, before any NLP."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # where it came from: a path, "path:line", a WARC record id
    # How ``published`` was found when the page gave it (``htmldate:metadata``); None: the caller gave it.
    published_method: str | None = None
    # True when ``text`` was extracted from the input (a web page), so it is not the input as given
    # and the contract output carries it for its offsets to be checked.
    extracted: bool = False
    # The day this copy of the article is known to have existed (YYYY-MM-DD): a crawl's date, or
    # the day it is read. No article is published after it; None: no such bound.
    read_on: str | None = None
