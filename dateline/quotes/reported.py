"""Reported speech read from the parse: the content clause of a verb of saying or
thinking, its source and its cue (issue 16).

The forms, each a construction of English grammar, not of one corpus:

- a verb of saying, thinking or finding with a complement clause (``ccomp``):
  "Smith said (that) the plan would fail", "aides believe the vote will be close",
  "the poll shows ...", with the participle and relative forms the speaker code
  already follows ("..., adding that ...", "Smith, who argued that ...");
- the source after the content: "The plan will fail, officials said." (the parser
  hangs the content under the verb) or "The plan will fail, he said" hung the other
  way (the verb a ``parataxis`` of the content);
- a content split by its attribution: "The plan, he said, would fail" gives two
  fragments of one content;
- a clause of saying opened by "as" and set off by a comma: "As Smith noted, the plan
  ...", "..., as one memo put it" (the clause it modifies is the content);
- "according to X" and "in X's view" / "by X's account" / "by one estimate": the clause
  around the phrase;
- nominal cues: "X's announcement that ...", "the claim by X that ...", "a Reuters
  report that ...";
- an adjective (or participle) of a held view with its clause: "aides are confident
  (that) ...", "parents were frustrated that ...", and "X made it clear that ...";
- a participle with its own subject after a verb of showing or finding ("the poll showed
  the mayor leading");
- an object with its predicate after a verb of judging ("voters consider the mayor
  honest");
- an infinitive with its own subject after a verb of expecting ("voters expect the mayor
  to win") or wanting ("wants the county to act"), and a complement clause the parser hung as an adverbial ("said after the
  meeting he would resign", "did not say when they would vote");
- the passive of a verb of backing or saying with its agent: "the plan was rejected by
  the council" (the subject is the content, the agent the source);
- the relative pronoun a verb of saying or backing has for its object: "the toll,
  which the mayor opposes" (the pronoun stands for what was opposed), and a noun
  phrase summing up a clause with such a relative clause ("..., a charge she denied");
- the object, "to" infinitive or preposition of a verb of saying, asking or backing
  ("announced his candidacy", "declined to comment", "called for a ban"), not when
  the verb is itself an infinitive ("to support the plan" reports nothing yet) other
  than one of purpose of a tensed clause ("went on the radio to defend the plan"); such a
  content ends before a phrase of when or where and before a trailing aside set off by
  a comma ("the cost of the bridge, which had doubled").

Each form yields a ``Report``: the content's character fragments (the "that" left
out), the cue and the head token of the source mention. Whether a content is wholly
quoted (then it is a direct quote only) is decided by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.quotes.lexicon import (
    ACT_PREPOSITIONS,
    AFTER_ATTRIBUTION_DEPS,
    ANSWER_WORDS,
    AS_CLAUSE_VERBS,
    ASIDE_CLAUSE_DEPS,
    ASIDE_PREPOSITIONS,
    ASPECT_VERBS,
    BACKING_VERBS,
    CLAIM_NOUNS,
    CLARITY_ADJECTIVES,
    CLOSING_DEPS,
    COGNITION_VERBS,
    COMPLEMENTIZER_DEPS,
    COMPLEMENTIZERS,
    COUNT_NOUNS,
    FINDING_VERBS,
    FINITE_TAGS,
    FRONTED_DEPS,
    FUNCTION_POS,
    HEARER_VERBS,
    HYPOTHETICAL_MODALS,
    INFINITIVE_NOUNS,
    INFINITIVE_REPORTING_VERBS,
    INFLECTION_ENDINGS,
    MADE_SPEECH_NOUNS,
    MADE_SPEECH_PREPOSITIONS,
    MAKING_VERBS,
    MISREAD_PRESENT_TAGS,
    MODIFIER_CLAUSE_DEPS,
    MODIFIER_DEPS,
    NEGATIVE_DETERMINERS,
    NON_SOURCE_POS,
    NON_SOURCES,
    NOUN_CLAUSE_DEPS,
    OBJECT_CASE_PRONOUNS,
    OBJECT_DEPS,
    OBJECT_NOUNS,
    OBJECT_REPORTING_VERBS,
    OCCASION_NOUNS,
    PASSIVE_REPORTING_VERBS,
    PERCEPTION_VERBS,
    PERSON_RELATIVES,
    PHRASAL_REPORTING_VERBS,
    PLURAL_POSSESSIVES,
    POLL_NOUNS,
    POLL_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    POSSESSIVE_SUBJECTS,
    PREDICATE_CLAUSE_VERBS,
    PREPOSITIONAL_REPORTING_VERBS,
    PURPOSE_BLOCKING_DEPS,
    QUESTION_OPENERS,
    QUESTION_VERBS,
    RECIPROCALS,
    REFLEXIVE_PRONOUNS,
    REGARD_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SETTING_BY_OBJECT_PREPOSITIONS,
    SETTING_ENTS,
    SETTING_PREPOSITIONS,
    SMALL_CLAUSE_VERBS,
    STANCE_ADJECTIVES,
    STANDALONE_RELATIVES,
    SUBJECT_DEPS,
    SUBJECT_INFINITIVE_VERBS,
    SUMMARY_NOUN_DEPS,
    TAKEN_NOUNS,
    TAKING_VERBS,
    THING_PRONOUNS,
    TOPIC_ASKING_VERBS,
    TOPIC_PREPOSITIONS,
    TRAILING_COMPLEMENT_DEPS,
    VIEW_NOUNS,
    VIEW_PREPOSITIONS,
    WH_TAGS,
)
from dateline.quotes.paragraphs import paragraphs_of
from dateline.quotes.speech import doc_text, is_person_like
from dateline.quotes.subjects import issuer_of, noun_owner, subject_of
from dateline.text.quotation import D_CLOSE, D_OPEN

# A content's closing quotation mark, a few characters of punctuation after its end at most.
INNER_PUNCTUATION = frozenset(".,!?;:")
MARK_REACH = 2

ALL_VERBS = REPORTING_VERBS | OBJECT_REPORTING_VERBS | INFINITIVE_REPORTING_VERBS \
    | frozenset(PREPOSITIONAL_REPORTING_VERBS) | REGARD_VERBS | PHRASAL_REPORTING_VERBS


@dataclass(frozen=True)
class Report:
    """One reported statement: content fragments (char spans, in text order), the
    cue's char span and the source's head token."""

    fragments: tuple[tuple[int, int], ...]
    cue: tuple[int, int]
    speaker: Token


def find_reports(doc: Doc) -> list[Report]:
    """Every reported statement the parse of ``doc`` shows, in text order of the cue.

    doc (Doc): a parsed doc (the caller keeps its paragraphs in ``doc.user_data``).
    RETURNS (list[Report]): one per cue; nested reports are listed each.
    """
    reports: list[Report] = []
    for token in doc:
        lower = token.lower_
        if lower == "according":
            report = _according_to(token)
        elif lower in POLL_PREPOSITIONS and token.dep_ == "prep":
            report = _in_poll(token)
        elif token.pos_ == "VERB" and (verb_lemma(token) in ALL_VERBS or token.lemma_.lower() in AS_CLAUSE_VERBS):
            report = _verb_report(token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in CLAIM_NOUNS:
            report = _noun_report(token)
        elif token.pos_ in ("ADJ", "VERB") and token.lower_ in STANCE_ADJECTIVES:
            report = _stance_report(token)
        elif token.pos_ == "ADJ" and token.lower_ in CLARITY_ADJECTIVES:
            report = _made_clear(token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in MAKING_VERBS:
            report = _made_statement(token)
        elif token.pos_ == "VERB" and token.lemma_.lower() in TAKING_VERBS:
            report = _took_aim(token)
        else:
            report = None
        if report is None and token.pos_ == "NOUN" and token.lemma_.lower() in VIEW_NOUNS:
            report = _view_report(token)
        if report is None and token.pos_ == "NOUN" and (token.lemma_.lower() in OBJECT_NOUNS
                                                        or token.lemma_.lower() in INFINITIVE_NOUNS):
            report = _noun_object_report(token)
        if report is not None:
            reports.append(report)
    return reports


def verb_lemma(verb: Token) -> str:
    """The lemma of a verb, mended where the small model lemmatises an inflected form
    of a known verb to something else ("hoping", "hoped" -> "hop"): the form's stems
    are tried ("hope", "hop")."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle is not None and f"{lemma} {particle}" in PHRASAL_REPORTING_VERBS:
        return f"{lemma} {particle}"  # "pointed out that ...", "laid out a plan"
    if lemma in ALL_VERBS:
        return lemma
    form = verb.lower_
    for ending, stem_end in INFLECTION_ENDINGS.get(verb.tag_, ()):
        if form.endswith(ending) and form[:-len(ending)] + stem_end in ALL_VERBS:
            return form[:-len(ending)] + stem_end
    return lemma


