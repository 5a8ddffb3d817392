"""Attributes read off a mention's surroundings: age, origin, role.

- age: "Santos, 35," / "the host, 35," / "Tim, 9, ..." / "Smith (52)": the
  number right after the mention. It holds on the article date, which the
  pipeline assembler fills in (``as_of=None`` here).
- origin: "the Nevada native", "a native of Ohio": the place before/after "native".
- role: titles and common-noun compounds before a name ("Republican nominee X").
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.entities.lexicon import KINSHIP, ORIGIN_NOUNS, PROPER_NOUN_TAGS
from dateline.lexicon import PERSON_NOUNS
from dateline.types import Attribute

MAX_AGE = 120
# What may follow "Name, 35": the apposition closes or the list goes on.
AGE_CLOSERS = frozenset({",", ".", ";", ")", "and", "—", "–", ":"})


def age_after(doc: Doc, end: int) -> Attribute | None:
    """The age stated right after a mention ending before token ``end``.

    doc (Doc): the doc. end (int): token index just past the mention.
    RETURNS (Attribute | None): ``age`` with ``as_of=None`` and the number's offsets.
    """
    n = len(doc)
    if end + 1 >= n:
        return None
    opener, num = doc[end], doc[end + 1]
    if opener.text not in (",", "("):
        return None
    if not (num.text.isascii() and num.text.isdigit()) or not 0 < int(num.text) < MAX_AGE:
        return None
    closer = doc[end + 2].text if end + 2 < n else "."
    if closer not in AGE_CLOSERS or (opener.text == "(" and closer != ")"):
        return None
    if closer == "," and end + 3 < n and doc[end + 3].text.isdigit() and doc[end + 3].text.isascii():
        return None  # "May 5, 2016, 300 ..." : a date or a count, not an age
    return Attribute("age", num.text, None, num.idx, num.idx + len(num.text))


def origin_of(doc: Doc, head: int) -> Attribute | None:
    """The place a "native" descriptor names ("the Nevada native", "a native of Ohio")."""
    tok = doc[head]
    if tok.lower_ not in ORIGIN_NOUNS:
        return None
    place = [c for c in tok.lefts if c.dep_ == "compound" and c.tag_ in PROPER_NOUN_TAGS]
    if place:
        first, last = place[0].left_edge, place[-1]
        span = doc[first.i:last.i + 1]
        return Attribute("origin", span.text, None, span.start_char, span.end_char)
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    span = doc[obj.left_edge.i:obj.i + 1]
                    return Attribute("origin", span.text, None, span.start_char, span.end_char)
    return None


def role_before_name(doc: Doc, start: int) -> str | None:
    """A role noun written just before a name ("nominee" in "Republican nominee Jane Roe")."""
    if start == 0:
        return None
    prev = doc[start - 1]
    low = prev.lower_
    if low in PERSON_NOUNS and low not in KINSHIP and prev.dep_ == "compound" and not prev.is_title:
        return low
    return None
