"""Reported speech in a title-cased headline: "Mayor Urges Council To Delay Vote",
"Senator Blasts Toll Plan", "Coach Says Team Will Stay".

Headlines capitalise every word, so the small model tags their verb a proper noun and
their parse has no clause to read. A headline line (short, mostly capitalised, with no
sentence inside it) whose word after the first one or more is the third-person form of
a verb that reports a clause or an object ("Says", "Urges", "Praises") is read as
"SOURCE VERB CONTENT": the words before the verb are who, the words after it what.
A headline the parse already reports (a cue inside it) is left to the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.quotes.lexicon import (
    HEADLINE_CAP_SHARE,
    HEADLINE_MAX_TOKENS,
    HEADLINE_SOURCE_TOKENS,
    OBJECT_REPORTING_VERBS,
    PREPOSITIONAL_REPORTING_VERBS,
    REPORTING_VERBS,
    SUBJECT_DEPS,
)
from dateline.quotes.paragraphs import paragraphs_of
from dateline.quotes.reported import Report
from dateline.quotes.speaker import mention_tokens

HEADLINE_VERBS = REPORTING_VERBS | OBJECT_REPORTING_VERBS | frozenset(PREPOSITIONAL_REPORTING_VERBS)


def headline_reports(doc: Doc, taken: list[Report]) -> list[Report]:
    """RETURNS one Report per title-cased headline line of the form SOURCE VERB CONTENT
    with no report of the parse (``taken``) cued inside it."""
    cues = sorted(r.cue[0] for r in taken)
    paras = paragraphs_of(doc)
    out: list[Report] = []
    seen: set[int] = set()
    for sent in doc.sents:
        lo, hi = paras.bounds(sent.start_char)
        if lo in seen:
            continue
        seen.add(lo)
        line = doc.char_span(lo, hi, alignment_mode="contract")
        if line is None or not _is_headline(line) or any(lo <= c < hi for c in cues):
            continue
        report = _headline_report(list(line))
        if report is not None:
            out.append(report)
    return out


def _is_headline(line) -> bool:
    """A short line of mostly capitalised words, with no sentence end before its last word."""
    words = [t for t in line if t.is_alpha]
    if not words or len(line) > HEADLINE_MAX_TOKENS:
        return False
    if any(t.text in (".", "?", "!") for t in list(line)[:-1]) or "\n" in line.text.strip():
        return False
    caps = sum(1 for t in words if t.text[:1].isupper())
    return caps / len(words) >= HEADLINE_CAP_SHARE


def _headline_report(tokens: list[Token]) -> Report | None:
    for k, token in enumerate(tokens[1:HEADLINE_SOURCE_TOKENS + 1], start=1):
        lemma = _third_person_lemma(token)
        if lemma is None:
            continue
        if token.dep_ in SUBJECT_DEPS or tokens[k - 1].dep_ in ("case", "det", "poss") or tokens[k - 1].is_punct:
            return None  # "Rival Claims Divide ...", "Ruiz's Attacks On ...": a noun
        source = [t for t in tokens[:k] if not t.is_punct]
        content = tokens[k + 1:]
        if content and content[0].lower_ in PREPOSITIONAL_REPORTING_VERBS.get(lemma, ()):
            content = content[1:]  # "Sides With X": what the side is taken on
        while content and (content[-1].is_punct or content[-1].is_space):
            content = content[:-1]
        if not source or not content or not any(t.is_alpha for t in content):
            return None
        # the source's head: a word whose mention ends before the verb (the parse of a
        # headline often makes the whole line one name)
        head = next((t for t in reversed(source) if mention_tokens(t)[1] <= token.idx), None)
        if head is None:
            return None
        start, end = content[0].idx, content[-1].idx + len(content[-1])
        return Report(((start, end),), (token.idx, token.idx + len(token)), head)
    return None


def _third_person_lemma(token: Token) -> str | None:
    """The verb a capitalised third-person form stands for ("Urges" -> "urge",
    "Says" -> "say"), or None."""
    form = token.lower_
    if not token.text[:1].isupper() or not form.endswith("s"):
        return None
    for stem in (form[:-1], form[:-2], form[:-3] + "y" if form.endswith("ies") else None):
        if stem and stem in HEADLINE_VERBS:
            return stem
    return None
