"""Decompression bombs: a page is refused as soon as it unpacks past the limit (issue 12, item 3).

An 816 KB WARC whose response was ``Content-Encoding: gzip`` (800 MB unpacked) took
``dateline read`` to 1.77 GB before E110: the size was checked as stored, then all of it was
unpacked. Now the body is read as it unpacks and refused at MAX_INPUT_BYTES.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.errors import ArticleError, TooLargeError
from dateline.ingest.checks import MAX_INPUT_BYTES
from dateline.ingest.warc import read_warc
from dateline.types import RawArticle
from tests.conftest import ROOT
from tests.hardening.bombs import bomb_warc, compressed

# A probe run in a fresh interpreter: its peak resident memory while reading the WARC.
PROBE = """
import json, resource, sys
from dateline.ingest.warc import read_warc
out = [getattr(r, "code", "ok") for r in read_warc(sys.argv[1])]
print(json.dumps({"codes": out, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


@pytest.mark.parametrize(("encoding", "gzipped"), [("gzip", False), ("deflate", False), ("br", False),
                                                    ("gzip", True)])
def test_a_bomb_costs_its_own_record_and_the_next_page_is_read(tmp_path: Path, encoding: str,
                                                               gzipped: bool) -> None:
    path = tmp_path / ("bomb.warc.gz" if gzipped else "bomb.warc")
    path.write_bytes(bomb_warc(MAX_INPUT_BYTES + 8_000_000, encoding, gzipped))
    bomb, good = list(read_warc(path))
    assert isinstance(bomb, TooLargeError), bomb
    assert "unpacks to more than" in bomb.message and f"Content-Encoding: {encoding}" in bomb.message
    assert isinstance(good, RawArticle) and "harbour council" in good.text


def test_a_small_compressed_page_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "fine.warc"
    path.write_bytes(bomb_warc(3 << 20))  # 3 MB of page, under the limit: nothing refused
    first, good = list(read_warc(path))
    assert isinstance(first, ArticleError) and first.code == "E106"  # the head has no real article
    assert isinstance(good, RawArticle)


def _peak(path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_reading_a_bomb_does_not_unpack_it_into_memory(tmp_path: Path) -> None:
    """A 256 KB response that unpacks to 256 MB costs about the limit's worth of memory more
    than a small page does, not 256 MB."""
    small, big = tmp_path / "small.warc", tmp_path / "bomb.warc"
    small.write_bytes(bomb_warc(64 << 10))
    data = bomb_warc(256 << 20)
    assert len(data) < 400_000
    big.write_bytes(data)
    base, got = _peak(small), _peak(big)
    assert got["codes"] == ["E110", "ok"] and base["codes"] == ["E106", "ok"]
    assert got["peak_mb"] - base["peak_mb"] < 2 * MAX_INPUT_BYTES / 1e6 + 20, (base, got)


def test_bombs_builder_makes_what_it_says() -> None:
    import zlib

    assert len(zlib.decompress(compressed(5 << 20, "deflate"))) == 5 << 20
