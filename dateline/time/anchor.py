"""Anchors: the narrative time line and the time each quotation was said.

The narrative is the sequence of calendar times the story moves through, read
outside quotations, in text order. A quotation is dated by its cue's own time ("she
posted on May 9"), else, for a news report of saying, by the article date (see
``time_said``); never by a time that dates something else.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.time.calendar import parse_value
from dateline.time.context import DocContext, dates_clause
from dateline.time.data.lexicon import (
    CONTINUED_SAYING,
    EARLIER_WORDS,
    ORDINARY_SAYING,
    SAYING_VERBS,
    SPAN_BOUNDS,
)
from dateline.types import EventTime, SpanRef, Time

if TYPE_CHECKING:
    from spacy.tokens import Token

PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # "says", "say": the news present
REPORT_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # "said", "says", "say": a news report of saying
REPORT_LAG_DAYS = 1  # news reports what was said on its date or the day before
NESTED_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis"})
# A cue in a clause of another verb is no news report of its own.
EMBEDDED_DEPS = frozenset({"ccomp", "relcl", "advcl", "acl", "pcomp", "xcomp", "csubj"})
SAYING_REACH = 30  # chars around a quotation with no cue searched for its verb of saying
# The story's day: one stated by the main clause of one of the first sentences, in the
# days up to the article date ("Monday" in Wednesday's paper; a week back is another story).
STORY_WINDOW_DAYS = 3
STORY_LEAD_SENTENCES = 4


@dataclass(frozen=True)
class QuotedSpan:
    """A stretch of quoted words and, when the quotes layer knows it, its cue verb."""

    start: int
    end: int
    cue: SpanRef | None = None
    speaker: str | None = None  # the speaker's entity id, when the quotes layer knows it


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


def _after(t: Time, article: str | None) -> bool:
    """True when ``t`` starts after the article date: nothing in the article was said then."""
    return article is not None and t.earliest is not None and t.earliest > article


def _saying_near(span: QuotedSpan, ctx: DocContext) -> Token | None:
    """The verb of saying right around a quotation that has no cue ('He adds: "..."', '"...," she says')."""
    for lo, hi in ((span.end, span.end + SAYING_REACH), (max(0, span.start - SAYING_REACH), span.start)):
        tok = ctx.token_at(lo)
        while tok is not None and tok.idx < hi:
            if tok.lemma_ in SAYING_VERBS and tok.pos_ == "VERB":
                return tok
            tok = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return None


def _dates_cue(root: Token, cue: Token) -> bool:
    """True when a time expression (its root token) dates the act of saying at ``cue``: a
    modifier of the cue's own clause, of a participle on it ("Speaking on Monday, she
    said"), or fronted on the clause a coordinated cue shares."""
    if dates_clause(root, cue):
        return True
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and dates_clause(root, c) for c in cue.children):
        return True
    head = cue.head
    return cue.dep_ == "conj" and root.i < head.i and dates_clause(root, head)


def _own_clause(verb: Token) -> list[Token]:
    """The tokens of ``verb``'s own clause: its subtree without the clauses nested in it."""
    out = []
    for t in verb.subtree:
        node = t
        while node.i != verb.i and node.dep_ not in NESTED_CLAUSES:
            node = node.head
        if node.i == verb.i:
            out.append(t)
    return out


def _reported(cue: Token) -> bool:
    """True for the news report of a saying: "said", "says", "has said" (not "had said",
    "would say", "to say")."""
    aux = [c for c in cue.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("had", "'d", "to") or a.tag_ == "MD" for a in aux):
        return False
    if cue.dep_ in EMBEDDED_DEPS:
        return False  # "poets she contacted said ...", "after the department announced": told, not news of the day
    own = _own_clause(cue)
    if any(t.lower_ in EARLIER_WORDS and t.dep_ in ("amod", "advmod") for t in own):
        return False  # "told the AP in a recent email", "repeatedly said": not the article's day
    if any(t.lower_ == "time" and t.dep_ == "pobj" and t.head.lower_ == "at"
           and any(d.lower_ == "the" for d in t.children) for t in own):
        return False  # "said at the time": then, not now
    if cue.tag_ in REPORT_TAGS:
        return True
    return cue.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in PRESENT_TAGS for a in aux)


def lead_time(ctx: DocContext, outside: list[Time]) -> Time | None:
    """The time the lead states for its main clause: the first of the first sentences whose
    main verb a calendar time dates ("Norvale announced Friday ...", "On May 2, 2019, a
    bridge closed ..."). RETURNS that Time or None.

    outside (list[Time]): calendar times outside quotations, in text order.
    """
    coarse: Time | None = None
    for k, sent in enumerate(ctx.doc.sents):
        if k >= STORY_LEAD_SENTENCES:
            break
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            continue
        for t in outside:
            if not (sent.start_char <= t.start < sent.end_char) or t.earliest is None or t.latest is None:
                continue
            words = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
            if words is not None and len(words) and dates_clause(words.root, root):
                if t.earliest == t.latest:
                    return t  # a day ("Yesterday, ... unveiled") tells the story's day
                coarse = coarse or t  # a year in a headline ("at the 2010 conference") tells less
    return coarse


