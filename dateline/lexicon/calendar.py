"""The calendar in English words: month and weekday names, and the words of TIMEX3's
codes (seasons, parts of the day, quarters, units), as Dateline writes dates for people.

``cli/words.py`` writes TIMEX3 values with these; the web page's module
(``web/static/dom.js``) holds a copy of the month and season names, kept equal to these
by ``tests/lexicon/test_calendar.py``; the time layer's reading tables
(``time/data/lexicon.py``: names and abbreviations -> numbers) are checked against the
names here by the same test.
"""

from __future__ import annotations

from types import MappingProxyType

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # ISO order
# TIMEX3 codes -> words.
SEASONS = MappingProxyType({"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"})
# TIMEX3 season code -> its first month (meteorological, northern-hemisphere seasons, as TimeML
# uses them); the time layer's arithmetic and the store's timeline order both read it.
SEASON_START = MappingProxyType({"SP": 3, "SU": 6, "FA": 9, "WI": 12})
# Season codes some writers use for another code ("AU" for autumn): the store accepts them in values.
SEASON_ALIASES = MappingProxyType({"AU": "FA"})
PARTS_OF_DAY = MappingProxyType({"MO": "the morning", "MI": "midday", "AF": "the afternoon",
                                 "EV": "the evening", "NI": "the night", "DT": "the daytime"})
QUARTERS = MappingProxyType({"Q1": "the first quarter", "Q2": "the second quarter", "Q3": "the third quarter",
                             "Q4": "the fourth quarter", "H1": "the first half", "H2": "the second half"})
REFS = MappingProxyType({"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"})
UNITS = MappingProxyType({"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "MIN": "minute",
                          "S": "second", "DE": "decade", "CE": "century", "Q": "quarter", "WE": "weekend"})
