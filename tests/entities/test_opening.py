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


def test_role_after_for_in_the_lede_is_no_description_of_the_subject(nlp):
    text = ("Drivers back Hale\n\nThe drivers' union endorsed Margaret Hale for mayor on Monday. Hale "
            "said she was grateful. The union praised her record. Hale will speak to members on Friday, "
            "and she hopes to win.")
    index = extract_entities(nlp(text))
    assert _owner(index, text.index("mayor")) is not _owner(index, text.index("Margaret Hale"))


def test_description_after_the_lede_is_no_description_of_the_subject(nlp):
    text = ("Court rules for Hale\n\nA county court ruled on Friday in favour of Margaret Hale. A district "
            "judge had blocked her permit in May. Hale said she was relieved. Hale will reopen the bakery "
            "on Monday, and she thanked her neighbours. Hale plans a party.")
    index = extract_entities(nlp(text))
    assert _owner(index, text.index("A district")) is not _owner(index, text.index("Margaret Hale"))
