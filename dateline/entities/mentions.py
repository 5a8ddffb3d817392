"""Mention candidates: the internal, token-level record every finder yields.

A ``Candidate`` is a span of the doc that may refer to an entity: a name, a
descriptor ("the cookbook author", "his wife", "an insider") or a pronoun. The
finders (names.py, descriptors.py, pronouns.py) yield them; clusters.py links
them into entities. Offsets are token indices plus the character offsets the
contract needs (``doc.text[start_char:end_char] == text``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, IDX, LOWER, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from dateline.lexicon import SUBJECT_DEPS

# How a candidate came to be: decides how clusters.py resolves it.
MODES = ("name", "pronoun", "definite", "kin", "source", "appos", "orgref", "nominal", "neuter",
         "first", "nested", "predicate", "ordinal")


@dataclass(frozen=True)
class Candidate:
    """One possible mention, before clustering.

    start (int): first token index. end (int): token index past the last one.
    head (int): the syntactic head token. kind (str): name/descriptor/pronoun.
    mode (str): one of MODES. label (str): contract type (names) or "PERSON".
    gender (str | None), number (str): agreement features ("sg"/"pl").
    key (str): for names, the normalised name; for descriptors, the role word.
    owner (int | None): possessor token of a kinship descriptor ("his" in "his wife").
    role (str | None): an office or occupation the mention states ("Sen." -> senator).
    """

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    head: int
    kind: str
    mode: str
    label: str = "PERSON"
    gender: str | None = None
    number: str = "sg"
    key: str = ""
    owner: int | None = None
    role: str | None = None
    subject: bool = False
    sent: int = 0
    quote: int = -1  # index of the quotation the head stands in (quoted.py), -1 outside


class SentenceMap:
    """Token index -> sentence number, by bisection over sentence starts (no per-token work)."""

    def __init__(self, doc: Doc) -> None:
        self.n = len(doc)
        starts = [0]
        if doc.has_annotation("SENT_START"):
            starts = np.flatnonzero(doc.to_array([SENT_START]) == 1).tolist() or [0]
            if starts[0] != 0:
                starts.insert(0, 0)
        self.starts = starts

    def __call__(self, i: int) -> int:
        """RETURNS the number of the sentence holding token ``i``."""
        return bisect.bisect_right(self.starts, i) - 1

    def end(self, i: int) -> int:
        """RETURNS the token index just past the sentence holding token ``i``."""
        k = self(i) + 1
        return self.starts[k] if k < len(self.starts) else self.n


def make_candidate(doc: Doc, start: int, end: int, head: Token, kind: str, mode: str,
                   sents: SentenceMap, **features: object) -> Candidate:
    """Build a Candidate for tokens ``start:end`` of ``doc``.

    RETURNS (Candidate): with character offsets and text taken from the doc.
    """
    span = doc[start:end]
    return Candidate(start, end, span.start_char, span.end_char, span.text, head.i, kind, mode,
                     subject=head.dep_ in SUBJECT_DEPS, sent=sents(head.i), **features)  # type: ignore[arg-type]


def determiners(tok: Token) -> tuple[Token | None, Token | None]:
    """The first determiner and the first possessor among a noun's left children (either
    may be None)."""
    det: Token | None = None
    poss: Token | None = None
    for child in tok.lefts:
        if child.dep_ == "det" and det is None:
            det = child
        elif child.dep_ == "poss" and poss is None:
            poss = child
    return det, poss


def free_nouns(doc: Doc, column: np.ndarray, ids: np.ndarray, tags: frozenset[str],
               name_heads: dict[int, int], taken: set[int]) -> Iterable[Token]:
    """Tokens whose ``column`` value is one of ``ids``, tagged one of ``tags``, inside no
    name and not yet the head of another finder's candidate: a finder's heads."""
    for i in TokenArrays.where(column, ids):
        tok = doc[i]
        if i not in taken and i not in name_heads and tok.tag_ in tags:
            yield tok


def apposition_owner(tok: Token) -> Token:
    """The phrase the apposition ``tok`` describes: its head, or for a singular apposition the
    last conjunct of its head before it, which the parser passes over ("Dana Whitlow and
    Ray Ocampo, a retired judge,": Ocampo)."""
    head = tok.head
    if tok.tag_ != "NN":
        return head  # "X and Y, both lawyers,": the pair
    return max((c for c in head.conjuncts if head.i < c.i < tok.i), key=lambda c: c.i, default=head)


def clause_root(tok: Token) -> Token:
    """The root of the parse tree holding ``tok`` (its sentence's main verb)."""
    while tok.head.i != tok.i:
        tok = tok.head
    return tok


def hashes(words: Iterable[str]) -> np.ndarray:
    """The string ids of ``words`` (as spaCy stores LOWER/ORTH/DEP), for ``np.isin``."""
    return np.array([get_string_id(w) for w in words], dtype=np.uint64)


class TokenArrays:
    """Columns of one doc as numpy arrays, so finders touch only the tokens that match a
    lexicon instead of walking every token in Python.

    doc (Doc): the parsed doc.
    """

    def __init__(self, doc: Doc) -> None:
        cols = doc.to_array([LOWER, ORTH, IDX, DEP]) if len(doc) else np.zeros((0, 4), dtype=np.uint64)
        self.lower = cols[:, 0]
        self.orth = cols[:, 1]
        self.idx = cols[:, 2]
        self.dep = cols[:, 3]
        # Doc.text joins every token each time it is read: build it once per doc.
        self.text = doc.text

    @staticmethod
    def where(column: np.ndarray, ids: np.ndarray) -> list[int]:
        """RETURNS the token indices whose value in ``column`` is one of ``ids``."""
        return np.flatnonzero(np.isin(column, ids)).tolist()
