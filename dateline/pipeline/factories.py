"""ALL of Dateline's spaCy component registrations, in one file.

Each component is a thin wrapper over its layer's plain function, so the layers
stay testable without spaCy's registry. Order in the pipeline: apostrophes (first, before
the model), sentences (before the parser) then entities -> quotes -> times -> events (quotes need entities to resolve
speakers; the time layer needs quotes to anchor expressions at the time a quote was
said, and writes the dated quotes back; events need all three).

``requires``/``assigns`` name every attribute a component reads or writes, so
``nlp.analyze_pipes()`` can check the order (tests/pipeline/test_factories.py holds them to
a golden file). Two reads are not listed, since no component assigns them and spaCy would
report them as missing: ``token.pos``, which the attribute_ruler maps from ``token.tag``
(listed) but does not declare, and ``doc._.published_given`` and ``doc._.read_on``, which the
Reader sets before the pipeline runs.
"""

from __future__ import annotations

from typing import Any, cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from dateline.lexicon.punctuation import SENTENCE_END
from dateline.nlp.extensions import register_extensions
from dateline.text.quotation import CLOSING_TOKENS, OPENING_TOKENS

register_extensions()

COMPONENTS = ("dateline_entities", "dateline_quotes", "dateline_times", "dateline_events")


# What every layer reads of the parse (beyond the tokenizer's text and shape flags).
PARSE = ["doc.sents", "token.dep", "token.head", "token.tag", "token.lemma"]
NAMED = ["doc.ents", "token.ent_iob", "token.ent_type"]


@Language.factory("dateline_entities", requires=[*PARSE, *NAMED], assigns=["doc._.entity_index"])
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent()


class EntitiesComponent:
    def __call__(self, doc: Doc) -> Doc:
        from dateline.entities import extract_entities

        doc._.entity_index = extract_entities(doc)
        return doc


@Language.factory("dateline_quotes", requires=[*PARSE, *NAMED, "doc._.entity_index"], assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()


class QuotesComponent:
    def __call__(self, doc: Doc) -> Doc:
        from dateline.quotes import extract_quotes

        doc._.quotes = extract_quotes(doc, doc._.entity_index)
        return doc


@Language.factory("dateline_times", requires=[*PARSE, "doc._.quotes"],
                  assigns=["doc._.time_result", "doc._.quotes"])
def make_times(nlp: Language, name: str) -> TimesComponent:
    return TimesComponent()


class TimesComponent:
    def __call__(self, doc: Doc) -> Doc:
        from dateline.time import resolve_times

        doc._.time_result = resolve_times(doc, doc._.published_given, doc._.quotes or [], read_on=doc._.read_on)
        doc._.quotes = doc._.time_result.quotes  # the quotes with when they were said
        return doc


@Language.factory("dateline_events", requires=[*PARSE, "doc._.entity_index", "doc._.time_result"],
                  assigns=["doc._.events"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent()


class EventsComponent:
    def __call__(self, doc: Doc) -> Doc:
        from dateline.events import extract_events

        doc._.events = extract_events(doc, doc._.entity_index, doc._.time_result)
        return doc


def add_dateline_components(nlp: Language) -> Language:
    """Append Dateline's components to a loaded spaCy pipeline (idempotent)."""
    if "dateline_apostrophes" not in nlp.pipe_names:
        nlp.add_pipe("dateline_apostrophes", first=True)
    if "dateline_sentences" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("dateline_sentences", before="parser")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@Language.component("dateline_apostrophes", assigns=["token.shape", "token.prefix", "token.suffix", "token.norm"])
def apostrophes(doc: Doc) -> Doc:
    """Curly apostrophes given the straight ones' features before the model (nlp/apostrophes.py)."""
    from dateline.nlp.apostrophes import straighten_apostrophes

    return straighten_apostrophes(doc)


# Sentence starts the small English parser misses: after a quotation that closes a sentence
# ("... we waited.” “Then ...") and after a blank line (a headline has no full stop). Set
# before the parser, which keeps preset boundaries. Events take their sentence from these
# boundaries.


def _opens_paragraph(doc: Doc, gap: int, tok) -> bool:
    """True when a blank line at ``gap`` ends an unpunctuated line (a headline, a date line)
    and ``tok`` starts a new one: not a line cut mid-sentence or an attribution after a quote."""
    prev = doc[gap - 1] if gap > 0 else None
    if prev is None or prev.is_punct or prev.is_space:
        return False
    return tok.is_title or tok.like_num or tok.is_upper


def _capitalised(tok) -> bool:
    """A word that can open a sentence: a capital first letter ("Senate", and "McConnell",
    which ``is_title`` misses); not an all-capitals word (an acronym or a banner, left to
    the parser as before)."""
    return tok.is_title or tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper


@Language.component("dateline_sentences", assigns=["token.is_sent_start"])
def mark_sentence_starts(doc: Doc) -> Doc:
    starts = []
    for tok in doc[2:]:
        if tok.is_space:
            continue
        j = tok.i - 1
        if doc[j].is_space:  # a line break counts only after a finished sentence
            if "\n" not in doc[j].text:
                continue
            if doc[j].text.count("\n") >= 2 and _opens_paragraph(doc, j, tok):
                starts.append(tok.i)  # a blank line after a headline or a date line
                continue
            j -= 1
        if doc[j].text in CLOSING_TOKENS and j > 0:
            j -= 1
        elif j == tok.i - 1:
            continue  # no quote and no break: the parser decides
        if doc[j].text in SENTENCE_END and (tok.text in OPENING_TOKENS or _capitalised(tok)):
            starts.append(tok.i)
    if starts:
        # one write for all: spaCy's ``Token.is_sent_start`` setter checks the whole doc for
        # a parse on every call, which made this quadratic in a long article
        values = doc.to_array([SENT_START])
        values[starts] = 1
        doc.from_array([SENT_START], cast(Any, values))  # an (n, 1) array of the attribute
    return doc
