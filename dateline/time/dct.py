"""Article date inference: when was this written, from the text alone?

Evidence, strongest first:
1. weekday-date pairs with no year ("Saturday, February 20"): only some years fit,
   and the one at or just after the latest year the text names is taken;
2. dates with a day (stated or completed by 1.): the article is written on or after
   the latest one reported in the past or present tense, and before any date it
   still looks forward to in the future tense;
3. "this month" outside quotations: the article is in the month of its latest date;
4. otherwise the latest year named in the past tense is a lower bound (a yearless
   "Sept. 26" in that year is the best guess), and nothing bounds the date above.
With none of these the date is unknown (a range covering the era of modern news). The clock is never read: a guess of "today"
would be wrong for every archived article.
"""

from __future__ import annotations

import datetime as dt

from dateline.time import draft as K
from dateline.time.calendar import month_end
from dateline.time.draft import Draft
from dateline.types import Published

# The article date is on or after its latest past date, usually within days. This is
# how far after it the honest range reaches (PolNeAR dev: see bench/ and the report).
AFTER_LATEST_DAY = 14
WEEKDAY_YEAR_SPAN = 12  # how many years after the latest named year a weekday pair may point to
MIN_YEAR, MAX_YEAR = 1600, 2099
# With no upper bound in the text, the honest range is the era of the news Dateline reads.
ERA_START, ERA_END = dt.date(1900, 1, 1), dt.date(2099, 12, 31)


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


def infer_published(drafts: list[Draft], tenses: list[str | None], inside: list[bool]) -> Published:
    """Infer the article date. RETURNS a Published with source "inferred" (or "unknown").

    drafts (list[Draft]): every tagged expression, in text order.
    tenses (list[str | None]): tense of each draft's governing verb.
    inside (list[bool]): whether each draft is inside a quotation.
    """
    clues: list[str] = []
    absolute = [(d, t) for d, t in zip(drafts, tenses) if d.kind == K.ABSOLUTE]
    named_years = [d.year for d, t in absolute if d.year and t != "FUTURE" and MIN_YEAR <= d.year <= MAX_YEAR]
    latest_year = max(named_years) if named_years else None
    if latest_year:
        clues.append(f"latest year named in the past or present: {latest_year}")
    # 1. weekday-date pairs fix the year
    pair_years: list[int] = []
    for d, _ in absolute:
        if d.weekday and d.month and d.day and d.year is None:
            y = _pair_year(d, latest_year)
            if y is not None:
                pair_years.append(y)
                clues.append(f"'{d.text}': that weekday falls on that date in {y}")
    year = max(pair_years) if pair_years else latest_year
    # 2. day-precision dates whose year is known (stated, or fixed by a weekday), past vs future
    past: list[tuple[dt.date, Draft]] = []
    future: list[dt.date] = []
    loose: list[tuple[dt.date, Draft]] = []  # month-days whose year is only a lower bound
    for d, t in absolute:
        if d.day is None or d.month is None:
            continue
        anchored = d.year is not None or (d.weekday is not None and pair_years)
        when = _day(d, year)
        if when is None:
            continue
        if not anchored:
            if t != "FUTURE":
                loose.append((when, d))
        elif t == "FUTURE":
            future.append(when)
        else:
            past.append((when, d))
    this_month = any(d.kind == K.DEICTIC and d.unit == "month" and d.offset == 0 and not ins
                     for d, ins in zip(drafts, inside))
    if past:
        # drop a far-future outlier (a schedule, an expiry date) that the tense missed
        past.sort(key=lambda x: x[0])
        latest, src = past[-1]
        if len(past) >= 3 and (latest - past[-2][0]).days > 366:
            latest, src = past[-2]
        clues.append(f"latest date reported in the past or present: {latest.isoformat()} ('{src.text}')")
        hi = latest + dt.timedelta(days=AFTER_LATEST_DAY)
        if this_month:
            hi = min(hi, month_end(latest.year, latest.month))
            clues.append("'this month' outside quotations: the article is in the month of that date")
        later = [f for f in future if f > latest]
        if later:
            hi = min(hi, min(later))
            clues.append(f"a date still ahead in the future tense: {min(later).isoformat()}")
        return Published(latest.isoformat(), "inferred", latest.isoformat(), hi.isoformat(), tuple(clues))
    # 3. no anchored day: the latest year named in the past tense bounds the date below;
    # nothing in the text bounds it above, so the range runs to the end of the era
    past_years = [d.year for d, t in absolute if d.year and t == "PAST" and MIN_YEAR <= d.year <= MAX_YEAR]
    lo = dt.date(max(past_years), 1, 1) if past_years else ERA_START
    if past_years:
        clues.append(f"latest year named in the past tense: {max(past_years)} (a lower bound only)")
    if loose and year is not None:
        loose.sort(key=lambda x: x[0])
        guess, src = loose[-1]
        if guess >= lo:
            clues.append(f"best guess: '{src.text}' in {guess.year}, the latest year named (its year is not stated)")
            return Published(guess.isoformat(), "inferred", lo.isoformat(), ERA_END.isoformat(), tuple(clues))
    if past_years:
        return Published(None, "inferred", lo.isoformat(), ERA_END.isoformat(), tuple(clues))
    clues.append("no dated evidence in the text: only the era of modern news")
    return Published(None, "unknown", ERA_START.isoformat(), ERA_END.isoformat(), tuple(clues))
