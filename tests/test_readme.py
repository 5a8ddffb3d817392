"""The README's excerpts of real output are real: each is regenerated and compared here.

A block in README.md between ``<!-- output: COMMAND -->`` and ``<!-- /output -->`` must be
exactly what COMMAND prints (at 100 columns). After changing the report, refresh them with
``DATELINE_UPDATE_README=1 python -m pytest tests/test_readme.py``, then read the diff.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys

from tests.conftest import ROOT

README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- output: (?P<cmd>.+?) -->\n```\n)(?P<out>.*?)(```\n<!-- /output -->)", re.S)
WIDTH = "100"


def _run(command: str) -> str:
    argv = shlex.split(command)
    assert argv[0] == "dateline", f"README output blocks run dateline only, not {argv[0]!r}"
    env = {**os.environ, "COLUMNS": WIDTH, "NO_COLOR": "1", "TERM": "dumb"}
    proc = subprocess.run([sys.executable, "-m", "dateline.cli.main", *argv[1:]], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return "\n".join(line.rstrip() for line in proc.stdout.rstrip("\n").splitlines()) + "\n"


def test_readme_output_excerpts_are_what_the_commands_print() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = list(BLOCK.finditer(text))
    assert blocks, "README.md has no <!-- output: ... --> block"
    fresh = {m.group("cmd"): _run(m.group("cmd")) for m in blocks}
    if os.environ.get("DATELINE_UPDATE_README"):
        text = BLOCK.sub(lambda m: m.group(1) + fresh[m.group("cmd")] + m.group(4), text)
        README.write_text(text, encoding="utf-8")
        return
    for m in blocks:
        assert m.group("out") == fresh[m.group("cmd")], f"README output of {m.group('cmd')!r} is stale"
