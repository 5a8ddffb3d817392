"""resolve_times on the real model: golden (text, anchor, value) rows, quotes, narrative."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.time import resolve_times
from dateline.types import Quote, SpanRef


def values(nlp, text: str, published: str | None) -> dict[str, str]:
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if not _.startswith("dateline_"):
            doc = proc(doc)
    return {t.text: t.value for t in resolve_times(doc, published, []).times}


def parse(nlp, text: str):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("dateline_"):
            doc = proc(doc)
    return doc


# Golden table: (text, article date, expression, expected TIMEX3 value)
GOLDEN = [
    ("The mayor resigned yesterday.", "2019-06-12", "yesterday", "2019-06-11"),
    ("The council voted last year to close it.", "2019-06-12", "last year", "2018"),
    ("Sales rose this month.", "2019-06-12", "this month", "2019-06"),
    ("The firm was founded in November.", "2019-03-10", "November", "2018-11"),
    ("The firm will report results in November.", "2019-03-10", "November", "2019-11"),
    ("The show opens on February 20.", "2019-02-10", "February 20", "2019-02-20"),
    ("They met on Saturday, March 13.", "2021-03-20", "Saturday, March 13", "2021-03-13"),
    ("The senator spoke on Friday.", "2019-06-12", "Friday", "2019-06-07"),
    ("The senator will speak on Friday.", "2019-06-12", "Friday", "2019-06-14"),
    ("Officials said the bridge opened 10 days ago.", "2019-06-12", "10 days ago", "2019-06-02"),
    ("The council met last week.", "2019-06-12", "last week", "2019-W23"),
    ("The strike lasted two months.", "2019-06-12", "two months", "P2M"),
    ("He has led the party for the last twenty four hours.", "2019-06-12", "the last twenty four hours", "PT24H"),
    ("The group meets every week.", "2019-06-12", "every week", "P1W"),
    ("Prices are rising now.", "2019-06-12", "now", "PRESENT_REF"),
    ("The mill closed in the 1980s.", "2019-06-12", "the 1980s", "198"),
    ("Profits fell in the third quarter.", "2019-11-02", "the third quarter", "2019-Q3"),
    ("The deal closed in March 2017.", None, "March 2017", "2017-03"),
    # "that October" is the October of the year the story is at, not of the article's
    ("The mill shut in June 2011. Crews came back that October.", "2019-06-12", "that October", "2011-10"),
    ("The storm hit at 7:15 p.m. Wednesday.", "2019-06-12", "7:15 p.m. Wednesday", "2019-06-12T19:15"),
    # issue 3: a date ending a span begun in the past is not sent back a year
    ("The board gave the bidder until mid-November to reply.", "2019-10-30", "mid-November", "2019-11"),
    ("The banks extended the loans through January.", "2019-10-30", "January", "2020-01"),
    # be + to-infinitive looks ahead; "had been due to" does not
    ("Shares are to resume trading Tuesday.", "2019-10-25", "Tuesday", "2019-10-29"),
    ("The offer had been due to lapse Friday evening.", "2019-10-28", "Friday evening", "2019-10-25TEV"),
    # a past-tense month-day months ahead is last year's
    ("During the fiscal year ended Jan. 29, the chain earned $3 million.", "2019-10-31", "Jan. 29", "2019-01-29"),
    ("During the fiscal year ended Jan. 29, the chain earned $3 million.", "2019-10-31", "the fiscal year", "P1Y"),
    # the year of account; a year ended on a date is a span of twelve months
    ("Sales for the full year rose 5%.", "2019-11-02", "the full year", "2019"),
    ("Sales rose in the first seven months of the year.", "2019-11-02", "the year", "2019"),
    ("For the year ended Sept. 27, the firm earned $5 million.", "2019-11-02", "the year", "P1Y"),
    ("Sales in the last half of 2018 fell.", "2019-11-02", "the last half of 2018", "2018-H2"),
    ("It started during the winter of nineteen ninety-three.", "1998-02-23", "the winter of nineteen ninety-three", "1993-WI"),
    ("It opened in January nineteen ninety-seven.", "1998-02-27", "January nineteen ninety-seven", "1997-01"),
    ("The merger should close around Nov. 1, the bank said.", "2019-10-20", "around Nov. 1", "2019-11-01"),
    ("The grocer earned $6 million in the six months ended Aug. 14, up from $4 million a year earlier.",
     "2019-10-26", "a year earlier", "2018-08-14"),
]


@pytest.mark.parametrize("text,published,expr,expected", GOLDEN)
def test_resolve_golden_values(nlp, text: str, published: str | None, expr: str, expected: str) -> None:
    assert values(nlp, text, published)[expr] == expected


def test_resolve_relative_to_narrative_not_article_date(nlp) -> None:
    text = ("The factory shut down in November 2018. A month earlier, workers had protested. "
            "Days later, the owner sold it.")
    got = values(nlp, text, "2019-06-12")
    assert got["A month earlier"] == "2018-10"
    doc = parse(nlp, text)
    result = resolve_times(doc, "2019-06-12", [])
    earlier = next(t for t in result.times if t.text == "A month earlier")
    assert earlier.anchor == "narrative"
    # the narrative dates a clause with no time of its own: "the owner sold it" is in 2018
    assert result.time_at(text.index("the owner")).value.startswith("2018")


def test_resolve_quote_time_from_attribution(nlp) -> None:
    text = "“We open the new kitchen tomorrow,” the chef wrote on March 3. Her restaurant is in Ohio."
    doc = parse(nlp, text)
    cue = text.index("wrote")
    quote = Quote(1, text.index("”"), text[1:text.index("”")], cue=SpanRef(cue, cue + 5, "wrote"))
    result = resolve_times(doc, "2019-03-20", [quote])
    assert result.quotes[0].time == "2019-03-03"
    tomorrow = next(t for t in result.times if t.text == "tomorrow")
    assert (tomorrow.value, tomorrow.anchor) == ("2019-03-04", "quote")


@pytest.mark.parametrize("speaker,expected", [("E1", "2020-06"), ("E2", None)])
def test_resolve_quote_time_continues_a_dated_saying_of_its_speaker(nlp, speaker, expected) -> None:
    """A quotation continues a dated saying of the same speaker just before it; a time that
    dates someone else's act never dates it (and "wrote" is no news report of the article date)."""
    from dateline.entities.index import EntityIndex
    from dateline.types import Entity, Mention, Speaker

    text = "The singer posted a note in June 2020. “We are moving on,” she wrote."
    doc = parse(nlp, text)
    singer = text.index("The singer"), text.index("The singer") + len("The singer")
    doc._.entity_index = EntityIndex([Entity("E1", "the singer", "PERSON", (Mention(*singer, "The singer", "descriptor"),))])
    s = text.index("“") + 1
    e = text.index("”")
    cue = text.index("wrote")
    quote = Quote(s, e, text[s:e], Speaker(speaker, None, None), SpanRef(cue, cue + 5, "wrote"))
    result = resolve_times(doc, "2020-09-01", [quote])
    assert result.quotes[0].time == expected


