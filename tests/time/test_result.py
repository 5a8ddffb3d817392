"""TimeResult is a frozen record: the layers after the time layer read it and cannot change it."""

from __future__ import annotations

import dataclasses

import pytest

from dateline.time.result import TimeResult
from dateline.types import EventTime, Published, Time


def _result() -> TimeResult:
    may = Time(0, 6, "in May", "DATE", "2021-05", "2021-05-01", "2021-05-31")
    june = Time(20, 29, "in June", "DATE", "2021-06", "2021-06-01", "2021-06-30")
    said = {("direct", 40, 60): EventTime("2021-07-02", "2021-07-01", "2021-07-02", "report")}
    return TimeResult(Published("2021-07-02", "given", "2021-07-02", "2021-07-02"), [may, june], [],
                      [(0, may), (18, june)], said)


def test_result_fields_cannot_be_reassigned() -> None:
    r = _result()
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.times = ()  # type: ignore[misc]


def test_result_sequences_and_said_are_read_only() -> None:
    r = _result()
    assert isinstance(r.times, tuple) and isinstance(r.narrative, tuple) and isinstance(r.quotes, tuple)
    with pytest.raises(TypeError):
        r.said[("direct", 0, 1)] = r.said[("direct", 40, 60)]  # type: ignore[index]


@pytest.mark.parametrize("offset,expected", [(0, "2021-05"), (17, "2021-05"), (18, "2021-06"), (99, "2021-06")])
def test_result_time_at_is_the_narrative_entry_in_force(offset: int, expected: str) -> None:
    t = _result().time_at(offset)
    assert t is not None and t.value == expected


def test_result_time_at_before_any_entry_is_none() -> None:
    r = dataclasses.replace(_result(), narrative=((5, _result().times[0]),))
    assert r.time_at(4) is None
