"""dateline/ingest/lexicon.py: the boilerplate rule's words are well-formed data."""

from __future__ import annotations

import pytest

from dateline.ingest import lexicon


@pytest.mark.parametrize("name", ["RELATED_MARKERS", "PROMPT_VERBS", "PROMPT_NOUNS"])
def test_word_lists_lower_case_trimmed_and_without_repeats(name: str) -> None:
    words = getattr(lexicon, name)
    assert isinstance(words, tuple) and words
    assert all(w == w.lower().strip() and "  " not in w for w in words), words
    assert len(set(words)) == len(words), sorted(w for w in words if words.count(w) > 1)


def test_boilerplate_reads_the_lexicon() -> None:
    from dateline.ingest import boilerplate

    assert boilerplate.PROMPT_START.match("Sign up for our newsletter")
    assert all(boilerplate.RELATED.match(f"{marker.title()}:") for marker in lexicon.RELATED_MARKERS)
