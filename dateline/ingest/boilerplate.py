"""Lines of a web page's extracted text that are the site talking, not the article.

trafilatura (``favor_precision``) removes most of a page's furniture; what it keeps at the
edges of the story is a handful of recurring kinds, all judged on one line (a paragraph of the
extracted text) and its neighbours, never on a site's own wording:

- links to other stories: a line led by a marker ("Read more:", "ALSO READ |", "Related"), and
  the bullet list right after a marker line;
- copyright and rights lines ("© 2020 ...", "Copyright ... All rights reserved.");
- prompts to the reader: short imperative lines about newsletters, apps, inboxes, alerts
  ("Sign up for ...", "Get the news delivered to your inbox!", "Click here to get the app");
- a contact footer ("Contact the reporter at ...@..."), or the site's own name alone on a line;
- a run of truncated teasers (two or more lines in a row ending in "..."), and separators
  ("- - -", "***");
- a first or last line of at most three words with no sentence punctuation (a kicker like
  "Analysis", a section name like "Movie Review", a wire's name), which is never a story's
  sentence.

Decision: each rule needs two independent signals (a marker *and* the form of a heading, a
prompt verb *and* a prompt noun, a short line *and* its place at an edge), because a sentence
of the story may hold any one of them ("2 million people subscribe to its newsletter"). When in
doubt a line stays: lost story text costs more than a stray line.
"""

from __future__ import annotations

import re

from dateline.ingest.lexicon import PROMPT_NOUNS, PROMPT_VERBS, RELATED_MARKERS

# A line led by a marker of links to other stories, then ":" or "|" (or alone on its line).
RELATED = re.compile(r"^\s*(?:(?:" + "|".join(map(re.escape, RELATED_MARKERS)) + r")\s*(?:[:|\-–—]|$)|read\s*[:|])",
                     re.I)
BULLET = re.compile(r"^\s*[*•·▪►\-–]\s+\S")
# A copyright line: the sign anywhere (or the word leading the line), and a year or a rights clause.
COPYRIGHT_SIGN = re.compile(r"©|^\s*(?:\(c\)|copyright\b)", re.I)
COPYRIGHT_CLAIM = re.compile(r"\b(?:19|20)\d{2}\b|\ball rights reserved\b|\brights\b", re.I)
MAX_COPYRIGHT_WORDS = 40
# A prompt: one of the prompt verbs first, one of the prompt nouns somewhere, a short line.
PROMPT_START = re.compile(r"^\s*(?:" + "|".join(map(re.escape, PROMPT_VERBS)) + r")\b", re.I)
PROMPT_NOUN = re.compile(r"\b(?:" + "|".join(map(re.escape, PROMPT_NOUNS)) + r")\b", re.I)
MAX_PROMPT_WORDS = 25
# A lone noun line like "Newsletter Signup": a prompt noun in a line of a few words, no verb needed.
SIGNUP_WORDS = re.compile(r"\b(?:newsletters?|sign[ -]?up|subscribe|subscription)\b", re.I)
MAX_SIGNUP_WORDS = 4
CONTACT = re.compile(r"^\s*(?:contact|email|e-mail|reach)\b.{0,80}?(?:@|\b\d{3}[-. ]\d{3,4}[-. ]?\d{0,4}\b)", re.I)
FOLLOW = re.compile(r"\bfollow (?:him|her|them|us|me) on (?:twitter|facebook|instagram|x)\b", re.I)
TEASER = re.compile(r"(?:\.\.\.|…)\s*$")
MIN_TEASER_RUN = 2
NO_WORDS = re.compile(r"^[\W_]*$")
SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")
MAX_EDGE_WORDS = 3


def boilerplate_lines(lines: list[str], sitename: str | None = None) -> set[int]:
    """RETURNS the indices of ``lines`` (paragraphs of an extracted page) that are boilerplate."""
    drop: set[int] = set()
    site = _fold(sitename) if sitename else None
    n = len(lines)
    for i, line in enumerate(lines):
        words = line.split()
        if (NO_WORDS.match(line) or RELATED.match(line) or _copyright(line, words)
                or _prompt(line, words) or CONTACT.match(line)
                or (FOLLOW.search(line) and len(words) <= MAX_PROMPT_WORDS)
                or (site is not None and _fold(line) == site)
                or ((i == 0 or i == n - 1) and _edge_label(line, words))):
            drop.add(i)
        if RELATED.match(line) and len(words) <= 4:  # a marker alone: its bullet list follows
            j = i + 1
            while j < n and BULLET.match(lines[j]):
                drop.add(j)
                j += 1
    i = 0
    while i < n:  # runs of truncated teasers
        j = i
        while j < n and TEASER.search(lines[j]):
            j += 1
        if j - i >= MIN_TEASER_RUN:
            drop.update(range(i, j))
        i = max(j, i + 1)
    return drop


def _copyright(line: str, words: list[str]) -> bool:
    return (len(words) <= MAX_COPYRIGHT_WORDS and bool(COPYRIGHT_SIGN.search(line))
            and bool(COPYRIGHT_CLAIM.search(line)))


def _prompt(line: str, words: list[str]) -> bool:
    if len(words) <= MAX_SIGNUP_WORDS and SIGNUP_WORDS.search(line):
        return True
    return len(words) <= MAX_PROMPT_WORDS and bool(PROMPT_START.match(line)) and bool(PROMPT_NOUN.search(line))


def _edge_label(line: str, words: list[str]) -> bool:
    return len(words) <= MAX_EDGE_WORDS and not SENTENCE_END.search(line) and any(c.isalpha() for c in line)


def _fold(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s).casefold().split())
