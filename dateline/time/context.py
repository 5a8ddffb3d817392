"""Context from the spaCy parse: sentence bounds, the tense governing an expression,
and whether a number token counts things rather than naming a year.

Only the tokens of tagged expressions are visited (a few per sentence), never the
whole doc in Python: token offsets come from one numpy array.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Token

from dateline.text.quotation import outer_quotations
from dateline.time.data.lexicon import (
    BE_FORMS,
    DATING_PREPS,
    FORWARD_CUES,
    FUTURE_AUX,
    MEASURED_NOUNS,
    OCCASION_NOUNS,
    OPENERS,
    REPORTING,
    SCHEDULING,
    SPAN_END_CUES,
)

PAST_TAGS = frozenset({"VBD"})
MAX_HEAD_STEPS = 6
# A time expression hanging directly on the verb with one of these labels dates it
# ("Tuesday", "last week", "two years ago", "days later").
DATING_DEPS = frozenset({"npadvmod", "tmod", "advmod", "obl", "nmod", "pobj"})
# Inside an occasion noun ("in a 2015 interview", "at a conference in May"): the time
# modifies that noun, which is where the happening took place.
OCCASION_DEPS = frozenset({"compound", "amod", "nummod", "nmod", "npadvmod", "poss"})
# Modifiers of an event noun that date it ("the 2003 launch", "Monday's vote").
NOUN_TIME_DEPS = frozenset({"compound", "nummod", "amod", "npadvmod", "poss", "nmod"})
# Time nouns a number may modify and still be a year ("1990 levels" no, "2016 election" yes):
# a year before a plural common noun counts things ("2000 people").
COUNT_TAGS = frozenset({"NNS"})


def _past_chain(tok: Token) -> bool:
    """True when ``tok`` or, for an adjective ("had been due to"), the verb it complements is past."""
    for t in (tok, tok.head) if tok.pos_ == "ADJ" else (tok,):
        if t.tag_ == "VBD" or any(a.tag_ == "VBD" for a in t.children if a.dep_ in ("aux", "auxpass")):
            return True
    return False


class DocContext:
    """Token lookups for one doc, built once per doc from spaCy's arrays."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each access: read it once
        arr = doc.to_array([IDX, SENT_START]) if len(doc) else numpy.zeros((0, 2), dtype="int64")
        self.starts = arr[:, 0].astype("int64") if len(doc) else numpy.zeros(0, dtype="int64")
        if len(doc):
            sent_tok = numpy.flatnonzero(arr[:, 1] == 1)
            if len(sent_tok) == 0 or sent_tok[0] != 0:
                sent_tok = numpy.concatenate([[0], sent_tok])
            self.sent_chars = self.starts[sent_tok]
        else:
            self.sent_chars = numpy.zeros(1, dtype="int64")

    def token_at(self, char: int) -> Token | None:
        """RETURNS the token that contains char offset ``char`` (or starts before it)."""
        if not len(self.doc):
            return None
        i = int(numpy.searchsorted(self.starts, char, side="right")) - 1
        return self.doc[max(i, 0)]

    def sentence_bounds(self, char: int) -> tuple[int, int]:
        """RETURNS (start, end) char offsets of the sentence that holds ``char``."""
        i = int(numpy.searchsorted(self.sent_chars, char, side="right")) - 1
        start = int(self.sent_chars[max(i, 0)])
        end = int(self.sent_chars[i + 1]) if i + 1 < len(self.sent_chars) else len(self.text)
        return start, end

    def tense(self, start: int, end: int) -> str | None:
        """RETURNS "PAST", "PRESENT", "FUTURE" or None for the verb governing ``start:end``."""
        tok = self.token_at(start)
        if tok is None:
            return None
        if tok.i > 0 and self.doc[tok.i - 1].lower_ in FORWARD_CUES:
            return "FUTURE"  # "effective Feb. 1", "starting Monday"
        if tok.i > 0 and self.doc[tok.i - 1].lower_ in SPAN_END_CUES:
            return None
        steps = 0
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and steps < MAX_HEAD_STEPS:
            tok = tok.head
            steps += 1
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ in REPORTING:
            return None
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in FUTURE_AUX for a in aux) or (tok.lower_ in FUTURE_AUX):
            return "FUTURE"
        if any(a.lower_ == "going" for a in aux) or any(a.lower_ in ("to",) for a in aux) and any(
                a.lower_ in ("is", "are", "am", "'s", "'re") for a in aux):
            return "FUTURE"
        if tok.tag_ == "VB" and any(a.lower_ == "to" for a in aux) and tok.head.lower_ in BE_FORMS:
            return "FUTURE"  # "is to resume trading Tuesday": be + to-infinitive looks ahead
        if tok.tag_ == "VB" and any(a.lower_ == "to" for a in aux) and tok.head.lemma_ in SCHEDULING \
                and not _past_chain(tok.head):
            return "FUTURE"  # "is scheduled to close Monday", "set to resume"; not "had been due to"
        if tok.tag_ in PAST_TAGS or any(a.tag_ == "VBD" for a in aux):
            return "PAST"
        if tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
            return "PAST"
        if tok.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
            return "PRESENT"
        return None

    def counts_things(self, start: int, end: int) -> bool:
        """True when the number at ``start:end`` modifies a plural noun ("2000 people")."""
        tok = self.token_at(end - 1)
        if tok is None or not tok.like_num:
            return False
        return tok.dep_ == "nummod" and tok.head.tag_ in COUNT_TAGS and tok.head.i == tok.i + 1

    def measures_amount(self, start: int, end: int) -> bool:
        """True when the duration at ``start:end`` counts an amount of pay or of recordings
        ("eight weeks of pay", "two years' salary", "40 hours of video"), not a time."""
        tok = self.token_at(end - 1)
        if tok is None:
            return False
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in MEASURED_NOUNS:
            return True
        # the noun of "of" or a word after it ("of basic pay"; the parser may misattach "of video and ...")
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.pos_ == "NOUN" and o.dep_ != "compound" and o.lemma_.lower() in MEASURED_NOUNS
            for o in self.doc[c.i + 1:c.i + 3])
            for c in tok.children)


