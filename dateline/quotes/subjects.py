"""Who a cue belongs to: the subject of a verb of saying, found through the parse
(participles, relative clauses, speech nouns and their owners) or, where the parser
lost it, from the clause the verb closes."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.quotes.lexicon import (
    AGENT_NOT_SOURCE_VERBS,
    FINITE_TAGS,
    FRONTED_HOST_DEPS,
    ISSUING_VERBS,
    OBJECT_CASE_PRONOUNS,
    OBJECT_CONTROL_VERBS,
    OCCASION_PREPOSITIONS,
    PLACE_ENTS,
    POLL_NOUNS,
    PRONOUN_SPEAKERS,
    RELATIVE_PRONOUNS,
    SHARED_SUBJECT,
    SUBJECT_DEPS,
    TRAILING_SPEECH_VERBS,
)
from dateline.quotes.paragraphs import paragraphs_of
from dateline.quotes.speech import is_person_like, is_speech_noun, is_speech_verb


def subject_of(cue: Token) -> Token | None:
    """The head token of the speaker of a cue verb or noun.

    Follows participles and coordinated verbs up to the verb whose subject they
    share ("..., conceding that", "a source telling reporters that"), takes the head noun
    of a relative clause ("Smith, who said"), the possessor of a speech noun
    ("Smith's statement") or the subject of the verb whose object it is ("X issued
    a statement saying"). Stays in the cue's paragraph: the parser sometimes joins
    paragraphs. RETURNS None when the parse shows no subject.
    """
    lo, hi = paragraphs_of(cue.doc).bounds(cue.idx)
    subj = _subject_of(cue, lo, hi)
    return subj if subj is not None and lo <= subj.idx < hi else None


def _subject_of(cue: Token, lo: int, hi: int) -> Token | None:
    controller = _object_controller(cue)
    if controller is not None:
        return controller
    node = cue
    for _ in range(6):
        if is_speech_noun(node):
            owner = noun_owner(node)
            if owner is not None:
                return owner
            if node.dep_ in ("dobj", "pobj") and node.head.i != node.i:
                # "X issued a statement", "in a statement, X said": the verb's subject
                verb = node.head.head if node.dep_ == "pobj" else node.head
                subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
                return subj if subj is not None else node
            return node  # "the statement said"
        agent = _passive_agent(node) if node is cue else None
        if agent is not None:
            return agent  # "Lee was asked by the moderator whether ...": the asker
        subj = _best_subject(node)
        if subj is not None and _placeholder_it(subj, node is cue):
            return None  # "it is worth noting that", "it is said that": no one's words
        if subj is not None:
            if subj.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                # "Smith, who said": the mention is "who" (PolNeAR marks it so); the
                # speaker resolver names it after "Smith"
                if subj.lower_ in ("who", "whom"):
                    return subj
                return _publisher(node.head) or node.head
            if subj.pos_ == "NUM" or subj.lower_ in ("percent", "%"):
                return _poll_of(subj) or subj  # "In a poll, 31% said": the poll
            return subj
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        if agent is not None:  # "was told by X"
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if node.dep_ == "relcl":
            return node.head
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if is_speech_noun(node.head):
                node = node.head
                continue
            if node.head.dep_ == "dobj" and node.head.head.i != node.head.i:
                node = node.head.head  # "X released an ad calling it": X
                continue
            if node.head.dep_ == "pobj" and node.head.head.lower_ == "to":
                node = node.head.head.head  # "sent an email to supporters saying": the sender
                continue
            if _occasion(node.head):
                node = node.head.head.head  # "said at a news conference announcing ...": who said
                continue
            return node.head  # "a source telling reporters ..."
        if node.dep_ == "acomp" and node.pos_ == "ADJ" and node.head.i != node.i and lo <= node.head.idx < hi:
            node = node.head  # "voters are likely to say ...": the copula's subject
            continue
        if node.head.i == node.i:
            return _fronted_subject(node)
        if node.dep_ not in SHARED_SUBJECT or not lo <= node.head.idx < hi:
            return None
        child, node = node, node.head
        if _past_conjunct_of_report(child, node) and lo <= node.head.idx < hi:
            node = node.head
            continue
        # a participle hung under the reported clause belongs to the reporting verb
        while node.dep_ == "ccomp" and is_speech_verb(node.head) and not is_speech_verb(node) \
                and lo <= node.head.idx < hi:
            node = node.head
    return None


def _placeholder_it(subject: Token, own: bool) -> bool:
    """Whether a subject "it" only holds the place of a clause: the subject of a copula
    a verb of saying hangs under ("it is fair to say that", "it's worth noting"), or of
    a passive verb of saying (``own``: "it was said that", "it is widely believed")."""
    if subject.lower_ != "it":
        return False
    if own:
        return subject.dep_ == "nsubjpass"
    return subject.head.lemma_.lower() == "be" or subject.head.pos_ == "AUX"


def _fronted_subject(verb: Token) -> Token | None:
    """The subject of a finite root verb that the parser hung under a phrase before it, as
    an apposition of that phrase's noun ("As part of the deal, Ana Ruiz, 44, said", "On
    Monday, Ruiz, the treasurer, wrote"): the first such name or noun of someone set off
    by a comma or dash (not a conjunct: "In Ohio, Iowa and Utah, ..." lists the phrase's
    own nouns). Else the subject of a list of verbs (``_listed_verb_subject``). None
    when the verb has a subject or no tense of its own."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.tag_ not in FINITE_TAGS and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children):
        return None
    doc = verb.doc
    for child in verb.lefts:
        if child.dep_ not in FRONTED_HOST_DEPS:
            continue
        for token in child.subtree:
            if token.dep_ != "appos" or token.pos_ not in ("PROPN", "NOUN") \
                    or not is_person_like(token) \
                    or (token.head.ent_type_ in PLACE_ENTS and token.ent_type_ != "PERSON"):
                continue  # "in Dover, Ohio, ...": a place's apposition
            if token.left_edge.i > 0 and doc[token.left_edge.i - 1].text in (",", "\u2014", "--"):
                return token
    return _listed_verb_subject(verb)


def _listed_verb_subject(verb: Token) -> Token | None:
    """"Lee praised the plan, warned that it would cost more and ...": the parser hangs
    the first verb of a list of verbs without "and" as a clause of the last one; the last
    verb (with a complement of its own, in the same tense) shares its subject."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    if verb.lemma_.lower() in TRAILING_SPEECH_VERBS:
        return None  # "The fund ran dry, said a former aide": the clause before is what was said
    first = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if first is None or first.tag_ != verb.tag_ or any(c.dep_ == "mark" for c in first.children):
        return None  # "..., that the fund had run dry, said": a reported clause, not a verb of the list
    subj = next((c for c in first.children if c.dep_ in SUBJECT_DEPS), None)
    return subj if subj is not None and is_person_like(subj) else None


def _past_conjunct_of_report(verb: Token, head: Token) -> bool:
    """"Li said she would sign the bill and warned that ...": a past-tense verb the parser
    joins to the reported clause's verb, when that verb is not in the past and the verb
    reporting it is, is a second act of the reporter, not of the reported clause's subject."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.i == head.i:
        return False
    reporter = head.head
    if reporter.tag_ != "VBD" or not is_speech_verb(reporter):
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    return modal or head.tag_ in ("VB", "VBP", "VBZ")


def _passive_agent(verb: Token) -> Token | None:
    """The doer of a passive verb of saying with a "by" phrase ("was asked by X", "has
    been accused by X of ..."): the object of "by", not the one spoken to or about.
    Not "was quoted by X as saying" (the one quoted said it)."""
    if verb.lemma_.lower() in AGENT_NOT_SOURCE_VERBS or not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _object_controller(verb: Token) -> Token | None:
    """"forced the chief to admit that ...", "pressed her to say ...": the infinitive of a
    verb of making or urging someone is that someone's act; its subject is the object."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or not (is_person_like(obj) or obj.lower_ in OBJECT_CASE_PRONOUNS):
        return None
    return obj


def _occasion(noun: Token) -> bool:
    """Whether a noun a participle hangs on is the occasion of a verb, not a doer: "said at
    a news conference announcing ...", "in many cases reporting ..." (a noun that is no
    one, the object of a preposition of time or place under a verb)."""
    if is_person_like(noun) or noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPOSITIONS:
        return False
    verb = noun.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.i != noun.head.i


def _best_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` (a share "6 in 10" the parser hangs as a number counts);
    when the parser gives two ("His verdict: “...,” he
    said"), a name or pronoun beats a common noun, then the nearer one wins."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        # "6 in 10 believe ...", "one in five say ...": the parser hangs the share as a number
        return next((c for c in verb.children if c.dep_ == "nummod" and c.i < verb.i
                     and any(t.lower_ == "in" for t in c.subtree)), None)
    if len(subjects) == 1:
        return subjects[0]
    # "a plan which critics say will fail": the relative pronoun is the reported clause's
    # subject the parser lifted; the other subject is who says it
    others = [c for c in subjects if c.lower_ not in RELATIVE_PRONOUNS]
    if others and len(others) < len(subjects) and verb.dep_ == "relcl":
        subjects = others
    return min(subjects, key=lambda c: (c.pos_ not in ("PROPN", "PRON"), abs(c.i - verb.i)))


def _poll_of(token: Token) -> Token | None:
    """The poll or survey named in the sentence of a "31% said" subject, if any."""
    for other in token.sent:
        if other.pos_ == "NOUN" and other.lemma_.lower() in POLL_NOUNS:
            return other
    return None


def _publisher(thing: Token) -> Token | None:
    """Who put out a thing that says something: "X released a video that said",
    "the council voted for a resolution which said" -> X, the council."""
    if thing.dep_ == "dobj":
        verb = thing.head
    elif thing.dep_ == "pobj" and thing.head.dep_ == "prep":
        verb = thing.head.head
    else:
        return None
    subj = _best_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subj is not None and subj.pos_ in ("PROPN", "PRON", "NOUN") and subj.lower_ not in RELATIVE_PRONOUNS:
        return subj
    return None


def issuer_of(thing: Token) -> Token | None:
    """Who put out the thing a relative clause of saying hangs on, when that is plain:
    "the council released figures that show ..." -> the council. Only a thing (no one)
    that is the object of a verb of putting out ("released", "ran", "published") whose
    subject is someone: "praised a plan that offers ..." is no one's saying."""
    if thing.dep_ != "dobj" or thing.pos_ != "NOUN" or is_person_like(thing) \
            or thing.head.lemma_.lower() not in ISSUING_VERBS:
        return None
    subj = _publisher(thing)
    return subj if subj is not None and is_person_like(subj) else None


