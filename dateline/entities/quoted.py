"""Quotation regions and the subject that attributes each, as pronoun resolution needs them.

A third-person pronoun inside a quotation never refers to the quotation's
speaker (who would say "I"), and the speaker named after the quotation
("“It works,” Hale said") is known before the reader resolves the
pronoun. So the walk needs, per quotation: the token range and the head token
of its attributing subject. The quotation marks are paired by the one scanner
of Dateline (``dateline.text.quotation``); the attribution here is light (the
subject of a speech verb right after or before), not the quotes layer, which
runs later and finds quotes properly.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.entities.lexicon import FIRST_PERSON
from dateline.entities.mentions import clause_root
from dateline.lexicon import SUBJECT_DEPS
from dateline.text.quotation import Quotation as TextQuotation
from dateline.text.quotation import outer_quotations

SPEECH_VERBS = frozenset({
    "say", "tell", "add", "write", "continue", "conclude", "ask", "explain", "note", "insist",
    "argue", "admit", "caption", "post", "tweet", "declare", "claim", "warn", "reply", "respond",
    "recall", "state", "announce", "joke", "quip", "acknowledge", "agree", "complain", "describe",
    "suggest", "remark", "observe", "maintain", "confirm", "deny", "urge", "predict", "share", "reveal", "gush", "recount", "testify", "concede", "emphasize", "stress",
})
# The double marks that may close a quotation (a straight one closes or opens).
CLOSING_MARKS = frozenset('"\u201d')
# What may stand between a paragraph's words and the name that signs it.
SIGNING_PUNCT = frozenset({".", "!", "?", "-", "\u2013", "\u2014", "--"})
SIGNING_END = frozenset({".", ")"})  # "... Ann Roe." or "(Ann Roe)" still signs
# A passage repeated word for word from a pull quote: long enough not to be a stock phrase.
MIN_REPEATED = 40
LOOK_AFTER = 10  # tokens after the closing mark where the attribution may stand
LOOK_BEFORE = 12  # tokens before the opening mark ("X said: “...")
# Dependencies a subject-less speech verb climbs to find who speaks, and how far.
CLIMB_DEPS = frozenset({"advcl", "pcomp", "acl", "xcomp", "conj"})
MAX_CLIMB = 3


@dataclass(frozen=True)
class Quotation:
    """start/end: token range inside the marks; speaker: head token of the subject, or None."""

    start: int
    end: int
    speaker: int | None


def find_quotations(doc: Doc, text: str, starts: list[int],
                    people: dict[int, int] | None = None) -> list[Quotation]:
    """Find quotations and the subject tokens that attribute them.

    doc (Doc): the parsed doc. text (str): its text.
    starts (list[int]): each token's character offset.
    people (dict[int, int] | None): last token -> first token of each person's full name
        (names.py), for the paragraphs a name signs (``_signed``).
    RETURNS (list[Quotation]): in text order.
    """
    out: list[Quotation] = []
    for q in _with_continuations(text, outer_quotations(text)):
        if isinstance(q, _Continued):
            # the paragraph goes on with the words of the quotation before it
            first, last = bisect.bisect_left(starts, q.start), bisect.bisect_left(starts, q.end)
            if first < last and out:
                out.append(Quotation(first, last, out[-1].speaker))
            continue
        first = bisect.bisect_left(starts, q.start)
        # the closing mark's token (the attribution starts after it), else the first token
        # past the paragraph the quotation runs on to
        last = bisect.bisect_left(starts, q.close_at if q.close_at is not None else q.end)
        if first >= last:
            continue
        speaker = _speaker(doc, first, last)
        if speaker is None and out and out[-1].speaker is not None and out[-1].end <= out[-1].speaker < first \
                and "\n" not in text[doc[out[-1].end].idx:q.open_at]:
            # "“...,” said X, a professor of law. “...”": the quotation after an attribution
            # goes on with the same speaker's words
            speaker = out[-1].speaker
        if speaker is None:
            # a paragraph that is all quotation may continue the one before
            after = q.end if q.close_at is None else q.close_at + 1
            whole = not text[after:text.find("\n", after) % (len(text) + 1)].strip()
            speaker = _continued(doc, text, q.open_at, out if whole else [])
        out.append(Quotation(first, last, speaker))
    return _signed(doc, text, out, people) if people and "\n" in text else out


@dataclass(frozen=True)
class _Continued:
    """Characters start:end of a paragraph that goes on with a quotation left open at the
    end of the paragraph before, typed with no opening mark of its own."""

    start: int
    end: int


def _with_continuations(text: str, quotations: list[TextQuotation]) -> list[TextQuotation | _Continued]:
    """The quotations, each one left open at the end of its paragraph followed by the part
    of the next paragraph up to a closing mark that closes nothing there (some papers
    reopen a quotation running over paragraphs with no mark: "... game.¶It was a long
    day.” After ..."): the same speaker's words."""
    out: list[TextQuotation | _Continued] = []
    for k, q in enumerate(quotations):
        out.append(q)
        if not q.runs_on:
            continue
        start = q.end
        while start < len(text) and text[start].isspace():
            start += 1
        para_end = text.find("\n", start)
        para_end = len(text) if para_end < 0 else para_end
        mark = next((i for i in range(start, para_end) if text[i] in CLOSING_MARKS), None)
        following = quotations[k + 1].open_at if k + 1 < len(quotations) else len(text)
        if mark is not None and mark > start and mark < following and not text[mark - 1].isspace():
            out.append(_Continued(start, mark))
    return out


def _signed(doc: Doc, text: str, quotations: list[Quotation], people: dict[int, int]) -> list[Quotation]:
    """The quotations with those a paragraph signs: a paragraph that ends in a person's full
    name after a full stop, a closing mark or a dash ("... my own choice. Ann Roe", "“...”
    — Ann Roe") quotes that person. Its quotation takes the name as speaker; a paragraph
    with no quotation marks that speaks in the first person is that person's words (a pull
    quote), and so is the same passage where the next paragraph opens with it."""
    out = list(quotations)
    starts = [q.start for q in out]
    para = 0
    while para < len(text):
        end = text.find("\n", para)
        end = len(text) if end < 0 else end
        signer = _signature(doc, para, end, people)
        if signer is not None:
            first = doc.char_span(para, end, alignment_mode="expand")
            k = bisect.bisect_left(starts, first.start) if first is not None else len(out)
            inside = [j for j in range(k, len(out)) if out[j].start < signer[0]]
            if inside and out[inside[-1]].speaker is None and out[inside[-1]].end >= signer[0] - 2:
                out[inside[-1]] = Quotation(out[inside[-1]].start, out[inside[-1]].end, signer[1])
            elif not inside and first is not None and _first_person(doc, first.start, signer[0]):
                out.insert(k, Quotation(first.start, signer[0], signer[1]))
                passage = text[para:doc[signer[0]].idx].strip()
                again = _repeated(doc, text, end, passage)
                if again is not None:
                    out.insert(k + 1, Quotation(again[0], again[1], signer[1]))
                starts = [q.start for q in out]
        para = end + 1
    return out


def _signature(doc: Doc, para: int, end: int, people: dict[int, int]) -> tuple[int, int] | None:
    """(first token, last token) of the person's full name that signs paragraph ``para:end``
    (its last words, after a full stop, a dash or a closing mark), or None."""
    span = doc.char_span(para, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    i = span.end - 1
    while i > span.start and (doc[i].is_space or doc[i].text in SIGNING_END):
        i -= 1
    j = people.get(i)
    if j is None or j <= span.start + 1:
        return None  # no name, or a name that is the whole paragraph
    before = doc[j - 1].text
    return (j, i) if before in SIGNING_PUNCT or before in CLOSING_MARKS else None


def _first_person(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens first:last hold a first-person pronoun."""
    return any(doc[i].lower_ in FIRST_PERSON and doc[i].tag_ in ("PRP", "PRP$") for i in range(first, last))


def _repeated(doc: Doc, text: str, end: int, passage: str) -> tuple[int, int] | None:
    """The token range of ``passage`` where the paragraph after ``end`` opens with it, or None."""
    start = end
    while start < len(text) and text[start].isspace():
        start += 1
    if len(passage) < MIN_REPEATED or not text.startswith(passage, start):
        return None
    span = doc.char_span(start, start + len(passage), alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def _continued(doc: Doc, text: str, mark: int, before: list[Quotation]) -> int | None:
    """The speaker of a quotation that opens a paragraph and names none: the subject of the
    paragraph before when that ends in a colon ("X called it “dangerous”:"), or (``before``:
    the quotations so far, given only for a quotation that is its whole paragraph) the speaker
    of the quotation that ends the paragraph before ("“...,” X said." then "“...”")."""
    line = text.rfind("\n", 0, mark)
    if line < 0 or text[line + 1:mark].strip():
        return None  # not at the start of a paragraph
    prev = text[:line].rstrip()
    if not prev:
        return None
    tok = doc.char_span(len(prev) - 1, len(prev), alignment_mode="expand")
    if tok is None:
        return None
    last_tok = tok[0]
    if prev.endswith(":"):
        root = clause_root(last_tok)
        return _subject_of(root) if root.i < last_tok.i else None
    if before and before[-1].speaker is not None:
        q = before[-1]
        # the quotation and its attribution close that paragraph: nothing after them but
        # the attribution's words ("“...,” X said.")
        if q.end <= last_tok.i and last_tok.i - q.end <= LOOK_AFTER \
                and "\n" not in text[doc[q.end].idx:len(prev)]:
            return q.speaker
    return None


def _speaker(doc: Doc, first: int, last: int) -> int | None:
    """Head token of the subject of the speech verb attributing tokens first:last."""
    n = len(doc)
    # ``last`` is the closing mark itself (a straight one looks like an opening one):
    # the attribution starts after it, and ends at the next opening mark or paragraph.
    after = last + 1 if last < n and doc[last].text in ("”", '"') else last
    for i in range(after, min(n, last + LOOK_AFTER)):
        tok = doc[i]
        if tok.dep_ in SUBJECT_DEPS and tok.head.lemma_ in SPEECH_VERBS and not (first <= tok.head.i < last):
            return tok.i
        if tok.text in ("“", '"') or "\n" in tok.text:
            break
    for i in range(first - 2, max(-1, first - LOOK_BEFORE), -1):
        tok = doc[i]
        if tok.lemma_ in SPEECH_VERBS and tok.pos_ == "VERB":
            return _subject_of(tok)
        if tok.text in ("”", '"'):
            break
    if first >= 2 and _inside_sentence(doc, first - 1):
        # "He described her as “...”": a quotation opened inside a sentence belongs
        # to the subject of that sentence's main verb.
        root = clause_root(doc[first - 2])
        if root.i < first - 1:
            return _subject_of(root)
    return None


def _inside_sentence(doc: Doc, mark: int) -> bool:
    """Whether the opening mark at token ``mark`` stands inside a sentence begun before
    it, not at the start of a paragraph or after a full stop."""
    prev = doc[mark - 1]  # tokens are contiguous: what lies between is prev's whitespace
    return "\n" not in prev.text_with_ws and prev.text not in (".", "!", "?")


def _subject_of(verb: Token) -> int | None:
    """The verb's subject nearest to it (the parser may make a quotation's first noun a
    second subject: "“My reaction ...,” the strategist said"); for a verb with none,
    the subject of the verb it depends on (CLIMB_DEPS)."""
    for _ in range(MAX_CLIMB):
        subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return min(subjects, key=lambda i: abs(i - verb.i))
        # "he promoted it by saying ...", "X resigned in a letter stating ...": a speech
        # verb with no subject of its own speaks for the subject of the verb it hangs from
        if verb.dep_ not in CLIMB_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.pos_ == "ADP" or verb.pos_ == "NOUN":  # through "by", "in a letter"
            if verb.head.i == verb.i:
                return None
            verb = verb.head
            if verb.pos_ == "ADP" and verb.head.i != verb.i:
                verb = verb.head
    return None
