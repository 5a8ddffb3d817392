"""Throughput of Dateline against its floor, spaCy's own pipeline, on the same texts in one run.

    python bench/throughput.py                          # PolNeAR train+dev, 1 and 2 workers
    python bench/throughput.py --workers 1 --limit 200  # a quicker look
    python bench/throughput.py --jsonl in.jsonl --workers 1 2 4

For each worker count N it runs, each in a fresh process so memory is measured cleanly:
  - spaCy alone: the same model, ``nlp.pipe`` (``n_process=N`` when N > 1): the floor, since
    Dateline cannot beat the parser it runs on;
  - Dateline: the whole pipeline (parse, every layer, contract records serialised to JSON),
    ``Reader.read_many`` (N = 1) or ``read_parallel`` (N > 1), as `dateline read --jsonl` does.
It prints articles/s and words/s (whitespace words), Dateline's share of spaCy's throughput,
the scaling from 1 to N workers, and the peak resident memory of the largest process that
held a model (the parent with one worker; the largest worker otherwise). Each layer's own
time is reported as a share of the parse by the per-layer benchmarks in this folder.
Run it on a quiet machine: other load skews every figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_texts(jsonl: str | None, limit: int | None) -> list[tuple[str, str]]:
    if jsonl:
        rows = [json.loads(x) for x in Path(jsonl).read_text(encoding="utf-8").splitlines() if x.strip()]
        pairs = [(str(r["id"]), r["text"]) for r in rows]
    else:
        paths = sorted((SHARED / "data" / "polnear").glob("*/text/*.txt"))
        if not paths:
            sys.exit(f"bench: no texts: give --jsonl or put ../shared at {SHARED}")
        pairs = [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    return pairs[:limit] if limit else pairs


def measure(mode: str, workers: int, jsonl: str | None, limit: int | None, batch_size: int) -> dict:
    """Run one configuration in this process; RETURNS seconds, counts and peak memory."""
    pairs = load_texts(jsonl, limit)
    texts = [t for _, t in pairs]
    if mode == "spacy":
        import spacy

        from dateline.nlp.loading import find_model

        nlp = spacy.load(find_model())
        list(nlp.pipe(texts[:3]))  # warm up
        t0 = time.perf_counter()
        n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers))
        secs = time.perf_counter() - t0
        errors = 0
    else:
        import dateline
        from dateline.pipeline.parallel import read_parallel
        from dateline.types import RawArticle

        raws = [RawArticle(i, t) for i, t in pairs]
        if workers == 1:
            reader = dateline.load()
            list(reader.read_many(raws[:3]))  # warm up
            results = reader.read_many(raws, batch_size=batch_size)
        else:
            results = read_parallel(raws, workers, batch_size=batch_size)
        t0 = time.perf_counter()
        n = errors = 0
        for res in results:
            n += 1
            if isinstance(res, dateline.ArticleError):
                errors += 1
            else:
                json.dumps(res.to_dict(), ensure_ascii=False)
        secs = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"mode": mode, "workers": workers, "articles": n, "errors": errors, "seconds": secs,
            "words": sum(len(t.split()) for t in texts), "peak_mb": kids if workers > 1 else own}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jsonl")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--one", nargs=2, metavar=("MODE", "N"), help=argparse.SUPPRESS)  # child mode
    a = ap.parse_args(argv)
    if a.one:
        print(json.dumps(measure(a.one[0], int(a.one[1]), a.jsonl, a.limit, a.batch_size)))
        return 0
    base = [sys.executable, __file__, "--batch-size", str(a.batch_size)]
    base += ["--jsonl", a.jsonl] if a.jsonl else []
    base += ["--limit", str(a.limit)] if a.limit else []
    rows = {}
    for n in a.workers:
        for mode in ("spacy", "dateline"):
            out = subprocess.run(base + ["--one", mode, str(n)], capture_output=True, text=True, cwd=ROOT)
            if out.returncode != 0:
                sys.exit(f"bench: {mode} with {n} workers failed:\n{out.stderr[-2000:]}")
            rows[mode, n] = r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{mode:8s} workers {n}: {r['articles']} articles in {r['seconds']:6.1f} s = "
                  f"{r['articles'] / r['seconds']:6.2f} art/s, {r['words'] / r['seconds']:7.0f} words/s, "
                  f"peak {r['peak_mb']:5.0f} MB per model process, {r['errors']} errors", flush=True)
    print()
    for n in a.workers:
        s, d = rows["spacy", n], rows["dateline", n]
        print(f"workers {n}: Dateline at {s['seconds'] / d['seconds']:.3f} of spaCy-alone throughput")
    if 1 in a.workers:
        for n in a.workers:
            if n > 1:
                print(f"Dateline scaling 1 -> {n} workers: "
                      f"{rows['dateline', 1]['seconds'] / rows['dateline', n]['seconds']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
