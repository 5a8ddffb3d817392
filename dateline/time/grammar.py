"""The regular grammar of temporal expressions, compiled once at import.

Each rule is a named regular expression over the raw text; ``tagger.py`` turns a
match into a Draft. Words are case-insensitive (``(?i:...)``) except month and
weekday names, which must be capitalized (or all upper case, as in headlines):
this keeps "may", "march", "sun" and "jan" the verbs and nouns they usually are.
Extents follow the TIMEX3 guidelines: a leading determiner and temporal modifiers
("the past", "early", "nearly") belong to the expression; prepositions do not.
"""

from __future__ import annotations

import re

from dateline.time.data.lexicon import (
    EXTENT_MODIFIERS,
    FREQUENCY_ADVERBS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    POSITION_MODIFIERS,
    REFERENCES,
    RELATIVE_MODIFIERS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    ZONES,
)


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """RETURNS a regex alternation of ``words``, longest first (so no word shadows a longer one)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _names(words: list[str]) -> str:
    """RETURNS an alternation of capitalized and upper-case forms of proper-noun ``words``."""
    forms = [w.capitalize() for w in words] + [w.upper() for w in words]
    return _alt(forms)


_ABBREV = [w for w in MONTHS if len(w) <= 4 and w not in ("june", "july", "may")]
_FULL = [w for w in MONTHS if w not in _ABBREV]
MON = rf"(?:(?:{_names(_FULL)})\b|(?:{_names(_ABBREV)})\b\.?)"
WD = rf"(?:{_names(list(WEEKDAYS))})"
WD_BEFORE_DATE = rf"(?:{WD}|(?:{_names(list(WEEKDAY_ABBREVIATIONS))})\b\.?(?=,?\s+{MON}))"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR = r"(?:1[6-9]\d\d|20\d\d)\b"
# "nineteen ninety-four", "two thousand and one": years as spoken in broadcast transcripts
WORD_YEAR = r"(?i:nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)"
NUMWORD = _alt([w for w in NUMBER_WORDS if w not in ("a", "an", "half")] + ["hundred", "thousand"])
# A cardinal: digits ("24", "2 1/2", "1.5") or number words ("twenty four", "twenty-four", "a hundred").
NUM = (rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?|(?i:(?:a|an|one)\s+(?:hundred|thousand|dozen)"
       rf"|(?:{NUMWORD})(?:(?:\s+|-)(?:and\s+)?(?:{NUMWORD}))*(?:\s+and\s+a\s+half)?|a|an))")
VAGUE = rf"(?i:{_alt(VAGUE_QUANTITIES)})"
_UNIT_WORDS = list(UNITS) + list(UNIT_PLURALS)
UNIT = rf"(?i:(?:{_alt(_UNIT_WORDS)})\b)"
TIME_MODS = _alt(EXTENT_MODIFIERS)  # hedges ("roughly", "just") stay outside: readers.py reads them
HALF = r"(?:(?P<half>(?i:half))\s+)"  # "half a decade", "half an hour"
TZ = rf"(?:{_alt(list(ZONES))})\b"
APOS = "['’‘]"
# Prepositions ("within", "over", "in") are signals, not part of a TIMEX3 extent.
POS = rf"(?i:{_alt(list(POSITION_MODIFIERS))})"
REL = rf"(?i:{_alt(list(RELATIVE_MODIFIERS))})"
PART = r"(?i:morning|afternoon|evening|night)"
ORD = rf"(?i:{_alt([w for w in ORDINALS if w not in ('last', 'final')])}|1st|2nd|3rd|4th)"

RULES: dict[str, str] = {
    # "Saturday, February 20", "Oct. 15, 1999", "Friday Oct. 13", "the 20th of February"
    "date_mdy": rf"(?:(?P<approx>(?i:around|approximately|roughly))\s+)?(?:(?P<wd>{WD_BEFORE_DATE}),?\s+)?(?P<mon>{MON})\s+(?P<day>{DAYNUM})(?:[-–](?P<dend>3[01]|[12]\d|0?[1-9])\b)?(?!\s*(?:%|-\d|:\d|\d))(?:,?\s+(?P<year>{YEAR}))?",
    "date_dmy": rf"(?:(?P<wd>{WD}),?\s+)?(?:(?i:the)\s+)?(?P<day>{DAYNUM})(?:\s+(?i:of))?\s+(?P<mon>{MON})(?:,?\s+(?P<year>{YEAR}))?",
    # "on the 15th": a day of the anchor's month (only after "on", before the clause goes on)
    "day_of_month": r"(?<=\b[oO]n\s)(?i:the)\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\b(?=\s*(?:[,.;:!?)]|$|(?i:at|and|when|as|after|before|in)\b))",
    "date_numeric": r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b|\b(?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12]\d|0?[1-9])/(?P<y2>(?:19|20)?\d\d)\b",
    # "September 2020", "mid-November", "last April", "January this year", "the end of November"
    # "that October": the October of the year the story is at (anaphoric)
    "month": (rf"(?:(?P<pos>{POS})\s*)?(?:(?P<rel>{REL}|(?i:that))\s+)?(?P<mon>{MON})"
              rf"(?:(?:\s+(?i:of))?,?\s+(?P<year>{YEAR})|\s+(?P<yrel>(?i:this|last|next))\s+(?i:year)"
              rf"|(?:\s+(?i:of))?,?\s+(?P<wyear>{WORD_YEAR})\b)?"),
    "year": rf"(?:(?P<pos>{POS})\s*|(?P<fiscal>(?i:fiscal))\s+|(?P<the>(?i:the\s+year))\s+)?(?<![$£€\d.,])(?P<year>{YEAR})(?!\s*(?:%|[-–](?!{YEAR})\d|/|\.\d|,\d))",
    "decade": (rf"(?:(?i:the)\s+)?(?:(?P<pos>(?i:early|late|mid-?))\s*)?(?:(?P<dec>(?:1[6-9]|20)\d0)['’]?s\b|{APOS}(?P<dec2>\d0)s\b"
               rf"|(?P<decw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b)"),
    "century": rf"(?:(?i:the)\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORD}|(?i:eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\s-]+(?i:century)\b",
    "word_year": rf"(?:(?i:the\s+year\s+))?(?P<wy>{WORD_YEAR})\b",
    # "the '98 season", "in ’05": a year by its last two digits (the century from the anchor)
    "short_year": rf"(?:(?P<pos>(?i:early|late|mid-?))\s*)?(?<![\w'’‘]){APOS}(?P<yy>\d\d)\b(?!{APOS}|s\b|\s*(?:%|(?i:percent|per\s+cent)))",
    # "10 p.m. Wednesday", "around 7:15 p.m.", "noon Thursday", "6 p.m. EST, March 2"
    "clock": (rf"(?:(?P<approx>(?i:around|shortly\s+after|just\s+before))\s+)?"
              rf"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b|o'clock))"
              rf"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d:.,])|(?P<noon>(?i:noon|midnight))"
              rf"|(?<![\d,.])(?P<hmil>[01]\d|2[0-3])(?P<mmil>[0-5]\d)(?=\s*(?:GMT|UTC|Z)\b))"
              rf"(?:\s*(?P<tz>{TZ}))?"
              rf"(?:,?\s+(?P<dwd>{WD})(?!\s+{MON})|,?\s+(?P<ddeix>(?i:today|yesterday|tomorrow))\b"
              rf"|,?\s+(?:(?P<dwd2>{WD}),?\s+)?(?P<dmon>{MON})\s+(?P<dday>{DAYNUM}))?"),
    # "Saturday night", "early Tuesday", "last Friday", "this coming Sunday, March eighth"
    "weekday": rf"(?:(?P<pos>(?i:early|late|earlier|later))\s+)?(?:(?P<rel>{REL}|(?i:the\s+previous|that))\s+)?(?P<wd>{WD})(?P<pl>s)?(?:\s+(?P<part>{PART})(?P<ppl>s)?)?",
    # "yesterday", "late yesterday", "mid-afternoon yesterday", "this morning", "last night"
    "day_deictic": (rf"(?:(?P<pos>(?i:early|late|earlier|later))\s+)?(?:(?P<pre>(?i:mid-?\s?afternoon|morning|afternoon|evening))\s+)?"
                    rf"(?:(?P<deix>(?i:today|tonight|yesterday|tomorrow))\b(?:\s+(?P<part>{PART}))?"
                    rf"|(?P<rel>(?i:this|last|tomorrow|yesterday))\s+(?P<part2>{PART})\b"
                    rf"|(?P<dby>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)))"),
    # "last year", "earlier this month", "early next year", "this summer", "the current quarter"
    "rel_unit": (rf"(?:(?P<pos>{POS})\s+(?:(?i:in|of)\s+)?)?(?P<rel>{REL})\s+"
                 rf"(?P<unit>(?i:week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|winter))\b"),
    # "the weekend", "year-end", "the end of the month", "earlier in the year"
    "the_unit": (rf"(?P<pos>{POS})\s+(?:(?i:in|of)\s+)?(?i:the)\s+(?P<unit>(?i:week|month|year|quarter|day|decade|century))\b"
                 rf"|(?P<ye>(?i:year[\s-]end|year's\s+end|the\s+weekend|the\s+end\s+of\s+the\s+day))\b"),
    # "a year earlier", "10 days ago", "a week or so ago", "two years later", "months ago"
    "offset": (rf"(?:(?P<mod>(?i:{TIME_MODS}))\s+)?(?:{HALF}?(?P<qty>{NUM}|{VAGUE})\s+)?(?P<unit>{UNIT})"
               rf"(?P<orso>\s+(?i:or\s+so))?\s+(?P<dir>(?i:ago|earlier|later|before|after|from\s+now|hence|back))\b"),
    # "the next day", "the following year", "that day", "the same week", "the day before"
    "anaphor": (r"(?:(?P<pos>(?i:later|earlier))\s+)?(?P<rel>(?i:the\s+next|the\s+following|the\s+previous|the\s+prior|the\s+preceding|that|the\s+same|the\s+very\s+same))\s+"
                r"(?P<unit>(?i:day|night|week|weekend|month|year|quarter|time|morning|afternoon|evening))\b"
                r"|(?P<rel2>(?i:the))\s+(?P<unit2>(?i:day|week|month|year))\s+(?P<dir2>(?i:before|after))(?!\s+(?i:the|a|an|his|her|their|its|[A-Z0-9]))"
                # "in the morning", "by mid afternoon": a part of the story's day (the reader checks the preposition)
                r"|(?P<rel3>(?i:the\s+|mid-?\s?))(?P<unit3>(?i:morning|afternoon|evening))\b(?!\s*(?:['’]s|-|(?i:of|after|before)\b))"),
    # "two months", "the last thirty six hours", "the next few days", "at least 30 days"
    "duration": (rf"(?:(?P<mod>(?i:{TIME_MODS}))\s+)?(?:(?P<det>(?i:the|its|their|his|her|our|an?\s+(?:additional|extra|further|full)|another))\s+)?"
                 rf"(?:(?P<rel>(?i:past|last|next|first|coming|previous|latest|following|final|initial|recent|remaining|entire|full|whole|same))\s+)?"
                 rf"(?:(?<![\d.,])(?P<lo>\d+(?:\.\d+)?|(?i:{NUMWORD}))\s+(?i:to|or)\s+)?{HALF}?(?P<qty>{NUM}|{VAGUE})\s+(?:(?i:more|additional|extra|straight|consecutive|full|trading|business|calendar)\s+)?"
                 rf"(?P<unit>{UNIT})(?!-)(?P<andhalf>\s+(?i:and\s+a\s+half))?(?P<orso>\s+(?i:or\s+so|or\s+more|or\s+longer))?"),
    # "recent years", "coming weeks", "the weeks ahead", "for years"
    "vague_duration": (r"(?:(?P<det>(?i:the))\s+)?(?P<rel>(?i:recent|coming|past|next|last|following|ensuing|previous))\s+"
                       r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b"
                       r"|(?i:the)\s+(?P<unit2>(?i:days|weeks|months|years))\s+(?P<ahead>(?i:ahead|to\s+come))\b"
                       r"|(?:(?<=\b[fF]or\s)|(?<=\b[oO]ver\s)|(?<=\b[wW]ithin\s))(?P<unit3>(?i:minutes|hours|days|weeks|months|years|decades|centuries))\b"
                       r"(?:\s+(?i:or|and|to)\s+(?i:minutes|hours|days|weeks|months|years|decades|centuries)\b)?(?!\s+(?i:of|ago|earlier|later|old))"),
    # "two-year", "30-year", "10-hour" (adjectives); "35-year-old" is an age, not a time
    "hyphen_duration": rf"(?P<vunit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))-(?i:long)\b|(?P<qty>\d+(?:\.\d+)?|(?i:{NUMWORD})(?:-(?i:{NUMWORD}))?|(?i:several|multi))-(?P<unit>(?i:second|minute|hour|day|night|week|month|quarter|year|decade|century))\b(?!-(?i:olds?)\b)",
    # "every week", "each Thursday", "twice a year", "daily", "Mondays"
    "set": (rf"(?P<q>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+)?(?:(?P<qty>{NUM})\s+)?"
            rf"(?P<unit>{UNIT}|{WD}|{MON}|(?i:morning|afternoon|evening|night|spring|summer|fall|autumn|winter))"
            rf"|(?P<times>(?i:once|twice|thrice|(?:{NUM})\s+times))\s+(?:(?i:a|an|per|each|every))\s+(?P<unit2>{UNIT})"
            rf"|(?P<adv>(?i:{_alt(list(FREQUENCY_ADVERBS))}))\b"),
    # "the third quarter", "third-quarter", "the fiscal first quarter", "the 1988 second quarter",
    # "the first half of 1990", "the year-ago quarter", "the latest period"
    "quarter": (rf"(?:(?P<det>(?i:the|its|their|a|this\s+year's|last\s+year's|next\s+year's|the\s+year-(?:ago|earlier)|the\s+comparable(?:\s+year-ago)?))\s+)?"
                rf"(?:(?P<fy>{YEAR})\s+)?(?:(?i:fiscal)[\s-]+)?(?P<ord>{ORD}|(?i:last|final))[\s-]+(?:(?i:fiscal)[\s-]+)?(?P<unit>(?i:quarter|half))(?P<pl>s)?\b"
                rf"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?P<year>{YEAR})"
                rf"|\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<yrel>(?i:last|this|next|previous|prior|following))\s+(?i:year)\b)?"),
    # "Q3 2020", "Q1", "H2 2019", "FY2021", "FY 21": the codes of financial news (TimeBank writes
    # a fiscal year as its number: "fiscal 1989" = 1989)
    "period_code": (rf"(?:(?P<det>(?i:the))\s+)?(?<![\w-])(?:(?P<code>[QH])(?P<n>[1-4])(?:\s+(?:(?i:of)\s+)?(?P<year>{YEAR}))?"
                    rf"|FY\s?(?P<fy>(?:19|20)\d\d|['’]?\d\d))\b(?![-/.]\w)"),
    "period": (rf"(?P<det>(?i:the|this|that|its|their|last\s+year's|a\s+year\s+ago))\s+(?:(?P<mod>(?i:latest|current|year-ago|year-earlier|comparable|comparable\s+year-ago|same|previous|prior|most\s+recent|recent|fiscal|year-ago\s+fiscal|(?:{YEAR})))\s+)?"
               rf"(?P<unit>(?i:quarter|period|fiscal\s+year))\b(?:\s+(?P<ago>(?i:a\s+year\s+(?:ago|earlier)))"
               rf"|\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<pyrel>(?i:last|previous|prior|this))\s+(?i:year)\b)?"
               rf"|(?P<adj>(?i:year-ago|year-earlier))\b"),
    # "the summer", "early spring", "the winter of 1994", "summer 2019" ("fall" needs a determiner or year)
    "season": (rf"(?:(?P<det>(?i:the))\s+)?(?:(?P<pos>(?i:early|late|mid-?))\s*)?(?P<season>(?i:spring|summer|fall|autumn|winter))\b"
               rf"(?:\s+(?i:of)\s+(?P<year>{YEAR})|\s+(?P<year2>{YEAR})|\s+(?i:of)\s+(?P<wyear>{WORD_YEAR})\b)?"),
    # "for the year", "the full year", "the year ended Sept. 30" (the reader keeps only these uses)
    "the_year": r"(?P<det>(?i:the))\s+(?:(?P<full>(?i:full))\s+)?(?i:year)\b(?![-'’])",
    # "now", "recently", "the future", "currently"
    "ref": rf"\b(?P<ref>(?i:{_alt([k for k in REFERENCES])}))\b",
}

PATTERNS: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in RULES.items()}

# Rule priority on equal extents: earlier in this tuple wins.
PRIORITY = ("clock", "date_mdy", "date_dmy", "day_of_month", "date_numeric", "quarter", "period_code", "month", "offset", "anaphor",
            "day_deictic", "weekday", "rel_unit", "the_unit", "the_year", "period", "set", "century", "decade",
            "word_year", "short_year", "season", "year", "duration", "vague_duration", "hyphen_duration", "ref")

# Triggers: a cheap regex that every match of a rule must contain, and how far (chars)
# a match may reach before and after it. The rules run only in windows around their
# triggers: most text holds no time, and the full rules are slow to try at every position.
_UNIT_TRIGGER = r"(?i:\b(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur|millenni)\w*)"
TRIGGERS: dict[str, tuple[str, int, int]] = {
    "date_mdy": (MON, 40, 28), "date_dmy": (MON, 30, 12), "day_of_month": (r"(?i:\bon\s+the\s+\d)", 2, 16), "date_numeric": (r"\d[/-]\d", 12, 12),
    "month": (MON, 40, 40), "year": (YEAR, 36, 4), "decade": (r"\d0'?s\b|'\d0s|(?i:ties)\b", 24, 4),
    "century": (r"(?i:century)", 30, 2), "short_year": (r"['’‘]\d\d\b", 12, 4), "word_year": (r"(?i:nineteen|thousand)", 12, 40),
    "clock": (r"(?i:a\.m\.|p\.m\.|\bam\b|\bpm\b|o'clock|noon|midnight)|\d:\d\d|\d{4}\s*(?:GMT|UTC|Z)\b", 40, 44),
    "weekday": (WD, 30, 16), "day_deictic": (r"(?i:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)", 36, 14),
    "rel_unit": (r"(?i:\b(?:week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|winter)\b)", 50, 2),
    "the_unit": (r"(?i:\b(?:week|weekend|month|year|quarter|day|decade|century|end)\b)", 40, 20),
    "offset": (r"(?i:\b(?:ago|earlier|later|before|after|now|hence|back)\b)", 70, 4),
    "anaphor": (r"(?i:\b(?:next|following|previous|prior|preceding|that|same)\b|\b(?:day|week|month|year)\s+(?:before|after)\b"
                r"|\b(?:morning|afternoon|evening)\b)", 20, 24),
    "duration": (_UNIT_TRIGGER, 64, 16), "vague_duration": (_UNIT_TRIGGER, 24, 12),
    "hyphen_duration": (r"-(?i:second|minute|hour|day|night|week|month|quarter|year|decade|century|long)\b", 24, 2),
    "set": (r"(?i:\b(?:every|each|once|twice|thrice|times|hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|biannually)\b)", 24, 36),
    "quarter": (r"(?i:\b(?:quarter|half)s?\b)", 60, 36),
    "season": (r"(?i:\b(?:spring|summer|fall|autumn|winter)\b)", 16, 40),
    "period": (r"(?i:quarter|period|fiscal\s+year|year-ago|year-earlier)", 60, 36),
    "period_code": (r"\b(?:[QH][1-4]|FY)", 12, 12),
    "the_year": (r"(?i:\byear\b)", 12, 2),  # the reader looks further back itself
}  # "ref" has no trigger: its own pattern is a plain word list, fast over the whole text
TRIGGER_PATTERNS: dict[str, tuple[re.Pattern[str], int, int]] = {
    name: (re.compile(p), before, after) for name, (p, before, after) in TRIGGERS.items()
}
