"""Who said a quotation: the cue (a speech verb, "according to", a colon) and the
speaker mention it rests on, read from spaCy's parse and the text next to the marks.

The steps, tried in order for one quotation (the first that finds a cue wins):

1. the parse: a speech verb (or a speech noun) that governs the quoted words,
   climbing from them through their heads ("she said that the plan was “a
   disaster”", "“...,” she said"), or a speech verb the parser hung under them;
2. the text after the closing mark up to the end of the sentence:
   ``“...,” said X`` / ``“...,” X, 35, captioned`` / ``“...” — X`` / ``according to X``;
3. the text before the opening mark in the same sentence:
   ``X said: “...”`` / ``X told reporters, “...”`` / ``according to X, “...”`` /
   ``X: ‘...’`` (a headline) / ``X continued:``;
4. a colon closing the previous paragraph ("Smith said:" then a paragraph of quotation).

Carrying a speaker over to quotations with no cue of their own (continuation,
a second segment after "she said.") is done by the caller, which sees all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dateline.quotes.lexicon import (
    ADJACENT_ONLY_VERBS,
    IRREGULAR_FORMS,
    PERSON_NOUNS,
    PRONOUN_SPEAKERS,
    RELATIVE_PRONOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    WEAK_VERBS,
    words,
)
from dateline.quotes.paragraphs import paragraphs_of

# How far the parse is climbed from the quoted words to a cue (heads), and how
# many tokens of text next to the marks are read.
MAX_CLIMB = 14
OUTER_CLIMB = 6
# Links from a reported clause up to the verb reporting it.
OUTER_DEPS = frozenset(("ccomp", "conj", "xcomp", "advcl", "parataxis", "pcomp", "pobj", "prep"))
SHORT_CLAUSE = 6
SHORT_CLAUSE_PRONOUNS = frozenset(("he", "she", "they", "i", "we"))
NEAR_WEAK = 5  # tokens before an opening mark within which a weak verb is a cue
RIGHT_WINDOW = 40
LEFT_WINDOW = 60
SENTENCE_END = frozenset((".", "!", "?"))
DASHES = frozenset(("\u2014", "\u2013", "--", "-"))
# Climbing from a participle or coordinated verb to the verb whose subject it shares.
SHARED_SUBJECT = frozenset(("advcl", "conj", "xcomp", "pcomp", "prep", "pobj", "npadvmod", "dep"))
# Auxiliaries that make a verb of saying hypothetical or an intention.
UNASSERTING = words("to can could would will should may might must not n't never")
POLL_NOUNS = frozenset(("poll", "survey", "study"))
NAME_ENTS = frozenset(("PERSON", "ORG", "NORP", "GPE"))


# ``Doc.text`` joins every token on each access; extract_quotes keeps the text here
# for the duration of one call (and removes it after).
TEXT_KEY = "dateline.quotes.text"


def doc_text(doc: Doc) -> str:
    """The doc's text, without rebuilding it when extract_quotes has it at hand."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc.text


@dataclass(frozen=True)
class Attribution:
    """A cue token (None for a bare colon or dash) and the speaker's head token."""

    cue: Token | None
    cue_start: int
    cue_end: int
    speaker: Token | None


def is_speech_verb(token: Token, strong: bool = False) -> bool:
    """RETURNS whether ``token`` is a verb of saying (``strong``: not a weak one)."""
    if token.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return False
    lemma = token.lemma_.lower()
    if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children):
        return not strong  # "went on about “...”": talking on, a cue only where it governs
    if lemma not in SPEECH_VERBS and token.lower_ not in SPEECH_VERBS:
        return False
    if token.dep_ in ("amod", "compound", "nmod"):
        return False  # "Trump-branded steaks": a modifier, not a verb of saying
    if token.pos_ in ("NOUN", "PROPN") and token.tag_[:2] != "VB":
        return False
    return not (strong and (lemma in WEAK_VERBS))


def is_speech_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_NOUNS


def governing_cue(quote: Span, lo: int, hi: int) -> Token | None:
    """The speech verb the parse makes govern the quoted words, or None.

    quote (Span): the tokens of the quoted words.
    lo (int): first character of the quotation's paragraph; hi: its end. The parser
        sometimes joins paragraphs; a cue in another paragraph is not this one's.
    RETURNS (Token | None): the cue verb or noun (outside the quotation).
    """
    start, end = quote.start, quote.end
    roots = [t for t in quote if not (t.is_punct or t.is_space)
             and (t.head.i == t.i or not (start <= t.head.i < end))]
    noun: Token | None = None
    for token in roots:
        node, steps = token.head, 0
        while steps < MAX_CLIMB and lo <= node.idx < hi:
            if not (start <= node.i < end):
                if is_speech_verb(node) and node.lemma_.lower() not in ADJACENT_ONLY_VERBS \
                        and not is_unasserted(node):
                    return outer_cue(node, lo, hi)
                if noun is None and is_speech_noun(node):
                    # "called X's assertion “...”": a verb above a noun of speech wins
                    noun = node
                aside = _parenthetical_cue(node)
                if aside is not None:
                    return aside
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    if noun is not None:
        return noun
    # "“We win,” he said" parsed with "said" under the quoted clause
    for token in roots:
        for child in token.rights:
            if child.i >= end and child.idx < hi and is_speech_verb(child):
                return child
    return None


