"""Hostile JSONL records, written for these tests (our own prose and made-up bytes).

``hostile_lines(n)`` returns ``n`` lines each of which must cost exactly itself: one coded
error in its place. ``mixed_batch(total, hostile)`` interleaves them with good records, so a
test (or a measurement by hand, see ``python -m tests.hardening.hostile``) can check that a
batch reads every good record and reports exactly the hostile ones.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

GOOD_TEXT = ("The harbour council met on Tuesday and agreed to repair the old pier by June. "
             "“We have waited long enough,” said Dana Whitlow, who chairs the council.")
BIG = 5_000_000  # characters or bytes of a "5 MB line"

# (name, expected code, line bytes): every kind the audit used, and their neighbours.
KINDS: tuple[tuple[str, str, bytes], ...] = (
    ("lone surrogate in text", "E111", b'{"id": "sur-text", "text": "The pier \\ud800 reopened."}'),
    ("lone low surrogate in id", "E111", b'{"id": "sur-\\udfff", "text": "The pier reopened on Monday."}'),
    ("lone surrogate in title", "E111",
     b'{"id": "sur-title", "text": "The pier reopened on Monday.", "title": "\\udbff"}'),
    ("NUL in text", "E108", b'{"id": "nul", "text": "The pier\\u0000 reopened on Monday."}'),
    ("control characters", "E108", json.dumps({"id": "ctl", "text": "\x01\x02\x03\x04" * 40}).encode()),
    ("raw binary line", "E105", b'{"id": "bin", "text": "\xff\xfe\x00\x81 pier"}'),
    ("5 MB of one letter", "E108", json.dumps({"id": "blob", "text": "x" * BIG}).encode()),
    ("5 MB of invalid UTF-8", "E105", b"\xc3\x28" * (BIG // 2)),
    ("5 MB of broken JSON", "E101", b'{"id": "cut", "text": "' + b"pier " * (BIG // 5)),
    ("text a number", "E101", b'{"id": "num", "text": 42}'),
    ("text a list", "E101", b'{"id": "list", "text": ["The", "pier"]}'),
    ("record an array", "E101", b'["The pier reopened."]'),
    ("record null", "E101", b"null"),
    ("no id", "E102", b'{"text": "The pier reopened on Monday."}'),
    ("empty text", "E103", b'{"id": "empty", "text": " \\n\\t "}'),
    ("impossible date", "E104", json.dumps({"id": "date", "text": GOOD_TEXT,
                                             "published": "2021-02-20T99:99"}).encode()),
    ("not English", "E107", json.dumps({"id": "fr", "text": (
        "Le conseil du port a décidé mardi de réparer la vieille jetée avant le mois de juin, "
        "et les pêcheurs de la ville disent que les travaux sont attendus depuis des années. ") * 3}).encode()),
)


def good_line(i: int) -> bytes:
    return json.dumps({"id": f"good-{i}", "text": GOOD_TEXT, "published": "2023-03-02"}).encode()


def hostile_lines(n: int) -> list[tuple[str, bytes]]:
    """``n`` hostile lines, cycling through KINDS: (expected code, line)."""
    return [(KINDS[i % len(KINDS)][1], KINDS[i % len(KINDS)][2]) for i in range(n)]


def mixed_batch(total: int, hostile: int) -> tuple[bytes, dict[int, str]]:
    """A JSONL payload of ``total`` lines, ``hostile`` of them hostile and spread evenly.

    RETURNS (payload, {1-based line number: expected error code}).
    """
    bad = hostile_lines(hostile)
    step = total // hostile
    expected: dict[int, str] = {}
    lines: list[bytes] = []
    k = 0
    for i in range(total):
        if k < hostile and i % step == step // 2:
            code, line = bad[k]
            expected[i + 1] = code
            lines.append(line)
            k += 1
        else:
            lines.append(good_line(i))
    return b"\n".join(lines) + b"\n", expected


if __name__ == "__main__":  # python -m tests.hardening.hostile OUT.jsonl [TOTAL] [HOSTILE]
    out = Path(sys.argv[1])
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    hostile = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    payload, expected = mixed_batch(total, hostile)
    out.write_bytes(payload)
    Path(str(out) + ".expected.json").write_text(json.dumps(expected))
    print(f"{out}: {total} lines, {hostile} hostile ({len(payload):,} bytes)")
