"""Find quotations in raw text: pairs of quotation marks, paragraph by paragraph.

The one quotation scanner of Dateline: the quotes layer attributes what it finds
and the time layer keeps quoted times out of the narrative; each takes what it needs
from ``find_quotations`` (everything, nested ones included) or ``outer_quotations``
(the outermost ones), and so does the entities layer (``entities/quoted.py``), which
attributes the outermost ones lightly for pronoun resolution.

A quotation here is only a stretch of text between marks; whether it is a quote
(speech with a speaker) is decided by the attribution step. Rules, each one a
habit of news text:

- double marks are curly (“ ”, „), straight ("), guillemets (« ») or two
  apostrophes ('') as some papers type them; single marks (‘ ’ ‚ ') are quotation
  marks only when they open and close within one paragraph, and never between two
  letters (it's, don’t) or before a decade (’90s);
- a mark opens when it sits before a word and closes when it sits after one
  (the flanking rule), so a mistyped “ at the end of a quotation still closes it;
  a straight " typed with the space on the wrong side (said," ...) opens a quotation
  only when a later mark of its paragraph closes it (``MISPLACED_AFTER``);
- a double quotation still open at the end of a paragraph ends there: newspapers
  reopen a quotation that runs over several paragraphs at each paragraph and
  close it once at the end, so each paragraph is its own part (``runs_on``);
  a single mark still open there was an apostrophe;
- quotations nested in another keep ``depth`` > 0; only depth 0 become quotes.

Only the mark characters are visited in Python (one precompiled regex over the
text), so the cost is in the number of marks, not of characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

# '' (two or more apostrophes) first, so a doubled apostrophe is one mark.
# Open quotations kept per paragraph; real nesting is two or three deep, and the cap
# keeps a paragraph of thousands of stray marks linear.
MAX_OPEN = 32
MARK_RE = re.compile("'{2,}|[\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a']")
D_OPEN = frozenset("\u201c\u201e\u00ab")
D_CLOSE = frozenset("\u201d\u00bb")
S_OPEN = frozenset("\u2018\u201a")
MARKS = frozenset("\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a")
# Tokens of the parse that close or open a double quotation, as spaCy's English tokenizer
# cuts them, for the sentence-start rule (pipeline/factories.py); « », „ and '' opening are
# left out until that rule is checked on text that quotes with them.
CLOSING_TOKENS = frozenset({"\u201d", '"', "\u2019\u2019", "''"})
OPENING_TOKENS = frozenset({"\u201c", '"'})
# Characters after which a mark may still open, before which it may still close.
OPEN_AFTER = frozenset("([{<\u2014\u2013-/") | MARKS
CLOSE_BEFORE = frozenset(".,;:!?)]}>\u2014\u2013-/\u2026*") | MARKS
# Punctuation after which a straight " (not '') followed by a space, with nothing open, is an
# opening mark typed with the space on the wrong side (said," the words"): taken as an
# opening only if a later mark of its paragraph closes it.
MISPLACED_AFTER = frozenset(",:")


@dataclass(frozen=True)
class Quotation:
    """One quotation: the quoted words ``start:end`` (marks and edge spaces excluded).

    ``open_at``/``close_at`` are the offsets of its marks (``close_at`` is None
    when it runs on past its paragraph); ``depth`` is 0 for an outermost one.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    depth: int
    single: bool

    @property
    def runs_on(self) -> bool:
        return self.close_at is None


class _Open(NamedTuple):
    """A mark that opened a quotation not yet closed."""

    single: bool
    at: int  # offset of the mark
    width: int  # 2 for a doubled apostrophe
    straight: bool  # " or ', which may close as well as open
    doubtful: bool = False  # a misplaced opening (MISPLACED_AFTER): never runs on


def find_quotations(text: str) -> list[Quotation]:
    """Find every quotation of ``text``, nested ones included.

    text (str): the article text.
    RETURNS (list[Quotation]): in text order (outer before inner at one offset).
    """
    return _scan(text)


def outer_quotations(text: str, *, single: bool = False) -> list[Quotation]:
    """The outermost quotations of ``text`` (depth 0), as layers that only need to know
    what is quoted take them.

    text (str): the article text.
    single (bool): keep single-mark quotations too (headlines quote with them).
    RETURNS (list[Quotation]): in text order, none inside another.
    """
    return [q for q in _scan(text) if q.depth == 0 and (single or not q.single)]


