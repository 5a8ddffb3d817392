"""One-line event summaries with resolved names ("Ana Ruiz signed the lease").

A summary is the event's subject (resolved to its entity's name), its auxiliaries, the
verb and its right-hand complements, whole phrases only: a complement that does not fit is
first shortened by dropping its optional modifiers (prepositional phrases, relative and
adverbial clauses, appositions), and left out if it still does not fit. Words inside
quotation marks are never changed. When a pronoun subject outside them becomes a name, the
verb agrees with it ("I have a plan" -> "Dana Whitlow has a plan").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from dateline.entities.index import EntityIndex
from dateline.events.lexicon import (
    AGREEMENT,
    CORE_DEPS,
    HEDGES,
    OPTIONAL_DEPS,
    PERSON_PRONOUNS,
    PERSONAL,
    QUOTE_MARKS,
    RELATIVE_SUBJECTS,
    SAID_MIN_WORDS,
    SAYING_LEMMAS,
    SUMMARY_HARD_MAX,
    SUMMARY_QUOTE_WORDS,
    UNRESOLVED,
)


def summarize(verb: Token, index: EntityIndex, max_tokens: int, agent: str | None = None,
              voice: Callable[[Token], str | None] | None = None,
              quoted: Callable[[int], bool] | None = None, said: str | None = None,
              direct: bool = True) -> str:
    """Subject (resolved to its entity's name) + verb + its complements, whole phrases.

    max_tokens (int): the complements' budget (a first complement is kept shortened even
        past it, up to ``SUMMARY_HARD_MAX``).
    agent (str | None): the doer's name, for a clause without a subject ("revealing ...").
    voice: the speaker's name for "I"/"we" inside a quotation.
    quoted: True for a char offset inside quotation marks (words there are kept verbatim).
    said (str | None): for an event of saying, the quoted words, added when the summary
        does not already carry what was said (in quotation marks when ``direct``).
    """
    inside = quoted or (lambda _i: False)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a quotation the parser took for a subject ('"Happy new year," X said') is what was said:
    # the subject is the one outside the marks
    subj = next((c for c in subjects if not inside(c.idx)), subjects[0] if subjects else None)
    parts: list[str] = []
    renamed = False
    doer: str | None = None
    if subj is not None and subj.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
        parts.append(_core_phrase(verb.head, index) + " ")  # "who won the prize" -> "Nora Quist won ..."
    elif subj is not None:
        name = (voice(subj) if voice else None) or _subject_name(subj, index)
        doer = name
        renamed = name != subj.text and subj.lower_ == "i"  # "I" becomes one person's name
        parts.append(name + " ")
    elif verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        parts.append(_core_phrase(verb.head, index) + " ")  # "the plan unveiled Thursday"
    elif agent:  # a participle or infinitive clause ("revealing in May that ..."): name its doer
        parts.append(agent + " ")
        doer = agent
    elif (shared := _shared_subject(verb)) is not None:  # "..., but adds:" shares "he"
        doer = _subject_name(shared, index)
        parts.append(doer + " ")
    toks = [c for c in verb.children if c.i < verb.i and (c.dep_ in ("aux", "auxpass", "neg")
                                                          or c.dep_ == "advmod" and c.lower_ in HEDGES)]
    toks.append(verb)
    rest = _complements(verb, subj, max_tokens)
    toks += rest
    # "the bill, which Whitlow signed in 2019" -> "Whitlow signed the bill in 2019"
    parts_obj = _core_phrase(verb.head, index) if verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ in RELATIVE_SUBJECTS and c.i < verb.i for c in verb.children) else None
    toks = _balanced(toks)
    agree = toks[0] if renamed and toks else None
    # words shown inside quotation marks stay verbatim; an event told inside a quotation
    # ("I have surgery tomorrow") is retold without the marks, in the third person
    verbatim = (lambda t: inside(t.idx)) if not inside(verb.idx) else (lambda t: False)
    for i, tok in enumerate(toks):
        if tok is agree and tok.tag_ == "VBP" and not verbatim(tok):
            word = _third_person(tok.text)
        elif _replaceable(tok) and not verbatim(tok) and voice and voice(tok):
            # "I" and "we" told inside a quotation are its speaker; other pronouns after the
            # subject stay as written ("X wrote that he is", never a guessed name)
            word = voice(tok) or tok.text
            if doer and word in doer:
                word = tok.text
        else:
            word = tok.text
        if i == 0 and parts and tok.i == tok.sent.start and tok.pos_ != "PROPN" and word[:1].isupper():
            word = word[:1].lower() + word[1:]  # "Visiting the area" after its doer's name
        last = i == len(toks) - 1
        gap = "" if last else (tok.whitespace_ or ("" if toks[i + 1].i == tok.i + 1 else " "))
        if tok.i == verb.i and parts_obj:
            gap = " " + parts_obj + (" " if not last else "")
        parts.append(word + gap)
    text = " ".join("".join(parts).split())
    if doer and subj is not None and subj.pos_ != "PRON" and (text.count(doer) > 1 or _names_again(subj, rest, index)):
        # the subject resolved to an entity the clause names again ("X accused X"):
        # the resolution is doubtful, so the subject keeps its own words
        text = _subject_words(subj) + text[len(doer):]
    words = " ".join(said.split()).strip(" ,.") if said else ""
    # a quotation that starts in lower case is a fragment of a reported sentence, not what was said
    if verb.lemma_.lower() in SAYING_LEMMAS and len(words.split()) >= SAID_MIN_WORDS \
            and (words[:1].isupper() or not rest) and words[:40] not in text:
        if direct:
            text += ": " + _said_words(words if words[:1].isupper() else "… " + words)
        else:  # a reported statement is not quoted words: shown as written, whole
            shown = words
            if sum(shown.count(m) for m in ('"', "“", "”")) % 2:
                shown += "”" if "“" in shown else '"'
            text += ": " + shown
    return text


def _complements(verb: Token, subj: Token | None, budget: int) -> list[Token]:
    """The verb's right-hand complements, whole phrases, up to the first coordinated or
    adverbial clause or punctuation: "told her followers", "revealed that she had moved"."""
    out: list[Token] = []
    last = verb.i
    for child in verb.rights:
        if subj is not None and child.i == subj.i:
            continue  # an inverted subject ("..., said the mayor") is already named
        if any(not t.is_punct and not t.is_space for t in verb.doc[last + 1:child.left_edge.i]):
            break  # words between would be left out: the summary stays one stretch of the text
        if child.dep_ in ("punct", "cc") or (child.pos_ in ("VERB", "AUX") and child.dep_ in ("conj", "advcl")):
            break
        # the first complement, or what was said or done ("announcing in May that ..."),
        # may run to the hard limit; other phrases share what is left of the budget
        room = SUMMARY_HARD_MAX - len(out) if not out or child.dep_ in CORE_DEPS else budget - len(out)
        words = _pruned(child, room)
        if words is not None and sum(t.text in QUOTE_MARKS for t in words) % 2:
            words = _to_closing_mark(words)
        if words is None:
            break
        out += words
        last = max(t.i for t in words)
        if len(out) >= budget:
            break
    kept = {t.i for t in out} | {verb.i}
    while out and (out[-1].is_punct and out[-1].text not in QUOTE_MARKS or out[-1].dep_ in ("cc", "prep", "det", "mark")
                   or out[-1].head.i > out[-1].i and out[-1].head.i not in kept):
        out.pop()  # a dangling end: "with a hilariously late" whose noun was dropped
    return out


def _pruned(head: Token, budget: int) -> list[Token] | None:
    """The words of ``head``'s phrase within ``budget``: whole, else without its asides set
    off by commas, then without its optional modifiers taken from its end (so no middle of a
    phrase is ever left out), else None."""
    words = _stretch(head)
    if len(words) <= budget:
        return words
    quoted = _quoted_tokens(head)
    doc = head.doc
    # an aside set off by commas (", which is scheduled for next summer,") goes first: the
    # words around it still read as one
    for aside in [t for t in words if t.dep_ in ("relcl", "appos", "advcl") and t.i != head.i]:
        lo, hi = aside.left_edge.i, aside.right_edge.i
        if lo > 0 and hi + 1 < len(doc) and doc[lo - 1].text == "," and doc[hi + 1].text == "," \
                and not any(t.i in quoted or t.text in QUOTE_MARKS for t in aside.subtree):
            words = [t for t in words if not lo - 1 <= t.i <= hi + 1]
    kept = words
    while len(kept) > budget:
        end = kept[-1].i
        mod = next((t for t in kept if t.dep_ in OPTIONAL_DEPS and t.i != head.i and t.right_edge.i >= end
                    and t.lower_ != "of" and not (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))
                    and not (t.dep_ == "prep" and t.head.dep_ == "pobj")), None)  # "in connection with ..."
        if mod is None or any(t.i in quoted or t.text in QUOTE_MARKS for t in mod.subtree):
            return None  # nothing left to drop at the end, or quoted words (never cut)
        lo = mod.left_edge.i
        kept = [t for t in kept if t.i < lo]
        while kept and (kept[-1].is_punct or kept[-1].dep_ == "cc"):
            kept.pop()  # the comma or "and" before the dropped phrase goes too
    return kept


def _stretch(head: Token) -> list[Token]:
    """``head``'s phrase as one stretch of the text, in text order: where the parser hung a
    far word on it across other words (an apposition after an adverbial clause, "a gig to
    help the firemen, the Red Cross"), the phrase stops before the gap."""
    words = sorted(head.subtree, key=lambda t: t.i)
    at = next(k for k, t in enumerate(words) if t.i == head.i)
    lo, hi = at, at
    while lo > 0 and words[lo - 1].i == words[lo].i - 1:
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1].i == words[hi].i + 1:
        hi += 1
    return words[lo:hi + 1]


