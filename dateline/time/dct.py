"""Article date inference: when was this written, from the text alone?

Two answers, of different certainty (issues 3 and 17): ``earliest``/``latest``, a range
that must hold the true date, and ``value``, the single most probable day, given only when
a clue names the day itself or a day the article is usually written right after.

A date in the text bounds the article date only as what it is:
- a date or year reported in the past tense, outside quotations, is a lower bound (the
  article is written after what it reports), and so is one that starts a span counted up to
  the present ("has led the firm since 2004", "is the highest since 1999"); a quotation or the
  future tense never gives one;
- a date or year still ahead in the future tense, or after a deadline or term word ("due
  Oct. 15, 2029", "until 2025"), or still expected in the present ("is expected in 2031",
  "to be released in mid-2031"), outside quotations, is an upper bound; an expectation told
  in the past ("was expected in 2031") bounds nothing;
- a year that premodifies a noun ("1990 earnings", "the 2011 version") classifies a thing
  and bounds nothing;
- "last year's 2019 election" fixes the article's year (2020);
- a dateline ("ROME, May 3 (Reuters) -", "May 3, 2019 -") or a "Published" note names the
  day; a correction or update note is on or after it; an embedded post's date ("... (@handle)
  May 3, 2019") is before it, usually by days.
A weekday-date pair with no year ("Monday, Oct. 3") fits only some years: the value takes
the first fit at or after the latest year named, and the range is left to the bounds, which
then hold every other fit too (several fitting years are never narrowed to one).

Why the value is rare (issue 3): the latest full date of a text is seldom within a week of
the article (0 of 7 on TimeBank, 0 of 4 on MEANTIME apple), so it is a bound, not a value.

The reading day (issue 17): an article cannot have been published after it was read, so the
day of reading, when the caller states it (``read_on``: ``--read-on`` on the command line, a
WARC record's crawl date), is an upper bound that always holds. It replaces the era's end
(2099), which no article can reach, and is marked as what it is: no clue from the text. It is
never taken from the clock (tests/test_clock.py: the same input gives the same output on any
day), and the value is never "today": a guess of the reading day would be wrong for every
archived article. A text's lower bound after the reading day is a misread clue (or a wrong
reading day) and bounds nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.time import draft as K
from dateline.time.calendar import parse_value, period_range
from dateline.time.data.article_dates import (
    AHEAD_WORDS,
    ASPECTUAL_VERBS,
    EDIT_LABELS,
    EXPECTATION_VERBS,
    NOT_UPPER_WORDS,
    POSSESSIVE_YEAR_OFFSETS,
    PREMODIFIER_DEPS,
    PUBLISHED_LABELS,
    SINCE_WORDS,
    TERM_WORDS,
    UPPER_TERM_WORDS,
)
from dateline.time.draft import Draft
from dateline.time.numbers import parse_number
from dateline.types import Published

if TYPE_CHECKING:
    from dateline.time.context import DocContext

WEEKDAY_YEAR_SPAN = 12  # how many years after the latest named year a weekday pair may point to
MIN_YEAR, MAX_YEAR = 1600, 2099
# With no bound in the text, the honest range is the era of the news Dateline reads.
ERA_START, ERA_END = dt.date(1900, 1, 1), dt.date(2099, 12, 31)
# READING: an article is never published after the day it is read (or crawled), so that day,
# when the caller states it, ends every range. It is no clue from the text, and says so.
READING_CLUE = "the day the article was read or crawled (not a clue in the text)"
# A dateline names the day of filing; the article may carry the next day's date.
DATELINE_SLACK_DAYS = 1
# A yearless dateline is put in the year of a named day (an embedded post) it follows within this.
NAMED_DAY_REACH = 30
# A dateline: at the start of a line in the first few hundred characters, a place in capitals,
# a date, an optional agency in brackets or slashes, then a dash ("WASHINGTON, June 10 (AP) --"),
# or a date first ("June 10, 2019 --"), maybe after the place and agency ("ROME (AP) -- June 10, 2019 --").
DATELINE_REACH = 600
_DASH = r"(?:—|–|―|--|-|_)"
DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'\- ]{1,40}(?:,[ \t]*[A-Z][A-Za-z.]{1,15}(?:[ \t]+[A-Z][A-Za-z.]{1,15})?)?,[ \t]*$")
DATE_FIRST_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?:[A-Z][A-Z.'\- ]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z.]{{1,15}})?[ \t]*(?:\([A-Za-z .&-]{{1,30}}\))?[ \t]*{_DASH}[ \t]*)?$")
DATELINE_AFTER = re.compile(rf"^(?:,?[ \t]*\d{{4}})?[ \t]*(?:\([A-Za-z .&-]{{1,30}}\)|/[A-Za-z .&-]{{1,30}}/)?[ \t]*{_DASH}")
# A date alone on its line, maybe after a label ("Published: May 3, 2019", "Updated 5:10 p.m.
# ET, Fri May 3, 2019", "By Ann Lee | May 3, 2019", "Posted on May 3, 2019 by Ann Lee"): the
# label says what the date is of. Around the date, a clock time and a weekday may stand.
_CLOCK = r"(?:(?:at[ \t]+)?\d{1,2}[:.]\d\d[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:[A-Z]{2,4}\b)?)"
_WD_WORD = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?)"
_SEP = r"[ \t,|•·–—-]*"
_LINE_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?P<label>[^\n]{{0,60}}?){_SEP}(?:{_CLOCK}{_SEP})?(?:{_WD_WORD}{_SEP})?\Z")
_LINE_END = re.compile(rf"{_SEP}(?:{_WD_WORD}{_SEP})?(?:{_CLOCK})?[ \t.]*(?:[ \t]by[ \t]+[A-Z][^\n]{{0,60}})?[ \t.]*(?:\n|\Z)")
_LABEL_WORDS = re.compile(r"(?i:(?P<word>[a-z' ]+?)(?:[ \t]+on)?)[ \t]*:?[ \t]*\Z")
_BYLINE = re.compile(r"(?i:by)[ \t]+[A-Z][^\n]{0,50}\Z")
_COPYRIGHT_BEFORE = re.compile(r"(?i:copyright|©|\(c\))[ \t]*(?:(?i:copyright|©|\(c\))[ \t]*)?\Z")
# An embedded post's signature ("— Name (@handle) May 3, 2019") or a caption's date in brackets.
_EMBED_BEFORE = re.compile(r"(?:\(@\w{1,30}\)|\()[ \t]*\Z")
# A year in apposition with a year counted from the article's ("last year, in 2019", "2019 (last
# year)", "five years ago, in 2016"): the two name one year, so the article's is fixed.
_REL_YEAR_BEFORE = re.compile(r"(?i:\b(?P<rel>last|this|next)\s+year|\b(?P<n>[a-z0-9-]+)\s+years?\s+ago)[ \t]*[,(][ \t]*(?:(?i:in)[ \t]+)?\Z")
_REL_YEAR_AFTER = re.compile(r"[ \t]*[,(][ \t]*(?i:(?P<rel>last|this|next)\s+year\b|(?P<n>[a-z0-9-]+)\s+years?\s+ago\b)")
_POSSESSIVE_YEAR = re.compile(r"(?i:\b(?P<rel>last|this|next)\s+year['’]s)\s+\Z")


@dataclass(frozen=True)
class Bound:
    """One bound of the article date and the clue it comes from."""

    day: dt.date
    clue: str


def _day(d: Draft, year: int | None = None) -> dt.date | None:
    y = d.year or year
    if y is None or not d.month or not d.day:
        return None
    try:
        return dt.date(y, d.month, d.day)
    except ValueError:
        return None


def _period(d: Draft) -> tuple[dt.date, dt.date] | None:
    """RETURNS (first, last) day of a yearful period draft ("March 2015", "1998", "the third
    quarter of 1989"), or None."""
    if d.year is None:
        return None
    if d.month:
        value = f"{d.year:04d}-{d.month:02d}"
    elif d.quarter:
        value = f"{d.year:04d}-Q{d.quarter}"
    elif d.half:
        value = f"{d.year:04d}-H{d.half}"
    else:
        value = f"{d.year:04d}"  # a season may reach into the next year: its year is the bound
    p = parse_value(value)
    return period_range(*p) if p else None


def _fits(d: Draft, year: int) -> bool:
    """True when ``d``'s weekday falls on its month and day in ``year``."""
    try:
        return dt.date(year, d.month, d.day).isoweekday() == d.weekday  # type: ignore[arg-type]
    except ValueError:
        return False


def _word_before(d: Draft, text: str) -> str:
    words = text[max(0, d.start - 14):d.start].lower().split()
    return words[-1].strip("(,") if words else ""


def _ahead_word(d: Draft, text: str) -> bool:
    """True when a deadline or term word stands before ``d`` ("by 2030", "due Oct. 15, 2029")."""
    word = _word_before(d, text)
    return word in AHEAD_WORDS or d.day is not None and word in TERM_WORDS


def _premodifier(d: Draft, ctx: DocContext | None) -> bool:
    """True for a year that premodifies a noun ("1990 earnings", "the 2016 election")."""
    if ctx is None or d.month or d.quarter or d.half or d.season:
        return False
    tok = ctx.token_at(d.end - 1)
    return tok is not None and tok.dep_ in PREMODIFIER_DEPS and tok.head.i > tok.i


def _label(d: Draft, text: str) -> str | None:
    """RETURNS the label of a date alone on its line: "" for none, "published" for a byline,
    else its words in lower case ("updated", "posted"); None when the date is inside a sentence."""
    if not _LINE_END.match(text, d.end):
        return None
    m = _LINE_BEFORE.search(text, max(0, d.start - 80), d.start)
    if m is None:
        return None
    label = m["label"].strip(" \t,|•·–—-")
    if not label:
        return ""
    if _BYLINE.match(label):
        return "published"
    words = _LABEL_WORDS.fullmatch(label)
    return " ".join(words["word"].lower().split()) if words else None


def _dateline(d: Draft, text: str) -> bool:
    """True when ``d`` is the date of a dateline at the head of the text."""
    if d.start > DATELINE_REACH or not (d.month and d.day):
        return False
    before = text[max(0, d.start - 60):d.start]
    return bool((DATELINE_BEFORE.search(before) or DATE_FIRST_BEFORE.search(before))
                and DATELINE_AFTER.match(text[d.end:d.end + 40]))


@dataclass
class _Evidence:
    """The bounds and value candidates gathered from the text, with their clues."""

    lows: list[Bound] = field(default_factory=list)
    highs: list[Bound] = field(default_factory=list)
    clues: list[str] = field(default_factory=list)
    named: list[tuple[dt.date, str]] = field(default_factory=list)  # (day, clue): days the article is on or just after
    yearless: list[tuple[dt.date, str]] = field(default_factory=list)  # datelines with no year

    def day(self, day: dt.date, clue: str, slack: int = DATELINE_SLACK_DAYS) -> None:
        """The article is on ``day`` or up to ``slack`` days after it."""
        self.lows.append(Bound(day, clue))
        self.highs.append(Bound(day + dt.timedelta(days=slack), clue))
        self.named.append((day, clue))


def _page_day(d: Draft, tense: str | None, text: str, ev: _Evidence) -> bool:
    """Step 1: a full date that names the page's own day: a dateline, a date line or
    "Published" note, a correction or update note, an embedded post's date. RETURNS True when
    ``d`` was one (it then bounds nothing else)."""
    day = _day(d)
    if d.month and d.day and _dateline(d, text):
        if day is None:
            ev.yearless.append((dt.date(2000, d.month, d.day), d.text))
        else:
            ev.day(day, f"dateline '{d.text}'")
        return True
    if day is None:
        return False
    label = _label(d, text)
    if label in PUBLISHED_LABELS or label == "" and d.start <= DATELINE_REACH:
        ev.day(day, f"date line '{d.text}'")
        return True
    if label in EDIT_LABELS:
        ev.highs.append(Bound(day, f"{label} note '{d.text}': the article is on or before it"))
        ev.named.append((day, f"{label} note '{d.text}'"))
        return True
    if _EMBED_BEFORE.search(text, max(0, d.start - 40), d.start) and tense is None:
        ev.lows.append(Bound(day, f"embedded post or caption dated '{d.text}'"))
        ev.named.append((day, f"embedded post or caption dated '{d.text}'"))
        return True
    return False


def _reported_span(d: Draft, tense: str | None, text: str, ctx: DocContext | None, ev: _Evidence) -> None:
    """Step 2: a yearful date or period as what it is: a copyright line's year (on or after
    the article's), a report in the past tense (a lower bound), a date still ahead (an upper
    bound); a year that premodifies a noun bounds nothing."""
    span = (day, day) if (day := _day(d)) is not None else _period(d)
    if span is None:
        return
    if not d.month and _COPYRIGHT_BEFORE.search(text, max(0, d.start - 24), d.start):
        ev.highs.append(Bound(span[1], f"copyright '{d.text}': the article is of that year or before"))
        return
    word = _word_before(d, text)
    expectation = _expectation(d, ctx)
    aspect = tense is None and _aspect_tense(d, ctx) == "PAST"
    if aspect:
        tense = "PAST"
    if tense == "PAST" and not _ahead_word(d, text) and not _premodifier(d, ctx) and expectation is None:
        how = " (a gerund after a past verb of beginning or ending)" if aspect else ""
        ev.lows.append(Bound(span[0], f"'{d.text}' reported in the past tense{how}"))
    elif tense == "PRESENT" and word in SINCE_WORDS and not _premodifier(d, ctx):
        ev.lows.append(Bound(span[0], f"'{word} {d.text}' counted up to the present"))
    elif (tense == "FUTURE" or word in UPPER_TERM_WORDS) and word not in NOT_UPPER_WORDS \
            and not _premodifier(d, ctx):
        ev.highs.append(Bound(span[1], f"'{d.text}' still ahead"))
    elif tense != "PAST" and word not in NOT_UPPER_WORDS and expectation == "ahead":
        ev.highs.append(Bound(span[1], f"'{d.text}' still expected"))


def _aspect_tense(d: Draft, ctx: DocContext | None) -> str | None:
    """"PAST" when ``d`` dates a gerund after a verb of beginning or ending told in the past
    ("ceased paying its owners in 1984"), whose own tense is none; else None."""
    tok = ctx.token_at(d.start) if ctx is not None else None
    steps = 0
    while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and steps < 6:
        tok = tok.head
        steps += 1
    if tok is None or tok.tag_ != "VBG" or tok.dep_ != "xcomp" or tok.head.lemma_ not in ASPECTUAL_VERBS:
        return None
    head = tok.head
    if head.tag_ == "VBD" or head.tag_ == "VBN" and any(a.lemma_ == "have" for a in head.children if a.dep_ == "aux"):
        return "PAST"
    return None


def _expectation(d: Draft, ctx: DocContext | None) -> str | None:
    """How the clause that ``d`` dates holds it as expected: "ahead" in the present ("is
    expected in 2009", "a ferry to be sold from mid-2031", "is intended to open in the
    spring"), "past" for an expectation told in the past ("was expected in 2006", "had planned
    to open in 2030": it may have been met or missed since), else None."""
    tok = ctx.token_at(d.start) if ctx is not None else None
    steps = 0
    while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and steps < 6:
        tok = tok.head
        steps += 1
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return None
    aux = {a.lower_ for a in tok.children if a.dep_ in ("aux", "auxpass")}
    head = tok.head if tok.tag_ in ("VB", "VBN") and "to" in aux else None
    if tok.lemma_ in EXPECTATION_VERBS and tok.tag_ in ("VBN", "VBZ", "VBP"):
        expecting = tok  # "is expected in 2009", "(shipping,) expected in late 2006", "expects profit in 1990"
    elif head is not None and head.lemma_ in EXPECTATION_VERBS:
        expecting = head  # "is intended to open in", "plans to reopen in"
    elif tok.tag_ == "VBN" and {"to", "be"} <= aux and tok.dep_ in ("acl", "relcl", "advcl"):
        return "ahead"  # "the ferry, to be sold from mid-2031"
    else:
        return None
    for t in (expecting, expecting.head) if expecting.pos_ == "ADJ" else (expecting,):  # "had been due to"
        if t.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in t.children
                                  if a.dep_ in ("aux", "auxpass")):
            return "past"
    return "ahead"


