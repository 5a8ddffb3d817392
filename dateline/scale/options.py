"""What a Ray run is asked to do (RayOptions), checked, and the runs the CLI starts with them.

    opts = RayOptions(engine="ray", out=Path("shards/"), actors=2)
    opts.check(has_store=True)
    summary, load = ingest_on_ray(opts, [Path("crawl/")], store)

The command-line flags that fill a RayOptions are in ``dateline/cli/ray.py``. Nothing
here imports Ray: ``--help`` works, and ``--engine local`` runs, without the extra.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.scale.errors import ScaleError

if TYPE_CHECKING:
    from dateline.scale.parquet import OnError, StoreLoad
    from dateline.scale.ray_runner import RayRunSummary
    from dateline.store.base import Store

ENGINES = ("local", "ray")
DEFAULT_RAY_BATCH_SIZE = 32


@dataclass(frozen=True)
class RayOptions:
    """The engine and, for Ray, where and how to run.

    engine (str): "local" (processes on this machine) or "ray".
    address (str | None): the cluster ("auto", "ray://HEAD:10001"); None: start Ray here.
    out (Path | None): where the Parquet shards go; None: a temporary folder (local runs
        that load into a store only).
    actors (int | None): actors in the pool; None: every CPU of the cluster.
    batch_size (int): articles per batch sent to an actor.
    """

    engine: str = "local"
    address: str | None = None
    out: Path | None = None
    actors: int | None = None
    batch_size: int = DEFAULT_RAY_BATCH_SIZE

    def check(self, has_store: bool) -> None:
        """Raise ScaleError (one line) for options that do not fit together (``has_store``:
        a store was given to load the shards into)."""
        if self.engine not in ENGINES:
            raise ScaleError(f"unknown engine {self.engine!r} (use {' or '.join(ENGINES)})")
        if self.engine == "ray":
            if self.out is None and self.address is not None:
                # The actors write the shards on their own nodes: a driver's temporary folder won't do.
                raise ScaleError("--engine ray --address needs --out DIR, on storage every node can write")
            if self.out is None and not has_store:
                raise ScaleError("--engine ray needs --out DIR (where the Parquet shards go) or --db FILE")
            if self.actors is not None and self.actors < 1:
                raise ScaleError(f"--actors must be at least 1 (got {self.actors})")
            if self.batch_size < 1:
                raise ScaleError(f"--ray-batch-size must be at least 1 (got {self.batch_size})")
            return
        # Ray-only options on the local engine are a mistake, not something to ignore silently.
        given = [flag for flag, value in (("--address", self.address), ("--out", self.out),
                                          ("--actors", self.actors)) if value is not None]
        if given:
            raise ScaleError(f"{', '.join(given)} only apply with --engine ray")


def run_ray(opts: RayOptions, inputs: Sequence[Path | str], out: Path | None = None,
            model: str | None = None, progress: bool = False, published: str | None = None,
            read_on: str | None = None) -> RayRunSummary:
    """Run ``run_on_ray`` with ``opts`` (shards to ``out``, else ``opts.out``); ``published``:
    a date for records that carry none; ``read_on``: the stated day of reading (YYYY-MM-DD)."""
    from dateline.scale.ray_runner import run_on_ray

    target = out or opts.out
    if target is None:
        raise ScaleError("--engine ray needs --out DIR (where the Parquet shards go)")
    return run_on_ray(list(inputs), target, address=opts.address, actors=opts.actors,
                      batch_size=opts.batch_size, model=model, progress=progress, published=published,
                      read_on=read_on)


def ingest_on_ray(opts: RayOptions, inputs: Sequence[Path | str], store: Store | None = None,
                  model: str | None = None, progress: bool = False, published: str | None = None,
                  read_on: str | None = None, on_error: OnError | None = None
                  ) -> tuple[RayRunSummary, StoreLoad | None]:
    """``dateline ingest --engine ray``: run on Ray, then load the shards into ``store`` if given.

    Without ``opts.out`` (a local run with a store), the shards go to a temporary folder that
    is removed once they are stored. ``published`` and ``read_on``: as ``dateline ingest
    --published`` and ``--read-on`` (None: none; a WARC record's crawl date still counts).
    ``on_error``: told of each record that failed, once, with its input (``parquet.OnError``):
    the run's error rows, and with a store the articles it refuses, as the local engine
    reports them. RETURNS (RayRunSummary, StoreLoad or None).
    """
    opts.check(has_store=store is not None)
    from dateline.scale.parquet import iter_errors, load_into_store

    out = opts.out or Path(tempfile.mkdtemp(prefix="dateline-shards-"))
    try:
        summary = run_ray(opts, inputs, out=out, model=model, progress=progress, published=published,
                          read_on=read_on)
        load = load_into_store(store, out, on_error=on_error) if store is not None else None
        if store is None and on_error is not None:
            for error, source in iter_errors(out):
                on_error(error, source)
    finally:
        if opts.out is None:
            shutil.rmtree(out, ignore_errors=True)
    return summary, load
