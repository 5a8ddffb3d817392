"""Benchmark: the time layer's own cost next to spaCy's parse of the same texts.

    python bench/time_layer.py [--dir ../shared/data/timebank] [--limit N]

Parses the TimeBank texts once with the spaCy pipeline alone (timed), then runs
``resolve_times`` on the parsed docs (timed, article dates hidden so the date
inference runs too). Prints both and the ratio; the budget is 10% of the parse (issue 17).
"""

from __future__ import annotations

import sys

from layer_cost import best_of, report_share, timebank_arguments, timebank_texts, timed_parse

BUDGET = 0.10


def main() -> int:
    args = timebank_arguments(__doc__).parse_args()
    if not args.dir.is_dir():
        print(f"no TimeBank at {args.dir}", file=sys.stderr)
        return 2
    from dateline.nlp.extensions import register_extensions
    from dateline.nlp.loading import load_spacy
    from dateline.time import resolve_times

    register_extensions()
    texts = timebank_texts(args.dir, args.limit)
    nlp = load_spacy(None)
    docs, parse = timed_parse(nlp, texts)
    resolve_times(docs[0], None, [])  # warm up (imports, compiled patterns)
    layer, n_times = best_of(args.repeat, lambda: sum(len(resolve_times(doc, None, []).times) for doc in docs))
    counts = f"docs {len(docs)}  chars {sum(len(t) for t in texts)}  times {n_times}"
    return report_share(counts, "time layer", layer, parse, BUDGET)


if __name__ == "__main__":
    sys.exit(main())
