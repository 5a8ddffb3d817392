"""The library queries: timeline order and filters, quotes by speaker/about, entity counts."""

from __future__ import annotations

import pytest

from dateline.store import queries
from dateline.store.calendar import calendar_start
from dateline.store.errors import AmbiguousEntityError, EntityNotFoundError
from dateline.store.queries import BadDateArgError, parse_bound
from tests.store.builders import Doc
from tests.store.corpus import DOCS, TEXTS, filled_store


@pytest.fixture
def store():
    with filled_store(DOCS) as s:
        yield s


def test_queries_timeline_in_date_order_with_sources(store) -> None:
    entries = queries.timeline(store, "Jane Marlow")
    assert [e.date for e in entries] == ["2015", "2016-09-12"]
    for e in entries:
        assert e.sources
        for s in e.sources:
            assert TEXTS[s.article_id][s.start : s.end] == s.text
        assert e.sentence and e.summary
    met = entries[1]
    assert met.sentence.startswith("Senator Jane Ellen Marlow met")  # the first source's sentence
    assert met.sources[0].title == "Marlow and Reyes meet" and met.sources[0].url == "https://wire.example/1"


@pytest.mark.parametrize(
    "lo,hi,expected",
    [
        ("2016", None, ["2016-09-12", "2016-09-12", "2016-09-13"]),
        ("2016-09-13", None, ["2016-09-13"]),
        (None, "2016-09-12", ["2016-09-12", "2016-09-12"]),
        ("2016-09", "2016-09", ["2016-09-12", "2016-09-12", "2016-09-13"]),
        ("2017", None, []),
    ],
)
def test_queries_timeline_date_filters(store, lo, hi, expected) -> None:
    assert [e.date for e in queries.timeline(store, "Tom Reyes", lo, hi)] == expected


@pytest.mark.parametrize(
    "value,end,expected",
    [
        ("2016", False, "2016-01-01"),
        ("2016", True, "2016-12-31"),
        ("2016-02", True, "2016-02-29"),
        ("2016-09-03", True, "2016-09-03"),
    ],
)
def test_queries_parse_bound(value: str, end: bool, expected: str) -> None:
    assert parse_bound(value, end=end) == expected


@pytest.mark.parametrize("value", ["yesterday", "2016-13", "2016-02-30", "16-09-01"])
def test_queries_parse_bound_rejects(value: str) -> None:
    with pytest.raises(BadDateArgError):
        parse_bound(value, end=False)


def test_queries_unknown_and_ambiguous_names(store) -> None:
    with pytest.raises(EntityNotFoundError):
        queries.timeline(store, "Nobody Here")
    # A full name one article typed PERSON and another ORG: a person only once (merge.py).
    extra = Doc("x-1", "Ann Vale spoke. Ann Vale Inc grew.", entities=[("Ann Vale", "PERSON", ["Ann Vale"])])
    extra2 = Doc("x-2", "Ann Vale rose.", entities=[("Ann Vale", "ORG", ["Ann Vale"])])
    with filled_store((extra, extra2)) as s2:
        person = queries.resolve_entity(s2, "Ann Vale")
        assert person.type == "PERSON" and person.n_articles == 2
    # Same one-word name typed PERSON and ORG in as many articles each: ambiguous, --type decides.
    extra = Doc("y-1", "Vale spoke.", entities=[("Vale", "PERSON", ["Vale"])])
    extra2 = Doc("y-2", "Vale rose.", entities=[("Vale", "ORG", ["Vale"])])
    with filled_store((extra, extra2)) as s2:
        with pytest.raises(AmbiguousEntityError, match="PERSON"):
            queries.resolve_entity(s2, "Vale")
        assert queries.resolve_entity(s2, "Vale", "org").type == "ORG"


def test_queries_quotes_about_entity_in_sentence(store) -> None:
    about = queries.quotes(store, about="Tom Reyes")
    texts = {q.text for q in about}
    # gazette-3: Reyes is named in the sentence of Marlow's short quote.
    assert "long overdue for the whole region" in texts
    assert all(q.text != "Yes" for q in about)
    assert queries.quotes(store, about="Rob Marlow") == []


def test_queries_quotes_about_name_inside_quote_text() -> None:
    doc = Doc(
        "q-1",
        "Lee Park spoke.\n\u201cI trust Ann Vale completely,\u201d Lee Park said.",
        entities=[("Lee Park", "PERSON", ["Lee Park", "Lee Park"]), ("Ann Vale", "PERSON", ["Ann Vale"])],
        quotes=[("I trust Ann Vale completely,", "Lee Park")],
    )
    other = Doc("q-2", "Ann Vale left.", entities=[("Ann Vale", "PERSON", ["Ann Vale"])])
    with filled_store((doc, other)) as store:
        assert [q.text for q in queries.quotes(store, about="Ann Vale")] == ["I trust Ann Vale completely,"]
        assert [q.text for q in queries.quotes(store, speaker="Lee Park", about="Ann Vale")] == [
            "I trust Ann Vale completely,"
        ]
        assert queries.quotes(store, speaker="Ann Vale") == []


def test_queries_entities_counts_and_type(store) -> None:
    people = queries.entities(store, "person")
    assert people and all(e.type == "PERSON" for e in people)
    reyes = next(e for e in people if e.name == "Tom Reyes")
    assert (reyes.n_articles, reyes.n_mentions) == (3, 6)
    assert [e.n_articles for e in people] == sorted((e.n_articles for e in people), reverse=True)
    assert len(queries.entities(store, limit=2)) == 2


@pytest.mark.parametrize(
    "value,start",
    [
        ("2016-09-12", "2016-09-12"),
        ("2016-09", "2016-09-01"),
        ("196", "1960-01-01"),
        ("19", "1900-01-01"),
        ("2016-W07", "2016-02-15"),
        ("2016-Q3", "2016-07-01"),
        ("2016-SU", "2016-06-01"),
        ("2016-02-12T14:00", "2016-02-12"),
        ("PRESENT_REF", None),
        ("XXXX-02-20", None),
        ("2016-02-30", None),
    ],
)
def test_queries_calendar_start(value: str, start: str | None) -> None:
    assert calendar_start(value) == start


def test_queries_timeline_orders_decades_and_drops_off_calendar_times() -> None:
    text = "Ann Vale grew up in the 1960s. Ann Vale now leads. Ann Vale won in 1975. Ann Vale spoke in 2016."
    doc = Doc(
        "t-1",
        text,
        entities=[("Ann Vale", "PERSON", ["Ann Vale"])],
        events=[
            ("grew", "196", ["Ann Vale"], "Ann Vale grew up"),
            ("leads", "PRESENT_REF", ["Ann Vale"], "Ann Vale leads"),
            ("won", "1975", ["Ann Vale"], "Ann Vale won"),
            ("spoke", "2016", ["Ann Vale"], "Ann Vale spoke"),
        ],
    )
    with filled_store((doc,)) as store:
        assert [e.date for e in queries.timeline(store, "Ann Vale")] == ["196", "1975", "2016"]
        every = queries.timeline(store, "Ann Vale", calendar_only=False)
        assert [e.date for e in every] == ["196", "1975", "2016", "PRESENT_REF"]
