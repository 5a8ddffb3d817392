"""Cues read from the parse: the verb of saying that governs a quotation (climbing
from the quoted words through their heads), the reporting verb above it, an aside
("X, she said, was “...”"), and the fallbacks that read a clause or a sentence."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.quotes.lexicon import ADJACENT_ONLY_VERBS, OUTER_DEPS, SUBJECT_DEPS
from dateline.quotes.speech import (
    Attribution,
    is_person_like,
    is_speech_noun,
    is_speech_verb,
    is_unasserted,
)
from dateline.quotes.subjects import subject_of

# How far the parse is climbed from the quoted words to a cue, and from a cue to
# the verb reporting it.
MAX_CLIMB = 14
OUTER_CLIMB = 6


def governing_cue(quote: Span, lo: int, hi: int) -> Token | None:
    """The speech verb the parse makes govern the quoted words, or None.

    quote (Span): the tokens of the quoted words.
    lo (int): first character of the quotation's paragraph; hi: its end. The parser
        sometimes joins paragraphs; a cue in another paragraph is not this one's.
    RETURNS (Token | None): the cue verb or noun (outside the quotation).
    """
    start, end = quote.start, quote.end
    roots = [t for t in quote if not (t.is_punct or t.is_space)
             and (t.head.i == t.i or not (start <= t.head.i < end))]
    noun: Token | None = None
    for token in roots:
        node, steps = token.head, 0
        while steps < MAX_CLIMB and lo <= node.idx < hi:
            if not (start <= node.i < end):
                if is_speech_verb(node) and node.lemma_.lower() not in ADJACENT_ONLY_VERBS \
                        and not is_unasserted(node):
                    return outer_cue(node, lo, hi)
                if noun is None and is_speech_noun(node):
                    # "called X's assertion “...”": a verb above a noun of speech wins
                    noun = node
                aside = _parenthetical_cue(node)
                if aside is not None:
                    return aside
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    if noun is not None:
        return noun
    # "“We win,” he said" parsed with "said" under the quoted clause
    for token in roots:
        for child in token.rights:
            if child.i >= end and child.idx < hi and is_speech_verb(child):
                return child
    return None


def _parenthetical_cue(node: Token) -> Token | None:
    """A verb of saying set in a clause as an aside: "Hale, Ruiz said, had signed
    “...”", "Back then, she said, he was “...”"."""
    for child in node.children:
        if child.dep_ == "parataxis" and is_speech_verb(child, strong=True) \
                and any(c.dep_ in SUBJECT_DEPS for c in child.children):
            return child
    return None


def outer_cue(cue: Token, lo: int, hi: int) -> Token:
    """The outermost reporting verb over a speech verb in reported speech: "Ruiz said
    Hale had told donors that ..." is Ruiz's account, and "she noted that he called
    it “weak”" hers. PolNeAR credits the outer source, and a reader does too: the
    inner speaker is only reported. RETURNS the cue itself when nothing is above it."""
    best, node = cue, cue
    for _ in range(OUTER_CLIMB):
        if node.dep_ not in OUTER_DEPS or node.head.i == node.i:
            break
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            break  # "Although X says ..., others argue": a subordinate clause, not a participle
        node = node.head
        if not lo <= node.idx < hi:
            break
        if is_speech_verb(node, strong=True) and node.tag_ != "VBG" \
                and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            best = node
    return best


def clause_subject(quote: Span, lo: int, hi: int) -> Attribution | None:
    """Fallback: the subject of the clause that governs the quoted words, when it is
    someone ("Smith found the plan “reckless”", "Jones was “deeply troubled”").

    Only the nearest verb with a subject is read, never the clauses above it, so a
    scare quote deep in a sentence does not inherit the sentence's subject.
    """
    start, end = quote.start, quote.end
    for token in quote:
        if token.is_punct or token.is_space or (start <= token.head.i < end and token.head.i != token.i):
            continue
        node, steps = token.head, 0
        while steps < 4 and lo <= node.idx < hi and not (start <= node.i < end):
            if node.pos_ in ("VERB", "AUX"):
                subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
                if subj is None:
                    if node.dep_ in ("xcomp", "advcl", "conj") and node.head.i != node.i:
                        node, steps = node.head, steps + 1  # "wanted to show that “...”"
                        continue
                    break
                # names only: a common noun here is mostly a thing, and a pronoun as
                # often the person talked about as the one talking
                if is_person_like(subj) and subj.pos_ == "PROPN" and not (start <= subj.i < end):
                    return Attribution(node, node.idx, node.idx + len(node), subj)
                return None
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    return None


def sentence_speaker(doc: Doc, i: int, speech_only: bool = False) -> Attribution | None:
    """The speaker of the sentence holding token ``i``: the subject of its last verb
    of saying, else its root's subject when that is someone. For a quotation that
    follows a sentence about its speaker ("Smith was quick to add that ... . “...”")."""
    sent = doc[i].sent
    for k in range(sent.end - 1, sent.start - 1, -1):
        token = doc[k]
        if is_speech_verb(token, strong=True):
            subj = subject_of(token)
            if subj is not None and is_person_like(subj):
                return Attribution(token, token.idx, token.idx + len(token), subj)
    if speech_only:
        return None
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and is_person_like(subj) and subj.pos_ in ("PROPN", "PRON"):
        return Attribution(root, root.idx, root.idx + len(root), subj)
    return None
