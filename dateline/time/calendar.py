"""Calendar arithmetic on TIMEX3 values: parse, format, shift, and day ranges.

A *point* is a (granularity, first day) pair: ``("M", 2020-09-01)`` is ``2020-09``.
Granularities: ``D`` day, ``W`` ISO week, ``WE`` weekend, ``M`` month, ``Q`` quarter,
``H`` half year, ``S`` season, ``Y`` year, ``DE`` decade, ``CE`` century. Times of day
(``2021-02-20T14:00``, ``1989-10-27TMO``) have day granularity here: ranges are day-precise.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateline.lexicon.calendar import SEASON_START
from dateline.time.data.lexicon import SEASONS

SEASON_CODES = frozenset(SEASONS.values())
# Coarseness order, used to pick the coarser of two granularities.
RANK = {"D": 0, "W": 1, "WE": 1, "M": 2, "S": 3, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}
# Calendar unit (lexicon name) -> granularity of a point shifted by it.
UNIT_GRAN = {"day": "D", "night": "D", "week": "W", "weekend": "WE", "fortnight": "W", "month": "M",
             "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}

VALUE_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$|^(?P<de>\d{3})$|^(?P<ce>\d{2})$"
)


def month_end(year: int, month: int) -> dt.date:
    """RETURNS the last day of ``month`` in ``year``."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, n: int) -> dt.date:
    """RETURNS the first day of the month ``n`` months after ``day``'s month."""
    k = day.year * 12 + day.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


def parse_value(value: str) -> tuple[str, dt.date] | None:
    """Read a TIMEX3 calendar value. RETURNS (granularity, first day) or None (not a calendar value)."""
    m = VALUE_RE.match(value)
    if not m:
        return None
    try:
        if m["de"]:
            return "DE", dt.date(int(m["de"]) * 10, 1, 1)
        if m["ce"]:
            return "CE", dt.date(max(1, int(m["ce"]) * 100), 1, 1)
        y = int(m["y"])
        if m["d"]:
            return "D", dt.date(y, int(m["m"]), int(m["d"]))
        if m["m"]:
            return "M", dt.date(y, int(m["m"]), 1)
        if m["w"]:
            return ("WE" if m["we"] else "W"), dt.date.fromisocalendar(y, int(m["w"]), 1)
        if m["q"]:
            return "Q", dt.date(y, 3 * int(m["q"]) - 2, 1)
        if m["h"]:
            return "H", dt.date(y, 6 * int(m["h"]) - 5, 1)
        if m["s"]:
            return "S", dt.date(y, SEASON_START[m["s"]], 1)
        return "Y", dt.date(y, 1, 1)
    except ValueError:  # 2021-02-30, week 54: not a real calendar value
        return None


def format_point(gran: str, day: dt.date, season: str | None = None) -> str:
    """RETURNS the TIMEX3 value of the ``gran`` period that contains ``day``."""
    if gran == "D":
        return day.isoformat()
    if gran in ("W", "WE"):
        y, w, _ = day.isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if gran == "WE" else "")
    if gran == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if gran == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if gran == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if gran == "S":
        return f"{day.year:04d}-{season or season_of(day)}"
    if gran == "DE":
        return f"{day.year // 10:03d}"
    if gran == "CE":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def season_of(day: dt.date) -> str:
    """RETURNS the season code of ``day`` (December counts as the winter of its year)."""
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")


def period_range(gran: str, start: dt.date) -> tuple[dt.date, dt.date]:
    """RETURNS (first day, last day) of the period of granularity ``gran`` starting at ``start``."""
    if gran == "D":
        return start, start
    if gran == "W":
        return start, start + dt.timedelta(days=6)
    if gran == "WE":
        return start + dt.timedelta(days=5), start + dt.timedelta(days=6)
    if gran == "M":
        return start, month_end(start.year, start.month)
    if gran in ("Q", "S"):
        end = add_months(start, 3) - dt.timedelta(days=1)
        return start, end
    if gran == "H":
        return start, add_months(start, 6) - dt.timedelta(days=1)
    if gran == "Y":
        return start, dt.date(start.year, 12, 31)
    if gran == "DE":
        return start, dt.date(min(9999, start.year + 9), 12, 31)
    return start, dt.date(min(9999, start.year + 99), 12, 31)


def value_range(value: str) -> tuple[str | None, str | None]:
    """RETURNS (earliest, latest) ISO days of a TIMEX3 calendar value, (None, None) for others."""
    p = parse_value(value)
    if p is None:
        return None, None
    lo, hi = period_range(*p)
    return lo.isoformat(), hi.isoformat()


def period_start(gran: str, day: dt.date) -> dt.date:
    """RETURNS the first day of the ``gran`` period that contains ``day``."""
    if gran == "D":
        return day
    if gran in ("W", "WE"):
        return day - dt.timedelta(days=day.weekday())
    if gran == "M":
        return day.replace(day=1)
    if gran == "Q":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if gran == "H":
        return dt.date(day.year, 1 if day.month <= 6 else 7, 1)
    if gran == "S":
        m = SEASON_START[season_of(day)]
        return dt.date(day.year - (1 if m == 12 and day.month < 12 else 0), m, 1)
    if gran == "DE":
        return dt.date(day.year // 10 * 10 or 1, 1, 1)
    if gran == "CE":
        return dt.date(day.year // 100 * 100 or 1, 1, 1)
    return dt.date(day.year, 1, 1)


def shift(day: dt.date, gran: str, n: int) -> dt.date:
    """RETURNS ``day`` moved by ``n`` periods of granularity ``gran`` (month ends clamp)."""
    if n == 0:
        return day
    if gran == "D":
        return day + dt.timedelta(days=n)
    if gran in ("W", "WE"):
        return day + dt.timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "S": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}[gran] * n
    first = add_months(day, months)
    return first.replace(day=min(day.day, month_end(first.year, first.month).day))


def coarser(a: str, b: str) -> str:
    """RETURNS the coarser of two granularities."""
    return a if RANK[a] >= RANK[b] else b
