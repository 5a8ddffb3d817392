"""Reports that run past their sentence: a paragraph that ends with a verb of saying
and a colon ("In a speech on Monday, the mayor said:", "Smith added:", "the senator
told reporters:") introduces the next paragraph, which is what was said. A paragraph
opened by a quotation mark is a direct quotation the direct layer attributes (and a
content wholly in quotation marks is left to it by the caller); a paragraph opened by a
speaker label or markup is not read as the sentence's content.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.quotes.lexicon import HEARER_VERBS, INTRO_WORDS, OBJECT_DEPS, PLACEHOLDER_OBJECTS, UNASSERTING
from dateline.quotes.paragraphs import paragraphs_of
from dateline.quotes.reported import Report
from dateline.quotes.speech import doc_text, is_speech_verb
from dateline.quotes.subjects import subject_of
from dateline.text.quotation import MARKS

# Characters that end what was said: trimmed from the end of the paragraph.
CLOSING = frozenset(".!?;,:")
# A paragraph that opens with one of these is markup or a label, not running prose.
NOT_PROSE = frozenset("<[(*#@-\u2022")


def colon_reports(doc: Doc) -> list[Report]:
    """RETURNS one Report per paragraph introduced by "X said:" at the end of the one
    before it; the source is the verb's subject, the cue the verb."""
    text = doc_text(doc)
    paras = paragraphs_of(doc)
    out: list[Report] = []
    for colon in doc:
        if colon.text != ":" or not _ends_paragraph(text, colon.idx + 1):
            continue
        verb = _introducing_verb(doc, colon)
        speaker = subject_of(verb) if verb is not None else None
        if verb is None or speaker is None or speaker.i > colon.i:
            continue
        start = paras.next_start(colon.idx)
        if start < 0 or text[start] in MARKS or text[start] in NOT_PROSE:
            continue
        end = paras.end(start)
        while end > start and (text[end - 1].isspace() or text[end - 1] in CLOSING):
            end -= 1
        if end <= start or _opens_with_label(text, start, end):
            continue
        out.append(Report(((start, end),), (verb.idx, verb.idx + len(verb)), speaker))
    return out


def _ends_paragraph(text: str, pos: int) -> bool:
    """Whether only spaces lie between ``pos`` and the next line break."""
    k = pos
    while k < len(text) and text[k] in " \t\u00a0":
        k += 1
    return k < len(text) and text[k] == "\n"


def _introducing_verb(doc: Doc, colon: Token) -> Token | None:
    """The strong verb of saying right before a paragraph-final colon, with nothing of
    what was said after it: "he said:", "Smith told reporters:", "she wrote on Friday:";
    not one under a modal or a negation.
    A verb with its own clause or object ("said the plan would fail:", "listed the
    reasons:") introduces no paragraph."""
    sent_start = colon.sent.start
    for k in range(colon.i - 1, max(sent_start, colon.i - 1 - INTRO_WORDS) - 1, -1):
        token = doc[k]
        if not is_speech_verb(token, strong=True):
            continue
        if any(c.dep_ in ("aux", "neg") and c.lower_ in UNASSERTING for c in token.children):
            return None  # "will say:", "did not say:": nothing said yet, or denied
        for child in token.rights:
            if child.i >= colon.i:
                break
            if child.dep_ in ("ccomp", "xcomp", "advcl", "conj"):
                return None
            if child.dep_ in OBJECT_DEPS and not (
                    token.lemma_.lower() in HEARER_VERBS or child.lower_ in PLACEHOLDER_OBJECTS):
                return None
        return token
    return None


def _opens_with_label(text: str, start: int, end: int) -> bool:
    """Whether a paragraph opens with a short label and a colon ("Q:", "Smith:",
    "Update:"): a transcript or a list item, not the sentence's continuation."""
    head = text[start:min(end, start + 40)]
    colon = head.find(":")
    return colon > 0 and len(head[:colon].split()) <= 3
