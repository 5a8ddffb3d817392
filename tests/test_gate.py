"""The quality gate (eval/gate.py) holds: no figure below its recorded floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_gate_holds_every_floor(shared: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "eval" / "gate.py")], capture_output=True, text=True,
                          cwd=ROOT, timeout=1800)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "gate: ok" in proc.stdout
