"""Normal forms that decide what is "the same" across articles: names, quote text, triggers.

Rule data (the titles read from ``dateline/lexicon/titles.py``, suffixes, quotation marks) sits at the top, apart from the logic.
"""

from __future__ import annotations

import re
import unicodedata

from dateline.lexicon.titles import COURTESY_TITLES, NAME_QUALIFIERS, OFFICE_TITLES, OTHER_COURTESY_TITLES

# Titles that precede a person's name in news copy ("Mr. Hale", "Sen. Whitlow"), from the
# titles lexicon. Dropped from the merge key only; the names users see keep them.
KEY_TITLES = frozenset(COURTESY_TITLES) | OTHER_COURTESY_TITLES | OFFICE_TITLES | NAME_QUALIFIERS
# Generational suffixes belong to the surname: "Robert Hale Jr." is not "Robert Hale".
SUFFIXES = frozenset("jr sr ii iii iv".split())
# A leading article is noise in organisation and place names ("the FBI" / "FBI").
LEADING_ARTICLES = frozenset(("the",))

_QUOTE_CHARS = str.maketrans({c: '"' for c in "“”„‟″«»"} | {c: "'" for c in "‘’‚‛′‹›`´"})
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s$")


def fold(text: str) -> str:
    """Case-, width- and whitespace-insensitive form of a short string (names, lookups)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def name_tokens(name: str) -> list[str]:
    """The words of a name, folded, without punctuation, possessive or leading honorifics.

    "Sen. Dana Whitlow's" -> ["dana", "whitlow"]; "Robert J. Hale" -> ["robert", "j", "hale"].
    """
    words = [_POSSESSIVE.sub("", w) for w in fold(name).split()]
    words = ["".join(ch for ch in w if ch.isalnum()) for w in words]
    words = [w for w in words if w]
    while len(words) > 1 and words[0] in KEY_TITLES:
        words = words[1:]
    return words


def person_key(name: str) -> tuple[str, str] | tuple[str] | None:
    """The merge key of a person's name: (first, last) for a full name, (last,) for one word.

    Middle names and initials are left out, so "Maria Elena Lopez" and "Maria
    Lopez" share ("maria", "lopez"); a generational suffix stays with the surname.
    RETURNS None for a name with no words.
    """
    words = name_tokens(name)
    if not words:
        return None
    if len(words) > 2 and words[-1] in SUFFIXES:
        words = words[:-2] + [f"{words[-2]} {words[-1]}"]
    if len(words) == 1:
        return (words[0],)
    return (words[0], words[-1])


def plain_key(name: str) -> str:
    """The merge key of a non-person name: folded words without punctuation or leading "the"."""
    words = name_tokens(name)
    while len(words) > 1 and words[0] in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


def quote_words(text: str) -> list[str]:
    """Quote text as comparable words: case, whitespace, quotation marks and punctuation ignored.

    Apostrophes inside words are kept out too ("don't" -> "dont"), since outlets differ in
    which apostrophe they print; every other character that is not a letter or digit splits.
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_CHARS).casefold()
    text = text.replace("'", "")
    return [w for w in re.split(r"[\W_]+", text) if w]


def trigger_key(trigger: str) -> str:
    """An event trigger's comparable form (case and spacing folded).

    TODO: compare lemmas ("said"/"says") once the events layer records the trigger lemma;
    until then the summary is the second way two reports of one event meet.
    """
    return fold(trigger)
