"""The article's subject described in its opening before it is named (opening.py);
articles written for these tests, real spaCy model."""

from __future__ import annotations

from dateline.entities import extract_entities

SUBJECT = (
    "{headline}\n\n"
    "{lede} won first prize at the county fair on Saturday. Margaret Hale, 64, baked a pear "
    "tart with a lattice crust. Hale said she had practised the recipe for a year. The judges "
    "praised her pastry. Hale plans to enter again next summer, and she hopes to win twice."
)


def _owner(index, start):
    return next((e for e in index.entities if any(m.start == start for m in e.mentions)), None)


def _subject(nlp, headline, lede):
    text = SUBJECT.format(headline=headline, lede=lede)
    index = extract_entities(nlp(text))
    hale = _owner(index, text.index("Margaret Hale"))
    return text, index, hale


def test_headline_description_is_the_person_the_article_names(nlp):
    text, index, hale = _subject(nlp, "Retired nurse wins baking contest", "A woman from Elm Creek")
    assert _owner(index, text.index("Retired nurse")) is hale


def test_lede_description_is_the_person_the_article_names(nlp):
    text, index, hale = _subject(nlp, "Pear tart takes the prize", "A retired nurse from Elm Creek")
    assert _owner(index, text.index("A retired nurse")) is hale


def test_description_of_the_other_gender_stays_apart(nlp):
    text = ("Retired fisherman takes first prize at county fair\n\n"
            "Judges gave the top award on Saturday to a pear tart. Margaret Hale, 64, baked the "
            "tart with a lattice crust. Hale said she had practised the recipe for a year. The "
            "judges praised her pastry. Hale plans to enter again next summer, and she hopes to win.")
    index = extract_entities(nlp(text))
    assert _owner(index, 0) is not _owner(index, text.index("Margaret Hale"))


def test_unnamed_source_in_the_lede_stays_apart(nlp):
    text = SUBJECT.format(headline="Pear tart takes the prize",
                          lede="An official said a baker from Elm Creek")
    index = extract_entities(nlp(text))
    official = _owner(index, text.index("An official"))
    assert official is not None and official is not _owner(index, text.index("Margaret Hale"))
