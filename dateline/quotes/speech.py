"""What counts as saying: verbs and nouns of speech, speakers, and the record an
attribution step returns (the cue and the speaker's head token)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.quotes.lexicon import (
    ADJACENT_ONLY_VERBS,
    IRREGULAR_FORMS,
    NAME_ENTS,
    PRONOUN_SPEAKERS,
    SPEAKER_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    UNASSERTING,
    WEAK_VERBS,
)

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
    if token.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") and token.tag_[:2] != "VB":
        return False
    lemma = token.lemma_.lower()
    if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children):
        return not strong  # "went on about “...”": talking on, a cue only where it governs
    if lemma not in SPEECH_VERBS and token.lower_ not in SPEECH_VERBS:
        return False
    if token.dep_ in ("amod", "compound", "nmod"):
        return False  # "Whitlow-branded hats": a modifier, not a verb of saying
    if token.pos_ in ("NOUN", "PROPN") and token.tag_[:2] != "VB":
        return False
    return not (strong and (lemma in WEAK_VERBS))


def is_speech_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_NOUNS


def is_unasserted(verb: Token) -> bool:
    """Whether a verb of saying is not a speech act here: an infinitive or a verb
    under a modal or a negation ("to talk about “...”", "cannot say that “...”")."""
    if verb.tag_ not in ("VB", "VBG") or verb.dep_ == "ROOT":
        return False
    return any(c.dep_ in ("aux", "neg") and c.lower_ in UNASSERTING for c in verb.children)


def is_person_like(token: Token) -> bool:
    """Whether a subject can be a source: a name, a personal pronoun, or a noun for
    people or bodies that speak ("the senator", "officials", "the report")."""
    if token.pos_ == "PRON":
        return token.lower_ in PRONOUN_SPEAKERS and token.lower_ != "it"
    if token.pos_ == "PROPN":
        if token.is_upper and token.ent_type_ in ("GPE", "LOC", "FAC"):
            return False  # a dateline ("PORTLAND, Ore. - ..."), not a speaker
        return token.ent_type_ in NAME_ENTS or not token.ent_type_
    return token.pos_ == "NOUN" and token.lemma_.lower() in SPEAKER_NOUNS


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
