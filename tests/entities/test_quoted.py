"""Quotation regions and their speakers, as the entities layer scans them (quoted.py)."""

from __future__ import annotations

import pytest

from dateline.entities import extract_entities
from dateline.entities.quoted import find_quotations


def _quotations(nlp, text):
    doc = nlp(text)
    return doc, find_quotations(doc, doc.text, [t.idx for t in doc])


@pytest.mark.parametrize("text,speaker", [
    # straight marks: the attribution after the closing mark, either order
    ('Lena Ortiz ran the shelter for ten years.\n\n"I never wanted to leave," Paul Brandt said.',
     "Brandt"),
    ('Lena Ortiz ran the shelter for ten years.\n\n"I never wanted to leave", said Paul Brandt.',
     "Brandt"),
    # curly marks behave the same
    ("Lena Ortiz ran the shelter for ten years.\n\n“I never wanted to leave,” Paul Brandt said.",
     "Brandt"),
])
def test_speaker_named_after_the_closing_mark(nlp, text, speaker):
    doc, quotations = _quotations(nlp, text)
    assert len(quotations) == 1
    q = quotations[0]
    assert q.speaker is not None and doc[q.speaker].text == speaker


@pytest.mark.parametrize("text", [
    # a quotation opening a paragraph is not the previous sentence's subject's
    'The council approved the budget on Monday.\n\n"We will need more money next year."',
    'The council approved the budget on Monday. "We will need more money next year."',
])
def test_quotation_opening_a_sentence_has_no_speaker_from_the_sentence_before(nlp, text):
    doc, quotations = _quotations(nlp, text)
    assert len(quotations) == 1 and quotations[0].speaker is None


def test_quotation_opened_inside_a_sentence_is_its_subjects(nlp):
    doc, quotations = _quotations(nlp, 'The mayor called the plan "a waste of good money".')
    assert len(quotations) == 1
    q = quotations[0]
    assert q.speaker is not None and doc[q.speaker].text == "mayor"


def test_first_person_in_a_straight_quotation_is_the_speaker_after_it(nlp):
    text = ('Lena Ortiz ran the shelter for ten years.\n\n'
            '"I never wanted to leave," Paul Brandt said. "My home is here."')
    index = extract_entities(nlp(text))
    brandt = next(e for e in index.entities if e.name == "Paul Brandt")
    assert {"I", "My"} <= {m.text for m in brandt.mentions}
    ortiz = next(e for e in index.entities if e.name == "Lena Ortiz")
    assert "I" not in {m.text for m in ortiz.mentions}