def _verb_report(verb: Token) -> Report | None:
    """A verb of saying or thinking with its complement clause, before or after it."""
    if verb.dep_ in MODIFIER_DEPS:
        return None
    if _as_clause(verb):
        # "As Smith noted, the plan ...": the clause the "as" clause modifies, without it
        speaker = _source_of(verb)
        if speaker is None:
            return None
        return _report(_fragments(verb.head, {t.i for t in verb.subtree}, verb), verb, speaker)
    if verb_lemma(verb) not in REPORTING_VERBS:
        return _complement_report(verb)
    # a clause after the verb, or one before it set off by punctuation ("..., he said")
    clauses = [c for c in verb.children if c.dep_ == "ccomp"
               and (_finite(c) or _subject_infinitive(c, verb) or _shown_small_clause(c, verb)
                    or _misread_present(c, verb) or _marked_complement(c, verb))
               and (c.i > verb.i or _set_off(c, verb)) and _same_paragraph(c, verb)]
    exclude: set[int] = set()
    misparsed = _clause_parsed_adverbial(verb) or _clause_parsed_relative(verb) or _clause_on_occasion(verb)
    if clauses:
        after = [c for c in clauses if c.i > verb.i]
        content = after[0] if after else clauses[-1]
        if content.i > verb.i:
            exclude = _trailing_asides(content) | _conjoined_reports(content)
    elif misparsed is not None:
        content = misparsed
        exclude = _leading_adjuncts(misparsed)
    elif (answer := _answer_word(verb)) is not None:
        speaker = _source_of(verb)
        if speaker is None:
            return None
        return Report(((answer.idx, answer.idx + len(answer)),), (verb.idx, verb.idx + len(verb)), speaker)
    elif _is_aside(verb):
        # "The plan, he said, would fail" / "The plan will fail, he said": the verb
        # hangs on the content; the content is its head's clause without the aside
        content = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
        exclude = {t.i for t in verb.subtree}
    elif (fronted := _fronted_fragment(verb)) is not None:
        return _report(_fragments(fronted[0], set(), verb), verb, fronted[1])
    else:
        return _complement_report(verb)
    speaker = _source_of(verb)
    if speaker is None:
        return None
    if verb_lemma(verb) in COGNITION_VERBS and not _can_hold_view(speaker):
        return None  # "it seems to know ...": only someone holds a belief
    return _report(_fragments(content, exclude, verb), verb, speaker)


def _answer_word(verb: Token) -> Token | None:
    """"Half said so", "the senator said yes": a word right after a verb of saying that
    stands for what was said. RETURNS that word, or None."""
    if verb.i + 1 >= len(verb.doc):
        return None
    word = verb.doc[verb.i + 1]
    if word.head.i != verb.i:
        return None
    if word.lower_ in ANSWER_WORDS:
        return word
    # "did not say when.", "would not say why": the question itself, ending the clause
    after = verb.doc[word.i + 1] if word.i + 1 < len(verb.doc) else None
    closed = after is None or after.is_punct
    return word if closed and word.lower_ in QUESTION_OPENERS and verb_lemma(verb) in QUESTION_VERBS else None


def _same_paragraph(token: Token, cue: Token) -> bool:
    """Whether a token lies in the cue's paragraph: the parser sometimes hangs the next
    paragraph's clause on a verb that closes its own ("..., she said." / "Next, ...")."""
    lo, hi = paragraphs_of(cue.doc).bounds(cue.idx)
    return lo <= token.idx < hi


def _trailing_asides(clause: Token) -> set[int]:
    """Tokens at the end of a content clause that are not what was said: a participle set
    off by a comma ("said X should leave, echoing a memo"), the speaker's act, not the
    content's."""
    doc = clause.doc
    out: set[int] = set()
    for child in clause.rights:
        left = child.left_edge.i
        if child.dep_ == "advcl" and child.tag_ == "VBG" and left == child.i and left > 0 \
                and doc[left - 1].text == ",":
            out.update(t.i for t in child.subtree)
    return out


def _conjoined_reports(clause: Token) -> set[int]:
    """Tokens of a clause joined to a content clause that is a report of its own, with
    its own subject and verb of saying ("said the bridge was unsafe, and engineers warned
    that ..."): the second speaker's words are not the first's."""
    out: set[int] = set()
    for child in clause.rights:
        if child.dep_ != "conj" or child.pos_ != "VERB" or verb_lemma(child) not in REPORTING_VERBS:
            continue
        if any(c.dep_ == "mark" for c in child.children):
            continue  # "said X and that he expects Y": a second clause of the same report
        subject = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            out.update(t.i for t in child.subtree)  # a pronoun may be the first speaker again
    return out


