"""Calendar values: ranges and round trips, with property tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.time.calendar import format_point, parse_value, period_range, value_range

GRANS = ["D", "W", "WE", "M", "Q", "H", "S", "Y", "DE", "CE"]
DAYS = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))


@given(day=DAYS, gran=st.sampled_from(GRANS))
def test_calendar_range_is_ordered_and_holds_the_day(day: dt.date, gran: str) -> None:
    value = format_point(gran, day)
    lo, hi = value_range(value)
    assert lo is not None and hi is not None
    assert lo <= hi
    if gran not in ("WE", "S"):  # a weekend or season value names a period near, not around, the day
        assert lo <= day.isoformat() <= hi


@given(day=DAYS, gran=st.sampled_from(["D", "W", "M", "Q", "H", "Y", "DE", "CE"]))
def test_calendar_format_parse_round_trip(day: dt.date, gran: str) -> None:
    value = format_point(gran, day)
    parsed = parse_value(value)
    assert parsed is not None
    assert format_point(*parsed) == value


@pytest.mark.parametrize("value,lo,hi", [
    ("2020-09", "2020-09-01", "2020-09-30"), ("2021-W07", "2021-02-15", "2021-02-21"),
    ("1989-Q3", "1989-07-01", "1989-09-30"), ("199", "1990-01-01", "1999-12-31"),
    ("2021-02-20T14:00", "2021-02-20", "2021-02-20"), ("P2M", None, None), ("PRESENT_REF", None, None),
])
def test_calendar_value_range(value: str, lo: str | None, hi: str | None) -> None:
    assert value_range(value) == (lo, hi)


def test_calendar_period_range_leap_february() -> None:
    assert period_range("M", dt.date(2024, 2, 1)) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
