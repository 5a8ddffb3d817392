"""Cues read from the text next to the marks, for what the parse misses:
``“...,” said X`` / ``“...” X quipped`` / ``according to X`` after a quotation;
``X said: “...”`` / ``X shot back, “...”`` / ``X: “...”`` before it; headlines."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dateline.quotes.lexicon import SHORT_CLAUSE_PRONOUNS, SUBJECT_DEPS
from dateline.quotes.speech import (
    HEADLINE_FORMS,
    NAME_ENTS,
    Attribution,
    doc_text,
    is_person_like,
    is_speech_noun,
    is_speech_verb,
    is_unasserted,
)
from dateline.quotes.subjects import clause_opener, nearest_nominal, subject_of

# Tokens of text read next to the marks, and within which a weak verb or a bare
# clause ("Smith quipped") counts.
RIGHT_WINDOW = 40
LEFT_WINDOW = 60
SHORT_CLAUSE = 6
NEAR_WEAK = 5
SENTENCE_END = frozenset((".", "!", "?"))
DASHES = frozenset(("\u2014", "\u2013", "--", "-"))


def according_to(tokens: Span) -> tuple[Token, Token] | None:
    """("according", head of its object) in ``tokens``, or None.

    None as well when the window holds a verb of saying of its own, with its subject,
    outside the phrase: in "“...,” Smith said at a briefing, according to a wire report"
    the quotation is Smith's, and the report is only the channel it came through (the
    caller reads "Smith said" instead). A quotation whose only attribution is the phrase
    ("“...,” according to the filing") keeps the phrase's source."""
    for token in tokens:
        if token.lower_ == "according":
            nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if nxt is None or nxt.lower_ != "to":
                continue
            found = _according_object(tokens, token, nxt)
            phrase = {t.i for t in token.subtree} | {t.i for t in nxt.subtree} | {nxt.i}
            if found is not None and own_speech_verb(tokens, phrase):
                return None
            if found is not None:
                return found
    return None


def _according_object(tokens: Span, according: Token, to: Token) -> tuple[Token, Token] | None:
    for obj in to.children:
        if obj.dep_ == "pobj":
            return according, obj
    # parse missed the object: the first noun after "to"
    for cand in tokens.doc[to.i + 1: min(tokens.end + 1, to.i + 6)]:
        if cand.pos_ in ("PROPN", "NOUN", "PRON"):
            return according, cand
    return None


def own_speech_verb(tokens: Span, phrase: set[int]) -> bool:
    """Whether ``tokens`` hold an asserted verb of saying with a subject, outside the
    token indices ``phrase`` (an outer source's own words: "according to what the mayor
    told the council", "the Times reported"). A passive one does not count: "staff were
    told, “...”, according to the manual" names the hearers, and the manual speaks."""
    for token in tokens:
        if token.i in phrase or not is_speech_verb(token, strong=True) or is_unasserted(token):
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            continue
        subj = subject_of(token)
        if subj is not None and subj.i not in phrase:
            return True
    return False


