"""What Ray costs and gives on one machine: the local engines against Ray with 1 and 2 actors.

    python bench/ray_overhead.py                      # the 84 PolNeAR dev articles from ../shared
    python bench/ray_overhead.py --split train --limit 200 --batch-size 16

Runs, in one process, on the same texts and model (needs the ``dateline[ray]`` extra):
  1. local, 1 process: ``Reader.read_many`` (model load timed apart);
  2. local, 2 workers: ``pipeline.parallel.read_parallel`` (spawned workers load the model);
  3. Ray, 1 actor and 2 actors: ``scale.ray_runner.run_on_ray`` into a temporary directory
     (actors load the model; Ray itself is started once, before, and timed apart), with the
     fixed cost of a run (one short article) and each actor's peak resident memory.
Every row is wall-clock time end to end, as a user waits for it: model loads included,
Ray's own start excluded (a cluster is started once for many runs). Figures: articles/s,
words/s (whitespace-separated words), and articles/s per core used; plus CPU time
(read_many: this process; read_parallel: its workers; Ray: every Ray worker process, sampled
from /proc), which, unlike wall time, does not grow when other jobs share the cores: it gives
the throughput per core to expect on a quiet node and Ray's overhead in CPU. Results go to stdout
as a table, and as JSON with --json. Run it on a quiet machine: load average is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def load_texts(split: str, limit: int | None) -> list[tuple[str, str]]:
    paths = sorted((SHARED / "data" / "polnear" / split / "text").glob("*.txt"))
    if not paths:
        sys.exit(f"bench: no texts: put ../shared at {SHARED}")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths][:limit]


class RayProcesses:
    """Samples Ray's worker processes from /proc (Linux) every 0.2 s while a run goes on.

    For each Dateline actor: its peak resident memory (VmHWM). For every Ray worker process
    (actors, read and write tasks): the CPU time it has used. CPU time does not grow when other
    jobs share the cores, so it measures Ray's overhead on a busy machine; a process's last
    0.2 s may be missed when it ends.
    """

    TICK = os.sysconf("SC_CLK_TCK")

    def __init__(self) -> None:
        self.base: dict[int, float] = {}
        self.peaks: dict[int, int] = {}  # actor pid -> kB
        self.cpu: dict[int, float] = {}  # worker pid -> s
        self.actors: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Self:
        self._sample()
        self.base = dict(self.cpu)  # workers Ray keeps between runs carry CPU time from before
        self.cpu, self.actors = {}, set()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self._sample()

    def _sample(self) -> None:
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                cmd = (proc / "cmdline").read_bytes()
                if not cmd.startswith(b"ray::"):
                    continue
                stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                status = (proc / "status").read_text()
            except OSError:  # gone meanwhile
                continue
            pid = int(proc.name)
            if not _descends_from(int(stat[1]), os.getpid()):  # another user's Ray on this machine
                continue
            self.cpu[pid] = (int(stat[11]) + int(stat[12])) / self.TICK  # utime + stime
            if b"ArticleReader" in cmd:
                self.actors.add(pid)
                hwm = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM:"))
                self.peaks[pid] = max(hwm, self.peaks.get(pid, 0))

    def peak_mb(self) -> float:
        return round(max(self.peaks.values(), default=0) / 1024)

    def actor_cpu_s(self) -> float:
        return round(sum(self.cpu[p] - self.base.get(p, 0) for p in self.actors), 2)

    def worker_cpu_s(self) -> float:
        return round(sum(c - self.base.get(p, 0) for p, c in self.cpu.items()), 2)


def _descends_from(ppid: int, ancestor: int, depth: int = 4) -> bool:
    """True if ``ppid`` is ``ancestor`` or one of its descendants (local Ray: driver > raylet > worker)."""
    for _ in range(depth):
        if ppid == ancestor:
            return True
        if ppid <= 1:
            return False
        try:
            ppid = int(Path(f"/proc/{ppid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            return False
    return False


def row(name: str, cores: int, seconds: float, n: int, words: int, ok: int, **extra: float) -> dict:
    return {"engine": name, "cores": cores, "seconds": round(seconds, 2), "articles": n, "ok": ok,
            "articles_per_s": round(n / seconds, 2), "words_per_s": round(words / seconds),
            "articles_per_s_per_core": round(n / seconds / cores, 2), **extra}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--batch-size", type=int, default=16,
                    help="articles per batch, for every engine (16 = read_parallel's chunk)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    a = ap.parse_args(argv)

    import ray

    import dateline
    from dateline.pipeline.parallel import read_parallel
    from dateline.scale.ray_runner import run_on_ray
    from dateline.types import Article, RawArticle

    pairs = load_texts(a.split, a.limit)
    n, words = len(pairs), sum(len(t.split()) for _, t in pairs)
    raws = [RawArticle(i, t) for i, t in pairs]
    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    src = tmp / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in pairs), encoding="utf-8")
    load_before = os.getloadavg()[0]
    rows = []

    t0, c0 = time.perf_counter(), time.process_time()
    reader = dateline.load()
    t_load, c_load = time.perf_counter() - t0, time.process_time() - c0
    t1, c1 = time.perf_counter(), time.process_time()
    ok = sum(isinstance(r, Article) for r in reader.read_many(raws, batch_size=a.batch_size))
    t_read, c_read = time.perf_counter() - t1, time.process_time() - c1
    # CPU seconds, unlike wall time, do not grow when other jobs share the cores: the
    # throughput per core to expect on a quiet node.
    rows.append(row("local read_many", 1, t_load + t_read, n, words, ok, model_load_s=round(t_load, 2),
                    cpu_s=round(c_load + c_read, 2), read_cpu_s=round(c_read, 2), articles_per_cpu_s=round(n / c_read, 2),
                    words_per_cpu_s=round(words / c_read)))

    t0, c0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    ok = sum(isinstance(r, Article) for r in read_parallel(raws, workers=2, batch_size=a.batch_size,
                                                               chunk_size=a.batch_size))
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool's workers, joined when it closed
    rows.append(row("local read_parallel(2)", 2, time.perf_counter() - t0, n, words, ok,
                    cpu_s=round(c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime, 2)))

    t0 = time.perf_counter()
    ray.init(num_cpus=2, object_store_memory=512 << 20, include_dashboard=False, logging_level="ERROR")
    t_ray = time.perf_counter() - t0
    try:
        # The fixed cost of a run (actors start, load the model, write a shard): one short article.
        one = tmp / "one.jsonl"
        one.write_text(json.dumps({"id": "one", "text": "The bridge opened on Monday."}) + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        run_on_ray([one], tmp / "out-one", actors=1, batch_size=1)
        t_fixed = time.perf_counter() - t0
        for actors in (1, 2):
            t0 = time.perf_counter()
            with RayProcesses() as procs:
                summary = run_on_ray([src], tmp / f"out{actors}", actors=actors, batch_size=a.batch_size)
            rows.append(row(f"ray actors={actors}", actors, time.perf_counter() - t0, n, words,
                            summary.articles, ray_init_s=round(t_ray, 2), run_fixed_s=round(t_fixed, 2),
                            actor_peak_rss_mb=procs.peak_mb(), cpu_s=procs.worker_cpu_s(),
                            actor_cpu_s=procs.actor_cpu_s()))
    finally:
        ray.shutdown()

    print(f"{n} articles, {words} words, batch size {a.batch_size}; "
          f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after; {os.cpu_count()} cores")
    print(f"{'engine':<24}{'cores':>6}{'s':>9}{'art/s':>8}{'words/s':>9}{'art/s/core':>11}{'CPU s':>8}"
          f"{'CPU ms/art':>11}")
    for r in rows:
        cpu = r.get("cpu_s")
        print(f"{r['engine']:<24}{r['cores']:>6}{r['seconds']:>9.1f}{r['articles_per_s']:>8.2f}"
              f"{r['words_per_s']:>9}{r['articles_per_s_per_core']:>11.2f}"
              + (f"{cpu:>8.1f}{1000 * cpu / n:>11.0f}" if cpu else ""))
    print(f"(local model load {t_load:.1f} s included above; Ray start {t_ray:.1f} s not included)")
    print(f"per core, from CPU time of read_many: {n / c_read:.2f} articles/s, {words / c_read:.0f} words/s")
    print(f"Ray: fixed cost of a run (1 short article, 1 actor) {t_fixed:.1f} s; peak RSS per actor "
          f"{rows[-2]['actor_peak_rss_mb']:.0f} MB (1 actor), {rows[-1]['actor_peak_rss_mb']:.0f} MB (2 actors)")
    if a.json:
        a.json.write_text(json.dumps({"load_average": [load_before, os.getloadavg()[0]], "rows": rows},
                                     indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
