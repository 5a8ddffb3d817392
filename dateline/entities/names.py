"""Names: spaCy's entities, repaired and made consistent over the article, then grouped.

spaCy's small model errs in ways a whole article can correct: it tags a surname
ORG in one sentence and PERSON in another, tags only the surname of
"Firstname Surname", keeps titles ("Sen.") or "the" inside a span, and misses a
surname it tagged elsewhere. ``find_names`` fixes these with article-level
evidence; ``group_names`` joins full names, surnames and given names.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from dateline.entities.lexicon import (
    ADJECTIVAL_LABELS,
    COMMON_NOUN_TAGS,
    COMPASS_WORDS,
    COUNTRY_ALIASES,
    EVENT_HEADS,
    GIVEN_NAMES,
    HONORIFICS,
    KINSHIP,
    LABELS,
    NOT_NAME_WORDS,
    NOUN_TAGS,
    ORG_DESIGNATORS,
    ORG_MARKERS,
    ORG_NOUNS,
    ORG_ROLE_SUFFIXES,
    PERSON_RELATIVES,
    PLACE_NOUNS,
    PLACE_OF_HEADS,
    PROPER_NOUN_TAGS,
    ROLE_METAPHORS,
    THING_RELATIVES,
    TITLE_GENDER,
    TITLE_ROLES,
)
from dateline.entities.mentions import Candidate, SentenceMap, TokenArrays, hashes, make_candidate
from dateline.entities.quoted import SPEECH_VERBS
from dateline.entities.relations import named_person
from dateline.lexicon import PERSON_NOUNS

# (start token, end token, contract type, gender, role) of a name before it becomes a Candidate
RawName = tuple[int, int, str, "str | None", "str | None"]
# Types of a name inside a longer name that refer by themselves ("the Roe Foundation").
NESTED_LABELS = frozenset({"PERSON", "GPE", "LOC"})
# Types of a name whose first words may be an organisation's name that refers by itself
# ("the Acme Science Fair", "the Acme Arena"): an occasion, a work, a place or a thing.
NAMED_AFTER_ORG = frozenset({"EVENT", "WORK", "OTHER", "LOC", "GPE"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# Types a surname may have been mislabelled as; GPE/LOC need stronger evidence
# ("Washington" is more often the city than the president).
RELABEL_WEAK = frozenset({"ORG", "OTHER", "WORK", "EVENT", "LOC"})
MAX_HEADLINE = 400  # characters: a first line longer than this is no headline
# First words of two-word titles ("Attorney General", "Vice President", "Prime Minister").
TITLE_FIRST_WORDS = frozenset({"attorney", "vice", "prime", "lieutenant", "lt.", "surgeon",
                               "deputy", "assistant", "associate", "chief", "press"})


def _bare(word: str) -> str:
    """A title word without case and final dot ("Sen." -> "sen")."""
    return word.lower().rstrip(".")


def _title_info(word: str) -> tuple[bool, str | None, str | None]:
    """RETURNS (is a title, gender, role) of a word written before a name."""
    w = _bare(word)
    if w in HONORIFICS:
        return True, HONORIFICS[w], TITLE_ROLES.get(w)
    if w in TITLE_ROLES:
        return True, TITLE_GENDER.get(w), TITLE_ROLES[w]
    return False, None, None


def _trim(doc: Doc, ent: Span) -> tuple[int, int, str | None, str | None]:
    """Cut titles, "the" and possessive endings off an entity span; look left for a title.

    RETURNS (start, end, gender, role): the name's token range and what its titles say.
    """
    s, e = ent.start, ent.end
    gender: str | None = None
    role: str | None = None
    while e - s > 1 and (doc[e - 1].text in POSSESSIVE or doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    while e - s > 1 and (doc[s].is_punct or doc[s].is_space):
        s += 1
    if ent.label_ == "ORG" and e - s > 1 and doc[e - 1].lower_ in ORG_ROLE_SUFFIXES:
        e -= 1  # "the State Department Spokesperson": the organisation, then a role of it
    while e - s > 1:
        is_title, g, r = _title_info(doc[s].text)
        if is_title and ent.label_ == "PERSON":
            gender, role = gender or g, role or r
            if r and s > ent.start and doc[s - 1].lower_ in ("former", "ex"):
                role = f"former {r}"
        elif _bare(doc[s].text) not in ("the", "a", "an", "former", "ex"):
            break
        s += 1
    if ent.label_ == "PERSON" and s == ent.start and s > 0:
        prev = doc[s - 1]
        is_title, g, r = _title_info(prev.text)
        if is_title and prev.is_title:
            gender, role = gender or g, role or r
            k = s - 2
            if r and k >= 0 and doc[k].lower_ in TITLE_FIRST_WORDS:
                role = f"{doc[k].lower_} {r}"  # "Attorney General X", "Vice President X"
                k -= 1
            if r and k >= 0 and doc[k].lower_ in ("former", "ex"):
                role = f"former {role}"  # "former President X" is no longer "the president"
        elif _is_given_name(prev, s, e):
            s -= 1  # "Mia Santos" tagged as "Santos" only
    return s, e, gender, role


def _is_given_name(tok: Token, s: int, e: int) -> bool:
    """Whether ``tok`` (just left of a PERSON span) is a given name spaCy left out."""
    low = tok.lower_
    if not tok.is_title or tok.ent_iob_ != "O" or tok.tag_ not in PROPER_NOUN_TAGS:
        return False
    if low in NOT_NAME_WORDS or low in KINSHIP or low in PERSON_NOUNS or _title_info(low)[0]:
        return False
    return low in GIVEN_NAMES or (tok.dep_ == "compound" and s <= tok.head.i < e)


def _label(ent: Span, s: int, e: int, doc: Doc) -> str:
    """The contract type of a (trimmed) entity span."""
    label = LABELS[ent.label_]
    # "the ... Film Awards" is an occasion; "Commission on Presidential Debates" is
    # headed by its first noun, so a name with "of/on/for" keeps its label.
    if label in ("ORG", "OTHER") and doc[e - 1].lower_ in EVENT_HEADS and not any(
            t.lower_ in ("of", "on", "for") for t in doc[s:e]):
        return "EVENT"
    return label


def find_names(doc: Doc, sents: SentenceMap, arrays: TokenArrays) -> list[Candidate]:
    """Find the names of ``doc``: repaired NER spans plus surnames spaCy missed.

    doc (Doc): a parsed doc with entities. sents (SentenceMap): token -> sentence.
    arrays (TokenArrays): the doc's columns.
    RETURNS (list[Candidate]): name candidates in text order.
    """
    raw: list[RawName] = []
    for whole in _joined(doc):
        if whole.label_ not in LABELS or _adjectival(whole):
            continue
        ent = _first_piece(doc, whole)
        if ent is None:
            continue
        s, e, gender, role = _trim(doc, ent)
        label = _label(ent, s, e, doc)
        if label == "PERSON":
            e = _hyphen_tail(doc, e)
        raw.append((s, e, label, gender, role))
    raw = _split_headline(doc, raw, arrays.text)
    raw = _evidence_types(doc, raw)
    raw = _consistent_types(doc, raw)
    raw.extend(_untagged_surnames(doc, raw, arrays))
    raw.extend(_untagged_repeats(doc, raw, arrays))
    raw.sort()
    out = []
    for s, e, label, gender, role in raw:
        first = doc[s].lower_
        if label == "PERSON" and gender is None:
            # "Maria Lopez", and "Maria" alone; a lone surname that is also a given
            # name ("Paul") usually agrees anyway.
            gender = GIVEN_NAMES.get(first)
        key = " ".join(t.lower_ for t in doc[s:e] if t.text not in POSSESSIVE and not t.is_space)
        key = key.replace("’", "'")
        if not key or doc[s].is_space or doc[e - 1].is_space:
            continue  # a span of whitespace or a lone "'s": nothing to name
        out.append(make_candidate(doc, s, e, doc[e - 1], "name", "name", sents, label=label,
                                  gender=gender, key=key, role=role))
    return out + _nested_names(doc, sents, out)


def _hyphen_tail(doc: Doc, e: int) -> int:
    """The end of a person's name that spaCy cut at a hyphen inside a given name ("Wong
    Yeung-tat" tagged "Wong Yeung"): a noun glued to the name by a hyphen, not an
    adjective or participle ("Roe-like", "Roe-backed")."""
    if e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
            and doc[e + 1].is_alpha and doc[e + 1].tag_ in NOUN_TAGS and doc[e + 1].ent_iob_ == "O":
        return e + 2
    return e


def _joined(doc: Doc) -> list[Span]:
    """spaCy's entities, a one-word name tagged apart from the name it opens joined to it
    ("Ann" and "Roe" as two places): one capitalised word, glued as a compound to the next
    entity of the same type right after it, is that name's first word."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if prev is not None and len(prev) == 1 and prev.end == ent.start and prev.label == ent.label:
            word = prev[0]
            if word.is_title and word.tag_ in PROPER_NOUN_TAGS and word.dep_ == "compound" \
                    and ent.start <= word.head.i < ent.end and "\n" not in word.whitespace_:
                out[-1] = Span(doc, prev.start, ent.end, label=ent.label)
                continue
        out.append(ent)
    return out