def _quoted_tokens(tok: Token) -> set[int]:
    """The indices of the tokens between quotation marks in ``tok``'s sentence."""
    out: set[int] = set()
    inside = False
    for t in tok.sent:
        if t.text in QUOTE_MARKS:
            inside = not inside
        elif inside:
            out.add(t.i)
    return out


def _to_closing_mark(words: list[Token]) -> list[Token] | None:
    """A phrase that opens a quotation, carried on to its closing mark when that is near
    (else None: a phrase is never cut inside quoted words)."""
    last = words[-1]
    doc = last.doc
    for j in range(last.i + 1, min(last.i + 1 + SUMMARY_QUOTE_WORDS, last.sent.end)):
        if doc[j].text in QUOTE_MARKS:
            return words + list(doc[last.i + 1:j + 1])
    return None


def _shared_subject(verb: Token) -> Token | None:
    """The subject a coordinated verb shares with the verb it is joined to."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def has_doer(verb: Token, agent: str | None, index: EntityIndex | None = None) -> bool:
    """True when a summary of ``verb`` can name who or what acted (a subject, the noun a
    participle or relative clause hangs on, or a known doer): else it is a fragment
    ("asked in August") and no timeline entry. A pronoun subject counts when ``index``
    resolves it, whatever its role ("he was fired": the one fired is named)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is not None and subj.lower_ in RELATIVE_SUBJECTS and verb.dep_ != "relcl":
        return False  # "that released his book": the noun it stands for is not at hand
    if subj is not None and subj.pos_ == "PRON" and subj.lower_ in UNRESOLVED and not agent \
            and (index is None or _subject_name(subj, index) == subj.text):
        return False  # "it calls on ...": who "it" is was not found, the entry cannot stand alone
    if agent or subj is not None or _shared_subject(verb) is not None:
        return True
    return verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON")


