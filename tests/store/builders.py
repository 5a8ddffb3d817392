"""Build grounded Article records from text written for the tests (no NLP involved).

Spans are found in the text by search, so every record obeys the contract's offset rule
(``text[start:end] == span.text``) and the store accepts it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.types import (
    Article,
    Entity,
    Event,
    EventTime,
    Mention,
    Participant,
    Published,
    Quote,
    SpanRef,
    Speaker,
)


@dataclass
class Doc:
    """A test article under construction: its text and the facts to ground in it."""

    id: str
    text: str
    published: str | None = "2016-09-12"
    title: str | None = None
    url: str | None = None
    entities: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (name, type, mention texts)
    quotes: list[tuple[str, str | None]] = field(default_factory=list)  # (quote text, speaker name)
    events: list[tuple[str, str | None, list[str], str]] = field(
        default_factory=list
    )  # trigger, time, who, summary


def find(text: str, span: str, nth: int = 0) -> tuple[int, int]:
    """RETURNS (start, end) of the ``nth`` occurrence of ``span`` in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(span, pos + 1)
        if pos < 0:
            raise ValueError(f"{span!r} not in text")
    return pos, pos + len(span)


def sentence_of(text: str, start: int) -> tuple[int, int]:
    """RETURNS the span of the sentence (between '. ' boundaries) that holds ``start``."""
    s = text.rfind(". ", 0, start)
    s = 0 if s < 0 else s + 2
    e = text.find(". ", start)
    return s, len(text) if e < 0 else e + 1


def build(doc: Doc) -> Article:
    """RETURNS the Article record of ``doc``; entity ids are E1, E2, ... in the order given."""
    text = doc.text
    ids: dict[str, str] = {}
    entities = []
    for i, (name, type_, mentions) in enumerate(doc.entities, start=1):
        eid = f"E{i}"
        ids[name] = eid
        seen: dict[str, int] = {}
        ms = []
        for m in mentions:
            s, e = find(text, m, seen.get(m, 0))
            seen[m] = seen.get(m, 0) + 1
            kind = (
                "pronoun"
                if m.lower() in ("he", "she", "they", "it")
                else "descriptor"
                if m[:1].islower()
                else "name"
            )
            ms.append(Mention(s, e, m, kind))
        entities.append(Entity(eid, name, type_, tuple(ms)))
    quotes = []
    for qtext, speaker in doc.quotes:
        s, e = find(text, qtext)
        sp = Speaker(ids.get(speaker), speaker, None) if speaker else Speaker(None, None, None)
        if speaker and speaker in text[e:]:
            ms = text.index(speaker, e)
            sp = Speaker(ids.get(speaker), speaker, SpanRef(ms, ms + len(speaker), speaker))
        quotes.append(Quote(s, e, qtext, sp, None, doc.published))
    events = []
    for trigger, time, who, summary in doc.events:
        s, e = find(text, trigger)
        et = _event_time(time) if time else None
        events.append(
            Event(
                s,
                e,
                trigger,
                sentence_of(text, s),
                summary,
                tuple(Participant(ids[w], "agent" if k == 0 else "patient") for k, w in enumerate(who)),
                et,
            )
        )
    pub = (
        Published(doc.published, "given", doc.published, doc.published)
        if doc.published
        else Published.unknown()
    )
    return Article(doc.id, pub, (), tuple(entities), tuple(quotes), tuple(events), doc.title, doc.url)


def _event_time(time: str) -> EventTime:
    """A time as the tests write it: a TIMEX3 value, or "VALUE/EARLIEST" for a range from
    EARLIEST to VALUE's last day (a report "that day or the day before")."""
    value, _, earliest = time.partition("/")
    return EventTime(value, earliest or _earliest(value), _latest(value))


def _earliest(value: str) -> str | None:
    return {4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value) if value[:1].isdigit() else None


def _latest(value: str) -> str | None:
    if not value[:1].isdigit():
        return None
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        import calendar

        y, m = map(int, value.split("-"))
        return f"{value}-{calendar.monthrange(y, m)[1]:02d}"
    return value
