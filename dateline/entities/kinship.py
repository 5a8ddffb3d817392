"""Relations between entities in the walk, and kinship phrases resolved through them:
"his wife", "his late brother, Omar", "their children with X: A, B".

``Kinship`` is a collaborator of clusters.Resolver: the resolver hands it the clusters
and maps it builds (shared, not copied) and the two operations it may use on them
(make a cluster, link a mention to one); kinship keeps the relations stated so far
and answers three calls:

- ``resolve(c)``: link a kinship phrase and state the relation it says;
- ``relate(source, relation, target, first, last)``: state a relation (any kind: the
  resolver states jobs and memberships through it too), with the words that state it;
- ``name_end(tok)``: the last token of the name holding a token;
- ``named_later()``, after the walk: a relative met unnamed ("his father") whom a later
  phrase of the same one-of-a-kind kin of the same owner names ("His father, X").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.entities import relations as rel
from dateline.entities.attributes import age_after
from dateline.entities.lexicon import KINSHIP, ONE_OF_A_KIND_KIN
from dateline.entities.mentions import Candidate, make_candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dateline.entities.clusters import Cluster
    from dateline.entities.mentions import SentenceMap

INVERSE = {"spouse": "spouse", "sibling": "sibling", "child": "parent", "parent": "child"}


class Kinship:
    """Relations stated in one doc, and the kinship phrases resolved through them.

    doc (Doc), sents (SentenceMap): the parsed doc and its sentence map.
    clusters (list[Cluster]), name_of (dict[int, int]), tok_cluster (dict[int, int]):
        the resolver's clusters, name token -> cluster, mention head -> cluster (read,
        and extended for names found in a list of children).
    new (Callable[[str], Cluster]): makes a cluster of a type.
    link (Callable[[int, Candidate], None]): adds a mention to a cluster.
    """

    def __init__(self, doc: Doc, sents: SentenceMap, clusters: list[Cluster], name_of: dict[int, int],
                 tok_cluster: dict[int, int], new: Callable[[str], Cluster],
                 link: Callable[[int, Candidate], None]) -> None:
        self.doc = doc
        self.sents = sents
        self.clusters = clusters
        self.name_of = name_of
        self.tok_cluster = tok_cluster
        self._new = new
        self._link = link
        self.related: dict[int, set[int]] = {}  # target cluster -> clusters stating a relation to it

    def resolve(self, c: Candidate) -> None:
        """Link a kinship phrase ("his wife", "his late brother, Omar") and state the relation."""
        owner = self.tok_cluster.get(c.owner) if c.owner is not None else None
        if owner is None and c.owner is not None:
            owner = self.name_of.get(c.owner)
        relation = KINSHIP[c.key][0]
        head = self.doc[c.head]
        named_at = rel.named_appositions(head, self.name_of)
        if head.dep_ == "compound" and head.head.i in self.name_of:
            named_at.insert(0, head.head.i)  # "her husband John Roe" glued
        named = [self.name_of[i] for i in named_at]
        if c.number == "pl":
            if owner is not None:
                self._kin_list(c, owner, relation)
            for kin, at in zip(named, named_at, strict=True):
                if owner is not None:
                    self.relate(owner, relation, kin, c.start, self.name_end(at))
            return
        if named:
            target = named[0]
            self.clusters[named[0]].label = "PERSON"  # "his wife, Elena": a person, whatever NER said
            if owner is not None:
                self.relate(owner, relation, named[0], c.start, self.name_end(named_at[0]))
        else:
            known = self._known_relative(owner, relation, c.gender) if owner is not None else None
            if known is None:
                if owner is None and not c.subject:
                    return  # "a wife" of nobody we know, saying nothing
                cl = self._new("PERSON")
                cl.gender = c.gender
                known = cl.cid
                if owner is not None:
                    self.relate(owner, relation, known, c.start, c.end - 1)
            target = known
        self._link(target, c)

    def named_later(self) -> list[tuple[int, int]]:
        """RETURNS (unnamed relative, named relative) pairs to join: the two are what the
        same one-of-a-kind kin phrase of one owner refers to ("his father" met before the
        article names him, "His father, X")."""
        out = []
        for owner in self.clusters:
            by_kin: dict[str, list[int]] = {}
            for _, target in dict.fromkeys(owner.relations):
                for key in {m.key for m in self.clusters[target].mentions
                            if m.mode == "kin" and m.key in ONE_OF_A_KIND_KIN
                            and self.tok_cluster.get(m.owner if m.owner is not None else -1) == owner.cid}:
                    by_kin.setdefault(key, []).append(target)
            for targets in by_kin.values():
                named = [t for t in targets if any(m.kind == "name" for m in self.clusters[t].mentions)]
                unnamed = [t for t in targets if t not in named]
                if len(named) == 1 and len(unnamed) == 1:
                    out.append((unnamed[0], named[0]))
        return out

    def relate(self, source: int, relation: str, target: int, first: int, last: int) -> None:
        """State ``relation`` from cluster ``source`` to cluster ``target``; tokens
        ``first``..``last`` (inclusive) are the words that state it."""
        cl = self.clusters[source]
        cl.relations.append((relation, target))
        span = (self.doc[first].idx, self.doc[last].idx + len(self.doc[last].text))
        cl.relation_spans.setdefault((relation, target), span)
        self.related.setdefault(target, set()).add(source)

    def name_end(self, tok: int) -> int:
        """The last token of the name holding token ``tok`` (``tok`` when it is in none)."""
        cid = self.name_of.get(tok)
        while cid is not None and tok + 1 < len(self.doc) and self.name_of.get(tok + 1) == cid:
            tok += 1
        return tok

    def _known_relative(self, owner: int, relation: str, gender: str | None) -> int | None:
        """The one relative of this kind the article already gave ``owner`` (either side)."""
        hits = []
        for typ, target in self.clusters[owner].relations:
            if typ == relation:
                hits.append(target)
        inverse = INVERSE[relation]
        for cid in self.related.get(owner, ()):
            if (inverse, owner) in self.clusters[cid].relations:
                hits.append(cid)
        hits = [h for h in dict.fromkeys(hits)
                if not (gender and self.clusters[h].gender and self.clusters[h].gender != gender)]
        if not hits and relation == "spouse" and gender:
            hits = self._same_surname(owner, gender)
        return hits[0] if len(hits) == 1 else None

    def _same_surname(self, owner: int, gender: str) -> list[int]:
        """People of ``gender`` who share ``owner``'s surname: "Elena Hale ... her
        husband" is the one male Hale of the article (spouses only: a son shares it too)."""
        surnames = {m.text.split()[-1] for m in self.clusters[owner].mentions
                    if m.kind == "name" and len(m.text.split()) > 1}
        if not surnames:
            return []
        return [cl.cid for cl in self.clusters
                if cl.cid != owner and cl.label == "PERSON" and cl.gender == gender and cl.full_name
                and any(m.kind == "name" and m.text.split()[-1] in surnames and len(m.text.split()) > 1
                        for m in cl.mentions)]

    def _kin_list(self, c: Candidate, owner: int, relation: str) -> None:
        """"their children with X: A, 9, B, 6, and C": children of both, X the spouse."""
        region, items = rel.listed_after_colon(self.doc, c.head, self.sents.end(c.head))
        partners = []
        for i in region:
            cid = self.name_of.get(i)
            if cid is not None and self.clusters[cid].label == "PERSON" and cid not in partners:
                partners.append(cid)
                start = i
                while start > 0 and self.name_of.get(start - 1) == cid:
                    start -= 1
                if rel.kin_before(self.doc, start) == "spouse":
                    self.relate(owner, "spouse", cid, start - 1, self.name_end(i))
        for s, e in items:
            cid = self.name_of.get(s)
            if cid is None:
                cid = self._new("PERSON").cid
                name = make_candidate(self.doc, s, e, self.doc[e - 1], "name", "name", self.sents,
                                      key=self.doc[s:e].text.lower())
                for i in range(s, e):
                    self.name_of[i] = cid
                self._link(cid, name)
                age = age_after(self.doc, e)
                if age:
                    self.clusters[cid].attributes.append(age)
            if self.clusters[cid].label != "PERSON":
                continue
            for parent in [owner, *partners]:
                self.relate(parent, relation, cid, c.start, e - 1)
