"""Article records written to a store (each backend) and read back are equal."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dateline.store.codec import COLUMNS, article_rows, build_article, content_hash
from dateline.store.errors import OffsetError
from dateline.types import (
    ENTITY_TYPES,
    MENTION_KINDS,
    TIME_TYPES,
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
from tests.store import stores
from tests.store.stores import new_store

words = st.text(min_size=0, max_size=12)
opt_words = st.none() | words
dates = st.none() | st.dates().map(lambda d: d.isoformat())
opt_int = st.none() | st.integers(min_value=-5, max_value=10_000)


@st.composite
def span(draw: st.DrawFn, text: str) -> tuple[int, int, str]:
    """A grounded span of ``text``: (start, end, text[start:end])."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return start, end, text[start:end]


@st.composite
def articles(draw: st.DrawFn) -> tuple[Article, str]:
    """An Article whose every span is grounded in a generated text, and that text."""
    text = draw(st.text(min_size=1, max_size=200))
    ref = lambda: SpanRef(*draw(span(text)))  # noqa: E731
    times = tuple(
        Time(
            *draw(span(text)),
            draw(st.sampled_from(TIME_TYPES)),
            draw(words),
            draw(dates),
            draw(dates),
            draw(opt_words),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    entities = []
    for i in range(draw(st.integers(0, 4))):
        mentions = tuple(
            Mention(*draw(span(text)), draw(st.sampled_from(MENTION_KINDS)))
            for _ in range(draw(st.integers(0, 3)))
        )
        attrs = tuple(
            Attribute(draw(words), draw(words), draw(dates), draw(opt_int), draw(opt_int))
            for _ in range(draw(st.integers(0, 2)))
        )
        rels = tuple(
            Relation(draw(words), draw(words), draw(opt_int), draw(opt_int))
            for _ in range(draw(st.integers(0, 2)))
        )
        entities.append(
            Entity(f"E{i + 1}", draw(words), draw(st.sampled_from(ENTITY_TYPES)), mentions, attrs, rels)
        )
    quotes = tuple(
        Quote(
            *draw(span(text)),
            Speaker(draw(opt_words), draw(opt_words), ref() if draw(st.booleans()) else None),
            ref() if draw(st.booleans()) else None,
            draw(opt_words),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    events = []
    for _ in range(draw(st.integers(0, 3))):
        s, e, t = draw(span(text))
        ss = draw(st.integers(0, len(text)))
        se = draw(st.integers(ss, len(text)))
        events.append(
            Event(
                s,
                e,
                t,
                (ss, se),
                draw(words),
                tuple(Participant(draw(words), draw(words)) for _ in range(draw(st.integers(0, 2)))),
                draw(st.none() | st.builds(EventTime, words, dates, dates)),
                draw(st.sampled_from(("event", "quote"))),
            )
        )
    published = Published(
        draw(dates),
        draw(st.sampled_from(("given", "inferred", "unknown"))),
        draw(dates),
        draw(dates),
        tuple(draw(st.lists(words, max_size=2))),
    )
    article = Article(
        draw(st.text(min_size=1, max_size=20)),
        published,
        times,
        tuple(entities),
        quotes,
        tuple(events),
        draw(opt_words),
        draw(opt_words),
    )
    return article, text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=articles())
def test_roundtrip_store_returns_equal_article(case: tuple[Article, str]) -> None:
    article, text = case
    # PostgreSQL text cannot hold NUL (the store refuses such an article: test_store.py).
    assume(stores.backend() == "sqlite" or "\\u0000" not in json.dumps([article.to_dict(), text]))
    with new_store() as store:
        assert store.add(article, text) is True
        stored = store.get(article.id)
        assert stored is not None
        assert stored.article == article
        assert stored.text == text
        assert stored.content_hash == content_hash(text)
        # And through the contract JSON, as an export would hand it on.
        assert Article.from_dict(stored.article.to_dict()) == article


@settings(max_examples=60, deadline=None)
@given(case=articles())
def test_roundtrip_codec_rows_rebuild_article(case: tuple[Article, str]) -> None:
    article, text = case
    rows = article_rows(article, text, seq=1, ingested_at="t")
    as_dicts = {t: [dict(zip(COLUMNS[t], r, strict=True)) for r in rs] for t, rs in rows.items()}
    assert build_article(as_dicts) == article


@pytest.mark.parametrize("bad", [(0, 3, "xyz"), (5, 2, ""), (0, 999, "Some")])
def test_roundtrip_store_rejects_ungrounded_span(bad: tuple[int, int, str]) -> None:
    text = "Some text about a meeting."
    article = Article("a1", Published.unknown(), quotes=(Quote(*bad),))
    with new_store() as store:
        with pytest.raises(OffsetError):
            store.add(article, text)
        assert store.count() == 0  # nothing half-written
