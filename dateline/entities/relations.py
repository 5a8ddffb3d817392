"""Where relations are stated: the syntax of kinship and employment phrases.

Pure functions over the parse; clusters.py turns what they find into relations
between entities:

- "his late brother, Omar" / "his wife, Jane Roe": the names in apposition to a kinship noun.
- "his children with Jane Roe: Tim, 9, and Lia": a plural kinship noun,
  a co-parent after "with", and a list of given names after the colon.
- "husband John Roe": a kinship word glued before a name.
- "a spokesman for Acme" / "a member of the Senate": employee_of / member_of.
- "the daughter of Jane Roe" / "the wife of John Roe": the kinship noun with "of" a person.
- "FCC Chair Dana Whitlow" / "Acme's spokesman Ray Ocampo": an organisation's title before a name.
- "a singer known as Velvet Crane" / "a man named X": a person noun the name is given to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.entities.lexicon import (
    EMPLOYER_PREPS,
    KINSHIP,
    MEMBER_HEADS,
    NAME_PREPS,
    NAMING_PARTICIPLES,
    ROLE_METAPHORS,
    TITLE_ROLES,
)
from dateline.lexicon import PERSON_NOUNS

LIST_GLUE = frozenset({",", "and", "&"})
MAX_LIST_TOKENS = 40
MAX_COPARENT_GAP = 8
MAX_TITLE_WORDS = 3  # "FCC Deputy Chief Counsel X" at most: role words between an organisation and a name
# A nationality adjective and its country's name share this many first letters, and the name
# has at most this many letters more ("Swed-ish" / "Swed-en", "Engl-ish" / "Engl-and").
NATIONALITY_STEM = 4
NATIONALITY_TAIL = 3


def named_appositions(tok: Token, name_of: dict[int, int]) -> list[int]:
    """Name tokens in apposition to ``tok`` (and names conjoined with them).

    name_of (dict[int, int]): token index -> name candidate id.
    RETURNS (list[int]): token indices of the names' heads.
    """
    out = []
    for child in tok.rights:
        if child.dep_ == "appos" and child.i not in name_of and child.lower_ in PERSON_NOUNS:
            # "her husband, the novelist Dan Roe": the name stands by a role noun
            child = next((g for g in child.rights if g.i in name_of and g.dep_ in ("appos", "compound")),
                         child.doc[child.i + 1] if child.i + 1 < len(child.doc) else child)
        if child.dep_ in ("appos", "compound") and child.i in name_of:
            out.append(child.i)
            out.extend(c.i for c in child.conjuncts if c.i in name_of)
    return out


def kin_before(doc: Doc, start: int) -> str | None:
    """The relation a kinship word just before a name states ("husband" -> spouse)."""
    if start == 0:
        return None
    prev = doc[start - 1]
    if prev.is_title and prev.tag_ != "NNP":
        return None
    entry = KINSHIP.get(prev.lower_)
    return entry[0] if entry else None


def listed_after_colon(doc: Doc, head: int, sent_end: int) -> tuple[range, list[tuple[int, int]]]:
    """The co-parent region and the listed names after a plural kinship noun.

    doc (Doc): the doc. head (int): the kinship noun. sent_end (int): end of its sentence.
    RETURNS (tuple): (token range between the noun and the colon, where a co-parent
        may be named; list of (start, end) token spans of capitalised list items).
    """
    colon = None
    for i in range(head + 1, min(sent_end, head + MAX_COPARENT_GAP)):
        if doc[i].text == ":":
            colon = i
            break
    if colon is None:
        return range(0), []
    items: list[tuple[int, int]] = []
    i = colon + 1
    stop = min(sent_end, colon + MAX_LIST_TOKENS)
    while i < stop:
        tok = doc[i]
        if tok.is_title and tok.is_alpha:
            j = i + 1
            while j < stop and doc[j].is_title and doc[j].is_alpha:
                j += 1
            items.append((i, j))
            i = j
        elif tok.text in LIST_GLUE or tok.like_num:
            i += 1
        else:
            break
    return range(head + 1, colon), items


def employer_of(tok: Token) -> tuple[str, Token] | None:
    """("employee_of" | "member_of", object token) for "a spokesman for X", "member of X"."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in EMPLOYER_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return (job_relation(tok.lower_), obj)
    return None


