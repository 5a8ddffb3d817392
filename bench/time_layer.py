"""Benchmark: the time layer's own cost next to spaCy's parse of the same texts.

    python bench/time_layer.py [--dir ../shared/data/timebank] [--limit N]

Parses the TimeBank texts once with the spaCy pipeline alone (timed), then runs
``resolve_times`` on the parsed docs (timed, article dates hidden so the date
inference runs too). Prints both and the ratio; the budget is 10% of the parse (issue 17).
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 0.10


def timebank_texts(folder: Path, limit: int | None) -> list[str]:
    """RETURNS the <TEXT> content of each .tml file, tags removed."""
    texts = []
    for path in sorted(folder.glob("*.tml"))[:limit]:
        el = ET.parse(path).getroot().find("TEXT")
        if el is not None:
            texts.append("".join(el.itertext()))
    return texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=ROOT.parent / "shared" / "data" / "timebank")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs of the layer")
    args = ap.parse_args()
    if not args.dir.is_dir():
        print(f"no TimeBank at {args.dir}", file=sys.stderr)
        return 2
    from dateline.nlp.extensions import register_extensions
    from dateline.nlp.loading import load_spacy
    from dateline.time import resolve_times

    register_extensions()
    texts = timebank_texts(args.dir, args.limit)
    nlp = load_spacy(None)
    list(nlp.pipe(texts[:2]))  # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - t0
    resolve_times(docs[0], None, [])  # warm up (imports, compiled patterns)
    layer = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_times = sum(len(resolve_times(doc, None, []).times) for doc in docs)
        layer = min(layer, time.perf_counter() - t0)
    chars = sum(len(t) for t in texts)
    ratio = layer / parse
    print(f"docs {len(docs)}  chars {chars}  times {n_times}")
    print(f"spaCy parse   {parse:7.3f} s")
    print(f"time layer    {layer:7.3f} s  ({ratio:.1%} of the parse; budget {BUDGET:.0%})")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
