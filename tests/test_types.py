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
                                                       st.none() | spans), st.none() | spans, st.none() | words,
                   st.sampled_from(["direct", "indirect"]))
events = st.builds(Event, offs, offs, words, st.tuples(offs, offs), words,
                   st.tuples(st.builds(Participant, words, words)),
                   st.none() | st.builds(EventTime, words, opt_day, opt_day,
                                         st.sampled_from([None, "stated", "narrative", "report"])),
                   st.sampled_from(["event", "quote"]))
published = st.builds(Published, st.none() | day, st.sampled_from(["given", "inferred", "unknown"]),
                      opt_day, opt_day, st.tuples(words), st.none() | st.just("htmldate:metadata"))
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


def test_key_order_and_shapes_of_the_contract() -> None:
    q = Quote(0, 4, "Yes.", Speaker("E1", "Ana", SpanRef(6, 9, "Ana")), SpanRef(10, 14, "said"), "2024-05-06")
    assert list(q.to_dict()) == ["start", "end", "text", "kind", "speaker", "cue", "time"]
    assert q.to_dict()["speaker"] == {"entity": "E1", "name": "Ana", "mention": {"start": 6, "end": 9, "text": "Ana"}}
    ev = Event(10, 14, "said", (0, 20), "Ana said", (Participant("E1", "agent"),), EventTime("2024-05-06"))
    d = ev.to_dict()
    assert list(d) == ["start", "end", "text", "sentence", "summary", "participants", "time", "kind"]
    assert d["sentence"] == {"start": 0, "end": 20} and d["participants"] == [{"entity": "E1", "role": "agent"}]
    art = Article("a", Published("2024-05-08", "page", method="htmldate:url"), title="T")
    assert art.to_dict()["published"]["method"] == "htmldate:url" and art.to_dict()["title"] == "T"
    bare = Article("a", Published.unknown()).to_dict()
    assert "title" not in bare and "url" not in bare and "method" not in bare["published"]


def test_reading_is_lenient_where_contract_v1_is() -> None:
    assert Quote.from_dict({"start": 0, "end": 4, "text": "Yes."}).kind == "direct"
    assert Quote.from_dict({"start": 0, "end": 4, "text": "Yes.", "kind": None, "speaker": None}).speaker == \
        Speaker(None, None, None)
    assert Article.from_dict({"id": "a"}).published == Published.unknown()
    ev = Event.from_dict({"start": "1", "end": "2", "text": "x", "sentence": {"start": 0, "end": "9"}})
    assert (ev.start, ev.sentence, ev.summary, ev.time) == (1, (0, 9), "", None)
    with pytest.raises(KeyError):
        Mention.from_dict({"start": 0, "end": 1, "text": "x"})  # kind is required