def is_unasserted(verb: Token) -> bool:
    """Whether a verb of saying is not a speech act here: an infinitive or a verb
    under a modal or a negation ("to talk about “...”", "cannot say that “...”")."""
    if verb.tag_ not in ("VB", "VBG") or verb.dep_ == "ROOT":
        return False
    return any(c.dep_ in ("aux", "neg") and c.lower_ in UNASSERTING for c in verb.children)


def _parenthetical_cue(node: Token) -> Token | None:
    """A verb of saying set in a clause as an aside: "Biden, Rubio said, had passed
    “...”", "Back then, she said, he was “...”"."""
    for child in node.children:
        if child.dep_ == "parataxis" and is_speech_verb(child, strong=True) \
                and any(c.dep_ in SUBJECT_DEPS for c in child.children):
            return child
    return None


def outer_cue(cue: Token, lo: int, hi: int) -> Token:
    """The outermost reporting verb over a speech verb in reported speech: "Ross said
    Obama had told leaders that ..." is Ross's account, and "she noted that he called
    it “weak”" hers. PolNeAR credits the outer source, and a reader does too: the
    inner speaker is only reported. RETURNS the cue itself when nothing is above it."""
    best, node = cue, cue
    for _ in range(OUTER_CLIMB):
        if node.dep_ not in OUTER_DEPS or node.head.i == node.i:
            break
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            break  # "Although X says ..., others argue": a subordinate clause, not a participle
        node = node.head
        if not lo <= node.idx < hi:
            break
        if is_speech_verb(node, strong=True) and node.tag_ != "VBG" \
                and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            best = node
    return best


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
        subj = _best_subject(node)
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
            return node.head  # "a source telling reporters ..."
        if node.dep_ not in SHARED_SUBJECT or node.head.i == node.i or not lo <= node.head.idx < hi:
            return None
        node = node.head
        # a participle hung under the reported clause belongs to the reporting verb
        while node.dep_ == "ccomp" and is_speech_verb(node.head) and not is_speech_verb(node) \
                and lo <= node.head.idx < hi:
            node = node.head
    return None


def _best_subject(verb: Token) -> Token | None:
    """The subject of ``verb``; when the parser gives two ("His verdict: “...,” he
    said"), a name or pronoun beats a common noun, then the nearer one wins."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) <= 1:
        return subjects[0] if subjects else None
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


def according_to(tokens: Span) -> tuple[Token, Token] | None:
    """("according", head of its object) in ``tokens``, or None."""
    for token in tokens:
        if token.lower_ == "according":
            nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if nxt is None or nxt.lower_ != "to":
                continue
            for obj in nxt.children:
                if obj.dep_ == "pobj":
                    return token, obj
            # parse missed the object: the first noun after "to"
            for cand in tokens.doc[nxt.i + 1: min(tokens.end + 1, nxt.i + 6)]:
                if cand.pos_ in ("PROPN", "NOUN", "PRON"):
                    return token, cand
    return None


def clause_opener(doc: Doc, lo: int, hi: int) -> Token | None:
    """The speaker a clause opens with, for a verb whose subject the parser lost among
    parentheticals ("Durbin, noting the size of X's following, said"): the first
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
                head = head.head  # "Margaret" of "Margaret Sullivan"
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


