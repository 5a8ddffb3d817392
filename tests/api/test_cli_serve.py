"""``dateline serve``: help, one-line refusals, and a real process serving a store."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from dateline.cli.main import main
from tests.api.serving import free_port


@pytest.mark.parametrize("option", ["--db", "--host", "--port", "--max-body", "--model"])
def test_serve_help_documents_each_option(capsys: pytest.CaptureFixture[str], option: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert option in out and "dateline serve --db news.db" in out


@pytest.mark.parametrize(("args", "words"), [
    (["--db", "{missing}"], "no such store"),
    (["--db", "{db}", "--max-body", "lots"], "not a size: 'lots'"),
    (["--db", "{db}", "--max-body", "0"], "--max-body must be at least 1 byte"),
    (["--db", "{db}", "--port", "70000"], "--port must be between 0 and 65535"),
])
def test_serve_refuses_bad_options_in_one_line(own_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               args: list[str], words: str) -> None:
    filled = [a.format(db=own_db, missing=tmp_path / "missing.db") for a in args]
    assert main(["serve", *filled]) == 1
    err = capsys.readouterr().err.strip()
    assert words in err and len(err.splitlines()) == 1
    assert not (tmp_path / "missing.db").exists()  # serving never creates a store


@pytest.mark.parametrize("env", [False, True])
def test_serve_without_db_uses_the_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str], env: bool) -> None:
    # The same default as every other command: $DATELINE_DB, else ./dateline.db; never created.
    monkeypatch.chdir(tmp_path)
    expected = tmp_path / "elsewhere.db" if env else tmp_path / "dateline.db"
    if env:
        monkeypatch.setenv("DATELINE_DB", str(expected))
    else:
        monkeypatch.delenv("DATELINE_DB", raising=False)
    assert main(["serve"]) == 1
    err = capsys.readouterr().err.strip()
    assert "no such store" in err and expected.name in err and len(err.splitlines()) == 1
    assert not expected.exists()


def _get(url: str, data: bytes | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


@pytest.mark.parametrize("max_body", ["2K"])
def test_serve_runs_a_real_server_with_its_body_limit(own_db: Path, max_body: str) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli.main", "serve", "--db", str(own_db),
                             "--port", str(port), "--max-body", max_body],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, body = _get(f"{base}/v1/health")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "dateline serve did not start"
                time.sleep(0.2)
        assert status == 200 and json.loads(body)["articles"] == 2
        page_status, page = _get(f"{base}/")
        assert page_status == 200 and b'<script type="module" src="/static/home.js">' in page
        status, body = _get(f"{base}/v1/read", json.dumps({"text": "x" * 3000}).encode())
        assert status == 413 and json.loads(body)["error"]["code"] == "E513"
    finally:
        proc.terminate()
        proc.wait(timeout=15)