def dates_clause(root: Token, verb: Token) -> bool:
    """True when the time expression whose syntactic root is ``root`` dates ``verb``'s own clause.

    Accepted: a temporal modifier of the verb ("announced Friday", "resigned two years
    ago"), the object of a dating preposition on the verb ("on Tuesday", "in 2019"), or a
    time modifying the occasion such a preposition names ("in a 2015 interview", "at a
    rally in May"). Anything else dates something else: a comparison ("the highest since
    1999"), an object ("the 2008 budget"), a nested clause ("founded in 1976").
    """
    head = root.head
    if head == root:
        return False
    if verb.dep_ == "ROOT" and fronted(root):
        return True
    if head == verb:
        return root.dep_ in DATING_DEPS and root.dep_ != "pobj"
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in DATING_PREPS:
        if head.head == verb:
            return True
        return _occasion(head.head, verb)
    if root.dep_ in OCCASION_DEPS:
        return _occasion(head, verb)
    return False


def fronted(root: Token) -> bool:
    """True for a time expression that opens its sentence ("A week later, the council
    voted ..."): it scopes over the sentence's main clause wherever the parser hung it,
    unless it sits inside a clause of its own."""
    sent = root.sent
    first = sent.start
    while first < root.i and (root.doc[first].is_punct or root.doc[first].is_space
                              or root.doc[first].dep_ == "cc" or root.doc[first].lower_ in OPENERS):
        first += 1
    phrase = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    if phrase is not root and phrase.lower_ not in DATING_PREPS:
        return False  # "Since 2012, ...": a span's bound dates nothing
    if phrase.left_edge.i > first or root.dep_ in OCCASION_DEPS or root.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return False  # not the opening words, or a modifier of a noun ("2019 sales")
    node = phrase
    for _ in range(MAX_HEAD_STEPS * 2):
        if node.head == node:
            return True
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "ROOT":
            return False
    return False


def _occasion(noun: Token, verb: Token) -> bool:
    """True when ``noun`` names an occasion ("an interview", "a rally", the "WWDC" name) that
    is the object of a dating preposition on ``verb`` ("in an interview"). Not any noun: in
    "charged in the July 21 shooting" the date is the shooting's, not the charge's."""
    prep = noun.head
    if not (noun.pos_ == "PROPN" or noun.lemma_.lower() in OCCASION_NOUNS):
        return False
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in DATING_PREPS and prep.head == verb


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """RETURNS (start, end) of the text inside quotation marks, found by the marks alone.

    Used to keep quoted words from moving the narrative when the quotes layer gave no
    Quote records (and to anchor them to the attribution around them).
    """
    return [(q.start, q.end) for q in outer_quotations(text)]


def dates_noun(root: Token, noun: Token) -> bool:
    """True when the time expression whose root is ``root`` dates the event noun ``noun``:
    a modifier of the noun ("the 2003 launch", "Monday's vote") or the object of a dating
    preposition on it ("his death on Wednesday", "the launch in April 2003")."""
    if root.head == noun and root.dep_ in NOUN_TIME_DEPS:
        return True
    head = root.head
    return root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in DATING_PREPS and head.head == noun
