"""Score the entities layer's clustering on the hand-made PolNeAR dev gold (B-cubed).

Usage:
    .venv/bin/python tests/entities/eval_mentions.py [--verbose]

Reads each gold article from ../shared, runs the whole Dateline pipeline, and
prints B-cubed precision, recall and F1 (micro-averaged over mentions). With
--verbose, lists gold mentions that end up outside their person's main cluster
and predicted mentions wrongly merged into it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent.parent / "shared"


def load_gold(name: str = "polnear_dev_gold.json") -> list[dict]:
    """RETURNS the records of a gold file next to this script."""
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def score(reader, shared: Path, verbose: bool = False, gold: str = "polnear_dev_gold.json"
          ) -> tuple[float, float, float]:
    """RETURNS (precision, recall, F1) of the layer on the gold articles."""
    from dateline.entities.bcubed import bcubed, match
    from dateline.entities.lexicon import FIRST_PERSON

    r_sum = p_sum = 0.0
    n_gold = n_pred = 0
    for rec in load_gold(gold):
        text = (shared / "data" / "polnear" / "dev" / "text" / f"{rec['stem']}.txt").read_text(encoding="utf-8")
        article = reader.read(text, id=rec["stem"])
        gold = [[(m["start"], m["end"]) for m in e["mentions"]] for e in rec["entities"]]
        # The gold leaves out first-person pronouns by design (they are the speaker of the
        # quotation they stand in): scored predictions leave them out too.
        pred = [[(m.start, m.end) for m in e.mentions if m.text.lower() not in FIRST_PERSON]
                for e in article.entities]
        r, p, ng, npred = bcubed(gold, pred)
        r_sum, p_sum, n_gold, n_pred = r_sum + r, p_sum + p, n_gold + ng, n_pred + npred
        if verbose:
            _explain(rec, article, text, match)
    prec = p_sum / n_pred if n_pred else 0.0
    rec_ = r_sum / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
    return prec, rec_, f1


def _explain(rec: dict, article, text: str, match) -> None:
    from dateline.entities.lexicon import FIRST_PERSON

    flat = [(m.start, m.end, e.id, e.name) for e in article.entities for m in e.mentions
            if m.text.lower() not in FIRST_PERSON]
    print(f"== {rec['stem']}")
    for ent in rec["entities"]:
        spans = [(m["start"], m["end"]) for m in ent["mentions"]]
        m = match(spans, [(s, e) for s, e, _, _ in flat])
        owners = [flat[m[i]][2] if i in m else None for i in range(len(spans))]
        main = max(set(o for o in owners if o), key=owners.count, default=None)
        for i, o in enumerate(owners):
            if o != main:
                got = next((f"{x[2]} {x[3]}" for x in flat if o and x[2] == o), "missed")
                s, e = spans[i]
                print(f"  {ent['name']}: {text[s:e]!r}@{s} -> {got}")
        gold_idx = set(m.values())
        for j, (s, e, eid, _name) in enumerate(flat):
            if eid == main and j not in gold_idx:
                print(f"  {ent['name']}: extra {text[s:e]!r}@{s}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--gold", default="polnear_dev_gold.json",
                    help="gold file next to this script (polnear_dev_gold_heldout.json: the held-out set)")
    a = ap.parse_args(argv)
    import dateline

    p, r, f = score(dateline.load(), SHARED, a.verbose, a.gold)
    print(f"B-cubed on {len(load_gold(a.gold))} PolNeAR dev articles ({a.gold}): P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
