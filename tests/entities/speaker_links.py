"""How often a quote resting on a pronoun or descriptor reaches a named person (PolNeAR dev).

Usage:
    .venv/bin/python tests/entities/speaker_links.py [--sample 100] [--write]

Runs the whole pipeline (entities + the quotes layer) on every PolNeAR dev article and
takes the quotes whose ``speaker.mention`` (found by the quotes layer) is a pronoun or a
descriptor: the kind of the entities layer's mention it overlaps most, or, where it
overlaps none, judged from its text. First/second person speaker mentions ("I" in a
transcript) are the quotes layer's own resolution and are left out (counted apart). Prints the share of them whose entity has a name (a name
mention). With --write, draws a fixed random sample of the linked ones (seed 5) into
``speaker_links_sample.tsv`` with an empty verdict column, to be checked by hand
against the texts; existing verdicts for the same rows (same quote, mention and
entity name) are kept. The script prints
each sampled quote's context to the terminal for that check; the TSV holds offsets,
the mention string and the entity name only.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent.parent / "shared"
SAMPLE_FILE = HERE / "speaker_links_sample.tsv"
FIELDS = ["stem", "quote_start", "quote_end", "mention_start", "mention_end", "mention", "kind",
          "entity_name", "verdict"]


def collect(reader, shared: Path) -> tuple[list[dict], int]:
    """RETURNS (rows for quotes resting on a pronoun/descriptor mention, count of those)."""
    from dateline.types import RawArticle

    paths = sorted((shared / "data" / "polnear" / "dev" / "text").glob("*.txt"))
    raws = [RawArticle(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    rows = []
    first_person = [0]
    for article in reader.read_many(raws):
        if not hasattr(article, "entities"):
            continue
        ents = {e.id: e for e in article.entities}
        mentions = [(m, e) for e in article.entities for m in e.mentions]
        for q in article.quotes:
            sm = q.speaker.mention
            if sm is None:
                continue
            if sm.text.lower() in FIRST_SECOND:
                first_person[0] += 1
                continue
            kind = _kind(sm, mentions)
            if kind == "name":
                continue
            ent = ents.get(q.speaker.entity or "")
            named = ent is not None and any(x.kind == "name" for x in ent.mentions)
            rows.append({"stem": article.id, "quote_start": q.start, "quote_end": q.end,
                         "mention_start": sm.start, "mention_end": sm.end, "mention": sm.text,
                         "kind": kind, "entity_name": ent.name if named else "", "verdict": ""})
    print(f"(left out: {first_person[0]} quotes whose speaker mention is a first/second person pronoun)")
    return rows, len(rows)


PRONOUNS = {"he", "she", "they", "it", "him", "her", "them"}
# "I"/"we" as a speaker mention is the quotes layer's own resolution (a transcript's
# "NAME: ... I"), not this layer's: such quotes are counted apart and left out.
FIRST_SECOND = {"i", "we", "you", "me", "us"}


def _kind(span, mentions) -> str:
    """The kind of a speaker mention: the entities layer's mention it overlaps most, else by its text."""
    best = None
    for m, _ in mentions:
        ov = min(span.end, m.end) - max(span.start, m.start)
        if ov > 0 and (best is None or ov > best[0]):
            best = (ov, m.kind)
    if best is not None:
        return best[1]
    if span.text.lower() in PRONOUNS:
        return "pronoun"
    return "name" if span.text[:1].isupper() and " " not in span.text.strip() else "descriptor"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args(argv)
    import dateline

    rows, n = collect(dateline.load(), SHARED)
    linked = [r for r in rows if r["entity_name"]]
    print(f"quotes whose speaker mention is a pronoun/descriptor: {n}; "
          f"resolved to a named entity: {len(linked)} ({len(linked) / n:.1%})" if n else "none found")
    by_kind: dict[str, list[int]] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], [0, 0])
        by_kind[r["kind"]][0] += 1
        by_kind[r["kind"]][1] += bool(r["entity_name"])
    for kind, (total, ok) in sorted(by_kind.items()):
        print(f"  {kind}: {ok}/{total}")
    if a.write and linked:
        old = {}
        if SAMPLE_FILE.exists():
            with SAMPLE_FILE.open(encoding="utf-8") as f:
                old = {(r["stem"], r["quote_start"], r["mention_start"], r["entity_name"]): r["verdict"]
                       for r in csv.DictReader(f, delimiter="\t")}
        sample = random.Random(5).sample(linked, min(a.sample, len(linked)))
        sample.sort(key=lambda r: (r["stem"], r["quote_start"]))
        for r in sample:
            # a verdict holds for the same quote, mention and named entity only
            r["verdict"] = old.get((r["stem"], str(r["quote_start"]), str(r["mention_start"]),
                                    r["entity_name"]), "")
            text = (SHARED / "data" / "polnear" / "dev" / "text" / f"{r['stem']}.txt").read_text(encoding="utf-8")
            lo = max(0, min(r["quote_start"], r["mention_start"]) - 300)
            hi = max(r["quote_end"], r["mention_end"]) + 40
            print(f"\n### {r['stem']} q@{r['quote_start']} m@{r['mention_start']} "
                  f"{r['mention']!r} -> {r['entity_name']}\n{text[lo:hi]}")
        with SAMPLE_FILE.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=FIELDS, delimiter="\t")
            w.writeheader()
            w.writerows(sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
