"""Linking what is not a person's name or a person pronoun: nominals ("the firm",
"the country", "users"), "it/its", "they/them/their", "I/we" in a quotation, and a
possessive pronoun before the name it points forward to ("In his speech, Hale").

A collaborator of clusters.Resolver (it shares the resolver's clusters, maps and salience).
The rules, each checked on news of several outlets:

- a nominal in apposition to a name, or with a name in apposition to it, is that
  entity ("Norvale, a software maker,"), whose type it then states;
- a definite nominal ("the company", "the team") is, in a quotation, the one side the
  speaker works for or whose roles name it ("“The team was tired,” said Norland coach
  X"); else the nearest entity mentioned with the same head noun and no new modifier,
  else the most salient named entity of its type in the last sentences (an
  organisation for a company noun, "the firm"; "the court", "the party" only a name
  holding the word; a named country or state for "the country"; "the city", "the
  region" are left alone: as often a place not named before as the one last named);
  a bare organisation noun in the headline is definite (headlines drop their
  articles: "Acme executive leaves company"); a nominal that is not definite ("a
  firm", "users", "its headquarters") is an entity of its own;
- an organisation or place noun before a singular noun ("the company website", "city
  mayor X") is the entity whose name holds it, or for a company noun the salient
  organisation; else no mention;
- "the former" / "the latter" (clusters.py) is the earlier or the later of the two named
  entities of one type mentioned last, in this sentence or the one before;
- "its" is the most salient organisation or place (or other thing named) of
  this or the previous sentence that is not a group of people and not bound by
  the clause; "it" only as a subject, and only an organisation or place that was a
  subject in this or the previous sentence (it is more often a thing untracked),
  or that spoke the quotation before the one "it" attributes ("“...,” said Acme.
  “...,” it added");
- "they/them/their" is the most salient group (a plural phrase, an organisation, a
  country called "the team") of this or the previous sentence, a group that is the
  subject of a clause above it first ("Harbor United had to repaint their bus": the
  club, not the teams before);
- "I/me/my" in a quotation is its speaker; "we/us/our" is the speaker when that
  is an organisation or a group, else the organisation the speaker works for, else
  the one organisation or place the speaker's roles name ("Norland coach X", "the
  agency's spokeswoman", "Swedish captain X": a country of the article the adjective is
  made from), else one unnamed group per speaker (all the "we" a person
  says in the article); a document that speaks ("the agency's letter reads") speaks
  for the organisation that owns it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.entities.lexicon import COMPANY_NOUNS, COUNTRY_NOUNS, NAMING_OF_NOUNS, SPEAKERS_SIDE_NOUNS
from dateline.entities.mentions import Candidate, clause_root
from dateline.entities.names import MAX_HEADLINE
from dateline.entities.relations import country_of, employer_of, title_nationality, title_organisation
from dateline.lexicon import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dateline.entities.clusters import Cluster
    from dateline.entities.quoted import Quotation

# How far back (sentences) each kind of reference looks.
SAME_HEAD_WINDOW = 12
TYPED_WINDOW = {"ORG": 6, "LOC": 3}
NEUTER_WINDOW = 1
PLURAL_WINDOW = 1
# A singular organisation is a less likely referent of "they" than a plural phrase.
ORG_AS_PLURAL = 0.5
# Subject of this or the previous sentence: the focus "it/they" continue.
FOCUS_BONUS = 60.0
# Named in the nominal's own sentence: "a memo at Norvale showed the company ...".
SAME_SENTENCE_BONUS = 60.0
PLACE_LABELS = frozenset({"GPE", "LOC"})
THING_LABELS = frozenset({"ORG", "GPE", "LOC", "OTHER", "WORK", "EVENT"})
NEUTER_SUBJECT_LABELS = frozenset({"ORG", "GPE"})
WEAK_LABELS = frozenset({"OTHER", "WORK", "EVENT"})
DETERMINER_WORDS = frozenset({"the", "this", "that", "these", "those", "a", "an"})
CATAPHORA_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})
# A role's modifiers that name whose side its holder is on ("Norland coach", "the agency's
# spokeswoman"), and the types such a side has.
SIDE_DEPS = frozenset({"compound", "poss"})
SIDE_LABELS = frozenset({"ORG", "GPE"})


class NominalLinks:
    """Links nominals and non-person pronouns for the Resolver (clusters.py), whose clusters,
    token maps and salience it shares: a collaborator, as Kinship is.

    doc (Doc): the parsed doc. clusters (list[Cluster]): the resolver's clusters.
    name_of, tok_cluster (dict[int, int]): token -> cluster of names, of linked mentions.
    recent (dict[int, None]): cluster ids by latest mention. quotations (list[Quotation]).
    new, link, bound, most_salient, governing: the resolver's ways to make a cluster, link a
        candidate, find the clusters a candidate's clause binds, pick the most salient, find
        the subjects of the clauses above a candidate. text (str): ``doc.text``.
    """

    def __init__(self, doc: Doc, clusters: list[Cluster], name_of: dict[int, int],
                 tok_cluster: dict[int, int], recent: dict[int, None], quotations: list[Quotation],
                 new: Callable[[str], Cluster], link: Callable[[int, Candidate], None],
                 bound: Callable[[Candidate], set[int]],
                 most_salient: Callable[[Candidate, int, Callable[[Cluster], float | None]], int | None],
                 governing: Callable[[Candidate], dict[int, float]], text: str) -> None:
        self.doc = doc
        self.clusters = clusters
        self.name_of = name_of
        self.tok_cluster = tok_cluster
        self.recent = recent
        self.quotations = quotations
        self._new = new
        self._link = link
        self._bound = bound
        self._most_salient = most_salient
        self.governing = governing
        self.we_of: dict[int, int] = {}  # speaker cluster -> the unnamed group their "we" is
        newline = text.find("\n")
        self.headline_end = newline if 0 < newline < MAX_HEADLINE else 0

    # -- nominals ---------------------------------------------------------------
    def nominal(self, c: Candidate) -> None:
        """Link a nominal (module docstring); it gets an entity of its own when no rule links it."""
        if c.role == "modifier":
            # "the company website": the organisation named before, or no mention at all
            cid = self._same_head(c, names_only=True)
            if cid is None and c.key in COMPANY_NOUNS:
                cid = self._salient_named(c)
            if cid is not None:
                self._link(cid, c)
            return
        cid = self._apposed_name(c)
        if cid is not None:
            self._retype(cid, c)
        elif c.role == "bare" and not self._headline_organisation(c):
            cid = self._same_head(c, exact=True)
        elif c.role in ("definite", "bare"):
            cid = self._named_by_of(c)
            if cid is None and c.quote >= 0 and c.key in SPEAKERS_SIDE_NOUNS and c.number == "sg":
                cid = self._speakers_side(c)
            if cid is None:
                cid = self._same_head(c)
            if cid is None and c.number == "sg" and (c.key in COMPANY_NOUNS or c.key in COUNTRY_NOUNS):
                cid = self._salient_named(c)
        if cid is None:
            cl = self._new(c.label)
            cl.number = c.number
            # an unnamed person met as an object is rarely referred back to by "he/she"
            cl.source = c.label == "PERSON" and not c.subject
            cid = cl.cid
        self._link(cid, c)

    def _speakers_side(self, c: Candidate) -> int | None:
        """The one organisation or place a quotation's speaker works for or whose roles
        name it, for "the team", "the company" they speak of, or None."""
        speaker = self.quotations[c.quote].speaker
        cid = self.tok_cluster.get(speaker, self.name_of.get(speaker)) if speaker is not None else None
        if cid is None or self.clusters[cid].label != "PERSON":
            return None
        cl = self.clusters[cid]
        sides = {t for typ, t, *_ in cl.relations if typ in ("employee_of", "member_of")} | self._sides(cl)
        return sides.pop() if len(sides) == 1 else None

    def _headline_organisation(self, c: Candidate) -> bool:
        """Whether a bare nominal is an organisation in the headline, read as definite:
        a headline drops its articles ("Acme executive leaves company")."""
        return c.label == "ORG" and c.number == "sg" and c.end_char <= self.headline_end

    def _apposed_name(self, c: Candidate) -> int | None:
        """The name in apposition with the nominal ("Norvale, a software maker"), or None."""
        tok = self.doc[c.head]
        if tok.dep_ == "appos" and tok.head.i in self.name_of:
            return self.name_of[tok.head.i]
        for child in tok.rights:
            if child.dep_ == "appos" and child.i in self.name_of:
                return self.name_of[child.i]
        return None

    def _retype(self, cid: int, c: Candidate) -> None:
        """The type an apposed nominal states wins over a weak guess of the name tagger
        (OTHER, WORK, EVENT: "Quillon, a software maker")."""
        cl = self.clusters[cid]
        if cl.label not in WEAK_LABELS or c.number != "sg":
            return  # a person, organisation or place: names.py weighed the article's evidence
        cl.label = c.label

    def _same_head(self, c: Candidate, exact: bool = False, names_only: bool = False) -> int | None:
        """The latest entity mentioned by a nominal with the same head and number whose words
        include every modifier of ``c`` ("the team" after "the six-member team"), or whose
        organisation name holds the head and every modifier ("the council" after "the
        City Council", not "the Dutch team" after "Team Norvale").
        ``exact``: a bare nominal ("religious schools") repeats only the very same words.
        ``names_only``: only an organisation or place name holds the head."""
        words = _modifiers(c.text)
        for cid in reversed(self.recent):
            cl = self.clusters[cid]
            if c.sent - cl.last_sent > SAME_HEAD_WINDOW:
                break
            for m in cl.mentions:
                if not names_only and m.kind == "descriptor" and m.key == c.key and m.number == c.number and (
                        words == _modifiers(m.text) if exact else words <= _modifiers(m.text) | {c.key}):
                    return cid
                if not exact and m.kind == "name" and c.key[:-1] in m.text.lower() and c.key in _singulars(m.text) \
                        and words <= _modifiers(m.text) | {c.key} and (
                            _same_kind(c.label, cl.label)
                            # "the memorial" after "the Halvard Memorial", tagged ORG: its last word
                            or (c.label == "LOC" and cl.label == "ORG" and c.key in _singulars(m.text.split()[-1]))):
                    return cid
        return None

    def _named_by_of(self, c: Candidate) -> int | None:
        """The name a naming noun takes with "of" ("the city of Lyon", "the church of X",
        "the island of Crete"): that name's entity, or None."""
        if c.key not in NAMING_OF_NOUNS or c.number != "sg":
            return None
        for prep in self.doc[c.head].rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((t for t in prep.children if t.dep_ == "pobj"), None)
                # the construction names the thing whatever the tagger typed it, but no person
                if obj is not None and obj.i in self.name_of \
                        and self.clusters[self.name_of[obj.i]].label != "PERSON":
                    return self.name_of[obj.i]
        return None

    def _salient_named(self, c: Candidate) -> int | None:
        """The most salient named entity of the nominal's type in the last sentences."""
        def weigh(cl: Cluster) -> float | None:
            if cl.number != "sg" or not any(m.kind == "name" for m in cl.mentions):
                return None
            if c.label == "ORG" and cl.label != "ORG":
                return None
            if c.label == "LOC" and (cl.label not in PLACE_LABELS
                                     or (c.key in COUNTRY_NOUNS and cl.label != "GPE")):
                return None
            return cl.score(c.sent) + (SAME_SENTENCE_BONUS if cl.last_sent == c.sent else 0.0)

        return self._most_salient(c, TYPED_WINDOW.get(c.label, 0), weigh)

    # -- pronouns -----------------------------------------------------------------
    def resolve_neuter(self, c: Candidate) -> int | None:
        """RETURNS the organisation or place "it/its" refers to, or None."""
        bound = self._bound(c)
        # "it" is most often a thing the layer does not track ("the software ... it"): only
        # as a subject continuing an organisation or place that was a subject itself.
        strict = c.key == "it"
        if strict and not c.subject:
            return None
        again = self._speaks_again(c) if strict else None
        if again is not None:
            return again
        def weigh(cl: Cluster) -> float | None:
            if cl.label not in THING_LABELS or cl.number != "sg" or cl.cid in bound:
                return None
            if strict and (cl.subject_sent < c.sent - 1 or cl.label not in NEUTER_SUBJECT_LABELS):
                return None
            return cl.score(c.sent) + (FOCUS_BONUS if cl.subject_sent >= c.sent - 1 else 0.0)

        return self._most_salient(c, NEUTER_WINDOW, weigh)

    def _speaks_again(self, c: Candidate) -> int | None:
        """The organisation or place that spoke the quotation before the one "it" attributes
        ("“...,” said Acme. “...,” it added"), or None."""
        k = next((k for k, q in enumerate(self.quotations) if q.speaker == c.head), None)
        if not k:
            return None
        before = self.quotations[k - 1].speaker
        if before is None:
            return None
        cid = self.tok_cluster.get(before, self.name_of.get(before))
        if cid is None or self.clusters[cid].label not in NEUTER_SUBJECT_LABELS:
            return None
        return cid

    def resolve_group(self, c: Candidate) -> int | None:
        """RETURNS the group "they/them/their" refers to, or None."""
        bound = self._bound(c)
        governing = self.governing(c) if c.quote < 0 else {}
        def weigh(cl: Cluster) -> float | None:
            if cl.cid in bound:
                return None
            if cl.number == "pl":
                factor = 1.0
            elif cl.label == "ORG" or (cl.source and any(m.number == "pl" for m in cl.mentions)) or any(
                    m.kind == "descriptor" and m.key in SPEAKERS_SIDE_NOUNS for m in cl.mentions):
                # an organisation; a country called "the team" (a national side)
                factor = ORG_AS_PLURAL
            else:
                return None
            return (cl.score(c.sent) + (FOCUS_BONUS if cl.subject_sent >= c.sent - 1 else 0.0)) * factor \
                + governing.get(cl.cid, 0.0)

        return self._most_salient(c, PLURAL_WINDOW, weigh)

    def resolve_first(self, c: Candidate) -> int | None:
        """RETURNS the speaker a first-person pronoun in a quotation refers to, or None."""
        if c.quote < 0:
            return None
        speaker = self.quotations[c.quote].speaker
        if speaker is None:
            return None
        cid = self.tok_cluster.get(speaker, self.name_of.get(speaker))
        if cid is None:
            # "the agency's letter reads “we ...”": a document speaks for who owns it
            owners = {self.name_of[t.i] for t in self.doc[speaker].lefts
                      if t.dep_ in SIDE_DEPS and t.i in self.name_of}
            owners = {o for o in owners if self.clusters[o].label in SIDE_LABELS}
            return owners.pop() if c.number == "pl" and len(owners) == 1 else None
        cl = self.clusters[cid]
        group = cl.label != "PERSON" or cl.number == "pl"
        if c.number == "sg":
            return None if group else cid
        if group:
            return cid
        employers = [t for typ, t, *_ in cl.relations if typ in ("employee_of", "member_of")]
        if len(set(employers)) == 1:
            return employers[0]
        sides = self._sides(cl)
        if len(sides) == 1:
            return sides.pop()
        # the speaker's side, unnamed: every "we" this person says in the article
        if cid not in self.we_of:
            side = self._new("PERSON")
            side.number = "pl"
            side.source = True  # not the referent of a later "he/she" or description
            self.we_of[cid] = side.cid
        return self.we_of[cid]

    def _sides(self, cl: Cluster) -> set[int]:
        """The organisations and places a person's roles name ("Norland coach X", "the
        agency's spokeswoman", "the team's captain", "a spokesman for X", "Swedish captain
        X"): whose "we" they speak."""
        out: set[int] = set()
        for m in cl.mentions:
            if m.kind == "name":
                titled = title_organisation(self.doc, m.start, self.name_of)
                if titled is not None:
                    out.add(self.name_of[titled[0]])
                elif (adjective := title_nationality(self.doc, m.start)) is not None:
                    country = country_of(adjective.text, self._countries())
                    if country is not None:
                        out.add(country)  # "English captain X": England
                continue
            if m.kind != "descriptor" or m.key not in PERSON_NOUNS:
                continue
            tok = self.doc[m.head]
            out.update(self.name_of[t.i] for t in tok.lefts if t.dep_ in SIDE_DEPS and t.i in self.name_of)
            employer = employer_of(tok)
            if employer is not None and employer[1].i in self.name_of:
                out.add(self.name_of[employer[1].i])
        return {cid for cid in out if cid != cl.cid and self.clusters[cid].label in SIDE_LABELS}

    def _countries(self) -> dict[str, int]:
        """One-word names of the article's countries and other states (GPE) -> cluster."""
        out: dict[str, int] = {}
        for cl in self.clusters:
            if cl.label == "GPE":
                for m in cl.mentions:
                    if m.kind == "name" and " " not in m.key:
                        out.setdefault(m.key, cl.cid)
        return out

    def cataphor(self, c: Candidate) -> int | None:
        """The person a pronoun in a phrase before its clause's subject points forward to
        ("In his speech, Hale said"), or None."""
        tok = self.doc[c.head]
        root = clause_root(tok)
        # the named subject: the parser may make a title before the name the subject, the
        # name its apposition or a second subject ("Malvia's Prime Minister, Tomas Reyna, said")
        subjects = [ch for ch in root.children if ch.dep_ in ("nsubj", "nsubjpass")]
        named = [t for ch in subjects for t in (ch, *(a for a in ch.rights if a.dep_ == "appos"))
                 if t.i in self.name_of]
        subj = named[0] if named else (subjects[0] if subjects else None)
        if subj is None or subj.i < tok.i or subj.i not in self.name_of:
            return None
        node = tok
        while node.head.i != root.i and node.head.i != node.i:
            node = node.head
        if node.i == root.i or node.dep_ not in CATAPHORA_DEPS or node.i > subj.i:
            return None
        cid = self.name_of[subj.i]
        cl = self.clusters[cid]
        if cl.label != "PERSON" or (c.gender and cl.gender and c.gender != cl.gender):
            return None
        return cid


def _same_kind(nominal: str, name: str) -> bool:
    """Whether a nominal of type ``nominal`` (ORG or LOC) may stand for a name of type ``name``."""
    if nominal == "ORG":
        return name in ("ORG", "OTHER")
    return nominal == "LOC" and name in PLACE_LABELS


def _singulars(text: str) -> set[str]:
    """The words of a name, lower case, with plural ones also in the singular ("Galleries")."""
    out = set()
    for w in text.lower().split():
        out.add(w)
        if w.endswith("ies"):
            out.add(w[:-3] + "y")
        elif w.endswith("s") and not w.endswith("ss"):
            out.add(w[:-1])
    return out


def _modifiers(text: str) -> set[str]:
    """The words of a phrase other than its determiners, lower case."""
    return {w for w in text.lower().replace("’", "'").replace("'s", "").split()
            if w not in DETERMINER_WORDS}
