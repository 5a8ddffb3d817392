"""Descriptors: noun phrases that refer to a person without naming them.

Four shapes, told apart by determiner and dependency (the ``mode``):

- ``appos``: an apposition to a name ("Santos, the architect,"): that person.
- ``kin``: a possessive kinship phrase ("his wife", "her late son"): resolved
  through the owner's relations.
- ``definite``: "the" + a person noun ("the cookbook author"): refers back.
- ``source``: an unnamed source ("an insider", "a source close to X", "sources"):
  an entity of its own.

The mention span runs from the determiner (or possessor) to the head noun, so it
leaves out a trailing apposition age ("the host, 35,") and keeps a quoted title
before the head ("the “Title” singer").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.entities.lexicon import (
    DEFINITE_DETERMINERS,
    DESCRIPTOR_HEAD_TAGS,
    EMPLOYER_PREPS,
    KINSHIP,
    ORG_ROLE_SUFFIXES,
    PLURAL_SOURCES,
    SOURCE_DETERMINERS,
    SOURCE_NOUNS,
)
from dateline.entities.mentions import (
    Candidate,
    SentenceMap,
    TokenArrays,
    apposition_owner,
    determiners,
    hashes,
    make_candidate,
)
from dateline.entities.quoted import SPEECH_VERBS
from dateline.entities.relations import named_person
from dateline.lexicon import PERSON_NOUNS

FIRST_SECOND_POSS = frozenset({"my", "our", "your", "their", "its"})
HEAD_WORDS = frozenset(PERSON_NOUNS) | frozenset(KINSHIP) | SOURCE_NOUNS
HEAD_IDS = hashes(HEAD_WORDS)
NSUBJ_ID = hashes(["nsubj"])
# Dependencies of a descriptor that predicates rather than refers ("she is a model").
PREDICATIVE = frozenset({"attr", "acomp", "oprd", "compound", "npadvmod", "conj"})
# Modifiers kept in the span of an unnamed source ("a source close to ...").
SOURCE_RIGHT = frozenset({"amod", "prep", "acl"})


def find_descriptors(doc: Doc, sents: SentenceMap, name_heads: dict[int, int],
                     arrays: TokenArrays) -> list[Candidate]:
    """Find descriptor candidates in ``doc``.

    doc (Doc): the parsed doc. sents (SentenceMap): token -> sentence number.
    name_heads (dict[int, int]): token index -> index of the name candidate it
        belongs to (tokens inside names are never descriptor heads).
    arrays (TokenArrays): the doc's columns.
    RETURNS (list[Candidate]): in text order.
    """
    out: list[Candidate] = []
    heads = set(arrays.where(arrays.lower, HEAD_IDS))
    # person-noun heads, and subjects that may be "the commission said"
    for i in sorted(heads.union(arrays.where(arrays.dep, NSUBJ_ID))):
        tok = doc[i]
        low = tok.lower_
        if i not in heads:
            if tok.tag_ == "NN" and tok.head.lemma_ in SPEECH_VERBS:
                cand = _organisation_reference(doc, tok, low, sents)
                if cand is not None:
                    out.append(cand)
            continue
        if tok.tag_ not in DESCRIPTOR_HEAD_TAGS or tok.i in name_heads:
            continue
        if tok.tag_ == "NNP" and tok.is_title and tok.i > 0 and not doc[tok.i - 1].is_punct \
                and ((tok.ent_iob_ != "O" and not _role_cut_from_name(doc, tok, name_heads)) or tok.dep_ != "appos"):
            # a capitalised head inside a proper name ("the Model Agency"); a capitalised
            # title in apposition outside any name is a description ("X, the Acme Chief
            # Executive Officer,")
            continue
        cand = _classify(doc, tok, low, sents, name_heads)
        if cand is not None:
            out.append(cand)
    return out


def _role_cut_from_name(doc: Doc, tok: Token, name_heads: dict[int, int]) -> bool:
    """Whether ``tok`` is a role the tagger glued to the end of an organisation's name
    and names.py cut off ("the State Department Spokesperson")."""
    return tok.lower_ in ORG_ROLE_SUFFIXES and tok.ent_type_ == "ORG" and tok.i - 1 in name_heads


@dataclass(frozen=True)
class _Phrase:
    """A person-noun phrase being classified: its head, determiner, possessor and the
    agreement features it states."""

    doc: Doc
    tok: Token
    low: str
    sents: SentenceMap
    det: Token | None
    poss: Token | None
    plural: bool
    gender: str | None
    role: str | None

    @property
    def number(self) -> str:
        return "pl" if self.plural else "sg"

    def candidate(self, start: int, mode: str, end: int | None = None, **features: object) -> Candidate:
        """The descriptor candidate from token ``start`` to the head (or ``end``)."""
        features = {"gender": self.gender, "number": self.number, "key": self.low, "role": self.role,
                    **features}
        return make_candidate(self.doc, start, self.tok.i + 1 if end is None else end, self.tok,
                              "descriptor", mode, self.sents, **features)


def _classify(doc: Doc, tok: Token, low: str, sents: SentenceMap,
              name_heads: dict[int, int]) -> Candidate | None:
    """Decide the mode of the noun phrase headed by ``tok`` (see the module docstring), in
    steps: a kinship noun glued to a name; a role with "the" glued to a name; a possessed
    phrase; an apposition; a predicate (no mention); a definite description or an unnamed
    source.

    RETURNS (Candidate | None): the descriptor candidate, or None when the phrase
        predicates ("she is a model"), belongs to the speaker ("my son") or is no person.
    """
    det, poss = determiners(tok)
    if low in KINSHIP and tok.dep_ == "compound" and tok.head.i in name_heads and poss is None:
        return _glued_kinship(doc, tok, low, sents)
    plural = tok.tag_ == "NNS"
    gender = KINSHIP[low][1] if low in KINSHIP else PERSON_NOUNS.get(low)
    p = _Phrase(doc, tok, low, sents, det, poss, plural, gender, _role(tok, low))
    glued = _role_before_name(p, name_heads)
    if glued is not None:
        return glued
    if poss is not None:
        return _possessed(p, poss, name_heads)
    apposed = _apposition(p, name_heads)
    if apposed is not None:
        return apposed
    if tok.dep_ in PREDICATIVE or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
        return None  # "has emerged as the favourite": says what, not who
    return _definite_or_source(p)


def _glued_kinship(doc: Doc, tok: Token, low: str, sents: SentenceMap) -> Candidate | None:
    """ "her husband John Roe" parsed with "husband" glued to the name: the owner is the
    possessive on the name (none, or the speaker's "my": no candidate)."""
    poss = next((c for c in tok.head.lefts if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ in FIRST_SECOND_POSS:
        return None
    return make_candidate(doc, poss.left_edge.i, tok.i + 1, tok, "descriptor", "kin", sents,
                          gender=KINSHIP[low][1], number="sg", key=low, owner=poss.i)


def _possessed(p: _Phrase, poss: Token, name_heads: dict[int, int]) -> Candidate | None:
    """A phrase with a possessor: kinship ("his wife"), a role named after it ("the
    company's chief executive, Ray Roe,"), a speaking source ("Whitlow's spokesman said"),
    or a role that refers back, but not to its possessor ("Hale's former strategist")."""
    tok, low = p.tok, p.low
    if poss.lower_ in FIRST_SECOND_POSS:
        return None  # "our president", "my son": the speaker's, resolved by nobody here
    start = poss.left_edge.i
    if low in KINSHIP:
        return p.candidate(start, "kin", number=KINSHIP[low][2], owner=poss.i, role=None)
    person = low in PERSON_NOUNS and not p.plural and tok.dep_ not in PREDICATIVE
    named = [c for c in tok.rights if c.dep_ == "appos" and c.i in name_heads]
    if named and person:
        return p.candidate(start, "appos", owner=named[0].i)
    if low in SOURCE_NOUNS:
        # "Whitlow's spokesman said": someone of their own, named by the phrase.
        return p.candidate(start, "source") if tok.dep_ in ("nsubj", "nsubjpass") else None
    if person:
        return p.candidate(start, "definite", owner=poss.i, number="sg")
    return None


def _role_before_name(p: _Phrase, name_heads: dict[int, int]) -> Candidate | None:
    """A role with its own definite article right before a person's name, which the parser
    glued to the name or set beside it ("the match referee Pavel Novak"): a mention of that
    person, from the article to the role. A bare title ("Swedish captain Milan Horak")
    stays part of the name's phrase, and "his wife Ana Roe" is kinship; None for those and
    any other phrase."""
    tok, doc = p.tok, p.doc
    after = tok.i + 1
    if p.low in KINSHIP or p.plural or p.low not in PERSON_NOUNS or after not in name_heads:
        return None
    end = after
    while end < len(doc) and name_heads.get(end) == name_heads[after]:
        end += 1
    head = next((t for t in doc[after:end] if not after <= t.head.i < end), doc[end - 1])  # the name's head
    if not ((tok.dep_ == "compound" and tok.head.i in name_heads)
            or (tok.dep_ == head.dep_ and tok.head.i == head.head.i)):
        return None
    start = tok.left_edge.i
    left = list(doc[start:tok.i])
    if start > 0 and doc[start - 1].dep_ == "det" and doc[start - 1].head.i in name_heads:
        start -= 1  # "the referee Pavel Novak" parsed with "the" on the name
        left.insert(0, doc[start])
    # Only "the": a possessed role before a name ("Ostrava's goalkeeper Milan Horak") is
    # annotated as part of the name's phrase as often as as a mention of its own (the
    # PolNeAR hand gold, tests/entities/README.md, against GUM).
    if any(t.dep_ == "poss" for t in left) or not any(
            t.dep_ == "det" and t.lower_ in DEFINITE_DETERMINERS for t in left):
        return None
    return p.candidate(start, "appos", owner=head.i)


def _apposition(p: _Phrase, name_heads: dict[int, int]) -> Candidate | None:
    """A description with a name in apposition after it ("Another critic, Jane Roe,"), or
    in apposition to the name before it ("Santos, the architect,"); None for neither."""
    tok, det = p.tok, p.det
    start = det.i if det is not None else tok.left_edge.i
    named = [c for c in tok.rights if c.dep_ == "appos" and c.i in name_heads] or _apposed_to_employer(tok, name_heads) \
        or _name_given(tok, name_heads)
    if named and p.low not in KINSHIP and not p.plural and tok.dep_ not in PREDICATIVE:
        return p.candidate(min(start, tok.i), "appos", owner=named[0].i)
    if tok.dep_ == "appos" and apposition_owner(tok).i in name_heads:
        return p.candidate(start, "appos", owner=apposition_owner(tok).i)
    return None


def _apposed_to_employer(tok: Token, name_heads: dict[int, int]) -> list[Token]:
    """The person's name the parser hung on the name after the role's preposition instead
    of on the role ("The chairman of the Harlow Party, Daniel Okafor, said": "Okafor" in
    apposition to "Party"); only a name the tagger calls a person ("the mayor of
    Springfield, Illinois," is a place after a place). RETURNS (list[Token]): none or it."""
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in EMPLOYER_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.i in name_heads:
                return [a for a in obj.rights if a.dep_ == "appos" and a.i in name_heads
                        and a.ent_type_ == "PERSON" and name_heads[a.i] != name_heads[obj.i]]
    return []


def _name_given(tok: Token, name_heads: dict[int, int]) -> list[Token]:
    """The name a naming phrase after the noun gives it ("a singer known as Velvet Crane",
    "a man named X", relations.named_person). RETURNS (list[Token]): none or it."""
    for clause in tok.rights:
        if clause.dep_ in ("acl", "relcl"):
            return [t for t in clause.subtree if t.i in name_heads and named_person(t) == tok][:1]
    return []


def _definite_or_source(p: _Phrase) -> Candidate | None:
    """ "the cookbook author" (refers back), or an unnamed source that speaks ("an insider
    told", "a narrator says", "sources said": an entity of its own); else None."""
    tok, low, det = p.tok, p.low, p.det
    det_low = det.lower_ if det is not None else ""
    if det is not None and det_low in DEFINITE_DETERMINERS and not p.plural and low in PERSON_NOUNS:
        return p.candidate(det.i, "definite", number="sg")
    if p.plural and low not in PLURAL_SOURCES:
        return None
    if (low in SOURCE_NOUNS or (low in PERSON_NOUNS and not p.plural)) and _speaks(tok) \
            and (det_low in SOURCE_DETERMINERS or (det is None and p.plural and low in SOURCE_NOUNS)):
        start = det.i if det is not None else tok.left_edge.i
        return p.candidate(min(start, tok.i), "source", end=_source_end(tok))
    return None


def _organisation_reference(doc: Doc, tok: Token, low: str, sents: SentenceMap) -> Candidate | None:
    """ "the commission said" after "the Commission on ...": a speaking organisation
    referred to by a word of its name (clusters.py checks the word against names)."""
    det = next((c for c in tok.lefts if c.dep_ == "det"), None)
    if det is None or det.lower_ not in DEFINITE_DETERMINERS:
        return None
    return make_candidate(doc, det.i, tok.i + 1, tok, "descriptor", "orgref", sents, label="ORG",
                          key=low, number="sg")


def _speaks(tok: Token) -> bool:
    """Whether an unnamed-source NP is an agent ("a source said", "an insider telling",
    "according to sources"), not a bystander ("looking like a stranger")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VBD", "VBZ", "VBP") for c in tok.rights):
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "by") and (
        prep.lower_ == "by" or prep.head.lower_ == "according")


def _source_end(tok: Token) -> int:
    """End of an unnamed source's span: the head plus "close to X"/"familiar with X"."""
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "amod" or (child.dep_ == "prep" and child.lower_ in ("close", "familiar", "with", "from", "in", "at")):
            if child.i == end:
                end = child.right_edge.i + 1
                # stop before an apposition or clause after it ("..., a division of ...")
                for i in range(child.i, end):
                    if tok.doc[i].text in (",", "(", "—", ";"):
                        end = i
                        break
        else:
            break
    return end


def _role(tok: Token, low: str) -> str | None:
    """The occupation a descriptor states: its head with common-noun compounds ("cookbook author")."""
    if low in KINSHIP or low in ("man", "woman", "person", "people", "source", "sources",
                                 "insider", "insiders", "native", "girl", "boy", "lady"):
        return None
    mods = [c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.tag_ in ("NN", "NNS")]
    # "the former president" no longer holds the office "the president" names.
    former = ["former"] if any(c.lower_ in ("former", "ex") for c in tok.lefts) else []
    return " ".join([*former, *mods, tok.lemma_.lower() if tok.tag_ == "NNS" else low])
