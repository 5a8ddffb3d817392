"""Batch reading on worker processes survives a worker that dies (killed for memory, a crash
in native code): the batch finishes, one result per input, in order (issue 12, item 1).

Before, ``multiprocessing.Pool`` lost the dead worker's task and waited for it forever.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading

from dateline.errors import ArticleError
from dateline.pipeline.parallel import read_parallel
from dateline.types import Article, RawArticle
from tests.hardening.hostile import GOOD_TEXT


def test_a_worker_killed_mid_batch_costs_at_most_its_own_articles() -> None:
    raws = [RawArticle(f"a{i}", GOOD_TEXT, "2023-03-02") for i in range(48)]
    results: list[Article | ArticleError] = []
    killed: list[int] = []

    def kill_one_worker() -> None:
        workers = [p for p in mp.active_children() if p.pid is not None]
        if workers:
            os.kill(workers[0].pid, signal.SIGKILL)  # what the kernel's OOM killer does
            killed.append(workers[0].pid)

    done = threading.Event()

    def run() -> None:
        for r in read_parallel(raws, workers=2, chunk_size=4):
            results.append(r)
            if len(results) == 4 and not killed:
                kill_one_worker()
        done.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert done.wait(300), "the batch hung after a worker died"
    assert killed
    assert [r.id if isinstance(r, Article) else r.article_id for r in results] == [r.id for r in raws]
    assert sum(isinstance(r, Article) for r in results) >= 44  # at most one chunk lost, here none