def name_of_organisation(name_end: Token) -> Token | None:
    """The object of "of" right after a person's name ("Gary Roe of the Green Party",
    "Jane Roe of Acme"): the token of the organisation's name, or None (clusters.py
    checks that it is one)."""
    for child in name_end.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == name_end.i + 1:
            return next((obj for obj in child.children if obj.dep_ == "pobj"), None)
    return None


def job_relation(role_word: str) -> str:
    """ "member_of" for a role that is a membership ("member", "chairman"), else "employee_of"."""
    return "member_of" if role_word in MEMBER_HEADS else "employee_of"


def title_organisation(doc: Doc, start: int, name_of: dict[int, int]) -> tuple[int, str] | None:
    """(last token of an organisation name, role word) written before a person's name
    that starts at ``start`` ("FCC Chair Dana Whitlow", "Acme's spokesman Ray Ocampo"),
    or None. Up to MAX_TITLE_WORDS role words may stand between them, the last a
    person noun or title."""
    k = start - 1
    words: list[str] = []
    while k >= 0 and len(words) < MAX_TITLE_WORDS and k not in name_of and doc[k].is_alpha:
        words.append(doc[k].lower_)
        k -= 1
    if not words or (words[0] not in PERSON_NOUNS and words[0] not in TITLE_ROLES):
        return None
    if k >= 0 and doc[k].text in ("'s", "’s"):
        k -= 1
    if k < 0 or k not in name_of:
        return None
    return k, words[0]


def title_nationality(doc: Doc, start: int) -> Token | None:
    """The nationality adjective in the role words before a person's name that starts at
    ``start`` ("English captain X", "the Norlandic coach X"), or None."""
    k = start - 1
    words: list[Token] = []
    while k >= 0 and len(words) < MAX_TITLE_WORDS and doc[k].is_alpha:
        words.append(doc[k])
        k -= 1
    if not words or (words[0].lower_ not in PERSON_NOUNS and words[0].lower_ not in TITLE_ROLES):
        return None
    return next((t for t in words[1:] if t.ent_type_ == "NORP" and t.is_title), None)


def country_of(adjective: str, countries: dict[str, int]) -> int | None:
    """The one country of ``countries`` (one-word name -> cluster) a nationality adjective
    is made from ("Swedish" -> Sweden, "English" -> England, "Panamanian" -> Panama): the
    adjective and the name share their first NATIONALITY_STEM letters or more, and the
    name goes on at most NATIONALITY_TAIL letters after what they share; None when no or
    several countries fit ("Austrian" is not Australia)."""
    adj = adjective.lower()
    hits = set()
    for name, cid in countries.items():
        shared = 0
        while shared < min(len(adj), len(name)) and adj[shared] == name[shared]:
            shared += 1
        if shared >= NATIONALITY_STEM and len(name) - shared <= NATIONALITY_TAIL:
            hits.add(cid)
    return hits.pop() if len(hits) == 1 else None


def possessor(tok: Token) -> Token | None:
    """The possessor of a noun ("the company's" in "the company's chief executive"), or None."""
    return next((c for c in tok.lefts if c.dep_ == "poss"), None)


def of_object(tok: Token) -> Token | None:
    """The object of "of" after ``tok`` ("the daughter of X" -> X), or None."""
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def named_person(tok: Token) -> Token | None:
    """The person noun a naming phrase gives the name headed by ``tok``: "a man named X",
    "a singer known as X", "a rapper who goes by the name X"; None for any other name (a
    role metaphor is no person: "a leader known as X")."""
    verb = None
    if tok.dep_ in ("oprd", "dobj", "attr") and tok.head.lower_ in NAMING_PARTICIPLES and tok.head.tag_ == "VBN":
        verb = tok.head  # "named X"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lower_ == "known":
        verb = tok.head.head  # "known as X"
    elif tok.dep_ == "appos" and tok.head.lower_ == "name" and tok.head.dep_ == "pobj" \
            and tok.head.head.lower_ in NAME_PREPS:
        verb = tok.head.head.head  # "goes by the name X", "under the name X"
    if verb is None or verb.dep_ not in ("acl", "relcl"):
        return None
    noun = verb.head
    return noun if noun.lower_ in PERSON_NOUNS and noun.lower_ not in ROLE_METAPHORS else None