def _complement_report(verb: Token) -> Report | None:
    """A verb of saying, asking or backing with an object, a "to" infinitive or its
    preposition: "announced his candidacy", "declined to comment", "called for a ban".
    The content runs over those complements (after the verb), not over adverbials."""
    lemma = verb_lemma(verb)
    if (_infinitive(verb) and not _carried_by_aspect(verb) and not _purpose(verb)) \
            or (lemma in FINDING_VERBS and verb.tag_ == "VB"):
        return None  # "to find a way", "a plan aimed at ...": no one says it here
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ACT_PREPOSITIONS:
        return None  # "criticized X for supporting Y": an act X is blamed for, not X's report
    passive = _passive_report(verb, lemma) if verb.tag_ == "VBN" else None
    if passive is not None:
        return passive
    gap = _relative_gap(verb, lemma) or _conjoined_gap(verb, lemma)
    if gap:
        speaker = _source_of(verb)
        return _report(gap, verb, speaker) if speaker is not None else None
    heads: list[Token] = []
    skip: set[int] = set()  # the preposition opening a clause taken as the content
    for child in verb.rights:
        said_object = child.dep_ in OBJECT_DEPS and lemma in OBJECT_REPORTING_VERBS
        said_infinitive = child.dep_ == "xcomp" and lemma in INFINITIVE_REPORTING_VERBS and _infinitive(child)
        # "want the county to repair the dam", "urged the board to wait": the parser makes the
        # infinitive with its own subject a complement clause; subject and all are wanted
        said_infinitive = said_infinitive or (child.dep_ == "ccomp" and lemma in INFINITIVE_REPORTING_VERBS
                                              and _infinitive(child)
                                              and any(c.dep_ in SUBJECT_DEPS for c in child.children))
        # a gerund object: "proposed barring X", "admitted using the tax code"
        said_gerund = child.dep_ == "xcomp" and child.tag_ == "VBG" and lemma in OBJECT_REPORTING_VERBS
        if said_object or said_infinitive or said_gerund:
            heads.append(child)
        elif child.dep_ in ("prep", "prt") and child.lower_ in PREPOSITIONAL_REPORTING_VERBS.get(lemma, ()):
            heads.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        elif not heads and (mark := _preposition_clause(child, lemma)) is not None:
            heads.append(child)  # "called for the city to act": the clause after "for"
            skip.add(mark.i)
        elif heads and child.dep_ in TRAILING_COMPLEMENT_DEPS:
            # after a pronoun alone, "in" ends it too ("challenged him in the primary")
            if _is_when(child) or _is_setting(child, broad=all(h.pos_ == "PRON" for h in heads)):
                break  # "mentioned X since the debate", "praised X in a speech": no more content
            heads.append(child)  # "accused X of Y", "called X a Z", "urged X to Y"
    heads = _topic_asked(lemma, heads)
    if lemma in HEARER_VERBS and heads and all(h.dep_ in OBJECT_DEPS or _is_when(h) or _is_setting(h, broad=True)
                                              for h in heads):
        return None  # "told reporters (before the game)": only the hearer
    if not heads and lemma in PREDICATE_CLAUSE_VERBS:
        heads = [c for c in verb.rights if _predicate_clause(c, verb)][:1]
    if not heads and lemma in REGARD_VERBS:
        heads = _regarded(verb)
    if not heads or (heads[0].lower_ in REFLEXIVE_PRONOUNS
                     and all(h.dep_ == "prep" and h.lower_ in SETTING_BY_OBJECT_PREPOSITIONS for h in heads[1:])):
        return None  # "found itself in a bind", "pitched himself": no one's statement
    speaker = _source_of(verb)
    if speaker is None:
        return None
    keep = {t.i for h in heads for t in h.subtree} - skip
    lo, hi = min(keep), _before_aside(verb.doc, min(keep), max(keep) + 1)
    return _report(_fragments(heads[0], set(), verb, span=(lo, hi)), verb, speaker)


def _relative_gap(verb: Token, lemma: str) -> tuple[tuple[int, int], ...]:
    """"the tax, which Velmar opposes", "the judge, whom the mayor praised": a relative
    clause whose verb of saying or backing has a subject of its own and a relative
    pronoun for its object reports that pronoun, which stands for what was said or
    backed (a reader, and PolNeAR, take the pronoun, not its antecedent). Not when the
    verb is negated ("which she never opposed"), passive, or opens with "as" (a parse of
    "which, as X noted, ..."). Without such a pronoun (none, or "that"), only a noun
    phrase set off after a clause it sums up ("..., a charge the mayor denied", "...,
    a step that she opposed") is reported: the noun phrase (with its "that"), which
    PolNeAR takes as the content; other nouns with such a clause ("the signs she had
    found") are as often no report at all. RETURNS the content fragments, or ()."""
    regarded = lemma in REGARD_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
                                             for c in verb.children)
    # "which the mayor pointed to": the verb's own preposition left without its object
    stranded = any(c.dep_ == "prep" and c.i > verb.i and c.n_lefts + c.n_rights == 0
                   and c.lower_ in PREPOSITIONAL_REPORTING_VERBS.get(lemma, ()) for c in verb.children)
    if verb.dep_ != "relcl" or (lemma not in OBJECT_REPORTING_VERBS and not regarded and not stranded):
        return ()  # "which he views as a bargain": a verb of regarding with its "as"
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None or subject.dep_ != "nsubj" or subject.lower_ in RELATIVE_PRONOUNS:
        return ()
    hearer_ok = lemma in HEARER_VERBS
    relative: Token | None = None
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.i < verb.i and child.lower_ in STANDALONE_RELATIVES:
            relative = child
        elif child.dep_ in OBJECT_DEPS and child.i < verb.i and child.lower_ in COMPLEMENTIZERS:
            continue  # "a charge that the mayor denied": the relative "that", read below
        elif child.dep_ in OBJECT_DEPS and not (hearer_ok and (child.pos_ == "PRON" or is_person_like(child))):
            return ()  # an object of its own: the gap, if any, is elsewhere
        elif child.dep_ in ("neg", "auxpass", "mark") or (child.dep_ in ("ccomp", "xcomp") and child.i > verb.i):
            return ()
    if any(t.lower_ in RELATIVE_PRONOUNS for t in subject.subtree):
        return ()  # "much of which can be credited": the pronoun is in the subject
    if relative is not None:
        # "which she pointed to as a model": what it was held up as is part of the content
        held = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and (regarded or stranded)]
        return tuple(sorted(f for h in [relative, *held] for f in _fragments(h, set(), verb)))
    that = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i < verb.i and c.lower_ in COMPLEMENTIZERS),
                None)
    noun = verb.head
    doc = verb.doc
    opener = (that or subject).left_edge.i
    if verb.left_edge.i != opener or noun.dep_ not in SUMMARY_NOUN_DEPS or noun.left_edge.i == 0 \
            or doc[noun.left_edge.i - 1].text not in (",", "—", "--", "-"):
        return ()
    return _fragments(noun, set(), verb, span=(noun.left_edge.i, that.i + 1 if that is not None else opener))


