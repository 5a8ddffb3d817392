"""The Ray options of ``dateline ingest``, for any argparse parser (the CLI wires them in).

    parser = subparsers.add_parser("ingest", ...)
    add_ray_arguments(parser)
    ...
    args = parser.parse_args()
    if args.engine == "ray":
        with open_store(args.db) as store:
            summary, load = ingest_on_ray(args, args.paths, store, model=args.model)

Example:

    dateline ingest crawl/ --engine ray --address auto --out shards/ --db news.db

Nothing here imports Ray: ``--help`` works, and ``--engine local`` runs, without the extra.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.scale.errors import ScaleError

if TYPE_CHECKING:
    from dateline.scale.parquet import StoreLoad
    from dateline.scale.ray_runner import RayRunSummary
    from dateline.store.base import Store

ENGINES = ("local", "ray")
DEFAULT_RAY_BATCH_SIZE = 32


def add_ray_arguments(parser: argparse.ArgumentParser) -> argparse._ArgumentGroup:
    """Add ``--engine``, ``--address``, ``--out``, ``--actors``, ``--ray-batch-size``; RETURNS their group."""
    group = parser.add_argument_group("scale-out on Ray (needs: pip install \"dateline[ray]\")")
    group.add_argument("--engine", choices=ENGINES, default="local",
                       help="local: processes on this machine (default); ray: a Ray cluster")
    group.add_argument("--address", metavar="ADDR", default=None,
                       help="Ray cluster to join: 'auto' (a node of the cluster), 'ray://HEAD:10001' "
                            "(Ray Client); default: start Ray on this machine")
    group.add_argument("--out", metavar="DIR", type=Path, default=None,
                       help="with --engine ray: directory for the Parquet shards (one row per article: "
                            "id, record, error, source, text); must hold no shards yet. Required on a "
                            "cluster; without it a local run keeps the shards only until they are stored")
    group.add_argument("--actors", metavar="N", type=int, default=None,
                       help="with --engine ray: actors, one CPU and one loaded model (~0.5 GB) each; "
                            "default: every CPU of the cluster")
    group.add_argument("--ray-batch-size", metavar="N", type=int, default=DEFAULT_RAY_BATCH_SIZE,
                       help=f"with --engine ray: articles per batch sent to an actor "
                            f"(default {DEFAULT_RAY_BATCH_SIZE})")
    return group


def check_ray_arguments(args: argparse.Namespace) -> None:
    """Raise ScaleError (one line) for Ray options that do not fit together."""
    if args.engine == "ray":
        if args.out is None and args.address is not None:
            # The actors write the shards on their own nodes: a driver's temporary folder won't do.
            raise ScaleError("--engine ray --address needs --out DIR, on storage every node can write")
        if args.out is None and getattr(args, "db", None) is None:
            raise ScaleError("--engine ray needs --out DIR (where the Parquet shards go) or --db FILE")
        if args.actors is not None and args.actors < 1:
            raise ScaleError(f"--actors must be at least 1 (got {args.actors})")
        if args.ray_batch_size < 1:
            raise ScaleError(f"--ray-batch-size must be at least 1 (got {args.ray_batch_size})")
        return
    # Ray-only options on the local engine are a mistake, not something to ignore silently.
    given = [flag for flag, value in (("--address", args.address), ("--out", args.out),
                                      ("--actors", args.actors)) if value is not None]
    if given:
        raise ScaleError(f"{', '.join(given)} only apply with --engine ray")


def run_ray_from_args(args: argparse.Namespace, inputs: Sequence[Path | str], out: Path | None = None,
                      model: str | None = None, progress: bool = False) -> RayRunSummary:
    """Check the options and run ``run_on_ray`` with them (shards to ``out`` or ``--out``)."""
    check_ray_arguments(args)
    from dateline.scale.ray_runner import run_on_ray

    return run_on_ray(list(inputs), out or args.out, address=args.address, actors=args.actors,
                      batch_size=args.ray_batch_size, model=model, progress=progress)


def ingest_on_ray(args: argparse.Namespace, inputs: Sequence[Path | str], store: Store | None = None,
                  model: str | None = None, progress: bool = False) -> tuple[RayRunSummary, StoreLoad | None]:
    """``dateline ingest --engine ray``: run on Ray, then load the shards into ``store`` if given.

    Without ``--out`` (a local run with a store), the shards go to a temporary folder that is
    removed once they are stored. RETURNS (RayRunSummary, StoreLoad or None).
    """
    check_ray_arguments(args)
    from dateline.scale.parquet import load_into_store

    out = args.out or Path(tempfile.mkdtemp(prefix="dateline-shards-"))
    try:
        summary = run_ray_from_args(args, inputs, out=out, model=model, progress=progress)
        load = load_into_store(store, out) if store is not None else None
    finally:
        if args.out is None:
            shutil.rmtree(out, ignore_errors=True)
    return summary, load
