"""A real ``dateline serve`` in a subprocess for the hardening tests, and /proc readings of it.

Linux only (``/proc``), like the CI machine.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.conftest import ROOT

# Our own prose, repeated: long enough that reading it takes many seconds.
PARAGRAPH = ("The harbour council met on Tuesday and agreed to repair the old pier by June. "
             "“We have waited long enough,” said Dana Whitlow, who chairs the council. "
             "Two weeks earlier, engineers had warned that the pilings were failing.")
LONG_TEXT = "\n\n".join([PARAGRAPH] * 2400)  # about 560,000 characters (six chunks), under 1 MB
SHORT_TEXT = PARAGRAPH


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Served:
    """A running server: its process, base URL and stderr log file."""

    def __init__(self, proc: subprocess.Popen, url: str, log: Path) -> None:
        self.proc, self.url, self.log = proc, url, log
        self.first_read = 0.0  # seconds the first read took (a test may record it)

    def children(self) -> list[int]:
        """The pids of the server's child processes (readers and multiprocessing's helper)."""
        try:
            return [int(p) for p in Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
                    .read_text().split()]
        except OSError:
            return []

    def readers(self, loaded: bool = True) -> list[int]:
        """The pids of reader processes (spawned children), by default only those whose model
        is loaded (en_core_web_sm and the components: about 150 MB resident, under 100 before)."""
        return [p for p in self.children() if _is_reader(p) and (not loaded or rss_mb(p) > LOADED_MB)]

    def rss_mb(self) -> float:
        """Resident memory of the server and all its children, in MB."""
        return rss_mb(self.proc.pid) + sum(rss_mb(p) for p in self.children())


LOADED_MB = 125


def _is_reader(pid: int) -> bool:
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"multiprocessing.spawn" in cmd


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


@contextmanager
def serve(db: Path, tmp: Path, *args: str) -> Iterator[Served]:
    """Run ``dateline serve --db DB ARGS`` on a free port until the block ends (SIGTERM, then kill)."""
    port = free_port()
    log = tmp / f"serve-{port}.log"
    cmd = [sys.executable, "-m", "dateline.cli.main", "serve", "--db", str(db), "--port", str(port), *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open(log, "wb") as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=err, stderr=subprocess.STDOUT, env=env)
    served = Served(proc, f"http://127.0.0.1:{port}", log)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited: {log.read_text()[-2000:]}")
            try:
                if httpx.get(served.url + "/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        yield served
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def read(url: str, text: str, timeout: float = 300) -> httpx.Response:
    return httpx.post(url + "/v1/read", json={"text": text}, timeout=timeout)


def abandon(url: str, text: str, after: float) -> None:
    """POST a read and go away after ``after`` seconds without waiting for the answer."""
    try:
        httpx.post(url + "/v1/read", json={"text": text}, timeout=after)
    except httpx.TimeoutException:
        return
    raise AssertionError("the read finished before the client gave up: use a longer text")


def wait_for(predicate, timeout: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
