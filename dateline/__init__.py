"""Dateline: read news, get source-grounded, dated facts.

    import dateline
    reader = dateline.load()
    article = reader.read(text, published="2021-02-20")
    article.to_dict()          # contract JSON (spec/contract.md)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.errors import ArticleError, DatelineError
from dateline.types import Article, RawArticle

if TYPE_CHECKING:
    from dateline.pipeline.reader import Reader

__version__ = "0.1.0"


def load(model: str | None = None) -> Reader:
    """Load the pipeline (spaCy model + Dateline components). RETURNS a Reader."""
    from dateline.pipeline.reader import Reader

    return Reader.load(model)


def __getattr__(name: str):  # lazy: importing dateline must not import spaCy
    if name == "Reader":
        from dateline.pipeline.reader import Reader

        return Reader
    raise AttributeError(name)


__all__ = ["Article", "ArticleError", "DatelineError", "RawArticle", "load", "__version__"]
