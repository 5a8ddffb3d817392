"""Curly apostrophes read like straight ones by the statistical model.

The small English model learned "'s", "n't" and "don't" with the straight mark; with the
typographic one (U+2019, as most news sites print it) its shape, prefix and suffix
features are new to it, and the parse around a possessive breaks ("the Republican’s
disrespect" becomes an adjective, "the administration’s plans" a verb). The text is not
changed (every offset stays): the lexeme of a word written with U+2019 ("’s", "don’t")
gets the shape, prefix, suffix and norm of the same word written with U+0027, before the
model runs. A lone U+2019 is a closing quotation mark and is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc

CURLY = "\u2019"
STRAIGHT = "'"


def straighten_apostrophes(doc: Doc) -> Doc:
    """Give each token written with a curly apostrophe the features of its straight form.

    doc (Doc): a tokenized doc, before the statistical components.
    RETURNS (Doc): the same doc (its vocab's lexemes of such words adjusted once).
    """
    vocab = doc.vocab
    for token in doc:
        if CURLY not in token.text or not any(ch.isalpha() for ch in token.text):
            continue  # a lone U+2019 closes a quotation: it keeps its own features
        lexeme = vocab[token.text]
        straight = vocab[token.text.replace(CURLY, STRAIGHT)]
        if lexeme.shape_ == straight.shape_ and lexeme.suffix_ == straight.suffix_:
            continue  # already done for this word
        lexeme.shape_ = straight.shape_
        lexeme.prefix_ = straight.prefix_
        lexeme.suffix_ = straight.suffix_
        lexeme.norm_ = straight.norm_
    return doc
