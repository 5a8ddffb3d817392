"""Titles that look like times: "the film 1917", "starred in 24 Hours", a show called “2012”.

A name of a work is no temporal expression (TIMEX3 guidelines: times inside proper names are
not marked). Three signs, each cheap and read from the text alone:
- a title noun right before it ("the film 1917", "the series 24");
- quotation marks around exactly the expression (“1917”, "24 Hours");
- a capitalized unit word inside a sentence that is not itself in title case ("later in 24
  Hours"): news writes "24 hours" in lower case, and a headline capitalizes every word.
"""

from __future__ import annotations

import re

from dateline.time.data.lexicon import TITLE_NOUNS, TITLE_SMALL_WORDS
from dateline.time.draft import Draft

_OPEN = "\"“‘'«"
_CLOSE = "\"”’'»"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
TITLE_CASE_SHARE = 0.6  # a line with at least this share of capitalized words is a headline
_RULES = frozenset({"year", "duration", "clock", "word_year", "decade"})


def _line(text: str, start: int, end: int) -> str:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo:hi if hi >= 0 else len(text)]


def _title_case(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if w.lower() not in TITLE_SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


def is_title(d: Draft, text: str) -> bool:
    """True when the expression ``d`` stands in the title of a work, not for a time."""
    if d.rule not in _RULES:
        return False
    before = text[max(0, d.start - 16):d.start].split()
    if before and before[-1].lower().strip(",:") in TITLE_NOUNS:
        return True
    if d.start > 0 and d.end < len(text) and text[d.start - 1] in _OPEN and text[d.end] in _CLOSE:
        return True
    if d.rule == "duration" and d.text[:1].isdigit():
        unit_word = d.text.split()[-1]
        starts_sentence = not before or before[-1][-1:] in ".!?:"
        if unit_word[:1].isupper() and not starts_sentence and not _title_case(_line(text, d.start, d.end)):
            return True
    return False
