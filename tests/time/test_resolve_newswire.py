"""Golden tables for the error kinds of issue 17: temporal expressions that hold on any newswire.

Rows are (text, article date, expression, TIMEX3 type, value), in sentences written for these
tests. A row whose type is None says the words are no temporal expression (TimeML guidelines:
names of works, "a second term", a frequency adjective describing a thing).
"""

from __future__ import annotations

import pytest

from dateline.time import resolve_times
from dateline.types import Time


def read(nlp, text: str, published: str | None) -> list[Time]:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("dateline_"):
            doc = proc(doc)
    return resolve_times(doc, published, []).times


def check(nlp, text: str, anchor: str | None, expression: str, type_: str | None, value: str | None) -> None:
    times = read(nlp, text, anchor)
    found = [t for t in times if t.text == expression]
    if type_ is None:
        assert not any(expression in t.text or t.text in expression for t in times), times
        return
    assert found, f"{expression!r} not found in {[t.text for t in times]}"
    assert (found[0].type, found[0].value) == (type_, value)
    assert text[found[0].start:found[0].end] == expression


# bare and vague expressions: "now", "the day", "minutes", "a second term"
VAGUE = [
    ("Tickets are now on sale at the box office.", "2021-03-10", "now", "DATE", "PRESENT_REF"),
    ("Shares slipped later in the day.", "2021-03-10", "later in the day", "DATE", "2021-03-10"),
    ("Firefighters reached the barn within minutes.", "2021-03-10", "minutes", "DURATION", "PTXM"),
    ("She spoke for minutes before the vote.", "2021-03-10", "minutes", "DURATION", "PTXM"),
    ("The governor is seeking a second term in office.", "2021-03-10", "a second term", None, None),
    # with no article date, "this week" is no concrete week of some year
    ("This week the council votes on the budget.", None, "This week", "DATE", "PRESENT_REF"),
]
# two-digit years and decades
SHORT_YEARS = [
    ("The club has not won a title since the '98 final.", "2021-03-10", "'98", "DATE", "1998"),
    ("The lease runs out in ’27, the owner said.", "2021-03-10", "’27", "DATE", "2027"),
    ("The lease ran out in ’27, the owner recalled.", "1931-05-02", "’27", "DATE", "1927"),
    ("He still runs Office '97 on his laptop.", "2021-03-10", "'97", None, None),
    ("Rents climbed through the ’80s and the '90s.", "2021-03-10", "the ’80s", "DATE", "198"),
    ("Rents climbed through the ’80s and the '90s.", "2021-03-10", "the '90s", "DATE", "199"),
]
# frequency: adverbs are sets; adjectives describing a thing are not times
FREQUENCY = [
    ("The bulletin is printed weekly and mailed to members.", "2021-03-10", "weekly", "SET", "P1W"),
    ("Inspectors visit the site twice a year.", "2021-03-10", "twice a year", "SET", "P1Y"),
    ("The annual fair drew large crowds.", "2021-03-10", "annual", None, None),
    ("She writes a weekly column on gardening.", "2021-03-10", "weekly", None, None),
    ("The recent floods and the current drought worried farmers.", "2021-03-10", "recent", None, None),
]
# ranges are two points (TimeML marks each end; the span between is no TIMEX3 of its own)
RANGES = [
    ("Prices rose steadily from 2004 to 2006.", "2021-03-10", "2004", "DATE", "2004"),
    ("Prices rose steadily from 2004 to 2006.", "2021-03-10", "2006", "DATE", "2006"),
    ("The road was shut from May to July.", "2021-09-10", "July", "DATE", "2021-07"),
    # a span of years written with a dash: both ends; a fiscal or season year ("2011-12") is one
    # period that no calendar value names, so it is left alone rather than misread as a month
    ("Rents doubled in the 2004-2006 boom.", "2021-03-10", "2004", "DATE", "2004"),
    ("Rents doubled in the 2004-2006 boom.", "2021-03-10", "2006", "DATE", "2006"),
    ("Rents doubled in the 2004–2006 boom.", "2021-03-10", "2004", "DATE", "2004"),
    ("The levy was raised in 2011-12 and again in 2017-18.", "2020-02-01", "2011-12", None, None),
    ("The levy was raised in 2011-12 and again in 2017-18.", "2020-02-01", "2017-18", None, None),
    ("The levy was raised in 2011–12 and again in 2017–18.", None, "2011–12", None, None),
    ("The score ended 2011-2009 after extra time.", "2020-02-01", "2011", None, None),
    # the first end takes the year the second states
    ("The fair ran from March 28 to April 2, 2010.", "2003-02-01", "March 28", "DATE", "2010-03-28"),
    ("The fair ran between March 1 and March 5, 2010.", "2003-02-01", "March 1", "DATE", "2010-03-01"),
    ("Talks ran from Dec. 28 to Jan. 3, 2010, in Geneva.", "2012-02-01", "Dec. 28", "DATE", "2009-12-28"),
    ("The dig ran from May to July 2009.", "2012-02-01", "May", "DATE", "2009-05"),
    ("The fair ran June 3-9, 2005, in the park.", "2003-02-01", "June 3", "DATE", "2005-06-03"),
    ("The fair ran June 3–9 in the park.", "2003-02-01", "June 3", "DATE", "2002-06-03"),
    # "and" without "between" joins two dates, not the ends of a range
    ("Votes were counted on March 1 and on March 5, 2010.", "2010-03-20", "March 1", "DATE", "2010-03-01"),
]
# clock times: zones, days named with them
CLOCKS = [
    ("The outage began at 09:40 UTC.", "2021-03-10", "09:40 UTC", "TIME", "2021-03-10T09:40Z"),
    ("The outage ended at 14:05 GMT.", "2021-03-10", "14:05 GMT", "TIME", "2021-03-10T14:05Z"),
    ("Ballot boxes were sealed at 9 p.m. EST.", "2021-03-10", "9 p.m. EST", "TIME", "2021-03-10T21:00"),
    ("Police made the arrest yesterday at 6 p.m.", "2021-03-10", "6 p.m.", "TIME", "2021-03-09T18:00"),
    ("The ferry leaves tomorrow at noon.", "2021-03-10", "noon", "TIME", "2021-03-11T12:00"),
    ("The gates opened at 7 a.m. Saturday.", "2021-03-10", "7 a.m. Saturday", "TIME", "2021-03-06T07:00"),
    ("The gates will open Saturday at 7 a.m.", "2021-03-10", "7 a.m.", "TIME", "2021-03-13T07:00"),
    ("The hearing began on March 2 at 9 a.m.", "2021-03-10", "9 a.m.", "TIME", "2021-03-02T09:00"),
    ("The launch is set for 10:00 a.m. PST on March 15.", "2021-03-10", "10:00 a.m. PST", "TIME",
     "2021-03-15T10:00"),
    ("The truce began at midnight local time (2200 GMT).", "2021-03-10", "2200 GMT", "TIME", "2021-03-10T22:00Z"),
    ("Crews reached the valley in the morning.", "2021-03-10", "the morning", "TIME", "2021-03-10TMO"),
    ("By mid afternoon the river had crested.", "2021-03-10", "mid afternoon", "TIME", "2021-03-10TAF"),
    ("The hearing is set for Tue. March 16.", "2021-03-10", "Tue. March 16", "DATE", "2021-03-16"),
    ("The ferry docked at 6:05 a.m. local time on Sunday.", "2021-03-10", "6:05 a.m.", "TIME", "2021-03-07T06:05"),
    ("The ballot was held on the 15th.", "2021-03-10", "the 15th", "DATE", "2021-02-15"),
    ("The ballot will be held on the 5th.", "2021-03-10", "the 5th", "DATE", "2021-04-05"),
    ("The gala is on the 31st at noon.", "2021-03-10", "noon", "TIME", "2021-03-31T12:00"),
    ("The doors open at 3:45 p.m.", None, "3:45 p.m.", "TIME", "XXXX-XX-XXT15:45"),  # no day known
    ("The rally is on Friday morning.", None, "Friday morning", "TIME", "XXXX-WXX-5TMO"),
]
# weekdays: the week the tense or the schedule points to
WEEKDAYS = [
    ("The storm hit the coast on Monday.", "2021-03-10", "Monday", "DATE", "2021-03-08"),
    ("The court will rule on Monday.", "2021-03-10", "Monday", "DATE", "2021-03-15"),
    ("The vote came last Friday.", "2021-03-10", "last Friday", "DATE", "2021-03-05"),
    ("Lawmakers haggled for hours before Friday's vote.", "2021-03-10", "Friday", "DATE", "2021-03-12"),
    ("Pollsters were busy ahead of Sunday's election.", "2021-03-10", "Sunday", "DATE", "2021-03-14"),
    ("Shares recovered after Friday's losses.", "2021-03-10", "Friday", "DATE", "2021-03-05"),
]
# the story's day: "later that day" and "the next day" count from the day the narrative is at,
# never from the article date; after an aside on an earlier time the story comes back to its day
NARRATIVE_DAYS = [
    ("A pipe burst at the depot on Tuesday. Later that day, the street flooded.", "2019-03-20",
     "Later that day", "DATE", "2019-03-19"),
    ("A pipe burst at the depot on May 4, 2018. Earlier that day, crews had checked it.", "2021-06-10",
     "Earlier that day", "DATE", "2018-05-04"),
    ("The ferry sank on May 4, 2018. The next day, divers reached the hull.", "2021-06-10",
     "The next day", "DATE", "2018-05-05"),
    ("On June 3, 2017 the hearing opened. The judge had sat since 2005. Later that day the jury was sworn in.",
     "2019-02-01", "Later that day", "DATE", "2017-06-03"),
    ("On June 3, 2017 the hearing opened. The judge had sat since 2005. The next day the jury was sworn in.",
     "2019-02-01", "The next day", "DATE", "2017-06-04"),
    # the story at a month or a week: the next day is in that period, not after the article date
    ("The hearing opened in June 2017. The next day, the judge fell ill.", "2019-03-20", "The next day", "DATE",
     "2017-06"),
    ("The mayor quit last week. The next day, her deputy took over.", "2019-03-20", "The next day", "DATE",
     "2019-W11"),
    ("The mayor quit on March 2, 2016. In June 2017 she ran again. The next day she won.", "2019-03-20",
     "The next day", "DATE", "2017-06"),
    # a bare weekday stays in the article's week after a dated past narrative: on TimeBank and
    # MEANTIME every such weekday (6 of 6 with the story over a week back) is the article's
    ("The strike began on Oct. 3, 2015. On Monday, the union called it off.", "2015-10-20", "Monday", "DATE",
     "2015-10-19"),
]
# "one day" / "a day" naming some day rather than a length (TimeBank and MEANTIME both mark
# these FUTURE_REF): after a modal, or as the day that comes when something happens
INDEFINITE_DAYS = [
    ("Engineers believe the probe will one day reach the outer planets.", "2020-01-01", "one day", "DATE",
     "FUTURE_REF"),
    ("She hopes her son could one day run the bakery.", "2020-01-01", "one day", "DATE", "FUTURE_REF"),
    ("She said that if there came a day when the bakery could not pay, she would sell it.", "2020-01-01",
     "a day", "DATE", "FUTURE_REF"),
    ("Then there came a day when the looms fell silent.", "2020-01-01", "a day", "DATE", "PAST_REF"),
    # the length it says
    ("He had been in the post one day when the flood came.", "2020-01-01", "one day", "DURATION", "P1D"),
    ("The repairs will take one day.", "2020-01-01", "one day", "DURATION", "P1D"),
    ("The strike lasted one day.", "2020-01-01", "one day", "DURATION", "P1D"),
]
# durations and offsets: "the coming decade", "N years ago", hedges, halves
SPANS = [
    ("Demand will double over the coming decade.", "2021-03-10", "the coming decade", "DURATION", "P10Y"),
    ("The plant closed 12 years ago.", "2021-03-10", "12 years ago", "DATE", "2009"),
    ("The plant closed 12 years ago.", "2021-01-02", "12 years ago", "DATE", "2009"),
    ("The parcel had arrived roughly a week earlier.", "2021-03-10", "a week earlier", "DATE", "2021-03-03"),
    ("The strike lasted about three weeks.", "2021-03-10", "three weeks", "DURATION", "P3W"),
    ("The strike lasted nearly two months.", "2021-03-10", "nearly two months", "DURATION", "P2M"),
    ("The mill has been idle for half a decade.", "2021-03-10", "half a decade", "DURATION", "P5Y"),
    ("The talks took half an hour.", "2021-03-10", "half an hour", "DURATION", "PT30M"),
    ("The bridge stood for half a century.", "2021-03-10", "half a century", "DURATION", "P50Y"),
    ("The repairs took half a year.", "2021-03-10", "half a year", "DURATION", "P6M"),
    ("Their decades-long feud ended quietly.", "2021-03-10", "decades-long", "DURATION", "PXY"),
    ("The speech ran a minute and a half.", "2021-03-10", "a minute and a half", "DURATION", "PT1M30S"),
    ("The trial is expected to last two to three weeks.", "2021-03-10", "two to three weeks", "DURATION", "PXW"),
    ("The warranty runs 1.5 to 2 years.", "2021-03-10", "1.5 to 2 years", "DURATION", "PXY"),
    ("Output will recover over the next 10 to 14 months.", "2021-03-10", "the next 10 to 14 months", "DURATION",
     "PXM"),
]
# extents: complements kept, paragraph breaks never crossed, titles not taken as times
EXTENTS = [
    ("Sales fell in the second quarter of last year.", "2021-03-10", "the second quarter of last year", "DATE",
     "2020-Q2"),
    ("Margins shrank in the final quarter of last year.", "2021-03-10", "the final quarter of last year", "DATE",
     "2020-Q4"),
    ("Margins shrank in the last quarter of last year.", "2021-03-10", "the last quarter of last year", "DATE",
     "2020-Q4"),
    ("Margins shrank in the last half of the previous year.", "2021-03-10",
     "the last half of the previous year", "DATE", "2020-H2"),
    ("Output should recover in the first half of next year.", "2021-03-10", "the first half of next year", "DATE",
     "2022-H1"),
    ("The market fell sharply in March\n\n2019 had been worse.", "2021-03-10", "March", "DATE", "2021-03"),
    ("The market fell sharply in March\n\n2019 had been worse.", "2021-03-10", "2019", "DATE", "2019"),
    ("She starred in the film 1917 with two friends.", "2021-03-10", "1917", None, None),
    ("He later appeared in 24 Hours on cable.", "2021-03-10", "24 Hours", None, None),
    ("The band played “2046” as an encore.", "2021-03-10", "2046", None, None),
    ("They watched the film 3:10 to Yuma again.", "2021-03-10", "3:10", None, None),
    ("The pastor read John 3:16 aloud.", "2021-03-10", "3:16", None, None),
    ("The pastor began reading at 10:30 sharp.", "2021-03-10", "10:30", "TIME", "2021-03-10T10:30"),
    ("Profits doubled in the last quarter.", "2021-03-10", "the last quarter", "DATE", "2020-Q4"),
    ("Wages lagged prices over the last decade.", "2021-03-10", "the last decade", "DATE", "201"),
    ("The crew worked for 24 hours without a break.", "2021-03-10", "24 hours", "DURATION", "PT24H"),
]
# the codes of financial news
CODES = [
    ("The deal closed in Q3 2020.", "2021-03-10", "Q3 2020", "DATE", "2020-Q3"),
    ("Margins were thin in H1 2019.", "2021-03-10", "H1 2019", "DATE", "2019-H1"),
    ("The board cut its FY2021 outlook.", "2021-03-10", "FY2021", "DATE", "2021"),
    ("Sales for fiscal 2020 rose.", "2021-03-10", "fiscal 2020", "DATE", "2020"),
    ("Bookings slowed in Q3, the firm said.", "2021-03-10", "Q3", "DATE", "2020-Q3"),  # the last one
    ("She drove an Audi Q3 to the site.", "2021-03-10", "Q3", None, None),
    ("He applied for an H1-B visa.", "2021-03-10", "H1", None, None),
]

