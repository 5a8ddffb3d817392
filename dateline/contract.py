"""Check a contract record (spec/contract.md, v1) against its source text.

``problems(record, text)`` lists every way a record breaks the contract: missing required
fields, values outside the allowed sets, and spans whose ``text`` is not ``text[start:end]``.
Used by the tests and by anyone debugging output; an empty list means the record holds.
Each section of the record has its own checker below, in the order of the record; every
span is checked by ``span_fault``.
"""

from __future__ import annotations

import re
from typing import Any

from dateline.types import ENTITY_TYPES, MENTION_KINDS, PUBLISHED_SOURCES, QUOTE_KINDS, TIME_TYPES

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REQUIRED = ("id", "published", "times", "entities", "quotes", "events")


def problems(record: dict[str, Any], text: str) -> list[str]:
    """RETURNS a list of contract violations of one article record (empty when it holds)."""
    if "error" in record:
        return _error(record["error"])
    missing = [f"missing field {key!r}" for key in REQUIRED if key not in record]
    if missing:
        return missing
    ids = {e.get("id") for e in record["entities"]}
    return [*_published(record["published"]), *_times(record["times"], text),
            *_entities(record["entities"], ids, text), *_quotes(record["quotes"], ids, text),
            *_events(record["events"], ids, text)]


def _error(err: Any) -> list[str]:
    if not isinstance(err, dict) or not {"code", "message"} <= set(err):
        return ["error object lacks code/message"]
    return []


def span_fault(start: Any, end: Any, span: Any, text: str) -> str | None:
    """The span rule, for every span of a record (here, and the store's ``codec.check_offsets``):
    integer offsets inside the text, and the span's text equal to what they cut.
    RETURNS None when the span holds, else what is wrong with it."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
        return f"offsets {start}:{end} out of range"
    if text[start:end] != span:
        return f"text[{start}:{end}]={text[start:end]!r} != {span!r}"
    return None


def _span(where: str, s: Any, text: str) -> list[str]:
    if not isinstance(s, dict) or not all(k in s for k in ("start", "end", "text")):
        return [f"{where}: not a span"]
    fault = span_fault(s["start"], s["end"], s["text"], text)
    return [f"{where}: {fault}"] if fault else []


def _lacks(where: str, obj: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    return [f"{where} lacks {key!r}" for key in keys if key not in obj]


def _published(pub: dict[str, Any]) -> list[str]:
    out = _lacks("published", pub, ("value", "source", "earliest", "latest"))
    if pub.get("source") not in PUBLISHED_SOURCES:
        out.append(f"published.source {pub.get('source')!r}")
    for key in ("value", "earliest", "latest"):
        v = pub.get(key)
        if v is not None and not DAY.match(str(v)[:10]):
            out.append(f"published.{key} not a date: {v!r}")
    if pub.get("earliest") and pub.get("latest") and pub["earliest"] > pub["latest"]:
        out.append("published.earliest > latest")
    return out


def _times(times: list[dict[str, Any]], text: str) -> list[str]:
    out: list[str] = []
    for i, t in enumerate(times):
        out += _span(f"times[{i}]", t, text)
        if t.get("type") not in TIME_TYPES:
            out.append(f"times[{i}].type {t.get('type')!r}")
        if not t.get("value"):
            out.append(f"times[{i}] has no value")
        out += _lacks(f"times[{i}]", t, ("earliest", "latest"))
        if t.get("earliest") and t.get("latest") and t["earliest"] > t["latest"]:
            out.append(f"times[{i}] earliest > latest")
    return out


def _entities(entities: list[dict[str, Any]], ids: set[Any], text: str) -> list[str]:
    out: list[str] = []
    for i, e in enumerate(entities):
        out += _lacks(f"entities[{i}]", e, ("id", "name", "type", "mentions", "attributes", "relations"))
        if e.get("type") not in ENTITY_TYPES:
            out.append(f"entities[{i}].type {e.get('type')!r}")
        for j, m in enumerate(e.get("mentions", [])):
            out += _span(f"entities[{i}].mentions[{j}]", m, text)
            if m.get("kind") not in MENTION_KINDS:
                out.append(f"entities[{i}].mentions[{j}].kind {m.get('kind')!r}")
        for j, a in enumerate(e.get("attributes", [])):
            grounded = a.get("start") is None or a.get("end") is None or text[a["start"]:a["end"]] == str(a.get("value"))
            if not grounded and a.get("name") == "age":
                out.append(f"entities[{i}].attributes[{j}]: age not grounded at its offsets")
    for i, e in enumerate(entities):  # after every entity's own problems, as relations point across
        for j, r in enumerate(e.get("relations", [])):
            if r.get("target") not in ids:
                out.append(f"entities[{i}].relations[{j}] targets unknown entity {r.get('target')!r}")
    return out


def _quotes(quotes: list[dict[str, Any]], ids: set[Any], text: str) -> list[str]:
    out: list[str] = []
    for i, q in enumerate(quotes):
        out += _span(f"quotes[{i}]", q, text)
        sp = q.get("speaker")
        if not isinstance(sp, dict) or not {"entity", "name", "mention"} <= set(sp):
            out.append(f"quotes[{i}].speaker lacks entity/name/mention")
        else:
            if sp["mention"] is not None:
                out += _span(f"quotes[{i}].speaker.mention", sp["mention"], text)
            if sp["entity"] is not None and sp["entity"] not in ids:
                out.append(f"quotes[{i}].speaker.entity {sp['entity']!r} unknown")
        if q.get("kind", "direct") not in QUOTE_KINDS:
            out.append(f"quotes[{i}].kind {q.get('kind')!r}")
        if "cue" not in q or "time" not in q:
            out.append(f"quotes[{i}] lacks cue/time")
        elif q["cue"] is not None:
            out += _span(f"quotes[{i}].cue", q["cue"], text)
    return out


def _events(events: list[dict[str, Any]], ids: set[Any], text: str) -> list[str]:
    out: list[str] = []
    for i, ev in enumerate(events):
        out += _span(f"events[{i}]", ev, text)
        out += _lacks(f"events[{i}]", ev, ("sentence", "summary", "participants", "time"))
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