def noun_owner(noun: Token) -> Token | None:
    """Who made a statement: its possessor or the object of "from/by/of"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def clause_opener(doc: Doc, lo: int, hi: int) -> Token | None:
    """The speaker a clause opens with, for a verb whose subject the parser lost among
    parentheticals ("Hale, pointing to the size of the crowd, said"): the first
    subject that is someone, else the first name or pronoun, else the last nominal."""
    tokens = list(doc[lo:hi])
    for token in tokens:
        if token.dep_ in SUBJECT_DEPS and is_person_like(token) and token.lower_ not in RELATIVE_PRONOUNS:
            return token
    for token in tokens:
        if (token.pos_ == "PROPN" and is_person_like(token)) or (
                token.pos_ == "PRON" and token.lower_ in PRONOUN_SPEAKERS and token.lower_ != "it"):
            head = token
            while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.i < hi:
                head = head.head  # "Maria" of "Maria Lopez"
            return head
    return nearest_nominal(tokens, after=False)


def nearest_nominal(tokens: list[Token], after: bool) -> Token | None:
    """The first (``after``) or last nominal of ``tokens``: a name, noun or pronoun."""
    seq = tokens if after else list(reversed(tokens))
    for token in seq:
        if token.pos_ == "PROPN" or (token.pos_ == "PRON" and token.lower_ in PRONOUN_SPEAKERS):
            return token
        if token.pos_ == "NOUN":
            return token
    return None
