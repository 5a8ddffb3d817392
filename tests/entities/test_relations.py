"""Relations stated by titles, possessive roles and appositions, with the offsets of the
words that state them (relations.py, clusters.py, kinship.py); sentences written for
these tests, real spaCy model."""

from __future__ import annotations

import pytest

import dateline


@pytest.fixture(scope="module")
def reader():
    return dateline.load()


def _relations(reader, text):
    article = reader.read(text, id="t")
    by_id = {e.id: e for e in article.entities}
    return [(e.name, r.type, by_id[r.target].name, text[r.start:r.end] if r.start is not None else None)
            for e in article.entities for r in e.relations]


@pytest.mark.parametrize("text,expected", [
    ("FCC Chair Dana Whitlow said the rule would change. Whitlow spoke in Denver.",
     ("Dana Whitlow", "member_of", "FCC", "FCC Chair Dana Whitlow")),
    ("Harlow Motors lost money in May. The company's chief executive, Ray Ocampo, resigned.",
     ("Ray Ocampo", "employee_of", "Harlow Motors", "The company's chief executive")),
    ("Ray Ocampo, the Harlow Motors chief executive, opened the plant.",
     ("Ray Ocampo", "employee_of", "Harlow Motors", "the Harlow Motors chief executive")),
    ("Ellen Kane and her husband John Kane run a dairy farm in Vermont.",
     ("Ellen Kane", "spouse", "John Kane", "her husband John Kane")),
])
def test_relation_and_the_words_that_state_it(reader, text, expected):
    assert expected in _relations(reader, text)


@pytest.mark.parametrize("text", [
    "His sister, the architect Lena Brandt, opened a studio in 2019.",
])
def test_apposition_after_kinship_word_names_the_relative(reader, text):
    article = reader.read(text, id="t")
    owner = next(e for e in article.entities if any(m.text == "His sister" for m in e.mentions))
    assert owner.name == "Lena Brandt" and owner.type == "PERSON"


@pytest.mark.parametrize("text", [
    "Ray Ocampo met Dana Whitlow in Denver on Monday.",
])
def test_no_relation_without_words_that_state_one(reader, text):
    assert _relations(reader, text) == []


@pytest.mark.parametrize("text", [
    "Ray Ocampo, the Harlow Motors Chief Executive Officer, opened the plant on Monday.",
])
def test_capitalised_title_in_apposition_is_a_description_of_the_person(reader, text):
    article = reader.read(text, id="t")
    owner = next(e for e in article.entities if e.name == "Ray Ocampo")
    assert any(m.kind == "descriptor" and m.text.endswith("Chief Executive Officer") for m in owner.mentions)


@pytest.mark.parametrize("text,expected", [
    ("Gary Lund of the Harbour Party lost his seat. He will stay in his party.",
     ("Gary Lund", "member_of", "Harbour Party", "Gary Lund of the Harbour Party")),
])
def test_name_of_an_organisation_is_a_member(reader, text, expected):
    assert expected in _relations(reader, text)



@pytest.mark.parametrize("adjective,countries,expected", [
    ("Swedish", {"sweden": 1, "norway": 2}, 1),
    ("English", {"england": 1, "tunisia": 2}, 1),
    ("Panamanian", {"panama": 1}, 1),
    ("Austrian", {"australia": 1}, None),   # the name goes on too far after what they share
    ("Korean", {"korea": 1, "koreas": 2}, None),  # two fit: none
    ("French", {"france": 1}, None),  # too little shared: left alone
])
def test_country_a_nationality_adjective_is_made_from(adjective, countries, expected):
    from dateline.entities.relations import country_of

    assert country_of(adjective, countries) == expected
