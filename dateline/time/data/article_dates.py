"""Word tables of article-date inference (``time/dct.py``): which words make a date in the
text a bound of the article's own date, and which way.

Written from general knowledge of news and web-page conventions (agency datelines, bond
terms, correction notes, embedded posts), not from any corpus. Keys are lower case.
"""

from __future__ import annotations

# Words before a date or year that make it a deadline or a target ("by 2030", "until 2025"):
# the article is before it, never after it because of it.
AHEAD_WORDS = frozenset({"by", "until", "till", "through", "before"})
# Words before a full date that make it a term, not a report ("notes due Oct. 15, 2029",
# "maturing March 15, 2027", "payable Dec. 1"): such a date may lie years ahead.
TERM_WORDS = frozenset({"due", "maturing", "matures", "mature", "expiring", "expires", "expire", "payable",
                        "effective", "starting", "beginning", "ending", "from", "to", "and"})
# Of those, the terms of an instrument after which the date is still to come when the article
# is written, whatever the verb ("notes due 2029", "payable Dec. 1"). A bare "until" or "by"
# is not one: "kept her off the team until May 2012" reports the past.
UPPER_TERM_WORDS = frozenset({"due", "maturing", "matures", "mature", "expiring", "payable"})
# Words before a date in the future tense after which it says nothing about the article date:
# "will rise after 2030" happens after 2030, but the article may be written after it too.
NOT_UPPER_WORDS = frozenset({"after", "since", "from", "starting", "beginning", "effective"})
# Words before a date that count a span from it up to the time of telling ("has led the firm
# since 2004", "is the highest since 1999"): told in the present, the article is after the date.
SINCE_WORDS = frozenset({"since"})
# Verbs of beginning, going on and ending: a gerund after one ("ceased paying its owners in
# 1984", "began selling cars in 2009") happens when it does, so takes its tense. Not verbs of
# thinking ahead ("considered selling in 2031": that selling may still be to come).
ASPECTUAL_VERBS = frozenset({"stop", "start", "begin", "keep", "continue", "finish", "quit", "resume", "cease"})
# "last year's 2019 election": the article's year is the named year plus this many.
POSSESSIVE_YEAR_OFFSETS: dict[str, int] = {"last": 1, "this": 0, "next": -1}
# A note that dates the page itself. After a "published" label the date is the article's;
# after a correction or update label it is on or after the article's (a later edit).
PUBLISHED_LABELS = frozenset({"published", "posted", "filed", "first published", "published on", "posted on"})
EDIT_LABELS = frozenset({"updated", "update", "last updated", "correction", "corrected", "clarification",
                         "updated on", "corrected on"})
# Dependency labels of a year that premodifies a noun ("1990 earnings", "the 2011 version",
# "the 2016 election"): it classifies the thing, it does not say when the clause happened.
PREMODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod"})
# Verbs that put what they govern still ahead when they stand in the present ("is expected in
# 2009", "is intended to open in the spring of 2032", "plans to open in 2030"): an upper bound.
EXPECTATION_VERBS = frozenset({"expect", "intend", "plan", "schedule", "slate", "set", "aim", "due"})
