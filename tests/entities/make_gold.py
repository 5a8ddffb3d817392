"""Turn the hand annotations (polnear_dev_mentions*.txt) into offsets (polnear_dev_gold*.json).

Usage:
    .venv/bin/python tests/entities/make_gold.py [--shared ../shared]

Reads each article from ``../shared/data/polnear/dev/text``, finds every annotated
mention string (word-bounded; pronouns case-insensitively), keeps the occurrences the
annotation names, and checks that ``text[start:end] == mention`` for each. Longer
strings are placed first, so "Lopez | *" never takes the "Lopez" of an annotated
"Maria Lopez". Entities written "= ~Name" only reserve their spans (a person not
quoted, whose name contains a quoted person's). Fails loudly on any string or
occurrence that is not found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRONOUNS = {"he", "she", "his", "her", "him", "himself", "herself", "hers"}


def parse(path: Path) -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
    """RETURNS {stem: [(entity name, [(mention string, occurrence spec)])]}."""
    out: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}
    stem = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if not line or (line.startswith("# ") and " " in line[2:]):
            continue
        if line.startswith("# "):
            stem = line[2:].strip()
            out[stem] = []
        elif line.startswith("= "):
            out[stem].append((line[2:].strip(), []))  # type: ignore[index]
        else:
            mention, spec = line.rsplit(" | ", 1)
            out[stem][-1][1].append((mention, spec.strip()))  # type: ignore[index]
    return out


def occurrences(text: str, mention: str) -> list[tuple[int, int]]:
    flags = re.IGNORECASE if mention.lower() in PRONOUNS else 0
    pattern = re.compile(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", flags)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


# annotation source -> gold file
SETS = {"polnear_dev_mentions.txt": "polnear_dev_gold.json",
        "polnear_dev_mentions_heldout.txt": "polnear_dev_gold_heldout.json"}


def build(shared: Path, source: str = "polnear_dev_mentions.txt") -> list[dict]:
    """RETURNS the gold records: one per article, entities with mention offsets."""
    records = []
    for stem, entities in parse(HERE / source).items():
        text = (shared / "data" / "polnear" / "dev" / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        taken: list[tuple[int, int]] = []
        found: dict[str, list[dict]] = {name: [] for name, _ in entities}
        items = [(name, m, spec) for name, ms in entities for m, spec in ms]
        for name, mention, spec in sorted(items, key=lambda x: -len(x[1])):
            occ = occurrences(text, mention)
            if spec == "*":
                picked = [o for o in occ if not any(o[0] < e and s < o[1] for s, e in taken)]
            else:
                picked = [occ[int(k) - 1] for k in spec.split(",")]
            if not picked:
                raise SystemExit(f"{stem}: {mention!r} not found")
            for s, e in picked:
                assert text[s:e].lower() == mention.lower(), (stem, mention, s)
                taken.append((s, e))
                found[name].append({"start": s, "end": e, "text": text[s:e]})
        records.append({
            "stem": stem,
            "entities": [{"name": n, "mentions": sorted(found[n], key=lambda m: m["start"])}
                         for n, _ in entities if not n.startswith("~")],
        })
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    a = ap.parse_args(argv)
    for source, target in SETS.items():
        records = build(a.shared, source)
        out = HERE / target
        out.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n = sum(len(m["mentions"]) for r in records for m in r["entities"])
        print(f"{len(records)} articles, {sum(len(r['entities']) for r in records)} entities, "
              f"{n} mentions -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
