"""No layer that dates an article reads the clock: an article's times come from its text and
its given date, never from when it happens to be read.

The check parses the source (ast), so comments and strings do not count and every spelling
of a clock read does: ``datetime.now(tz)``, ``dt.datetime.utcnow()``, ``date.today()``,
``time.time()``, ``fromtimestamp(...)``, ``from time import time``. Timers
(``time.perf_counter``, ``time.monotonic``) measure durations, not dates, and are allowed.
The store is left out: it stamps when a row was written, which is not an article date.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "dateline"
NOT_ARTICLE_DATES = ("store",)  # package folders whose clock reads are bookkeeping
CLOCK_METHODS = frozenset({"now", "utcnow", "today", "fromtimestamp", "utcfromtimestamp"})
TIME_MODULE_CLOCKS = frozenset({"time", "time_ns", "localtime", "gmtime", "ctime"})


def clock_reads(source: str) -> list[int]:
    """RETURNS the line numbers of ``source`` that read the clock as a date."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr, owner = node.func.attr, node.func.value
            on_time = isinstance(owner, ast.Name) and owner.id == "time"
            if attr in CLOCK_METHODS or (attr in TIME_MODULE_CLOCKS and on_time):
                lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "time" and any(
                alias.name in TIME_MODULE_CLOCKS for alias in node.names):
            lines.append(node.lineno)
    return sorted(lines)


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if p.relative_to(PACKAGE).parts[0] not in NOT_ARTICLE_DATES)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_article_layer_reads_the_clock(path: Path) -> None:
    assert clock_reads(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("source", [
    "import datetime as dt\nx = dt.datetime.now(dt.UTC)\n",
    "from datetime import datetime, timezone\nx = datetime.now(timezone.utc)\n",
    "from datetime import date\nx = date.today()\n",
    "import datetime\nx = datetime.datetime.utcnow()\n",
    "import time\nx = time.time()\n",
    "import time\nx = time.localtime()\n",
    "from time import time\n",
    "import datetime as dt, os\nx = dt.date.fromtimestamp(os.path.getmtime('f'))\n",
])
def test_clock_reads_are_caught(source: str) -> None:
    assert clock_reads(source) != []


@pytest.mark.parametrize("source", [
    "import time\nt0 = time.perf_counter()\n",
    "import time\nt0 = time.monotonic()\n",
    "# datetime.now() in a comment\nx = 'date.today()'\n",
    "import datetime as dt\nx = dt.date(2021, 2, 20)\n",
])
def test_timers_comments_and_fixed_dates_are_not_clock_reads(source: str) -> None:
    assert clock_reads(source) == []


def test_the_store_is_the_only_folder_left_out() -> None:
    assert all((PACKAGE / name).is_dir() for name in NOT_ARTICLE_DATES)
    assert len(_modules()) > 50