def _scan(text: str) -> list[Quotation]:
    found: list[Quotation] = []
    para_start, para_end = 0, _para_end(text, 0)
    # open quotations of the current paragraph
    stack: list[_Open] = []
    for m in MARK_RE.finditer(text):
        pos = m.start()
        if pos >= para_end:
            _close_paragraph(stack, para_end, found)
            stack = []
            para_start = text.rfind("\n", 0, pos) + 1
            para_end = _para_end(text, pos)
        run = m.group()
        if len(stack) >= MAX_OPEN:
            stack = stack[-MAX_OPEN // 2:]  # stray marks piling up: keep the look-ups bounded
        if len(run) > 1:
            _doubled_apostrophes(text, pos, run, para_start, para_end, stack, found)
            continue
        _one_mark(text, pos, 1, run, para_start, para_end, stack, found)
    _close_paragraph(stack, para_end, found)
    return _nest(text, found)


def _nest(text: str, found: list[Quotation]) -> list[Quotation]:
    """Trim edge spaces, sort, and set ``depth`` by containment (decided only now,
    because an opening taken for a mark may turn out to be a stray apostrophe)."""
    trimmed = [t for t in (trim_quotation(text, q) for q in found) if t is not None]
    trimmed.sort(key=lambda q: (q.open_at, -q.end))
    out: list[Quotation] = []
    outer_ends: list[int] = []  # ends of the quotations enclosing the current one
    for q in trimmed:
        while outer_ends and outer_ends[-1] <= q.open_at:
            outer_ends.pop()
        out.append(replace(q, depth=len(outer_ends)))
        outer_ends.append(q.end if q.close_at is None else q.close_at)
    return out


def _para_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _doubled_apostrophes(text: str, pos: int, run: str, lo: int, hi: int,
                         stack: list[_Open], found: list[Quotation]) -> None:
    """A run of apostrophes: pairs are double marks; an odd one left is a single
    mark, placed inside the double one (``'''`` closing = ' then '')."""
    prev = text[pos - 1] if pos > lo else " "
    closing = not prev.isspace() and prev not in OPEN_AFTER
    k, stop = pos, pos + len(run)
    if len(run) % 2 and closing:
        _one_mark(text, k, 1, "'", lo, hi, stack, found)
        k += 1
    while k + 2 <= stop:
        _one_mark(text, k, 2, '"', lo, hi, stack, found)
        k += 2
    if k < stop:
        _one_mark(text, k, 1, "'", lo, hi, stack, found)


def _one_mark(text: str, pos: int, width: int, ch: str, lo: int, hi: int,
              stack: list[_Open], found: list[Quotation]) -> None:
    prev = text[pos - 1] if pos > lo else " "
    nxt = text[pos + width] if pos + width < hi else " "
    can_open = (prev.isspace() or prev in OPEN_AFTER) and not nxt.isspace()
    can_close = not prev.isspace() and prev not in OPEN_AFTER and (nxt.isspace() or nxt in CLOSE_BEFORE)
    opening = can_open and not can_close
    closing = can_close and not can_open
    if ch == '"':
        top_double = _top(stack, single=False)
        if top_double is not None and (closing or (stack[top_double].straight and not opening)):
            _close(stack, top_double, pos, found)
        elif not closing:
            stack.append(_Open(False, pos, width, True))
        elif width == 1 and prev in MISPLACED_AFTER and nxt.isspace():
            stack.append(_Open(False, pos, width, True, doubtful=True))
    elif ch in D_OPEN:
        top_double = _top(stack, single=False)
        if top_double is not None and closing:  # “ typed for ”
            _close(stack, top_double, pos, found)
        else:
            stack.append(_Open(False, pos, width, False))
    elif ch in D_CLOSE:
        top_double = _top(stack, single=False)
        if top_double is not None:
            _close(stack, top_double, pos, found)
        elif opening:  # ” typed for “
            stack.append(_Open(False, pos, width, False))
    else:
        if prev.isalnum() and nxt.isalnum():
            return  # an apostrophe inside a word: it's, don’t
        if ch == "\u2019" and prev.isspace() and nxt.isdigit():
            return  # an elision: ’90s
        if ch in S_OPEN or opening:
            stack.append(_Open(True, pos, width, ch == "'"))
            return
        top_single = _top(stack, single=True)
        if top_single is not None and not prev.isspace():
            _close(stack, top_single, pos, found)
        # else an apostrophe ending a word (the Hales’)


def _top(stack: list[_Open], single: bool) -> int | None:
    for i in range(len(stack) - 1, -1, -1):
        if stack[i].single == single:
            return i
    return None


def _close(stack: list[_Open], i: int, pos: int, found: list[Quotation]) -> None:
    """Close the quotation opened at ``stack[i]``; openings above it were not
    quotation marks after all (a stray apostrophe) and are dropped."""
    mark = stack[i]
    del stack[i:]
    found.append(Quotation(mark.at + mark.width, pos, mark.at, pos, 0, mark.single))


def _close_paragraph(stack: list[_Open], para_end: int,
                     found: list[Quotation]) -> None:
    """At a paragraph end, singles still open were apostrophes, and so were misplaced
    openings nothing closed; the outermost double quotation still open runs on and
    ends here."""
    for mark in stack:
        if not mark.single and not mark.doubtful:
            found.append(Quotation(mark.at + mark.width, para_end, mark.at, None, 0, False))
            return


def trim_quotation(text: str, q: Quotation) -> Quotation | None:
    """RETURNS ``q`` with whitespace trimmed from both ends, or None when empty."""
    s, e = q.start, q.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    return replace(q, start=s, end=e)
