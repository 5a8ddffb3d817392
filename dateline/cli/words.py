"""TIMEX3 values in words, for people: ``2021-02-03`` -> "3 February 2021".

    in_words("2020-09")      -> "September 2020"
    in_words("XXXX-04-08")   -> "8 April, unknown year"
    in_words("XXXX-XX")      -> "a month, unknown year"
    in_words("P2M")          -> "2 months"
    in_words("PXD")          -> "some days"
    in_words("2021-02-20TMO") -> "the morning of 20 February 2021"
    in_words("TMO")          -> "the morning, unknown day"
    in_words("PRESENT_REF")  -> "now"

A value this module does not know is returned as it is: the code is better than a guess.
The words are ``dateline.lexicon.calendar``'s; the grammar of values is spec/contract.md's (TIMEX3).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from dateline.lexicon.calendar import MONTH_NAMES as MONTHS
from dateline.lexicon.calendar import PARTS_OF_DAY, QUARTERS, REFS, SEASONS, UNITS
from dateline.lexicon.calendar import WEEKDAY_NAMES as WEEKDAYS


def _codes(*tables: Mapping[str, str]) -> str:
    """The codes of ``tables`` as one regex alternation, longest first (MIN before M)."""
    return "|".join(sorted((code for table in tables for code in table), key=lambda c: (-len(c), c)))


# The grammar of TIMEX3 values; the codes come from the tables of words, never a copy of them.
_PARTS = _codes(PARTS_OF_DAY)
DATE = re.compile(rf"^(\d{{4}}|XXXX)(?:-(\d{{2}}|XX)(?:-(\d{{2}}|XX))?)?(?:T({_PARTS}|\d{{2}}:\d{{2}}(?::\d{{2}})?))?$")
PERIOD = re.compile(rf"^(\d{{4}}|XXXX)-({_codes(SEASONS, QUARTERS)})$")
WEEK = re.compile(r"^(\d{4}|XXXX)-W(\d{2}|XX)(?:-(\d|WE))?$")
DECADE = re.compile(r"^(\d{3})X?$")
PART_OF_DAY = re.compile(rf"^(?:XXXX-XX-XX)?T({_PARTS})$")
DURATION = re.compile(rf"^P(T?)(\d+(?:\.\d+)?|X)({_codes(UNITS)})$")


def in_words(value: str | None, type: str | None = None) -> str:
    """RETURNS the TIMEX3 ``value`` in words (``type``: SET values read "every ..."); "undated" for None."""
    if not value:
        return "undated"
    if value in REFS:
        return REFS[value]
    if (m := DURATION.match(value)) is not None:
        words = _duration(m.group(1), m.group(2), m.group(3))
        if type == "SET":
            return f"every {words.removeprefix('1 ').replace('some ', 'few ')}"
        return words
    if (m := PART_OF_DAY.match(value)) is not None:
        part = PARTS_OF_DAY[m.group(1)]
        return f"every {part.removeprefix('the ')}" if type == "SET" else f"{part}, unknown day"
    if type == "SET" and (m := WEEK.match(value)) is not None and m.group(3) and m.group(3) != "WE":
        return f"every {WEEKDAYS[int(m.group(3)) - 1]}"
    if (m := DATE.match(value)) is not None:
        return _date(*m.groups())
    if (m := PERIOD.match(value)) is not None:
        year, part = m.groups()
        where = SEASONS.get(part) or QUARTERS[part]
        return f"{where} of {_year(year)}" if part in QUARTERS else f"{where} {_year(year)}"
    if (m := WEEK.match(value)) is not None:
        year, week, day = m.groups()
        of = "a week" if week == "XX" else f"week {int(week)}"
        lead = "the weekend of " if day == "WE" else (f"{WEEKDAYS[int(day) - 1]} of " if day else "")
        return f"{lead}{of} of {_year(year)}" if year != "XXXX" else f"{lead}{of}, unknown year"
    if (m := DECADE.match(value)) is not None and len(value) == 3:
        return f"the {m.group(1)}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"the {int(value) + 1}{_ordinal(int(value) + 1)} century"
    return value


def _date(year: str, month: str | None, day: str | None, part: str | None) -> str:
    if month is None:
        text = year if year != "XXXX" else "a year"
    elif month == "XX":
        text = "a month, unknown year" if year == "XXXX" else f"a month of {year}"
        if day and day != "XX":
            text = f"the {int(day)}{_ordinal(int(day))} of {text}"
    else:
        name = MONTHS[int(month) - 1] if 1 <= int(month) <= 12 else month
        when = f"{int(day)} {name}" if day and day != "XX" else (f"a day in {name}" if day else name)
        text = f"{when} {year}" if year != "XXXX" else f"{when}, unknown year"
    if part is None:
        return text
    if part in PARTS_OF_DAY:
        return f"{PARTS_OF_DAY[part]} of {text}"
    return f"{text}, {part}"


def _duration(time: str, amount: str, unit: str) -> str:
    if time and unit == "M":
        unit = "MIN"
    name = UNITS[unit]
    if amount == "X":
        return "some centuries" if unit == "CE" else f"some {name}s"
    n = float(amount)
    count = int(n) if n.is_integer() else n
    return f"{count} {name}" if count == 1 else f"{count} {'centurie' if unit == 'CE' else name}s"


def _year(year: str) -> str:
    return "an unknown year" if year == "XXXX" else year


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
