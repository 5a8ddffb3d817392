"""Pronouns: personal pronouns of every person, with their gender and number.

- he/she/him/her/his...: people (clusters.py resolves them by salience);
- they/them/their: a group: an organisation, a place or a plural phrase in focus;
- it/its/itself (mode ``neuter``): the organisation or place in focus, never a person;
  "it" that points forward to a clause ("it is likely that ...") is left out;
- I/me/my/we/us/our (mode ``first``): inside a quotation, its speaker; outside one
  they are left out (the writer, or the speaker of a quotation the layer cannot see).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.entities.lexicon import (
    FIRST_PERSON,
    NEUTER_PRONOUNS,
    ORDINAL_REFERENCES,
    PRONOUNS,
    TAKEN_AMOUNTS,
)
from dateline.entities.mentions import Candidate, SentenceMap, TokenArrays, hashes, make_candidate

PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
PRONOUN_IDS = hashes(list(PRONOUNS) + list(NEUTER_PRONOUNS) + list(FIRST_PERSON))
ORDINAL_IDS = hashes(list(ORDINAL_REFERENCES))
# Heads of a forward-pointing "it": "it is clear that", "it seems", "it takes time to".
RAISING_VERBS = frozenset({"seem", "appear", "take", "rain", "snow", "matter", "happen", "remain"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj", "advcl"})
# Dependencies of a noun phrase that refers ("the latter said", "for the former").
REFERRING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative"})


def find_pronouns(doc: Doc, sents: SentenceMap, arrays: TokenArrays) -> list[Candidate]:
    """Find personal pronouns.

    doc (Doc): the parsed doc. sents (SentenceMap): token -> sentence number.
    arrays (TokenArrays): the doc's columns.
    RETURNS (list[Candidate]): pronoun candidates in text order.
    """
    out = []
    for i in arrays.where(arrays.lower, PRONOUN_IDS):
        tok = doc[i]
        if tok.tag_ not in PRONOUN_TAGS:
            continue
        low = tok.lower_
        if low in PRONOUNS:
            gender, number = PRONOUNS[low]
            out.append(make_candidate(doc, i, i + 1, tok, "pronoun", "pronoun", sents,
                                      gender=gender, number=number, key=low))
        elif low in NEUTER_PRONOUNS:
            if low == "it" and pleonastic(tok):
                continue
            out.append(make_candidate(doc, i, i + 1, tok, "pronoun", "neuter", sents,
                                      label="ORG", number="sg", key=low))
        elif low in FIRST_PERSON:
            out.append(make_candidate(doc, i, i + 1, tok, "pronoun", "first", sents,
                                      number=FIRST_PERSON[low], key=low))
    return out


def find_ordinal_references(doc: Doc, sents: SentenceMap, arrays: TokenArrays) -> list[Candidate]:
    """ "the former" / "the latter" standing as a noun phrase ("Harlow sued Norvale, and the latter
    countersued"), not as an adjective ("the former president"): ``ordinal`` candidates."""
    out = []
    for i in arrays.where(arrays.lower, ORDINAL_IDS):
        tok = doc[i]
        if tok.dep_ in REFERRING_DEPS and tok.i > 0 \
                and doc[tok.i - 1].lower_ == "the" and doc[tok.i - 1].head.i == tok.i:
            out.append(make_candidate(doc, tok.i - 1, tok.i + 1, tok, "descriptor", "ordinal", sents,
                                      label="OTHER", key=tok.lower_))
    return out


def pleonastic(tok: Token) -> bool:
    """Whether "it" points forward to a clause or is empty ("it is clear that ...",
    "it seems", "it was the first time they ...", "make it possible to")."""
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ in RAISING_VERBS:
            # "it takes time to", but "it took a stake in", "it has not taken steps to"
            return head.lemma_ != "take" or _takes_an_amount(head)
        if head.lemma_ == "be" and any(c.dep_ in CLAUSE_DEPS and c.i > head.i for c in head.children):
            return True
        if any(c.dep_ in ("acomp", "attr") and any(g.dep_ in CLAUSE_DEPS | {"relcl"} for g in c.children)
               for c in head.children):
            return True
    return tok.dep_ == "dobj" and any(c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > tok.i
                                      for c in head.children)


def _takes_an_amount(verb: Token) -> bool:
    """Whether "take" measures what something costs ("it takes two years", "it took a lot
    of work to"): no object, or an object of time or effort, or a number of something."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is None or obj.lemma_.lower() in TAKEN_AMOUNTS or any(c.dep_ == "nummod" for c in obj.children)
