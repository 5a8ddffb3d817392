"""Events reported by several articles: one entry when their times overlap (short times),
the finest time kept; ``time.basis`` stored; targets found by a part of their name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.store import queries
from dateline.store.merge import EventIn, event_block, merge_events
from dateline.types import EventTime
from tests.store.builders import Doc, build
from tests.store.stores import new_store

PEOPLE = {("a", "E1"): "e_x", ("b", "E1"): "e_x"}


def _ev(aid: str, value: str, lo: str, hi: str, summary: str = "Ida Rowe closed the mill") -> EventIn:
    return EventIn(aid, 0, "closed", summary, value, lo, hi, ("E1",), published=hi)


@pytest.mark.parametrize("a,b,merged", [
    # a stated day and another outlet's "that day or the day before": one happening
    (("2021-03-02", "2021-03-02", "2021-03-02"), ("2021-03-03", "2021-03-02", "2021-03-03"), True),
    # two different days
    (("2021-03-02", "2021-03-02", "2021-03-02"), ("2021-03-05", "2021-03-04", "2021-03-05"), False),
    # "in March" is no evidence for one day of March
    (("2021-03", "2021-03-01", "2021-03-31"), ("2021-03-02", "2021-03-02", "2021-03-02"), False),
    # equal long values still meet
    (("2021", "2021-01-01", "2021-12-31"), ("2021", "2021-01-01", "2021-12-31"), True),
])
def test_event_merge_on_overlapping_short_times(a, b, merged: bool) -> None:
    rows = [_ev("a", *a), _ev("b", *b)]
    out = merge_events(rows, PEOPLE)
    assert (len(out) == 1) is merged
    if merged:  # the finest time of the two (here the first's)
        assert (out[0].time_earliest, out[0].time_latest) == a[1:]
        # and both fall in one block, so the store's incremental merge meets them
        assert event_block(a[0], ["e_x"], a[1], a[2]) == event_block(b[0], ["e_x"], b[1], b[2])


def test_event_merge_needs_the_same_trigger_or_summary_too() -> None:
    rows = [_ev("a", "2021-03-02", "2021-03-02", "2021-03-02"),
            EventIn("b", 0, "sold", "Ida Rowe sold the mill", "2021-03-03", "2021-03-02", "2021-03-03", ("E1",))]
    assert len(merge_events(rows, PEOPLE)) == 2


def test_event_time_basis_is_stored() -> None:
    doc = Doc("w-1", "Ida Rowe closed the mill on Tuesday.", published="2021-03-03",
              entities=[("Ida Rowe", "PERSON", ["Ida Rowe"])],
              events=[("closed", "2021-03-02", ["Ida Rowe"], "Ida Rowe closed the mill")])
    article = build(doc)
    ev = article.events[0]
    article = replace(article, events=(replace(ev, time=replace(ev.time, basis="stated")),))
    store = new_store(":memory:")
    store.add(article, doc.text)
    back = store.get("w-1")
    assert back is not None
    assert back.article.events[0].time == EventTime("2021-03-02", "2021-03-02", "2021-03-02", "stated")


@pytest.mark.parametrize("query,found", [
    ("Rowe", "Ida Rowe"),                           # the end of a name
    ("Harbor Mill Works", "Mill Works"),            # a name that ends the query
    ("Delta store", "Delta Music Store"),           # every word of the query in the name
])
def test_event_timeline_target_by_part_of_its_name(query: str, found: str) -> None:
    doc = Doc("w-2", "Ida Rowe sold Mill Works to Delta Music Store on Tuesday.", published="2021-03-03",
              entities=[("Ida Rowe", "PERSON", ["Ida Rowe"]), ("Mill Works", "ORG", ["Mill Works"]),
                        ("Delta Music Store", "ORG", ["Delta Music Store"])],
              events=[("sold", "2021-03-02", ["Ida Rowe", "Mill Works", "Delta Music Store"], "Ida Rowe sold Mill Works")])
    store = new_store(":memory:")
    store.add(build(doc), doc.text)
    store.merge()
    assert queries.resolve_entity(store, query).name == found
    assert [e.date for e in queries.timeline(store, query)] == ["2021-03-02"]


def _mill(aid: str, when: str, published: str) -> Doc:
    return Doc(aid, f"Ida Rowe closed the mill. Outlet {aid} reports.", published=published,
               entities=[("Ida Rowe", "PERSON", ["Ida Rowe"])],
               events=[("closed", when, ["Ida Rowe"], "Ida Rowe closed the mill")])


MILL = (_mill("m-1", "2021-03-02", "2021-03-03"), _mill("m-2", "2021-03-03/2021-03-02", "2021-03-03"),
        _mill("m-3", "2021-03-05", "2021-03-06"))


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (2, 1, 0)])
def test_event_overlapping_reports_merge_the_same_one_by_one_as_in_a_rebuild(order) -> None:
    with new_store() as one_by_one, new_store() as rebuilt:
        for i in order:
            one_by_one.add(build(MILL[i]), MILL[i].text)
        rebuilt.add_many([(build(d), d.text) for d in MILL])
        rebuilt.merge(force=True)
        assert one_by_one.dump() == rebuilt.dump()
        entries = queries.timeline(one_by_one, "Ida Rowe")
        assert [(e.date, len(e.sources)) for e in entries] == [("2021-03-02", 2), ("2021-03-05", 1)]
