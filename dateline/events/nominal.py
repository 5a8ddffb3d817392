"""Nominal events: a noun that names a happening ("the merger", "the 2003 launch", "his
death on Wednesday").

A noun is an event noun by its lemma: a deverbal ending (``EVENT_NOUN_SUFFIXES``: an
acquisition, a resignation, an announcement) that is not one of the common nouns with that
ending that name things (``NOT_EVENT_NOUNS``), or one of the ``EVENT_NOUNS`` that share
their form with a verb or name a happening by usage (a launch, a crash, a death).

A nominal event is dated only by a time of its own: a modifier of the noun or the object
of a dating preposition on it (``dates_noun``); else it stays undated (out of the
timeline), and without participants either it is no event at all. Its participants are
its possessor ("Hale's resignation": agent), the object of its "of" ("the opening of the
plant": patient) and a name compounded before it ("the Kestrel launch": patient).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.entities.index import EntityIndex
from dateline.events.lexicon import (
    EVENT_NOUN_SUFFIXES,
    EVENT_NOUNS,
    NOMINAL_AGENT_DEPS,
    NOMINAL_PATIENT_PREPS,
    NOMINAL_STOP_DEPS,
    NOT_EVENT_NOUNS,
)
from dateline.events.participants import Names, entity_of
from dateline.events.summary import balance_marks
from dateline.time.context import dates_noun
from dateline.types import Participant, Time

NOMINAL_MAX_TOKENS = 12


def is_event_noun(tok: Token) -> bool:
    """True when ``tok`` is a common noun naming a happening."""
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    if lemma in EVENT_NOUNS:
        return True
    return len(lemma) > 6 and lemma.endswith(EVENT_NOUN_SUFFIXES) and lemma not in NOT_EVENT_NOUNS


def noun_time(noun: Token, rooted: tuple[tuple[Time, Token], ...]) -> Time | None:
    """RETURNS the calendar time expression that dates the event noun itself, or None.

    A relative expression ("November's election", "late summer") is trusted only in a
    clause that reports the past: elsewhere ("will try to delay November's election") its
    resolution against the article date may have picked the wrong year.
    """
    for t, root in rooted:
        if root.i != noun.i and dates_noun(root, noun):
            return t if t.anchor is None or _past_clause(noun) else None
    return None


def _past_clause(noun: Token) -> bool:
    """True when the verb governing ``noun`` is a simple past ("the storm hit in late summer")."""
    verb = noun.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux)


def nominal_participants(noun: Token, index: EntityIndex, names: Names) -> list[Participant]:
    """RETURNS the entities the noun phrase names as taking part, each once."""
    out: list[Participant] = []
    for child in noun.children:
        role, head = None, child
        if child.dep_ in NOMINAL_AGENT_DEPS:
            role = "agent"
        elif child.dep_ == "compound" and child.pos_ == "PROPN":
            role = "patient"
        elif child.dep_ == "prep" and child.lower_ in NOMINAL_PATIENT_PREPS:
            head = next((c for c in child.children if c.dep_ == "pobj"), child)
            role = "patient" if head is not child else None
        elif child.dep_ == "prep" and child.lower_ == "by":
            head = next((c for c in child.children if c.dep_ == "pobj"), child)
            role = "agent" if head is not child else None
        if role is None:
            continue
        ent = entity_of(head, index) or names.entity_of(head)
        if ent is not None and all(p.entity != ent for p in out):
            out.append(Participant(ent, role))
    return out


def nominal_summary(noun: Token, index: EntityIndex) -> str:
    """The noun phrase, whole up to its first clause or apposition ("Hale's resignation in
    August"); a possessive pronoun becomes its entity's name ("its launch" -> "Kestrel's launch")."""
    doc = noun.doc
    lo = noun.left_edge.i
    hi = noun.i
    for child in noun.rights:
        if child.dep_ in NOMINAL_STOP_DEPS:
            break
        hi = child.right_edge.i
    hi = min(hi, lo + NOMINAL_MAX_TOKENS - 1)
    while hi > noun.i and (doc[hi].is_punct or doc[hi].dep_ in ("cc", "prep", "det")):
        hi -= 1
    parts = []
    for tok in balance_marks(list(doc[lo:hi + 1])) or [noun]:
        word = tok.text
        if tok.dep_ == "poss" and tok.pos_ == "PRON" and index:
            ent = index.entity_at(tok.idx, tok.idx + len(tok.text))
            if ent is not None:
                word = ent.name + "'s"
        parts.append(word + tok.whitespace_)
    text = "".join(parts).strip().lstrip(",;: ")  # never open on the comma of a cut phrase
    return text[:1].upper() + text[1:] if text[:1].islower() and lo == noun.sent.start else text