@pytest.mark.parametrize("fmt", ["%B %d, %Y", "%b. %d, %Y", "%d %B %Y", "%Y-%m-%d", "%m/%d/%Y", "%A, %B %d, %Y"])
@settings(max_examples=25, deadline=None)
@given(day=st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                    max_value=__import__("datetime").date(2099, 12, 31)))
def test_resolve_written_dates_normalize_to_themselves(fmt: str, day) -> None:
    from dateline.time.normalize import normalize
    from dateline.time.tagger import tag

    text = f"It happened on {day.strftime(fmt).replace(' 0', ' ')}."
    if fmt.startswith("%b."):
        text = text.replace("May.", "May")  # AP style does not abbreviate May
    drafts = tag(text)
    assert len(drafts) == 1, (text, drafts)
    assert normalize(drafts[0], None, None, None).value == day.isoformat()


@settings(max_examples=20, deadline=None)
@given(day=st.dates(min_value=__import__("datetime").date(1950, 1, 1),
                    max_value=__import__("datetime").date(2080, 12, 31)))
def test_resolve_given_date_is_never_overridden(nlp, day) -> None:
    doc = parse(nlp, "On Saturday, March 13, 2021, the team said it had won last year.")
    result = resolve_times(doc, day.isoformat(), [])
    assert (result.published.value, result.published.source) == (day.isoformat(), "given")
    for t in result.times:
        assert t.earliest is None or t.earliest <= t.latest


@pytest.mark.parametrize("text,expr,expected", [
    # comparisons ("the year-ago quarter") date their clause but leave the story's quarter
    (("The lender lost $9 million in the third quarter, which ended Sept. 30. It earned $2 million in the "
      "year-ago quarter. Its year-ago results were restated."), "year-ago", "2018-Q3"),
    # "the 2018 period" is the quarter the story was at, a year before
    (("The maker earned $5 million in the fiscal first quarter. Sales were $50 million in the quarter "
      "ended Sept. 28. In the 2018 period, it earned $3 million."), "the 2018 period", "2018-Q1"),
])
def test_resolve_quarter_comparisons_keep_the_story(nlp, text: str, expr: str, expected: str) -> None:
    assert values(nlp, text, "2019-10-26")[expr] == expected


@pytest.mark.parametrize("text,cue_word", [
    ("The plant will close next year. “It is a sad day for the town,” the mayor said.", "said"),
    ("Profits rose in the third quarter of 2018. “We are pleased,” the chief executive says.", "says"),
    ("“We are pleased,” the chief executive says of the sales since early May.", "says"),
])
def test_resolve_quote_time_is_never_after_the_article(nlp, text: str, cue_word: str) -> None:
    doc = parse(nlp, text)
    s, e = text.index("“") + 1, text.index("”")
    cue = text.index(cue_word)
    quote = Quote(s, e, text[s:e], cue=SpanRef(cue, cue + len(cue_word), cue_word))
    result = resolve_times(doc, "2019-06-12", [quote])
    said = result.quotes[0].time
    assert said is not None and said <= "2019-06-12"
    if cue_word == "says":  # the news present: the article date
        assert said == "2019-06-12"
