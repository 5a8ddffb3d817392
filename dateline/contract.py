"""Check a contract record (spec/contract.md, v1) against its source text.

``problems(record, text)`` lists every way a record breaks the contract: missing required
fields, values outside the allowed sets, and spans whose ``text`` is not ``text[start:end]``.
Used by the tests and by anyone debugging output; an empty list means the record holds.
"""

from __future__ import annotations

import re
from typing import Any

from dateline.types import ENTITY_TYPES, MENTION_KINDS, PUBLISHED_SOURCES, QUOTE_KINDS, TIME_TYPES

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def problems(record: dict[str, Any], text: str) -> list[str]:
    """RETURNS a list of contract violations of one article record (empty when it holds)."""
    out: list[str] = []
    if "error" in record:
        err = record["error"]
        if not isinstance(err, dict) or not {"code", "message"} <= set(err):
            out.append("error object lacks code/message")
        return out
    for key in ("id", "published", "times", "entities", "quotes", "events"):
        if key not in record:
            out.append(f"missing field {key!r}")
    if out:
        return out
    pub = record["published"]
    for key in ("value", "source", "earliest", "latest"):
        if key not in pub:
            out.append(f"published lacks {key!r}")
    if pub.get("source") not in PUBLISHED_SOURCES:
        out.append(f"published.source {pub.get('source')!r}")
    for key in ("value", "earliest", "latest"):
        v = pub.get(key)
        if v is not None and not DAY.match(str(v)[:10]):
            out.append(f"published.{key} not a date: {v!r}")
    if pub.get("earliest") and pub.get("latest") and pub["earliest"] > pub["latest"]:
        out.append("published.earliest > latest")

    def span(where: str, s: Any) -> None:
        if not isinstance(s, dict) or not all(k in s for k in ("start", "end", "text")):
            out.append(f"{where}: not a span")
            return
        st, en = s["start"], s["end"]
        if not (isinstance(st, int) and isinstance(en, int) and 0 <= st <= en <= len(text)):
            out.append(f"{where}: offsets {st}:{en} out of range")
        elif text[st:en] != s["text"]:
            out.append(f"{where}: text[{st}:{en}]={text[st:en]!r} != {s['text']!r}")

    for i, t in enumerate(record["times"]):
        span(f"times[{i}]", t)
        if t.get("type") not in TIME_TYPES:
            out.append(f"times[{i}].type {t.get('type')!r}")
        if not t.get("value"):
            out.append(f"times[{i}] has no value")
        for key in ("earliest", "latest"):
            if key not in t:
                out.append(f"times[{i}] lacks {key!r}")
        if t.get("earliest") and t.get("latest") and t["earliest"] > t["latest"]:
            out.append(f"times[{i}] earliest > latest")
    ids = set()
    for i, e in enumerate(record["entities"]):
        for key in ("id", "name", "type", "mentions", "attributes", "relations"):
            if key not in e:
                out.append(f"entities[{i}] lacks {key!r}")
        ids.add(e.get("id"))
        if e.get("type") not in ENTITY_TYPES:
            out.append(f"entities[{i}].type {e.get('type')!r}")
        for j, m in enumerate(e.get("mentions", [])):
            span(f"entities[{i}].mentions[{j}]", m)
            if m.get("kind") not in MENTION_KINDS:
                out.append(f"entities[{i}].mentions[{j}].kind {m.get('kind')!r}")
        for j, a in enumerate(e.get("attributes", [])):
            if a.get("start") is not None and a.get("end") is not None and text[a["start"]:a["end"]] != str(a.get("value")) and a.get("name") == "age":
                out.append(f"entities[{i}].attributes[{j}]: age not grounded at its offsets")
    for i, e in enumerate(record["entities"]):
        for j, r in enumerate(e.get("relations", [])):
            if r.get("target") not in ids:
                out.append(f"entities[{i}].relations[{j}] targets unknown entity {r.get('target')!r}")
    for i, q in enumerate(record["quotes"]):
        span(f"quotes[{i}]", q)
        sp = q.get("speaker")
        if not isinstance(sp, dict) or not {"entity", "name", "mention"} <= set(sp):
            out.append(f"quotes[{i}].speaker lacks entity/name/mention")
        else:
            if sp["mention"] is not None:
                span(f"quotes[{i}].speaker.mention", sp["mention"])
            if sp["entity"] is not None and sp["entity"] not in ids:
                out.append(f"quotes[{i}].speaker.entity {sp['entity']!r} unknown")
        if q.get("kind", "direct") not in QUOTE_KINDS:
            out.append(f"quotes[{i}].kind {q.get('kind')!r}")
        if "cue" not in q or "time" not in q:
            out.append(f"quotes[{i}] lacks cue/time")
        elif q["cue"] is not None:
            span(f"quotes[{i}].cue", q["cue"])
    for i, ev in enumerate(record["events"]):
        span(f"events[{i}]", ev)
        for key in ("sentence", "summary", "participants", "time"):
            if key not in ev:
                out.append(f"events[{i}] lacks {key!r}")
        s = ev.get("sentence") or {}
        if not (0 <= s.get("start", -1) <= ev.get("start", -2) and ev.get("end", 10**12) <= s.get("end", -1) <= len(text)):
            out.append(f"events[{i}].sentence does not hold the trigger")
        for p in ev.get("participants", []):
            if p.get("entity") not in ids:
                out.append(f"events[{i}] participant {p.get('entity')!r} unknown")
        t = ev.get("time")
        if t is not None and not t.get("value"):
            out.append(f"events[{i}].time has no value")
    return out
