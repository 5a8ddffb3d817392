"""How Dateline dates events, checked on MEANTIME's own event-time links (a second corpus).

    python eval/meantime_events.py input > mt-events.in.jsonl
    .venv/bin/dateline read --jsonl mt-events.in.jsonl --out mt-events.out.jsonl --workers 1
    python eval/meantime_events.py score --pred mt-events.out.jsonl [--show N]

MEANTIME (``../shared/data/meantime/apple``, CAT XML) marks the event mentions of each article's
sentences 0-5 and links events to times (TLINK). A gold event has a *date* when a link puts it
inside a calendar time (event IS_INCLUDED / SIMULTANEOUS time, or time INCLUDES event), and
*bounds* from BEFORE / AFTER links to calendar times. Each Dateline event whose trigger is a
token of a gold event mention in sentences 0-5 is judged:

* ``right``: its interval lies within the gold date's interval (or within a gold date of
  coarser grain: "2008" for an event of 2008-03-XX), and breaks no bound;
* ``wrong``: its interval does not overlap the gold date, or it lies wholly on the wrong side
  of a bound (dated after a time the gold says it is before);
* ``unjudged``: dated, but the gold gives neither date nor bound for that event.

Printed: precision of dates = right / (right + wrong); coverage = gold dated events that
Dateline dates right / gold dated events (over every gold event with a date in sentences 0-5);
and how many of Dateline's dates are undated-in-gold. The text is rebuilt from the tokens with
``shared/eval/timeline.py``'s ``render`` (the same text the TimeLine suite reads). Standard
library only; exits 2 on unreadable input.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
MEANTIME = SHARED / "data" / "meantime" / "apple"
sys.path.insert(0, str(SHARED / "eval"))
import timeline as tl  # noqa: E402  (the shared scorer's CAT reader and text rebuilder)

ANNOTATED_SENTENCES = 6  # MEANTIME annotates sentences 0-5 of each article
DATE_RE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")
INSIDE = {("e", "IS_INCLUDED"), ("e", "SIMULTANEOUS"), ("t", "INCLUDES")}


@dataclass
class GoldEvent:
    """One gold event mention: its token indices, date interval and bounds."""

    tokens: set[int]
    sentence: int
    date: tuple[str, str] | None = None
    before: list[tuple[str, str]] = field(default_factory=list)  # the event ends before these
    after: list[tuple[str, str]] = field(default_factory=list)   # the event starts after these


def interval(value: str) -> tuple[str, str] | None:
    """The calendar interval of a TIMEX3 date value ("2008-03" -> March 2008), or None."""
    m = DATE_RE.match(value[:10] if len(value) >= 10 and value[4] == "-" else value)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        day = f"{y:04d}-{m.group(2)}-{m.group(3)}"
        return day, day
    if m.group(2):
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    return f"{y:04d}-01-01", f"{y:04d}-12-31"


def gold_events(path: Path, doc: tl.CatDoc) -> list[GoldEvent]:
    """The event mentions of a MEANTIME CAT file with their dates and bounds."""
    root = ET.parse(path).getroot()
    index = {t.t_id: i for i, t in enumerate(doc.tokens)}
    events: dict[str, GoldEvent] = {}
    times: dict[str, tuple[str, str]] = {}
    dct = interval(doc.dct) if doc.dct else None
    for m in root.find("Markables") or []:
        ids = [index[a.get("t_id")] for a in m.findall("token_anchor") if a.get("t_id") in index]
        if m.tag == "EVENT_MENTION" and ids:
            events[m.get("m_id", "")] = GoldEvent(set(ids), doc.tokens[min(ids)].sentence)
        elif m.tag == "TIMEX3" and m.get("type") in ("DATE", "TIME"):
            span = interval(tl.fix_value(m.get("value", "") or ""))
            if m.get("functionInDocument") == "CREATION_TIME" and dct:
                span = dct
            if span:
                times[m.get("m_id", "")] = span
    for link in root.iter("TLINK"):
        src, tgt = link.find("source"), link.find("target")
        if src is None or tgt is None:
            continue
        s, t, rel = src.get("m_id", ""), tgt.get("m_id", ""), link.get("reltype", "")
        if s in events and t in times:
            ev, span, side = events[s], times[t], "e"
        elif t in events and s in times:
            ev, span, side = events[t], times[s], "t"
            rel = {"BEFORE": "AFTER", "AFTER": "BEFORE"}.get(rel, rel)
        else:
            continue
        if (side, rel) in INSIDE:
            ev.date = span if ev.date is None or span[1] < ev.date[1] else ev.date  # the finer one
        elif rel == "BEFORE":
            ev.before.append(span)
        elif rel == "AFTER":
            ev.after.append(span)
    return [e for e in events.values() if e.sentence < ANNOTATED_SENTENCES]


def judge(ev: GoldEvent, lo: str, hi: str) -> str:
    """``right``, ``wrong`` or ``unjudged`` for a Dateline interval [lo, hi] on a gold event."""
    if any(lo > b[1] for b in ev.before) or any(hi < a[0] for a in ev.after):
        return "wrong"
    if ev.date is None:
        return "unjudged"
    g_lo, g_hi = ev.date
    if hi < g_lo or lo > g_hi:
        return "wrong"
    # within the gold date, or the gold date is within ours but ours is no coarser than a
    # month around it ("2008-03-XX" for a gold "2008-03-05"): right; wider: coarse
    return "right" if g_lo <= lo and hi <= g_hi or (lo[:7] == hi[:7] and g_lo[:7] == lo[:7]) else "coarse"


def cmd_input(out) -> int:
    for p in sorted(MEANTIME.glob("*.xml")):
        doc = tl.read_cat(p)
        text, _ = tl.render(doc)
        rec = {"id": doc.doc_id or p.stem, "text": text}
        if doc.dct:
            rec["published"] = doc.dct[:10]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


def cmd_score(pred_path: str, show: int, out) -> int:
    docs = {}
    for p in sorted(MEANTIME.glob("*.xml")):
        doc = tl.read_cat(p)
        docs[doc.doc_id or p.stem] = (doc, tl.render(doc)[1], gold_events(p, doc), tl.render(doc)[0])
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {"wrong": [], "coarse": []}
    dated_gold = sum(1 for d in docs.values() for e in d[2] if e.date is not None)
    covered: set[tuple[str, int]] = set()
    try:
        lines = Path(pred_path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        print(f"meantime_events: cannot read {pred_path}: {e}", file=sys.stderr)
        return 2
    for line in lines:
        rec = json.loads(line)
        if rec.get("id") not in docs or "events" not in rec:
            continue
        doc, spans, golds, text = docs[rec["id"]]
        for ev in rec["events"]:
            tm = ev.get("time") or {}
            i = tl.token_at(spans, ev["start"])
            gold = next((g for g in golds if i in g.tokens), None)
            if gold is None:
                continue
            counts["on_gold"] += 1
            if not tm.get("earliest") or not tm.get("latest"):
                counts["undated"] += 1
                continue
            verdict = judge(gold, tm["earliest"][:10], tm["latest"][:10])
            counts[verdict] += 1
            counts[f"{verdict}:{tm.get('basis')}"] += 1
            if verdict == "right" and gold.date is not None:
                covered.add((rec["id"], min(gold.tokens)))
            if verdict in examples:
                examples[verdict].append(f"{rec['id']} {ev['text']!r} {tm['earliest']}..{tm['latest']} "
                                         f"({tm.get('basis')}) gold {gold.date} | {ev['summary'][:70]}")
    judged = counts["right"] + counts["wrong"] + counts["coarse"]
    for kind, rows in examples.items():
        for row in rows[:show]:
            print(f"  {kind}: {row}", file=out)
    bases = " ".join(f"{k}={v}" for k, v in sorted(counts.items()) if ":" in k)
    print(f"by basis: {bases}", file=out)
    prec = counts["right"] / judged if judged else 0.0
    print(f"meantime events: date precision {prec:.4f} (right {counts['right']}, coarse {counts['coarse']}, "
          f"wrong {counts['wrong']}, unjudged {counts['unjudged']}, undated {counts['undated']} "
          f"of {counts['on_gold']} on gold events); coverage {len(covered)}/{dated_gold} "
          f"= {len(covered) / dated_gold if dated_gold else 0:.4f}", file=out)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("input")
    sc = sub.add_parser("score")
    sc.add_argument("--pred", required=True)
    sc.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    if args.cmd == "input":
        return cmd_input(sys.stdout)
    return cmd_score(args.pred, args.show, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
