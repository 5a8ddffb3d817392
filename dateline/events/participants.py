"""Who takes part in an event: the entities its clause names, by role.

A participant is the entity of a subject, object, recipient or beneficiary phrase: the
mention at the phrase's head, else one covering the phrase, else (for a proper name the
entities layer did not mark at this place) the entity of that exact name in the article
("unveiled iPhone 4" where only a later "iPhone 4" is a mention).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from dateline.entities.index import EntityIndex
from dateline.events.lexicon import NAME_PARTS, OBJECT_DEPS
from dateline.lexicon import ACTOR_DEPS
from dateline.types import Participant


class Voice(Protocol):
    def entity_for(self, tok: Token) -> str | None: ...


class Names:
    """The article's entities by the exact text of their names (built once per doc)."""

    def __init__(self, index: EntityIndex | None) -> None:
        self.by_name: dict[str, str] = {}
        for e in index.entities if index else []:
            names = [e.name] + [m.text for m in e.mentions if m.kind == "name"]
            for n in names:
                self.by_name.setdefault(n, e.id)

    def entity_of(self, head: Token) -> str | None:
        """RETURNS the entity whose name is the proper-name phrase headed by ``head``, or None
        (a capitalised word the tagger took for a common noun counts: "Hale", "Norvale")."""
        if not (head.pos_ == "PROPN" or head.pos_ == "NOUN" and head.text[:1].isupper()) or not self.by_name:
            return None
        lo = head
        while lo.i > 0 and lo.i - 1 >= head.sent.start and head.doc[lo.i - 1].dep_ in NAME_PARTS \
                and head.doc[lo.i - 1].head.i in (head.i, lo.i):
            lo = head.doc[lo.i - 1]
        hi = head
        while hi.i + 1 < head.sent.end and head.doc[hi.i + 1].dep_ in NAME_PARTS and head.doc[hi.i + 1].head == head:
            hi = head.doc[hi.i + 1]
        return self.by_name.get(head.doc[lo.i:hi.i + 1].text)


def participants(verb: Token, index: EntityIndex, voice: Voice | None = None, names: Names | None = None
                 ) -> list[Participant]:
    """RETURNS the participants of the event at ``verb``, each entity once, in clause order."""
    out: list[Participant] = []
    seen: set[str] = set()
    children = list(verb.children)
    if verb.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ in ACTOR_DEPS for c in children) \
            and not (verb.dep_ == "advcl" and verb.tag_ == "VBN"):  # "When asked, X ...": X did not ask
        # "..., sharing a photo": the participle's doer is the subject of the clause it hangs on
        children += [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and verb.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ACTOR_DEPS for c in children):
        # a reduced relative: "Vega, born in 1971, ..." (the one born: patient), "the firm
        # making the parts" (the maker: agent); the noun it hangs on takes part
        at = index.mention_at(verb.head.idx, verb.head.idx + len(verb.head.text)) if index else None
        ent = at[1] if at else (names.entity_of(verb.head) if names else None)  # the noun itself, not a phrase
        if ent is not None:
            seen.add(ent)
            out.append(Participant(ent, "patient" if verb.tag_ == "VBN" else "agent"))
    # "paid tribute to her son", "posted a message to his fans": the recipient hangs on the object
    children += [p for c in list(children) if c.dep_ == "dobj" for p in c.children
                 if p.dep_ == "prep" and p.lower_ == "to"]
    for child in children:
        role = None
        if child.dep_ in ACTOR_DEPS:
            role = "patient" if child.dep_ == "nsubjpass" else "agent"
            if child.dep_ == "agent":  # "by X": the agent is the preposition's object
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ in OBJECT_DEPS:
            role = "patient"
        elif child.dep_ == "dative":
            role = "recipient"
        elif child.dep_ == "prep" and child.lower_ in ("to", "for"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                child, role = pobj, "recipient" if child.lower_ == "to" else "beneficiary"
        if role is None:
            continue
        ent = (voice.entity_for(child) if voice else None) or entity_of(child, index) \
            or (names.entity_of(child) if names else None)
        if ent is not None and ent not in seen:
            seen.add(ent)
            out.append(Participant(ent, role))
    return out



def entity_of(head: Token, index: EntityIndex) -> str | None:
    """The entity a participant's phrase refers to: a mention at its head word, else one
    covering the phrase up to its head ("the former schoolteacher"); never a mention inside
    a modifier after the head ("a picture of the boat he sold" is not "he")."""
    if not index:
        return None
    hit = index.mention_at(head.idx, head.idx + len(head.text))
    if hit is None:  # "his late brother, Omar": the apposition names him
        for appos in (c for c in head.rights if c.dep_ == "appos"):
            hit = index.mention_at(appos.idx, appos.idx + len(appos.text))
            if hit is not None:
                break
    if hit is None and head.left_edge.i < head.i:
        left = head.left_edge
        if left.dep_ == "poss":  # "her son" is not "her"
            left = left.nbor(1)
        hit = index.mention_at(left.idx, head.idx + len(head.text))
        if hit is not None and hit[0].start < left.idx:
            hit = None
    return hit[1] if hit else None
