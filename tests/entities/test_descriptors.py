"""descriptors.py: each step of classifying a person-noun phrase, one golden row per branch
(sentences written for these tests; the real spaCy model)."""

from __future__ import annotations

import pytest

from dateline.entities.descriptors import find_descriptors
from dateline.entities.mentions import SentenceMap, TokenArrays
from dateline.entities.names import find_names


def _descriptor(nlp, text: str, head: str):
    """The descriptor candidate whose head token is the first ``head`` of the text, or None."""
    doc = nlp(text)
    sents, arrays = SentenceMap(doc), TokenArrays(doc)
    name_heads = {i: k for k, c in enumerate(find_names(doc, sents, arrays)) for i in range(c.start, c.end)}
    at = next(t.i for t in doc if t.text == head)
    found = [c for c in find_descriptors(doc, sents, name_heads, arrays) if c.head == at]
    return found[0] if found else None


# (text, head word, expected (mode, span text, owner word or None), or None: no candidate)
ROWS = [
    # step 1, a kinship noun glued to the name after it: its owner is the name's possessor
    ("Lena Brandt and her husband Oskar Brandt run a bakery.", "husband",
     ("kin", "her husband", "her")),
    ("“My husband Oskar Brandt runs a bakery,” Lena Brandt said.", "husband", None),
    # step 2, a possessed phrase
    ("Oskar Brandt thanked his daughter on Sunday.", "daughter", ("kin", "his daughter", "his")),
    ("Harlow Motors lost money. The company's chief executive, Ray Ocampo, resigned.",
     "executive", ("appos", "The company's chief executive", "Ocampo")),
    ("Ray Ocampo resigned on Monday. Ocampo's spokesman said he was tired.", "spokesman",
     ("source", "Ocampo's spokesman", None)),
    ("Ray Ocampo resigned on Monday. Reporters called Ocampo's spokesman.", "spokesman", None),
    ("Ray Ocampo resigned on Monday. Ocampo's former campaign strategist said he was tired.",
     "strategist", ("definite", "Ocampo's former campaign strategist", "Ocampo")),
    ("“Our president works hard,” Ray Ocampo said.", "president", None),
    ("Ray Ocampo praised Harlow's engineers.", "engineers", None),
    # step 3, a role with "the" glued to the name after it: that person; a bare title is
    # part of the name's phrase
    ("In the 40th minute the match referee Pavel Novak sent off a defender.", "referee",
     ("appos", "the match referee", "Novak")),
    ("Swedish captain Lars Berg scored twice.", "captain", None),
    # step 4, an apposition: the name after the description, or the name it follows
    ("Another critic, Jane Roe, said the plan was weak.", "critic", ("appos", "Another critic", "Roe")),
    ("Mia Santos, the model, posted a photo.", "model", ("appos", "the model", "Santos")),
    # a person's name the parser hung on the organisation after the role
    ("The chairman of the Harlow Party, Daniel Okafor, said the vote was fair.", "chairman",
     ("appos", "The chairman", "Okafor")),
    ("The mayor of Springfield, Illinois, said the vote was fair.", "mayor", ("definite", "The mayor", None)),
    # step 5, a predicate says what, not who
    ("Mia Santos is a model.", "model", None),
    ("Mia Santos has emerged as the favourite candidate.", "candidate", None),
    # step 6, a definite person noun refers back; an unnamed source is someone of their own
    ("Mia Santos posted a photo. The model wrote that she was happy.", "model",
     ("definite", "The model", None)),
    ("The voters wanted change.", "voters", None),
    ("An insider said the deal was done.", "insider", ("source", "An insider", None)),
    ("Sources said the deal was done.", "Sources", ("source", "Sources", None)),
    ("She felt like a new teacher.", "teacher", None),
]


@pytest.mark.parametrize("text,head,expected", ROWS)
def test_classify_golden_rows(nlp, text, head, expected):
    c = _descriptor(nlp, text, head)
    if expected is None:
        assert c is None, c
        return
    mode, span, owner = expected
    assert c is not None
    assert (c.mode, c.text) == (mode, span)
    doc = nlp(text)
    assert (doc[c.owner].text if c.owner is not None else None) == owner
    assert text[c.start_char:c.end_char] == c.text
