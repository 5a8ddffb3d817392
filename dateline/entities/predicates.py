"""Predicate nominals and appositions: noun phrases that say what an entity is.

- a predicate of "be" whose subject is a mention ("Moreau was a volunteer", "He is
  a legend", "she was both an engineer and a pilot"): the subject's entity;
- an apposition to a name ("Ines Moreau, a second-year law student,", "the
  Corvane Trust, a local charity,"): that name's entity.

These are the phrases the other finders leave out whatever their head noun
(descriptors.py and nominals.py only take heads from the lexicon, and never a
predicate). Each becomes a ``predicate`` candidate whose ``owner`` is the subject
or name token; clusters.py adds it to the owner's entity and brings nobody into
focus. Left out: a negated or questioned predicate ("was not a member"), a
predicate or apposition whose number differs from its owner's ("one of the
founders"), and nouns after "as" ("as a teenager": a time of life, not a mention).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.entities.lexicon import COMMON_NOUN_TAGS, COPULAS, PREDICATE_DETERMINERS
from dateline.entities.mentions import (
    Candidate,
    SentenceMap,
    TokenArrays,
    apposition_owner,
    free_nouns,
    hashes,
    make_candidate,
)

DEP_IDS = hashes(["attr", "appos"])


def find_predicates(doc: Doc, sents: SentenceMap, name_heads: dict[int, int], taken: set[int],
                    arrays: TokenArrays) -> list[Candidate]:
    """Find predicate-nominal and apposition candidates, in text order: nouns in an
    ``attr`` or ``appos`` relation that are in no name (``name_heads``) and no other
    finder's head (``taken``; the arguments are those of nominals.find_nominals)."""
    out: list[Candidate] = []
    for tok in free_nouns(doc, arrays.dep, DEP_IDS, COMMON_NOUN_TAGS, name_heads, taken):
        if any(c.dep_ == "nummod" or c.like_num for c in tok.lefts):
            continue  # "forty percent", "part 17": a quantity or a number, not what it is
        owner = _owner(tok, name_heads)
        if owner is None or not _agrees(tok, owner) or _questioned(tok):
            continue
        for noun in [tok, *_conjuncts(tok)]:
            if noun.i in taken or noun.i in name_heads or noun.tag_ not in COMMON_NOUN_TAGS:
                continue
            start = _left_edge(doc, noun)
            if start is None:
                continue
            out.append(make_candidate(doc, start, noun.i + 1, noun, "descriptor", "predicate", sents,
                                      label="OTHER", number="pl" if noun.tag_ == "NNS" else "sg",
                                      key=noun.lemma_.lower(), owner=owner.i))
    return out


def _owner(tok: Token, name_heads: dict[int, int]) -> Token | None:
    """The subject a predicate nominal describes, or the name an apposition follows."""
    if tok.dep_ == "appos":
        head = apposition_owner(tok)
        return head if head.i in name_heads and head.i < tok.i else None
    verb = tok.head
    if verb.lemma_ not in COPULAS or any(c.dep_ == "neg" for c in verb.children):
        return None
    if any(c.lower_ in ("no", "not") for c in tok.lefts):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > tok.i or subj.tag_ not in ("NNP", "NNPS", "PRP"):
        return None  # only a named or pronoun subject: "the problem is a lack of money" says nothing
    return subj


def _questioned(tok: Token) -> bool:
    """Whether the sentence of ``tok`` is a question ("Was Ferreira a witness?")."""
    sent = tok.sent
    return any(t.text == "?" for t in sent[max(0, tok.i - sent.start):])


def _agrees(tok: Token, owner: Token) -> bool:
    """Whether predicate and owner have the same number (a name counts as singular unless
    tagged plural)."""
    plural_owner = owner.tag_ == "NNPS" or owner.lower_ in ("they", "we", "them")
    return (tok.tag_ == "NNS") == plural_owner


def _conjuncts(tok: Token) -> list[Token]:
    """Nouns coordinated with ``tok`` ("both an artist and a businessperson")."""
    return [c for c in tok.conjuncts if c.i > tok.i and c.dep_ == "conj"]


def _left_edge(doc: Doc, tok: Token) -> int | None:
    """First token of the phrase headed by ``tok`` (its determiner, adjectives and compounds),
    or None when the phrase starts with a word that makes it no mention of one entity."""
    lefts = [c for c in tok.lefts if c.dep_ not in ("cc", "preconj", "punct")]
    start = min((c.left_edge.i for c in lefts), default=tok.i)
    det = next((c for c in lefts if c.dep_ == "det"), None)
    if det is not None and det.lower_ not in PREDICATE_DETERMINERS:
        return None  # "every", "no", "any", "each": no one entity
    while start < tok.i and (doc[start].is_punct or "\n" in doc[start].text_with_ws):
        start += 1
    return start
