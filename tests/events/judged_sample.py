"""Recompute the judged-sample figures of issues 14 and 16 from Dateline's current output.

    python tests/events/judged_sample.py [--pages /work/pages] [--tsv tests/events/judged_sample.tsv]

The TSV (same folder) lists 150 timeline entries, 60 quote dates and 67 reported statements
(indirect quotes: every fourth one of each page, in the order Dateline gave them) of 20 real news pages
(its header names each page's source repository, path and commit, to re-fetch it), each with
its offsets, a few words of excerpt, what Dateline showed when it was judged (the date and a
short hash of the summary) and the verdict with a one-line reason. No page text is kept.

Dateline is run on the pages (the ``--pages`` folder, default /work/pages; outside the
repository). A judged item counts when Dateline still shows exactly what was judged; an item
whose date or summary changed, or that is gone, is listed as changed (to re-judge). Without
the pages the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # this checkout's dateline, not whichever one is installed


def shown_hash(summary: str) -> str:
    """A short stable fingerprint of a summary (the summary itself is not stored)."""
    return hashlib.sha1(summary.encode("utf-8")).hexdigest()[:10]


def current(pages: Path, names: list[str]) -> dict[tuple[str, str, int, int], str]:
    """RETURNS what Dateline shows now, by (kind, page, start, end): "E" timeline entries and
    "Q" dated quotes, as "date|earliest..latest|hash" (quotes: "time|earliest..latest"), and
    "R" reported statements as "speaker mention|entity name|cue" (the content is the span)."""
    import dateline
    from dateline.ingest.html import read_html_file

    reader = dateline.load()
    out: dict[tuple[str, str, int, int], str] = {}
    for name in names:
        raw = read_html_file(pages / name)
        art = reader.read(raw.text, published=raw.published)
        for e in art.timeline():
            t = e.time
            out[("E", name, e.start, e.end)] = f"{t.value}|{t.earliest}..{t.latest}|{shown_hash(e.summary)}"
        by_cue = {e.start: e for e in art.events if e.kind == "quote"}
        names_of = {e.id: e.name for e in art.entities}
        for q in art.quotes:
            if q.kind == "indirect":
                m = q.speaker.mention
                out[("R", name, q.start, q.end)] = "|".join((
                    "None" if m is None else raw.text[m.start:m.end], names_of.get(q.speaker.entity or "", ""),
                    "None" if q.cue is None else q.cue.text))
            if q.time:
                ev = by_cue.get(q.cue.start) if q.cue else None
                rng = f"{ev.time.earliest}..{ev.time.latest}" if ev is not None and ev.time else ""
                out[("Q", name, q.start, q.end)] = f"{q.time}|{rng}"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=Path("/work/pages"))
    ap.add_argument("--tsv", type=Path, default=HERE / "judged_sample.tsv")
    args = ap.parse_args()
    rows, names = [], []
    for line in args.tsv.read_text(encoding="utf-8").splitlines():
        if line.startswith("# page\t"):
            names.append(line.split("\t")[1])
        elif line and not line.startswith("#") and not line.startswith("kind\t"):
            rows.append(line.split("\t"))
    missing = [n for n in names if not (args.pages / n).is_file()]
    if missing:
        print(f"judged_sample: skipped: {len(missing)} of {len(names)} pages not found in {args.pages} "
              f"(re-fetch them from the repositories and commits in {args.tsv.name})")
        return 0
    now = current(args.pages, names)
    tally: dict[str, list[int]] = {"E": [0, 0], "Q": [0, 0], "R": [0, 0]}
    changed: list[str] = []
    for kind, page, start, end, _excerpt, shown, verdict, _reason in rows:
        if now.get((kind, page, int(start), int(end))) != shown:
            changed.append(f"{kind} {page} {start}-{end}")
            continue
        tally[kind][1] += 1
        tally[kind][0] += verdict == "right"
    for kind, label in (("E", "timeline entries"), ("Q", "quote dates"), ("R", "reported statements")):
        right, judged = tally[kind]
        share = f"{right / judged:.1%}" if judged else "n/a"
        print(f"{label}: {right}/{judged} right ({share}) of the judged items Dateline still shows")
    print(f"changed since judged (to re-judge): {len(changed)}")
    for c in changed[:20]:
        print("  " + c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
