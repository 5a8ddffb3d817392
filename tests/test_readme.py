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


PIPELINE = re.compile(r"^Pipeline order: `(?P<model>[^`]+)`\s+then `(?P<ours>[^`]+)`", re.M)


def test_readme_pipeline_order_is_the_loaded_pipeline(nlp) -> None:
    m = PIPELINE.search(README.read_text(encoding="utf-8"))
    assert m, "README.md has no 'Pipeline order: `...` then `...`' line"
    listed = m.group("model").split() + [name.strip() for name in m.group("ours").split("->")]
    assert listed == nlp.pipe_names


def _commands() -> dict[str, set[str]]:
    """Every subcommand of the dateline parser, with its option strings."""
    import argparse

    from dateline.cli.main import build_parser

    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    top = {s for a in parser._actions for s in a.option_strings}
    return {name: top | {s for a in p._actions for s in a.option_strings} for name, p in sub.choices.items()}


def test_readme_lists_every_command() -> None:
    text = README.read_text(encoding="utf-8")
    assert [c for c in _commands() if not re.search(rf"^    dateline {c}\b", text, re.M)] == []


def test_docs_name_only_options_the_commands_have() -> None:
    """A ``--flag`` written after ``dateline CMD`` on a line of README.md or docs/*.md is an
    option of CMD (so a renamed or removed option cannot stay documented)."""
    commands = _commands()
    names = "|".join(commands)
    usage = re.compile(rf"\bdateline ({names})\b([^`#|]*)")
    stale = []
    for path in [README, *sorted((ROOT / "docs").glob("*.md"))]:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for m in usage.finditer(line):
                rest = m.group(2).split("dateline ")[0]
                stale += [f"{path.name}:{n}: dateline {m.group(1)} {flag}"
                          for flag in re.findall(r"(?<![\w-])--[a-z][a-z-]*", rest) if flag not in commands[m.group(1)]]
    assert stale == []


def test_docs_python_examples_import_what_exists() -> None:
    """The import lines of every ```python block of README.md and docs/*.md run."""
    fence = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
    for path in [README, *sorted((ROOT / "docs").glob("*.md"))]:
        for block in fence.findall(path.read_text(encoding="utf-8")):
            for line in block.splitlines():
                if re.match(r"(from dateline[\w.]* import |import dateline)", line):
                    exec(line, {})  # noqa: S102 -- our own docs' import lines