def from_right(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """Attribution in the text after a quotation: tokens ``lo:hi``."""
    if lo >= hi:
        return None
    first = doc[lo]
    if first.text in DASHES and lo + 1 < hi and doc[lo + 1].pos_ == "PROPN":
        return Attribution(None, first.idx, first.idx + len(first), doc[lo + 1])
    window = doc[lo:hi]
    acc = according_to(window)
    if acc is not None:
        # "“...,” according to the Post": the outlet (a verb of saying of the quotation's
        # own, "Smith said, according to the Post", keeps it Smith's: according_to)
        return Attribution(acc[0], acc[0].idx, acc[0].idx + len(acc[0]), acc[1])
    for token in window:
        if is_unasserted(token):
            continue  # "... that would respond to requests": not a speech act
        strong = is_speech_verb(token, strong=True)
        if not strong and is_speech_verb(token):
            # "“...,” read the statement": a weak verb whose subject is an utterance
            subj = subject_of(token)
            strong = subj is not None and is_speech_noun(subj)
        if strong:
            subj = subject_of(token)
            if subj is None or not (lo <= subj.i < hi):
                # the parse missed the subject: "“...,” Smith, the ... of X, said" opens
                # with it; "said Smith" has it right after the verb
                before = clause_opener(doc, lo, token.i)
                subj = before or nearest_nominal(list(doc[token.i + 1:hi]), after=True) or subj
            return Attribution(token, token.idx, token.idx + len(token), subj)
    if lo > 0 and doc[lo - 1].idx > 0 and doc_text(doc)[doc[lo - 1].idx - 1] not in ",?!\u2014-":
        return None
    return short_clause(doc, lo, hi)


def short_clause(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """``“...,” Smith quipped`` / ``“...?” Smith went on, ...``: a name or pronoun and a
    past or present verb opening the text after the quotation attribute it, whatever
    the verb (only called after a comma, question or exclamation mark closes it)."""
    first = [t for t in doc[lo:min(hi, lo + SHORT_CLAUSE)] if not t.is_punct]
    for a, b in pairwise(first):
        for subj, verb in ((a, b), (b, a)):
            if (subj.pos_ == "PROPN" or subj.lower_ in SHORT_CLAUSE_PRONOUNS) and abs(subj.i - verb.i) == 1 \
                    and subj.dep_ in SUBJECT_DEPS and subj.head.i == verb.i \
                    and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ"):
                return Attribution(verb, verb.idx, verb.idx + len(verb), subj)
    return None


def _name_label(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """A name as a label before a colon: "Dana Whitlow: “...”", "... - Norvale Polling:
    “...”" (a person's name, or a name that stands alone after a dash or at the start),
    not a place a clause ends on ("said he grew up in Lima: “...”")."""
    if hi - lo < 2 or doc[hi - 1].text != ":" or doc[hi - 2].pos_ != "PROPN":
        return None
    name = doc[hi - 2]
    k = hi - 2
    while k > lo and doc[k - 1].pos_ == "PROPN":
        k -= 1
    alone = k == lo or doc[k - 1].is_punct
    if name.ent_type_ == "PERSON" or (alone and name.ent_type_ not in ("GPE", "LOC", "FAC")):
        colon = doc[hi - 1]
        return Attribution(None, colon.idx, colon.idx + 1, name)
    return None


def _verb_before(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """``Smith shot back, “...”``: a verb right before the comma or colon that opens a
    quotation introduces it, whatever the verb, when its subject is someone."""
    k = hi - 1
    if k < lo or doc[k].text not in (",", ":"):
        return None
    k -= 1
    while k >= lo and doc[k].dep_ in ("prt", "advmod") and doc[k].pos_ in ("ADP", "ADV", "PART"):
        k -= 1  # "shot back", "said simply"
    if k < lo or doc[k].pos_ != "VERB" or doc[k].tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    verb = doc[k]
    subj = subject_of(verb)
    if subj is None or not is_person_like(subj):
        return None
    return Attribution(verb, verb.idx, verb.idx + len(verb), subj)


def from_left(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """Attribution in the text before a quotation: tokens ``lo:hi`` (same sentence)."""
    if lo >= hi:
        return None
    window = doc[lo:hi]
    acc = according_to(window)
    if acc is not None:
        return Attribution(acc[0], acc[0].idx, acc[0].idx + len(acc[0]), acc[1])
    label = _name_label(doc, lo, hi)
    if label is not None:
        return label
    adjacent = _verb_before(doc, lo, hi)
    if adjacent is not None:
        return adjacent
    for i in range(hi - 1, lo - 1, -1):
        token = doc[i]
        # a weak verb counts right before the quotation: "called the plan “a mess”",
        # "as she put it, “...”"
        as_put_it = token.lemma_.lower() == "put" and i + 1 < hi and doc[i + 1].lower_ == "it"
        near = hi - i <= NEAR_WEAK or as_put_it
        if is_speech_verb(token, strong=not near) and not is_unasserted(token):
            subj = subject_of(token)
            if subj is None:
                subj = clause_opener(doc, lo, i)
            return Attribution(token, token.idx, token.idx + len(token), subj)
    last = doc[hi - 1]
    if last.text == ":":
        # "Smith continued:" or "the questioners were hostile:" have a verb and its
        # subject; "WHITLOW:" or a headline's "Whitlow:" has only a name
        for i in range(hi - 2, lo - 1, -1):
            token = doc[i]
            if token.pos_ in ("VERB", "AUX"):
                subj = subject_of(token)
                if subj is not None and subj.pos_ in ("PROPN", "PRON", "NOUN"):
                    return Attribution(None, last.idx, last.idx + 1, subj)
                break
        subj = nearest_nominal(list(doc[lo:hi - 1]), after=False)
        if subj is not None and (subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in NAME_ENTS):
            return Attribution(None, last.idx, last.idx + 1, subj)
    return None


def headline(doc: Doc, lo: int, hi: int, quote: Span) -> Attribution | None:
    """A title-cased headline: ``Smith: ‘...’`` or ``Smith Says ‘...’ ...``, where the
    parser, misled by the capitals, tags the verb a proper noun."""
    for k in range(lo, quote.start):
        if doc[k].text == ":" and k > lo:
            # "Smith Praises Jones: ‘...’" is Smith's; "Smith: ‘...’" too
            # the headline's subject, the name it opens with, is the speaker
            head = doc[lo] if doc[lo].pos_ == "PROPN" else doc[k - 1]
            if head.pos_ in ("PROPN", "PRON", "NOUN"):
                return Attribution(None, doc[k].idx, doc[k].idx + 1, head)
            return None
    # a verb before the quotation first ("X Calls Y ‘...’ Over Z Comments"), any verb
    # of saying, weak ones included: a headline's verb is its cue
    order = list(range(lo, quote.start - 1)) + list(range(quote.end + 1, hi))
    for k in order:
        token = doc[k]
        if token.lower_ in HEADLINE_FORMS and k > lo and (doc[k - 1].is_title or doc[k - 1].is_upper):
            return Attribution(token, token.idx, token.idx + len(token), doc[k - 1])
    return None
