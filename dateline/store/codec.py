"""Article records <-> rows of the fact tables (see schema.py), and offset checks.

Pure functions, no database: ``article_rows`` flattens an Article into one list of
tuples per table; ``build_article`` puts the rows back together. The pair is exact
(``build_article(article_rows(a)) == a``), which the hypothesis test pins.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from dateline.contract import span_fault
from dateline.store.errors import OffsetError
from dateline.types import (
    Article,
    Attribute,
    Entity,
    Event,
    EventTime,
    Mention,
    Participant,
    Published,
    Quote,
    Relation,
    SpanRef,
    Speaker,
    Time,
)

# Column order of each fact table's INSERT (the article_id column comes first in all
# but ``articles``). One place, so writer and reader cannot drift apart.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id",
        "seq",
        "title",
        "url",
        "published_value",
        "published_source",
        "published_earliest",
        "published_latest",
        "published_clues",
        "text",
        "content_hash",
        "ingested_at",
    ),
    "times": (
        "article_id",
        "ord",
        "start_char",
        "end_char",
        "text",
        "type",
        "value",
        "earliest",
        "latest",
        "anchor",
    ),
    "entities": ("article_id", "ord", "id", "name", "type"),
    "mentions": ("article_id", "entity_ord", "ord", "start_char", "end_char", "text", "kind"),
    "attributes": ("article_id", "entity_ord", "ord", "name", "value", "as_of", "start_char", "end_char"),
    "relations": ("article_id", "entity_ord", "ord", "type", "target", "start_char", "end_char"),
    "quotes": (
        "article_id",
        "ord",
        "start_char",
        "end_char",
        "text",
        "speaker_entity",
        "speaker_name",
        "speaker_start",
        "speaker_end",
        "speaker_text",
        "cue_start",
        "cue_end",
        "cue_text",
        "time",
        "kind",
    ),
    "events": (
        "article_id",
        "ord",
        "start_char",
        "end_char",
        "text",
        "sentence_start",
        "sentence_end",
        "summary",
        "kind",
        "time_value",
        "time_earliest",
        "time_latest",
        "time_basis",
    ),
    "participants": ("article_id", "event_ord", "ord", "entity_id", "role"),
}
CHILD_TABLES: tuple[str, ...] = tuple(t for t in COLUMNS if t != "articles")

Row = tuple[Any, ...]


def content_hash(text: str) -> str:
    """RETURNS the hash that decides whether an article is already stored.

    Decision: the hash covers the text alone, not the id, title or date. The same story
    syndicated under two ids is one article (stored once, the second is skipped), and a
    rerun with different metadata does not re-read what is already there.
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_rows(
    article: Article, text: str, *, seq: int, ingested_at: str, digest: str | None = None
) -> dict[str, list[Row]]:
    """RETURNS the rows of every fact table for ``article`` (whose input text is ``text``)."""
    aid = article.id
    pub = article.published
    rows: dict[str, list[Row]] = defaultdict(list)
    rows["articles"].append(
        (
            aid,
            seq,
            article.title,
            article.url,
            pub.value,
            pub.source,
            pub.earliest,
            pub.latest,
            json.dumps(list(pub.clues), ensure_ascii=False),
            text,
            digest or content_hash(text),
            ingested_at,
        )
    )
    for i, t in enumerate(article.times):
        rows["times"].append(
            (aid, i, t.start, t.end, t.text, t.type, t.value, t.earliest, t.latest, t.anchor)
        )
    for i, e in enumerate(article.entities):
        rows["entities"].append((aid, i, e.id, e.name, e.type))
        for j, m in enumerate(e.mentions):
            rows["mentions"].append((aid, i, j, m.start, m.end, m.text, m.kind))
        for j, a in enumerate(e.attributes):
            rows["attributes"].append((aid, i, j, a.name, a.value, a.as_of, a.start, a.end))
        for j, r in enumerate(e.relations):
            rows["relations"].append((aid, i, j, r.type, r.target, r.start, r.end))
    for i, q in enumerate(article.quotes):
        sm, cue = q.speaker.mention, q.cue
        rows["quotes"].append(
            (
                aid,
                i,
                q.start,
                q.end,
                q.text,
                q.speaker.entity,
                q.speaker.name,
                *(_span(sm)),
                *(_span(cue)),
                q.time,
                q.kind,
            )
        )
    for i, ev in enumerate(article.events):
        et = ev.time
        rows["events"].append(
            (
                aid,
                i,
                ev.start,
                ev.end,
                ev.text,
                ev.sentence[0],
                ev.sentence[1],
                ev.summary,
                ev.kind,
                et.value if et else None,
                et.earliest if et else None,
                et.latest if et else None,
                et.basis if et else None,
            )
        )
        for j, p in enumerate(ev.participants):
            rows["participants"].append((aid, i, j, p.entity, p.role))
    return rows


def _span(span: SpanRef | None) -> tuple[int | None, int | None, str | None]:
    return (span.start, span.end, span.text) if span else (None, None, None)