def _conjoined_gap(verb: Token, lemma: str) -> tuple[tuple[int, int], ...]:
    """"the levy, which the mayor proposed and the council rejected" has a subject of
    its own; "a charge that she has heard before and has always denied" has not: a verb
    of saying or backing joined to the verb of a relative clause, with no subject,
    object or clause of its own, shares the clause's relative pronoun object (and the
    noun phrase a "that" sums up, as ``_relative_gap`` reads it). RETURNS the content
    fragments, or ()."""
    base = verb.head
    if verb.dep_ != "conj" or base.dep_ != "relcl" or base.i > verb.i or lemma not in OBJECT_REPORTING_VERBS:
        return ()
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in OBJECT_DEPS or c.dep_ in ("neg", "auxpass", "mark", "ccomp", "xcomp")
           for c in verb.children):
        return ()
    subject = next((c for c in base.children if c.dep_ == "nsubj" and c.i < base.i), None)
    relative = next((c for c in base.children if c.dep_ in OBJECT_DEPS and c.i < base.i
                     and (c.lower_ in STANDALONE_RELATIVES or c.lower_ in COMPLEMENTIZERS)), None)
    if subject is None or relative is None or subject.lower_ in RELATIVE_PRONOUNS:
        return ()
    if relative.lower_ in STANDALONE_RELATIVES:
        return _fragments(relative, set(), verb)
    noun = base.head
    doc = verb.doc
    if base.left_edge.i != relative.i or noun.dep_ not in SUMMARY_NOUN_DEPS or noun.left_edge.i == 0 \
            or doc[noun.left_edge.i - 1].text not in (",", "—", "--", "-"):
        return ()
    return _fragments(noun, set(), verb, span=(noun.left_edge.i, relative.i + 1))


def _preposition_clause(clause: Token, lemma: str) -> Token | None:
    """"called for the city to act", "pushed for voters to decide": the parser makes the
    verb's own preposition the subordinator of an infinitive clause with its own subject.
    RETURNS the preposition when ``clause`` is such a clause of a verb taking it, else None."""
    if clause.dep_ != "advcl" or not _infinitive(clause):
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is None or mark.i != clause.left_edge.i or mark.lower_ not in PREPOSITIONAL_REPORTING_VERBS.get(lemma, ()):
        return None
    return mark if any(c.dep_ in SUBJECT_DEPS for c in clause.children) else None


def _topic_asked(lemma: str, heads: list[Token]) -> list[Token]:
    """"asked the senator about the vote", "warned us about the storm": after a verb of
    asking or telling, a person object is the one asked, and what was asked or told is the
    object of "about"; the complements after it stay."""
    if lemma not in TOPIC_ASKING_VERBS or len(heads) < 2 or heads[0].dep_ not in OBJECT_DEPS:
        return heads
    hearer, after = heads[0], heads[1]
    if not (is_person_like(hearer) or hearer.lower_ in OBJECT_CASE_PRONOUNS):
        return heads
    if after.dep_ in ("pobj", "pcomp") and after.head.lower_ in TOPIC_PREPOSITIONS:
        return heads[1:]  # the preposition's object, as a verb's own preposition gives it
    if after.dep_ == "prep" and after.lower_ in TOPIC_PREPOSITIONS:
        topic = [c for c in after.children if c.dep_ in ("pobj", "pcomp")]
        return topic + heads[2:] if topic else heads
    return heads


def _before_aside(doc: Doc, lo: int, hi: int) -> int:
    """The end of a content span without a trailing clause set off by a comma, an aside
    about what was said rather than part of it ("questioned the health of X, who is
    70", "acknowledged the risk, which makes him an outlier", "showed X ahead, with Y
    trailing")."""
    for k in range(lo + 1, hi):
        token = doc[k]
        aside = token.dep_ in ASIDE_CLAUSE_DEPS or (token.dep_ == "prep" and token.lower_ in ASIDE_PREPOSITIONS)
        if aside and token.right_edge.i == hi - 1 \
                and token.left_edge.i > lo and doc[token.left_edge.i - 1].text == ",":
            return token.left_edge.i - 1
    return hi


