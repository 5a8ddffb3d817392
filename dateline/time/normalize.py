"""Normalizer: a Draft plus its anchors -> a TIMEX3 value.

Two anchors, after the TimeML practice of resolving deictic expressions against
the speech time and anaphoric ones against the story's reference time:

- ``speech``: when the words were written or said (the article date, or the time
  a quote was said). "yesterday", "last year", "in November" count from it.
- ``story``: the time the narrative is at ("A month earlier" after "in November").

Both are *points* ``(granularity, first day)`` from ``calendar.parse_value``, or None.
``tense`` ("PAST", "PRESENT", "FUTURE" or None) of the governing verb picks the
direction of bare month and weekday names ("in November" is the last November
before the anchor unless the verb looks ahead).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from dateline.lexicon.calendar import SEASON_START
from dateline.time import calendar as cal
from dateline.time import draft as K
from dateline.time.draft import Draft

Point = tuple[str, dt.date]
FUTURE_SLACK_DAYS = 30  # a future-tense date up to a month back is still read as that date
NEAR_FUTURE_DAYS = 120  # with no clear tense, a date at most this far ahead is the coming one
NEAR_FUTURE_MONTHS = 4
# In the past tense a date only weeks ahead is still the coming one ("the offer was extended
# to Nov. 16", said in October): past-tense parses often belong to the clause that set it.
PAST_NEAR_DAYS = 45
# Tenses that send a bare weekday forward. Only the future: trying the present too ("meet
# Monday") lost more than it won on TimeBank, where present-tense weekdays are often past.
FORWARD_TENSES = frozenset({"FUTURE"})
SHORT_YEAR_AHEAD = 10  # "'28" said in 2021 is 2028 (a plan), "'41" is 1941
SHORT_YEAR_PIVOT = 50


@dataclass(frozen=True)
class Resolved:
    """A normalized value and which anchor it used ("article"/"narrative"/"quote"/None)."""

    value: str
    anchor: str | None  # "speech", "story" or None: resolve.py maps them to contract labels


def _fmt_day(day: dt.date, d: Draft) -> str:
    """RETURNS a day value, with the clock time or part of day a TIME draft carries."""
    value = day.isoformat()
    if d.hour is not None:
        return f"{value}T{d.hour:02d}:{d.minute or 0:02d}{d.zone or ''}"
    if d.part:
        return f"{value}T{d.part}"
    return value


def _stated(d: Draft, year: str) -> str | None:
    """RETURNS the value of the calendar fields ``d`` states below the year, in ``year`` ("1998"
    or "XXXX"): ``1998-02-20``, ``XXXX-XX-15``, ``1998-02``, ``1998-Q3``, ``1998-H2``,
    ``1998-SU``; None when it states none of them."""
    if d.month and d.day:
        return f"{year}-{d.month:02d}-{d.day:02d}"
    if d.day:
        return f"{year}-XX-{d.day:02d}"
    if d.month:
        return f"{year}-{d.month:02d}"
    if d.quarter:
        return f"{year}-Q{d.quarter}"
    if d.half:
        return f"{year}-H{d.half}"
    if d.season:
        return f"{year}-{d.season}"
    return None


def _unknown(d: Draft) -> str:
    """RETURNS the value with an unresolved year (``XXXX-02-20``), or a vague reference."""
    stated = _stated(d, "XXXX")
    if stated is not None:
        return stated
    clock = f"T{d.hour:02d}:{d.minute or 0:02d}{d.zone or ''}" if d.hour is not None else f"T{d.part}" if d.part else ""
    if d.weekday and d.unit == "weekday":
        return f"XXXX-WXX-{d.weekday}{clock}"
    if clock:  # a clock time or part of day on an unknown day
        return f"XXXX-XX-XX{clock}"
    if d.kind in (K.DEICTIC, K.ANAPHORIC):
        return "PAST_REF" if (d.offset or 0) < 0 or d.fixed == "-" else "FUTURE_REF" if (d.offset or 0) > 0 else "PRESENT_REF"
    return "XXXX"


def _absolute(d: Draft, speech: Point | None, tense: str | None) -> Resolved | None:
    """Dates that state their own calendar fields; a missing year comes from ``speech``."""
    if d.century is not None:
        return Resolved(f"{d.century:02d}", None)
    if d.decade is not None:
        return Resolved(f"{d.decade:03d}", None)
    if d.year is not None:
        return Resolved(_with_year(d, d.year), None)
    if speech is None:
        return None
    anchor = speech[1]
    if d.month and d.day:
        if d.weekday:  # the weekday decides the year: nearest year (to the anchor) where it fits
            for y in sorted(range(anchor.year - 6, anchor.year + 7), key=lambda y: abs(y - anchor.year)):
                try:
                    if dt.date(y, d.month, d.day).isoweekday() == d.weekday:
                        return Resolved(_with_year(d, y), "speech")
                except ValueError:
                    continue
        prev, nxt = _occurrences(anchor, d.month, d.day)
        if prev is None or nxt is None:
            return None
        # the coming occurrence only in the future tense or when it is a few months away at
        # most; otherwise the last one (news mostly reports what happened). Past tense is not
        # trusted to move a date a year back: parses often pin the tense of another clause.
        if tense == "FUTURE":
            when = nxt if (anchor - prev).days > FUTURE_SLACK_DAYS else prev
        elif tense == "PAST" and (nxt - anchor).days > PAST_NEAR_DAYS:
            when = prev  # "the year ended Jan. 31", said in October: not the coming one
        else:
            when = nxt if (nxt - anchor).days <= NEAR_FUTURE_DAYS else prev
        return Resolved(_fmt_day(when, d), "speech")
    if d.month:
        # "in November": the last one before the anchor in the past tense, the next one in the
        # future tense; with no clear tense, the next one only if it is a few months away
        year = anchor.year
        ahead = d.month - anchor.month
        if tense == "FUTURE":
            year += ahead < 0
        elif ahead > NEAR_FUTURE_MONTHS or tense == "PAST" and ahead > 0:
            year -= 1
        elif ahead < 0 and ahead + 12 <= NEAR_FUTURE_MONTHS and tense != "PAST":
            year += 1
        return Resolved(_with_year(d, year), "speech")
    if d.day and not d.month:
        # "on the 15th": the last such day in the past tense, the next in the future tense,
        # else the nearer of the two
        before, after = _month_day(anchor, d.day, -1), _month_day(anchor, d.day, 1)
        near = min((w for w in (before, after) if w is not None), key=lambda w: abs((w - anchor).days), default=None)
        on = before if tense == "PAST" else after if tense == "FUTURE" else near
        return Resolved(_fmt_day(on, d), "speech") if on is not None else None
    if d.quarter or d.half:
        year = anchor.year
        if tense == "PAST" and d.quarter and (d.quarter - 1) * 3 + 1 > anchor.month:
            year -= 1
        return Resolved(_with_year(d, year), "speech")
    return None


def _month_day(anchor: dt.date, day: int, step: int) -> dt.date | None:
    """RETURNS day ``day`` of the anchor's month or the nearest month before (step -1) or after
    (step 1) that has it, on the anchor's side of ``step``; None when no month near has it."""
    first = anchor.replace(day=1)
    for k in range(0, 3):
        month = cal.add_months(first, step * k)
        if day > cal.month_end(month.year, month.month).day:
            continue
        when = month.replace(day=day)
        if (when - anchor).days * step >= 0:
            return when
    return None


