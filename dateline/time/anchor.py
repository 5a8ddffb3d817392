"""Anchors: the narrative time line and the time each quotation was said.

The narrative is the sequence of calendar times the story moves through, read
outside quotations, in text order. A quotation is dated by its attribution clause
(a time in the cue's sentence outside the quotation: "she wrote on February 3"),
else by the narrative time in force at its cue.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.time.calendar import parse_value
from dateline.time.context import DocContext
from dateline.types import SpanRef, Time

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_ATTRIBUTION_GAP = 200  # chars between a quotation and a time said to date it
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # "says", "say": the news present
SAYING_VERBS = frozenset({"say", "add", "tell", "write", "explain", "note", "ask", "insist", "argue"})
SAYING_REACH = 30  # chars around a quotation with no cue searched for its verb of saying


@dataclass(frozen=True)
class QuotedSpan:
    """A stretch of quoted words and, when the quotes layer knows it, its cue verb."""

    start: int
    end: int
    cue: SpanRef | None = None


def is_point(t: Time) -> bool:
    """True when ``t`` names a calendar time the story can be at (not a duration, set or ref)."""
    return t.type in ("DATE", "TIME") and parse_value(t.value) is not None


def narrative_entries(times: list[Time], ctx: DocContext) -> list[tuple[int, Time]]:
    """RETURNS (offset, Time) entries: the first time of a sentence holds from the sentence start.

    times (list[Time]): the calendar times outside quotations, in text order.
    """
    entries: list[tuple[int, Time]] = []
    last_sent = -1
    for t in times:
        sent_start, _ = ctx.sentence_bounds(t.start)
        offset = sent_start if sent_start != last_sent else t.start
        if entries and offset <= entries[-1][0]:
            offset = max(t.start, entries[-1][0] + 1)
        entries.append((offset, t))
        last_sent = sent_start
    return entries


def time_at(entries: list[tuple[int, Time]], offset: int) -> Time | None:
    """RETURNS the narrative Time in force at ``offset`` or None."""
    i = bisect.bisect_right(entries, offset, key=lambda e: e[0])
    return entries[i - 1][1] if i else None


def _after(t: Time, article: Time | None) -> bool:
    """True when ``t`` starts after the article date: nothing in the article was said then."""
    return article is not None and t.earliest is not None and article.latest is not None \
        and t.earliest > article.latest


def _saying_near(span: QuotedSpan, ctx: DocContext) -> Token | None:
    """The verb of saying right around a quotation that has no cue ('He adds: "..."', '"...," she says')."""
    for lo, hi in ((span.end, span.end + SAYING_REACH), (max(0, span.start - SAYING_REACH), span.start)):
        tok = ctx.token_at(lo)
        while tok is not None and tok.idx < hi:
            if tok.lemma_ in SAYING_VERBS and tok.pos_ == "VERB":
                return tok
            tok = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return None


def time_said(span: QuotedSpan, outside: list[Time], starts: list[int], tenses: dict[int, str | None],
              entries: list[tuple[int, Time]], ctx: DocContext, article: Time | None = None) -> Time | None:
    """When a quotation was said. RETURNS the Time of its attribution or the narrative time.

    A time after the article date never dates a saying ("next year", "the fourth quarter" a
    forecast moved the narrative to), and a cue in the present tense ("says", "adds") is the
    news present: the article date.

    span (QuotedSpan): the quotation.
    outside (list[Time]): calendar times outside quotations, in text order.
    starts (list[int]): their start offsets (for bisection: no scan of the whole list per quote).
    tenses (dict[int, str | None]): tense by time start offset (future times do not date a saying).
    entries (list[tuple[int, Time]]): the narrative.
    article (Time | None): the article date as a Time, when known.
    """
    if article is not None:  # a cue in the present tense is the news present, whatever else the sentence dates
        cue = ctx.token_at(span.cue.start) if span.cue is not None else _saying_near(span, ctx)
        if cue is not None and cue.tag_ in PRESENT_TAGS:
            return article
    if span.cue is not None:
        pivot = span.cue.start
        lo, hi = ctx.sentence_bounds(pivot)
    else:  # attribution after the quotation ('"...," she said Monday'), else before it
        pivot = span.end
        lo, _ = ctx.sentence_bounds(max(span.start - 1, 0))
        _, hi = ctx.sentence_bounds(min(span.end, len(ctx.text) - 1))
    best: Time | None = None
    best_gap = MAX_ATTRIBUTION_GAP + 1
    for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
        t = outside[i]
        if tenses.get(t.start) == "FUTURE" or _after(t, article):
            continue
        gap = abs(t.start - pivot)
        if gap < best_gap:
            best, best_gap = t, gap
    if best is not None:
        return best
    told = time_at(entries, span.cue.start if span.cue is not None else span.start)
    return article if told is not None and _after(told, article) else told
