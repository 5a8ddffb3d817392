"""Pronouns: third-person personal pronouns, with their gender and number.

he/she/him/her/his... refer to people (clusters.py resolves them by salience).
they/them/their refer in news to organisations, groups and countries far more
often than to one person, so clusters.py links them only to a group that was
the subject of the same or the previous sentence. First and second person
pronouns belong to the speaker of the quotation they stand in, which the quotes
layer resolves.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.entities.lexicon import PRONOUNS
from dateline.entities.mentions import Candidate, SentenceMap, TokenArrays, hashes, make_candidate

PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
PRONOUN_IDS = hashes(PRONOUNS)


def find_pronouns(doc: Doc, sents: SentenceMap, arrays: TokenArrays) -> list[Candidate]:
    """Find third-person pronouns.

    doc (Doc): the parsed doc. sents (SentenceMap): token -> sentence number.
    arrays (TokenArrays): the doc's columns.
    RETURNS (list[Candidate]): pronoun candidates in text order.
    """
    out = []
    for i in arrays.where(arrays.lower, PRONOUN_IDS):
        tok = doc[i]
        feats = PRONOUNS[tok.lower_]
        if tok.tag_ not in PRONOUN_TAGS:
            continue
        out.append(make_candidate(doc, tok.i, tok.i + 1, tok, "pronoun", "pronoun", sents,
                                  gender=feats[0], number=feats[1], key=tok.lower_))
    return out
