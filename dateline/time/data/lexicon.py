"""Word tables of the time layer: months, weekdays, numbers, units, vague references.

Written from general knowledge of English news style and the TIMEX3 guidelines
(TimeML 1.2.1), not from any corpus. Keys are lower case; the grammar builds
its regular expressions from these tables, and the normalizer reads their values.
"""

from __future__ import annotations

# Month names and the abbreviations news styles use (AP: Jan., Feb., Aug., Sept., Oct., Nov., Dec.).
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Month words that are also common English words or names: taken as months only when
# a day or year follows or a temporal preposition/modifier precedes them.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "mar", "sep", "dec", "jun", "jul", "aug"})

WEEKDAYS: dict[str, int] = {  # ISO weekday numbers, Monday = 1
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

# Abbreviations of weekday names, read only right before a month and day ("Tue March 3, 2020"):
# alone, "Sun", "Sat", "Wed" and "Mon" are mostly other words.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4,
                                         "thurs": 4, "fri": 5, "sat": 6, "sun": 7}

# Cardinal words up to the tens; "hundred"/"thousand" are composed by the number reader.
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "single": 1, "dozen": 12, "half": 0,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": -1, "final": -1,
}
# Quantities with no exact number: TIMEX3 writes them with X ("several months" = PXM).
VAGUE_QUANTITIES = ("several", "a few", "few", "a couple of", "couple of", "a couple", "many",
                    "some", "a number of", "numerous", "countless")

# Calendar units -> TIMEX3 duration designator. Time units take the "T" prefix in P-values.
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W2", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "millennium": "ML",
}
TIME_UNITS = frozenset({"second", "minute", "hour"})
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "weekends": "weekend", "months": "month", "quarters": "quarter", "years": "year",
    "decades": "decade", "centuries": "century", "millennia": "millennium",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "midafternoon": "AF",
    "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI", "midday": "MI",
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Adverbs of frequency -> TIMEX3 SET values.
FREQUENCY_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M",
}

# Vague temporal references (TIMEX3 PAST_REF / PRESENT_REF / FUTURE_REF).
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PAST_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "once": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "soon": "FUTURE_REF",
    "a later date": "FUTURE_REF", "later date": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "the years to come": "FUTURE_REF", "someday": "FUTURE_REF",
    "eventually": "FUTURE_REF", "future": "FUTURE_REF", "current": "PRESENT_REF",
}
# Bare reference words that are often not temporal ("once" as a conjunction, "future" and
# "current" as plain adjectives): kept only when the context check in the tagger allows.
WEAK_REFERENCES = frozenset({"once", "future", "current", "eventually", "soon"})

# Deictic day words, offset in days from the speech time.
DAY_DEICTICS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

# Modifiers that point a calendar unit relative to the speech time ("last year", "next week").
RELATIVE_MODIFIERS: dict[str, int] = {
    "this": 0, "current": 0, "the current": 0, "this past": -1, "last": -1, "past": -1,
    "the past": -1, "previous": -1, "the previous": -1, "next": 1, "the next": 1, "coming": 1,
    "the coming": 1, "this coming": 1, "following": 1, "the following": 1,
}
# Modifiers that place a point inside a period ("early next year", "late September").
POSITION_MODIFIERS: dict[str, str] = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID", "mid-": "MID",
    "middle": "MID", "the middle of": "MID", "the beginning of": "START", "the start of": "START",
    "the end of": "END", "the close of": "END", "the turn of": "START",
}

# Modifiers of a quantity of time that belong to the TIMEX3 extent (TimeML mod values MORE_THAN,
# LESS_THAN, EQUAL_OR_MORE ...: "nearly two months", "at least 30 days").
EXTENT_MODIFIERS = ("more than", "less than", "fewer than", "nearly", "almost", "around", "at least", "at most",
                    "up to", "no more than", "no less than", "some", "a little more than", "as many as",
                    "as long as", "upwards of")
# Hedges left outside the extent ("roughly a week earlier" is "a week earlier", mod APPROX;
# "just two days" is "two days"): they qualify the speaker's precision, not the quantity.
HEDGES: dict[str, str | None] = {"about": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
                                 "just": None, "only": None}
# "half a decade", "half an hour": the fraction of one unit.
HALF_WORDS = ("half a", "half an")
# Nouns after which a year or a number of hours is the name of a work, not a time
# ("the film 1917", "the series 24 Hours"); and verbs of starring in or showing one.
TITLE_NOUNS = frozenset({"film", "movie", "show", "series", "sitcom", "album", "song", "single", "novel", "book",
                         "play", "musical", "documentary", "episode", "sequel", "game", "opera", "programme",
                         "program", "drama", "thriller", "comedy", "miniseries", "podcast", "title"})
# A weekday possessive after one of these words, before a scheduled event, names that event
# still to come ("before Friday's vote", "ahead of Sunday's final"): the next such weekday.
# ("before Friday's purchases" names no schedule: the tense decides, as for any weekday.)
FORWARD_POSSESSIVE_CUES = ("before", "ahead of", "until", "till", "in the run-up to", "in advance of")
SCHEDULED_EVENTS = frozenset({"vote", "votes", "election", "elections", "referendum", "ballot", "poll", "primary",
                              "caucus", "caucuses", "runoff", "meeting", "summit", "hearing", "debate", "deadline",
                              "match", "game", "final", "race", "derby", "launch", "opening", "premiere",
                              "ceremony", "inauguration", "session", "talks", "conference", "rally", "parade",
                              "march", "strike", "trial", "sentencing", "verdict", "auction", "budget", "speech",
                              "address", "announcement", "release", "start", "kickoff", "showdown", "concert"})
# Time zones -> the zone written in the value. UTC and GMT are "Z" (ISO 8601). A local zone
# ("5 p.m. EST") keeps the wall time as written, no offset: TimeML corpora write "T17:00"
# (TimeBank's annotators did), and the zone's daylight-saving state is often not stated.
ZONES: dict[str, str | None] = {"UTC": "Z", "GMT": "Z", "Z": "Z", "EST": None, "EDT": None, "CST": None,
                                "CDT": None, "MST": None, "MDT": None, "PST": None, "PDT": None, "BST": None,
                                "CET": None, "CEST": None, "ET": None, "PT": None}
