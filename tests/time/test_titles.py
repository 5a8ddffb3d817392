"""titles.is_title: names of works that look like times are not times."""

from __future__ import annotations

import pytest

from dateline.time.tagger import tag


@pytest.mark.parametrize("text,words", [
    ("Critics loved the movie 2012 for its effects.", "2012"),
    ("She read the novel 1984 twice.", "1984"),
    ("The series 24 Hours returns next week.", "24 Hours"),
    ("Fans sang “1999” at the end.", "1999"),
    ("He was cast in 48 Hours after a long audition.", "48 Hours"),
])
def test_titles_not_tagged(text: str, words: str) -> None:
    assert all(words not in d.text for d in tag(text))


@pytest.mark.parametrize("text,words", [
    ("The bridge opened in 2012 after a long delay.", "2012"),
    ("The crew worked for 48 hours without sleep.", "48 hours"),
    ("Storm Leaves City Without Power For 48 Hours", "48 Hours"),  # a headline capitalizes every word
    ("48 Hours after the storm, power returned.", "48 Hours"),  # a sentence start
])
def test_titles_real_times_kept(text: str, words: str) -> None:
    assert any(d.text == words for d in tag(text))
