"""Context from the spaCy parse: sentence bounds, the tense governing an expression,
and whether a number token counts things rather than naming a year.

Only the tokens of tagged expressions are visited (a few per sentence), never the
whole doc in Python: token offsets come from one numpy array.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc, Token

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
# The tense of a reporting verb tells when something was said, not when what was said
# happens ("said the dividend is payable Dec. 1"): no tense is read from these.
REPORTING = frozenset({"say", "tell", "add"})
# Words right before a date that point it forward whatever the verb's tense.
FORWARD_CUES = frozenset({"effective", "starting", "beginning", "payable"})
# Words right before a date that end a span begun at the verb's time ("gave them until
# mid-November", "extended the loans through January"): the verb's past tense does not
# put the date in the past, so no tense is read (the nearest occurrence is taken).
SPAN_END_CUES = frozenset({"until", "till", "through", "thru"})
BE_FORMS = frozenset({"is", "are", "am", "'s", "'re"})
# Words that make an infinitive look ahead ("scheduled to close Monday"); other infinitives
# ("allowed to carry out", "offers to acquire") say nothing about time.
SCHEDULING = frozenset({"schedule", "set", "expect", "slate", "plan", "likely", "poise", "go", "due"})
PAST_TAGS = frozenset({"VBD"})
MAX_HEAD_STEPS = 6
QUOTE_SPAN = re.compile(r"“[^“”]{1,2000}”|\"[^\"\n]{1,2000}\"")
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


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """RETURNS (start, end) of the text inside quotation marks, found by the marks alone.

    Used to keep quoted words from moving the narrative when the quotes layer gave no
    Quote records (and to anchor them to the attribution around them).
    """
    return [(m.start() + 1, m.end() - 1) for m in QUOTE_SPAN.finditer(text)]