def _bounds(drafts: list[Draft], tenses: list[str | None], inside: list[bool], text: str,
            ctx: DocContext | None, ev: _Evidence) -> None:
    """Fill ``ev`` with what the dated expressions outside quotations say of the article date:
    the page's own day (step 1), else the date as a report, a schedule or a term (step 2),
    then the year it fixes with a relative phrase (step 3: "last year, in 2019", "last year's
    2019 election")."""
    for d, tense, ins in zip(drafts, tenses, inside, strict=True):
        if ins or d.kind != K.ABSOLUTE:
            continue
        if d.year is not None and not MIN_YEAR <= d.year <= MAX_YEAR:
            continue
        if _page_day(d, tense, text, ev) or d.year is None:
            continue
        _reported_span(d, tense, text, ctx, ev)
        _apposed_year(d, text, ev)
        _possessive_year(d, text, ev)


def _possessive_year(d: Draft, text: str, ev: _Evidence) -> None:
    """Bounds from "last year's 2019 election": the article is in the year after 2019."""
    m = _POSSESSIVE_YEAR.search(text, max(0, d.start - 20), d.start)
    if m and not d.month and d.year is not None and m.end() == d.start:
        year = d.year + POSSESSIVE_YEAR_OFFSETS[m["rel"].lower()]
        clue = f"'{m.group().strip()} {d.text}': the article is in {year}"
        ev.lows.append(Bound(dt.date(year, 1, 1), clue))
        ev.highs.append(Bound(dt.date(year, 12, 31), clue))