def _nested_names(doc: Doc, sents: SentenceMap, names: list[Candidate]) -> list[Candidate]:
    """Names inside a longer name that the article also uses on their own ("Kestrel" and
    "the Kestrel Foundation", "Nevada" and "University of Nevada"): a mention of that
    entity too (mode ``nested``; the longest such part first). An organisation's name
    at the start of another ("Acme Records") is part of its name, not a reference;
    after "of" ("Church of X") it is one, and so it is at the start of an event's or a
    place's name ("the Acme Science Fair"). A compass word and what it qualifies are
    none ("North", "Korea" in "North Korea"; but "North" in "North and South Korea")."""
    alone: dict[str, Candidate] = {}
    for c in names:
        alone.setdefault(c.key if c.label == "PERSON" else variant_key(c.key), c)
    out = []
    for c in names:
        if c.end - c.start < 2 or c.label == "PERSON":
            continue
        own = variant_key(c.key)
        taken: set[int] = set()
        for width in range(c.end - c.start - 1, 0, -1):
            for i in range(c.start, c.end - width + 1):
                j = i + width
                if taken.intersection(range(i, j)) or not (doc[i].is_title or doc[i].is_upper) \
                        or not (doc[j - 1].is_title or doc[j - 1].is_upper):
                    continue
                key = " ".join(t.lower_ for t in doc[i:j] if t.text not in POSSESSIVE)
                other = alone.get(key) or alone.get(variant_key(key))
                if other is None or (other.start < c.end and c.start < other.end) \
                        or _compass_part(doc, i, j, c) \
                        or key in ORG_DESIGNATORS or variant_key(other.key) == own \
                        or (other.label not in NESTED_LABELS and doc[i - 1].lower_ != "of"
                            and not (i == c.start and other.label == "ORG" and c.label in NAMED_AFTER_ORG)):
                    continue
                taken.update(range(i, j))
                out.append(make_candidate(doc, i, j, doc[j - 1], "name", "nested", sents, label=other.label,
                                          gender=other.gender, key=other.key))
    return out


