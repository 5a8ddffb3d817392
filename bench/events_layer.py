"""Benchmark: the events layer's own cost next to spaCy's parse of the same texts.

    python bench/events_layer.py [--dir ../shared/data/timebank] [--limit N] [--repeat N]

Parses the TimeBank texts once with the full pipeline (spaCy and Dateline's layers;
the spaCy part timed alone first), then runs ``extract_events`` again on the processed
docs (timed, best of ``--repeat``) with their entity index and time result. Prints both and
the ratio; the budget is 5% of the parse.
"""

from __future__ import annotations

import sys

from layer_cost import PIPE_BATCH, best_of, report_share, timebank_arguments, timebank_texts, timed_parse

BUDGET = 0.05


def main() -> int:
    args = timebank_arguments(__doc__).parse_args()
    if not args.dir.is_dir():
        print(f"no TimeBank at {args.dir}", file=sys.stderr)
        return 2
    import dateline
    from dateline.events import extract_events

    reader = dateline.load()
    nlp = reader.nlp
    texts = timebank_texts(args.dir, args.limit)
    spacy_only = [n for n in nlp.pipe_names if n.startswith("dateline_")]
    _, parse = timed_parse(nlp, texts, disable=spacy_only)
    docs = list(nlp.pipe(texts, batch_size=PIPE_BATCH))
    layer, n_events = best_of(args.repeat, lambda: sum(len(extract_events(d, d._.entity_index, d._.time_result))
                                                       for d in docs))
    counts = f"docs {len(docs)}  chars {sum(len(t) for t in texts)}  events {n_events}"
    return report_share(counts, "events layer", layer, parse, BUDGET)


if __name__ == "__main__":
    sys.exit(main())