def _balanced(toks: list[Token]) -> list[Token]:
    """Cut before an opening quotation mark whose closing mark is not in the summary."""
    marks = [i for i, t in enumerate(toks) if t.text in QUOTE_MARKS]
    if len(marks) % 2 == 0:
        return toks
    cut = marks[-1]
    out = toks[:cut]
    while len(out) > 1 and (out[-1].is_punct or out[-1].dep_ in ("cc", "prep", "det", "mark")):
        out.pop()
    return out


def _said_words(text: str) -> str:
    """What was said, in quotation marks: whole when short, else its first sentence or clause."""
    words = " ".join(text.split()).strip(" ,")
    if len(words.split()) > SUMMARY_QUOTE_WORDS:
        # its first whole sentence, then the rest elided (not after "Mr." or "U.S.")
        head = re.split(r"(?<![.\s][A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\b[A-Z])(?<!\.)[.?!;] (?=[“\"A-Z])", words)[0]
        if 3 <= len(head.split()) <= SUMMARY_QUOTE_WORDS * 2 and head != words:
            return f"“{head.rstrip(',;:')} …”"
    return f"“{words}”"  # never cut inside a sentence: a long quotation stays whole


def _third_person(word: str) -> str:
    """The third-person singular of a present-tense verb ("have" -> "has", "plan" -> "plans")."""
    low = word.lower()
    if low in AGREEMENT:
        return AGREEMENT[low]
    if low.endswith(("s", "x", "z", "ch", "sh", "o")):
        return word + "es"
    if len(low) > 2 and low.endswith("y") and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _plausible(tok: Token, name: str, etype: str) -> bool:
    """Whether a subject may be shown as the entity it was resolved to: a name only as
    itself ("The Senate" is not "Senate Judiciary Committee"), "he"/"she" only as a person,
    a description of a person ("the spokeswoman") not as an organisation."""
    if tok.pos_ == "PROPN":
        phrase = tok.doc[tok.left_edge.i:tok.i + 1].text.lower().removeprefix("the ").strip()
        low = name.lower()
        # the phrase holds the whole name ("Mayor Dana Whitlow"), or it is a person's
        # surname ("Whitlow"); not a shorter name of something longer ("Senate" -> committee)
        return low in phrase or (etype == "PERSON" and low.endswith(" " + phrase))
    if tok.pos_ == "PRON":
        return etype == "PERSON" or tok.lower_ not in PERSON_PRONOUNS
    return etype == "PERSON" or tok.lower_ in name.lower()


