"""dateline/lexicon/calendar.py and the tables that copy it where it cannot be imported: the web
page's module (JavaScript) and the time layer's reading tables (keyed differently)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from dateline.lexicon import calendar
from tests.conftest import ROOT

DOM_JS = ROOT / "dateline" / "web" / "static" / "dom.js"


def _js_constant(name: str) -> object:
    """The literal assigned to ``const NAME`` in dom.js, read as JSON (keys quoted first)."""
    m = re.search(rf"^(?:export )?const {name} = (.*?);$", DOM_JS.read_text(encoding="utf-8"), re.M | re.S)
    assert m, f"dom.js defines no {name}"
    return json.loads(re.sub(r"(\w+):", r'"\1":', m.group(1)))


@pytest.mark.parametrize("name,source", [
    ("MONTHS", list(calendar.MONTH_NAMES)),
    ("SEASONS", dict(calendar.SEASONS)),
    ("REFS", dict(calendar.REFS)),
])
def test_calendar_web_copy_in_sync(name: str, source: object) -> None:
    assert _js_constant(name) == source


def test_calendar_time_tables_read_the_same_names() -> None:
    from dateline.time.data import lexicon as time_lexicon

    for i, month in enumerate(calendar.MONTH_NAMES, start=1):
        assert time_lexicon.MONTHS[month.lower()] == i
    assert {n for n in time_lexicon.MONTHS.values()} == set(range(1, 13))
    for short, n in time_lexicon.MONTHS.items():  # abbreviations are the name's first letters
        assert calendar.MONTH_NAMES[n - 1].lower().startswith(short)
    assert {day.lower(): i for i, day in enumerate(calendar.WEEKDAY_NAMES, start=1)} == time_lexicon.WEEKDAYS


@pytest.mark.parametrize("table", [calendar.SEASONS, calendar.PARTS_OF_DAY, calendar.QUARTERS,
                                   calendar.REFS, calendar.UNITS])
def test_calendar_tables_are_read_only(table) -> None:
    with pytest.raises(TypeError):
        table["XX"] = "nothing"  # type: ignore[index]


def test_season_start_months_one_table_read_by_time_and_store() -> None:
    """Both layers read the lexicon's season table; the store's adds only the aliases."""
    from dateline.store import calendar as store_calendar
    from dateline.time import calendar as time_calendar

    assert set(calendar.SEASON_START) == set(calendar.SEASONS)
    assert time_calendar.SEASON_START is calendar.SEASON_START
    assert dict(store_calendar.SEASON_MONTH) == {**calendar.SEASON_START, "AU": calendar.SEASON_START["FA"]}
    assert store_calendar.calendar_start("2016-AU") == store_calendar.calendar_start("2016-FA") == "2016-09-01"
    assert store_calendar.calendar_start("2016-WI") == "2016-12-01"
    assert time_calendar.parse_value("2016-SP") == ("S", dt.date(2016, 3, 1))
