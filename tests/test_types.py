"""Contract records serialise to the contract's shape and read back unchanged."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.types import (
    Article,
    Attribute,
    Entity,
    Event,
    EventTime,
    Mention,
    Participant,
    Published,
    Quote,
    Relation,
    SpanRef,
    Speaker,
    Time,
)

words = st.text(min_size=1, max_size=12)
offs = st.integers(min_value=0, max_value=10_000)
day = st.dates().map(lambda d: d.isoformat())
opt_day = st.none() | day

times = st.builds(Time, offs, offs, words, st.sampled_from(["DATE", "TIME", "DURATION", "SET"]), words,
                  opt_day, opt_day, st.sampled_from([None, "article", "narrative", "quote"]))
mentions = st.builds(Mention, offs, offs, words, st.sampled_from(["name", "descriptor", "pronoun"]))
attrs = st.builds(Attribute, words, words, opt_day, st.none() | offs, st.none() | offs)
rels = st.builds(Relation, st.sampled_from(["spouse", "child"]), words, st.none() | offs, st.none() | offs)
entities = st.builds(Entity, words, words, st.sampled_from(["PERSON", "ORG"]),
                     st.tuples(mentions, mentions), st.tuples(attrs), st.tuples(rels))
spans = st.builds(SpanRef, offs, offs, words)
quotes = st.builds(Quote, offs, offs, words, st.builds(Speaker, st.none() | words, st.none() | words,
                                                       st.none() | spans), st.none() | spans, st.none() | words)
events = st.builds(Event, offs, offs, words, st.tuples(offs, offs), words,
                   st.tuples(st.builds(Participant, words, words)),
                   st.none() | st.builds(EventTime, words, opt_day, opt_day), st.sampled_from(["event", "quote"]))
published = st.builds(Published, st.none() | day, st.sampled_from(["given", "inferred", "unknown"]),
                      opt_day, opt_day, st.tuples(words))
articles = st.builds(Article, words, published, st.tuples(times), st.tuples(entities), st.tuples(quotes),
                     st.tuples(events), st.none() | words, st.none() | words)


@settings(max_examples=60, deadline=None)
@given(articles)
def test_article_roundtrips_through_json(article: Article) -> None:
    data = json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(data) == article


@pytest.mark.parametrize("key", ["id", "published", "times", "entities", "quotes", "events"])
def test_article_dict_has_contract_keys(key: str) -> None:
    d = Article("a", Published.unknown()).to_dict()
    assert key in d
    assert set(d["published"]) >= {"value", "source", "earliest", "latest"}


def test_timeline_orders_dated_events_by_earliest() -> None:
    ev = lambda s, v: Event(s, s + 1, "x", (0, 100), "x", (), EventTime(v, v, v) if v else None)  # noqa: E731
    art = Article("a", Published.unknown(), events=(ev(5, "2021-03-01"), ev(1, None), ev(9, "2020-01-02")))
    assert [e.start for e in art.timeline()] == [9, 5]
