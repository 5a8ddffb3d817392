"""Indirect quotes: the reported statements of ``reported`` as contract Quotes.

A content wholly inside quotation marks is a direct quote only (contract), so it is
left to the direct layer; a content partly quoted is an indirect quote, and the
quotation inside it stays listed as a direct quote. A content broken by its
attribution is one quote per fragment, all with the same speaker and cue. The reports come
from the parse (``reported``), from speaker labels (``labels``) and from a paragraph
introduced by "X said:" (``continuation``).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from dateline.quotes.continuation import colon_reports
from dateline.quotes.headlines import headline_reports
from dateline.quotes.labels import label_reports
from dateline.quotes.reported import Report, find_reports
from dateline.quotes.speaker import SpeakerResolver
from dateline.text.quotation import Quotation
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
                if self.text[k].isalnum() and not self.inside(k):
                    return False
        return True

    def inside(self, pos: int) -> bool:
        """Whether offset ``pos`` lies inside quotation marks."""
        return self.quotation_at(pos) is not None

    def quotation_at(self, pos: int) -> tuple[int, int] | None:
        """The (start, end) of the quotation holding offset ``pos``, or None."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.spans[i] if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1] else None


def _within_one_quotation(quoted: QuotedText, report: Report) -> bool:
    """Whether the cue and the whole content lie in one quotation ("... he told me the
    plan would fail ..." inside someone's quoted words)."""
    span = quoted.quotation_at(report.cue[0])
    return span is not None and all(span[0] <= s and e <= span[1] for s, e in report.fragments)


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
    parsed = find_reports(doc)
    for report in parsed + headline_reports(doc, parsed) + label_reports(doc, text) + colon_reports(doc):
        if quoted.wholly_quoted(report.fragments):
            continue
        if quoted.inside(report.cue[0]) and not _within_one_quotation(quoted, report):
            continue  # a cue in someone's quoted words reports nothing outside them
        speaker = resolver.resolve(report.speaker)
        cue = SpanRef(report.cue[0], report.cue[1], text[report.cue[0]:report.cue[1]])
        for start, end in report.fragments:
            if (start, end) in seen:
                continue
            seen.add((start, end))
            quotes.append(Quote(start, end, text[start:end], speaker, cue, kind=KIND))
    return sorted(quotes, key=lambda q: (q.start, q.end))
