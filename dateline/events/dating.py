"""When an event happened, from evidence for that event only.

An event's time comes, in order, from:

1. ``stated``: a calendar time expression that dates the verb's own clause
   (``dateline.time.context.dates_clause``: "on Tuesday", "in 2019", "in a 2015
   interview"), or one fronted on the clause a coordinated verb shares ("On Monday she
   resigned and left"); ``narrative`` when that expression was itself resolved against
   the story ("Days later", "A month earlier") or when the clause refers back to an
   occasion the sentence before dated ("During the event, ..." after "a press conference
   on Friday");
2. ``report``: a simple-past or present-perfect main clause of a news story, which
   reports what happened at the story's own time: the recent day the lead names
   ("announced Friday" in an article of Saturday), else the article date or the day
   before (news reports what happened that day or the day before). Not when the story has
   just moved elsewhere (a calendar time outside that frame earlier in the sentence or on
   the main clause of the sentence before; "a ship to be finished in 2026" does not move
   it), nor for the past perfect ("had left"), the present or a clause inside a quotation.

Nothing else dates an event: a time elsewhere in the text that dates something else never
does. An event without evidence stays undated, out of the timeline.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.events.lexicon import (
    FRAME_WINDOW_DAYS,
    LINK_DETERMINERS,
    LINK_PREPS,
    MAIN_DEPS,
    NOT_OF_THE_DAY,
    OCCASION_PREPS,
    ORIGIN_PREPS,
)
from dateline.time.anchor import REPORT_LAG_DAYS
from dateline.time.context import OCCASION_NOUNS, dates_clause, dates_noun
from dateline.time.result import TimeResult
from dateline.types import EventTime, Time


@dataclass(frozen=True)
class SentenceTimes:
    """The calendar times of one sentence with their syntactic roots."""

    rooted: tuple[tuple[Time, Token], ...]


def rooted_times(doc: Doc, sent: Span, times: list[Time], starts: list[int] | None = None) -> SentenceTimes:
    """RETURNS the calendar times inside ``sent``, each with the root token of its words.

    starts (list[int] | None): the start offsets of ``times`` when these are in text order:
        only the sentence's own stretch is looked at (no scan of a long article's every
        time for each of its sentences).
    """
    if starts is not None:
        times = times[bisect.bisect_left(starts, sent.start_char):bisect.bisect_left(starts, sent.end_char)]
    out = []
    for t in times:
        if not (sent.start_char <= t.start < sent.end_char) or not t.earliest:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((t, span.root))
    return SentenceTimes(tuple(out))


def stated_time(verb: Token, sent_times: SentenceTimes) -> Time | None:
    """RETURNS the calendar time expression that dates ``verb``'s own clause, or None.

    Of several that nest, the finest ("at this year's fair on Tuesday": Tuesday).
    A coordinated verb without one shares a time fronted on the clause it is joined to
    ("On Monday she resigned and left"), not one that follows that verb ("resigned on
    Monday and later left" dates only "resigned").
    """
    origin = [root for _, root in sent_times.rooted if _from_origin(root, verb)]
    found = [t for t, root in sent_times.rooted
             if dates_clause(root, verb) and root not in origin and not _continues(root, origin)]
    if found:
        # the finest of nested times ("at this year's fair on Tuesday": the Tuesday)
        best = found[0]
        for t in found[1:]:
            if _narrower(t, best):
                best = t
        return best
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        for t, root in sent_times.rooted:
            if root.i < head.i and dates_clause(root, head):
                return t
    return None


def _from_origin(root: Token, verb: Token) -> bool:
    """True when the time hangs on ``verb`` through a "from" phrase ("postponed from its usual
    Saturday in May"): the date it was moved from, not the event's own."""
    node = root
    for _ in range(8):
        if node.i == verb.i or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in ORIGIN_PREPS and node.head.i == verb.i:
            return True
        node = node.head
    return False


def _continues(root: Token, origin: list[Token]) -> bool:
    """True when a time's phrase follows a "from" date word for word: "from its usual first
    Saturday in May" (the parser hanging "in May" on the verb) is one date moved from."""
    start = root.head.i if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.left_edge.i
    return any(o.head.dep_ == "prep" and o.head.right_edge.i + 1 == start for o in origin)


def contradicts(verb: Token, t: Time, published: str | None) -> bool:
    """True when the tense and the time disagree: a past report ("marched") with a time
    after the article date, or a plan ("will vote", "cannot change") with a relative time
    resolved before it. The expression was resolved against the wrong anchor; it dates nothing."""
    if published is None or t.earliest is None or t.latest is None:
        return False
    if t.earliest > published and _past(verb):
        return True
    return t.anchor is not None and t.latest < published and _ahead(verb)


def _ahead(verb: Token) -> bool:
    """A modal or future verb phrase that does not look back ("will vote", not "could have voted")."""
    chain = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    head = verb
    while head.dep_ == "xcomp" and head.head != head:  # "try to delay": the governing verb's tense
        head = head.head
        chain += [head] + [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" and a.i < verb.i for a in chain if a is not verb):
        return False
    return any(a.tag_ == "MD" or a.lower_ in ("going",) for a in chain)


def _past(verb: Token) -> bool:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in ("to", "going") for a in aux):
        return False
    return verb.tag_ == "VBD" and not aux or any(a.tag_ == "VBD" for a in aux)


def linked_time(verb: Token, prev_times: SentenceTimes) -> EventTime | None:
    """The time an explicit back-reference carries over from the sentence before: "During the
    event", "At the meeting" after a sentence that dates that occasion ("a press conference
    on Friday morning"). Only when that sentence holds exactly one calendar time."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in LINK_PREPS):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            definite = any(d.lower_ in ("the", "that", "this") for d in noun.children if d.dep_ == "det")
            if definite and noun.lemma_.lower() in OCCASION_NOUNS and len(prev_times.rooted) == 1:
                t, root = prev_times.rooted[0]
                if _on_occasion(root):  # that time dates an occasion there, not something else
                    return EventTime(t.value, t.earliest, t.latest, "narrative")
    return None


def _on_occasion(root: Token) -> bool:
    """True when a time expression hangs (within a few steps) on an occasion noun ("a press
    conference held on Friday")."""
    node = root
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in OCCASION_NOUNS:
            return True
    return False


class Occasions:
    """The occasions the article has dated so far, by lemma (the latest told wins): an
    occasion noun with a time of its own ("a Wednesday media event", "a press conference on
    Friday") or placed by a clause with a stated time ("unveiled it at the fair on Monday",
    "gave a talk on Monday"). A later explicit back-reference to one of them ("at the
    event", "during his talk") dates its clause: ``narrative``."""

    def __init__(self) -> None:
        self.at: dict[str, EventTime] = {}

    def record(self, sent: Span, sent_times: SentenceTimes, stated: dict[int, Time]) -> None:
        """Note the dated occasions of ``sent``; ``stated``: token index of a verb -> the
        time stated for its own clause."""
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma = tok.lemma_.lower()
            if lemma not in OCCASION_NOUNS:
                continue
            t = next((t for t, root in sent_times.rooted if root.i != tok.i and dates_noun(root, tok)), None)
            verb = placing_verb(tok)
            placed = stated.get(verb.i) if verb is not None else None
            if placed is not None and (t is None or _narrower(placed, t)):
                t = placed  # "at this year's fair" unveiled "yesterday": the day, not the year
            if t is not None and t.earliest and t.latest:
                self.at[lemma] = EventTime(t.value, t.earliest, t.latest, "narrative")

    def link(self, verb: Token) -> EventTime | None:
        """RETURNS the time of an earlier dated occasion ``verb``'s clause refers back to
        ("During the keynote, she ..."), or None. Not for a plan ("will speak at the event")."""
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return None
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in LINK_PREPS):
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                known = self.at.get(noun.lemma_.lower())
                if known is not None and any(d.lower_ in LINK_DETERMINERS for d in noun.children
                                             if d.dep_ in ("det", "poss")):
                    return known
        return None


def _narrower(a: Time, b: Time) -> bool:
    """True when ``a`` lies within ``b`` and is shorter."""
    if not (a.earliest and a.latest and b.earliest and b.latest):
        return False
    return b.earliest <= a.earliest and a.latest <= b.latest and (a.earliest, a.latest) != (b.earliest, b.latest)


def placing_verb(noun: Token) -> Token | None:
    """The verb whose clause places an occasion noun: its object ("gave a talk"), or the
    object of its "at/during/to/in" ("spoke at the fair", "gave a talk to the congress")."""
    node = noun
    for _ in range(3):
        head = node.head
        if node.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
            return head
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in OCCASION_PREPS:
            if head.head.pos_ in ("VERB", "AUX"):
                return head.head
            node = head.head  # "a talk to the congress": through the noun it hangs on
            continue
        return None
    return None


def as_event_time(t: Time) -> EventTime:
    """RETURNS the EventTime of a stated expression (``narrative`` when resolved against the story)."""
    basis = "narrative" if t.anchor == "narrative" else "stated"
    return EventTime(t.value, t.earliest, t.latest, basis)


class ReportFrame:
    """The story's own time for the news reports of one article.

    published (str | None): the article date (a day), or None when unknown.
    frame (str | None): the day the story's reports are at: the article date, or the day in
        the few days before it that the lead's main clause states (``TimeResult.story_day``);
        None when the lead dates its main clause before the ``FRAME_WINDOW_DAYS`` (a story
        about the past reports nothing of the article's day).
    """

    def __init__(self, tr: TimeResult | None) -> None:
        pub = tr.published.value if tr is not None else None
        self.published = pub if pub and len(pub) == 10 else None
        self.stated = tr is not None and tr.story_day is not None
        self.frame = (tr.story_day if tr is not None else None) or self.published
        self.lag = self.frame
        self._lo: str | None = None
        if self.published is not None:
            day = dt.date.fromisoformat(self.published)
            self._lo = (day - dt.timedelta(days=FRAME_WINDOW_DAYS)).isoformat()
            if not self.stated:
                self.lag = (day - dt.timedelta(days=REPORT_LAG_DAYS)).isoformat()
            lead = tr.lead if tr is not None else None
            if lead is not None and lead.latest is not None and lead.latest < self._lo:
                self.frame = None  # the lead tells of the past ("On March 17, 2015, ..."): no news of the day

    def within(self, t: Time) -> bool:
        """True when ``t`` falls inside the frame (the window of days up to the article date)."""
        return self._lo is not None and self.published is not None and t.earliest is not None \
            and t.latest is not None and self._lo <= t.earliest and t.latest <= self.published

    def time_for(self, verb: Token, sent_times: SentenceTimes, prev_times: SentenceTimes,
                 quoted: bool, lead: bool) -> EventTime | None:
        """RETURNS the report-frame time of ``verb`` or None when the frame does not hold there.

        lead (bool): ``verb`` is in the lead, the first sentences that tell the news; later
            sentences without a time of their own are as often background ("the flood covered
            a district ...", "she sued and later settled") and stay undated.
        """
        if self.frame is None or quoted or not lead or verb.dep_ not in MAIN_DEPS or not _reports(verb):
            return None
        if verb.dep_ == "conj" and verb.head.dep_ not in MAIN_DEPS:
            return None
        # the story has moved when a time outside the frame comes before the verb, on the
        # main clause of the sentence before ("In May, a newsletter obtained ..."; not "a
        # device to be sold in 2031"), or inside the verb's own phrase ("unveiled a plan for
        # the toll in March", however the parser hung it)
        moved = [t for t, root in sent_times.rooted if t.start < verb.idx or _within_clause(root, verb)] + \
            [t for t, root in prev_times.rooted if _in_main_clause(root)]
        if any(not self.within(t) for t in moved):
            return None  # the story has just moved to another time: it does not date this
        if self.stated:
            return EventTime(self.frame, self.frame, self.frame, "report")
        return EventTime(self.frame, self.lag, self.frame, "report")  # that day or the day before


def _in_main_clause(tok: Token) -> bool:
    """True when ``tok`` belongs to its sentence's main clause: the first verb above it is
    the root or a verb coordinated with it, not a subordinate, relative or infinitive clause."""
    node = tok
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and node.i != tok.i or node.head.i == node.i:
            break
        node = node.head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ROOT"


def _within_clause(tok: Token, verb: Token) -> bool:
    """True when ``tok`` is in ``verb``'s own clause (not in a clause nested under it)."""
    node = tok
    for _ in range(12):
        if node.i == verb.i:
            return True
        if node.head.i == node.i or (node.i != tok.i and node.pos_ in ("VERB", "AUX")):
            return False
        node = node.head
    return False


def _reports(verb: Token) -> bool:
    """True for a simple past ("resigned") or present perfect ("has resigned"): a report.
    Not with an adverb that makes it habitual or moves it off the day ("repeatedly
    stated", "later charged") or a connective "after this", "following this"."""
    joined = [verb] + [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    for v in joined:  # "were charged and arrested following this": the coordination shares it
        if any(c.lower_ in NOT_OF_THE_DAY for c in v.children if c.dep_ in ("advmod", "npadvmod")):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("after", "following") for c in v.children):
            return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("had", "'d") for a in aux):
        return False  # past perfect: before the story's time
    if any(a.tag_ == "MD" for a in aux):
        return False  # "would", "will", "could": not a report of what happened
    if verb.tag_ == "VBD" and not aux:
        return True
    if verb.tag_ == "VBN":
        if any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in aux):
            return True  # "has resigned"
        if any(a.lemma_ == "be" and a.tag_ == "VBD" for a in aux):
            return True  # "was arrested"
    return False
