"""Benchmark: the events layer's own cost next to spaCy's parse of the same texts.

    python bench/events_layer.py [--dir ../shared/data/timebank] [--limit N] [--repeat N]

Parses the TimeBank texts once with the full pipeline (spaCy and Dateline's layers;
the spaCy part timed alone first), then runs ``extract_events`` again on the processed
docs (timed, best of ``--repeat``) with their entity index and time result. Prints both and
the ratio; the budget is 5% of the parse.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from time_layer import timebank_texts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 0.05


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=ROOT.parent / "shared" / "data" / "timebank")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs of the layer")
    args = ap.parse_args()
    if not args.dir.is_dir():
        print(f"no TimeBank at {args.dir}", file=sys.stderr)
        return 2
    import dateline
    from dateline.events import extract_events

    reader = dateline.load()
    nlp = reader.nlp
    texts = timebank_texts(args.dir, args.limit)
    spacy_only = [n for n in nlp.pipe_names if n.startswith("dateline_")]
    list(nlp.pipe(texts[:2]))  # warm up
    t0 = time.perf_counter()
    list(nlp.pipe(texts, batch_size=32, disable=spacy_only))
    parse = time.perf_counter() - t0
    docs = list(nlp.pipe(texts, batch_size=32))
    layer = float("inf")
    n_events = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_events = sum(len(extract_events(d, d._.entity_index, d._.time_result)) for d in docs)
        layer = min(layer, time.perf_counter() - t0)
    ratio = layer / parse
    print(f"docs {len(docs)}  chars {sum(len(t) for t in texts)}  events {n_events}")
    print(f"spaCy parse   {parse:7.3f} s")
    print(f"events layer  {layer:7.3f} s  ({ratio:.1%} of the parse; budget {BUDGET:.0%})")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
