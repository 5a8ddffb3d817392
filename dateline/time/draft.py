"""Draft: a tagged temporal expression with its meaning, before anchoring.

The tagger produces Drafts; the normalizer turns a Draft plus an anchor (the
article date, the narrative time, or the time a quote was said) into a TIMEX3
value. Keeping the meaning apart from the anchor lets the same expression be
re-resolved when the anchor changes (an inferred article date, a quote's time).
"""

from __future__ import annotations

from dataclasses import dataclass

# What a Draft's value depends on.
ABSOLUTE = "absolute"    # "September 2020", "Feb. 3" (year from the anchor when missing)
DEICTIC = "deictic"      # "yesterday", "last year", "in November": relative to the speech time
ANAPHORIC = "anaphoric"  # "a month earlier", "that day": relative to the story's current time
DURATION = "duration"    # "two months": a fixed P-value
SET = "set"              # "every week": a fixed value
REF = "ref"              # "now", "recently": PRESENT_REF / PAST_REF / FUTURE_REF
KINDS = (ABSOLUTE, DEICTIC, ANAPHORIC, DURATION, SET, REF)


@dataclass(frozen=True)
class Draft:
    """One tagged expression: its span, TIMEX3 type and meaning.

    Calendar fields are those the text states; ``unit``/``offset`` describe a move
    from the anchor ("last year" = unit "year", offset -1; "in November" = unit
    "month_name", offset None: the direction comes from tense). ``fixed`` holds the
    value of expressions that need no anchor (durations, sets, references), or the
    direction of a move the text leaves vague ("+"/"-": "days later", "before Friday's vote").
    """

    start: int
    end: int
    text: str
    type: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    part: str | None = None      # part of day: MO AF EV NI MI
    hour: int | None = None
    minute: int | None = None
    decade: int | None = None    # 198 for the 1980s
    century: int | None = None   # 19 for the 20th century
    unit: str | None = None
    offset: int | None = None
    fixed: str | None = None
    mod: str | None = None       # START / MID / END / APPROX ...
    zone: str | None = None      # ISO 8601 zone of a clock time: "Z", "-05:00"
    rule: str = ""               # the grammar rule that found it (for debugging and tests)

    @property
    def needs_anchor(self) -> bool:
        """True when the value depends on an anchor date."""
        if self.kind in (DEICTIC, ANAPHORIC):
            return True
        return self.kind == ABSOLUTE and self.year is None and self.decade is None and self.century is None
