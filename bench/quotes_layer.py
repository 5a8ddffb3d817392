"""Cost of the quotes layer next to spaCy's parse of the same texts, in one run.

    .venv/bin/python bench/quotes_layer.py [--split ../shared/data/polnear/dev] [--repeat 3]

Parses every article of the split with the bare spaCy model (timed), builds the
entities layer's index for each doc (not timed: it is another layer's cost), then
times ``extract_quotes`` over all docs (best of ``--repeat`` passes). The budget is
under 5% of the parse.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from layer_cost import SHARED, best_of, timed_parse

from dateline.entities import extract_entities
from dateline.nlp.loading import load_spacy
from dateline.quotes import extract_quotes

DEFAULT_SPLIT = SHARED / "data" / "polnear" / "dev"
BUDGET = 0.05


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT, help="folder with text/*.txt")
    parser.add_argument("--repeat", type=int, default=3, help="passes of the quotes layer (best taken)")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((args.split / "text").glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no texts under {args.split / 'text'}")
    nlp = load_spacy()
    docs, parse = timed_parse(nlp, texts)
    indexes = [extract_entities(doc) for doc in docs]
    best, n_quotes = best_of(args.repeat, lambda: sum(len(extract_quotes(doc, index))
                                                      for doc, index in zip(docs, indexes, strict=True)))
    share = best / parse
    chars = sum(map(len, texts))
    print(f"articles {len(texts)}  chars {chars}  quotes {n_quotes}")
    print(f"spaCy parse   {parse:8.3f} s")
    print(f"quotes layer  {best:8.3f} s  ({share:.1%} of the parse; budget {BUDGET:.0%}: "
          f"{'OK' if share < BUDGET else 'OVER'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