def _apposed_year(d: Draft, text: str, ev: _Evidence) -> None:
    """Bounds from a year in apposition with "last year" or "N years ago" (see _REL_YEAR_BEFORE)."""
    if d.month or d.year is None:
        return
    m = _REL_YEAR_BEFORE.search(text, max(0, d.start - 30), d.start) or _REL_YEAR_AFTER.match(text, d.end)
    if m is None:
        return
    if m["rel"]:
        lo = hi = d.year + POSSESSIVE_YEAR_OFFSETS[m["rel"].lower()]
    else:
        n = parse_number(m["n"].replace("-", " "))
        if n is None or n != int(n) or n < 1:
            return
        lo, hi = d.year + int(n), d.year + int(n) + 1  # "two years ago" may be said in the third
    clue = f"'{m.group().strip(' ,(')}' is '{d.text}'"
    ev.lows.append(Bound(dt.date(lo, 1, 1), clue))
    ev.highs.append(Bound(dt.date(hi, 12, 31), clue))


def infer_published(drafts: list[Draft], tenses: list[str | None], inside: list[bool],
                    text: str = "", ctx: DocContext | None = None, read_on: dt.date | None = None) -> Published:
    """Infer the article date. RETURNS a Published with source "inferred" (or "unknown").

    drafts (list[Draft]): every tagged expression, in text order.
    tenses (list[str | None]): tense of each draft's governing verb.
    inside (list[bool]): whether each draft is inside a quotation.
    text (str): the article text (for the dateline and the words before a date).
    ctx (DocContext | None): the parse (to tell a year premodifying a noun); None skips that check.
    read_on (date | None): the day the article was read or crawled: the range ends there at the
        latest (see READING below). None: the era's end.
    """
    ev = _Evidence()
    _bounds(drafts, tenses, inside, text, ctx, ev)
    lo, hi = _range(ev)
    end = ERA_END if read_on is None or not ERA_START <= read_on < ERA_END else read_on
    if lo is not None and lo.day > end:
        ev.clues.append(f"'{lo.clue}' is after the day the article was read ({end.isoformat()}): "
                        "it bounds nothing")
        lo = None
    earliest = lo.day if lo is not None else ERA_START
    latest = min(hi.day, end) if hi is not None else end
    if end != ERA_END and latest == end:
        ev.clues.append(f"on or before {end.isoformat()}: {READING_CLUE}")
    value = _value(drafts, tenses, inside, text, ev.named, ev.yearless, earliest, latest, ev.clues)
    if lo is None and hi is None and value is None:
        ev.clues.append("no dated evidence in the text: only the era of modern news")
        return Published(None, "unknown", ERA_START.isoformat(), latest.isoformat(), tuple(ev.clues))
    return Published(value.isoformat() if value else None, "inferred", earliest.isoformat(), latest.isoformat(),
                     tuple(ev.clues))


