"""The Ray flags of ``dateline ingest`` (``--engine``, ``--address``, ``--out``, ``--actors``,
``--ray-batch-size``), and the RayOptions they stand for (``dateline.scale.options``).

    dateline ingest crawl/ --engine ray --address auto --out shards/ --db news.db
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dateline.scale.options import DEFAULT_RAY_BATCH_SIZE, ENGINES, RayOptions


def add_ray_arguments(parser: argparse.ArgumentParser) -> argparse._ArgumentGroup:
    """Add the Ray flags to ``parser``; RETURNS their group."""
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


def ray_options(args: argparse.Namespace) -> RayOptions:
    """RETURNS the RayOptions the parsed flags give."""
    return RayOptions(args.engine, args.address, args.out, args.actors, args.ray_batch_size)
