"""Indirect quotes: the reported statements of ``reported`` as contract Quotes.

A content wholly inside quotation marks is a direct quote only (contract), so it is
left to the direct layer; a content partly quoted is an indirect quote, and the
quotation inside it stays listed as a direct quote. A content broken by its
attribution is one quote per fragment, all with the same speaker and cue.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from dateline.quotes.detect import Quotation
from dateline.quotes.labels import label_reports
from dateline.quotes.reported import find_reports
from dateline.quotes.speaker import SpeakerResolver
from dateline.types import Quote, SpanRef

KIND = "indirect"


class QuotedText:
    """The stretches of a text inside quotation marks, for "is this content quoted?"."""

    def __init__(self, text: str, quotations: list[Quotation]) -> None:
        self.text = text
        self.spans = sorted((q.start, q.end) for q in quotations if q.depth == 0)
        self.starts = [s for s, _ in self.spans]

    def wholly_quoted(self, fragments: tuple[tuple[int, int], ...]) -> bool:
        """Whether every letter and digit of the fragments lies inside quotation marks."""
        for start, end in fragments:
            for k in range(start, end):
                if self.text[k].isalnum() and not self._inside(k):
                    return False
        return True

    def _inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]


def indirect_quotes(doc: Doc, text: str, quoted: QuotedText, resolver: SpeakerResolver) -> list[Quote]:
    """The reported statements of ``doc`` as indirect Quotes, in text order.

    doc (Doc): the parsed doc (paragraphs kept in ``doc.user_data`` by the caller).
    text (str): its text.
    quoted (QuotedText): where the quotation marks are.
    resolver (SpeakerResolver): resolves source head tokens, as for direct quotes.
    RETURNS (list[Quote]): ``kind`` "indirect", ``time`` None (the time layer fills it).
    """
    seen: set[tuple[int, int]] = set()
    quotes: list[Quote] = []
    for report in find_reports(doc) + label_reports(doc, text):
        if quoted.wholly_quoted(report.fragments):
            continue
        speaker = resolver.resolve(report.speaker)
        cue = SpanRef(report.cue[0], report.cue[1], text[report.cue[0]:report.cue[1]])
        for start, end in report.fragments:
            if (start, end) in seen:
                continue
            seen.add((start, end))
            quotes.append(Quote(start, end, text[start:end], speaker, cue, kind=KIND))
    return sorted(quotes, key=lambda q: (q.start, q.end))
