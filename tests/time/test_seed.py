"""The reference article, read without a date (its text is read from ../shared at run time)."""

from __future__ import annotations


def test_seed_times_all_gold_values(seed_article, seed_gold) -> None:
    got = {(t.start, t.end): t for t in seed_article.times}
    for g in seed_gold["times"]:
        t = got.get((g["start"], g["end"]))
        assert t is not None, f"missed {g['text']!r}"
        assert (t.type, t.value) == (g["type"], g["value"]), g["text"]


def test_seed_published_inferred_in_accepted_range(seed_article, seed_gold) -> None:
    gold = seed_gold["published"]
    pub = seed_article.published
    assert pub.source == "inferred"
    assert gold["accept_earliest"] <= pub.value <= gold["accept_latest"]
    assert pub.earliest <= gold["value"] <= pub.latest


def test_seed_offsets_ground_every_time(seed_article, seed_text) -> None:
    for t in seed_article.times:
        assert seed_text[t.start:t.end] == t.text
        assert t.earliest is None or t.earliest <= t.latest