def _compass_part(doc: Doc, i: int, j: int, outer: Candidate) -> bool:
    """Whether tokens i:j of a longer name are a compass word qualifying the next word
    ("North" in "North Korea") or the word a compass word qualifies ("Korea")."""
    if j - i == 1 and doc[i].lower_ in COMPASS_WORDS and j < outer.end \
            and doc[j].lower_ not in ("and", "or", ",", "&"):
        return True
    return i > outer.start and doc[i - 1].lower_ in COMPASS_WORDS


def _adjectival(ent: Span) -> bool:
    """Whether a nationality, group or language name is used as an adjective ("Afghan
    team", "Greek officials"): it qualifies a noun and refers to no entity of its own."""
    if ent.label_ not in ADJECTIVAL_LABELS:
        return False
    root = ent.root
    # "Afghan Ambassador X": a one-word nationality glued before a noun qualifies it too
    compound = root.dep_ == "compound" and len(ent) == 1 and root.head.pos_ in ("NOUN", "PROPN") \
        and root.tag_ != "NNPS"
    return root.tag_ in ("JJ", "JJR", "JJS") or root.dep_ == "amod" or compound


def _first_piece(doc: Doc, ent: Span) -> Span | None:
    """The entity span cut at the first sentence start or line break inside it: a name
    never runs across a sentence or paragraph break. None when nothing is left."""
    end = ent.end
    for i in range(ent.start + 1, ent.end):
        if doc[i].is_sent_start or "\n" in doc[i - 1].text_with_ws or "\n" in doc[i].text:
            end = i
            break
    if end == ent.end:
        return ent
    while end > ent.start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    return Span(doc, ent.start, end, label=ent.label) if end > ent.start else None


