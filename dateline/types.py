"""Typed records of Dateline's output, serialised exactly to the contract.

Every record is a frozen dataclass with ``to_dict``/``from_dict``; ``to_dict``
produces the JSON shape of ``spec/contract.md`` (v1) and ``from_dict`` reads it
back, so ``Article.from_dict(a.to_dict()) == a`` holds for every article.
Fields beyond the contract (``clues``, ``anchor``, ``title`` ...) are additions,
which the contract allows; none of the contract's fields is renamed or dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "WORK", "OTHER")
MENTION_KINDS = ("name", "descriptor", "pronoun")
QUOTE_KINDS = ("direct", "indirect")
# given: by the caller (--published, a JSON record's own field); page: the page's own metadata
# (HTML/WARC; ``Published.method`` says which); inferred: from the text; unknown.
PUBLISHED_SOURCES = ("given", "page", "inferred", "unknown")


@dataclass(frozen=True)
class SpanRef:
    """A bare span of the source text: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SpanRef:
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))


@dataclass(frozen=True)
class Published:
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

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "value": self.value,
            "source": self.source,
            "earliest": self.earliest,
            "latest": self.latest,
            "clues": list(self.clues),
        }
        if self.method is not None:
            d["method"] = self.method
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Published:
        return cls(d.get("value"), d.get("source", "unknown"), d.get("earliest"), d.get("latest"),
                   tuple(d.get("clues", ())), d.get("method"))

    @classmethod
    def unknown(cls) -> Published:
        return cls(None, "unknown")


@dataclass(frozen=True)
class Time:
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

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "value": self.value, "earliest": self.earliest, "latest": self.latest,
                "anchor": self.anchor}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Time:
        return cls(int(d["start"]), int(d["end"]), d["text"], d["type"], d["value"],
                   d.get("earliest"), d.get("latest"), d.get("anchor"))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(int(d["start"]), int(d["end"]), d["text"], d["kind"])


@dataclass(frozen=True)
class Attribute:
    """A fact about an entity (age, origin, role), grounded at ``start:end``."""

    name: str
    value: str
    as_of: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "as_of": self.as_of,
                "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Attribute:
        return cls(d["name"], str(d["value"]), d.get("as_of"), d.get("start"), d.get("end"))


@dataclass(frozen=True)
class Relation:
    """A relation from the owning entity to ``target`` (an entity id)."""

    type: str
    target: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "target": self.target, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Relation:
        return cls(d["type"], d["target"], d.get("start"), d.get("end"))


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    mentions: tuple[Mention, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    relations: tuple[Relation, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type,
                "mentions": [m.to_dict() for m in self.mentions],
                "attributes": [a.to_dict() for a in self.attributes],
                "relations": [r.to_dict() for r in self.relations]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(d["id"], d["name"], d["type"],
                   tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
                   tuple(Attribute.from_dict(a) for a in d.get("attributes", ())),
                   tuple(Relation.from_dict(r) for r in d.get("relations", ())))


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: the mention it rests on and the entity that resolves to."""

    entity: str | None
    name: str | None
    mention: SpanRef | None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "name": self.name,
                "mention": self.mention.to_dict() if self.mention else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Speaker:
        m = d.get("mention")
        return cls(d.get("entity"), d.get("name"), SpanRef.from_dict(m) if m else None)


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: Speaker = field(default_factory=lambda: Speaker(None, None, None))
    cue: SpanRef | None = None
    time: str | None = None
    kind: str = "direct"  # "direct" (quoted words) or "indirect" (a reported statement)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "speaker": self.speaker.to_dict(),
                "cue": self.cue.to_dict() if self.cue else None, "time": self.time}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        """A Quote from contract JSON; a quote without ``kind`` is direct (contract v1)."""
        cue = d.get("cue")
        return cls(int(d["start"]), int(d["end"]), d["text"], Speaker.from_dict(d.get("speaker") or {}),
                   SpanRef.from_dict(cue) if cue else None, d.get("time"), d.get("kind") or "direct")


@dataclass(frozen=True)
class Participant:
    entity: str
    role: str

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "role": self.role}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Participant:
        return cls(d["entity"], d["role"])


@dataclass(frozen=True)
class EventTime:
    """When an event happened. ``basis`` says how the text gives it: ``stated`` (a time
    expression on its own clause), ``narrative`` (one resolved against the story, "Days
    later"), ``report`` (a news report at the article's own time), or None (not recorded)."""

    value: str
    earliest: str | None = None
    latest: str | None = None
    basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "earliest": self.earliest, "latest": self.latest, "basis": self.basis}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventTime:
        return cls(d["value"], d.get("earliest"), d.get("latest"), d.get("basis"))


@dataclass(frozen=True)
class Event:
    """One happening: its trigger span, sentence, summary, participants and time."""

    start: int
    end: int
    text: str
    sentence: tuple[int, int]
    summary: str
    participants: tuple[Participant, ...] = ()
    time: EventTime | None = None
    kind: str = "event"  # "event" or "quote" (a quote is an event of saying)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
                "summary": self.summary,
                "participants": [p.to_dict() for p in self.participants],
                "time": self.time.to_dict() if self.time else None, "kind": self.kind}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        t = d.get("time")
        s = d["sentence"]
        return cls(int(d["start"]), int(d["end"]), d["text"], (int(s["start"]), int(s["end"])),
                   d.get("summary", ""), tuple(Participant.from_dict(p) for p in d.get("participants", ())),
                   EventTime.from_dict(t) if t else None, d.get("kind", "event"))


@dataclass(frozen=True)
class Article:
    """Everything Dateline read in one article (the contract's Article object)."""

    id: str
    published: Published
    times: tuple[Time, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    title: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "published": self.published.to_dict(),
            "times": [t.to_dict() for t in self.times],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }
        if self.title is not None:
            d["title"] = self.title
        if self.url is not None:
            d["url"] = self.url
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            d["id"], Published.from_dict(d.get("published") or {}),
            tuple(Time.from_dict(t) for t in d.get("times", ())),
            tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            tuple(Quote.from_dict(q) for q in d.get("quotes", ())),
            tuple(Event.from_dict(e) for e in d.get("events", ())),
            d.get("title"), d.get("url"),
        )

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
