"""Very long texts are read in paragraph-aligned chunks and the results stitched together.

spaCy's parser needs memory that grows faster than the text (about 0.5 GB at 100 KB and
over 1.5 GB at 400 KB on en_core_web_sm), so a 5 MB "article" (a transcript, a dump of a
whole site) would exhaust a worker. Decision: a text longer than ``CHUNK_CHARS`` is cut at
paragraph boundaries (else line, else sentence end, else a space) into chunks of at most
``CHUNK_CHARS``; each chunk is read as its own doc; offsets are shifted back into the whole
text. What this costs, documented: entities are clustered within a chunk only (the same
person in two chunks is two entities), and the article date is the first chunk's (the
head of a story is where its date clues are) unless a date was given.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.types import Article, Entity, Event, Participant, Quote, Relation, SpanRef, Speaker, Time

CHUNK_CHARS = 100_000
_BREAKS = ("\n\n", "\n", ". ", " ")


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """RETURNS (offset, chunk) pairs covering ``text`` exactly, each at most ``limit`` chars."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for brk in _BREAKS:
            cut = window.rfind(brk, limit // 2)
            if cut > 0:
                cut += len(brk)
                break
        if cut <= 0:
            cut = limit
        out.append((start, text[start:start + cut]))
        start += cut
    out.append((start, text[start:]))
    return out


def _span(s: SpanRef | None, d: int) -> SpanRef | None:
    return None if s is None else replace(s, start=s.start + d, end=s.end + d)


def _opt(x: int | None, d: int) -> int | None:
    return None if x is None else x + d


def shift_article(article: Article, d: int, ids: dict[str, str]) -> Article:
    """Shift every offset of ``article`` by ``d`` and rename its entity ids through ``ids``."""
    def eid(x: str | None) -> str | None:
        return ids.get(x, x) if x is not None else None

    entities = tuple(Entity(
        ids[e.id], e.name, e.type,
        tuple(replace(m, start=m.start + d, end=m.end + d) for m in e.mentions),
        tuple(replace(a, start=_opt(a.start, d), end=_opt(a.end, d)) for a in e.attributes),
        tuple(Relation(r.type, ids.get(r.target, r.target), _opt(r.start, d), _opt(r.end, d))
              for r in e.relations),
    ) for e in article.entities)
    times = tuple(replace(t, start=t.start + d, end=t.end + d) for t in article.times)
    quotes = tuple(replace(q, start=q.start + d, end=q.end + d, cue=_span(q.cue, d),
                           speaker=Speaker(eid(q.speaker.entity), q.speaker.name, _span(q.speaker.mention, d)))
                   for q in article.quotes)
    events = tuple(replace(e, start=e.start + d, end=e.end + d,
                           sentence=(e.sentence[0] + d, e.sentence[1] + d),
                           participants=tuple(Participant(eid(p.entity) or p.entity, p.role)
                                              for p in e.participants))
                   for e in article.events)
    return replace(article, times=times, entities=entities, quotes=quotes, events=events)


def stitch(parts: list[tuple[int, Article]]) -> Article:
    """One Article from the chunks' Articles (offsets shifted, entity ids E1.. renumbered)."""
    first = parts[0][1]
    times: list[Time] = []
    entities: list[Entity] = []
    quotes: list[Quote] = []
    events: list[Event] = []
    n = 0
    for offset, art in parts:
        ids = {}
        for e in art.entities:
            n += 1
            ids[e.id] = f"E{n}"
        shifted = shift_article(art, offset, ids)
        times += shifted.times
        entities += shifted.entities
        quotes += shifted.quotes
        events += shifted.events
    return replace(first, times=tuple(times), entities=tuple(entities), quotes=tuple(quotes),
                   events=tuple(events))


__all__ = ["CHUNK_CHARS", "split_text", "stitch", "shift_article"]
