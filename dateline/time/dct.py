"""Article date inference: when was this written, from the text alone?

Two answers, of different certainty (issue 3): ``earliest``/``latest``, a range that must
hold the true date, and ``value``, the single most probable day, given only when the text
holds a clue that fixes the day and the year with a fair chance.

Evidence, strongest first:
1. a dateline ("PARIS, Aug. 31 (Reuters) -" at the head of the text): the day it was filed;
2. dates with a day and a year reported in the past or present tense (an embedded post's
   "September 27, 2016"): the article is on or after the latest one, usually within days,
   and before any date it still looks forward to in the future tense;
3. weekday-date pairs with no year ("Monday, Oct. 3"): only some years fit, and the one at
   or just after the latest year the text names is taken;
4. otherwise the latest year named in the past tense is a lower bound of the range, and no
   value is given: most news names old years ("the 2012 election") far more often than its
   own. On PolNeAR train the latest year named is the article's in 20% of articles, a
   "last year"/"this year" phrase next to a year in 2 of 15, and a yearless month-day read
   in the latest year named is within a week of the article in 3 of 105: a value from them
   would be wrong nearly always, so none is given.
Years after "by"/"until" or in the future tense ("by 2030") look ahead: they never bound
the date below.

Why the value is rare (issue 3): a day within a week needs the year, and news seldom states
its own. On PolNeAR dev the text names the article's year in 8 of 84 articles, holds a date
with a year in 7, and a month-day within the week before the article in 10 (12%, an upper
bound on within-7 even for a reader that knew the year); 33 name no year at all. The clock is never read: a guess of "today" would be wrong for every
archived article.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.time import draft as K
from dateline.time.calendar import month_end
from dateline.time.draft import Draft
from dateline.types import Published

# The article date is on or after its latest past date, usually within days. This is
# how far after it the honest range reaches.
AFTER_LATEST_DAY = 14
WEEKDAY_YEAR_SPAN = 12  # how many years after the latest named year a weekday pair may point to
MIN_YEAR, MAX_YEAR = 1600, 2099
# With no upper bound in the text, the honest range is the era of the news Dateline reads.
ERA_START, ERA_END = dt.date(1900, 1, 1), dt.date(2099, 12, 31)
# Words before a year that make it a deadline or a target ("by 2030", "until 2025"): ahead.
AHEAD_WORDS = frozenset({"by", "until", "till", "through", "before"})
# Words before a full date that make it a term, not a report ("notes due Oct. 15, 1999",
# "maturing March 15, 2007", "payable Dec. 1"): such a date may lie years ahead.
TERM_WORDS = frozenset({"due", "maturing", "matures", "mature", "expiring", "expires", "expire", "payable",
                        "effective", "starting", "beginning", "ending", "from", "to", "and"})
# A dateline: at the start of a line in the first few hundred characters, a place in capitals,
# a date, an optional agency in brackets, then a dash ("WASHINGTON, June 10 (AP) --").
DATELINE_REACH = 600
DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'\- ]{1,40}(?:,[ \t]*[A-Z][A-Za-z.]{1,15}(?:[ \t]+[A-Z][A-Za-z.]{1,15})?)?,[ \t]*$")
DATELINE_AFTER = re.compile(r"^(?:,?[ \t]*\d{4})?[ \t]*(?:\([A-Za-z .&-]{1,30}\))?[ \t]*(?:—|–|--|-)")
# A yearless month-day this far after the estimated date is not reported: a schedule.
LOOSE_AHEAD_DAYS = 3


def _day(d: Draft, year: int | None) -> dt.date | None:
    y = d.year or year
    if y is None or not d.month or not d.day:
        return None
    try:
        return dt.date(y, d.month, d.day)
    except ValueError:
        return None


def _pair_year(d: Draft, after: int | None) -> int | None:
    """The year in which ``d``'s weekday falls on its month and day, at or after ``after``."""
    if after is None:
        return None
    for y in range(after, min(after + WEEKDAY_YEAR_SPAN, MAX_YEAR) + 1):
        try:
            if dt.date(y, d.month, d.day).isoweekday() == d.weekday:  # type: ignore[arg-type]
                return y
        except ValueError:
            continue
    return None


def _fits(d: Draft, year: int) -> bool:
    """True when ``d``'s weekday falls on its month and day in ``year``."""
    try:
        return dt.date(year, d.month, d.day).isoweekday() == d.weekday  # type: ignore[arg-type]
    except ValueError:
        return False


def _ahead(d: Draft, tense: str | None, text: str) -> bool:
    """True when a date looks ahead: the future tense, or a deadline or term word before it."""
    if tense == "FUTURE":
        return True
    words = text[max(0, d.start - 12):d.start].lower().split()
    return bool(words) and (words[-1] in AHEAD_WORDS or d.day is not None and words[-1] in TERM_WORDS)


