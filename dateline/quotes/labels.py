"""Speaker labels: a paragraph that opens with who is speaking and a colon, as
transcripts and interview write-ups do ("Q: ...", "JANE DOE: ...", "Smith: ...").

The label is a speaker when it is a person's name (a PERSON entity) or a name in
capitals of two words or more, and the rest of the paragraph, what was said, holds a
clause (a verb): "Smith: 1,769." is a table row. A transcript's "Q"/"A" are not taken:
they name no one. Words wholly in quotation marks are left to the direct quotes by the
caller.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.quotes.lexicon import MAX_LABEL_WORDS, TRANSCRIPT_LABELS
from dateline.quotes.reported import Report

CLOSING_PUNCT = frozenset(".!?;,")
LABEL_WORD = r"[A-Z][\w.'\u2019-]*"
LABEL_RE = re.compile(
    rf"(?m)^[ \t]*({LABEL_WORD}(?:[ \t]+{LABEL_WORD}){{0,{MAX_LABEL_WORDS - 1}}})[ \t]*:[ \t]+(?=\S)"
)


def label_reports(doc: Doc, text: str) -> list[Report]:
    """RETURNS one Report per paragraph opened by a speaker label and a colon."""
    out: list[Report] = []
    for m in LABEL_RE.finditer(text):
        label_start, label_end = m.span(1)
        if not _is_speaker_label(doc, m.group(1), label_start, label_end):
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        while end > m.end() and (text[end - 1].isspace() or text[end - 1] in CLOSING_PUNCT):
            end -= 1
        head = doc.char_span(label_start, label_end, alignment_mode="expand")
        said = doc.char_span(m.end(), end, alignment_mode="expand")
        if head is None or said is None or not any(t.pos_ in ("VERB", "AUX") for t in said):
            continue
        colon = text.index(":", label_end)
        out.append(Report(((m.end(), end),), (colon, colon + 1), head[-1]))
    return out


def _is_speaker_label(doc: Doc, label: str, start: int, end: int) -> bool:
    if label in TRANSCRIPT_LABELS:
        return False
    words = label.split()
    if len(words) >= 2 and all(w.isupper() for w in words):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(t.ent_type_ == "PERSON" for t in span)
