"""Quotation regions and the subject that attributes each, as pronoun resolution needs them.

A third-person pronoun inside a quotation never refers to the quotation's
speaker (who would say "I"), and the speaker named after the quotation
("“He is right,” Flynn said") is known before the reader resolves the
pronoun. So the walk needs, per quotation: the token range and the head token
of its attributing subject. This is a light scan (quotation marks per
paragraph, the subject of a speech verb right after or before), not the quotes
layer, which runs later and finds quotes properly.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.entities.mentions import clause_root
from dateline.lexicon import SUBJECT_DEPS

# A quotation: curly marks, or straight double marks, within one paragraph; one
# left open runs to the end of its paragraph (news reopens it in the next one).
QUOTE_RE = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "write", "continue", "conclude", "ask", "explain", "note", "insist",
    "argue", "admit", "caption", "post", "tweet", "declare", "claim", "warn", "reply", "respond",
    "recall", "state", "announce", "joke", "quip", "acknowledge", "agree", "complain", "describe",
    "suggest", "remark", "observe", "maintain", "confirm", "deny", "urge", "predict", "share", "reveal", "gush", "recount", "testify", "concede", "emphasize", "stress",
})
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


def find_quotations(doc: Doc, text: str, starts: list[int]) -> list[Quotation]:
    """Find quotations and the subject tokens that attribute them.

    doc (Doc): the parsed doc. text (str): its text.
    starts (list[int]): each token's character offset.
    RETURNS (list[Quotation]): in text order.
    """
    if "“" not in text and '"' not in text:
        return []
    out: list[Quotation] = []
    for m in QUOTE_RE.finditer(text):
        if m.end() - m.start() < 4:
            continue
        first = bisect.bisect_left(starts, m.start() + 1)
        last = bisect.bisect_left(starts, m.end() - 1)
        if first >= last:
            continue
        speaker = _speaker(doc, first, last)
        if speaker is None:
            # a paragraph that is all quotation may continue the one before
            whole = not text[m.end():text.find("\n", m.end()) % (len(text) + 1)].strip()
            speaker = _continued(doc, text, m.start(), out if whole else [])
        out.append(Quotation(first, last, speaker))
    return out


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
