"""Reading cardinal numbers written in digits or words ("24", "twenty-four", "a hundred")."""

from __future__ import annotations

import re

from dateline.time.data.lexicon import COUPLE, NUMBER_WORDS, VAGUE_QUANTITIES

_SPLIT = re.compile(r"[\s-]+")
_VAGUE = frozenset(VAGUE_QUANTITIES)


def parse_number(text: str) -> float | None:
    """Read a cardinal. RETURNS its value, or None for vague quantities ("several", "a few").

    text (str): digits ("18", "2 1/2", "1,000"), or number words ("twenty four", "a hundred",
        "one and a half").
    """
    t = text.strip().lower()
    t = " ".join(t.split())
    if t in COUPLE:
        return 2.0
    if not t or t in _VAGUE:
        return None
    if t[0].isdigit():
        parts = t.replace(",", "").split()
        try:
            value = float(parts[0])
            if len(parts) == 2 and "/" in parts[1]:
                num, den = parts[1].split("/")
                value += int(num) / int(den)
            return value
        except (ValueError, ZeroDivisionError):
            return None
    total, current = 0.0, 0.0
    for word in _SPLIT.split(t):
        if word == "and":
            continue
        if word == "half":
            current += 0.5
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in NUMBER_WORDS:
            # "a" inside "one and a half" is the half's article, not a one
            if word in ("a", "an") and current:
                continue
            current += NUMBER_WORDS[word]
        else:
            return None
    return total + current
