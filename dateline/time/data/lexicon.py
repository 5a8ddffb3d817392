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
# The number words of years said aloud ("nineteen ninety-six"): ones, ten to twenty, tens.
_PLAIN = {w: n for w, n in NUMBER_WORDS.items() if w not in ("a", "an", "single", "dozen", "half")}
YEAR_WORD_ONES = {w: n for w, n in _PLAIN.items() if n < 10}
YEAR_WORD_TEENS = {w: n for w, n in _PLAIN.items() if 10 <= n <= 20}
YEAR_WORD_TENS = {w: n for w, n in _PLAIN.items() if n >= 20}
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
# Bare reference words not kept as times: far more often plain adjectives or conjunctions
# ("current", "future", "once") than temporal expressions.
WEAK_REFERENCES = frozenset({"current", "future", "once", "eventually"})

# "one day" after a modal ("will one day be", "could one day lead") is no length of time but
# an indefinite day ahead (TIMEX3 FUTURE_REF); so is "a day when" after a form of "come"
# ("if there came a day when"), or one behind ("there came a day when ...": PAST_REF).
INDEFINITE_DAY_MODALS = ("will", "would", "could", "might", "may", "can", "shall", "should", "must")
ARRIVAL_VERBS: dict[str, str] = {"come": "FUTURE_REF", "comes": "FUTURE_REF", "came": "PAST_REF"}
# Before "came": words that make the arrival hypothetical, hence ahead ("if there ever came").
HYPOTHETICAL_WORDS = ("if", "unless", "when", "whenever", "should", "would", "might")

# Deictic day words, offset in days from the speech time.
DAY_DEICTICS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

# Modifiers that point a calendar unit or a named month or weekday from the anchor ("last
# year", "next week", "this past Sunday"), with the move in units. The grammar's alternation
# of them is built from these keys.
RELATIVE_MODIFIERS: dict[str, int] = {
    "this": 0, "the current": 0, "this past": -1, "last": -1, "the last": -1, "past": -1, "the past": -1,
    "previous": -1, "the previous": -1, "next": 1, "coming": 1, "the coming": 1, "this coming": 1,
    "the following": 1,
}
# Of those (and "that"), the ones that count from the story's time, not the speech time.
ANAPHORIC_MODIFIERS = frozenset({"the following", "the previous", "that"})
# With these, "decade" and "century" are the span ahead ("the coming decade" = P10Y), not a
# calendar decade.
SPAN_MODIFIERS = frozenset({"coming", "the coming", "this coming", "next"})
SPAN_UNIT_VALUES: dict[str, str] = {"decade": "P10Y", "century": "P100Y"}
# Modifiers that place a point inside a period ("early next year", "late September"), with
# the TIMEX3 mod they give; the grammar's alternation is built from these keys.
POSITION_MODIFIERS: dict[str, str] = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID", "mid-": "MID",
    "the beginning of": "START", "the start of": "START", "the end of": "END", "the middle of": "MID",
    "the close of": "END", "around": "APPROX",
}
# "the nineties" (of the 1900s), "the twentieth century".
DECADE_WORDS: dict[str, int] = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                                "seventies": 7, "eighties": 8, "nineties": 9}
CENTURY_WORDS: dict[str, int] = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                                 "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                                 "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
# Words before a bare ambiguous month ("May", "March") that make it a month.
MONTH_CUE_WORDS = ("in", "since", "by", "until", "till", "through", "during", "of", "from", "to", "before", "after",
                   "between", "and", "or", "early", "late", "mid", "last", "next", "this", "each", "every", "on")

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
# A duration of one of these things counts an amount of it, not a time ("a payment worth
# eight weeks of pay", "the player stores 40 hours of video", "two years' salary"): pay
# counted in months, recordings counted in hours. Not "wages" ("ten years of flat wages" is
# the time they stayed flat) nor "music" ("three days of music" is a festival's length).
MEASURED_NOUNS = frozenset({"pay", "salary", "severance", "video", "footage", "audio", "recording"})
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

