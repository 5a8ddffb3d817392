"""Cost of the entities layer next to spaCy's parse of the same texts, in one run.

Usage:
    .venv/bin/python bench/entities_layer.py [--split dev] [--limit N] [--repeat 3]

Parses the PolNeAR texts of a split with the bare spaCy pipeline (timed), then
runs ``extract_entities`` on every parsed doc (timed, best of ``--repeat``), and
prints both times and their ratio. Budget (issue 15): the layer under 5% of the parse.
"""

from __future__ import annotations

import argparse
import sys

from layer_cost import SHARED, best_of, timed_parse

BUDGET = 0.05


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; RETURNS 0 when within budget, 1 otherwise."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    from dateline.entities import extract_entities
    from dateline.nlp.loading import load_spacy

    paths = sorted((SHARED / "data" / "polnear" / args.split / "text").glob("*.txt"))[: args.limit]
    if not paths:
        print(f"no texts under {SHARED}/data/polnear/{args.split}/text", file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8") for p in paths]
    nlp = load_spacy()
    docs, parse = timed_parse(nlp, texts)
    layer, _ = best_of(args.repeat, lambda: [extract_entities(doc) for doc in docs])
    n_tokens = sum(len(d) for d in docs)
    ratio = layer / parse
    print(f"entities layer bench: {len(docs)} articles, {n_tokens} tokens")
    print(f"spaCy parse     {parse:8.3f} s")
    print(f"entities layer  {layer:8.3f} s  ({1000 * layer / len(docs):.2f} ms/article)")
    print(f"ratio           {ratio:8.1%}  (budget {BUDGET:.0%}: {'OK' if ratio < BUDGET else 'OVER'})")
    return 0 if ratio < BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
