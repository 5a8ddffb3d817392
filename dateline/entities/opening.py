"""The article's subject, described in its opening before it is named.

News often opens on a description of the person it is about and names them later:
a headline in headlinese ("Local beekeeper wins award") or a lede with an indefinite
description ("A retired nurse has won ..."), then "Ann Roe, 64, said ...". The walk
(clusters.py) reads in text order, so when it meets the description no one is known
yet and the description becomes a person of its own. ``described_subject`` finds it
afterwards: an unnamed person met in the headline or the lede (the first sentence
after the headline with a verb), by the first description of a person in its sentence,
bare or indefinite, whose noun says what someone is ("woman", "defector"; not an
unnamed source, "an official"; not kin, "his father") and that stands as a subject or
an owner ("a boy's clock"; not "for president", not an apposition) or as the root of
the headline (headlinese: "Local nurse honoured"), is the one person
the article is about, when the article is clearly about one named person (far more
mentions than anyone else) who agrees in gender and no other person is named before
the description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.entities.lexicon import KINSHIP, SOURCE_NOUNS
from dateline.lexicon import PERSON_NOUNS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dateline.entities.clusters import Cluster
    from dateline.entities.mentions import Candidate

# Parts of speech of a sentence that says something (the lede), not a date line.
VERB_POS = frozenset({"VERB", "AUX"})
# How a description that refers stands in its clause: a subject, or the owner of something
# ("a boy's clock"); not a role after "for" or "as", nor an apposition to another name.
REFERRING_DEPS = SUBJECT_DEPS | {"poss"}
# The article is about one named person: this many mentions, and this many times as many
# as the next named person.
MIN_SUBJECT_MENTIONS = 5
DOMINANCE = 2.0
INDEFINITE = frozenset({"a", "an"})


def described_subject(doc: Doc, clusters: list[Cluster]) -> list[tuple[int, int]]:
    """RETURNS (description's cluster, subject's cluster) pairs: unnamed people of the
    opening that are the article's named subject (module docstring)."""
    named = sorted((cl for cl in clusters if cl.label == "PERSON" and cl.number == "sg"
                    and any(m.kind == "name" for m in cl.mentions)),
                   key=lambda cl: -len(cl.mentions))
    if not named or len(named[0].mentions) < MIN_SUBJECT_MENTIONS:
        return []
    subject = named[0]
    if len(named) > 1 and len(subject.mentions) < DOMINANCE * len(named[1].mentions):
        return []
    people = [cl for cl in clusters if cl.label == "PERSON"]
    # who else is named, and the first description of a person in each sentence
    others_named = [m.start for cl in people if cl is not subject for m in cl.mentions if m.kind == "name"]
    first_description: dict[int, int] = {}
    for cl in people:
        for m in cl.mentions:
            if m.kind == "descriptor" and m.start < first_description.get(m.sent, len(doc)):
                first_description[m.sent] = m.start
    opening = _opening_sentences(doc)
    out = []
    for cl in people:
        if cl.number != "sg" or not cl.mentions or cl is subject or any(m.kind == "name" for m in cl.mentions):
            continue
        first = min(cl.mentions, key=lambda m: m.start)
        if first.sent >= opening or first_description.get(first.sent) != first.start \
                or any(s < first.start for s in others_named) or not _describes_someone(doc, first):
            continue
        if cl.gender and subject.gender and cl.gender != subject.gender:
            continue
        out.append((cl.cid, subject.cid))
    return out


def _opening_sentences(doc: Doc) -> int:
    """RETURNS how many sentences the opening has: the headline, a date line, and the lede
    (the first sentence after the headline with a verb)."""
    for k, sent in enumerate(doc.sents):
        if k > 0 and any(t.pos_ in VERB_POS for t in sent):
            return k + 1
    return 1


def _describes_someone(doc: Doc, m: Candidate) -> bool:
    """Whether a mention is a bare or indefinite description by what someone is."""
    if m.kind != "descriptor" or m.owner is not None or m.number != "sg" or m.quote >= 0:
        return False
    head = doc[m.head]
    # a headline's subject is often parsed as its root ("Local nurse honoured")
    if head.dep_ not in REFERRING_DEPS and not (head.dep_ == "ROOT" and m.sent == 0):
        return False
    noun = head.lower_
    if noun not in PERSON_NOUNS or noun in SOURCE_NOUNS or noun in KINSHIP:
        return False
    dets = [t.lower_ for t in head.lefts if t.dep_ in ("det", "poss")]
    return all(d in INDEFINITE for d in dets)
