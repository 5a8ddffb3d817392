"""Nominals: noun phrases that refer to an organisation, a place or a group of people
without naming it ("the firm", "the 300-member union", "the country", "its
headquarters", "users", "the refugees"), and person nouns the person-descriptor
finder (descriptors.py) leaves alone ("a teenager was arrested").

Each becomes a ``nominal`` candidate with the type its head noun states (lexicon
ORG_NOUNS, PLACE_NOUNS, PEOPLE_NOUNS, PERSON_NOUNS), its number, and how it is
determined (``key`` is the head lemma; ``role`` holds "definite", "possessive",
"bare" (no determiner: "users"), "indefinite" or "modifier" (a singular organisation or
place noun before another noun: "the company website", "a church lawyer")). clusters.py links a definite one back (to an earlier phrase with the
same head, else to the salient named entity of its type) and gives the others an
entity of their own.

The span runs from the left edge of the phrase to its head noun ("the six-member
team", "the company's chief executive"): what comes after the head (a relative
clause, "of ..." ) is left out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.entities.lexicon import (
    COMMON_NOUN_TAGS,
    DEFINITE_DETERMINERS,
    KINSHIP,
    ORG_NOUNS,
    PEOPLE_NOUNS,
    PLACE_NOUNS,
    PLURAL_NOUNS,
)
from dateline.entities.mentions import (
    Candidate,
    SentenceMap,
    TokenArrays,
    determiners,
    free_nouns,
    hashes,
    make_candidate,
)
from dateline.lexicon import PERSON_NOUNS

# Dependencies of a noun that predicates or modifies rather than refers
# ("she is a lawyer", "company shares", "known as the capital").
NOT_REFERRING = frozenset({"attr", "acomp", "oprd", "compound", "npadvmod", "amod", "nmod"})
PLURAL_DETERMINERS = frozenset({"these", "those"})
SECOND_PERSON_POSS = frozenset({"your", "my", "our"})
HEADS = ORG_NOUNS | PLACE_NOUNS | PEOPLE_NOUNS | frozenset(PERSON_NOUNS)
HEAD_IDS = hashes(HEADS)


def noun_type(tok: Token) -> str | None:
    """The contract type a common noun head states, or None.

    RETURNS (str | None): "ORG", "LOC" or "PERSON" (a person or a group of people).
    """
    low = tok.lower_
    if low in ORG_NOUNS:
        return "ORG"
    if low in PLACE_NOUNS:
        return "LOC"
    if low in PEOPLE_NOUNS or low in PERSON_NOUNS or tok.lemma_.lower() in PERSON_NOUNS:
        return "PERSON"
    return None


def find_nominals(doc: Doc, sents: SentenceMap, name_heads: dict[int, int], taken: set[int],
                  arrays: TokenArrays) -> list[Candidate]:
    """Find nominal candidates.

    doc (Doc): the parsed doc. sents (SentenceMap): token -> sentence number.
    name_heads (dict[int, int]): tokens inside names (never nominal heads).
    taken (set[int]): head tokens other finders already made candidates of.
    arrays (TokenArrays): the doc's columns.
    RETURNS (list[Candidate]): in text order.
    """
    out = []
    for tok in free_nouns(doc, arrays.lower, HEAD_IDS, COMMON_NOUN_TAGS, name_heads, taken):
        i = tok.i
        label = noun_type(tok)
        if label is None or tok.lower_ in KINSHIP:
            continue
        modifier = _modifier_of_noun(tok, label, name_heads)
        if (tok.dep_ in NOT_REFERRING and not modifier) or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            continue
        if tok.dep_ == "conj" and tok.head.dep_ in NOT_REFERRING:
            continue
        det, poss = determiners(tok)
        if poss is not None and poss.lower_ in SECOND_PERSON_POSS:
            continue
        plural = tok.tag_ == "NNS" or tok.lower_ in PLURAL_NOUNS
        if det is not None and det.lower_ in PLURAL_DETERMINERS:
            plural = True
        if modifier:
            how = "modifier"
        elif det is not None and det.lower_ in DEFINITE_DETERMINERS | PLURAL_DETERMINERS:
            how = "definite"
        elif poss is not None:
            how = "possessive"
        elif det is None and not any(c.dep_ == "nummod" for c in tok.lefts):
            how = "bare"
        else:
            how = "indefinite"
        if label == "PERSON" and not plural and how not in ("indefinite", "bare"):
            continue  # a definite person description: descriptors.py decided it
        start = _left_edge(doc, tok)
        out.append(make_candidate(doc, start, i + 1, tok, "descriptor", "nominal", sents,
                                  label=label, number="pl" if plural else "sg",
                                  key=tok.lemma_.lower(), role=how,
                                  owner=poss.i if poss is not None else None,
                                  gender=PERSON_NOUNS.get(tok.lower_)))
    return out


def _modifier_of_noun(tok: Token, label: str | None, name_heads: dict[int, int]) -> bool:
    """Whether ``tok`` is a singular organisation or place noun that modifies a singular noun
    ("the company website", "a church lawyer", "city mayor X"): it may stand for the
    organisation or place the article names (nominal_links.py links it only to one)."""
    # a plural head is as often said of any such body ("university art galleries")
    return (label in ("ORG", "LOC") and tok.dep_ == "compound" and tok.tag_ == "NN"
            and tok.head.tag_ == "NN" and tok.head.i not in name_heads
            and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.lefts))


def _left_edge(doc: Doc, tok: Token) -> int:
    """First token of the phrase headed by ``tok``: its left edge, without leading
    punctuation or a line break the parser attached to it."""
    start = tok.left_edge.i
    while start < tok.i and (doc[start].is_punct or doc[start].is_space or "\n" in doc[start].text):
        start += 1
    for k in range(start, tok.i):
        if "\n" in doc[k].text_with_ws:
            start = k + 1  # never across a line break
    return start