# When a quotation was said (anchor.py)
# Prepositions by which a time bounds a span ("since early May"): it places nothing.
SPAN_BOUNDS = frozenset({"since", "until", "till", "through", "from"})
# An occasion the text places before the news ("in a recent email", "in an earlier interview").
EARLIER_WORDS = frozenset({"recent", "earlier", "previous", "past", "prior", "former", "old", "repeatedly",
                           "previously", "often", "frequently", "once", "formerly"})
SAYING_VERBS = frozenset({"say", "add", "tell", "write", "explain", "note", "ask", "insist", "argue"})
# Verbs of saying a news report puts at its own date whatever the story told before.
ORDINARY_SAYING = frozenset({"say", "tell", "add", "explain", "note", "ask", "insist", "argue", "state",
                             "reply", "respond", "warn", "claim", "continue", "acknowledge", "admit",
                             "comment", "conclude", "confirm", "declare", "deny", "stress", "urge"})
# Sayings a following quotation by the same speaker may continue ("revealing in November ...").
# (acts of uttering only: "describing a visit in 1992" dates the visit, not the describing)
CONTINUED_SAYING = ORDINARY_SAYING | frozenset({"write", "post", "reveal", "share", "announce", "tweet"})

# Tense and the clause a time dates (context.py)
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
# The tense of a reporting verb tells when something was said, not when what was said
# happens ("said the dividend is payable Dec. 1"): no tense is read from these.
REPORTING = frozenset({"say", "tell", "add"})
# Words right before a date that point it forward whatever the verb's tense.
FORWARD_CUES = frozenset({"effective", "starting", "beginning", "payable"})
# Words right before a date that end a span begun at the verb's time ("gave them until
# mid-November", "extended the loans through January"): the verb's past tense does not
# put the date in the past, so no tense is read (the nearest occurrence is taken).
SPAN_END_CUES = frozenset({"until", "till", "through", "thru"})
BE_FORMS = frozenset({"is", "are", "am", "'s", "'re"})
# Words that make an infinitive look ahead ("scheduled to close Monday"); other infinitives
# ("allowed to carry out", "offers to acquire") say nothing about time.
SCHEDULING = frozenset({"schedule", "set", "expect", "slate", "plan", "likely", "poise", "go", "due"})
# How a time expression dates a verb's own clause (``dates_clause``): a preposition that
# places the happening in time or at an occasion ("on Tuesday", "in 2019", "at a rally in
# May", "during the 2016 campaign"). Not "since 1999", "until May", "by 2030", "before
# the war", "after 2010", "from 2010": those bound a span, they do not date the happening.
DATING_PREPS = frozenset({"on", "in", "at", "during", "around", "circa", "over", "throughout"})
# Nouns naming an occasion at which something is said or done ("in a 2015 interview",
# "at a rally in May"): a time on them dates what happens there.
OCCASION_NOUNS = frozenset([
    "interview", "statement", "speech", "conference", "meeting", "hearing", "rally", "ceremony", "visit",
    "appearance", "address", "session", "debate", "broadcast", "post", "tweet", "email", "letter", "message",
    "video", "podcast", "briefing", "summit", "keynote", "event", "festival", "show", "concert", "trip", "tour",
    "convention", "forum", "gala", "fundraiser", "vote", "election", "race", "game", "match", "final",
    "tournament", "season", "campaign", "filing", "release", "announcement", "call", "broadcast", "program",
])
# Words that may open a sentence before a fronted time ("But in 2019, ...").
OPENERS = frozenset({"but", "and", "then", "so", "yet", "still", "also"})

# Numbers (numbers.py)
COUPLE = frozenset({"a couple of", "couple of", "a couple"})  # TIMEX3 reads "a couple" as two

# Titles of works (titles.py)
# Small words a title-case line may keep in lower case.
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with",
                               "from"})
