"""resolve_times: tag, infer the article date, resolve every expression, date the quotes.

Order matters, because each step anchors the next:
1. tag the text (``tagger``) and read each expression's tense from the parse;
2. the article date: the caller's (always wins) or inferred (``dct``);
3. expressions outside quotations, in text order, against the article date and the
   narrative time (``normalize``); the calendar ones build the narrative;
4. each quotation's time said (``anchor.time_said``: its cue's own time, else the article date);
5. expressions inside quotations, against the time their quotation was said.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from dateline.errors import BadDateError
from dateline.time import draft as K
from dateline.time.anchor import QuotedSpan, is_point, lead_time, narrative_entries, story_day, time_said
from dateline.time.calendar import parse_value, period_range, value_range
from dateline.time.context import DocContext, quotation_spans
from dateline.time.dct import infer_published
from dateline.time.draft import Draft
from dateline.time.normalize import Point, Resolved, normalize
from dateline.time.result import TimeResult
from dateline.time.tagger import tag
from dateline.types import EventTime, Published, Quote, Time

_LABEL = {"story": "narrative"}


def _to_time(d: Draft, r: Resolved, speech_label: str) -> Time:
    lo, hi = value_range(r.value) if d.type in ("DATE", "TIME") else (None, None)
    label = None if r.anchor is None else (speech_label if r.anchor == "speech" else _LABEL[r.anchor])
    return Time(d.start, d.end, d.text, d.type, r.value, lo, hi, label)


def cal_end(p: Point) -> str:
    """RETURNS the last day (ISO) of the period of point ``p``."""
    return period_range(*p)[1].isoformat()


def _point(value: str | None) -> Point | None:
    return parse_value(value) if value else None


def _keep(d: Draft, ctx: DocContext) -> bool:
    """Context checks the regular grammar cannot make: "2000 people" counts, it names no year."""
    if d.rule == "year" and d.text[:1].isdigit() and ctx.counts_things(d.start, d.end):
        return False
    if d.rule == "set" and d.fixed and d.fixed.startswith("P") and " " not in d.text:
        tok = ctx.token_at(d.start)
        if tok is not None and tok.pos_ == "ADJ":
            return False  # "a quarterly dividend", "the daily paper": describes a thing, not a time
    if d.type == "DURATION" and ctx.measures_amount(d.start, d.end):
        return False  # "a payment worth eight weeks of pay": an amount of pay, not a time
    if d.rule == "rel_unit" and d.text[:1].isupper() and d.text.split()[-1][:1].isupper():
        return False  # "This Week", "Next Year": a title
    if d.rule == "set" and d.text[:1].isupper() and d.start > 0:
        prev = ctx.token_at(d.start - 1)
        if prev is not None and prev.text[:1].isupper() and prev.is_alpha:
            return False  # "Garden Weekly": part of a name
    return True


def _comparison(d: Draft) -> bool:
    """True for a year-ago comparison ("the year-ago quarter", "the 1988 period"): it
    dates its own clause, but the story stays where it was."""
    if d.rule == "offset":  # "a year ago", "a year earlier": the figures of a year before
        return d.unit == "year" and d.offset == -1
    return d.kind == K.ANAPHORIC and d.rule in ("period", "quarter") and (
        d.unit == "year" and d.offset == -1 or d.unit == "quarter" and (d.offset == -4 or d.year is not None))


def _back_to_day(story: Point | None, day: Point | None) -> bool:
    """True when a day anaphor ("that day", "the next day") at a coarser ``story`` point goes back
    to the last ``day`` the story was at: the coarser point holds that day ("On June 3 ... in June
    ... that day") or lies before it (an aside on the background: "... since 2005. Later that day").
    A coarser point after the day has moved the story on: the anaphor is in that period."""
    if story is None or day is None or story[0] == "D":
        return False
    lo, hi = period_range(*story)
    return lo <= day[1] <= hi or hi < day[1]


def _valid_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def _merge_spans(given: list[QuotedSpan], found: list[tuple[int, int]]) -> list[QuotedSpan]:
    """The quotes layer's spans plus quotations found by their marks that overlap none of them."""
    given = sorted(given, key=lambda s: s.start)
    starts = [s.start for s in given]
    out = list(given)
    for s, e in found:
        i = bisect.bisect_left(starts, e)  # given spans starting before e
        if i and given[i - 1].end > s or any(g.start < e and s < g.end for g in given[max(0, i - 2):i]):
            continue
        out.append(QuotedSpan(s, e))
    return sorted(out, key=lambda s: s.start)


def _value(t: EventTime | None) -> str | None:
    return t.value if t is not None else None


def _owner(spans: list[QuotedSpan], d: Draft) -> int:
    """RETURNS the index of the quotation that holds ``d``, or -1 (spans sorted, not nested)."""
    i = bisect.bisect_right(spans, d.start, key=lambda s: s.start) - 1
    for j in (i, i - 1):
        if 0 <= j < len(spans) and spans[j].start <= d.start and d.end <= spans[j].end:
            return j
    return -1


@dataclass
class _Story:
    """Where the narrative is while step 3 reads it: the last point, quarter and day it was at."""

    point: Point | None = None
    quarter: Point | None = None  # the last quarter the story was at (earnings news)
    day: Point | None = None  # the last day the story was at

    def base(self, d: Draft) -> Point | None:
        """RETURNS the story point an anaphoric draft counts from."""
        if d.kind == K.ANAPHORIC and d.unit == "quarter" and self.quarter is not None \
                and (self.point is None or self.point[0] != "Q"):
            return self.quarter  # "the 1988 period" after "the quarter ended Sept. 30": that quarter in 1988
        if d.kind == K.ANAPHORIC and d.unit == "day" and _back_to_day(self.point, self.day):
            return self.day  # "Later that day" after "since 2005": the day the story told of before the aside
        return self.point

    def move(self, d: Draft, r: Resolved, t: Time, article: Point | None) -> None:
        """Put the story at ``t``, unless ``t`` dates only its own clause."""
        # a comparison with the story's quarter ("a year earlier", "the year-ago quarter")
        # dates its own clause but does not move the story's reference time
        # nor does a forecast ("sales through the second quarter of 2031"): the story tells
        # what happened; a time ahead of the article is not where it is
        ahead = article is not None and t.earliest is not None and t.earliest > cal_end(article)
        at_quarter = self.point is not None and self.point[0] == "Q"
        if ahead or _comparison(d) or r.anchor == "story" and at_quarter:
            return
        self.point = _point(t.value)
        if self.point is not None and self.point[0] == "Q":
            self.quarter = self.point
        if self.point is not None and self.point[0] == "D":
            self.day = self.point


def _narrative(drafts: list[Draft], tenses: list[str | None], inside: list[bool], article: Point | None,
               times: dict[int, Time]) -> tuple[list[Time], dict[int, str | None]]:
    """Step 3: resolve the expressions outside quotations in text order, against the article
    date and the story (into ``times``). RETURNS the calendar points among them and the tense
    at each one's start."""
    points: list[Time] = []
    tense_at: dict[int, str | None] = {}
    story = _Story()
    for i, d in enumerate(drafts):
        if inside[i]:
            continue
        r = normalize(d, article, story.base(d), tenses[i])
        t = _to_time(d, r, "article")
        times[i] = t
        tense_at[d.start] = tenses[i]
        if is_point(t):
            points.append(t)
            story.move(d, r, t, article)
    return points, tense_at


def _quoted(drafts: list[Draft], tenses: list[str | None], owner: list[int], said: list[EventTime | None],
            article: Point | None, times: dict[int, Time]) -> None:
    """Step 5: resolve the expressions inside quotations against the time each was said (into
    ``times``); the article date when that time is unknown or too coarse."""
    for i, d in enumerate(drafts):
        if owner[i] < 0:
            continue
        when = said[owner[i]]
        speech = _point(when.value) if when is not None else None
        r = normalize(d, speech, speech, tenses[i]) if speech else Resolved("", None)
        label = "quote"
        if not r.value or r.value.startswith("XXXX") or r.value.endswith("_REF") and d.kind != K.REF:
            r = normalize(d, article, article, tenses[i])  # the quote's time is too coarse: the article's
            label = "article"
        times[i] = _to_time(d, r, label)


def resolve_times(doc: Doc, published: str | None, quotes: list[Quote], read_on: str | None = None
                  ) -> TimeResult:
    """Find and normalize the doc's times, infer its date, date its quotes.

    doc (Doc): the parsed article.
    published (str | None): the caller's article date (YYYY-MM-DD), or None to infer it.
    quotes (list[Quote]): the quotes layer's records (``time`` is filled here).
    read_on (str | None): the day the article was read or crawled (YYYY-MM-DD): an inferred
        date is never later. None: no such bound (the clock is never read here).
    RETURNS (TimeResult): the article date, times in text order, quotes, narrative.
    Raises BadDateError when ``published`` or ``read_on`` is not a YYYY-MM-DD date.
    """
    if published is not None and not _valid_date(published):
        raise BadDateError(f"'published' is not a YYYY-MM-DD date: {published!r}")
    if read_on is not None and not _valid_date(read_on):
        raise BadDateError(f"'read_on' is not a YYYY-MM-DD date: {read_on!r}")
    # 1. tag, with each expression's tense and the quotation that holds it
    ctx = DocContext(doc)
    text = ctx.text
    drafts = [d for d in tag(text) if _keep(d, ctx)]
    tenses = [ctx.tense(d.start, d.end) for d in drafts]
    # only quoted words are "inside a quotation"; a reported statement (an indirect
    # quote) is in the narrative's words and is dated below as quotes are
    spans = [QuotedSpan(q.start, q.end, q.cue, q.speaker.entity) for q in quotes if q.kind == "direct"]
    reported = [QuotedSpan(q.start, q.end, q.cue, q.speaker.entity) for q in quotes if q.kind != "direct"]
    spans = _merge_spans(spans, quotation_spans(text))
    owner = [_owner(spans, d) for d in drafts]
    inside = [o >= 0 for o in owner]

    # 2. the article date
    if published:
        pub = Published(published, "given", published, published)
    else:
        pub = infer_published(drafts, tenses, inside, text, ctx,
                              read_on=dt.date.fromisoformat(read_on) if read_on else None)
    article = _point(pub.value)

    # 3. outside quotations: the narrative
    times: dict[int, Time] = {}
    outside, tense_at = _narrative(drafts, tenses, inside, article, times)
    entries = narrative_entries(outside, ctx)

    # 4. when each quotation was said (against the article's day, when it is one)
    starts = [t.start for t in outside]
    day = article[1].isoformat() if article is not None and article[0] == "D" else None
    lead = lead_time(ctx, outside)
    lead_day = story_day(lead, day)
    said = [time_said(s, outside, starts, tense_at, ctx, day, lead_day) for s in spans]
    said_reported = [time_said(s, outside, starts, tense_at, ctx, day, lead_day) for s in reported]

    # 5. inside quotations: against the time said
    _quoted(drafts, tenses, owner, said, article, times)

    by_span = {("direct", s.start, s.end): w for s, w in zip(spans, said, strict=True) if w is not None}
    by_span.update({("indirect", s.start, s.end): w for s, w in zip(reported, said_reported, strict=True)
                    if w is not None})
    dated = tuple(replace(q, time=_value(by_span.get((q.kind, q.start, q.end)))) for q in quotes)
    ordered = tuple(times[i] for i in sorted(times))
    return TimeResult(pub, ordered, dated, tuple(entries), by_span, lead_day, lead)
