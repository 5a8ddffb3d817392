"""Accuracy floors that tests check themselves, kept with the gate's in ``eval/baseline.json``.

Every accuracy floor lives in that one file, under one rule: the figure measured when the
floor was set, rounded down to 4 decimals (``eval/gate.py``'s ``floor_of``). The gate's suites
are under ``floors``; the figures a test measures itself (on a sample or a hand-made gold the
gate does not score) are under ``tests``, by test group. Raise a floor when a change raises its
figure; lower one only with a reason in the commit message.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from tests.conftest import ROOT

BASELINE = ROOT / "eval" / "baseline.json"


@cache
def _baseline() -> dict[str, Any]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def floor(group: str, key: str) -> float:
    """RETURNS the floor ``key`` of test group ``group``; KeyError names what is missing."""
    try:
        return float(_baseline()["tests"][group][key])
    except KeyError:
        raise KeyError(f"eval/baseline.json has no tests.{group}.{key} floor") from None


def gate_floor(suite: str, key: str) -> float:
    """RETURNS the gate's floor ``key`` of ``suite``, for a test that measures the same figure
    in-process; KeyError names what is missing."""
    try:
        return float(_baseline()["floors"][suite][key])
    except KeyError:
        raise KeyError(f"eval/baseline.json has no floors.{suite}.{key}") from None