def _occurrences(anchor: dt.date, month: int, day: int) -> tuple[dt.date | None, dt.date | None]:
    """RETURNS (the last month/day on or before ``anchor``, the first one after it)."""
    found: list[dt.date] = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            found.append(dt.date(y, month, day))
        except ValueError:  # February 29 outside leap years
            continue
    prev = max((f for f in found if f <= anchor), default=None)
    nxt = min((f for f in found if f > anchor), default=None)
    return prev, nxt


def _with_year(d: Draft, year: int) -> str:
    """RETURNS the value of ``d``'s stated fields in ``year`` (a real day with its clock time)."""
    if d.month and d.day:
        try:
            return _fmt_day(dt.date(year, d.month, d.day), d)
        except ValueError:
            pass  # "Feb. 29" of a common year: the fields as stated
    return _stated(d, f"{year:04d}") or f"{year:04d}"


def _weekday_near(anchor: dt.date, weekday: int, offset: int | None, tense: str | None) -> dt.date:
    """The ``weekday`` nearest ``anchor`` in the direction the offset or tense gives.

    "last Friday" is strictly before; "next Friday" strictly after; "this Friday" is in
    the anchor's week; a bare "Friday" is the latest one on or before the anchor in the
    past or present tense (news reports what happened), the next one in the future tense.
    """
    delta = weekday - anchor.isoweekday()
    if offset == 0:
        return anchor + dt.timedelta(days=delta)
    if offset is not None and offset < 0:
        return anchor - dt.timedelta(days=((-delta) % 7) or 7)
    if offset is not None and offset > 0:
        return anchor + dt.timedelta(days=(delta % 7) or 7)
    if tense in FORWARD_TENSES:
        return anchor + dt.timedelta(days=delta % 7)
    return anchor - dt.timedelta(days=(-delta) % 7)