def build_article(rows: Mapping[str, Sequence[Any]]) -> Article:
    """RETURNS the Article whose rows (dict-like, by column name, in ``ord`` order) are given."""
    a = rows["articles"][0]
    published = Published(
        a["published_value"],
        a["published_source"],
        a["published_earliest"],
        a["published_latest"],
        tuple(json.loads(a["published_clues"])),
    )
    times = tuple(
        Time(
            r["start_char"],
            r["end_char"],
            r["text"],
            r["type"],
            r["value"],
            r["earliest"],
            r["latest"],
            r["anchor"],
        )
        for r in rows.get("times", ())
    )
    mentions = _by(rows.get("mentions", ()), "entity_ord")
    attributes = _by(rows.get("attributes", ()), "entity_ord")
    relations = _by(rows.get("relations", ()), "entity_ord")
    entities = tuple(
        Entity(
            r["id"],
            r["name"],
            r["type"],
            tuple(Mention(m["start_char"], m["end_char"], m["text"], m["kind"]) for m in mentions[r["ord"]]),
            tuple(
                Attribute(x["name"], x["value"], x["as_of"], x["start_char"], x["end_char"])
                for x in attributes[r["ord"]]
            ),
            tuple(
                Relation(x["type"], x["target"], x["start_char"], x["end_char"]) for x in relations[r["ord"]]
            ),
        )
        for r in rows.get("entities", ())
    )
    quotes = tuple(
        Quote(
            r["start_char"],
            r["end_char"],
            r["text"],
            Speaker(
                r["speaker_entity"],
                r["speaker_name"],
                _ref(r["speaker_start"], r["speaker_end"], r["speaker_text"]),
            ),
            _ref(r["cue_start"], r["cue_end"], r["cue_text"]),
            r["time"],
            r["kind"],
        )
        for r in rows.get("quotes", ())
    )
    participants = _by(rows.get("participants", ()), "event_ord")
    events = tuple(
        Event(
            r["start_char"],
            r["end_char"],
            r["text"],
            (r["sentence_start"], r["sentence_end"]),
            r["summary"],
            tuple(Participant(p["entity_id"], p["role"]) for p in participants[r["ord"]]),
            EventTime(r["time_value"], r["time_earliest"], r["time_latest"], r["time_basis"])
            if r["time_value"] is not None
            else None,
            r["kind"],
        )
        for r in rows.get("events", ())
    )
    return Article(a["id"], published, times, entities, quotes, events, a["title"], a["url"])


def _by(rows: Iterable[Mapping[str, Any]], key: str) -> defaultdict[int, list[Mapping[str, Any]]]:
    out: defaultdict[int, list[Mapping[str, Any]]] = defaultdict(list)
    for r in rows:
        out[r[key]].append(r)
    return out


def _ref(start: int | None, end: int | None, text: str | None) -> SpanRef | None:
    return None if start is None or end is None or text is None else SpanRef(start, end, text)


# What check_offsets checks, one step per section of the record: (what, start, end, span).
SpanRow = tuple[str, int | None, int | None, str]


def check_offsets(article: Article, text: str) -> None:
    """Raise OffsetError unless every span of ``article`` is grounded: ``text[start:end] == span``.

    The store promises source-grounded facts, so it refuses a record that breaks the
    contract's offset rule (``contract.span_fault``, the rule ``contract.problems`` checks)
    rather than keep a fact nobody can point to. Sections in record order: times, entity
    mentions, quotes (with speaker mention and cue), events (each with its sentence).
    """
    for rows in (_time_spans(article), _mention_spans(article), _quote_spans(article)):
        for row in rows:
            _check_span(article, text, row)
    for ev in article.events:
        _check_span(article, text, ("event", ev.start, ev.end, ev.text))
        _check_sentence(article, text, ev.sentence)


def _time_spans(article: Article) -> Iterator[SpanRow]:
    for t in article.times:
        yield "time", t.start, t.end, t.text


def _mention_spans(article: Article) -> Iterator[SpanRow]:
    for e in article.entities:
        for m in e.mentions:
            yield f"mention of {e.id}", m.start, m.end, m.text


def _quote_spans(article: Article) -> Iterator[SpanRow]:
    for q in article.quotes:
        yield "quote", q.start, q.end, q.text
        if q.speaker.mention:
            yield "speaker mention", q.speaker.mention.start, q.speaker.mention.end, q.speaker.mention.text
        if q.cue:
            yield "cue", q.cue.start, q.cue.end, q.cue.text


def _check_span(article: Article, text: str, row: SpanRow) -> None:
    """Raise OffsetError for a span that breaks the rule; a span without offsets has none to break."""
    what, start, end, span = row
    if start is None or end is None:
        return
    if span_fault(start, end, span, text):
        raise OffsetError(f"{article.id}: {what} [{start}:{end}] {span[:40]!r} does not match the text", article.id)


def _check_sentence(article: Article, text: str, sentence: tuple[int, int]) -> None:
    """Raise OffsetError for an event sentence outside the text (it has no text to compare)."""
    start, end = sentence
    if not (0 <= start <= end <= len(text)):
        raise OffsetError(f"{article.id}: event sentence [{start}:{end}] is outside the text", article.id)


def check_record(article: Article, text: str) -> None:
    """Raise RecordStoreError for a record no backend can keep: strings that are not valid
    Unicode (a lone surrogate), or two entities with one id (the merge keys on ids)."""
    from dateline.store.errors import RecordStoreError

    try:
        json.dumps([article.to_dict(), text], ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise RecordStoreError(f"{article.id!r}: the record holds text that is not valid Unicode", None) from None

    seen: set[str] = set()
    for e in article.entities:
        if e.id in seen:
            raise RecordStoreError(f"{article.id}: two entities have the id {e.id!r}", article.id)
        seen.add(e.id)
