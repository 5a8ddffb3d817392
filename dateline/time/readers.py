"""Readers: turn one grammar match into a Draft (its meaning), or drop it.

One reader per rule of ``grammar.py``. A reader may refuse a match the regular
grammar cannot judge alone: an ambiguous month word with no date around it, an age
("4 years old"), an idiom ("at the end of the day").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from dateline.time import draft as K
from dateline.time.data.lexicon import (
    AMBIGUOUS_MONTHS,
    ANAPHORIC_MODIFIERS,
    ARRIVAL_VERBS,
    CENTURY_WORDS,
    DAY_DEICTICS,
    DECADE_WORDS,
    FORWARD_POSSESSIVE_CUES,
    FREQUENCY_ADVERBS,
    HEDGES,
    HYPOTHETICAL_WORDS,
    INDEFINITE_DAY_MODALS,
    MONTH_CUE_WORDS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    POSITION_MODIFIERS,
    REFERENCES,
    RELATIVE_MODIFIERS,
    SCHEDULED_EVENTS,
    SEASONS,
    SPAN_MODIFIERS,
    SPAN_UNIT_VALUES,
    UNIT_PLURALS,
    UNITS,
    WEAK_REFERENCES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    YEAR_WORD_ONES,
    YEAR_WORD_TEENS,
    YEAR_WORD_TENS,
    ZONES,
)
from dateline.time.draft import Draft
from dateline.time.numbers import parse_number

# Words before a bare ambiguous month ("May", "March") that make it a month.
MONTH_CUES = re.compile(rf"(?i:\b(?:{'|'.join(MONTH_CUE_WORDS)})\s*-?\s*)$")
AGE_AFTER = re.compile(r"\s*(?:-|\s)(?i:old|of\s+age)\b")
MONEY_BEFORE = re.compile(r"(?:\d|(?i:million|billion|trillion|thousand|percent|dollars?|cents?|%))\s*$")
ORDINAL_NUM = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
YEAR_RANGE_AFTER = re.compile(r"\s*[-–](?P<end>\d{4})\b")
MAX_YEAR_RANGE = 100  # "1914-2014" still a span of years; past that, a code
_REL_OFFSET = {**RELATIVE_MODIFIERS, "that": 0}  # "that October": same year as the story's time
_HEDGE_BEFORE = re.compile(rf"(?i:\b(?P<hedge>{'|'.join(sorted(HEDGES, key=len, reverse=True))})\s+)$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\b")
_FORWARD_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(re.escape(c).replace(chr(92) + ' ', chr(92) + 's+') for c in FORWARD_POSSESSIVE_CUES)})\s+)$")
# "expected to last two weeks", "will last a year": "last" is the verb, not "the last two weeks"
# Prepositions before a bare part of day that place an event in it ("in the morning", "by mid afternoon")
# the modal right before ("will one day be"): "will take one day" is the length of a task
_MODAL_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(INDEFINITE_DAY_MODALS)})(?:\s+not)?\s+)$")
_ARRIVAL_BEFORE = re.compile(rf"(?i:\b(?P<verb>{'|'.join(ARRIVAL_VERBS)})\s+)$")
_HYPOTHETICAL_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(HYPOTHETICAL_WORDS)})\b)")
_WHEN_AFTER = re.compile(r"\s+(?i:when|that)\b")
_PART_PREP_BEFORE = re.compile(r"(?i:\b(?:in|by|at|until|till|around|during|through|throughout|from)\s+)$")
_VERB_LAST_BEFORE = re.compile(r"(?i:\b(?:to|will|would|could|can|may|might|should|must|did|does|do|'ll|not)\s+)$")


def _norm(s: str | None) -> str:
    return " ".join(s.lower().split()) if s else ""


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    """RETURNS the ISO number of a weekday name, singular or plural ("Mondays")."""
    w = word.lower().rstrip(".")
    if w in WEEKDAY_ABBREVIATIONS:
        return WEEKDAY_ABBREVIATIONS[w]
    return WEEKDAYS[w] if w in WEEKDAYS else WEEKDAYS[w[:-1]]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _mod(pos: str | None) -> str | None:
    """RETURNS the TIMEX3 mod of a position word ("early" -> START), or None."""
    if not pos:
        return None
    word = _norm(pos)
    return POSITION_MODIFIERS.get(word) or POSITION_MODIFIERS.get(word.rstrip("-"))


def _hedge(m: re.Match[str], text: str) -> str | None:
    """RETURNS the mod of a hedge right before the match ("roughly" -> APPROX), or None."""
    h = _HEDGE_BEFORE.search(text, max(0, m.start() - 16), m.start())
    return HEDGES[h["hedge"].lower()] if h else None


def _unit(word: str) -> str:
    w = word.lower()
    return UNIT_PLURALS.get(w, w)


def _make(m: re.Match[str], rule: str, type_: str, kind: str, **fields: object) -> Draft:
    return Draft(m.start(), m.end(), m.group(), type_, kind, rule=rule, **fields)  # type: ignore[arg-type]


def _valid_day(month: int, day: int, year: int | None) -> bool:
    return 1 <= day <= calendar.monthrange(year or 2000, month)[1]


def build_date(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"Saturday, February 20", "Oct. 15, 1999", "20 February 2021"; in a range of days
    ("June 3-9, 2005") the first day, with the year the range ends with."""
    month, day = _month(m["mon"]), _day(m["day"])
    year = int(m["year"]) if m["year"] else None
    if not _valid_day(month, day, year):
        return None
    wd = _weekday(m["wd"]) if m["wd"] else None
    mod = "APPROX" if "approx" in m.re.groupindex and m["approx"] else None  # "around Nov. 1"
    if "dend" in m.re.groupindex and m["dend"]:
        if not day < _day(m["dend"]) <= calendar.monthrange(year or 2000, month)[1]:
            return None
        return Draft(m.start(), m.end("day"), text[m.start():m.end("day")], "DATE", K.ABSOLUTE, year=year,
                     month=month, day=day, weekday=wd, mod=mod, rule=rule)
    return _make(m, rule, "DATE", K.ABSOLUTE, year=year, month=month, day=day, weekday=wd, mod=mod)


