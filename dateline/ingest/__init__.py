"""Readers: each turns an input into a stream of RawArticle records (or per-record errors).

The one entry point is ``dateline.ingest.sources.iter_inputs(paths, published=None)``: text,
HTML, JSON Lines and WARC files, directories and standard input, one record per input record.
"""