def _vague(d: Draft, gran: str, day: dt.date) -> str:
    """"Days later" stays in the base's month; "months ago" in its year; longer is only a ref."""
    ugran = cal.UNIT_GRAN.get(d.unit or "", "Y")
    if ugran in ("D", "W", "WE") and cal.RANK[gran] <= cal.RANK["M"]:
        return cal.format_point("M", day)
    if ugran == "M" and cal.RANK[gran] <= cal.RANK["Y"]:
        return cal.format_point("Y", day)
    return "PAST_REF" if d.fixed == "-" else "FUTURE_REF"


def short_year(yy: int, anchor: int | None) -> int:
    """RETURNS the year ending in ``yy`` ("'98") nearest ``anchor``, at most 10 years ahead of it;
    with no anchor, 1950-2049 (the pivot of two-digit years in news archives)."""
    if anchor is None:
        return 1900 + yy if yy >= SHORT_YEAR_PIVOT else 2000 + yy
    year = anchor - (anchor - yy) % 100  # the latest year ending in yy, on or before the anchor
    return year + 100 if year + 100 - anchor <= SHORT_YEAR_AHEAD else year


def _move_day(d: Draft, gran: str, day: dt.date, n: int | None, tense: str | None, story: bool) -> str | None:
    """"yesterday", "the next day", "that day": ``n`` days from the base day."""
    if n is None:
        return None
    if gran != "D":
        # "the next day" after "in June 2017": a day of that period (the story's coarse time),
        # never a day counted from the article; a deictic day has a day to count from
        return cal.format_point(gran, day) if n == 0 or story and abs(n) == 1 else None
    return _fmt_day(day + dt.timedelta(days=n), d)


def _move_weekday(d: Draft, gran: str, day: dt.date, n: int | None, tense: str | None, story: bool) -> str | None:
    """"Friday", "last Friday", "the following Monday": the weekday near a base day or week."""
    if not d.weekday or gran not in ("D", "W"):
        return None
    return _fmt_day(_weekday_near(day, d.weekday, n, "FUTURE" if d.fixed == "+" else tense), d)


def _move_month_name(d: Draft, gran: str, day: dt.date, n: int | None, tense: str | None, story: bool) -> str | None:
    """"last April", "next May", "that October": a named month before, after or in the base year."""
    if not d.month:
        return None
    year = day.year
    if n is not None and n < 0:
        # "last April" is the latest April before this month; but the month just past is
        # "last month", so "last February" said in March is a year before
        year -= d.month >= day.month - 1
    elif n is not None and n > 0:
        year += d.month <= day.month
    return f"{year:04d}-{d.month:02d}"


def _move_weekend(d: Draft, gran: str, day: dt.date, n: int | None, tense: str | None, story: bool) -> str | None:
    """"the weekend", "last weekend": the weekend of the base week, or the one before or after."""
    if gran not in ("D", "W", "WE"):
        return None
    sat = _weekday_near(day, 6, n, tense if n is None else None)
    return cal.format_point("WE", sat)


def _move_season(d: Draft, gran: str, day: dt.date, n: int | None, tense: str | None, story: bool) -> str | None:
    """"last summer", "next winter", "in the summer": a season before, after or of the base year."""
    if not d.season:
        return None
    start_month = SEASON_START[d.season]
    year = day.year
    if n is not None and n < 0 and start_month >= day.month:
        year -= 1
    elif n is not None and n > 0 and start_month <= day.month:
        year += 1
    elif n is None and start_month > day.month and tense != "FUTURE":
        year -= 1  # "in the summer", said in March: the last one, unless the verb looks ahead
    return f"{year:04d}-{d.season}"


