"""The entities layer: find mentions, cluster them, and return the EntityIndex.

    index = extract_entities(doc)
    index.entity_at(start_char, end_char)  # -> Entity owning that span, or None

Steps: names (names.py) -> groups of names -> descriptors, nominals and pronouns
(descriptors.py, nominals.py, pronouns.py) -> one walk in text order that links them
(clusters.py) -> the opening's description of the article's subject joined to its name
(opening.py), a relative met unnamed joined to the one named later (kinship.py) -> frozen
Entity records.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc

from dateline.entities.clusters import Cluster, Resolver
from dateline.entities.descriptors import find_descriptors
from dateline.entities.index import EntityIndex
from dateline.entities.lexicon import GIVEN_NAMES
from dateline.entities.mentions import Candidate, SentenceMap, TokenArrays
from dateline.entities.names import POSSESSIVE, find_names, group_names
from dateline.entities.nominals import find_nominals
from dateline.entities.opening import described_subject
from dateline.entities.predicates import find_predicates
from dateline.entities.pronouns import find_ordinal_references, find_pronouns
from dateline.entities.quoted import Quotation, find_quotations
from dateline.types import Attribute, Entity, Mention, Relation

# Relations stated from either side that mean the same ("A spouse B" == "B spouse A").
SYMMETRIC = frozenset({"spouse", "sibling"})


def extract_entities(doc: Doc) -> EntityIndex:
    """Cluster the doc's names, descriptors and pronouns into entities.

    doc (Doc): a doc parsed by the spaCy pipeline (tags, dependencies, entities).
    RETURNS (EntityIndex): entities in order of first mention, ids E1, E2 ...
    """
    if len(doc) == 0:
        return EntityIndex([])
    sents = SentenceMap(doc)
    arrays = TokenArrays(doc)
    names = find_names(doc, sents, arrays)
    people = {c.end - 1: c.start for c in names if c.label == "PERSON" and c.end - c.start > 1}
    quotations = find_quotations(doc, arrays.text, arrays.idx.tolist(), people)
    resolver = Resolver(doc, sents, quotations, arrays.text)
    resolver.add_name_groups(group_names(names))
    descriptors = find_descriptors(doc, sents, resolver.name_of, arrays)
    pronouns = find_pronouns(doc, sents, arrays) + find_ordinal_references(doc, sents, arrays)
    nominals = find_nominals(doc, sents, resolver.name_of, {c.head for c in descriptors}, arrays)
    predicates = find_predicates(doc, sents, resolver.name_of,
                                 {c.head for c in [*descriptors, *nominals]}, arrays)
    candidates = _in_reading_order(_mark_quoted([*names, *descriptors, *nominals, *predicates, *pronouns],
                                                quotations),
                                   quotations)
    resolver.walk(candidates)
    for source, target in [*described_subject(doc, resolver.clusters), *resolver.kin.named_later()]:
        resolver.absorb(source, target)
    return EntityIndex(_entities(resolver.clusters))


def _mark_quoted(candidates: list[Candidate], quotations: list[Quotation]) -> list[Candidate]:
    """Set ``quote`` on candidates whose head stands inside a quotation."""
    if not quotations:
        return candidates
    starts = [q.start for q in quotations]
    out = []
    for c in candidates:
        k = bisect.bisect_right(starts, c.head) - 1
        if k >= 0 and c.head < quotations[k].end:
            c = replace(c, quote=k)
        out.append(c)
    return out


def _in_reading_order(candidates: list[Candidate], quotations: list[Quotation]) -> list[Candidate]:
    """Sort candidates for the walk.

    By head token, so a possessor ("her") is linked before the phrase it owns
    ("her son"); but the contents of a quotation attributed after it
    ("“It works,” Hale said") come right after its speaker, who is known
    before the quotation is understood.
    """
    def key(c: Candidate) -> tuple[float, int]:
        if c.quote >= 0:
            speaker = quotations[c.quote].speaker
            if speaker is not None and speaker > c.head:
                return (speaker + 0.5, c.start)
        return (float(c.head), c.start)

    return sorted(candidates, key=key)


def _entities(clusters: list[Cluster]) -> list[Entity]:
    """Freeze clusters into Entities, numbered in order of first mention."""
    live = [cl for cl in clusters if cl.mentions]
    live.sort(key=lambda cl: min(m.start_char for m in cl.mentions))
    ids = {cl.cid: f"E{n}" for n, cl in enumerate(live, start=1)}
    out = []
    seen_pairs: set[tuple[str, ...]] = set()
    for cl in live:
        mentions = sorted({(m.start_char, m.end_char, m.text, m.kind) for m in cl.mentions})
        out.append(Entity(
            ids[cl.cid], _name(cl), cl.label,
            tuple(Mention(s, e, t, k) for s, e, t, k in mentions),
            _attributes(cl),
            _relations(cl, ids, seen_pairs),
        ))
    return out


def _name(cl: Cluster) -> str:
    """The fullest proper name of the cluster, or its first mention's text."""
    names = [m for m in cl.mentions if m.kind == "name"]
    if not names:
        first = min(cl.mentions, key=lambda m: m.start_char)
        return first.text
    # Fullest first, but a name that starts with a given name beats one that starts
    # with a nickname or title spaCy kept ("Crooked Jane Roe", "AG Roe").
    person = cl.label == "PERSON"
    best = max(names, key=lambda m: (person and m.text.split()[0].lower() in GIVEN_NAMES,
                                     len(m.text.split()), len(m.text), -m.start_char))
    text = best.text
    for p in POSSESSIVE:
        if text.endswith(p) and len(text) > len(p):
            text = text[: -len(p)]
    return text


def _attributes(cl: Cluster) -> tuple[Attribute, ...]:
    attrs: list[Attribute] = []
    seen: set[tuple[str, str]] = set()
    for a in cl.attributes:
        if (a.name, a.value) not in seen:
            seen.add((a.name, a.value))
            attrs.append(a)
    for role in dict.fromkeys(cl.roles):
        if ("role", role) not in seen:
            seen.add(("role", role))
            attrs.append(Attribute("role", role))
    return tuple(attrs)


def _relations(cl: Cluster, ids: dict[int, str], seen: set[tuple[str, ...]]) -> tuple[Relation, ...]:
    """Relations stated once: one already stated from the other side is dropped."""
    out = []
    me = ids[cl.cid]
    for typ, target in cl.relations:
        other = ids.get(target)
        if other is None or other == me:
            continue
        if typ in SYMMETRIC:
            key: tuple[str, ...] = (typ, *sorted((me, other)))
        elif typ == "parent":
            key = ("child", other, me)  # my parent is someone whose child I am
        else:
            key = (typ, me, other)
        if key in seen:
            continue
        seen.add(key)
        span = cl.relation_spans.get((typ, target))
        out.append(Relation(typ, other, *(span or (None, None))))
    return tuple(out)
