"""TIMEX3 values in words, as the report shows them."""

from __future__ import annotations

import pytest

from dateline.cli.words import in_words


@pytest.mark.parametrize("value,type,words", [
    ("2021-02-03", "DATE", "3 February 2021"),
    ("2020-09", "DATE", "September 2020"),
    ("2016", "DATE", "2016"),
    ("XXXX-04-08", "DATE", "8 April, unknown year"),
    ("XXXX-XX", "DATE", "a month, unknown year"),
    ("2021-02-20TMO", "TIME", "the morning of 20 February 2021"),
    ("2021-02-20T14:30", "TIME", "20 February 2021, 14:30"),
    ("TMO", "TIME", "the morning, unknown day"),
    ("XXXX-XX-XXTMO", "SET", "every morning"),
    ("XXXX-WXX-1", "SET", "every Monday"),
    ("P2M", "DURATION", "2 months"),
    ("P1D", "DURATION", "1 day"),
    ("PXD", "DURATION", "some days"),
    ("PT3H", "DURATION", "3 hours"),
    ("PT20M", "DURATION", "20 minutes"),
    ("P1W", "SET", "every week"),
    ("2021-Q1", "DATE", "the first quarter of 2021"),
    ("2019-SU", "DATE", "summer 2019"),
    ("2021-W07", "DATE", "week 7 of 2021"),
    ("201", "DATE", "the 2010s"),
    ("19", "DATE", "the 20th century"),
    ("PRESENT_REF", "DATE", "now"),
    ("PAST_REF", "DATE", "in the past"),
])
def test_in_words(value: str, type: str, words: str) -> None:
    assert in_words(value, type) == words


def test_in_words_leaves_what_it_does_not_know_as_it_is() -> None:
    assert in_words("2021-13-45-odd") == "2021-13-45-odd"
    assert in_words(None) == "undated"