def _move_unit(d: Draft, gran: str, day: dt.date, n: int | None, tense: str | None, story: bool) -> str | None:
    """"last year", "a month earlier", "two weeks ago", "the year-ago quarter": ``n`` calendar
    units from the base, at the granularity the expression names (or the base's, for a
    comparison of quarters); the fields a draft states win over the base."""
    unit = d.unit or ""
    ugran = cal.UNIT_GRAN.get(unit)
    if ugran is None or n is None:
        return None
    if d.month and unit == "year":  # "January this year"
        return f"{day.year + n:04d}-{d.month:02d}"
    if (d.quarter or d.half) and unit == "year":  # "the second quarter of last year"
        return _with_year(d, day.year + n)
    if unit == "quarter" and d.year is not None:  # "the 1988 period": the base's quarter in that year
        q = (day.month - 1) // 3 + 1 if gran == "Q" else None
        return f"{d.year:04d}-Q{q}" if q else f"{d.year:04d}"
    out_gran = ugran
    if unit == "year" and n != 0 and gran in ("Q", "H", "S") and (story or d.rule == "offset"):
        out_gran = gran  # "a year earlier" than the third quarter is that quarter a year before
    elif unit == "year" and n != 0 and story and d.rule == "offset" and gran == "D":
        out_gran = gran  # "the six months ended Aug. 14 ... a year earlier": the same day a year before
    elif unit == "quarter" and n % 4 == 0 and gran != "Q" and story:
        return None  # the year-ago quarter of a story not at a quarter: no honest value
    if ugran == "W" and d.rule == "offset":
        out_gran = "D"  # "two weeks ago" names a day, as news uses it
    try:
        moved = cal.shift(day, ugran if ugran != "WE" else "W", n)
    except (ValueError, OverflowError):
        return None
    return cal.format_point(out_gran, moved, d.season)


_Move = Callable[[Draft, str, dt.date, int | None, str | None, bool], str | None]
# How each unit moves from the base; any other calendar unit moves by ``_move_unit``.
_MOVES: dict[str, _Move] = {"day": _move_day, "weekday": _move_weekday, "month_name": _move_month_name,
                            "weekend": _move_weekend, "season": _move_season}
_CLOCK_UNITS = frozenset({"hour", "minute", "second"})  # "hours later": no calendar value


def _relative(d: Draft, base: Point, tense: str | None, story: bool) -> str | None:
    """Values that move from a base point by a unit ("last year", "a month earlier"): a vague
    offset keeps a coarser neighbourhood of the base ("days later"); else the unit's move."""
    gran, day = base
    if d.offset is None and d.rule == "offset":  # "days later", "months ago": a coarser neighbourhood, or a ref
        return _vague(d, gran, day)
    if d.unit in _CLOCK_UNITS:
        return None
    move = _MOVES.get(d.unit or "", _move_unit)
    return move(d, gran, day, d.offset, tense, story)


def normalize(d: Draft, speech: Point | None, story: Point | None, tense: str | None) -> Resolved:
    """Resolve one Draft. RETURNS its value and the anchor used.

    d (Draft): the tagged expression.
    speech (Point | None): the speech time (article date or quote time).
    story (Point | None): the narrative time in force; anaphoric drafts fall back to ``speech``.
    tense (str | None): tense of the governing verb.
    """
    if d.fixed and d.kind in (K.DURATION, K.SET, K.REF):
        return Resolved(d.fixed, None)
    if d.kind == K.ABSOLUTE:
        r = _absolute(d, speech, tense)
        return r if r is not None else Resolved(_unknown(d), None)
    if d.unit == "short_year" and d.offset is not None:
        return Resolved(f"{short_year(d.offset, speech[1].year if speech else None):04d}",
                        "speech" if speech else None)
    if d.kind == K.DEICTIC and d.rule == "offset" and d.unit == "year" and story is not None and story[0] == "Q":
        # earnings news: "a year ago" after "the third quarter" is that quarter a year before
        value = _relative(d, story, tense, story=True)
        if value is not None:
            return Resolved(value, "story")
    if d.kind == K.ANAPHORIC and story is not None:
        value = _relative(d, story, tense, story=True)
        if value is not None:
            return Resolved(value, "story")
    if speech is not None:
        base = speech
        if d.unit == "quarter" and d.kind == K.ANAPHORIC and speech[0] != "Q":
            # "the quarter" with no quarter in the story yet: the last completed quarter
            base = ("Q", cal.shift(cal.period_start("Q", speech[1]), "Q", -1))
        value = _relative(d, base, tense, story=d.kind == K.ANAPHORIC)
        if value is not None:
            return Resolved(value, "speech")
    return Resolved(_unknown(d), None)
