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


@pytest.mark.parametrize("text,speaker", [
    # the paragraph before ends in a colon: its subject speaks on
    ('Mara Quist called the ruling "dangerous":\n\n"I have never seen a worse decision."', "Quist"),
    # a paragraph that is all quotation continues the quotation closing the one before
    ('"We will rebuild the hall," Omar Haddad said.\n\n"I promise the roof will be done by May."',
     "Haddad"),
])
def test_paragraph_quotation_continues_the_speaker_before(nlp, text, speaker):
    doc, quotations = _quotations(nlp, text)
    q = quotations[-1]
    assert q.speaker is not None and doc[q.speaker].text == speaker


@pytest.mark.parametrize("text", [
    # narration closes the paragraph before: no one to continue
    'Omar Haddad fixed the roof in May.\n\n"I never liked that house."',
    # the paragraph before ends in a colon after no subject
    'Rain again:\n\n"I never liked that house."',
])
def test_paragraph_quotation_without_a_speaker_before(nlp, text):
    doc, quotations = _quotations(nlp, text)
    assert quotations[-1].speaker is None
