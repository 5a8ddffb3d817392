"""B-cubed scores of mention clustering against a gold clustering (Bagga & Baldwin 1998).

Gold lists some entities (here: every person quoted) with all their mentions;
predicted mentions are matched one-to-one to gold ones when they overlap by at
least half of the shorter span (greedy, largest overlap first). Then:

- recall: mean over gold mentions of |gold cluster ∩ predicted cluster| / |gold cluster|
  (a gold mention the system missed is a predicted singleton);
- precision: mean over predicted mentions of the predicted clusters that hold at
  least one gold mention, of |predicted cluster ∩ gold cluster| / |predicted cluster|
  (a predicted mention no gold mention matches is a gold singleton: merging it into a
  gold person's cluster costs precision). Predicted clusters of people gold does not
  list are left out, since gold says nothing about them.
"""

from __future__ import annotations

Span = tuple[int, int]


def match(gold: list[Span], pred: list[Span]) -> dict[int, int]:
    """One-to-one matching by overlap; RETURNS {gold index: pred index}."""
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0 and ov >= 0.5 * min(ge - gs, pe - ps):
                # exact spans first, then overlap, then the closer length ("his" is
                # "his", not "his wife")
                pairs.append(((gs, ge) == (ps, pe), ov, -abs((ge - gs) - (pe - ps)), gi, pi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = {}
    for *_, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[gi] = pi
    return out


def bcubed(gold_clusters: list[list[Span]], pred_clusters: list[list[Span]]) -> tuple[float, float, int, int]:
    """Score one document.

    gold_clusters (list[list[Span]]): gold entities' mention spans.
    pred_clusters (list[list[Span]]): predicted entities' mention spans.
    RETURNS (tuple): (summed recall, summed precision, n gold mentions, n predicted
        mentions scored), to be micro-averaged over documents.
    """
    gold = [(s, gi) for gi, c in enumerate(gold_clusters) for s in c]
    pred = [(s, pi) for pi, c in enumerate(pred_clusters) for s in c]
    m = match([s for s, _ in gold], [s for s, _ in pred])
    g_of_pred = {pi: gold[gi][1] for gi, pi in m.items()}
    recall = 0.0
    for gi, (_, gc) in enumerate(gold):
        size = len(gold_clusters[gc])
        if gi not in m:
            recall += 1 / size
            continue
        pc = pred[m[gi]][1]
        same = sum(1 for pi, (_, c) in enumerate(pred) if c == pc and g_of_pred.get(pi) == gc)
        recall += same / size
    relevant = {pred[pi][1] for pi in m.values()}
    precision = 0.0
    n_pred = 0
    for pi, (_, pc) in enumerate(pred):
        if pc not in relevant:
            continue
        n_pred += 1
        size = len(pred_clusters[pc])
        g = g_of_pred.get(pi)
        if g is None:
            precision += 1 / size
            continue
        same = sum(1 for pj, (_, c) in enumerate(pred) if c == pc and g_of_pred.get(pj) == g)
        precision += same / size
    return recall, precision, len(gold), n_pred
