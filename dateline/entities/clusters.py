"""Clustering: one left-to-right walk that links every candidate to an entity.

Names are grouped first (names.py); then the walk visits names, descriptors and
pronouns in text order, keeping a salience score per person (subjects weigh
more, weight halves with each sentence), so a pronoun or a definite description
goes to the most salient person it agrees with. Relations are stated as the
walk meets them, because a kinship phrase ("his wife") is resolved through
relations stated earlier ("their children with X").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from dateline.entities import relations as rel
from dateline.entities.attributes import age_after, origin_of, role_before_name
from dateline.entities.kinship import Kinship
from dateline.entities.lexicon import (
    GENERIC_HEADS,
    GROUP_TYPES,
    KINSHIP,
    ORDINAL_REFERENCES,
    RELATIVE_SUBJECTS,
    ROLE_METAPHORS,
)
from dateline.entities.mentions import Candidate, SentenceMap
from dateline.entities.nominal_links import NominalLinks
from dateline.entities.nominals import noun_type
from dateline.entities.quoted import SPEECH_VERBS, Quotation
from dateline.lexicon import PERSON_NOUNS, SUBJECT_DEPS
from dateline.types import Attribute

SUBJECT_WEIGHT = 100.0
OTHER_WEIGHT = 50.0
DECAY = 0.5  # per sentence
# A person the article names only by a given name (a child, a friend) is rarely
# the referent of an occupational description ("the singer").
PARTIAL_NAME_FACTOR = 0.2
UNKNOWN_GENDER_FACTOR = 0.5
# Minimum salience for a definite description to refer back by salience alone.
MIN_DEFINITE_SALIENCE = 2.0
# A little weight for how often a person has been mentioned: breaks ties between
# people out of recent focus.
PROMINENCE = 0.5
MAX_PROMINENT = 10
# Mentions inside quotations are reported speech, not the article's focus.
QUOTED_FACTOR = 0.25
# Bonus for the subject of a clause that governs the pronoun (outside quotes):
# "Hale told the host that he ..." -> he = Hale; the nearest clause first.
GOVERNING_SUBJECT = (150.0, 75.0)
MAX_CLIMB = 8
# Who a pronoun or description may refer to: anyone mentioned in the last NEAR_WINDOW
# sentences, or a recurring person (PROMINENT_MIN mentions) within FAR_WINDOW.
NEAR_WINDOW = 30
FAR_WINDOW = 300
PROMINENT_MIN = 4
# How far back "the commission said" looks for the organisation it names.
ORG_WINDOW = 10
# A subject pronoun continues the subject of the sentence before ("X agreed. He wrote ...").
PARALLEL_SUBJECT = 60.0
ROLE_QUALIFIERS = frozenset({"former", "ex", "vice", "deputy", "assistant", "associate",
                             "lieutenant", "acting", "interim"})
# The qualifiers that name another office, not the same office at another time or on
# another footing: "the deputy mayor" is not the mayor, "the former mayor" may be.
OFFICE_QUALIFIERS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant"})
OBJECT_DEPS = frozenset({"dobj", "iobj", "dative", "pobj"})
REFLEXIVES = frozenset({"himself", "herself"})
PLURAL_TAGS = frozenset({"NNPS", "NNS"})
POSSESSED_WINDOW = 4  # tokens after a possessor where the noun it owns stands ("'s former doctor")


@dataclass
class Cluster:
    """One entity while it is being built (mutable; turned into a frozen Entity at the end)."""

    cid: int
    label: str
    mentions: list[Candidate] = field(default_factory=list)
    gender: str | None = None
    full_name: bool = False
    roles: list[str] = field(default_factory=list)
    nouns: set[str] = field(default_factory=set)  # heads of descriptions linked to it ("a 14-year-old boy")
    attributes: list[Attribute] = field(default_factory=list)
    relations: list[tuple[str, int]] = field(default_factory=list)
    # (relation, target) -> character span of the words that state it (first statement)
    relation_spans: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict)
    salience: float = 0.0
    last_sent: int = 0
    subject_sent: int = -1  # sentence of the latest subject mention outside quotations
    last_head: int = -1  # token of the latest mention: the nearer wins a tie
    source: bool = False  # an unnamed source: never the referent of a later mention
    number: str = "sg"  # "pl" for a group named by a plural phrase ("the refugees")

    def score(self, sent: int) -> float:
        """Salience at sentence ``sent``: decayed recency plus a little prominence."""
        return self.salience * DECAY ** max(0, sent - self.last_sent) + PROMINENCE * min(
            len(self.mentions), MAX_PROMINENT)

    def age(self) -> str | None:
        """RETURNS the first age stated for this entity, or None."""
        for a in self.attributes:
            if a.name == "age":
                return a.value
        return None


class Resolver:
    """Walks the candidates of one doc and builds clusters.

    doc (Doc): the parsed doc. sents (SentenceMap): token -> sentence number.
    text (str | None): ``doc.text``, when the caller has built it (Doc.text joins every token).
    """

    def __init__(self, doc: Doc, sents: SentenceMap, quotations: list[Quotation], text: str | None = None) -> None:
        self.doc = doc
        self.sents = sents
        self.quotations = quotations
        self.clusters: list[Cluster] = []
        self.tok_cluster: dict[int, int] = {}  # token index -> cluster id, for linked mentions
        self.name_of: dict[int, int] = {}  # token index -> cluster id, for name tokens
        self.nested_of: dict[tuple[int, int], int] = {}  # a name inside a name -> cluster id
        # Cluster ids by latest mention: a pronoun looks back over a window, not the whole
        # article, so the walk stays linear in long texts.
        self.recent: dict[int, None] = {}
        self.kin = Kinship(doc, sents, self.clusters, self.name_of, self.tok_cluster, self._new, self._link)
        self.nominals = NominalLinks(doc, self.clusters, self.name_of, self.tok_cluster, self.recent,
                                     quotations, self._new, self._link, self._bound, self._most_salient,
                                     self._governing_subjects, doc.text if text is None else text)

    # -- set-up ---------------------------------------------------------------
    def add_name_groups(self, groups: list[list[Candidate]]) -> None:
        """Create one cluster per name group; mentions are added during the walk."""
        for group in groups:
            label = _majority([c.label for c in group])
            cl = self._new(label)
            genders = [c.gender for c in group if c.gender]
            cl.gender = _majority(genders) if genders else None
            cl.full_name = any(c.end - c.start > 1 for c in group)
            if label == "OTHER" and all(self.doc[c.head].tag_ in PLURAL_TAGS for c in group):
                cl.number = "pl"  # "the Belgians", "Muslims": a group
            for c in group:
                if c.mode == "nested":
                    self.nested_of[(c.start, c.end)] = cl.cid
                    continue
                for i in range(c.start, c.end):
                    self.name_of[i] = cl.cid

    def _new(self, label: str) -> Cluster:
        cl = Cluster(len(self.clusters), label)
        self.clusters.append(cl)
        return cl

    # -- the walk -------------------------------------------------------------
    def walk(self, candidates: list[Candidate]) -> None:
        """Link every candidate, in text order."""
        for c in candidates:
            if c.mode == "name":
                self._link(self.name_of[c.start], c)
                self._name_attributes(c)
            elif c.mode == "nested":
                self._link(self.nested_of[(c.start, c.end)], c)
            elif c.mode == "pronoun":
                if c.number == "sg":
                    cid = self._resolve_pronoun(c)
                else:
                    cid = self._resolve_plural(c)
                    if cid is None:
                        cid = self.nominals.resolve_group(c)
                if cid is not None:
                    self._link(cid, c)
            elif c.mode in ("neuter", "first"):
                cid = self.nominals.resolve_neuter(c) if c.mode == "neuter" else self.nominals.resolve_first(c)
                if cid is not None:
                    self._link(cid, c)
            elif c.mode == "nominal":
                self.nominals.nominal(c)
            elif c.mode == "ordinal":
                cid = self._resolve_ordinal(c)
                if cid is not None:
                    self._link(cid, c)
            elif c.mode == "appos":
                cid = self.name_of.get(c.owner)  # type: ignore[arg-type]
                if cid is not None and self.clusters[cid].label == "PERSON":
                    self._link(cid, c)
                    self._descriptor_attributes(cid, c)
                elif cid is not None and self.clusters[cid].label == "ORG" and c.key in ROLE_METAPHORS:
                    self._link(cid, c)  # "Acme, a leader in networking,"
            elif c.mode == "predicate":
                cid = self.tok_cluster.get(c.owner, self.name_of.get(c.owner))  # type: ignore[arg-type]
                if cid is not None and self._describes(cid, c):
                    self._link(cid, c)
                    self.clusters[cid].nouns.add(c.key)
            elif c.mode == "kin":
                self.kin.resolve(c)
            elif c.mode == "definite":
                self._definite(c)
            elif c.mode == "orgref":
                cid = self._resolve_organisation(c)
                if cid is not None:
                    self._link(cid, c)
                elif noun_type(self.doc[c.head]) in ("ORG", "LOC"):
                    # "the firm said": no name holds the word, so a nominal of its type
                    self.nominals.nominal(replace(c, mode="nominal", role="definite",
                                          label=noun_type(self.doc[c.head]) or c.label))
            elif c.mode == "source" and (c.number == "sg" or c.subject):
                cl = self._new("PERSON")
                cl.source = True
                self._link(cl.cid, c)
                self._descriptor_attributes(cl.cid, c)

    def absorb(self, source: int, target: int) -> None:
        """Move every mention, role, attribute and relation of cluster ``source`` into
        ``target`` (found to be one entity after the walk); relations to ``source`` now
        point to ``target``."""
        src, dst = self.clusters[source], self.clusters[target]
        dst.mentions.extend(src.mentions)
        dst.roles.extend(src.roles)
        dst.nouns |= src.nouns
        dst.attributes.extend(src.attributes)
        for rel_ in src.relations:
            if rel_ not in dst.relations:
                dst.relations.append(rel_)
        for key, span in src.relation_spans.items():
            dst.relation_spans.setdefault(key, span)
        src.mentions, src.roles, src.attributes, src.relations = [], [], [], []
        src.relation_spans = {}
        for cl in self.clusters:
            cl.relations = [(typ, target if t == source else t) for typ, t in cl.relations]
            cl.relation_spans = {(typ, target if t == source else t): span
                                 for (typ, t), span in cl.relation_spans.items()}
        for tok, cid in self.tok_cluster.items():
            if cid == source:
                self.tok_cluster[tok] = target

    def _link(self, cid: int, c: Candidate) -> None:
        """Add mention ``c`` to cluster ``cid`` and update its salience and gender."""
        cl = self.clusters[cid]
        cl.mentions.append(c)
        if c.mode in ("first", "nested", "predicate"):
            return  # "I" in a quotation, a name inside a name, "was a volunteer": no one is brought into focus
        weight = SUBJECT_WEIGHT if c.subject else OTHER_WEIGHT
        if c.quote >= 0:
            weight *= QUOTED_FACTOR
        elif c.subject:
            cl.subject_sent = c.sent
        cl.salience = cl.salience * DECAY ** max(0, c.sent - cl.last_sent) + weight
        cl.last_sent = max(cl.last_sent, c.sent)
        cl.last_head = max(cl.last_head, c.head)
        if cl.gender is None and c.gender is not None and cl.label == "PERSON":
            cl.gender = c.gender
        self.tok_cluster[c.head] = cid
        # keep ``recent`` ordered by last mention (move to the end)
        self.recent.pop(cid, None)
        self.recent[cid] = None

    def _describes(self, cid: int, c: Candidate) -> bool:
        """Whether a predicate nominal or apposition (predicates.py) describes entity ``cid``:
        any noun says what a person is, or what a name it follows in apposition is; a
        thing's predicate only when its noun states a type or a role ("Acme is the
        producer", not "the store was a breach of the deal")."""
        if self.clusters[cid].label == "PERSON" or self.doc[c.head].dep_ == "appos":
            return True
        return noun_type(self.doc[c.head]) in ("ORG", "LOC") or c.key in ROLE_METAPHORS

    def _name_attributes(self, c: Candidate) -> None:
        cid = self.name_of[c.start]
        cl = self.clusters[cid]
        if cl.label != "PERSON":
            return
        if c.role:
            cl.roles.append(c.role)
        role = role_before_name(self.doc, c.start)
        if role:
            cl.roles.append(role)
        titled = rel.title_organisation(self.doc, c.start, self.name_of)
        if titled is not None and self.clusters[self.name_of[titled[0]]].label == "ORG":
            # "FCC Chair Dana Whitlow", "Acme's spokesman Ray Ocampo"
            org = self.name_of[titled[0]]
            start = titled[0]
            while start > 0 and self.name_of.get(start - 1) == org:
                start -= 1
            self.kin.relate(cid, rel.job_relation(titled[1]), org, start, c.end - 1)
        org_tok = rel.name_of_organisation(self.doc[c.end - 1])
        body = self.name_of.get(org_tok.i) if org_tok is not None else None
        if org_tok is not None and body is not None and body != cid and self.clusters[body].label == "ORG":
            # "Gary Roe of the Green Party": a member of it
            self.kin.relate(cid, "member_of", body, c.start, self.kin.name_end(org_tok.i))
        age = age_after(self.doc, c.end)
        if age:
            cl.attributes.append(age)

    def _descriptor_attributes(self, cid: int, c: Candidate) -> None:
        cl = self.clusters[cid]
        cl.nouns.add(c.key)
        if c.role:
            cl.roles.append(c.role)
        age = age_after(self.doc, c.end)
        if age:
            cl.attributes.append(age)
        origin = origin_of(self.doc, c.head)
        if origin:
            cl.attributes.append(origin)
        if c.key in KINSHIP:
            # "Lena Roe, the daughter of Sam Roe": Sam Roe's child.
            obj = rel.of_object(self.doc[c.head])
            other = self.name_of.get(obj.i) if obj is not None else None
            if other is not None and other != cid and self.clusters[other].label == "PERSON":
                self.kin.relate(other, KINSHIP[c.key][0], cid, c.start, self.kin.name_end(obj.i))  # type: ignore[union-attr]
            return
        employer = rel.employer_of(self.doc[c.head])
        if employer:
            target = self.name_of.get(employer[1].i)
            # Only organisations employ: "attorney general of Oklahoma" is an office, not a job.
            if target is not None and self.clusters[target].label == "ORG":
                self.kin.relate(cl.cid, employer[0], target, c.start, self.kin.name_end(employer[1].i))
        elif c.key in PERSON_NOUNS and (poss := rel.possessor(self.doc[c.head])) is not None:
            # "the company's chief executive": works for the organisation that owns the role.
            target = self.tok_cluster.get(poss.i, self.name_of.get(poss.i))
            if target is not None and target != cid and self.clusters[target].label == "ORG":
                self.kin.relate(cid, rel.job_relation(c.key), target, c.start, c.end - 1)
        elif c.key in PERSON_NOUNS:
            # "the Harlow Motors chief executive": an organisation's name before the role
            orgs = {self.name_of[i] for i in range(c.start, c.head) if i in self.name_of
                    and self.clusters[self.name_of[i]].label == "ORG"}
            if len(orgs) == 1 and cid not in orgs:
                self.kin.relate(cid, rel.job_relation(c.key), orgs.pop(), c.start, c.end - 1)

    # -- agreement and constraints --------------------------------------------
    def _persons(self, c: Candidate) -> list[tuple[Cluster, float]]:
        """People ``c`` may refer to, with their salience (gender-weighted); none bound by ``c``'s clause."""
        bound = self._bound(c)
        governing = self._governing_subjects(c)
        out = []
        for cid in reversed(self.recent):  # most recently mentioned first
            cl = self.clusters[cid]
            gap = c.sent - cl.last_sent
            if gap > FAR_WINDOW:
                break
            if gap > NEAR_WINDOW and len(cl.mentions) < PROMINENT_MIN:
                continue
            if cl.label != "PERSON" or cl.source or cl.number == "pl" or cid in bound:
                continue
            if c.gender and cl.gender and c.gender != cl.gender:
                continue
            weight = UNKNOWN_GENDER_FACTOR if (c.gender and not cl.gender) else 1.0
            bonus = governing.get(cl.cid, 0.0)
            if c.subject and c.quote < 0 and cl.subject_sent == c.sent - 1:
                bonus += PARALLEL_SUBJECT
            out.append((cl, (cl.score(c.sent) + bonus) * weight))
        return out

    def _governing_subjects(self, c: Candidate) -> dict[int, float]:
        """Clusters that are subjects of the clauses above ``c`` (nearest first), with bonuses.

        For a description, the subject of the clause right above it gets none: "he
        demanded that the treasurer resign" is two people (a name or description is free
        in the clause that governs it), but "Okafor went on, a friend adding that the
        singer ..." is one.
        """
        tok = self.doc[c.head]
        if c.quote >= 0 or tok.dep_ in OBJECT_DEPS:
            return {}
        out: dict[int, float] = {}
        seen = 0
        node = tok
        for hop in range(MAX_CLIMB):
            if node.head.i == node.i or seen >= len(GOVERNING_SUBJECT):
                break
            node = node.head
            for child in node.children:
                if child.dep_ in SUBJECT_DEPS and child.i != tok.i and child.i < tok.i:
                    cid = self.tok_cluster.get(child.i)
                    if cid is None and child.lower_ in RELATIVE_SUBJECTS and node.dep_ == "relcl":
                        # "Ferrand, who had told Alcaraz he would ...": who told is the antecedent
                        cid = self.tok_cluster.get(node.head.i, self.name_of.get(node.head.i))
                    if c.kind != "pronoun" and hop <= 1:
                        seen = len(GOVERNING_SUBJECT)  # the clause right above a description
                    elif cid is not None and cid not in out:
                        out[cid] = GOVERNING_SUBJECT[seen]
                        seen += 1
                    break
        return out

    def _bound(self, c: Candidate) -> set[int]:
        """Clusters an object pronoun/description cannot co-refer with: its verb's subject."""
        out = set()
        if c.quote >= 0:
            # Inside a quotation, "he"/"she" is never its speaker (who says "I").
            speaker = self.quotations[c.quote].speaker
            if speaker is not None and speaker in self.tok_cluster:
                out.add(self.tok_cluster[speaker])
        if c.owner is not None and c.owner in self.tok_cluster:
            out.add(self.tok_cluster[c.owner])  # "Hale's strategist" is not Hale
        tok = self.doc[c.head]
        if tok.dep_ not in OBJECT_DEPS or tok.lower_ in REFLEXIVES:
            return out
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i in self.tok_cluster:
                out.add(self.tok_cluster[child.i])
        return out

    def _resolve_pronoun(self, c: Candidate) -> int | None:
        """RETURNS the cluster a pronoun refers to (the most salient agreeing person), or None."""
        if c.key in REFLEXIVES:
            # "Hale blamed himself": a reflexive takes its own clause's subject;
            # "Whitlow herself": an emphatic one, the name it stands by.
            verb = self.doc[c.head].head
            if verb.i in self.name_of and self.clusters[self.name_of[verb.i]].label == "PERSON":
                return self.name_of[verb.i]
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS and child.i in self.tok_cluster:
                    cid = self.tok_cluster[child.i]
                    if self.clusters[cid].gender in (None, c.gender):
                        return cid
        if c.quote < 0:
            forward = self.nominals.cataphor(c)
            if forward is not None:
                return forward
        options = self._persons(c)
        if not options:
            return None
        best = max(options, key=lambda p: (round(p[1], 1), p[0].last_head))
        return best[0].cid

    def _resolve_plural(self, c: Candidate) -> int | None:
        """RETURNS the group "they/them/their" refers to, or None.

        Only "they" as the subject of a speech verb ("they said", the case a quote's
        speaker rests on), and only a group (organisation, party, plural source) that
        was a subject, outside quotations, in this sentence or the one before:
        "Officials at the agency said they ..." Elsewhere "they" is left alone: on
        PolNeAR dev, linking every "they/them/their" that way was right about half
        the time.
        """
        tok = self.doc[c.head]
        if c.quote >= 0 or not c.subject or tok.head.lemma_ not in SPEECH_VERBS:
            return None
        def weigh(cl: Cluster) -> float | None:
            group = cl.label in GROUP_TYPES or (cl.source and any(m.number == "pl" for m in cl.mentions))
            return cl.score(c.sent) if group and cl.subject_sent >= c.sent - 1 else None

        return self._most_salient(c, 1, weigh)

    def _resolve_ordinal(self, c: Candidate) -> int | None:
        """RETURNS the later ("the latter") or the earlier ("the former") of the two named
        entities of one type mentioned last, in this sentence or the one before ("Dana Roe
        met Ray Vance in Ohio. The former said": Roe), or None."""
        named = [cl for cid in reversed(self.recent) if (cl := self.clusters[cid]).last_sent >= c.sent - 1
                 and cl.last_head < c.head and any(m.kind == "name" for m in cl.mentions)]
        named.sort(key=lambda cl: cl.last_head, reverse=True)
        for k, later in enumerate(named):
            earlier = next((cl for cl in named[k + 1:] if cl.label == later.label), None)
            if earlier is not None:
                return (later, earlier)[ORDINAL_REFERENCES[c.key]].cid
        return None

    def _most_salient(self, c: Candidate, window: int, weigh: Callable[[Cluster], float | None]) -> int | None:
        """The cluster mentioned in the ``window`` sentences up to ``c`` that ``weigh``
        scores highest (``weigh`` gives None for one that may not be meant), or None; the
        most recently mentioned wins a tie."""
        best: tuple[float, int] | None = None
        for cid in reversed(self.recent):
            cl = self.clusters[cid]
            if c.sent - cl.last_sent > window:
                break
            score = weigh(cl)
            if score is not None and (best is None or score > best[0]):
                best = (score, cid)
        return best[1] if best else None

    def _resolve_organisation(self, c: Candidate) -> int | None:
        """RETURNS the organisation named in the last sentences whose name holds the head
        word of "the commission said" ("Commission on Presidential Debates"), or None."""
        for cid in reversed(self.recent):
            cl = self.clusters[cid]
            if c.sent - cl.last_sent > ORG_WINDOW:
                break
            if cl.label in ("ORG", "EVENT") and any(
                    m.kind == "name" and c.key in m.text.lower().split() for m in cl.mentions):
                return cid
        return None

    def _definite(self, c: Candidate) -> None:
        """Link a definite description: to who holds its role, else (as a subject) to the
        most salient agreeing person, else to a new person (one no later mention refers
        to when the description is no subject)."""
        age = age_after(self.doc, c.end)
        options = [(cl, s) for cl, s in self._persons(c)
                   if not (age and cl.age() and cl.age() != age.value)]
        # who holds its role, or was described by its noun ("the boy" after "X, a 14-year-old boy")
        by_role = [(cl, s) for cl, s in options
                   if any(_same_role(r, c) for r in cl.roles) or (c.role is None and c.key in cl.nouns)]
        cid: int | None = None
        if by_role:
            cid = max(by_role, key=lambda p: p[1])[0].cid
        elif options and self._refers_back(c):
            # Descriptions refer to the article's main people: global prominence counts more.
            # Not to one whose office the description's qualifier sets apart ("the vice
            # president" is someone else than the one who holds "president").
            scored = [(cl, (s + PROMINENCE * min(len(cl.mentions), MAX_PROMINENT))
                       * (1.0 if cl.full_name else PARTIAL_NAME_FACTOR)) for cl, s in options
                      if not any(_other_office(r, c) for r in cl.roles)]
            cl, s = max(scored, key=lambda p: p[1]) if scored else (None, 0.0)
            if cl is not None and s >= MIN_DEFINITE_SALIENCE:
                cid = cl.cid
        if cid is None:
            cl = self._new("PERSON")
            # an unresolved description that is no speaker or agent ("told the host"):
            # someone of their own, whom no later pronoun or description is taken for
            cl.source = not c.subject
            cid = cl.cid
        self._link(cid, c)
        self._descriptor_attributes(cid, c)

    def _refers_back(self, c: Candidate) -> bool:
        """Whether a description with no matching role may take the most salient person.

        Only a subject does ("The architect won the prize", "“...,” the strategist said"):
        as an object or inside a quotation it is as often someone new ("told the host").
        "Jane Roe's doctor" names someone new.
        A bare generic head ("the man") must match a role; a modified one may not.
        """
        if c.quote >= 0 or not (c.subject or self._owns_subject(c)):
            return False
        if c.owner is not None:
            # "Jane Roe's doctor said", "the ad's narrator says": someone new, unless the
            # role matched. (Letting a person's "former strategist" attributing a quote
            # take the most salient person linked a candidate's doctor to his rival on
            # PolNeAR dev: not worth the re-mentions it gets right.)
            return False
        return c.key not in GENERIC_HEADS or self._modified(c)

    def _owns_subject(self, c: Candidate) -> bool:
        """Whether a description owns a person ("the senator's former aide", "the
        candidate's doctor"): someone the article has met, as a subject is (not "the
        sheriff's station")."""
        tok = self.doc[c.head]
        if tok.dep_ != "poss":
            return False
        # the noun the possessive stands before (the parser may hang the possessor elsewhere)
        for nxt in self.doc[c.end:c.end + POSSESSED_WINDOW]:
            if nxt.pos_ == "NOUN":
                return nxt.lower_ in PERSON_NOUNS or nxt.lower_ in KINSHIP
            if nxt.pos_ not in ("PART", "ADJ", "ADV", "PUNCT"):
                return False
        return False

    def _modified(self, c: Candidate) -> bool:
        """Whether a description is specific enough to refer back by salience
        ("the Nevada senator", "the former mayor" but not "the man")."""
        return any(child.dep_ in ("amod", "compound", "poss") for child in self.doc[c.head].lefts)


def _same_role(role: str, c: Candidate) -> bool:
    """Whether a held role matches a description: "senator" ~ "the senator". A qualified
    office ("former president", "vice president") only matches a description that
    says the qualifier too: the vice president is not "the president"; nor does a
    description naming another office ("the deputy mayor") match the office itself."""
    words = c.text.lower().split()
    if any(q in role.split() and q not in words for q in ROLE_QUALIFIERS):
        return False
    if any(q in words and q not in role.split() for q in OFFICE_QUALIFIERS):
        return False  # "the former vice president" is not the one whose role is "president"
    return role == c.key or role.endswith(" " + c.key) or (c.role is not None and role == c.role)


def _other_office(role: str, c: Candidate) -> bool:
    """Whether a held role has the description's head but another office: "mayor" for
    "the deputy mayor", "vice president" for "the president"."""
    return role.split()[-1] == c.key and not _same_role(role, c)


def _majority(values: list[str]) -> str:
    """The most frequent value; the earliest wins a tie."""
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: (counts[v], -values.index(v)))