def _evidence_types(doc: Doc, raw: list[RawName]) -> list[RawName]:
    """Correct the tagger's type by what the article says of a name, for every mention
    of the same text: "Inc."/"Corp." in it -> ORG; an honorific or a given name ->
    PERSON; a person or organisation noun in apposition ("X, a nurse,"); "X, who" ->
    PERSON; the name a person noun is given ("a singer known as X") -> PERSON; "X, which" is no person; a one-word "person" governed like a place ("mayor
    of X", "the X ferry pier") that is no given name nor a surname of the article -> GPE;
    a one-word "person" that opens an organisation's name of the article ("Acme" and
    "Acme Records") and is no given name nor a surname of the article -> ORG."""
    votes: dict[str, str] = {}
    surnames = {doc[e - 1].lower_ for s, e, label, _, _ in raw if label == "PERSON" and e - s > 1}
    org_first_words = {doc[s].lower_ for s, e, label, _, _ in raw if label == "ORG" and e - s > 1}
    for s, e, label, _, _ in raw:
        words = [t.lower_ for t in doc[s:e]]
        text = " ".join(words)
        after = ""
        if e + 1 < len(doc) and doc[e].text == ",":
            rel = doc[e + 1]
            # the relative clause must hang on this name, and a name after "members of"
            # may be lending it its noun ("members of X, who" is theirs)
            last = doc[e - 1]
            after_noun = last.dep_ == "pobj" and last.head.head.pos_ in ("NOUN", "PROPN")
            if rel.head.dep_ == "relcl" and rel.head.head.i == e - 1 and not after_noun:
                after = rel.lower_
        if any(w in ORG_MARKERS for w in words[1:]) or (e < len(doc) and doc[e].lower_ in ORG_MARKERS):
            votes[text] = "ORG"
        elif label != "PERSON" and (_looks_personal(doc, s, e, words) or (
                after in PERSON_RELATIVES and label in RELABEL_WEAK | {"GPE"} and e - s <= 3)
                or named_person(doc[s:e].root) is not None):
            votes.setdefault(text, "PERSON")
        elif after in THING_RELATIVES and label == "PERSON":
            votes.setdefault(text, "ORG")
        elif (apposed := _apposed_type(doc, s, e)) is not None and apposed != label:
            votes.setdefault(text, apposed)
        elif label == "PERSON" and text not in surnames and _place_evidence(doc, s, e, words):
            votes.setdefault(text, "GPE")
        elif label == "PERSON" and text in org_first_words and text not in surnames and _bare_word(doc, s, e, words):
            votes.setdefault(text, "ORG")  # "Acme Records ... Acme said": the firm's short name
    if not votes:
        return raw
    return [(s, e, votes.get(" ".join(t.lower_ for t in doc[s:e]), label), g, r)
            for s, e, label, g, r in raw]


def _bare_word(doc: Doc, s: int, e: int, words: list[str]) -> bool:
    """Whether a name is one word that is no given name and follows no honorific: nothing
    in it says it is a person's."""
    return e - s == 1 and words[0] not in GIVEN_NAMES and not (s > 0 and _bare(doc[s - 1].text) in HONORIFICS)


def _place_evidence(doc: Doc, s: int, e: int, words: list[str]) -> bool:
    """Whether a one-word name is governed as a place ("mayor of X", "residents of X",
    "the X ferry pier"), and is no given name nor after an honorific."""
    if not _bare_word(doc, s, e, words):
        return False
    tok = doc[s]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lower_ in PLACE_OF_HEADS
    if tok.dep_ in ("compound", "nmod"):
        head = tok.head
        while head.dep_ == "compound" and head.head.i != head.i:  # "the X ferry pier"
            head = head.head
        return head.lower_ in PLACE_OF_HEADS
    return False


def _apposed_type(doc: Doc, s: int, e: int) -> str | None:
    """The type a common noun in apposition to the name states ("Vega, a retired nurse,"
    -> PERSON; "Norvale, a software maker," -> ORG), or None."""
    for t in doc[e - 1].rights:
        if t.dep_ == "appos" and t.tag_ == "NN" and not t.ent_type_:
            if t.lower_ in PERSON_NOUNS and t.lower_ not in ROLE_METAPHORS:
                return "PERSON"
            if t.lower_ in ORG_NOUNS:
                return "ORG"
    return None


