"""Golden rows for ``normalize``: one table per way a value moves from its anchor.

Each row is (words, speech time, story time, tense, expected value): the words are tagged
(``tagger.tag``, one expression each) and normalized against the two anchors, given as TIMEX3
values (None: no such anchor). Sentences and phrases are written for these tests.
"""

from __future__ import annotations

import pytest

from dateline.time.calendar import parse_value
from dateline.time.normalize import normalize
from dateline.time.tagger import tag


def value(words: str, speech: str | None, story: str | None, tense: str | None) -> str:
    [d] = tag(words)
    r = normalize(d, parse_value(speech) if speech else None, parse_value(story) if story else None, tense)
    return r.value


# a vague offset keeps a coarser neighbourhood of its base, or is only a reference
VAGUE = [
    ("days later", "2020-05-20", "2020-03-03", None, "2020-03"),
    ("months earlier", "2020-05-20", "2020-03-03", None, "2020"),
    ("years later", "2020-05-20", "2020-03-03", None, "FUTURE_REF"),
]
# a day: counted from a day; from a coarser story, a day of that period (never from the article)
DAYS = [
    ("yesterday", "2020-05-20", None, None, "2020-05-19"),
    ("the next day", "2020-05-20", "2020-03-03", None, "2020-03-04"),
    ("the day before", "2020-05-20", "2020-03-03", None, "2020-03-02"),
    ("the next day", "2020-05-20", "2017-06", None, "2017-06"),
    ("that day", "2020-05-20", "2019-W11", None, "2019-W11"),
]
# a weekday: near a day or in a week; no weekday of a month or year
WEEKDAYS = [
    ("Friday", "2020-05-20", None, "PAST", "2020-05-15"),
    ("Friday", "2020-05-20", None, "FUTURE", "2020-05-22"),
    ("last Friday", "2020-05-22", None, None, "2020-05-15"),
    ("the following Monday", "2020-05-20", "2020-03-04", None, "2020-03-09"),
    ("the following Monday", "2020-05-20", "2020-03", None, "2020-05-25"),  # the story's month: from speech
]
# a named month: the one before, after or of the base year
MONTH_NAMES = [
    ("last March", "2020-05-20", None, None, "2020-03"),
    ("last April", "2020-05-20", None, None, "2019-04"),  # the month just past is "last month"
    ("last June", "2020-05-20", None, None, "2019-06"),
    ("next May", "2020-05-20", None, None, "2021-05"),
    ("that October", "2020-05-20", "2016-03-01", None, "2016-10"),
]
# the weekend of the base week, or the one before or after
WEEKENDS = [
    ("the weekend", "2020-05-20", None, "PAST", "2020-W20-WE"),
    ("last weekend", "2020-05-20", None, None, "2020-W20-WE"),
    ("next weekend", "2020-05-20", None, None, "2020-W21-WE"),
]
# a season before, after or of the base year
SEASONS = [
    ("last summer", "2020-03-10", None, None, "2019-SU"),
    ("next winter", "2020-03-10", None, None, "2020-WI"),
    ("this spring", "2020-03-10", None, None, "2020-SP"),
]
# calendar units: the granularity the words name, the fields they state winning over the base
UNITS = [
    ("last year", "2020-05-20", None, None, "2019"),
    ("a month earlier", "2020-05-20", "2020-03-03", None, "2020-02"),
    ("two weeks ago", "2020-05-20", None, None, "2020-05-06"),  # a day, as news uses it
    ("January this year", "2020-05-20", None, None, "2020-01"),
    ("the second quarter of last year", "2020-05-20", None, None, "2019-Q2"),
    ("a year earlier", "2020-05-20", "2019-Q3", None, "2018-Q3"),  # that quarter a year before
    ("the 1988 period", "1989-11-01", "1989-Q3", None, "1988-Q3"),
    # a story not at a quarter: from the last quarter completed before the speech time
    ("the year-ago quarter", "2020-05-20", "2020-03", None, "2019-Q1"),
]
# expressions that need no move, or have no calendar value
FIXED = [
    ("two months", "2020-05-20", None, None, "P2M"),
    ("hours later", "2020-05-20", "2020-03-03", None, "FUTURE_REF"),  # clock units: only a reference
    ("in the second half", None, None, None, "XXXX-H2"),
    ("this summer", None, None, None, "XXXX-SU"),  # no anchor: the season of an unknown year
    ("Feb. 20", None, None, None, "XXXX-02-20"),
]


@pytest.mark.parametrize("words,speech,story,tense,expected",
                         VAGUE + DAYS + WEEKDAYS + MONTH_NAMES + WEEKENDS + SEASONS + UNITS + FIXED)
def test_normalize_golden(words: str, speech: str | None, story: str | None, tense: str | None,
                          expected: str) -> None:
    assert value(words, speech, story, tense) == expected
