"""What the layer benchmarks share: their texts, the timed parse and the best-of-N timing of a layer.

    texts = timebank_texts(folder, limit)
    docs, parse = timed_parse(nlp, texts)                  # a warm-up, then one timed pass
    layer, n = best_of(repeat, lambda: sum(len(run(doc)) for doc in docs))

``bench/time_layer.py``, ``events_layer.py``, ``entities_layer.py`` and ``quotes_layer.py`` each
time one layer of Dateline next to spaCy's parse of the same texts with these, and print the two
times and their ratio against the layer's budget (``report_share``: the form of the time and
events benchmarks; the other two print their own). Not part of the package (run from bench/: a
script's own folder is on ``sys.path``).
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TIMEBANK = SHARED / "data" / "timebank"
PIPE_BATCH = 32  # texts per nlp.pipe batch, as the Reader reads them
WARM_UP_TEXTS = 2  # parsed before the clock starts: lazy loading is no cost of the parse

T = TypeVar("T")


def timebank_texts(folder: Path, limit: int | None) -> list[str]:
    """RETURNS the <TEXT> content of each .tml file, tags removed (the first ``limit`` files)."""
    texts = []
    for path in sorted(folder.glob("*.tml"))[:limit]:
        el = ET.parse(path).getroot().find("TEXT")
        if el is not None:
            texts.append("".join(el.itertext()))
    return texts


def timebank_arguments(description: str | None) -> argparse.ArgumentParser:
    """RETURNS the parser of a benchmark over TimeBank: ``--dir``, ``--limit``, ``--repeat``."""
    ap = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=TIMEBANK)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs of the layer")
    return ap


def timed_parse(nlp: Any, texts: list[str], **pipe: Any) -> tuple[list[Any], float]:
    """Parse ``texts`` with ``nlp`` (``pipe``: more arguments of ``nlp.pipe``, such as
    ``disable``) after a warm-up; RETURNS (the docs, the seconds of the timed pass)."""
    list(nlp.pipe(texts[:WARM_UP_TEXTS], **pipe))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=PIPE_BATCH, **pipe))
    return docs, time.perf_counter() - t0


def best_of(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    """Call ``run`` ``repeat`` times (at least once); RETURNS (the fastest pass's seconds, what
    the last pass returned)."""
    best, result = float("inf"), None
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - t0)
    return best, result  # type: ignore[return-value]  # run() ran at least once


def report_share(counts: str, layer_name: str, layer: float, parse: float, budget: float) -> int:
    """Print ``counts``, the parse's and the layer's seconds and the layer's share of the parse;
    RETURNS the exit status: 0 within ``budget``, 1 over it."""
    share = layer / parse
    print(counts)
    print(f"spaCy parse   {parse:7.3f} s")
    print(f"{layer_name:<13} {layer:7.3f} s  ({share:.1%} of the parse; budget {budget:.0%})")
    return 0 if share <= budget else 1
