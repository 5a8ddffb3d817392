"""Throughput of Dateline against its floor, spaCy's own pipeline, on the same texts in one run.

    python bench/throughput.py                       # PolNeAR train+dev from ../shared
    python bench/throughput.py --jsonl in.jsonl --limit 200

Reports, in one run and on the same texts and model:
  1. spaCy alone: ``nlp.pipe`` over the texts (the floor: Dateline cannot beat the parser it runs on);
  2. Dateline end to end: ``Reader.read_many`` (parse + every layer + contract records + JSON);
  3. each Dateline layer's own time, run over the parsed docs, as a share of the parse time.
Figures are articles/s and words/s (whitespace-separated words). Run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def load_texts(jsonl: Path | None, limit: int | None) -> list[tuple[str, str]]:
    if jsonl is not None:
        rows = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines() if x.strip()]
        pairs = [(str(r["id"]), r["text"]) for r in rows]
    else:
        paths = sorted((SHARED / "data" / "polnear").glob("*/text/*.txt"))
        if not paths:
            sys.exit(f"bench: no texts: give --jsonl or put ../shared at {SHARED}")
        pairs = [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    return pairs[:limit] if limit else pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jsonl", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--batch-size", type=int, default=32)
    a = ap.parse_args(argv)

    import spacy

    import dateline
    from dateline.nlp.loading import find_model
    from dateline.pipeline.factories import COMPONENTS
    from dateline.types import RawArticle

    pairs = load_texts(a.jsonl, a.limit)
    texts = [t for _, t in pairs]
    n_words = sum(len(t.split()) for t in texts)
    model = find_model()
    nlp = spacy.load(model)
    reader = dateline.load(model)
    list(nlp.pipe(texts[:5]))  # warm both up
    list(reader.read_many([RawArticle(i, t) for i, t in pairs[:5]]))

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=a.batch_size))
    t_spacy = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_err = 0
    for res in reader.read_many((RawArticle(i, t) for i, t in pairs), batch_size=a.batch_size):
        if isinstance(res, dateline.ArticleError):
            n_err += 1
        else:
            json.dumps(res.to_dict(), ensure_ascii=False)
    t_dateline = time.perf_counter() - t0

    # Each layer on the already-parsed docs, in pipeline order.
    from dateline.nlp.extensions import register_extensions

    register_extensions()
    layer_times = {}
    for name in COMPONENTS:
        comp = reader.nlp.get_pipe(name)
        t0 = time.perf_counter()
        for doc in docs:
            comp(doc)
        layer_times[name] = time.perf_counter() - t0

    n = len(texts)
    print(f"texts: {n} articles, {n_words} words, model {model} ({spacy.__version__}), batch {a.batch_size}")
    print(f"spaCy alone : {t_spacy:7.1f} s  {n / t_spacy:6.2f} art/s  {n_words / t_spacy:8.0f} words/s")
    print(f"Dateline    : {t_dateline:7.1f} s  {n / t_dateline:6.2f} art/s  {n_words / t_dateline:8.0f} words/s"
          f"  ({n_err} errors)")
    print(f"ratio Dateline/spaCy throughput: {t_spacy / t_dateline:.3f}")
    for name, secs in layer_times.items():
        print(f"  layer {name:18s} {secs:6.2f} s  = {100 * secs / t_spacy:5.1f}% of the parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
