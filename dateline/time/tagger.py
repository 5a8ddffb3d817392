"""Tagger: find temporal expressions in text and read their meaning into Drafts.

The grammar's rules (``grammar.py``) run over the text, each only in windows
around its trigger words; each match is read by its reader (``readers.py``) into
a Draft or dropped. Overlaps are settled leftmost-longest, rule priority breaking
ties, which yields TimeML extents ("Saturday, February 20" is one DATE, not two).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from dateline.time import draft as K
from dateline.time.draft import Draft
from dateline.time.grammar import PATTERNS, PRIORITY, TRIGGER_PATTERNS
from dateline.time.readers import BUILDERS
from dateline.time.titles import is_title

_RANK = {name: i for i, name in enumerate(PRIORITY)}
_LEAD = re.compile(r"^\s+")
_TRAIL = re.compile(r"[\s,]+$")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# Between a day and a clock time that happens on it: "yesterday at 6 p.m.", "Friday, at noon"
_DAY_THEN_CLOCK = re.compile(r",?\s+(?i:at|around|by|from|until|before|after|shortly\s+after|shortly\s+before)\s+$")
# Between a clock time and its day after it: "10 a.m. PST on March 15", "9 p.m. on Friday"
# Between the two ends of a range whose year only the second states: "from May 3 to June 9, 2010"
_RANGE_BETWEEN = re.compile(r"\s*(?:[-–]|(?i:to|through|until|till|and))\s*")
_RANGE_BEFORE = re.compile(r"(?i:\b(?:from|between)\s+)$")
_CLOCK_THEN_DAY = re.compile(r",?\s+(?:(?i:local\s+time)\s+)?(?i:on)\s+$|,?\s+(?i:local\s+time),?\s+$")


def _trim(d: Draft) -> Draft | None:
    """Drop surrounding white space and trailing commas so ``text`` is the bare extent."""
    lead = _LEAD.match(d.text)
    trail = _TRAIL.search(d.text)
    s = lead.end() if lead else 0
    e = trail.start() if trail else len(d.text)
    if s >= e:
        return None
    if s == 0 and e == len(d.text):
        return d
    return replace(d, start=d.start + s, end=d.start + e, text=d.text[s:e])


def _windows(name: str, text: str) -> list[tuple[int, int]]:
    """RETURNS merged (start, end) windows around the rule's triggers, snapped to white space."""
    trigger, before, after = TRIGGER_PATTERNS[name]
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in trigger.finditer(text):
        s = max(0, m.start() - before)
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        e = min(n, m.end() + max(after, 12))  # room for the lookaheads that end rules
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _search(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Like ``finditer``, but a match glued to the word before it ("turn|around next year") is
    tried again one character on, so it cannot hide the expression inside it ("next year")."""
    pos = start
    while pos < end:
        m = pattern.search(text, pos, end)
        if m is None:
            return
        if m.start() > 0 and text[m.start() - 1].isalnum() and text[m.start()].isalnum():
            pos = m.start() + 1
            continue
        brk = _PARAGRAPH.search(text, m.start(), m.end())
        if brk is not None:  # an expression never runs across a paragraph break: retry up to it
            m = pattern.search(text, m.start(), brk.start())
            if m is None:
                pos = brk.end()
                continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


def _matches(pattern: re.Pattern[str], name: str, text: str) -> Iterator[re.Match[str]]:
    """Yield the rule's matches, trying it only in the windows around its triggers."""
    if name not in TRIGGER_PATTERNS:
        yield from _search(pattern, text, 0, len(text))
        return
    for s, e in _windows(name, text):
        yield from _search(pattern, text, s, e)


def tag(text: str) -> list[Draft]:
    """Find the temporal expressions of ``text``. RETURNS Drafts in text order, not overlapping.

    text (str): the article text.
    """
    found: list[Draft] = []
    for name, pattern in PATTERNS.items():
        build = BUILDERS[name]
        for m in _matches(pattern, name, text):
            if m.end() == m.start():
                continue
            # a match glued to a word ("Mayfair", "2020s" inside a code) is not an expression
            if m.start() > 0 and text[m.start() - 1].isalnum() or m.end() < len(text) and text[m.end()].isalnum() and text[m.end() - 1].isalnum():
                continue
            d = build(m, text, name)
            if d is not None:
                d = _trim(d)
                if d is not None:
                    found.append(d)
    # leftmost-longest: longer first, then rule priority; keep what does not overlap a kept one
    found.sort(key=lambda d: (-(d.end - d.start), _RANK[d.rule], d.start))
    kept: list[Draft] = []
    taken = bytearray(len(text))  # 1 where a kept expression covers the char: linear, not pairwise
    for d in found:
        if taken.find(1, d.start, d.end) != -1:
            continue
        kept.append(d)
        taken[d.start:d.end] = b"\x01" * (d.end - d.start)
    kept.sort(key=lambda d: d.start)
    return _range_years(_clock_days([d for d in kept if not is_title(d, text)], text), text)


def _clock_days(drafts: list[Draft], text: str) -> list[Draft]:
    """A clock time next to its day ("yesterday at 6 p.m.", "Friday at noon", "10 a.m. on
    March 15") is on that day, not on the anchor's: TIMEX3 marks the two apart (the preposition
    is in neither), and the time's value carries the day's date."""
    out = list(drafts)
    for i, d in enumerate(out):
        if d.rule != "clock" or d.unit != "day" or d.offset != 0 or d.month or d.weekday:
            continue
        p = out[i - 1] if i else None
        n = out[i + 1] if i + 1 < len(out) else None
        if p is not None and _DAY_THEN_CLOCK.fullmatch(text, p.end, d.start):
            out[i] = _on_day(d, p)
        elif n is not None and _CLOCK_THEN_DAY.fullmatch(text, d.end, n.start):
            out[i] = _on_day(d, n)
    return out


def _on_day(d: Draft, day: Draft) -> Draft:
    """RETURNS clock draft ``d`` on the day that ``day`` names (itself when ``day`` names none)."""
    if day.part or day.hour is not None:
        return d
    if day.rule == "day_deictic" and day.unit == "day":
        return replace(d, offset=day.offset)
    if day.rule == "weekday" and day.unit == "weekday":
        return replace(d, kind=day.kind, unit="weekday", weekday=day.weekday, offset=day.offset, fixed=day.fixed)
    if day.kind == K.ABSOLUTE and day.day:
        return replace(d, kind=K.ABSOLUTE, unit=None, offset=None, year=day.year, month=day.month, day=day.day,
                       weekday=day.weekday)
    return d


def _range_years(drafts: list[Draft], text: str) -> list[Draft]:
    """The first end of a range takes the year the second states ("from March 28 to April 2,
    2010", "between May and July 2009"), the year before when it comes later in the calendar
    ("from Dec. 28 to Jan. 3, 2010"). Only after "from"/"between", or with a dash between them."""
    out = list(drafts)
    for i in range(len(out) - 1):
        p, n = out[i], out[i + 1]
        if p.kind != K.ABSOLUTE or p.year is not None or not p.month or n.year is None or not n.month:
            continue
        between = _RANGE_BETWEEN.fullmatch(text, p.end, n.start)
        if between is None:
            continue
        dash = between.group().strip() in ("-", "–")
        opener = _RANGE_BEFORE.search(text, max(0, p.start - 10), p.start)
        if not dash and (opener is None or (between.group().strip().lower() == "and") != (opener.group().strip().lower() == "between")):
            continue
        later = (p.month, p.day or 0) > (n.month, n.day or 32)
        out[i] = replace(p, year=n.year - 1 if later else n.year)
    return out