def story_day(lead: Time | None, article: str | None) -> str | None:
    """The day a news story's reports are at, when its lead states one in the few days up
    to the article date ``article`` (a day, YYYY-MM-DD; "Norvale announced Friday ..." in
    Saturday's paper), else None."""
    if lead is None or article is None:
        return None
    lo = (dt.date.fromisoformat(article) - dt.timedelta(days=STORY_WINDOW_DAYS)).isoformat()
    if lead.earliest == lead.latest and lead.earliest is not None and lo <= lead.earliest <= article:
        return lead.earliest
    return None


def time_said(span: QuotedSpan, outside: list[Time], starts: list[int], tenses: dict[int, str | None],
              ctx: DocContext, article: str | None = None, story: str | None = None) -> EventTime | None:
    """When a quotation was said, from evidence for the saying only.

    1. The cue's own time ("she posted on May 9", "In a 2015 interview, he said"):
       basis ``stated`` (``narrative`` when the expression was resolved against the story,
       "Days later, she said"). A time after the article date or in the future never dates
       a saying.
    2. Else, continuing a dated saying of the same speaker just before: that time
       (``narrative``).
    3. Else an ordinary news report of saying ("said", "says", "has said"): the article
       date, as a short range that ends on it and starts the day before (news reports what
       was said that day or the day before); or, when the lead states the story's day
       (``story``), that day: basis ``report``.
    4. Else (no cue, "had said", "would say", no article date): None. A time elsewhere in
       the sentence or paragraph dates something else, never the quotation.

    span (QuotedSpan): the quotation.
    outside (list[Time]): calendar times outside quotations, in text order.
    starts (list[int]): their start offsets (for bisection: no scan of the whole list per quote).
    tenses (dict[int, str | None]): tense by time start offset (future times do not date a saying).
    article (str | None): the article date (YYYY-MM-DD), when it is a known day.
    story (str | None): the story's day (``story_day``), when the lead states one.
    """
    cue = ctx.token_at(span.cue.start) if span.cue is not None else _saying_near(span, ctx)
    if cue is None:
        return None
    lo, hi = ctx.sentence_bounds(cue.idx)
    for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
        t = outside[i]
        if span.start <= t.start < span.end or tenses.get(t.start) == "FUTURE" or _after(t, article):
            continue
        words = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if words is not None and len(words) and _dates_cue(words.root, cue):
            return EventTime(t.value, t.earliest, t.latest, "narrative" if t.anchor == "narrative" else "stated")
    if not _reported(cue):
        return None
    said = _continued(span, cue, outside, starts, ctx, article)
    if said is not None:
        return said
    if article is None:
        return None
    day = dt.date.fromisoformat(article)
    lag = (day - dt.timedelta(days=REPORT_LAG_DAYS)).isoformat()
    clause = {t.i for t in _own_clause(cue)} if cue.tag_ not in PRESENT_TAGS else set()  # "says": the news present
    for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
        t = outside[i]
        words = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if words is not None and len(words) and words.root.i in clause and t.latest is not None \
                and t.latest < lag and (not (span.start <= t.start < span.end) or _verbless_before(span, words[0].i, ctx)) \
                and words.root.head.lower_ not in SPAN_BOUNDS:  # "since early May" bounds, it places nothing
            # "unveiled a plan for the toll in March": the clause is about then. A time inside
            # a reported content counts when the content is a noun phrase up to it (the
            # object the cue acts on), not a clause of its own ("that she would go in March")
            return None
    if story is not None and story <= article:
        # the lead puts the story on that day ("Norvale announced Friday"): its sayings too
        return EventTime(story, story, story, "report")
    if cue.lemma_ not in ORDINARY_SAYING and cue.tag_ not in PRESENT_TAGS:
        # "wrote", "posted", "revealed": no news convention puts these at the article date
        # once the story has just moved to another time
        lo = ctx.sentence_bounds(max(lo - 1, 0))[0]
        for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, cue.idx)):
            t = outside[i]
            if t.earliest is not None and t.latest is not None and not (lag <= t.latest and t.earliest <= article):
                return None
    return EventTime(article, lag, article, "report")


def _verbless_before(span: QuotedSpan, i: int, ctx: DocContext) -> bool:
    """True when the words of ``span`` before token ``i`` hold no verb: a noun-phrase content."""
    first = ctx.token_at(span.start)
    return first is not None and all(tok.pos_ not in ("VERB", "AUX") for tok in ctx.doc[first.i:i])


def _continued(span: QuotedSpan, cue: Token, outside: list[Time], starts: list[int], ctx: DocContext,
               article: str | None) -> EventTime | None:
    """The time of a dated saying by the same speaker just before (earlier in the cue's
    sentence or in the sentence before) that this quotation continues ("..., saying in
    March that ... . 'What a season,' he wrote to his readers.")."""
    index = getattr(ctx.doc._, "entity_index", None) if ctx.doc.has_extension("entity_index") else None
    if span.speaker is None or index is None:
        return None
    lo, _ = ctx.sentence_bounds(cue.idx)
    lo = ctx.sentence_bounds(max(lo - 1, 0))[0]
    for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, min(cue.idx, span.start))):
        t = outside[i]
        if _after(t, article):
            continue
        words = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if words is None or not len(words):
            continue
        verb = words.root
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if verb.lemma_ not in CONTINUED_SAYING or not _dates_cue(words.root, verb):
            continue
        doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if doer is None and verb.dep_ in ("advcl", "conj", "xcomp"):
            doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        ent = index.entity_at(doer.idx, doer.idx + len(doer.text)) if doer is not None else None
        if ent is not None and ent.id == span.speaker:
            return EventTime(t.value, t.earliest, t.latest, "narrative")
    return None