# a duration that counts an amount of pay or of recordings is no time; a time span stays one
AMOUNTS = [
    ("Each teller got a payment worth eight weeks of basic pay.", "2021-03-10", "eight weeks",
     None, None),
    ("She left with two years' salary and a pension.", "2021-03-10", "two years", None, None),
    ("The new recorder can hold 40 hours of video and 900 songs.", "2021-03-10", "40 hours", None, None),
    ("The crew shot 12 hours of footage at the harbor.", "2021-03-10", "12 hours", None, None),
    ("After two years of pay talks the nurses signed.", "2021-03-10", "two years", "DURATION", "P2Y"),
    ("The union cited ten years of flat wages in its letter.", "2021-03-10", "ten years", "DURATION", "P10Y"),
    ("The fair offered three days of music by the river.", "2021-03-10", "three days", "DURATION", "P3D"),
]


@pytest.mark.parametrize("text,anchor,expression,type_,value",
                         VAGUE + SHORT_YEARS + FREQUENCY + RANGES + CLOCKS + WEEKDAYS + NARRATIVE_DAYS + INDEFINITE_DAYS
                         + SPANS + EXTENTS + CODES + AMOUNTS)
def test_resolve_newswire_golden(nlp, text: str, anchor: str | None, expression: str, type_: str | None,
                                 value: str | None) -> None:
    check(nlp, text, anchor, expression, type_, value)


@pytest.mark.parametrize("text", [
    "Sales fell in March\n\n2019 had been worse.",
    "Officials met on Tuesday\n\nmorning papers called it a truce.",
])
def test_resolve_never_crosses_a_paragraph_break(nlp, text: str) -> None:
    assert all("\n\n" not in t.text for t in read(nlp, text, "2021-03-10"))
