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


def _mentions_of(index, name):
    entity = next(e for e in index.entities if e.name == name)
    return [m.text for m in entity.mentions]


def test_quotation_marks_are_paired_by_the_shared_scanner(nlp):
    # a straight mark closing a quotation at the end of a paragraph and one opening the
    # next: a pairing by order alone would quote the narration between them
    text = ('Tomas Veld scored twice. He said, "It felt good out there.\n\n'
            'We could have won by more." After the match, coach Ilse Brand said, "We were tired."')
    doc, quotations = _quotations(nlp, text)
    quoted = [doc[q.start:q.end].text for q in quotations]
    assert not any("After the match" in q for q in quoted), quoted
    assert any(q.startswith("We were tired") for q in quoted), quoted


def test_paragraph_going_on_with_a_quotation_left_open(nlp):
    # the second paragraph has no opening mark but closes the quotation: still Veld's words
    text = ('After the race, Tomas Veld said, "I think we learned a lot today.\n\n'
            'This is the third time I have raced here, and it felt like the first."\n\n'
            'The next race is in June.')
    doc, quotations = _quotations(nlp, text)
    assert len(quotations) == 2
    second = quotations[1]
    assert doc[second.start:second.end].text.startswith("This is the third time")
    assert doc[second.speaker].text == "Veld"
    index = extract_entities(doc)
    assert _mentions_of(index, "Tomas Veld").count("I") == 2


def test_paragraph_signed_by_a_name_quotes_that_person(nlp):
    # a pull quote: first-person words with no marks, signed by a full name after the stop;
    # the next paragraph repeats them word for word before the article goes on
    words = "I was called into the office and told that my brother had left the club for good."
    text = (f"Marta Kowal, a former coach, sued the club in March.\n\n{words} Marta Kowal\n\n"
            f"{words} The club denies it.")
    index = extract_entities(nlp(text))
    assert _mentions_of(index, "Marta Kowal").count("I") == 2
    assert _mentions_of(index, "Marta Kowal").count("my") == 2


@pytest.mark.parametrize("text", [
    # a name closing a paragraph of third-person narration quotes no one
    "Rain closed the road on Monday. Marta Kowal\n\nThe road opened again later.",
    # a paragraph that is only a name signs nothing
    "I stayed at home all week.\n\nMarta Kowal",
])
def test_paragraph_a_name_does_not_sign(nlp, text):
    doc = nlp(text)
    people = {e.end - 1: e.start for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    assert find_quotations(doc, doc.text, [t.idx for t in doc], people) == []


def test_quotation_after_a_long_attribution_goes_on_with_its_speaker(nlp):
    text = ('"The plan has no money behind it," said Ruth Okafor, a professor of public finance at '
            'the Halden School of Economics and the author of two books on budgets. "He cannot simply '
            'wish the deficit away."')
    doc, quotations = _quotations(nlp, text)
    assert len(quotations) == 2
    assert quotations[1].speaker is not None and doc[quotations[1].speaker].text == "Okafor"
    index = extract_entities(doc)
    assert "He" not in _mentions_of(index, "Ruth Okafor")
