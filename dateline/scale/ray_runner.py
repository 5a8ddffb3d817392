"""Run Dateline on Ray: the only module of Dateline that imports ``ray`` (issue 8).

    summary = run_on_ray([Path("crawl/")], Path("out/"), address="auto", actors=16,
                         batch_size=32, model=None, published=None, read_on="2024-05-01")
    for record in load_parquet_records(Path("out/")): ...

The plan, as a Ray Data pipeline:

1. the driver cuts the inputs into splits (``splits.py``: line ranges of JSON Lines files,
   whole WARC shards, groups of one-article files) and makes a dataset of them;
2. read tasks turn each split into input rows with Dateline's own readers
   (``dateline.ingest``: the same files, ids and errors as the local engine; a bad line is an
   error row in its place, exactly as in ``dateline read``; a stated ``published`` for the
   records that carry none, as there), each given the stated day of
   reading (``read_on``) as ``stamp_read_on`` gives it locally (a WARC record keeps an
   earlier crawl date);
3. an actor pool of ``actors`` runs ``Reader.read_many`` on batches of ``batch_size`` rows;
   each actor loads the model once, in its constructor, and keeps it;
4. the output rows (``id``, ``record``, ``error``, ``source``, ``text``) are written as
   Parquet shards to a hidden folder in ``out_dir``, and moved into ``out_dir`` when the run
   has succeeded.

Faults: an actor that dies (OOM kill, node lost, segfault in a native library) is restarted
up to ``max_retries`` times, and the batch it held is run again on a live actor (Ray Data's
actor-pool fault tolerance: ``max_restarts`` / ``max_task_retries``). Decision: bounded
retries, not Ray Data's default of infinite ones, so an article that kills every process
that reads it ends the run with an error instead of looping forever.

Test hook: with ``DATELINE_RAY_CRASH_AT=N:MARKER`` in the driver's environment, the first
actor to reach its N-th batch while MARKER does not exist creates MARKER and exits hard
(``os._exit``), once per run. tests/scale/test_ray_runner.py uses it; it costs one
``os.environ`` lookup per run otherwise.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
import uuid
import warnings
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from dateline.ingest.checks import is_day
from dateline.scale.errors import RayMissingError, ScaleError
from dateline.scale.parquet import count_rows, load_parquet_records, output_schema
from dateline.scale.rows import INPUT_COLUMNS, columns, from_input_row, to_input_row, to_output_row
from dateline.scale.splits import Split, input_files, plan_splits, read_split

__all__ = ["CRASH_ENV", "RayRunSummary", "load_parquet_records", "run_on_ray"]

CRASH_ENV = "DATELINE_RAY_CRASH_AT"
DEFAULT_BATCH_SIZE = 32
DEFAULT_MAX_RETRIES = 3
# Read and write tasks claim no CPU in Ray's accounting. Each actor holds one CPU for the
# whole run, so with ``actors`` equal to the cores (the natural setting) a task asking for
# any CPU would never be scheduled and the run would wait forever (seen on this machine).
# They are light next to the NLP (parsing JSON, writing Parquet); read tasks are capped at
# ``actors`` at a time, and writes follow the actors' output, so they cannot flood a node.
IO_CPUS = 0
# Rows per Parquet shard (at least; the last may hold fewer). Without it Ray writes one file per
# batch: a million articles would make 30,000 files of 32 rows, and a write task (a process
# start, a Parquet footer) per batch cost a 2-actor run ~10% more CPU in bench/ray_overhead.py.
# 2,000 rows of text and records are ~60 MB held by a write task before it writes.
ROWS_PER_SHARD = 2000
# Ray's default object store is 30% of RAM; on a shared machine a local run keeps to 1 GiB
# (what is in flight is a few splits of text, a few MB each).
LOCAL_OBJECT_STORE_BYTES = 1 << 30


@dataclass(frozen=True)
class RayRunSummary:
    """What one run did: counts from the written shards, and its settings."""

    out_dir: str
    shards: int
    articles: int
    errors: int
    splits: int
    seconds: float
    actors: int
    batch_size: int
    address: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def import_ray() -> Any:
    """RETURNS the ``ray`` module; raises RayMissingError (one line) when the extra is missing."""
    try:
        import ray
        import ray.data
    except ImportError as e:
        raise RayMissingError() from e
    return ray


def run_on_ray(inputs: Sequence[Path | str], out_dir: Path | str, *, address: str | None = None,
               actors: int | None = None, batch_size: int = DEFAULT_BATCH_SIZE, model: str | None = None,
               keep_text: bool = True, max_retries: int = DEFAULT_MAX_RETRIES,
               records_per_split: int | None = None, progress: bool = False,
               published: str | None = None, read_on: str | None = None) -> RayRunSummary:
    """Read every article of ``inputs`` on Ray; write the records as Parquet shards to ``out_dir``.

    inputs (list[Path]): files (.jsonl, .warc[.gz], .txt, .html ...) or directories of them,
        on storage every node sees at the same path.
    out_dir (Path): created if needed; must hold no Parquet shards yet.
    address (str | None): a cluster ("auto", "ray://head:10001"); None starts a local Ray
        (unless this process has initialised Ray already, then that one is used).
    actors (int | None): size of the actor pool, one CPU and one loaded model each;
        None: as many as the cluster has CPUs.
    batch_size (int): articles per batch sent to an actor (and per ``nlp.pipe`` batch).
    model (str | None): spaCy model package or path, as ``Reader.load``.
    keep_text (bool): also write each input text (the store needs it to load the shards).
    max_retries (int): restarts of a dead actor, and reruns of the batch it held.
    records_per_split (int | None): override the planned split size (tests, tuning).
    progress (bool): show Ray Data's progress bars on stderr.
    published (str | None): a publication date (YYYY-MM-DD) for the records that carry none
        (``dateline ingest --published``: a page's own date and a JSON record's win).
    read_on (str | None): the day the articles are read (YYYY-MM-DD): no inferred publication
        date is later; None: no such bound but a WARC record's crawl date. Never the clock.
    RETURNS (RayRunSummary): counts read back from the shards.
    Raises RayMissingError, InputError (bad inputs), ScaleError (bad settings, failed run).
    """
    ray = import_ray()
    if (actors is not None and actors < 1) or batch_size < 1 or max_retries < 0:
        raise ScaleError(f"need actors >= 1, batch size >= 1, retries >= 0 "
                         f"(got {actors}, {batch_size}, {max_retries})")
    for name, day in (("published", published), ("read_on", read_on)):
        if day is not None and not is_day(day):
            raise ScaleError(f"{name}: not a YYYY-MM-DD date: {day!r}")
    files = input_files(inputs)  # before out_dir is made: a typo in a path leaves nothing behind
    out = Path(out_dir)
    _check_out_dir(out)
    if address is None:  # fail here, in one line, not in actors the pool would restart
        from dateline.nlp.loading import find_model

        model = model or find_model()
    t0 = time.perf_counter()
    started = _init_ray(ray, address, actors)
    try:
        n_actors = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        splits = plan_splits(files, n_actors, records_per_split)
        _execute(ray, splits, out, actors=n_actors, batch_size=batch_size, model=model,
                 keep_text=keep_text, max_retries=max_retries, progress=progress, published=published,
                 read_on=read_on)
    finally:
        if started:
            ray.shutdown()
    seconds = time.perf_counter() - t0
    counts = count_rows(out)
    return RayRunSummary(str(out), counts.shards, counts.articles, counts.errors, len(splits),
                         round(seconds, 3), n_actors, batch_size, address)


def _check_out_dir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ScaleError(f"{out}: exists and is not a directory")
    if out.is_dir() and any(out.glob("*.parquet")):
        # Shards of an older run would be loaded with the new ones: refuse rather than mix.
        raise ScaleError(f"{out}: already holds Parquet shards; give an empty or new --out directory")
    out.mkdir(parents=True, exist_ok=True)


def _init_ray(ray: Any, address: str | None, actors: int | None) -> bool:
    """Connect to (or start) Ray; RETURNS True if we started it and so must shut it down."""
    if ray.is_initialized():
        return False
    try:
        if address is None:
            from dateline.pipeline.parallel import default_workers

            ray.init(num_cpus=actors or default_workers(), object_store_memory=LOCAL_OBJECT_STORE_BYTES,
                     include_dashboard=False, logging_level=logging.WARNING)
        else:
            ray.init(address=address, logging_level=logging.WARNING)
    except Exception as e:  # ConnectionError, RuntimeError, ValueError: all mean "no cluster"
        raise ScaleError(f"cannot start or reach Ray at {address or 'local'}: {_first_line(e)}") from e
    return True


def _execute(ray: Any, splits: list[Split], out: Path, *, actors: int, batch_size: int, model: str | None,
             keep_text: bool, max_retries: int, progress: bool, published: str | None,
             read_on: str | None) -> None:
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = progress
    ds = ray.data.from_items([s.to_dict() for s in splits], override_num_blocks=len(splits))
    # batch_size=1: one split per read task, so splits spread over the cluster.
    ds = ds.map_batches(read_splits, batch_size=1, batch_format="pyarrow", num_cpus=IO_CPUS,
                        compute=ray.data.TaskPoolStrategy(size=actors), fn_kwargs={"published": published, "read_on": read_on})
    with warnings.catch_warnings():
        # Ray 2.60 deprecates **ray_remote_args but has no named parameter for the retries yet.
        warnings.simplefilter("ignore", DeprecationWarning)
        ds = _map_articles(ray, ds, actors=actors, batch_size=batch_size, model=model, keep_text=keep_text,
                           max_retries=max_retries)
    # Shards are written to a hidden staging folder and moved into ``out`` only when the run
    # succeeded: a failed run leaves no half set of shards for a store to load.
    staging = out / f".dateline-run-{uuid.uuid4().hex[:12]}"
    data_log = logging.getLogger("ray.data")
    level = data_log.level
    if not progress:  # Ray Data logs every plan and sink at INFO; the CLI prints its own summary
        data_log.setLevel(logging.WARNING)
    try:
        with warnings.catch_warnings():  # as above: num_cpus for the writes has no named parameter
            warnings.simplefilter("ignore", DeprecationWarning)
            ds.write_parquet(str(staging), min_rows_per_file=ROWS_PER_SHARD,
                             ray_remote_args={"num_cpus": IO_CPUS})
    except Exception as e:  # Ray wraps worker failures in its own types; say it in one line
        raise ScaleError(f"the Ray run failed: {_first_line(e)} (partial output left in {staging})") from e
    finally:
        data_log.setLevel(level)
    for shard in sorted(staging.glob("*.parquet")):
        shard.rename(out / shard.name)
    shutil.rmtree(staging, ignore_errors=True)


def _map_articles(ray: Any, ds: Any, *, actors: int, batch_size: int, model: str | None, keep_text: bool,
                  max_retries: int) -> Any:
    return ds.map_batches(
        ArticleReader,
        fn_constructor_kwargs={"model": model, "batch_size": batch_size, "keep_text": keep_text,
                               "crash_at": os.environ.get(CRASH_ENV)},
        batch_size=batch_size, batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1,
        max_restarts=max_retries, max_task_retries=max_retries,
    )


def read_splits(batch: Any, published: str | None = None, read_on: str | None = None
                ) -> Any:  # pyarrow.Table -> pyarrow.Table
    """Read task: the input rows of the splits in ``batch`` (Dateline's own readers), with
    ``published`` for records that carry none and the day of reading ``read_on``, as the
    local engine gives them."""
    import pyarrow as pa

    from dateline.ingest.sources import stamp_read_on

    rows = [to_input_row(item) for split in batch.to_pylist()
            for item in stamp_read_on(read_split(Split.from_dict(split), published), read_on)]
    return pa.Table.from_pydict(columns(rows, INPUT_COLUMNS),
                                schema=pa.schema([(n, pa.string()) for n in INPUT_COLUMNS]))


class ArticleReader:
    """The actor: loads the model once, then reads batch after batch of input rows."""

    def __init__(self, model: str | None, batch_size: int, keep_text: bool, crash_at: str | None) -> None:
        from dateline.pipeline.reader import Reader

        self.reader = Reader.load(model)
        self.batch_size = batch_size
        self.keep_text = keep_text
        self.crash_at = crash_at
        self.batches = 0

    def __call__(self, batch: Any) -> Any:  # pyarrow.Table -> pyarrow.Table
        import pyarrow as pa

        self.batches += 1
        self._maybe_crash()
        items = [from_input_row(row) for row in batch.to_pylist()]
        results = self.reader.read_many(items, batch_size=self.batch_size)
        # read_many yields one result per input, in order: zip pairs each with its input.
        rows = [to_output_row(item, result, self.keep_text) for item, result in zip(items, results, strict=True)]
        return pa.Table.from_pylist(rows, schema=output_schema())

    def _maybe_crash(self) -> None:
        """Test hook (see module docstring): die hard once, on the N-th batch of one actor."""
        if not self.crash_at:
            return
        nth, _, marker = self.crash_at.partition(":")
        if self.batches != int(nth) or not marker:
            return
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)  # atomic: one crash per run
        except FileExistsError:
            return
        os.close(fd)
        os._exit(1)


def _first_line(e: BaseException) -> str:
    text = str(e).strip() or type(e).__name__
    return text.splitlines()[0][:300]