def build_day_of_month(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"on the 15th": that day of the month the anchor and the tense point to (normalize.py)."""
    return _make(m, rule, "DATE", K.ABSOLUTE, day=_day(m["day"]))


def build_numeric(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"2021-02-20", "2/20/2021" (US order, as US news writes it)."""
    if m["y"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
        if y < 100:
            y += 1900 if y >= 50 else 2000
    if not 1 <= mo <= 12 or not _valid_day(mo, d, y):
        return None
    return _make(m, rule, "DATE", K.ABSOLUTE, year=y, month=mo, day=d)


def build_month(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"September 2020", "mid-November", "last April", "January this year", "in May"."""
    word = m["mon"].lower().rstrip(".")
    month = MONTHS[word]
    rel, mod = _norm(m["rel"]), _mod(m["pos"])
    if m["year"] or m["wyear"]:
        year = int(m["year"]) if m["year"] else _word_year(m["wyear"])
        return _make(m, rule, "DATE", K.ABSOLUTE, year=year, month=month, mod=mod)
    if m["yrel"]:
        return _make(m, rule, "DATE", K.DEICTIC, unit="year", offset=_REL_OFFSET[_norm(m["yrel"])],
                     month=month, mod=mod)
    if word in AMBIGUOUS_MONTHS and not rel and not m["pos"] and not MONTH_CUES.search(text[max(0, m.start() - 12):m.start()]):
        return None
    if rel:
        kind = K.ANAPHORIC if rel in ANAPHORIC_MODIFIERS else K.DEICTIC
        return _make(m, rule, "DATE", kind, unit="month_name", month=month,
                     offset=_REL_OFFSET.get(rel, -1 if "previous" in rel else 1), mod=mod)
    return _make(m, rule, "DATE", K.ABSOLUTE, month=month, mod=mod)


def build_year(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"1987", "early 1991", "fiscal 1989", "the year 2000"; not "$1990" nor "1998-99"; in "2004-2006"
    each end of the range (the first only when the second is a later year)."""
    year = int(m["year"])
    after = YEAR_RANGE_AFTER.match(text, m.end())
    if after is not None and not year < int(after["end"]) <= year + MAX_YEAR_RANGE:
        return None  # "2011-2009" is no range of years: a code or a score
    return _make(m, rule, "DATE", K.ABSOLUTE, year=year, mod=_mod(m["pos"]))


def build_decade(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"the 1990s", "the late 1970s", "the '80s", "the nineties" (taken as the 1900s)."""
    if m["dec"]:
        decade = int(m["dec"]) // 10
    elif m["dec2"]:
        decade = 190 + int(m["dec2"]) // 10
    else:
        decade = 190 + DECADE_WORDS[m["decw"].lower()]
    return _make(m, rule, "DATE", K.ABSOLUTE, decade=decade, mod=_mod(m["pos"]))


def build_century(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"the 20th century" = 19 (the TIMEX3 value counts completed centuries)."""
    n = m["n"].lower()
    num = ORDINAL_NUM.match(n)
    value = int(num.group(1)) if num else CENTURY_WORDS.get(n) or ORDINALS.get(n)
    if not value or value < 1:
        return None
    return _make(m, rule, "DATE", K.ABSOLUTE, century=value - 1)


def _word_year(words_text: str) -> int:
    """RETURNS the year of "nineteen ninety-six", "two thousand and one"."""
    words = re.split(r"[\s-]+", words_text.lower())
    if words[0] == "two":
        return 2000 + sum(YEAR_WORD_TEENS.get(w, YEAR_WORD_ONES.get(w, 0)) for w in words[3:])
    rest = words[1:]
    return 1900 + YEAR_WORD_TEENS.get(rest[0], YEAR_WORD_TENS.get(rest[0], 0)) + sum(YEAR_WORD_ONES.get(w, 0) for w in rest[1:])


def build_word_year(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"nineteen ninety-six", "the year two thousand"."""
    return _make(m, rule, "DATE", K.ABSOLUTE, year=_word_year(m["wy"]))


def build_short_year(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"the '98 season", "in ’05": the year ending in those digits nearest the anchor (normalize.py);
    not after a name ("Office '97", "Woodstock '69": a product or an event's name)."""
    before = text[max(0, m.start() - 20):m.start()].split()
    if before and any(c.isupper() for c in before[-1]) and not m["pos"]:
        return None
    return _make(m, rule, "DATE", K.DEICTIC, unit="short_year", offset=int(m["yy"]), mod=_mod(m["pos"]))


def build_clock(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"around 7:15 p.m.", "noon Thursday", "10 p.m. Wednesday", "6 p.m. EST, March 2"."""
    if m["noon"]:
        hour, minute = (12, 0) if m["noon"].lower() == "noon" else (24, 0)
    elif m["h"] is not None:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        ampm = m["ampm"].lower()
        if hour > 12 or (hour == 0 and ampm != "o'clock"):
            return None
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    elif m["hmil"] is not None:  # "2200 GMT"
        hour, minute = int(m["hmil"]), int(m["mmil"])
    else:
        hour, minute = int(m["h24"]), int(m["mi24"])
        before = text[max(0, m.start() - 16):m.start()].split()
        if before and before[-1][:1].isupper() and before[-1].isalpha() and not m["tz"]:
            return None  # "John 3:16", "Psalm 23:4": a verse, not a time of day
    fields: dict[str, object] = {"hour": hour, "minute": minute, "zone": ZONES.get(m["tz"]) if m["tz"] else None}
    if m["dmon"]:
        month, day = _month(m["dmon"]), _day(m["dday"])
        if not _valid_day(month, day, None):
            return None
        return _make(m, rule, "TIME", K.ABSOLUTE, month=month, day=day, **fields)
    if m["dwd"] or m["dwd2"]:
        return _make(m, rule, "TIME", K.DEICTIC, unit="weekday", weekday=_weekday(m["dwd"] or m["dwd2"]),
                     **fields)
    offset = DAY_DEICTICS[m["ddeix"].lower()] if m["ddeix"] else 0
    return _make(m, rule, "TIME", K.DEICTIC, unit="day", offset=offset, **fields)


def build_weekday(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"Friday", "last Friday", "Saturday night", "early Tuesday", "Mondays" (a set)."""
    wd = _weekday(m["wd"])
    part = PARTS_OF_DAY[m["part"].lower()] if m["part"] else None
    if m["pl"] or m["ppl"]:
        value = f"XXXX-WXX-{wd}" + (f"T{part}" if part else "")
        return _make(m, rule, "SET", K.SET, fixed=value)
    rel = _norm(m["rel"])
    kind = K.ANAPHORIC if rel in ANAPHORIC_MODIFIERS else K.DEICTIC
    offset = None if not rel else (0 if rel == "that" else _REL_OFFSET.get(rel, -1 if "previous" in rel else 1))
    # "before Friday's vote": a scheduled event still to come, whatever the verb's tense
    after = _POSSESSIVE_AFTER.match(text, m.end())
    ahead = not rel and not part and after is not None and after["noun"] in SCHEDULED_EVENTS \
        and _FORWARD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    return _make(m, rule, "TIME" if part else "DATE", kind, unit="weekday", weekday=wd, offset=offset,
                 part=part, mod=_mod(m["pos"]), fixed="+" if ahead else None)


def build_day_deictic(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"yesterday", "late yesterday", "this morning", "last night", "tomorrow afternoon"."""
    if m["dby"]:
        return _make(m, rule, "DATE", K.DEICTIC, unit="day", offset=-2 if "before" in m["dby"].lower() else 2)
    word = (m["deix"] or m["rel"]).lower()
    offset = DAY_DEICTICS.get(word, -1 if word == "last" else 0)
    part_word = m["part"] or m["part2"] or m["pre"]
    part = PARTS_OF_DAY[part_word.lower().replace(" ", "")] if part_word else None
    if word == "tonight":
        part = "NI"
    if word == "last" and part != "NI":
        return None  # "last morning" is not English news style; "last evening" is rare: skip
    return _make(m, rule, "TIME" if part else "DATE", K.DEICTIC, unit="day", offset=offset, part=part,
                 mod=_mod(m["pos"]))


def build_rel_unit(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"last year", "earlier this month", "early next year", "this summer", "the past year"."""
    rel, unit = _norm(m["rel"]), m["unit"].lower()
    kind = K.ANAPHORIC if rel in ANAPHORIC_MODIFIERS else K.DEICTIC
    offset = _REL_OFFSET.get(rel, -1 if "previous" in rel else 1)
    if unit in SPAN_UNIT_VALUES and rel in SPAN_MODIFIERS and not m["pos"]:
        return _make(m, rule, "DURATION", K.DURATION, fixed=SPAN_UNIT_VALUES[unit], unit=unit)
    if unit in SEASONS:
        return _make(m, rule, "DATE", kind, unit="season", season=SEASONS[unit], offset=offset,
                     mod=_mod(m["pos"]))
    return _make(m, rule, "DATE", kind, unit=unit, offset=offset, mod=_mod(m["pos"]))


def build_the_unit(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"the end of the month", "earlier in the year", "year-end", "the weekend"."""
    if m["ye"]:
        ye = _norm(m["ye"])
        if ye == "the weekend":
            return _make(m, rule, "DATE", K.DEICTIC, unit="weekend", offset=None)
        if ye == "the end of the day":
            return None  # an idiom ("at the end of the day") far more often than a time
        return _make(m, rule, "DATE", K.DEICTIC, unit="year", offset=0, mod="END")
    unit = m["unit"].lower()
    return _make(m, rule, "DATE", K.ANAPHORIC, unit=unit, offset=0, mod=_mod(m["pos"]))


def build_offset(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"a year earlier", "10 days ago", "a week or so ago", "months later", "two years from now"."""
    direction = _norm(m["dir"])
    if direction in ("before", "after") and not re.match(r"\s*(?:[,.;:)\"”]|$)", text[m.end():m.end() + 2]):
        return None  # "two years before the war": the duration is tied to an event, not a date
    unit = _unit(m["unit"])
    if unit not in UNITS:
        return None
    qty = parse_number(m["qty"]) if m["qty"] else None
    if m["qty"] is None and not m["unit"].lower().endswith("s"):
        return None
    if m["half"] and qty is not None:
        qty *= 0.5
    n = None if qty is None else int(qty) if qty == int(qty) else None
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    kind = K.DEICTIC if direction in ("ago", "from now", "hence", "back") else K.ANAPHORIC
    return _make(m, rule, "DATE", kind, unit=unit, offset=None if n is None else sign * n,
                 mod="APPROX" if m["orso"] or m["mod"] else _hedge(m, text), fixed="-" if sign < 0 else "+")


def build_anaphor(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"the next day", "the following year", "that day", "the same week", "the day before"."""
    if m["rel3"] is not None:
        if not _PART_PREP_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None
        return _make(m, rule, "TIME", K.ANAPHORIC, unit="day", offset=0, part=PARTS_OF_DAY[m["unit3"].lower()])
    mod = _mod(m["pos"])  # "later that day" (END), "earlier that week" (START)
    if m["rel2"]:
        unit, offset = m["unit2"].lower(), (-1 if m["dir2"].lower() == "before" else 1)
    else:
        rel, unit = _norm(m["rel"]), m["unit"].lower()
        offset = {"the next": 1, "the following": 1, "the previous": -1, "the prior": -1,
                  "the preceding": -1}.get(rel, 0)
    if unit in PARTS_OF_DAY:
        return _make(m, rule, "TIME", K.ANAPHORIC, unit="day", offset=offset, part=PARTS_OF_DAY[unit], mod=mod)
    if unit == "time":
        return None  # "that time", "the same time": usually the story's current time, too vague to date
    return _make(m, rule, "DATE", K.ANAPHORIC, unit="day" if unit == "night" else unit, offset=offset, mod=mod)


def _p_value(qty: float | None, unit: str) -> str:
    """RETURNS the TIMEX3 duration value of ``qty`` ``unit``s ("P2M", "PT24H", "PXY")."""
    code = UNITS[unit]
    t = "T" if unit in ("second", "minute", "hour") else ""
    if code == "DE":
        code, qty = "Y", None if qty is None else qty * 10
    elif code == "CE":
        code, qty = "Y", None if qty is None else qty * 100
    elif code == "W2":
        code, qty = "W", None if qty is None else qty * 2
    elif code == "WE":
        code = "WE"
    if qty is None:
        return f"P{t}X{code}"
    if qty != int(qty):
        # "half a year" = P6M, "an hour and a half" = PT1H30M: a whole number of the next unit down
        if unit == "year" and (qty * 12) == int(qty * 12):
            return f"P{int(qty)}Y{round(qty % 1 * 12)}M" if int(qty) else f"P{round(qty * 12)}M"
        if unit == "minute" and qty % 1 == 0.5:
            return f"PT{int(qty)}M30S" if int(qty) else "PT30S"
        if unit == "hour" and qty % 1 == 0.5:
            return f"PT{int(qty)}H30M" if int(qty) else "PT30M"
        if unit == "day" and qty % 1 == 0.5:
            return f"P{int(qty)}DT12H" if int(qty) else "PT12H"
        return f"P{t}{qty:g}{code}"
    return f"P{t}{int(qty)}{code}"


def build_duration(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"two months", "the last twenty four hours", "several years", "at least 30 days"."""
    unit = _unit(m["unit"])
    if unit not in UNITS:
        return None
    qty_text = _norm(m["qty"])
    if unit == "second" and qty_text in ("a", "an"):
        return None  # "a second time": the ordinal, not a duration
    if AGE_AFTER.match(text, m.end()) or re.match(r"\s+(?i:of\s+age|old)\b", text[m.end():m.end() + 8]):
        return None  # "4 years old": an age
    qty = None if m["lo"] else parse_number(m["qty"])  # "two to three weeks": no one number
    if m["half"]:
        qty = 0.5 * (qty if qty is not None else 1)
    if m["andhalf"] and qty is not None:
        qty += 0.5  # "a minute and a half"
    if qty is not None and qty_text not in ("a", "an") and qty > 10000:
        return None
    if qty_text in ("a", "an") and not m["half"] and not m["det"] and not m["mod"] and MONEY_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
        return _make(m, rule, "SET", K.SET, fixed=_p_value(1, unit))  # "$5 million a year": a rate
    if unit == "day" and qty_text in ("one", "a") and not (m["det"] or m["mod"] or m["rel"] or m["half"]):
        ref = _indefinite_day(m, text, qty_text)
        if ref is not None:
            return _make(m, rule, "DATE", K.REF, fixed=ref)
    d = _make(m, rule, "DURATION", K.DURATION, fixed=_p_value(qty, unit), unit=unit, mod=_hedge(m, text))
    if _norm(m["rel"]) == "last" and not m["det"] and _VERB_LAST_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        start = m.start("lo") if m["lo"] else m.start("half") if m["half"] else m.start("qty")
        d = Draft(start, m.end(), text[start:m.end()], d.type, d.kind, unit=unit, fixed=d.fixed, rule=rule)
    return d


def _indefinite_day(m: re.Match[str], text: str, qty: str) -> str | None:
    """RETURNS FUTURE_REF or PAST_REF when "one day" / "a day" names some day, not a length:
    "will one day be", "could one day lead" (ahead); "if there came a day when" (ahead),
    "there came a day when" (behind). None when it is the length it says ("in the job one day")."""
    before = text[max(0, m.start() - 40):m.start()]
    if qty == "one" and _MODAL_BEFORE.search(before):
        return "FUTURE_REF"
    arrival = _ARRIVAL_BEFORE.search(before)
    if arrival is None or not _WHEN_AFTER.match(text, m.end()):
        return None
    ref = ARRIVAL_VERBS[arrival["verb"].lower()]
    if ref == "PAST_REF" and _HYPOTHETICAL_BEFORE.search(before, max(0, arrival.start() - 24), arrival.start()):
        return "FUTURE_REF"  # "if there came a day when": a day that may yet come
    return ref


def build_vague_duration(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"recent years", "the coming weeks", "the weeks ahead", "for years"."""
    unit = _unit(m["unit"] or m["unit2"] or m["unit3"])
    rel = _norm(m["rel"])
    if rel in ("recent",) and unit in ("year", "day"):
        return _make(m, rule, "DATE", K.REF, fixed="PAST_REF")
    if rel in ("coming", "next", "following", "ensuing", "past", "last", "previous", "recent") or m["unit2"] or m["unit3"]:
        return _make(m, rule, "DURATION", K.DURATION, fixed=_p_value(None, unit), unit=unit)
    return None


def build_hyphen_duration(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"two-year", "30-year", "10-hour", "decades-long" (adjectives of length)."""
    if m["vunit"]:
        unit = _unit(m["vunit"])
        return _make(m, rule, "DURATION", K.DURATION, fixed=_p_value(None, unit), unit=unit)
    unit = _unit(m["unit"])
    q = m["qty"].lower()
    qty = None if q in ("several", "multi") else parse_number(q.replace("-", " "))
    if q not in ("several", "multi") and qty is None:
        return None
    return _make(m, rule, "DURATION", K.DURATION, fixed=_p_value(qty, unit), unit=unit)


def build_set(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"every week", "each Thursday", "every other year", "twice a year", "daily"."""
    if m["adv"]:
        return _make(m, rule, "SET", K.SET, fixed=FREQUENCY_ADVERBS[m["adv"].lower()])
    word = (m["unit"] or m["unit2"])
    low = word.lower().rstrip(".")
    if m["unit"] and low in WEEKDAYS:
        return _make(m, rule, "SET", K.SET, fixed=f"XXXX-WXX-{WEEKDAYS[low]}")
    if m["unit"] and low in MONTHS and word[0].isupper():
        return _make(m, rule, "SET", K.SET, fixed=f"XXXX-{MONTHS[low]:02d}")
    if low in PARTS_OF_DAY:
        return _make(m, rule, "SET", K.SET, fixed=f"T{PARTS_OF_DAY[low]}")  # "every morning"
    if low in SEASONS:
        return _make(m, rule, "SET", K.SET, fixed=f"XXXX-{SEASONS[low]}")
    unit = _unit(low)
    if unit not in UNITS:
        return None
    qty = parse_number(m["qty"]) if m["qty"] else 1
    if m["other"]:
        qty = 2
    return _make(m, rule, "SET", K.SET, fixed=_p_value(qty, unit))


def build_quarter(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"the third quarter", "third-quarter", "the fiscal first quarter", "the first half of 1990"."""
    ordinal = m["ord"].lower()
    unit = m["unit"].lower()
    if ordinal in ("last", "final"):
        if not m["year"] and not m["yrel"]:
            return None  # "the last quarter" alone is the one before this: a relative expression
        ordinal = "fourth" if unit == "quarter" else "second"  # "the last half of 1989" = 1989-H2
    n = ORDINALS.get(ordinal) or (int(ordinal[0]) if ordinal[0].isdigit() else None)
    if not n or n < 1 or n > (4 if unit == "quarter" else 2) or m["pl"]:
        return None
    field = {"quarter": n} if unit == "quarter" else {"half": n}
    year = m["year"] or m["fy"]
    if year:
        return _make(m, rule, "DATE", K.ABSOLUTE, year=int(year), **field)
    yrel = _norm(m["yrel"])
    if yrel:  # "the second quarter of last year", "the first half of the following year"
        kind = K.ANAPHORIC if yrel in ("previous", "prior", "following") else K.DEICTIC
        return _make(m, rule, "DATE", kind, unit="year", offset=_REL_OFFSET.get(yrel, -1 if yrel == "prior" else 1),
                     **field)
    det = _norm(m["det"])
    if det in ("last year's", "the year-ago", "the year-earlier", "the comparable year-ago"):
        return _make(m, rule, "DATE", K.ANAPHORIC, unit="year", offset=-1, **field)
    if det in ("this year's", "next year's"):
        return _make(m, rule, "DATE", K.DEICTIC, unit="year", offset=0 if det.startswith("this") else 1, **field)
    return _make(m, rule, "DATE", K.ABSOLUTE, **field)


def build_period_code(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"Q3 2020", "Q1" (this year's), "H2 2019", "FY2021", "FY 21" (the fiscal year's number)."""
    if m["fy"]:
        digits = m["fy"].lstrip("'’")
        if len(digits) == 2:
            return _make(m, rule, "DATE", K.DEICTIC, unit="short_year", offset=int(digits))
        return _make(m, rule, "DATE", K.ABSOLUTE, year=int(digits))
    n = int(m["n"])
    if m["code"] == "H" and n > 2:
        return None
    before = text[max(0, m.start() - 16):m.start()].split()
    if not m["year"] and before and before[-1][:1].isupper():
        return None  # "the Audi Q3", "Route H2": a name; a quarter alone follows a common word ("in Q3")
    field = {"quarter": n} if m["code"] == "Q" else {"half": n}
    if m["year"]:
        return _make(m, rule, "DATE", K.ABSOLUTE, year=int(m["year"]), **field)
    return _make(m, rule, "DATE", K.ABSOLUTE, **field)


def build_period(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"the quarter", "the latest quarter", "the year-ago period", "the current fiscal year"."""
    if m["adj"]:
        return _make(m, rule, "DATE", K.ANAPHORIC, unit="quarter", offset=-4)
    unit = _norm(m["unit"])
    mod, det = _norm(m["mod"]), _norm(m["det"])
    if unit == "period" and not mod:
        return None
    if unit == "fiscal year" or mod == "fiscal":
        if YEAR_SPAN_AFTER.match(text, m.end()):
            return _make(m, rule, "DURATION", K.DURATION, fixed="P1Y")  # "the fiscal year ended Jan. 29"
        offset = -1 if mod in ("latest", "most recent") else 0  # the latest one is the last completed
        return _make(m, rule, "DATE", K.DEICTIC, unit="year", offset=offset)
    if mod.isdigit():
        return _make(m, rule, "DATE", K.ANAPHORIC, unit="quarter", offset=0, year=int(mod))
    if m["ago"] or "ago" in mod or "earlier" in mod or det in ("last year's", "a year ago") \
            or _norm(m["pyrel"]) in ("last", "previous", "prior"):  # "the same period of last year"
        return _make(m, rule, "DATE", K.ANAPHORIC, unit="quarter", offset=-4)
    if mod in ("latest", "most recent", "recent"):
        return _make(m, rule, "DATE", K.DEICTIC, unit="quarter", offset=-1)  # the last completed one
    if mod in ("current",) or det == "this":
        return _make(m, rule, "DATE", K.DEICTIC, unit="quarter", offset=0)
    if mod in ("previous", "prior"):
        return _make(m, rule, "DATE", K.ANAPHORIC, unit="quarter", offset=-1)
    return _make(m, rule, "DATE", K.ANAPHORIC, unit="quarter", offset=0)


# "the year ended Sept. 30", "the fiscal year ending June 30": twelve months up to a date (TIMEX3
# writes the span as a DURATION and its end as a DATE of its own)
YEAR_SPAN_AFTER = re.compile(r"\s+(?i:ended|ending|that\s+ended|which\s+ended)\b")
# Words before "the year" that make it a period of account ("for the year", "in the full year");
# "of the year", "the year of ..." and "the year before" are other uses.
THE_YEAR_BEFORE = re.compile(r"(?i:\b(?:for|in|during|through|over)\s+|\b(?:months|quarters?|half|part|rest|remainder|"
                             r"balance|end|beginning|start|middle)\s+of\s+)$")
THE_YEAR_NOT_AFTER = re.compile(r"\s*(?:'s|’s|(?i:of|before|after|earlier|later|when|that|in\s+which|to\s+date|ago)\b)")


def build_the_year(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"for the year", "the first seven months of the year" (this year), "the year ended Sept. 27" (P1Y)."""
    if YEAR_SPAN_AFTER.match(text, m.end()):
        return _make(m, rule, "DURATION", K.DURATION, fixed="P1Y")
    if not THE_YEAR_BEFORE.search(text[max(0, m.start() - 24):m.start()]) or THE_YEAR_NOT_AFTER.match(text, m.end()):
        return None
    return _make(m, rule, "DATE", K.DEICTIC, unit="year", offset=0)  # the year of account: the speaker's


SEASON_CUES = re.compile(r"(?i:\b(?:in|during|by|since|until|over|through|this|last|next|that|of)\s+)$")


def build_season(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"the summer", "early spring", "the winter of 1994"; "fall" only with "the" or a year."""
    word = m["season"].lower()
    if m["season"][0].isupper() and not m["season"].isupper():
        return None  # English writes seasons in lower case: "The Fall of Rome", "Winter" the name
    season = SEASONS[word]
    year = int(m["year"] or m["year2"]) if m["year"] or m["year2"] else _word_year(m["wyear"]) if m["wyear"] else None
    if year:
        return _make(m, rule, "DATE", K.ABSOLUTE, year=year, season=season, mod=_mod(m["pos"]))
    cued = bool(SEASON_CUES.search(text[max(0, m.start() - 10):m.start()]))
    if word == "fall" and not m["det"] or not (m["det"] or m["pos"] or cued):
        return None  # "a fall in prices", "hot springs", "Winter" the name
    return _make(m, rule, "DATE", K.DEICTIC, unit="season", season=season, offset=None, mod=_mod(m["pos"]))


def build_ref(m: re.Match[str], text: str, rule: str) -> Draft | None:
    """"now", "currently", "recently", "the future", "soon" (not "as soon as")."""
    word = _norm(m["ref"])
    if word in WEAK_REFERENCES:
        return None
    if word == "soon" and re.search(r"(?i:\bas\s+)$", text[max(0, m.start() - 4):m.start()]):
        return None
    # "now that ..." is kept: the conjunction still says "at present" (TimeBank tags it PRESENT_REF)
    return _make(m, rule, "DATE", K.REF, fixed=REFERENCES[word])


BUILDERS: dict[str, Callable[[re.Match[str], str, str], Draft | None]] = {
    "date_mdy": build_date, "date_dmy": build_date, "day_of_month": build_day_of_month,
    "date_numeric": build_numeric, "month": build_month,
    "year": build_year, "decade": build_decade, "short_year": build_short_year, "century": build_century, "word_year": build_word_year,
    "clock": build_clock, "weekday": build_weekday, "day_deictic": build_day_deictic,
    "rel_unit": build_rel_unit, "the_unit": build_the_unit, "offset": build_offset,
    "anaphor": build_anaphor, "duration": build_duration, "vague_duration": build_vague_duration,
    "hyphen_duration": build_hyphen_duration, "set": build_set, "quarter": build_quarter,
    "period_code": build_period_code,
    "period": build_period, "the_year": build_the_year, "season": build_season, "ref": build_ref,
}
