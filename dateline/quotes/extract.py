"""The quotes layer: direct quotations of a doc with their speakers and cues.

``extract_quotes(doc, index)`` finds quotations (``dateline.text.quotation``), drops titles of
works and headings (``titles``), attributes each outermost quotation, carries a
speaker over to quotations that continue an attributed one, and resolves each
speaker mention to an entity of the entities layer (``speaker``). A quotation that
ends with no speaker is a scare quote or a name, which the contract says is not a
quote.

The attribution steps for one quotation, first found wins (``_attribute``):

1. a title-cased headline's own rules (``windows.headline``);
2. an outer source next to it: "according to X", "the Times reported", unless the
   quotation has its own verb of saying and subject there, whose words it stays;
3. the parse: a verb of saying governing the quoted words, or the reporting verb
   above it (``cues``); a noun of speech yields to a verb right after the quotation;
4. a dash and a name signing it;
5. the text after the closing mark, then before the opening mark (``windows``);
6. a colon closing the previous paragraph, then a short first line as a headline.

Then carry-over (``_carry_over``) and last resorts (``_fallback``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.entities.index import EntityIndex
from dateline.quotes.cues import clause_subject, governing_cue, sentence_speaker
from dateline.quotes.indirect import QuotedText, indirect_quotes
from dateline.quotes.paragraphs import PARAS_KEY, Paragraphs, paragraphs_of
from dateline.quotes.speaker import SpeakerResolver
from dateline.quotes.speech import TEXT_KEY, Attribution, is_speech_verb, is_unasserted
from dateline.quotes.subjects import subject_of
from dateline.quotes.titles import is_title
from dateline.quotes.windows import (
    LEFT_WINDOW,
    RIGHT_WINDOW,
    SENTENCE_END,
    according_to,
    from_left,
    from_right,
    headline,
    own_speech_verb,
)
from dateline.text.quotation import MARKS, Quotation, find_quotations
from dateline.types import Quote, SpanRef

# After a quotation ending its sentence, a verb of saying must come within this many
# tokens ("Smith said.", "asked the senator") for the text to attribute it.
SENTENCE_ATTRIBUTION = 3
# Tokens between a verb of saying and the comma or colon opening a quotation
# ("Smith tweeted last January, “...”").
INTRO_REACH = 4
# Headlines: at most this many characters, at least this share of capitalised words.
MAX_HEADLINE = 200
HEADLINE_CAPS = 0.6
# Dashes that sign a quotation: em, en, horizontal bar, and the hyphen typed for them.
DASH_CHARS = frozenset("\u2014\u2013\u2015-")
WORD_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")


@dataclass
class Candidate:
    """One outermost quotation while it is being attributed."""

    quotation: Quotation
    tokens: Span
    para: int  # offset of the paragraph start
    left: tuple[int, int]  # token window before the opening mark (same sentence)
    right: tuple[int, int]  # token window after the closing mark (same sentence)
    attribution: Attribution | None = None


def extract_quotes(doc: Doc, index: EntityIndex) -> list[Quote]:
    """Find the direct quotations of ``doc`` and who said them.

    doc (Doc): a parsed doc.
    index (EntityIndex): the entities layer's result, to resolve speaker mentions.
    RETURNS (list[Quote]): in text order; ``time`` is left None (the time layer fills it).
    """
    text = doc.text
    found = find_quotations(text)
    quotations = [q for q in found if q.depth == 0]
    doc.user_data[TEXT_KEY] = text
    doc.user_data[PARAS_KEY] = Paragraphs(text)
    try:
        resolver = SpeakerResolver(doc, index, text)
        direct = _extract(doc, text, quotations, resolver) if quotations else []
        indirect = indirect_quotes(doc, text, QuotedText(text, found), resolver)
        return sorted(direct + indirect, key=lambda q: (q.start, q.end, q.kind))
    finally:
        del doc.user_data[TEXT_KEY]
        del doc.user_data[PARAS_KEY]


def _extract(doc: Doc, text: str, quotations: list[Quotation], resolver: SpeakerResolver) -> list[Quote]:
    candidates: list[Candidate] = []
    for i, q in enumerate(quotations):
        cand = _candidate(doc, text, q, quotations[i - 1] if i else None,
                          quotations[i + 1] if i + 1 < len(quotations) else None)
        if cand is None or is_title(doc, text, cand.quotation, cand.tokens):
            continue
        cand.attribution = _attribute(doc, text, cand)
        candidates.append(cand)
    _carry_over(doc, text, candidates)
    for cand in candidates:
        if cand.attribution is None:
            cand.attribution = _fallback(doc, text, cand)
    quotes: list[Quote] = []
    for cand in candidates:
        att = cand.attribution
        if att is None or att.speaker is None:
            continue
        q = cand.quotation
        cue = SpanRef(att.cue_start, att.cue_end, text[att.cue_start:att.cue_end])
        quotes.append(Quote(q.start, q.end, text[q.start:q.end], resolver.resolve(att.speaker), cue))
    return quotes


def _candidate(doc: Doc, text: str, q: Quotation, prev: Quotation | None,
               nxt: Quotation | None) -> Candidate | None:
    """Token span and context windows of one quotation (None if it has no tokens)."""
    tokens = doc.char_span(q.start, q.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    paras = paragraphs_of(doc)
    para = paras.start(q.open_at)
    # left window: back from the opening mark to the sentence start, the paragraph
    # start or the previous quotation's closing mark
    open_tok = doc.char_span(q.open_at, q.open_at + 1, alignment_mode="expand")
    hi = open_tok.start if open_tok is not None else tokens.start
    floor = max(para, (prev.close_at + 1) if prev and prev.close_at is not None else 0)
    lo = hi
    while lo > 0 and hi - lo < LEFT_WINDOW:
        tok = doc[lo - 1]
        if tok.idx < floor or tok.text in SENTENCE_END or "\n" in tok.text:
            break
        lo -= 1
    while lo < hi and doc[lo].is_space:
        lo += 1  # a double space after a full stop is not text before the quotation
    left = (lo, hi)
    # right window: from after the closing mark to the sentence end, the paragraph
    # end or the next quotation's opening mark
    if q.close_at is None:
        right = (tokens.end, tokens.end)
    else:
        close_tok = doc.char_span(q.close_at, q.close_at + 1, alignment_mode="expand")
        lo = close_tok.end if close_tok is not None else tokens.end
        ceiling = min(paras.end(q.close_at), nxt.open_at if nxt else len(text))
        hi = lo
        while hi < len(doc) and hi - lo < RIGHT_WINDOW:
            tok = doc[hi]
            if tok.idx >= ceiling or tok.text in SENTENCE_END or "\n" in tok.text:
                break
            hi += 1
        right = (lo, hi)
    return Candidate(q, tokens, para, left, right)


def _attribute(doc: Doc, text: str, cand: Candidate) -> Attribution | None:
    """The first attribution the steps of ``attribute`` find for one quotation."""
    paras = paragraphs_of(doc)
    para_end = paras.end(cand.para)
    # a title-cased headline misleads the parser: read it by its own rules first; a
    # plain first line that is short may be a headline too, tried last
    title_cased = _is_headline(text, cand.para, para_end)
    first_line = cand.para == 0 and para_end < len(text) and para_end <= MAX_HEADLINE
    if title_cased:
        att = _headline(doc, cand, para_end)
        if att is not None:
            return att
    right = _own_right(doc, text, cand)
    acc = according_to(doc[right[0]:right[1]]) if right[1] > right[0] else None
    if acc is None and cand.left[1] > cand.left[0]:
        acc = according_to(doc[cand.left[0]:cand.left[1]])
    if acc is not None:
        # "“...,” according to a wire service": the outer source ("“...,” the envoy told
        # reporters, according to a wire service" stays the envoy's: windows.according_to)
        return Attribution(acc[0], acc[0].idx, acc[0].idx + len(acc[0]), acc[1])
    reporter = _reported_by(doc, *right)
    if reporter is not None:
        return reporter
    # "X tweeted, “...”": a verb of saying right before the opening mark is the cue,
    # whatever clause the parser hangs the quoted words on
    introduced = _introduced_by(doc, *cand.left)
    if introduced is not None:
        return introduced
    cue = governing_cue(cand.tokens, cand.para, paras.end(cand.quotation.end))
    if cue is not None and cue.pos_ == "NOUN":
        # a noun of speech above the quotation ("on the advice of a coach, who
        # “...”") yields to a verb of saying right after it ("..., Smith wrote")
        att = from_right(doc, *cand.right)
        if att is not None:
            return att
    if cue is not None:
        subj = _what_clause_owner(cue, subject_of(cue))
        if subj is not None and not (cand.tokens.start <= subj.i < cand.tokens.end) \
                and subj.idx >= cand.para:
            return Attribution(cue, cue.idx, cue.idx + len(cue), subj)
    dashed = _dash_signature(doc, text, cand)
    if dashed is not None:
        return dashed
    att = from_right(doc, *right) or from_left(doc, *cand.left)
    if att is not None:
        return att
    att = _colon_paragraph(doc, text, cand)
    if att is None and first_line:
        att = _headline(doc, cand, para_end)
    return att


def _introduced_by(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """A strong verb of saying with its subject just before ", “" or ": “"."""
    if hi - lo < 2 or doc[hi - 1].text not in (",", ":"):
        return None
    for k in range(hi - 2, max(lo, hi - 1 - INTRO_REACH) - 1, -1):
        token = doc[k]
        if is_speech_verb(token, strong=True) and not is_unasserted(token):
            subj = subject_of(token)
            if subj is not None and lo <= subj.i < hi:
                return Attribution(token, token.idx, token.idx + len(token), subj)
            return None
    return None


def _what_clause_owner(cue: Token, subj: Token | None) -> Token | None:
    """``X condemned what he called “...”``: the pronoun in a "what ... called" clause
    is X, and X, the subject of the clause around it, is the mention PolNeAR and a
    reader take for the speaker."""
    if subj is None or subj.pos_ != "PRON" or not any(c.lower_ == "what" for c in cue.children):
        return subj
    node = cue.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") and node.i != cue.i:
            outer = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if outer is not None and outer.lower_ not in ("what", "that", "which"):
                return outer
        if node.head.i == node.i:
            break
        node = node.head
    return subj


def _headline(doc: Doc, cand: Candidate, para_end: int) -> Attribution | None:
    span = doc.char_span(cand.para, para_end, alignment_mode="expand")
    return headline(doc, span.start, span.end, cand.tokens) if span is not None else None


def _is_headline(text: str, lo: int, hi: int) -> bool:
    """A short paragraph with most words capitalised and no sentence inside it."""
    if hi - lo > MAX_HEADLINE:
        return False
    words = WORD_RE.findall(text, lo, hi)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= HEADLINE_CAPS * len(words)


def _fallback(doc: Doc, text: str, cand: Candidate) -> Attribution | None:
    """Last resorts for a quotation with no cue: the subject of the clause governing
    it, or, for one that starts a sentence, the speaker of the sentence before it."""
    att = clause_subject(cand.tokens, cand.para, paragraphs_of(doc).end(cand.quotation.end))
    if att is not None or cand.left[0] != cand.left[1]:
        return att
    k = cand.left[0] - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_punct):
        if doc[k].text[0] in MARKS:
            return None  # the sentence before is a quotation: carried over or nobody's
        k -= 1
    if k < 0:
        return None
    return sentence_speaker(doc, k, speech_only=True)


def _own_right(doc: Doc, text: str, cand: Candidate) -> tuple[int, int]:
    """The right window, unless it is a new sentence about something else.

    After a quotation that ends its sentence (“... .” He ...), the text is an
    attribution only when a verb of saying comes at once ("Smith said.", "he
    asked"); "He added, “...”" or "Smith said: “...”" introduce the next quotation.
    """
    lo, hi = cand.right
    if hi <= lo or text[cand.quotation.end - 1] not in ".!?" or not doc[lo].is_title:
        return lo, hi
    if doc[hi - 1].text in (":", ","):
        return lo, lo
    head = [t for t in doc[lo:min(hi, lo + SENTENCE_ATTRIBUTION)] if not t.is_punct]
    for token in head:
        # "Smith said." attributes it; "She noted a rally ..." / "He said both ... are"
        # says something else: the verb has its own object after it
        if is_speech_verb(token) and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > token.i for c in token.children):
            return lo, hi
    return lo, lo


def _reported_by(doc: Doc, lo: int, hi: int) -> Attribution | None:
    """``“...,” reports USA Today`` / ``“...,” the Times reported``: the outlet that
    reported the quotation is its source, as with "according to"; not when the quotation
    has its own verb of saying there (``“...,” Smith said, the Times reported``: Smith's
    words, which the Times passed on)."""
    for token in doc[lo:hi]:
        if token.lemma_.lower() == "report" and token.pos_ == "VERB" and token.i > lo:
            subj = subject_of(token)
            if subj is None and token.i + 1 < hi and doc[token.i + 1].pos_ == "PROPN":
                subj = doc[token.i + 1]  # "reports USA Today" parsed without a subject
            if subj is not None and lo <= subj.i < hi and subj.pos_ in ("PROPN", "NOUN"):
                if own_speech_verb(doc[lo:hi], {token.i} | {t.i for t in subj.subtree}):
                    return None
                return Attribution(token, token.idx, token.idx + len(token), subj)
    return None


def _dash_signature(doc: Doc, text: str, cand: Candidate) -> Attribution | None:
    """``“...” — Jane Smith``: a dash and a name after the closing mark sign the
    quotation (pull quotes, lists of reader comments)."""
    close_at = cand.quotation.close_at
    if close_at is None:
        return None
    k = close_at + 1
    while k < len(text) and _inline_space(text[k]):
        k += 1
    if k >= len(text) or text[k] not in DASH_CHARS:
        return None
    dash_at = k
    while k < len(text) and (text[k] in DASH_CHARS or _inline_space(text[k])):
        k += 1
    name = doc.char_span(k, k + 1, alignment_mode="expand")
    if name is None or not name[0].is_alpha or not (name[0].is_title or name[0].is_upper):
        return None
    head = name[0]
    while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head  # "Jane" of "Jane Smith": the mention is headed by "Smith"
    return Attribution(None, dash_at, dash_at + 1, head)


def _inline_space(ch: str) -> bool:
    """A space within a line (no-break spaces included), not a paragraph break."""
    return ch.isspace() and ch != "\n"


def _colon_paragraph(doc: Doc, text: str, cand: Candidate) -> Attribution | None:
    """A quotation opening a paragraph right after one that ends with a colon."""
    q = cand.quotation
    if cand.left[0] != cand.left[1] or q.open_at != cand.para or cand.para < 2:
        return None
    k = paragraphs_of(doc).last_char_before(cand.para)
    if k < 0 or text[k] != ":":
        return None
    colon = doc.char_span(k, k + 1, alignment_mode="expand")
    if colon is None:
        return None
    hi = colon.end
    lo = hi - 1
    while lo > 0 and hi - lo < LEFT_WINDOW:
        tok = doc[lo - 1]
        if tok.text in SENTENCE_END or "\n" in tok.text:
            break
        lo -= 1
    return from_left(doc, lo, hi)


def _carry_over(doc: Doc, text: str, candidates: list[Candidate]) -> None:
    """Give a speaker to quotations that continue an attributed one.

    - a paragraph-long quotation that runs on into the next paragraph takes the
      speaker of the next part when only that part is attributed;
    - a quotation that starts a sentence after an attributed one in the same
      paragraph ("“A,” she said. “B.”") takes its speaker;
    - a quotation that opens a paragraph right after a paragraph whose last
      quotation is attributed takes that speaker (a quote running over paragraphs).
    """
    for i in range(len(candidates) - 2, -1, -1):
        cand, nxt = candidates[i], candidates[i + 1]
        if cand.attribution is None and cand.quotation.runs_on and nxt.attribution is not None \
                and nxt.quotation.open_at == _next_para(doc, cand.quotation.end):
            cand.attribution = nxt.attribution
    for i in range(1, len(candidates)):
        cand, prev = candidates[i], candidates[i - 1]
        if cand.attribution is not None or prev.attribution is None:
            continue
        starts_sentence = cand.left[0] == cand.left[1]
        if not starts_sentence:
            continue
        same_para = cand.para == prev.para
        if not same_para and not (cand.quotation.open_at == cand.para
                                  and _next_para(doc, prev.quotation.end) == cand.para):
            continue
        # a sentence about a speaker between the two ("She says ... . “...”") wins
        k = cand.left[0] - 1
        while k > prev.right[1] and (doc[k].is_space or doc[k].is_punct):
            k -= 1
        between = None
        if k > prev.right[1]:
            between = sentence_speaker(doc, k, speech_only=True) or _same_speaker(doc, k, prev.attribution)
        cand.attribution = between or prev.attribution


def _same_speaker(doc: Doc, k: int, att: Attribution) -> Attribution | None:
    """The subject of the sentence holding token ``k`` when it is the previous
    quotation's speaker again ("..., says Ann Lee. Lee supports ... . “...”"): the
    nearer mention is the one the quotation rests on."""
    sent = doc[k].sent
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or att.speaker is None or subj.i == att.speaker.i:
        return None
    same = subj.lower_ in ("he", "she") or (
        subj.pos_ == "PROPN" and subj.lower_ in {t.lower_ for t in att.speaker.subtree})
    return Attribution(att.cue, att.cue_start, att.cue_end, subj) if same else None


def _next_para(doc: Doc, pos: int) -> int:
    """Start of the next non-empty paragraph after ``pos``."""
    return paragraphs_of(doc).next_start(pos)
