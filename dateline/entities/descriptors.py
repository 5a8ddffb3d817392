"""Descriptors: noun phrases that refer to a person without naming them.

Four shapes, told apart by determiner and dependency (the ``mode``):

- ``appos``: an apposition to a name ("Teigen, the model,"): that person.
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

from spacy.tokens import Doc, Token

from dateline.entities.lexicon import (
    DEFINITE_DETERMINERS,
    KINSHIP,
    PLURAL_SOURCES,
    SOURCE_DETERMINERS,
    SOURCE_NOUNS,
)
from dateline.entities.mentions import Candidate, SentenceMap, TokenArrays, hashes, make_candidate
from dateline.entities.quoted import SPEECH_VERBS
from dateline.lexicon import PERSON_NOUNS

FIRST_SECOND_POSS = frozenset({"my", "our", "your", "their", "its"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP"})
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
        if tok.tag_ not in NOUN_TAGS or tok.i in name_heads:
            continue
        if tok.tag_ == "NNP" and tok.is_title and tok.i > 0 and not doc[tok.i - 1].is_punct \
                and (tok.ent_iob_ != "O" or tok.dep_ != "appos"):
            # a capitalised head inside a proper name ("the Model Agency"); a capitalised
            # title in apposition outside any name is a description ("X, the Acme Chief
            # Executive Officer,")
            continue
        cand = _classify(doc, tok, low, sents, name_heads)
        if cand is not None:
            out.append(cand)
    return out


def _classify(doc: Doc, tok: Token, low: str, sents: SentenceMap,
              name_heads: dict[int, int]) -> Candidate | None:
    """Decide the mode of the noun phrase headed by ``tok`` (see the module docstring).

    RETURNS (Candidate | None): the descriptor candidate, or None when the phrase
        predicates ("she is a model"), belongs to the speaker ("my son") or is no person.
    """
    det: Token | None = None
    poss: Token | None = None
    for child in tok.lefts:
        if child.dep_ == "det" and det is None:
            det = child
        elif child.dep_ == "poss" and poss is None:
            poss = child
    if low in KINSHIP and tok.dep_ == "compound" and tok.head.i in name_heads and poss is None:
        # "her husband John Roe" parsed with "husband" glued to the name: the owner is
        # the possessive on the name.
        poss = next((c for c in tok.head.lefts if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ in FIRST_SECOND_POSS:
            return None
        return make_candidate(doc, poss.left_edge.i, tok.i + 1, tok, "descriptor", "kin", sents,
                              gender=KINSHIP[low][1], number="sg", key=low, owner=poss.i)
    plural = tok.tag_ == "NNS"
    gender = KINSHIP[low][1] if low in KINSHIP else PERSON_NOUNS.get(low)
    number = "pl" if plural else "sg"
    role = _role(tok, low)
    if poss is not None:
        if poss.lower_ in FIRST_SECOND_POSS:
            return None  # "our president", "my son": the speaker's, resolved by nobody here
        start = poss.left_edge.i
        if low in KINSHIP:
            number = KINSHIP[low][2]
            return make_candidate(doc, start, tok.i + 1, tok, "descriptor", "kin", sents,
                                  gender=gender, number=number, key=low, owner=poss.i, role=None)
        named = [c for c in tok.rights if c.dep_ == "appos" and c.i in name_heads]
        if named and low in PERSON_NOUNS and not plural and tok.dep_ not in PREDICATIVE:
            # "the company's chief executive, Ray Roe,": the person named after it
            return make_candidate(doc, start, tok.i + 1, tok, "descriptor", "appos", sents,
                                  gender=gender, number=number, key=low, owner=named[0].i, role=role)
        if low in SOURCE_NOUNS:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                # "Trump's spokesman said": someone of their own, named by the phrase.
                return make_candidate(doc, start, tok.i + 1, tok, "descriptor", "source", sents,
                                      gender=gender, number=number, key=low, role=role)
            return None
        if low in PERSON_NOUNS and not plural and tok.dep_ not in PREDICATIVE:
            # "Obama's former campaign strategist said": refers back, but not to Obama.
            return make_candidate(doc, start, tok.i + 1, tok, "descriptor", "definite", sents,
                                  gender=gender, key=low, owner=poss.i, role=role)
        return None
    named = [c for c in tok.rights if c.dep_ == "appos" and c.i in name_heads]
    if named and low not in KINSHIP and not plural and tok.dep_ not in PREDICATIVE:
        # "Another critic, Jane Roe, said": the description names the person after it.
        start = det.i if det is not None else tok.left_edge.i
        return make_candidate(doc, min(start, tok.i), tok.i + 1, tok, "descriptor", "appos", sents,
                              gender=gender, number=number, key=low, owner=named[0].i, role=role)
    if tok.dep_ == "appos" and tok.head.i in name_heads:
        start = det.i if det is not None else tok.left_edge.i
        return make_candidate(doc, start, tok.i + 1, tok, "descriptor", "appos", sents,
                              gender=gender, number=number, key=low, owner=tok.head.i, role=role)
    if tok.dep_ in PREDICATIVE or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
        return None  # "has emerged as the favourite": says what, not who
    det_low = det.lower_ if det is not None else ""
    if det_low in DEFINITE_DETERMINERS and not plural and low in PERSON_NOUNS:
        return make_candidate(doc, det.i, tok.i + 1, tok, "descriptor", "definite", sents,  # type: ignore[union-attr]
                              gender=gender, key=low, role=role)
    if plural and low not in PLURAL_SOURCES:
        return None
    if (low in SOURCE_NOUNS or (low in PERSON_NOUNS and not plural)) and _speaks(tok) \
            and (det_low in SOURCE_DETERMINERS or (det is None and plural and low in SOURCE_NOUNS)):
        # "an insider told", "a narrator says", "sources said": an unnamed person of their own
        start = det.i if det is not None else tok.left_edge.i
        end = _source_end(tok)
        return make_candidate(doc, min(start, tok.i), end, tok, "descriptor", "source", sents,
                              gender=gender, number=number, key=low, role=role)
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
    "according to sources"), not a bystander ("feeling like a new person")."""
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
