"""Where a TIMEX3 value starts on the calendar, for ordering timelines.

The events layer gives ``earliest``/``latest`` for most values; some come without them
(a decade ``196``, a century ``19``, a week ``2016-W07``, a season ``2016-SU``). The store
still has to put those in order, so it derives the first day they can mean. Values with
no calendar position (``PRESENT_REF``, ``PAST_REF``, ``XXXX-02-20``) give None.
"""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

from dateline.lexicon.calendar import SEASON_ALIASES, SEASON_START

_VALUE = re.compile(r"^(\d{2,4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-(SP|SU|FA|AU|WI)|-H([12]))?")
# First month of a season code, its aliases included ("AU" reads as "FA").
SEASON_MONTH = MappingProxyType({**SEASON_START, **{a: SEASON_START[c] for a, c in SEASON_ALIASES.items()}})


def calendar_start(value: str | None) -> str | None:
    """RETURNS the first day (YYYY-MM-DD) the TIMEX3 ``value`` can mean, or None."""
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    year = int(m[1].ljust(4, "0"))  # "19" -> 1900, "196" -> 1960
    try:
        if m[4]:
            return dt.date.fromisocalendar(year, int(m[4]), 1).isoformat()
        month = int(m[2]) if m[2] else 1
        if m[5]:
            month = 3 * int(m[5]) - 2
        elif m[6]:
            month = SEASON_MONTH[m[6]]
        elif m[7]:
            month = 1 if m[7] == "1" else 7
        return dt.date(year, month, int(m[3]) if m[3] else 1).isoformat()
    except ValueError:  # "2016-02-30", week 54: no such day
        return None
