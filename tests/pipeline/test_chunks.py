"""Very long texts are read in chunks whose results map back onto the whole text."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.contract import problems
from dateline.pipeline.chunks import split_text
from tests.conftest import ROOT


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=5, max_value=60))
def test_split_text_covers_text_in_bounded_chunks(text: str, limit: int) -> None:
    parts = split_text(text, limit)
    assert "".join(chunk for _, chunk in parts) == text
    assert all(len(chunk) <= limit for _, chunk in parts)
    assert [off for off, _ in parts] == [sum(len(c) for _, c in parts[:i]) for i in range(len(parts))]


def test_long_text_read_in_chunks_keeps_offsets(reader) -> None:
    story = (ROOT / "examples" / "harbor_bridge.txt").read_text(encoding="utf-8")
    text = "\n\n".join([story] * 6)
    whole = reader.read(story, published="2023-03-16")
    old = reader.chunk_chars
    reader.chunk_chars = len(story) + 10  # force one chunk per copy of the story
    try:
        art = reader.read(text, published="2023-03-16")
    finally:
        reader.chunk_chars = old
    record = json.loads(json.dumps(art.to_dict()))
    assert problems(record, text) == []
    assert len(art.quotes) == 6 * len(whole.quotes) > 0
    assert len(art.times) == 6 * len(whole.times)
    ids = [e.id for e in art.entities]
    assert len(ids) == len(set(ids)) == 6 * len(whole.entities)
