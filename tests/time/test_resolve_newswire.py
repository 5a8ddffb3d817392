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


@pytest.mark.parametrize("text,anchor,expression,type_,value",
                         VAGUE + SHORT_YEARS + FREQUENCY + RANGES + CLOCKS + WEEKDAYS + SPANS + EXTENTS + CODES)
def test_resolve_newswire_golden(nlp, text: str, anchor: str | None, expression: str, type_: str | None,
                                 value: str | None) -> None:
    check(nlp, text, anchor, expression, type_, value)


@pytest.mark.parametrize("text", [
    "Sales fell in March\n\n2019 had been worse.",
    "Officials met on Tuesday\n\nmorning papers called it a truce.",
])
def test_resolve_never_crosses_a_paragraph_break(nlp, text: str) -> None:
    assert all("\n\n" not in t.text for t in read(nlp, text, "2021-03-10"))
