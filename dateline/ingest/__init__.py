"""Readers: each turns an input into a stream of RawArticle records (or per-record errors)."""
