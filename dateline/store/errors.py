"""The store's named errors (codes E3xx), all DatelineError subclasses.

The CLI prints ``err.message`` as one line; the library raises, never prints.
"""

from __future__ import annotations

from dateline.errors import ArticleError, DatelineError


class StoreError(DatelineError):
    """The store itself cannot be used (cannot open, corrupt, newer schema)."""

    code = "E300"


class StoreNotFoundError(StoreError):
    """A query named a database file that does not exist (queries never create one)."""

    code = "E301"


class SchemaVersionError(StoreError):
    """The database carries migrations this version of Dateline does not know."""

    code = "E302"


class EntityNotFoundError(StoreError):
    """No global entity has the name a query asked for."""

    code = "E310"


class AmbiguousEntityError(StoreError):
    """Several global entities answer to the name; the message lists them."""

    code = "E311"


class ExportError(StoreError):
    """An export cannot run (unknown format, missing optional dependency, unwritable file)."""

    code = "E320"


class ArticleConflictError(ArticleError):
    """An article id is already stored with different text: the stored one is kept.

    Decision: never overwrite silently. Offsets of every stored fact point into the
    stored text, so replacing text in place would orphan them; a user who means to
    replace an article ingests it into a fresh store.
    """

    code = "E330"


class OffsetError(ArticleError):
    """A span of the record does not match the article text (``text[start:end] != span``)."""

    code = "E331"
