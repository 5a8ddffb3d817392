"""Pronouns: third-person singular personal pronouns, with their gender.

"they/them" are left out on purpose: in news they refer to groups,
organisations and countries far more often than to one person, and a wrong
link costs a quote its speaker. First and second person pronouns belong to the
speaker of the quotation they stand in, which the quotes layer resolves.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.entities.lexicon import PRONOUNS
from dateline.entities.mentions import Candidate, SentenceMap, make_candidate

PRONOUN_TAGS = frozenset({"PRP", "PRP$"})


def find_pronouns(doc: Doc, sents: SentenceMap) -> list[Candidate]:
    """Find third-person singular pronouns.

    doc (Doc): the parsed doc. sents (SentenceMap): token -> sentence number.
    RETURNS (list[Candidate]): pronoun candidates in text order.
    """
    out = []
    for tok in doc:
        feats = PRONOUNS.get(tok.lower_)
        if feats is None or tok.tag_ not in PRONOUN_TAGS:
            continue
        out.append(make_candidate(doc, tok.i, tok.i + 1, tok, "pronoun", "pronoun", sents,
                                  gender=feats[0], number=feats[1], key=tok.lower_))
    return out