def _range(ev: _Evidence) -> tuple[Bound | None, Bound | None]:
    """The tightest lower and upper bound, or neither when they disagree (one clue is then
    misread; only what every clue allows is kept). RETURNS (lower, upper), each with its clue."""
    lo = max(ev.lows, key=lambda b: b.day, default=None)
    hi = min(ev.highs, key=lambda b: b.day, default=None)
    if lo is not None and hi is not None and lo.day > hi.day:
        ev.clues.append(f"'{lo.clue}' and '{hi.clue}' disagree: neither bounds the date")
        return None, None
    if lo is not None:
        ev.clues.append(f"on or after {lo.day.isoformat()}: {lo.clue}")
    if hi is not None:
        ev.clues.append(f"on or before {hi.day.isoformat()}: {hi.clue}")
    return lo, hi


def _value(drafts: list[Draft], tenses: list[str | None], inside: list[bool], text: str,
           named: list[tuple[dt.date, str]], yearless: list[tuple[dt.date, str]],
           earliest: dt.date, latest: dt.date, clues: list[str]) -> dt.date | None:
    """The most probable day inside [earliest, latest], or None: the day a dateline or note
    names, else the dateline's month-day in the first year the bounds allow, else a weekday
    pair's date in the first year it fits at or after the latest year named."""
    inside_range = [(day, clue) for day, clue in named if earliest <= day <= latest]
    if inside_range and not yearless:
        day, clue = max(inside_range)
        clues.append(f"value from {clue}")
        return day
    # a dateline with no year ("DENVER, March 3 (AP) -"): in the year of a day the
    # article is just after (an embedded post), when the dateline falls soon after it
    for md, text_ in yearless[:1]:
        for day_, clue in sorted(named, reverse=True):
            for year in (day_.year, day_.year + 1):
                try:
                    day = dt.date(year, md.month, md.day)
                except ValueError:
                    continue
                if 0 <= (day - day_).days <= NAMED_DAY_REACH and earliest <= day <= latest:
                    clues.append(f"dateline '{text_}' soon after {clue}: {year}")
                    return day
    years = [d.year for d, t, ins in zip(drafts, tenses, inside, strict=True) if d.kind == K.ABSOLUTE and d.year and not d.day
             and MIN_YEAR <= d.year <= MAX_YEAR and t != "FUTURE" and not _ahead_word(d, text)]
    latest_year = max(years, default=None)
    if latest_year is None:
        return None
    best: tuple[dt.date, str] | None = None
    for d, t, ins in zip(drafts, tenses, inside, strict=True):
        if ins or t == "FUTURE" or d.kind != K.ABSOLUTE or not (d.weekday and d.month and d.day) or d.year:
            continue
        fit = next((y for y in range(latest_year, min(latest_year + WEEKDAY_YEAR_SPAN, MAX_YEAR) + 1)
                    if _fits(d, y)), None)
        when = _day(d, fit) if fit else None
        if when is not None and earliest <= when <= latest and (best is None or when > best[0]):
            best = (when, d.text)
    if best is None:
        return None
    fits = [y for y in range(earliest.year, latest.year + 1) if y != best[0].year and _fits_day(best[0], y)]
    clues.append(f"'{best[1]}': that weekday falls on that date in {best[0].year}, the first such year "
                 f"from {latest_year}" + (f" (also in {len(fits)} other years the range holds)" if fits else ""))
    return best[0]


def _fits_day(day: dt.date, year: int) -> bool:
    try:
        return dt.date(year, day.month, day.day).isoweekday() == day.isoweekday()
    except ValueError:
        return False
