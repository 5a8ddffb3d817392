"""Punctuation tokens rules read, as spaCy's English tokenizer cuts them.

Quotation marks are the scanner's (``dateline/text/quotation.py``: the marks in text, and
the opening and closing tokens of the parse).
"""

from __future__ import annotations

# Tokens that end a sentence: the full stop, the question and exclamation marks and the
# ellipsis character (three typed dots are cut as "..." and left to the parser). Read by the
# sentence-start rule (pipeline/factories.py).
SENTENCE_END = frozenset({".", "!", "?", "\u2026"})
