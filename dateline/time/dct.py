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
4. a year the text ties to the present ("last year ... 2015" is 2016, "this year's 2016 race"):
   month-days with no year are read in it, the latest one reported being the best guess;
5. otherwise the latest year named in the past or present is a lower bound of the range,
   and no value is given: most news names old years ("the 2012 election") far more often
   than its own (PolNeAR train: the latest year named is the article's in 20% of articles).
Years after "by"/"until" or in the future tense ("by 2030") look ahead: they never bound
the date below. The clock is never read: a guess of "today" would be wrong for every
archived article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

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


def _ahead(d: Draft, tense: str | None, text: str) -> bool:
    """True when a year looks ahead: the future tense, or a deadline word before it."""
    if tense == "FUTURE":
        return True
    words = text[max(0, d.start - 10):d.start].lower().split()
    return bool(words) and words[-1] in AHEAD_WORDS


def _dateline(drafts: list[Draft], text: str) -> Draft | None:
    """RETURNS the date of a dateline at the head of the text, or None."""
    for d in drafts:
        if d.start > DATELINE_REACH:
            return None
        if d.kind == K.ABSOLUTE and d.month and d.day and DATELINE_BEFORE.search(text[max(0, d.start - 60):d.start]) \
                and DATELINE_AFTER.match(text[d.end:d.end + 40]):
            return d
    return None


def _pinned_years(drafts: list[Draft], sents: list[int], years: list[tuple[Draft, str | None]]) -> list[int]:
    """Years a relative year phrase ties to the present: "last year" next to the only year of its
    sentence ("last year, in 2015") is that year plus one."""
    by_sent: dict[int, set[int]] = {}
    for (d, _), s in years:
        by_sent.setdefault(s, set()).add(d.year)  # type: ignore[arg-type]
    out = []
    for d, s in zip(drafts, sents):
        if d.kind == K.DEICTIC and d.unit == "year" and d.offset is not None and d.month is None and d.rule == "rel_unit":
            named = by_sent.get(s, set())
            if len(named) == 1:
                out.append(next(iter(named)) - d.offset)
    return out


def infer_published(drafts: list[Draft], tenses: list[str | None], inside: list[bool],
                    text: str = "", sents: list[int] | None = None) -> Published:
    """Infer the article date. RETURNS a Published with source "inferred" (or "unknown").

    drafts (list[Draft]): every tagged expression, in text order.
    tenses (list[str | None]): tense of each draft's governing verb.
    inside (list[bool]): whether each draft is inside a quotation.
    text (str): the article text (for the dateline and the words before a year).
    sents (list[int] | None): the sentence (start offset) of each draft.
    """
    sents = sents if sents is not None else [-1] * len(drafts)
    clues: list[str] = []
    absolute = [(d, t) for d, t in zip(drafts, tenses) if d.kind == K.ABSOLUTE]
    # years alone ("in 2015"), with the sentence they are in, that do not look ahead
    bare_years = [((d, t), s) for (d, t), s in zip(zip(drafts, tenses), sents)
                  if d.kind == K.ABSOLUTE and d.year and not d.month and MIN_YEAR <= d.year <= MAX_YEAR]
    named = [(d, t) for (d, t), _ in bare_years if not _ahead(d, t, text)]
    named += [(d, t) for d, t in absolute if d.year and d.month and t != "FUTURE" and MIN_YEAR <= d.year <= MAX_YEAR]
    latest_year = max((d.year for d, _ in named), default=None)
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
    loose: list[Draft] = []  # month-days whose year is not stated
    year_for_pairs = max(pair_years) if pair_years else None
    for d, t in absolute:
        if d.day is None or d.month is None:
            continue
        if d.year is None and not (d.weekday and year_for_pairs):
            if t != "FUTURE":
                loose.append(d)
            continue
        when = _day(d, year_for_pairs)
        if when is None:
            continue
        (future.append(when) if t == "FUTURE" else past.append((when, d)))
    this_month = any(d.kind == K.DEICTIC and d.unit == "month" and d.offset == 0 and not ins
                     for d, ins in zip(drafts, inside))
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
        value = latest
        if head is not None and head.year is None:
            dated = _day(head, latest.year)
            if dated is not None and lo <= dated <= hi:
                value = dated
                clues.append(f"dateline '{head.text}' in {latest.year}")
        return Published(value.isoformat(), "inferred", lo.isoformat(), hi.isoformat(), tuple(clues))
    # 4. no anchored day: the latest year named in the past or present bounds the date below;
    # nothing in the text bounds it above, so the range runs to the end of the era
    # only the past tense bounds it: a year in the present ("the 2016 race is close") may be ahead
    past_years = [d.year for d, t in named if t == "PAST"]
    lo = dt.date(max(past_years), 1, 1) if past_years else ERA_START
    if past_years:
        clues.append(f"latest year named in the past tense: {max(past_years)} (a lower bound only)")
    pins = _pinned_years(drafts, sents, [x for x in bare_years if not _ahead(x[0][0], x[0][1], text)])
    year = None
    if pins:
        year, votes = Counter(pins).most_common(1)[0]
        clues.append(f"a relative year phrase next to a named year: the article is in {year}")
    if year is not None and year >= lo.year:
        guess = _best_day(head, loose, year)
        if guess is not None:
            clues.append(f"best guess: '{guess[1].text}' in {year} (its year is not stated)")
            return Published(guess[0].isoformat(), "inferred", lo.isoformat(), ERA_END.isoformat(), tuple(clues))
    if past_years or latest_year:
        return Published(None, "inferred", lo.isoformat(), ERA_END.isoformat(), tuple(clues))
    clues.append("no dated evidence in the text: only the era of modern news")
    return Published(None, "unknown", ERA_START.isoformat(), ERA_END.isoformat(), tuple(clues))


def _best_day(head: Draft | None, loose: list[Draft], year: int) -> tuple[dt.date, Draft] | None:
    """The dateline's day in ``year``, else the latest yearless month-day reported in it."""
    if head is not None:
        when = _day(head, year)
        if when is not None:
            return when, head
    days = [(w, d) for d in loose if (w := _day(d, year)) is not None]
    return max(days, key=lambda x: x[0]) if days else None