def _looks_personal(doc: Doc, s: int, e: int, words: list[str]) -> bool:
    """Whether a name the tagger did not call a person is one: an honorific before it
    ("Ms Vega"), or a known given name and a surname ("Dana Whitlow") that ends in no
    word of an organisation or place ("Victoria Station")."""
    if s > 0 and _bare(doc[s - 1].text) in HONORIFICS and doc[s - 1].is_title:
        return True
    if not 2 <= len(words) <= 3 or words[0] not in GIVEN_NAMES:
        return False
    return all(t.is_title for t in doc[s:e]) and words[-1] not in ORG_NOUNS | PLACE_NOUNS | ORG_DESIGNATORS


def _split_headline(doc: Doc, raw: list[RawName], text: str) -> list[RawName]:
    """In a Title Case headline spaCy glues words to a name ("Whitlow Seeks"): keep the
    surname it shares with a person named in the body, drop the rest of the span."""
    line_end = text.find("\n")
    if line_end < 0:
        return raw
    if line_end >= MAX_HEADLINE:
        return raw
    first_line = doc.char_span(0, line_end, alignment_mode="expand") if line_end > 0 else None
    head = [t for t in first_line if t.is_alpha] if first_line is not None else []
    if len(head) < 3 or sum(t.is_title for t in head) < 0.7 * len(head):
        return raw
    body = [(s, e) for s, e, label, _, _ in raw if label == "PERSON" and doc[s].idx > line_end]
    known = {doc[i].text for s, e in body for i in (s, e - 1)}
    known_full = {doc[s:e].text for s, e in body}
    out: list[RawName] = []
    for s, e, label, gender, role in raw:
        if doc[s].idx < line_end and e - s > 1 and doc[s:e].text not in known_full:
            hits = [i for i in range(s, e) if doc[i].text in known]
            if hits:
                out.extend((i, i + 1, "PERSON", None, None) for i in hits)
                continue
        out.append((s, e, label, gender, role))
    return out


def _consistent_types(doc: Doc, raw: list[RawName]
                      ) -> list[RawName]:
    """Relabel a name PERSON when the article shows it is one (a surname tagged ORG once)."""
    person_votes: Counter[str] = Counter()
    other_votes: Counter[str] = Counter()
    parts: set[str] = set()
    for s, e, label, _, _ in raw:
        text = doc[s:e].text.lower()
        if label == "PERSON":
            person_votes[text] += 1
            if e - s > 1:
                parts.add(doc[e - 1].lower_)  # surname
        else:
            other_votes[text] += 1
    personal = {doc[s:e].text.lower() for s, e, *_ in raw if e - s == 1 and _acts_personally(doc[s])}
    fixed = []
    for s, e, label, gender, role in raw:
        text = doc[s:e].text.lower()
        if label != "PERSON":
            # one PERSON tag among others relabels a full name or a surname of one; a lone
            # word ("Scientology") needs a majority (the strong rule)
            weak = label in RELABEL_WEAK and ((text in person_votes and e - s > 1) or (e - s == 1 and text in parts))
            # a place's name that is a person's surname here, and speaks or has kin somewhere
            # ("Roe claims", "Roe's father"): "Washington" the city says nothing
            weak = weak or (label == "GPE" and e - s == 1 and text in parts and text in personal)
            strong = person_votes[text] > other_votes[text]
            if weak or strong:
                label = "PERSON"
        fixed.append((s, e, label, gender, role))
    return fixed