def _dateline(drafts: list[Draft], text: str) -> Draft | None:
    """RETURNS the date of a dateline at the head of the text, or None."""
    for d in drafts:
        if d.start > DATELINE_REACH:
            return None
        if d.kind == K.ABSOLUTE and d.month and d.day and DATELINE_BEFORE.search(text[max(0, d.start - 60):d.start]) \
                and DATELINE_AFTER.match(text[d.end:d.end + 40]):
            return d
    return None


def infer_published(drafts: list[Draft], tenses: list[str | None], inside: list[bool],
                    text: str = "") -> Published:
    """Infer the article date. RETURNS a Published with source "inferred" (or "unknown").

    drafts (list[Draft]): every tagged expression, in text order.
    tenses (list[str | None]): tense of each draft's governing verb.
    inside (list[bool]): whether each draft is inside a quotation.
    text (str): the article text (for the dateline and the words before a year).
    """
    clues: list[str] = []
    absolute = [(d, t) for d, t in zip(drafts, tenses, strict=True) if d.kind == K.ABSOLUTE]
    # years named, alone ("in 2015") or with a month, that do not look ahead ("by 2030")
    named = [(d, t) for d, t in absolute if d.year and not d.day and MIN_YEAR <= d.year <= MAX_YEAR
             and not _ahead(d, t, text)]
    latest_year = max((d.year for d, _ in named if d.year), default=None)
    if latest_year:
        clues.append(f"latest year named, not looking ahead: {latest_year}")
    # 1. a dateline names the day of filing
    head = _dateline(drafts, text)
    # 2. weekday-date pairs fix the year
    pair_years: list[int] = []
    for d, _ in absolute:
        if d.weekday and d.month and d.day and d.year is None:
            y = _pair_year(d, latest_year)
            if y is not None:
                pair_years.append(y)
                clues.append(f"'{d.text}': that weekday falls on that date in {y}")
    # 3. day-precision dates whose year is stated or fixed by a weekday, past vs future
    past: list[tuple[dt.date, Draft]] = []
    future: list[dt.date] = []
    year_for_pairs = max(pair_years) if pair_years else None
    for d, t in absolute:
        if d.day is None or d.month is None:
            continue
        if d.year is None and not (d.weekday and year_for_pairs):
            continue  # a month-day with no year: which year is not known
        when = _day(d, year_for_pairs)
        if when is None:
            continue
        if _ahead(d, t, text):
            future.append(when)
        else:
            past.append((when, d))
    this_month = any(d.kind == K.DEICTIC and d.unit == "month" and d.offset == 0 and not ins
                     for d, ins in zip(drafts, inside, strict=True))
    if head is not None and head.year is not None:
        when = _day(head, None)
        if when is not None:
            past.append((when, head))
    if past:
        # drop a far-future outlier (a schedule, an expiry date) that the tense missed
        past.sort(key=lambda x: x[0])
        latest, src = past[-1]
        if len(past) >= 3 and (latest - past[-2][0]).days > 366:
            latest, src = past[-2]
        clues.append(f"latest date reported in the past or present: {latest.isoformat()} ('{src.text}')")
        lo, hi = latest, latest + dt.timedelta(days=AFTER_LATEST_DAY)
        if this_month:
            hi = min(hi, month_end(latest.year, latest.month))
            clues.append("'this month' outside quotations: the article is in the month of that date")
        later = [f for f in future if f > latest]
        if later:
            hi = min(hi, min(later))
            clues.append(f"a date still ahead in the future tense: {min(later).isoformat()}")
        if src.year is None and src.weekday and latest_year is not None and latest.year - latest_year >= 2:
            # The weekday fixed the year only as the first fit after a year named long
            # before it ("since 1998"): later fits are as likely, so the range holds them.
            fits = [y for y in range(latest.year + 1, latest_year + WEEKDAY_YEAR_SPAN + 1)
                    if _fits(src, y)]
            if fits:
                hi = dt.date(fits[-1], latest.month, latest.day) + (hi - lo)
                clues.append(f"the weekday also fits {', '.join(map(str, fits))}: the range holds them")
        value = latest
        if head is not None and head.year is None:
            dated = _day(head, latest.year)
            if dated is not None and lo <= dated <= hi:
                value = dated
                clues.append(f"dateline '{head.text}' in {latest.year}")
        return Published(value.isoformat(), "inferred", lo.isoformat(), hi.isoformat(), tuple(clues))
    # 4. no anchored day: the latest year named in the past tense bounds the date below (one in
    # the present, "the 2016 race is close", may be ahead); nothing bounds it above
    past_years = [d.year for d, t in named if t == "PAST" and d.year]
    lo = dt.date(max(past_years), 1, 1) if past_years else ERA_START
    if past_years:
        clues.append(f"latest year named in the past tense: {max(past_years)} (a lower bound only)")
    if past_years or latest_year:
        return Published(None, "inferred", lo.isoformat(), ERA_END.isoformat(), tuple(clues))
    clues.append("no dated evidence in the text: only the era of modern news")
    return Published(None, "unknown", ERA_START.isoformat(), ERA_END.isoformat(), tuple(clues))

