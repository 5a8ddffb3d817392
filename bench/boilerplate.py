"""Boilerplate left in the main text of real web pages, before and after Dateline's cleaning.

    python bench/boilerplate.py                 # the pages listed in /work/pages/LIST.txt
    python bench/boilerplate.py --pages DIR     # another folder with a LIST.txt
    python bench/boilerplate.py --show          # also print the flagged lines (local use only)

"before" is trafilatura as Dateline called it until issue 18 (default settings, no comments,
no tables); "after" is ``dateline.ingest.html.read_html`` now (favor_precision with its
fallback, then ``ingest.boilerplate``). Each extracted line is checked by this script's own
flagger, written independently of ``ingest.boilerplate`` and broader than it (any short line
with a furniture word, any teaser, any short edge line), so "after" is not zero by
construction: what it still flags is printed for a person to judge (``--show``).

The pages are never copied into the repository; without the folder the script says so and
exits 0 (tests/ingest/test_boilerplate_pages.py skips the same way).
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PAGES = Path("/work/pages")
# Words of site furniture; a line of at most MAX_WORDS words holding one is flagged.
FURNITURE = re.compile(
    r"\b(read more|also read|must read|related|newsletter|subscribe|sign up|signup|inbox|click here|"
    r"download|the app|copyright|all rights reserved|follow us|follow (?:him|her|them) on|contact|"
    r"advertisement|advertising|sponsored|share this|photo|getty images|image:|credit:|our standards|"
    r"trust principles|more information|be the first|cookies?|privacy policy|terms of use|"
    r"comments?)\b|©|\|", re.I)
MAX_WORDS = 30
TEASER = re.compile(r"(?:\.\.\.|…)\s*$")
BULLET = re.compile(r"^\s*[*•·▪►\-–]\s")
NO_WORDS = re.compile(r"^[\W_]*$")


@dataclass(frozen=True)
class Count:
    page: str
    before: int
    after: int
    before_lines: tuple[str, ...]
    after_lines: tuple[str, ...]


def flagged(lines: list[str]) -> list[str]:
    """The lines this script calls boilerplate (see the module docstring)."""
    out = []
    for i, line in enumerate(lines):
        words = line.split()
        edge = i in (0, len(lines) - 1) and len(words) <= 3 and not re.search(r"[.!?\"”]\s*$", line)
        if (NO_WORDS.match(line) or TEASER.search(line) or BULLET.match(line) or edge
                or (len(words) <= MAX_WORDS and FURNITURE.search(line))):
            out.append(line)
    return out


def before_lines(html: str) -> list[str]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    return [line.strip() for line in (doc.text or "").splitlines() if line.strip()] if doc else []


def after_lines(path: Path) -> list[str]:
    from dateline.errors import ArticleError
    from dateline.ingest.html import read_html_file

    try:
        return read_html_file(path).text.split("\n\n")
    except ArticleError:
        return []


def measure(pages: Path) -> list[Count]:
    names = [line.split("\t")[0] for line in (pages / "LIST.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    counts = []
    for name in names:
        path = pages / name
        html = path.read_text(encoding="utf-8", errors="replace")
        b, a = flagged(before_lines(html)), flagged(after_lines(path))
        counts.append(Count(name, len(b), len(a), tuple(b), tuple(a)))
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=PAGES, help=f"folder with LIST.txt and the pages (default {PAGES})")
    ap.add_argument("--show", action="store_true", help="print the flagged lines (page text: never commit it)")
    args = ap.parse_args(argv)
    if not (args.pages / "LIST.txt").is_file():
        print(f"no pages: {args.pages}/LIST.txt not found (the pages are not part of the repository)")
        return 0
    logging.disable(logging.CRITICAL)
    counts = measure(args.pages)
    print(f"{'page':45} {'before':>6} {'after':>6}")
    for c in counts:
        print(f"{c.page:45} {c.before:6} {c.after:6}")
        if args.show:
            for line in c.before_lines:
                print(f"    before| {line[:120]}")
            for line in c.after_lines:
                print(f"    after | {line[:120]}")
    clean_b = sum(c.before == 0 for c in counts)
    clean_a = sum(c.after == 0 for c in counts)
    print(f"pages with no flagged line: before {clean_b}/{len(counts)}, after {clean_a}/{len(counts)}; "
          f"flagged lines: before {sum(c.before for c in counts)}, after {sum(c.after for c in counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
