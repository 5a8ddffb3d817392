"""By-hand measurement for issue 12: N abandoned ``POST /v1/read`` against a real server.

    python -m tests.hardening.measure abandon [N] [--workers W]

Starts ``dateline serve`` on an empty store, warms its reader(s) with one short read, then
sends N reads of a text just under 1 MB (the default --max-body), each abandoned by its
client after one second, some of them while others wait in the queue. Prints the server's
resident memory (server and children) before and after, and how long the next short read
takes compared with one before. Not a test: it takes minutes; test_serve.py is the CI form.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.hardening.serve_proc import PARAGRAPH, SHORT_TEXT, abandon, read, serve, wait_for

MB_TEXT = "\n\n".join([PARAGRAPH] * 4150)[:990_000]


def abandoned(n: int, workers: int) -> None:
    from dateline.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "empty.db"
        open_store(db).close()
        with serve(db, Path(tmp), "--workers", str(workers)) as served:
            t = time.monotonic()
            assert read(served.url, SHORT_TEXT).status_code == 200
            print(f"first read (model load included): {time.monotonic() - t:.1f} s")
            t = time.monotonic()
            assert read(served.url, SHORT_TEXT).status_code == 200
            one = time.monotonic() - t
            start = served.rss_mb()
            print(f"warm short read: {one:.2f} s; memory at start: {start:.0f} MB "
                  f"(server and {len(served.readers())} reader processes)")
            sent = 0
            t = time.monotonic()
            while sent < n:  # bursts of 5: one runs, the others wait in the queue and are dropped
                burst = [threading.Thread(target=abandon, args=(served.url, MB_TEXT, 1.0))
                         for _ in range(min(5, n - sent))]
                for th in burst:
                    th.start()
                for th in burst:
                    th.join()
                sent += len(burst)
                peak = served.rss_mb()
                print(f"  {sent} abandoned, memory now {peak:.0f} MB", flush=True)
            print(f"{n} reads abandoned in {time.monotonic() - t:.0f} s")
            wait_for(lambda: len(served.readers()) == workers, 180)
            t = time.monotonic()
            response = read(served.url, SHORT_TEXT)
            after = time.monotonic() - t
            print(f"next short read: HTTP {response.status_code} in {after:.2f} s (warm read before: {one:.2f} s)")
            time.sleep(2)
            end = served.rss_mb()
            print(f"memory: start {start:.0f} MB, end {end:.0f} MB, difference {end - start:+.0f} MB; "
                  f"readers alive: {len(served.readers(loaded=False))}")
            t = time.monotonic()
            response = read(served.url, MB_TEXT, timeout=900)
            print(f"one ~1 MB read: HTTP {response.status_code} in {time.monotonic() - t:.0f} s")


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or args[0] != "abandon":
        raise SystemExit(__doc__)
    count = int(args[1]) if len(args) > 1 and args[1].isdigit() else 50
    w = int(args[args.index("--workers") + 1]) if "--workers" in args else 1
    abandoned(count, w)
