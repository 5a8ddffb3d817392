"""The CLI's error line: a command that cannot run prints one line with the error's code,
``dateline: error E123: message`` (README's error table lists the codes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.cli.main import main
from dateline.errors import EntityNotFoundError, InputError, StoreNotFoundError


@pytest.mark.parametrize("argv,code,words", [
    (["read", "--jsonl", "in.jsonl"], InputError.code, "--jsonl IN and --out OUT go together"),
    (["timeline", "Nobody", "--db", "{tmp}/absent.db"], StoreNotFoundError.code, "absent.db"),
    (["load", "{tmp}/absent.jsonl", "--db", "{tmp}/s.db"], InputError.code, "no such file or directory"),
    (["read", "{tmp}/empty"], InputError.code, "no articles found"),
])
def test_main_error_line_carries_the_code(tmp_path: Path, capsys, argv: list[str], code: str, words: str) -> None:
    (tmp_path / "empty").mkdir()
    assert main([a.format(tmp=tmp_path) for a in argv]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"dateline: error {code}: ") and words in line


def test_main_error_line_of_a_store_query(tmp_path: Path, capsys) -> None:
    from dateline.store import open_store

    db = tmp_path / "s.db"
    with open_store(db):
        pass  # an empty store: the name is not in it
    assert main(["timeline", "Nobody", "--db", str(db)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"dateline: error {EntityNotFoundError.code}: no entity named 'Nobody'")


def test_python_dash_m_dateline_runs_the_same_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    absent = tmp_path / "absent.db"
    proc = subprocess.run([sys.executable, "-m", "dateline", "timeline", "Nobody", "--db", str(absent)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith(f"dateline: error {StoreNotFoundError.code}: ")
    assert "absent.db" in proc.stderr


@pytest.mark.parametrize("argv", [
    ["--help"],
    ["read", "article.txt", "--read-on", "2030-02-30"],
    ["read", "article.txt", "--published", "soon"],
    ["ingest", "absent-folder", "--db", "s.db", "--published", "soon"],
])
def test_main_answers_help_and_bad_options_without_loading_the_nlp(tmp_path: Path, argv: list[str]) -> None:
    # a mistyped option is told at once, not after seconds of loading spaCy and FastAPI
    probe = ("import sys\nfrom dateline.cli.main import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n"
             "    pass\nheavy = sorted(m for m in ('spacy', 'fastapi', 'thinc') if m in sys.modules)\n"
             "print('HEAVY', heavy, file=sys.stderr)")
    (tmp_path / "article.txt").write_text("The mayor spoke on Monday.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert "HEAVY []" in proc.stderr, proc.stderr[-2000:]
