"""Paragraph bounds of a text, found once: a paragraph is a line (news text puts
each paragraph on its own line). Look-ups are binary searches, so the quotes layer
stays linear on a long article with many quotations in one paragraph."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

BREAK_RE = re.compile("\n")
# extract_quotes keeps the Paragraphs of the doc here for the duration of one call.
PARAS_KEY = "dateline.quotes.paragraphs"


class Paragraphs:
    """The line breaks of one text and look-ups from an offset to its paragraph."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in BREAK_RE.finditer(text)]

    def bounds(self, pos: int) -> tuple[int, int]:
        """RETURNS (start, end) of the paragraph holding offset ``pos`` (end excludes the break)."""
        i = bisect.bisect_left(self.breaks, pos)
        lo = self.breaks[i - 1] + 1 if i > 0 else 0
        hi = self.breaks[i] if i < len(self.breaks) else len(self.text)
        return lo, hi

    def start(self, pos: int) -> int:
        return self.bounds(pos)[0]

    def end(self, pos: int) -> int:
        return self.bounds(pos)[1]

    def next_start(self, pos: int) -> int:
        """Start of the next non-empty paragraph after the one holding ``pos`` (-1 if none)."""
        end = self.end(pos)
        if end >= len(self.text):
            return -1
        k = end
        while k < len(self.text) and self.text[k].isspace():
            k += 1
        return k

    def last_char_before(self, pos: int) -> int:
        """Offset of the last non-space character before ``pos`` (-1 if none)."""
        k = pos - 1
        while k >= 0 and self.text[k].isspace():
            k -= 1
        return k


def paragraphs_of(doc: Doc) -> Paragraphs:
    """The doc's Paragraphs: the ones extract_quotes holds, else built now."""
    paras = doc.user_data.get(PARAS_KEY)
    return paras if paras is not None else Paragraphs(doc.text)