def _acts_personally(tok: Token) -> bool:
    """Whether a one-word name speaks ("X claims") or has kin ("X's father") here."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.head.lemma_ in SPEECH_VERBS
    return tok.dep_ == "poss" and tok.head.lower_ in KINSHIP


def _untagged_surnames(doc: Doc, raw: list[RawName], arrays: TokenArrays
                       ) -> list[RawName]:
    """Surnames of PERSON names found elsewhere that spaCy left untagged here."""
    surnames = {doc[e - 1].text for s, e, label, _, _ in raw if label == "PERSON" and e - s > 1}
    if not surnames:
        return []
    taken = {i for s, e, *_ in raw for i in range(s, e)}
    newline = arrays.text.find("\n")
    headline_end = newline if 0 <= newline < MAX_HEADLINE else 0
    # Surnames the article never writes in lower case: not common words here ("Waters"
    # tagged a plural noun, a surname opening a sentence tagged a common noun).
    unwritten = {w for w in surnames if not arrays.where(arrays.orth, hashes([w.lower()]))}
    out = []
    for i in arrays.where(arrays.orth, hashes(surnames)):
        tok = doc[i]
        # A capitalised common word ("Will", "Post") is no surname, except in a headline,
        # where every word is capitalised and the tagger guesses, or where the article
        # never writes it in lower case.
        if tok.text in surnames and tok.i not in taken and tok.ent_iob_ == "O" and (
                tok.tag_ in PROPER_NOUN_TAGS or tok.idx < headline_end
                or (tok.text in unwritten and tok.tag_ in COMMON_NOUN_TAGS and not _labels(doc, tok))):
            gender: str | None = None
            role: str | None = None
            if tok.i > 0:
                is_title, gender, role = _title_info(doc[tok.i - 1].text)
            out.append((tok.i, tok.i + 1, "PERSON", gender, role))
    return out


def _labels(doc: Doc, tok: Token) -> bool:
    """Whether a word is a label before a colon ("Image: Ann Roe", a photo credit)."""
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"


def _untagged_repeats(doc: Doc, raw: list[RawName], arrays: TokenArrays) -> list[RawName]:
    """Organisation and place names tagged elsewhere in the article that spaCy left
    untagged here, written the same way with proper-noun tags ("Scientology officials",
    "a Twitter post"): the same name."""
    known: dict[tuple[str, ...], str] = {}
    for s, e, label, _, _ in raw:
        words = tuple(t.text for t in doc[s:e])
        if label != "PERSON" and all(t.is_title or t.is_upper for t in doc[s:e] if t.is_alpha) \
                and words[0].lower() not in NOT_NAME_WORDS:
            known.setdefault(words, label)
    if not known:
        return []
    taken = {i for s, e, *_ in raw for i in range(s, e)}
    firsts = {w[0] for w in known}
    out: list[RawName] = []
    for i in arrays.where(arrays.orth, hashes(firsts)):
        for words, label in known.items():
            j = i + len(words)
            if words[0] != doc[i].text or j > len(doc) or tuple(t.text for t in doc[i:j]) != words:
                continue
            span = doc[i:j]
            if any(k in taken for k in range(i, j)) or any(t.ent_iob_ != "O" for t in span) \
                    or not all(t.tag_ in PROPER_NOUN_TAGS for t in span if t.is_alpha):
                continue
            if (i > 0 and doc[i - 1].tag_ in PROPER_NOUN_TAGS and doc[i - 1].is_title) or \
                    (j < len(doc) and doc[j].tag_ in PROPER_NOUN_TAGS and doc[j].is_title):
                continue  # part of a longer name spaCy did not tag ("Google Science Fair")
            taken.update(range(i, j))
            out.append((i, j, label, None, None))
            break
    return out


def group_names(names: list[Candidate]) -> list[list[Candidate]]:
    """Group name candidates that name the same entity.

    Full PERSON names group by their words (a middle name may be left out);
    a single-word PERSON name joins the full name whose surname (else given
    name) it is, agreeing in gender when the title tells; other names group by
    their text, and an acronym joins the name it abbreviates.
    names (list[Candidate]): in text order. RETURNS (list[list[Candidate]]): groups,
    in order of first mention.
    """
    groups: list[list[Candidate]] = []
    by_key: dict[tuple[str, str], int] = {}
    persons: list[int] = []  # group ids of multi-word PERSON names
    singles: list[Candidate] = []
    for c in names:
        words = c.key.split()
        if c.label == "PERSON" and len(words) == 1:
            singles.append(c)
            continue
        k = ("PERSON", f"{words[0]} {words[-1]}") if c.label == "PERSON" else ("", variant_key(c.key))
        gid = by_key.get(k)
        if gid is None:
            gid = len(groups)
            groups.append([])
            by_key[k] = gid
            if c.label == "PERSON":
                persons.append(gid)
        groups[gid].append(c)
    _join_acronyms(groups)
    _join_common_heads(groups)
    _join_suffixes(groups, persons)
    # word -> groups whose full name ends / starts with it (dicts keep long texts linear)
    by_word: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
    for gid in persons:
        if groups[gid]:
            words = groups[gid][0].key.split()
            by_word[0].setdefault(words[-1], []).append(gid)
            by_word[1].setdefault(words[0], []).append(gid)
    for c in singles:
        gid = _match_single(c, groups, by_word)
        if gid is None:
            k = ("PERSON", c.key)
            gid = by_key.get(k)
            if gid is None:
                gid = len(groups)
                groups.append([])
                by_key[k] = gid
        groups[gid].append(c)
    groups = [g for g in groups if g]
    for g in groups:
        g.sort(key=lambda c: c.start)
    groups.sort(key=lambda g: g[0].start)
    return groups


def variant_key(key: str) -> str:
    """What a name of an organisation or place is grouped by: without "the" and the
    designators after it ("Norvale Computer Inc." -> "norvale"), a country's usual names as
    one ("U.S.", "United States", "America")."""
    words = key.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in ORG_DESIGNATORS:
        words.pop()
    norm = " ".join(words)
    return _ALIAS.get(norm, norm)


_ALIAS = {alias: f"country:{n}" for n, group in enumerate(COUNTRY_ALIASES) for alias in group}


def _match_single(c: Candidate, groups: list[list[Candidate]],
                  by_word: tuple[dict[str, list[int]], dict[str, list[int]]]) -> int | None:
    """The full-name group a one-word PERSON name belongs to, or None."""
    for index in by_word:  # surname first, then given name
        hits = index.get(c.key, [])
        if c.gender:
            agree = [gid for gid in hits if _group_gender(groups[gid]) in (None, c.gender)]
            hits = agree or hits
        if hits:
            # Several people share the word ("Lopez" of "Maria Lopez" and "Tom Lopez"): the one
            # named first is usually the article's subject.
            return min(hits, key=lambda gid: groups[gid][0].start)
    return None


def _group_gender(group: list[Candidate]) -> str | None:
    for c in group:
        if c.gender:
            return c.gender
    return None


def _join_suffixes(groups: list[list[Candidate]], persons: list[int]) -> None:
    """Move a multi-word name into the group of a longer name it ends ("De Vries" -> "Anna de Vries")."""
    ends: dict[tuple[str, ...], int] = {}
    for gid in sorted(persons, key=lambda g: -len(groups[g][0].key.split())):
        words = tuple(groups[gid][0].key.split())
        target = ends.get(words)
        if target is not None and target != gid and len(groups[target][0].key.split()) > len(words):
            groups[target].extend(groups[gid])
            groups[gid].clear()
            continue
        for k in range(1, len(words) - 1):
            ends.setdefault(words[k:], gid)  # proper suffixes of two words or more


def _join_common_heads(groups: list[list[Candidate]]) -> None:
    """Move a one-word name that is a common noun ("the Church", "the Court") into the
    one longer organisation or place name of the article that holds the word ("Church
    of Scientology", "Supreme Court"); left alone when several hold it."""
    holders: dict[str, list[int]] = {}
    for gid, g in enumerate(groups):
        if g and g[0].label != "PERSON":
            words = g[0].key.split()
            if len(words) > 1:
                for w in set(words):
                    holders.setdefault(w, []).append(gid)
    for g in groups:
        if not g or g[0].label == "PERSON":
            continue
        words = g[0].key.split()
        word = words[-1] if len(words) == 2 and words[0] == "the" else g[0].key
        if " " in word or (word not in ORG_NOUNS and word not in PLACE_NOUNS):
            continue
        hits = holders.get(word, [])
        if len(hits) == 1:
            groups[hits[0]].extend(g)
            g.clear()


def _join_acronyms(groups: list[list[Candidate]]) -> None:
    """Move an all-capitals one-word name into the group of the name it abbreviates."""
    initials: dict[str, int] = {}
    for gid, g in enumerate(groups):
        words = [w for w in g[0].text.split() if w[:1].isupper()]
        if len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words), gid)
    for gid, g in enumerate(groups):
        text = g[0].text.replace(".", "")
        if text.isupper() and len(text) >= 2 and " " not in text and initials.get(text, gid) != gid:
            target = initials[text]
            groups[target].extend(g)
            g.clear()
