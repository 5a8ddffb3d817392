"""Titles of works and names in quotation marks: 'the song “X”', 'the “X” star',
'a bill titled “X”'. They are not quotes, whatever verb governs them."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.quotes.lexicon import NAMING_VERBS, NAMING_WORDS, TITLE_PREPOSITIONS, WORK_NOUNS
from dateline.quotes.paragraphs import paragraphs_of
from dateline.text.quotation import Quotation

DASHES = frozenset(("\u2014", "\u2013", "--", "-", ":"))
# Characters a heading may have around its quotation (a full stop, spaces).
SUBHEAD_SLACK = 3
# Longest title we consider: a title-cased stretch of more words is a headline-like quote.
MAX_TITLE_TOKENS = 12


def is_title(doc: Doc, text: str, q: Quotation, tokens: Span) -> bool:
    """RETURNS whether quotation ``q`` (its tokens ``tokens``) names a work or thing.

    - the word before it names a work or a naming ("the song", "titled", "known as");
    - it sits inside a noun phrase: a determiner or possessive before it and a noun
      right after its closing mark ("the “X” star"), its words title-cased.
    """
    if q.open_at > 0 and text[q.open_at - 1] == "=":
        return True  # an attribute value in markup: tweet-date="..."
    if _subhead(doc, text, q, tokens):
        return True
    before = tokens.start - 2  # skip the opening mark
    while before >= 0 and doc[before].text in DASHES:
        before -= 1
    if before >= 0:
        prev = doc[before]
        low = prev.lower_
        if prev.text == "," and before > 0 and doc[before - 1].lemma_.lower() in WORK_NOUNS \
                and _title_cased(tokens):
            return True  # "in his book, “Some Title,”"
        if low in NAMING_WORDS or (prev.pos_ == "NOUN" and prev.lemma_.lower() in WORK_NOUNS
                                   and len(tokens) <= MAX_TITLE_TOKENS and _title_cased(tokens)):
            return True
        if prev.pos_ == "DET" and before > 0:  # "known as the “X”"
            before, prev, low = before - 1, doc[before - 1], doc[before - 1].lower_
        if low == "as" and before > 0 and doc[before - 1].lower_ == "known":
            return True
        # "a play called “X”", "it was labeled “X”" name; "what Smith called “X”" is
        # Smith's word for it
        if prev.lemma_.lower() in NAMING_VERBS and prev.tag_ == "VBN" and not any(
                c.dep_ in ("nsubj", "agent") for c in prev.children) and (
                prev.dep_ in ("acl", "amod") or any(c.dep_ == "nsubjpass" for c in prev.children)):
            return True
        # "MSNBC’s “Morning Joe”": a possessor before a title-cased name; "on “The
        # Evening Show”", "in “Some Film”": a preposition before one
        possessive = prev.tag_ == "POS" or prev.dep_ == "case" or low in ("'s", "\u2019s")
        if (possessive or low in TITLE_PREPOSITIONS) and _title_cased(tokens) \
                and (text[q.end - 1] not in ".!?" or _words(tokens) > 1):
            return True
    if q.close_at is None or len(tokens) > MAX_TITLE_TOKENS:
        return False
    after = tokens.end + 1  # skip the closing mark
    # a noun right after the closing mark: the quotation modifies it ("the “X” star")
    modifies_noun = after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN") \
        and doc[after].idx == q.close_at + 1 + _gap(text, q.close_at + 1)
    return modifies_noun and _title_cased(tokens) and text[q.end - 1] not in ",.!?"


def _subhead(doc: Doc, text: str, q: Quotation, tokens: Span) -> bool:
    """A paragraph that is only a short title-cased quotation in single marks: a
    section heading quoting a phrase of the story ("‘Not Going Anywhere.’")."""
    if not q.single or len(tokens) > MAX_TITLE_TOKENS or not _title_cased(tokens):
        return False
    lo, hi = paragraphs_of(doc).bounds(q.open_at)
    close = q.close_at if q.close_at is not None else q.end
    if q.open_at - lo > SUBHEAD_SLACK or hi - close > SUBHEAD_SLACK:
        return False
    rest = text[lo:q.open_at] + text[close + 1:hi]
    return not rest.strip(" .!?\u00a0")


def _words(tokens: Span) -> int:
    return sum(1 for t in tokens if t.is_alpha)


def _title_cased(tokens: Span) -> bool:
    """Most words capitalised, the first one too ("Meet the Press", "Eye of the Tiger")."""
    words = [t for t in tokens if t.is_alpha]
    return bool(words) and sum(t.is_title or t.is_upper for t in words) * 2 >= len(words) \
        and (words[0].is_title or words[0].is_upper)


def _gap(text: str, pos: int) -> int:
    k = pos
    while k < len(text) and text[k] == " ":
        k += 1
    return k - pos
