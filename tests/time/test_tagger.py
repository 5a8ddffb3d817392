"""Tagger: TimeML extents and types on sentences written for these tests (no spaCy needed)."""

from __future__ import annotations

import pytest

from dateline.time.tagger import tag


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The mayor spoke on Tuesday, March 9, at the hall.", [("Tuesday, March 9", "DATE")]),
        ("Prices rose in the last thirty six hours.", [("the last thirty six hours", "DURATION")]),
        ("The talks lasted two months.", [("two months", "DURATION")]),
        ("The board meets every week.", [("every week", "SET")]),
        ("A month earlier the company had warned investors.", [("A month earlier", "DATE")]),
        ("Sales fell 4% in the third quarter.", [("the third quarter", "DATE")]),
        ("The plant opened in October 2019 and closed 10 days ago.",
         [("October 2019", "DATE"), ("10 days ago", "DATE")]),
        ("The storm hit at 7:15 p.m. Wednesday.", [("7:15 p.m. Wednesday", "TIME")]),
        ("She said yesterday that the vote would come early next year.",
         [("yesterday", "DATE"), ("early next year", "DATE")]),
        ("The rule dates from the 1990s.", [("the 1990s", "DATE")]),
        ("He signed a two-year contract.", [("two-year", "DURATION")]),
        ("Sales for the full year rose.", [("the full year", "DATE")]),
        # a match glued to the word before it ("turn|around next year") hides nothing
        ("They hope for a turnaround next year.", [("next year", "DATE")]),
        ("Aqaba is the only outlet now that the port is shut.", [("now", "DATE")]),
        ("For the year ended Sept. 27, it earned more.", [("the year", "DURATION"), ("Sept. 27", "DATE")]),
    ],
)
def test_tagger_extents_and_types(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.type) for d in tag(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mendez, 35, and her son, 4, moved to Ohio.",           # ages
        "The team won 21 to 14 in front of 2,000 fans.",          # scores, counts
        "The bill costs $1990 and 45 percent of voters agree.",  # money, percentages
        "A 35-year-old man was arrested.",                        # an age, not a duration
        "You may march in the parade.",                           # month words as verbs
        "We saw a film and a play.",                              # "we" and "a" are not dates
        "She was named woman of the year.",                       # "the year" of a title
    ],
)
def test_tagger_ignores_ages_counts_scores_money(text: str) -> None:
    assert tag(text) == []


@pytest.mark.parametrize("text,extent", [
    ("The offer ends within a week.", "a week"),
    ("Profits grew over the last four years.", "the last four years"),
    ("It happened last May.", "last May"),
])
def test_tagger_keeps_prepositions_and_periods_out_of_extents(text: str, extent: str) -> None:
    assert [d.text for d in tag(text)] == [extent]


def test_tagger_offsets_are_exact() -> None:
    text = "On Friday, Jan. 8, 2021, the plan changed; three weeks later it was dropped."
    found = tag(text)
    assert len(found) == 2  # the date and the relative duration: an empty result is no pass
    for d in found:
        assert text[d.start:d.end] == d.text