def balance_marks(words: list[Token]) -> list[Token]:
    """``words`` with a quotation they open closed by its own mark when that follows within
    a few punctuation tokens ("“Apropos of Nothing,”"), else cut before the opening mark:
    quoted words are never shown half-marked."""
    marks = [k for k, t in enumerate(words) if t.text in QUOTE_MARKS]
    if len(marks) % 2 == 0 or not words:
        return words
    doc, last = words[-1].doc, words[-1].i
    for j in range(last + 1, min(last + 4, len(doc))):
        if doc[j].text in QUOTE_MARKS:
            return words + list(doc[last + 1:j + 1])
        if not doc[j].is_punct:
            break
    cut = words[:marks[-1]]
    while cut and (cut[-1].is_punct or cut[-1].dep_ in ("cc", "det", "prep")):
        cut.pop()
    return cut


def _names_again(subj: Token, rest: list[Token], index: EntityIndex) -> bool:
    """True when the complement names the subject's entity again ("X accused X of ...")."""
    ent = index.entity_at(subj.idx, subj.idx + len(subj.text)) if index else None
    if ent is None:
        return False
    return any(t.pos_ in ("PROPN", "NOUN") and (e := index.entity_at(t.idx, t.idx + len(t.text))) is not None
               and e.id == ent.id for t in rest)


def _subject_words(tok: Token) -> str:
    words = _pruned(tok, SUMMARY_HARD_MAX) or [tok]
    return " ".join("".join(t.text + t.whitespace_ for t in words).split())


def _core_phrase(noun: Token, index: EntityIndex) -> str:
    """A noun's name or its words without clauses or phrases after it ("the new budget")."""
    ent = index.entity_at(noun.idx, noun.idx + len(noun.text)) if index else None
    if ent is not None:
        return ent.name
    left = [t for t in noun.lefts if t.dep_ in ("det", "amod", "compound", "poss", "nummod", "case")]
    lo = min([t.left_edge.i for t in left] + [noun.i])
    words = balance_marks(list(noun.doc[lo:noun.i + 1])) or [noun]
    return "".join(t.text + t.whitespace_ for t in words).strip()


def _replaceable(tok: Token) -> bool:
    """A personal pronoun that reads well replaced by a name: not a possessive ("her husband"),
    not one fused with a contraction ("she'd")."""
    if tok.pos_ != "PRON" or tok.lower_ not in PERSONAL or tok.dep_ == "poss" or tok.tag_ == "PRP$":
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and not tok.whitespace_ and nxt.text[:1] in "'’")


def _pronoun_name(tok: Token, index: EntityIndex) -> str:
    ent = index.entity_at(tok.idx, tok.idx + len(tok.text)) if index else None
    return ent.name if ent is not None else tok.text


def _subject_name(tok: Token, index: EntityIndex) -> str:
    """The entity name for a subject phrase, or the phrase's own words when unresolved."""
    ent = index.entity_at(tok.idx, tok.idx + len(tok.text)) if index else None
    if ent is not None and _plausible(tok, ent.name, ent.type):
        return ent.name
    words = _pruned(tok, SUMMARY_HARD_MAX)
    # Span.text, not doc.text: spaCy rebuilds doc.text from every token on each access.
    if words is None:
        return _core_phrase(tok, index)
    words = balance_marks(words) or [tok]
    return " ".join("".join(t.text + t.whitespace_ for t in words).split())
