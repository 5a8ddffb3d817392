"""Predicate nominals and appositions (predicates.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.entities import extract_entities


def _mentions_of(nlp, text, name):
    index = extract_entities(nlp(text))
    entity = next(e for e in index.entities if e.name == name)
    for m in entity.mentions:
        assert text[m.start:m.end] == m.text
    return {m.text for m in entity.mentions}, index


@pytest.mark.parametrize("text,name,predicate", [
    ("Helen Moreau spent three summers at the camp. Moreau was a volunteer there.",
     "Helen Moreau", "a volunteer"),
    ("Tomas Ferreira painted the mural in 1994. He is a legend in the town.",
     "Tomas Ferreira", "a legend"),
    ("Helen Moreau, a second-year law student, organised the vigil.", "Helen Moreau",
     "a second-year law student"),
    ("The Corvane Trust, a local charity, paid for the roof.", "Corvane Trust", "a local charity"),
])
def test_predicate_or_apposition_joins_its_owner(nlp, text, name, predicate):
    mentions, _ = _mentions_of(nlp, text, name)
    assert predicate in mentions


def test_both_coordinated_predicates_join(nlp):
    text = "Tomas Ferreira opened the gallery. Ferreira was both an artist and a businessman."
    mentions, _ = _mentions_of(nlp, text, "Tomas Ferreira")
    assert {"an artist", "a businessman"} <= mentions


@pytest.mark.parametrize("text,name,words", [
    # negated: says what the person is not
    ("Helen Moreau spoke to the crowd. Moreau was not a member of the board.", "Helen Moreau",
     "member"),
    # a question
    ("Tomas Ferreira left early. Was Ferreira a juror?", "Tomas Ferreira", "juror"),
    # no one entity
    ("Helen Moreau spoke first. Moreau is no expert.", "Helen Moreau", "expert"),
    # a quantity in apposition
    ("Helen Moreau won the vote, forty percent, in May.", "Helen Moreau", "percent"),
])
def test_predicates_that_say_nothing_of_who_stay_out(nlp, text, name, words):
    mentions, _ = _mentions_of(nlp, text, name)
    assert not any(words in m for m in mentions)


def test_predicate_brings_no_one_into_focus(nlp):
    # "she" after the predicate is still the subject, not someone the predicate names
    text = ("Helen Moreau met Clara Dunn in Lyon. Dunn was a nurse. Moreau thanked her "
            "on Monday, and she smiled.")
    mentions, index = _mentions_of(nlp, text, "Clara Dunn")
    assert "a nurse" in mentions
    moreau = next(e for e in index.entities if e.name == "Helen Moreau")
    assert "a nurse" not in {m.text for m in moreau.mentions}
