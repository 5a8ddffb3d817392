"""Scale-out: the same pipeline, the same records, on a Ray cluster (issue 8).

Only ``dateline.scale.ray_runner`` imports Ray, and only when it is called, so the rest of
Dateline (and this package's planning, Parquet and CLI helpers) works without the
``dateline[ray]`` extra installed.

    from dateline.scale.ray_runner import run_on_ray, load_parquet_records
    summary = run_on_ray([Path("news.jsonl")], Path("out/"), address=None, actors=2,
                         batch_size=32, model=None)
"""