def from_right(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """Attribution in the text after a quotation: tokens ``lo:hi``."""
    if lo >= hi:
        return None
    first = doc[lo]
    if first.text in DASHES and lo + 1 < hi and doc[lo + 1].pos_ == "PROPN":
        return Attribution(None, first.idx, first.idx + len(first), doc[lo + 1])
    window = doc[lo:hi]
    acc = according_to(window)
    if acc is not None:
        # "“...,” Smith said, according to the Post": PolNeAR credits the outer source
        return Attribution(acc[0], acc[0].idx, acc[0].idx + len(acc[0]), acc[1])
    for token in window:
        if is_unasserted(token):
            continue  # "... that would respond to requests": not a speech act
        strong = is_speech_verb(token, strong=True)
        if not strong and is_speech_verb(token):
            # "“...,” read the statement": a weak verb whose subject is an utterance
            subj = subject_of(token)
            strong = subj is not None and is_speech_noun(subj)
        if strong:
            subj = subject_of(token)
            if subj is None or not (lo <= subj.i < hi):
                # the parse missed the subject: "“...,” Smith, the ... of X, said" opens
                # with it; "said Smith" has it right after the verb
                before = clause_opener(doc, lo, token.i)
                subj = before or nearest_nominal(list(doc[token.i + 1:hi]), after=True) or subj
            return Attribution(token, token.idx, token.idx + len(token), subj)
    if lo > 0 and doc[lo - 1].idx > 0 and doc_text(doc)[doc[lo - 1].idx - 1] not in ",?!\u2014-":
        return None
    return short_clause(doc, lo, hi)


def short_clause(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """``“...,” Smith quipped`` / ``“...?” Smith went on, ...``: a name or pronoun and a
    past or present verb opening the text after the quotation attribute it, whatever
    the verb (only called after a comma, question or exclamation mark closes it)."""
    first = [t for t in doc[lo:min(hi, lo + SHORT_CLAUSE)] if not t.is_punct]
    for a, b in pairwise(first):
        for subj, verb in ((a, b), (b, a)):
            if (subj.pos_ == "PROPN" or subj.lower_ in SHORT_CLAUSE_PRONOUNS) and abs(subj.i - verb.i) == 1 \
                    and subj.dep_ in SUBJECT_DEPS and subj.head.i == verb.i \
                    and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ"):
                return Attribution(verb, verb.idx, verb.idx + len(verb), subj)
    return None


def _name_label(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """A name as a label before a colon: "Donald Trump: “...”", "... - Pew Research:
    “...”" (a person's name, or a name that stands alone after a dash or at the start),
    not a place a clause ends on ("suggested he was from Mexico: “...”")."""
    if hi - lo < 2 or doc[hi - 1].text != ":" or doc[hi - 2].pos_ != "PROPN":
        return None
    name = doc[hi - 2]
    k = hi - 2
    while k > lo and doc[k - 1].pos_ == "PROPN":
        k -= 1
    alone = k == lo or doc[k - 1].is_punct
    if name.ent_type_ == "PERSON" or (alone and name.ent_type_ not in ("GPE", "LOC", "FAC")):
        colon = doc[hi - 1]
        return Attribution(None, colon.idx, colon.idx + 1, name)
    return None


def _verb_before(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """``Smith shot back, “...”``: a verb right before the comma or colon that opens a
    quotation introduces it, whatever the verb, when its subject is someone."""
    k = hi - 1
    if k < lo or doc[k].text not in (",", ":"):
        return None
    k -= 1
    while k >= lo and doc[k].dep_ in ("prt", "advmod") and doc[k].pos_ in ("ADP", "ADV", "PART"):
        k -= 1  # "shot back", "said simply"
    if k < lo or doc[k].pos_ != "VERB" or doc[k].tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    verb = doc[k]
    subj = subject_of(verb)
    if subj is None or not is_person_like(subj):
        return None
    return Attribution(verb, verb.idx, verb.idx + len(verb), subj)


def from_left(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """Attribution in the text before a quotation: tokens ``lo:hi`` (same sentence)."""
    if lo >= hi:
        return None
    window = doc[lo:hi]
    acc = according_to(window)
    if acc is not None:
        return Attribution(acc[0], acc[0].idx, acc[0].idx + len(acc[0]), acc[1])
    label = _name_label(doc, lo, hi)
    if label is not None:
        return label
    adjacent = _verb_before(doc, lo, hi)
    if adjacent is not None:
        return adjacent
    for i in range(hi - 1, lo - 1, -1):
        token = doc[i]
        # a weak verb counts right before the quotation: "called the plan “a mess”",
        # "as she put it, “...”"
        near = hi - i <= NEAR_WEAK or (token.lemma_.lower() == "put" and i + 1 < hi and doc[i + 1].lower_ == "it")
        if is_speech_verb(token, strong=not near) and not is_unasserted(token):
            subj = subject_of(token)
            if subj is None:
                subj = clause_opener(doc, lo, i)
            return Attribution(token, token.idx, token.idx + len(token), subj)
    last = doc[hi - 1]
    if last.text == ":":
        # "Smith continued:" or "the questioners were hostile:" have a verb and its
        # subject; "PENCE:" or a headline's "Trump:" has only a name
        for i in range(hi - 2, lo - 1, -1):
            token = doc[i]
            if token.pos_ in ("VERB", "AUX"):
                subj = subject_of(token)
                if subj is not None and subj.pos_ in ("PROPN", "PRON", "NOUN"):
                    return Attribution(None, last.idx, last.idx + 1, subj)
                break
        subj = nearest_nominal(list(doc[lo:hi - 1]), after=False)
        if subj is not None and (subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ in NAME_ENTS):
            return Attribution(None, last.idx, last.idx + 1, subj)
    return None


def is_person_like(token: Token) -> bool:
    """Whether a subject can be a source: a name, a personal pronoun, or a noun for
    people or bodies that speak ("the senator", "officials", "the report")."""
    if token.pos_ == "PRON":
        return token.lower_ in PRONOUN_SPEAKERS and token.lower_ != "it"
    if token.pos_ == "PROPN":
        if token.is_upper and token.ent_type_ in ("GPE", "LOC", "FAC"):
            return False  # a dateline ("PORTLAND, Ore. - ..."), not a speaker
        return token.ent_type_ in NAME_ENTS or not token.ent_type_
    return token.pos_ == "NOUN" and token.lemma_.lower() in PERSON_NOUNS


def clause_subject(quote: Span, lo: int, hi: int) -> Attribution | None:
    """Fallback: the subject of the clause that governs the quoted words, when it is
    someone ("Smith found the plan “reckless”", "Jones was “deeply troubled”").

    Only the nearest verb with a subject is read, never the clauses above it, so a
    scare quote deep in a sentence does not inherit the sentence's subject.
    """
    start, end = quote.start, quote.end
    for token in quote:
        if token.is_punct or token.is_space or (start <= token.head.i < end and token.head.i != token.i):
            continue
        node, steps = token.head, 0
        while steps < 4 and lo <= node.idx < hi and not (start <= node.i < end):
            if node.pos_ in ("VERB", "AUX"):
                subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
                if subj is None:
                    if node.dep_ in ("xcomp", "advcl", "conj") and node.head.i != node.i:
                        node, steps = node.head, steps + 1  # "wanted to show that “...”"
                        continue
                    break
                # names only: a common noun here is mostly a thing, and a pronoun as
                # often the person talked about as the one talking
                if is_person_like(subj) and subj.pos_ == "PROPN" and not (start <= subj.i < end):
                    return Attribution(node, node.idx, node.idx + len(node), subj)
                return None
            if node.head.i == node.i:
                break
            node, steps = node.head, steps + 1
    return None


def sentence_speaker(doc: Doc, i: int, speech_only: bool = False) -> Attribution | None:
    """The speaker of the sentence holding token ``i``: the subject of its last verb
    of saying, else its root's subject when that is someone. For a quotation that
    follows a sentence about its speaker ("Smith was quick to add that ... . “...”")."""
    sent = doc[i].sent
    for k in range(sent.end - 1, sent.start - 1, -1):
        token = doc[k]
        if is_speech_verb(token, strong=True):
            subj = subject_of(token)
            if subj is not None and is_person_like(subj):
                return Attribution(token, token.idx, token.idx + len(token), subj)
    if speech_only:
        return None
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and is_person_like(subj) and subj.pos_ in ("PROPN", "PRON"):
        return Attribution(root, root.idx, root.idx + len(root), subj)
    return None


def headline(doc: Doc, lo: int, hi: int, quote: Span) -> Attribution | None:
    """A title-cased headline: ``Smith: ‘...’`` or ``Smith Says ‘...’ ...``, where the
    parser, misled by the capitals, tags the verb a proper noun."""
    for k in range(lo, quote.start):
        if doc[k].text == ":" and k > lo:
            # "Smith Praises Jones: ‘...’" is Smith's; "Smith: ‘...’" too
            # the headline's subject, the name it opens with, is the speaker
            head = doc[lo] if doc[lo].pos_ == "PROPN" else doc[k - 1]
            if head.pos_ in ("PROPN", "PRON", "NOUN"):
                return Attribution(None, doc[k].idx, doc[k].idx + 1, head)
            return None
    # a verb before the quotation first ("X Calls Y ‘...’ Over Z Comments"), any verb
    # of saying, weak ones included: a headline's verb is its cue
    order = list(range(lo, quote.start - 1)) + list(range(quote.end + 1, hi))
    for k in order:
        token = doc[k]
        if token.lower_ in HEADLINE_FORMS and k > lo and (doc[k - 1].is_title or doc[k - 1].is_upper):
            return Attribution(token, token.idx, token.idx + len(token), doc[k - 1])
    return None


def _forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Inflected forms of regular verbs (says, said-like -ed forms) plus irregular ones."""
    out: set[str] = set(IRREGULAR_FORMS)
    for v in lemmas:
        out.add(v + "s")
        out.add(v + "d" if v.endswith("e") else v + "ed")
        if v.endswith(("sh", "ch", "s", "x")):
            out.add(v + "es")
        if v.endswith("y") and v[-2:] not in ("ay", "ey", "oy"):
            out.update((v[:-1] + "ies", v[:-1] + "ied"))
    return frozenset(out)


SPEECH_FORMS = _forms(SPEECH_VERBS - WEAK_VERBS - ADJACENT_ONLY_VERBS)
HEADLINE_FORMS = _forms(SPEECH_VERBS - ADJACENT_ONLY_VERBS)
