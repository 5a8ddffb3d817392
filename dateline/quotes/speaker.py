"""From a speaker's head token to a contract ``Speaker``: the mention span and the
entity it resolves to in the entities layer's index."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from dateline.entities.index import EntityIndex
from dateline.lexicon import SUBJECT_DEPS
from dateline.quotes.lexicon import (
    AUTHORED_NOUNS,
    NP_LEFT_DEPS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    WORK_OWNER_PREPOSITIONS,
)
from dateline.quotes.speech import is_person_like, is_speech_noun
from dateline.types import Entity, SpanRef, Speaker

MARKUP_RE = re.compile(r"[<>=]")  # a mention never reaches into markup (<tweet author=...>)
OPENING_MARKS = frozenset(("\u201c", '"', "\u2018", "''", "'"))
CLOSING_MARKS = frozenset(("\u201d", '"', "\u2019", "''", "'"))
APPOSED_NAME_ENTS = frozenset(("PERSON", ""))  # a name the model did not type is most often a person's


def mention_tokens(head: Token) -> tuple[int, int]:
    """The character span of the mention headed by ``head``.

    A name is its whole named entity; a pronoun is itself; a descriptor is the
    head noun with its left modifiers (determiner, adjectives, compounds,
    possessor), without appositions or clauses after it ("the host, 35, ...").
    RETURNS (tuple[int, int]): start and end character offsets.
    """
    doc = head.doc
    if head.ent_iob_ in ("B", "I") and head.pos_ != "PRON":
        s, e = head.i, head.i + 1
        while s > 0 and doc[s].ent_iob_ == "I":
            s -= 1
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
        while s < head.i and not doc[s].text[0].isalnum():
            s += 1  # the model sometimes takes a dash into a name ("― Ray Ortiz")
        # a name, unless the entity is only part of a descriptor ("the Texas senator")
        part_of_descriptor = any(c.dep_ in ("det", "amod") and c.i < s for c in head.lefts)
        if (head.pos_ == "PROPN" or e - s > 1) and not part_of_descriptor:
            return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    if head.pos_ == "PRON":
        return head.idx, head.idx + len(head)
    # the run of noun-phrase modifiers next to the head: an adverbial further left
    # ("Last week the senator") is not part of the mention
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in NP_LEFT_DEPS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    # a mention never spans a paragraph break nor starts with punctuation, except an
    # opening mark closed inside it ("the “X” star")
    for k in range(head.i - 1, start - 1, -1):
        if "\n" in doc[k].text or MARKUP_RE.search(doc[k].text):
            start = k + 1
            break
    while start < head.i and not doc[start].text[0].isalnum() and not (
            doc[start].text in OPENING_MARKS and any(t.text in CLOSING_MARKS for t in doc[start + 1:head.i])):
        start += 1
    end = head.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i == head.i:
        end += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _antecedent(head: Token) -> Token | None:
    """The noun a relative pronoun stands for ("Smith" of "Smith, who said", "a group
    that supports"), or None."""
    if head.lower_ in ("who", "whom", "that", "which") and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
        return head.head.head
    return None


def _named_apposition(head: Token) -> Token | None:
    """The name set beside a descriptor subject ("The head of the union, Ana Ruiz,
    said", "One of the farmers, Tom Hale, said"): the name, the mention a reader and
    PolNeAR take. Only before the verb of the subject, so no later phrase is taken
    for its apposition."""
    if head.pos_ not in ("NOUN", "NUM") or head.dep_ not in SUBJECT_DEPS:
        return None
    verb = head.head
    for child in head.rights:
        if child.dep_ == "appos" and child.ent_type_ in APPOSED_NAME_ENTS and child.pos_ == "PROPN" \
                and child.text[0].isupper() and child.i < verb.i:
            return child
    return None


def _work_owner(head: Token) -> Token | None:
    """Whose work a thing that says something is: "a report from the Tarn Institute",
    "an analysis by Ana Ruiz" (the preposition right after the noun's phrase). The
    mention then runs to the owner's name: both are the source."""
    if head.pos_ != "NOUN":
        return None
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in WORK_OWNER_PREPOSITIONS and child.i == head.i + 1:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return _maker(head)


def _maker(head: Token) -> Token | None:
    """"a speech the senator gave", "figures the council released": a noun of saying or a
    made text (quotes/lexicon AUTHORED_NOUNS) with a relative clause whose subject is
    someone; the subject made it."""
    if not (is_speech_noun(head) or head.lemma_.lower() in AUTHORED_NOUNS):
        return None
    if any(c.dep_ == "poss" for c in head.children):
        return None  # "his speech, in which he joked": its owner is named already
    for child in head.rights:
        if child.dep_ == "relcl" and child.pos_ == "VERB":
            subj = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and is_person_like(subj) and subj.lower_ not in RELATIVE_PRONOUNS:
                return subj
    return None


class SpeakerResolver:
    """Resolves speaker head tokens of one doc to Speakers, with the index."""

    def __init__(self, doc: Doc, index: EntityIndex | None, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text
        self.index = index if index is not None else EntityIndex([])
        self._people: list[tuple[int, str]] | None = None  # built on first pronoun

    def resolve(self, head: Token) -> Speaker:
        """RETURNS the Speaker whose mention is headed by ``head``."""
        head = _named_apposition(head) or head
        start, end = mention_tokens(head)
        owner = _work_owner(head)
        if owner is not None:
            # "a speech the senator gave": up to the verb, so both are in the mention
            last = owner.head if owner.head.dep_ == "relcl" and owner.head.head.i == head.i else owner
            end = max(end, mention_tokens(owner)[1], last.idx + len(last) if last is not owner else 0)
        text = self.text
        mention = SpanRef(start, end, text[start:end])
        antecedent = _antecedent(head)
        entity = self._entity_of(antecedent or head)
        if entity is None and owner is not None:
            entity = self._entity_of(owner)
        if entity is None and head.lower_ in PERSON_PRONOUNS:
            entity = self._person_before(start)
        if entity is None:
            if antecedent is not None:  # "a spymaster who wrote": named by "a spymaster"
                a_start, a_end = mention_tokens(antecedent)
                return Speaker(None, text[a_start:a_end], mention)
            return Speaker(None, mention.text, mention)
        return Speaker(entity.id, entity.name, mention)

    def _entity_of(self, head: Token) -> Entity | None:
        """The entity whose mention covers the head token (not merely a name nested in
        a descriptor: "Fox" in "the Fox anchor" is not the anchor)."""
        hit = self.index.mention_at(head.idx, head.idx + len(head))
        if hit is None:
            return None
        m, eid = hit
        if m.start <= head.idx and head.idx + len(head) <= m.end:
            return self.index.get(eid)
        return None

    def _person_before(self, pos: int) -> Entity | None:
        """Fallback for a pronoun the index leaves unresolved: the PERSON entity with
        the nearest mention before it. Small on purpose: the entities layer owns
        coreference; this only keeps "he said" from naming nobody meanwhile."""
        if self._people is None:
            self._people = sorted((m.start, e.id) for e in self.index.entities if e.type == "PERSON"
                                  for m in e.mentions if m.kind == "name")
        i = bisect.bisect_left(self._people, (pos, ""))
        if i == 0:
            return None
        return self.index.get(self._people[i - 1][1])