def _as_clause(verb: Token) -> bool:
    """"As Smith noted, the plan ...", "..., as one memo put it": a clause of saying
    opened by "as", with a subject and nothing of what was said of its own, reports the
    clause it modifies."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    lemma = verb_lemma(verb)
    if lemma not in REPORTING_VERBS and lemma not in AS_CLAUSE_VERBS:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "as it is written": a passive reports no one
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "dative", "dobj") and not (lemma in AS_CLAUSE_VERBS and c.lower_ == "it"):
            return False  # "as she said goodbye", "as we know it": a verb with its own object
        if c.dep_ == "prep" and (c.lower_ == "to" or c.lower_ in PREPOSITIONAL_REPORTING_VERBS.get(lemma, ())):
            return False  # "as voters responded to X": what they said or did is about X
    if lemma in AS_CLAUSE_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return _set_off_clause(verb)


def _set_off_clause(clause: Token) -> bool:
    """Whether a subordinate clause is set off by a comma from the clause it modifies:
    before it and followed by a comma ("As Smith noted, ..."), or after it with a comma
    before it and nothing but a sentence end after it ("..., as Smith noted.")."""
    doc = clause.doc
    words = [t.i for t in clause.subtree if not t.is_punct]
    left, right = min(words), max(words)
    after = doc[right + 1] if right + 1 < len(doc) else None
    if clause.i < clause.head.i:
        return after is not None and after.text == ","
    if left == 0 or doc[left - 1].text not in (",", "—", "--", "("):
        return False
    return after is None or after.text in (".", "!", "?", ",", ";", ")", "—", "--") \
        and not (right + 2 < len(doc) and doc[right + 2].text[:1] in "\"“‘'")


def _passive_report(verb: Token, lemma: str) -> Report | None:
    """"The plan was rejected by the council", "she has been called a fraud by her
    rivals": the passive of a verb whose object is what was said or held; the content
    is the passive subject (with what it was called), the source the "by" agent."""
    if lemma not in PASSIVE_REPORTING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in RELATIVE_PRONOUNS or subject.pos_ == "PRON":
        return None  # "which was backed by X", "it was denied by X": no words of their own
    called = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > verb.i]
    # the agent hangs on the verb, or on what it was called ("called a fraud by X")
    agent = next((c for h in [verb, *called] for c in h.children
                  if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and h.i != verb.i)), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if agent is None or source is None:
        return None
    exclude = {t.i for t in agent.subtree}
    fragments = tuple(f for h in [subject, *called] for f in _fragments(h, exclude, verb))
    return _report(fragments, verb, source)


def _is_setting(head: Token, broad: bool = False) -> bool:
    """A phrase of when or where something was said or told ("told reporters before the
    game", "at a rally", "in a speech"), not of what. "in" is a setting only before an
    occasion, a medium, a time or a place ("in an interview", "in a tweet", "in May", "in
    Ohio"), not in a phrase of what was said ("backed her in the race", "in support of");
    ``broad``: any phrase of these prepositions (after a hearer alone, "told reporters in
    the hall", which says nothing of what was told)."""
    if head.dep_ != "prep" or head.lower_ not in SETTING_PREPOSITIONS:
        return False
    if broad or head.lower_ not in SETTING_BY_OBJECT_PREPOSITIONS:
        return True
    obj = next((c for c in head.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.ent_type_ in SETTING_ENTS or obj.lemma_.lower() in OCCASION_NOUNS)


def _regarded(verb: Token) -> list[Token]:
    """"see X as Y": the object and the "as" phrase, else nothing ("saw the film")."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    as_phrase = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None or as_phrase is None or as_phrase.i < obj.i:
        return []
    return [obj, as_phrase]


def _predicate_clause(clause: Token, verb: Token) -> bool:
    """"consider the mayor honest", "found the plan a waste": a verb of judging with an
    object and its predicate (an adjective or a noun, no verb), which the parser hangs
    as a complement clause with a subject, reports the judgement, object and all."""
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in verb.children):
        return False  # "voters might consider it a bargain": no judgement made yet
    return clause.dep_ == "ccomp" and clause.i > verb.i and clause.pos_ in ("ADJ", "NOUN", "PROPN") \
        and any(c.dep_ in SUBJECT_DEPS and c.i < clause.i for c in clause.children)


def _carried_by_aspect(verb: Token) -> bool:
    """Whether an infinitive is asserted through a verb of aspect or seeming: "went on to
    discuss X", "appeared to blame X", "continued to urge X" report the act itself."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.i == verb.i or _infinitive(head):
        return False
    lemma = head.lemma_.lower()
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
    if particle is not None and f"{lemma} {particle}" in ASPECT_VERBS:
        return True  # "went on to discuss", which the parser also hangs as an adverbial
    # an adverbial infinitive elsewhere is a purpose ("appeared at the rally to praise X")
    return verb.dep_ == "xcomp" and lemma in ASPECT_VERBS


def _purpose(verb: Token) -> bool:
    """"met the press to discuss the levy", "went on the radio to defend the plan": an
    infinitive of purpose of a tensed clause reports the act the subject set out to do
    (PolNeAR takes it as done), unlike an infinitive object ("plans to support X")."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or head.pos_ != "VERB" or verb.i < head.i or not _finite(head):
        return False
    if verb_lemma(verb) in BACKING_VERBS:
        return False  # "met to support the plan": an aim, not yet a stand taken
    if head.dep_ in MODIFIER_CLAUSE_DEPS or any(c.dep_ in PURPOSE_BLOCKING_DEPS for c in head.children):
        return False  # "brought her brother to vouch for him": the object's act, not the subject's
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.dep_ == "nsubj" and subject.lower_ not in RELATIVE_PRONOUNS


def _infinitive(clause: Token) -> bool:
    """Whether an open complement is a "to" infinitive ("to comment", "to fight")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _is_when(child: Token) -> bool:
    """Whether a prepositional phrase says when ("on Thursday", "in June 2015")."""
    if child.dep_ != "prep":
        return False
    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


def _finite(clause: Token) -> bool:
    """Whether a clause head is finite: a reported proposition has a tense ("said the
    plan was dead", "demanded that he resign"), not a small clause ("showed her
    smiling")."""
    if clause.tag_ in FINITE_TAGS:
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in clause.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in clause.children) and \
        any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _marked_complement(clause: Token, verb: Token) -> bool:
    """"noted that the way states pick delegates works against him", "agreed that Ruiz
    needs to speak": a complement after the verb opened by the subordinator "that" is a
    clause even where the tagger read its verb as a noun ("needs", "way" as the head)."""
    if clause.i < verb.i or clause.pos_ not in ("NOUN", "PROPN"):
        return False
    opener = clause.doc[clause.left_edge.i]
    return opener.lower_ in COMPLEMENTIZERS and opener.dep_ == "mark" and opener.head.i == clause.i \
        and clause.right_edge.i - opener.i >= 3


def _misread_present(clause: Token, verb: Token) -> bool:
    """A present-tense clause the tagger read as a base form or a noun, as it does after
    a quotation mark ("said the rules “do nothing”", "said the words “lump” X with Y"):
    a complement after the verb with a subject of its own before it, no "to" and no
    object-case, reflexive or relative subject ("saw him leave", "declared himself the
    winner", "the plans that they believe work"), not after a verb of perceiving."""
    if clause.i < verb.i or clause.tag_ not in MISREAD_PRESENT_TAGS or _infinitive(clause):
        return False
    if verb_lemma(verb) in PERCEPTION_VERBS:
        return False  # "came to hear the senator speak": what was heard, not what was said
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    return subject is not None and subject.lower_ not in OBJECT_CASE_PRONOUNS \
        and subject.lower_ not in REFLEXIVE_PRONOUNS and subject.lower_ not in RELATIVE_PRONOUNS


def _clause_parsed_adverbial(verb: Token) -> Token | None:
    """The complement clause of a verb of saying that the parser took for an adverbial:
    a tensed clause with a subject after the verb, with no subordinator ("said after the
    meeting he would resign") or opened by a question word right after the verb ("did
    not say when they would vote"). A clause opened by "because", "if", "after" ... is a
    real adverbial and is not taken."""
    for clause in verb.rights:
        if clause.dep_ != "advcl" or not _finite(clause):
            continue
        if not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
            continue
        marks = [c for c in clause.children if c.dep_ == "mark"]
        opener = clause.doc[clause.left_edge.i]
        if not marks and opener.tag_ not in WH_TAGS:
            return clause
        asks = verb_lemma(verb) in QUESTION_VERBS and not any(c.dep_ in OBJECT_DEPS for c in verb.children)
        if asks and opener.lower_ in QUESTION_OPENERS and opener.i == verb.i + 1:
            return clause
    return None


def _clause_parsed_relative(verb: Token) -> Token | None:
    """The complement clause of a verb of telling that the parser took for a relative
    clause on the hearer ("told a meeting of leaders that few people understood ..."): a
    clause on the object opened by "that" as a subordinator, with a subject of its own (a
    relative "that" would be the clause's subject or object instead)."""
    if verb_lemma(verb) not in HEARER_VERBS:
        return None
    for obj in verb.rights:
        if obj.dep_ not in OBJECT_DEPS:
            continue
        for clause in obj.rights:
            if clause.dep_ != "relcl" or not _finite(clause):
                continue
            opener = clause.doc[clause.left_edge.i]
            if opener.lower_ in COMPLEMENTIZERS and opener.dep_ == "mark" and \
                    any(c.dep_ in SUBJECT_DEPS for c in clause.children):
                return clause
    return None


def _clause_on_occasion(verb: Token) -> Token | None:
    """"said in a statement that the plan would fail", "told reporters at a briefing that
    ...": the content clause the parser hung on the noun of the occasion or medium, not
    on the verb. RETURNS the clause, or None."""
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPOSITIONS:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in OCCASION_NOUNS:
            continue
        for clause in noun.rights:
            opener = clause.doc[clause.left_edge.i]
            if clause.dep_ in NOUN_CLAUSE_DEPS and _finite(clause) and opener.dep_ == "mark" \
                    and opener.lower_ in COMPLEMENTIZERS and any(c.dep_ in SUBJECT_DEPS for c in clause.children):
                return clause
    return None


def _leading_adjuncts(clause: Token) -> set[int]:
    """Tokens of the phrases before a clause's subject that belong to the saying
    ("said after the meeting he would resign"): prepositional and adverbial phrases."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return set()
    return {t.i for c in clause.children if c.i < subject.i and c.dep_ in ("prep", "npadvmod")
            for t in c.subtree}


def _subject_infinitive(clause: Token, verb: Token) -> bool:
    """"voters expect the mayor to win": an infinitive with its own subject after a
    verb of expecting or believing holds a proposition as a tensed clause does."""
    return verb_lemma(verb) in SUBJECT_INFINITIVE_VERBS and clause.i > verb.i and _infinitive(clause) \
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _shown_small_clause(clause: Token, verb: Token) -> bool:
    """"the survey showed Whitlow ahead in the race", "the study found turnout falling": a
    participle with its own subject after a verb of showing or finding is what was found."""
    return verb_lemma(verb) in SMALL_CLAUSE_VERBS and clause.tag_ == "VBG" and clause.i > verb.i \
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _set_off(clause: Token, verb: Token) -> bool:
    """Whether a clause before its verb is set off from it by punctuation, as a
    content followed by its attribution is ("The plan will fail, officials said")."""
    doc = verb.doc
    return any(doc[k].is_punct for k in range(clause.right_edge.i + 1, verb.i))


def _can_hold_view(subject: Token) -> bool:
    """Whether a subject can think or believe: not a thing pronoun ("it", "this")."""
    if subject.lower_ in PERSON_RELATIVES:
        return True  # "Smith, who believed that ...": a relative "who" is someone
    if subject.pos_ == "PRON" or subject.lower_ in THING_PRONOUNS:
        return is_person_like(subject)
    return True


def _stance_report(adjective: Token) -> Report | None:
    """"X was sure (that) ...", "aides are confident ...", "voters were frustrated that
    ...": the clause of an adjective (or participle) of a held view, its source the
    subject of the copula (or of the passive participle)."""
    if adjective.dep_ in ("acomp", "oprd"):
        holder = adjective.head
    elif adjective.pos_ == "VERB" and adjective.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adjective.children):
        holder = adjective
    else:
        return None
    clause = next((c for c in adjective.children if c.dep_ == "ccomp" and _finite(c)), None)
    if clause is None:
        return None
    speaker = _source_of(holder)
    if speaker is None or not _can_hold_view(speaker):
        return None
    return _report(_fragments(clause, set(), adjective), adjective, speaker)


def _made_clear(adjective: Token) -> Report | None:
    """"The coach made it clear (that) he would stay", "made clear that ...": the clause
    after "make ... clear", its source the subject of "make", its cue "make"."""
    make = adjective.head
    if make.lemma_.lower() not in MAKING_VERBS or make.i > adjective.i:
        return None
    clause = next((c for h in (adjective, make) for c in h.children
                   if c.dep_ in ("ccomp", "advcl") and c.i > adjective.i and _finite(c)), None)
    speaker = _source_of(make) if clause is not None else None
    if clause is None or speaker is None:
        return None
    return _report(_fragments(clause, set(), make), make, speaker)


def _made_statement(make: Token) -> Report | None:
    """"made the case for X", "made the argument that ...", "made several statements about
    X": a verb of making with a noun of saying as its object says what the noun's "that"
    clause or preposition holds; its source is the subject of "make". Not "made no
    mention of X" (nothing was said)."""
    noun = next((c for c in make.rights if c.dep_ == "dobj" and c.lemma_.lower() in MADE_SPEECH_NOUNS), None)
    if noun is None or any(c.lower_ in NEGATIVE_DETERMINERS for c in noun.children):
        return None
    heads = [c for h in (noun, make) for c in h.rights if c.i > noun.i and (
        (c.dep_ in NOUN_CLAUSE_DEPS and _finite(c)
         and any(m.dep_ == "mark" and m.lower_ in COMPLEMENTIZERS for m in c.children))
        or (c.dep_ == "prep" and c.lower_ in MADE_SPEECH_PREPOSITIONS and not _is_when(c)))]
    if not heads:
        return None
    head = heads[0]
    content = next((c for c in head.children if c.dep_ in ("pobj", "pcomp")), None) if head.dep_ == "prep" else head
    speaker = _source_of(make)
    if content is None or speaker is None:
        return None
    return _report(_fragments(content, set(), make), make, speaker)


def _took_aim(take: Token) -> Report | None:
    """"took aim at the levy", "took a swipe at her rival", "poked fun at the council",
    "took issue with the plan": a verb of taking with a noun of a blow or a stand as its
    object reports what the noun's preposition (on the verb or on the noun) holds; its
    source is the subject. Not an infinitive ("to
    take shots at X" is not yet done) nor a blow refused ("took no shots at X")."""
    noun = next((c for c in take.rights if c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_NOUNS), None)
    if noun is None or _infinitive(take) or any(c.lower_ in NEGATIVE_DETERMINERS for c in noun.children):
        return None
    preps = TAKEN_NOUNS[noun.lemma_.lower()]
    at = next((c for h in (take, noun) for c in h.rights if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i),
              None)
    target = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
    if target is None or " ".join(t.lower_ for t in target.subtree) in RECIPROCALS:
        return None
    speaker = _source_of(take)
    if speaker is None:
        return None
    return _report(_fragments(target, set(), take), take, speaker)


def _source_of(verb: Token) -> Token | None:
    """The source of a cue verb: its subject through the parse (``subject_of``), or the
    relative pronoun of "a group that supports ..." (the mention PolNeAR and a reader
    take; the resolver names it after its antecedent)."""
    if verb.dep_ == "relcl":
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        subj = subjects[0] if len(subjects) == 1 else None  # "which critics say": critics
        if subj is not None and subj.lower_ in ("that", "which"):
            return issuer_of(verb.head) or subj
    if _bare_participle(verb):
        return None  # "when asked about X, Smith said": the one asked, not the asker
    speaker = subject_of(verb)
    if speaker is None or speaker.lower_ in NON_SOURCES or speaker.pos_ in NON_SOURCE_POS:
        return None
    return speaker


def _bare_participle(verb: Token) -> bool:
    """A past participle with neither auxiliary nor subject ("when asked", "a plan
    backed by X" is read through its agent elsewhere): its subject is not its doer."""
    return verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in verb.children)


def _is_aside(verb: Token) -> bool:
    """Whether a verb of saying with a subject and no complement of its own is set
    as an aside in, or after, the clause it reports."""
    if verb.head.i == verb.i:
        return False
    if verb.head.pos_ not in ("VERB", "AUX") and not _aside_on_subject(verb):
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    # "The plan, he told me, would fail": a hearer is no object of what was said
    hearer_ok = verb_lemma(verb) in HEARER_VERBS
    if any(c.dep_ in ("xcomp", "ccomp", "mark")
           or (c.dep_ == "dobj" and not (hearer_ok and (c.pos_ == "PRON" or is_person_like(c))))
           for c in verb.children):
        return False  # a verb with its own object, or itself a subordinate clause
    if verb.dep_ == "parataxis":
        return True
    # "The plan will fail, officials said" parsed with "said" under "fail": only when
    # the verb closes the sentence, after its head, set off by punctuation
    left = verb.left_edge.i
    return verb.dep_ == "ccomp" and verb.i > verb.head.i and _ends_clause(verb) \
        and left > 0 and verb.doc[left - 1].is_punct


def _fronted_fragment(verb: Token) -> tuple[Token, Token] | None:
    """"People like her, he said.", "Not before June, officials say.": a phrase without a
    verb of its own opening the sentence, set off by a comma from the subject of a verb
    of saying that closes the sentence, is what was said (the parser hangs it on the verb
    as a second subject or a loose dependent). RETURNS (the phrase's head, the source)."""
    if verb.i != verb.head.i or any(c.dep_ not in CLOSING_DEPS for c in verb.rights):
        return None  # the verb closes its sentence ("..., he said later.")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 1:
        return None
    speaker = subjects[-1]
    doc = verb.doc
    left = speaker.left_edge.i
    if left == 0 or doc[left - 1].text != ",":
        return None
    for child in verb.children:
        if child.i >= left or child.dep_ not in FRONTED_DEPS or child.left_edge.i != verb.sent.start:
            continue
        if child.right_edge.i != left - 2 or child.ent_type_ in SETTING_ENTS:
            return None  # not the whole opening, or a time ("Last week, he said.")
        if child.pos_ in ("VERB", "AUX"):
            return None  # a clause: the parse of "X will fail, he said" is read elsewhere
        if is_person_like(speaker) or speaker.pos_ == "PRON":
            return child, speaker
    return None


def _aside_on_subject(verb: Token) -> bool:
    """"The difference now, he told me, is that ...": an aside the parser hangs on the
    subject of the clause it splits, not on the clause's verb."""
    head = verb.head
    left = min(t.i for t in verb.subtree if not t.is_punct)
    return verb.dep_ == "parataxis" and head.dep_ in SUBJECT_DEPS and head.head.pos_ in ("VERB", "AUX") \
        and head.i < verb.i < head.head.i and left > 0 and verb.doc[left - 1].text in (",", "—", "--")


def _ends_clause(verb: Token) -> bool:
    """Whether only punctuation follows the verb's phrase in its sentence."""
    end = verb.right_edge.i + 1
    sent_end = verb.sent.end
    return all(verb.doc[k].is_punct or verb.doc[k].is_space for k in range(end, sent_end))


def _according_to(according: Token) -> Report | None:
    """"according to X": X is the source of the clause the phrase modifies."""
    doc = according.doc
    if according.i + 1 >= len(doc) or doc[according.i + 1].lower_ != "to":
        return None
    to = doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        source = next((c for c in according.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = according if to.head.i == according.i else to
    clause = _clause_of(phrase)
    if clause is None:
        return None
    exclude = {t.i for t in phrase.subtree} | {according.i, to.i} | {t.i for t in source.subtree}
    exclude |= _after_attribution(clause, max(exclude))
    fragments = _fragments(clause, exclude, None)
    if not fragments:
        return None
    return Report(fragments, (according.idx, to.idx + len(to)), source)


def _after_attribution(clause: Token, end: int) -> set[int]:
    """Tokens of the phrases a clause goes on with after its "according to X" phrase
    closes it (``end``): "X won 54 percent, according to exit polls, a wide margin",
    "..., according to the poll, despite losing the county" -- the writer's own remark on
    what the source reported, not the source's: an adverbial phrase, an apposition.
    Only when the clause's verb and its subject come before the phrase."""
    if clause.i > end or not any(c.dep_ in SUBJECT_DEPS and c.i < end for c in clause.children):
        return set()
    out: set[int] = set()
    for child in clause.rights:
        if child.left_edge.i <= end:
            continue
        # a second object is an apposition the parser misread ("won 54 percent, according
        # to exit polls, a wide margin")
        second_object = child.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < end for c in clause.children)
        if child.dep_ in AFTER_ATTRIBUTION_DEPS or second_object:
            out.update(t.i for t in child.subtree)
    return out


def _in_poll(prep: Token) -> Report | None:
    """"In a poll released Monday, 50 percent chose X", "X leads in the latest survey":
    one poll, survey or study a clause's finding is set in, by a phrase opening or closing
    it, is its source, as with "according to" (not "rose in the polls", nor a clause with
    its own verb of saying or finding, read as such)."""
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in POLL_NOUNS or poll.tag_ != "NN":
        return None  # one poll, not "rose in the polls"
    head = prep.head
    if head.pos_ not in ("VERB", "AUX"):
        # "has a lead in the polls": the phrase on the clause's object
        if head.dep_ not in ("dobj", "attr") or head.head.pos_ not in ("VERB", "AUX"):
            return None
        head = head.head
    if verb_lemma(head) in ALL_VERBS or head.dep_ in MODIFIER_CLAUSE_DEPS:
        return None  # "voters surveyed in the poll": a modifier, not the finding
    fragments = _fragments(head, {t.i for t in prep.subtree}, None)
    if len(fragments) != 1:
        return None  # the phrase opens or closes the finding; one amid it qualifies a part
    return Report(fragments, (prep.idx, prep.idx + len(prep)), poll)


def _view_report(noun: Token) -> Report | None:
    """"in X's view, ...", "in the opinion of X", "by her account": X is the source."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in VIEW_PREPOSITIONS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if owner is None and prep.lower_ == "by" and noun.lemma_.lower() in COUNT_NOUNS:
        owner = noun  # "by one estimate", "by some counts": the estimate is the source
    elif owner is None or not is_person_like(owner):
        return None
    clause = _clause_of(prep)
    if clause is None:
        return None
    fragments = _fragments(clause, {t.i for t in prep.subtree}, None)
    if not fragments:
        return None
    return Report(fragments, (prep.idx, noun.idx + len(noun)), owner)


def _noun_report(noun: Token) -> Report | None:
    """"X's announcement that ...", "the claim by X that ...": a noun of saying whose
    "that" clause is the content and whose possessor or "by/from" object the source."""
    clause = next((c for c in noun.children if c.dep_ in NOUN_CLAUSE_DEPS and c.i > noun.i
                   and any(m.dep_ == "mark" and m.lower_ in COMPLEMENTIZERS for m in c.children)), None)
    if clause is None:
        return None
    owner = noun_owner(noun) or _name_before(noun)
    if owner is None:
        return None
    if owner.lower_ in POSSESSIVE_PRONOUNS:
        owner = _possessor_subject(noun, owner)
    return _report(_fragments(clause, set(), None), noun, owner)


def _noun_object_report(noun: Token) -> Report | None:
    """"her criticism of the plan", "the union's support for the strike", "his promise to
    cut taxes": a noun of backing, opposing, asking or undertaking with an owner (a
    possessor, "from X", "by X") reports what its preposition or its "to" infinitive holds."""
    lemma = noun.lemma_.lower()
    owner = noun_owner(noun)
    if owner is None:
        return None
    head = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in OBJECT_NOUNS.get(lemma, ())), None)
    content = next((c for c in head.children if c.dep_ in ("pobj", "pcomp")), None) if head is not None else None
    if content is None and lemma in INFINITIVE_NOUNS:
        content = next((c for c in noun.rights if c.dep_ in ("acl", "relcl") and _infinitive(c)), None)
    if content is None:
        return None
    if owner.lower_ in POSSESSIVE_PRONOUNS:
        owner = _clause_subject(noun) or owner
    return _report(_fragments(content, set(), None), noun, owner)


def _clause_subject(noun: Token) -> Token | None:
    """The subject of the verb whose object (or its preposition's object) is ``noun``,
    when it comes before the noun: the one "his" stands for in "Smith continued his
    attacks"."""
    head = noun.head
    if noun.dep_ == "pobj":
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("dobj", "pobj"):
        return None
    subject = _source_of(head)
    if subject is None or subject.i > noun.i or not (subject.pos_ == "PRON" or is_person_like(subject)):
        return None  # "his reluctance to affirm his support": a state, not the owner
    return subject


def _possessor_subject(noun: Token, owner: Token) -> Token:
    """The subject a possessive pronoun owner stands for when the verb of saying acts on
    the noun ("Lee repeated his claim that ...": Lee), when the two agree in person and number ("The aides doubted his claim":
    not the aides); else the pronoun itself."""
    subject = _clause_subject(noun) if noun.dep_ == "dobj" else None
    if subject is None:
        return owner  # "despite his claim that ...", "alone in her view that ...": no act on it
    poss = owner.lower_
    if subject.pos_ == "PRON":
        return subject if subject.lower_ == POSSESSIVE_SUBJECTS.get(poss) else owner
    if poss in ("his", "her", "its"):
        return subject if subject.tag_ in ("NN", "NNP") else owner
    if poss in PLURAL_POSSESSIVES:
        return subject if subject.tag_ in ("NNS", "NNPS") else owner
    return owner


def _name_before(noun: Token) -> Token | None:
    """The name that makes a noun of saying someone's: "a Times report that ...", "the
    Pentagon's"-less "a Pentagon statement that ..." (a proper noun compound)."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    return names[-1] if names and is_person_like(names[-1]) else None


def _clause_of(token: Token) -> Token | None:
    """The verb of the clause a phrase modifies (climbing through nouns it hangs on)."""
    node = token.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return None


def _fragments(head: Token, exclude: set[int], cue: Token | None,
               span: tuple[int, int] | None = None) -> tuple[tuple[int, int], ...]:
    """The content under ``head`` (or the token ``span``) as character fragments: its
    subtree without the ``exclude`` tokens, cut into runs, each trimmed of punctuation
    and spaces, the complementizer "that" left out, kept within the cue's paragraph."""
    doc = head.doc
    anchor = cue if cue is not None else head
    lo, hi = paragraphs_of(doc).bounds(anchor.idx)
    tokens = doc[span[0]:span[1]] if span is not None else head.subtree
    keep = [t.i for t in tokens if t.i not in exclude and lo <= t.idx < hi]
    if cue is not None:
        keep = [i for i in keep if i != cue.i]
    runs = list(_runs(keep))
    out: list[tuple[int, int]] = []
    for n, (s, e) in enumerate(runs):
        while s < e and (doc[s].is_punct or doc[s].is_space):
            s += 1
        if n == 0 and s < e and doc[s].lower_ in COMPLEMENTIZERS and doc[s].dep_ in COMPLEMENTIZER_DEPS:
            s += 1  # "that" as a subordinator, or as the adverb the parser sometimes makes it
        while n == 0 and s < e and doc[s].dep_ == "cc":
            s += 1  # "And the river will flood, according to X": the link, not the content
        while s < e and (doc[s].is_punct or doc[s].is_space):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or doc[e - 1].dep_ == "cc"):
            e -= 1  # a content ends neither in punctuation nor in a dangling "and"
        if e > s and any((t.is_alpha or t.is_digit) and t.pos_ not in FUNCTION_POS for t in doc[s:e]):
            out.append(_closing_mark_kept(doc_text(doc), doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), hi))
    return tuple(out)


def _closing_mark_kept(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """A content that opens a quotation ends with its closing mark, not just before it:
    'the plan was “a disaster”' (the contract's example), not 'the plan was “a disaster'.
    The trimming of a content's end stops at the mark and the punctuation inside it."""
    piece = text[start:end]
    curly = sum(c in D_OPEN for c in piece) > sum(c in D_CLOSE for c in piece)
    if not curly and piece.count('"') % 2 == 0:
        return start, end
    k = end
    while k < limit and k - end < MARK_REACH and text[k] in INNER_PUNCTUATION:
        k += 1
    if k < limit and (text[k] in D_CLOSE if curly else text[k] == '"'):
        return start, k + 1
    return start, end


def _runs(indices: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Consecutive runs of token indices as (start, end) pairs."""
    ordered = sorted(indices)
    if not ordered:
        return
    start = prev = ordered[0]
    for i in ordered[1:]:
        if i != prev + 1:
            yield start, prev + 1
            start = i
        prev = i
    yield start, prev + 1


def _report(fragments: tuple[tuple[int, int], ...], cue: Token, speaker: Token) -> Report | None:
    """A Report of a one-word cue, unless the content is empty or holds its own source
    (a parse that hung the source inside what it said)."""
    if not fragments or _inside(speaker, fragments):
        return None
    return Report(fragments, (cue.idx, cue.idx + len(cue)), speaker)


def _inside(token: Token, fragments: tuple[tuple[int, int], ...]) -> bool:
    return any(s <= token.idx < e for s, e in fragments)
