"""Curly apostrophes read like straight ones (dateline/nlp/apostrophes.py), on sentences
written for these tests, through the real model."""

from __future__ import annotations

import pytest


def _parse(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    assert doc.text == text  # the text is never changed
    return [(t.tag_, t.dep_, t.head.text.replace("\u2019", "'")) for t in doc]


@pytest.mark.parametrize(
    "text",
    [
        # each of these parses differently with U+2019 when the model reads it raw
        "The mayor praised the council\u2019s plans to widen the bridge.",
        "Parents cited the teacher\u2019s comments as examples of the school\u2019s neglect of students.",
        "They cited the mayor\u2019s decision as proof of the board\u2019s weakness on crime.",
    ],
)
def test_curly_apostrophe_parses_like_a_straight_one(nlp, text):
    assert _parse(nlp, text) == _parse(nlp, text.replace("\u2019", "'"))


def test_a_possessive_noun_stays_a_noun(nlp):
    doc = nlp("The union issued a statement welcoming the city\u2019s plans to raise wages.")
    plans = next(t for t in doc if t.text == "plans")
    assert plans.tag_ == "NNS"
