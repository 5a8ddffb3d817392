"""The store's named errors (codes E3xx), re-exported from the catalogue in ``dateline/errors.py``.

The CLI prints ``err.message`` as one line; the library raises, never prints.
"""

from __future__ import annotations

from dateline.errors import (
    AmbiguousEntityError,
    ArticleConflictError,
    BadDateArgError,
    BadKindArgError,
    EntityNotFoundError,
    ExportError,
    NotAStoreError,
    OffsetError,
    RecordStoreError,
    SchemaVersionError,
    StoreBusyError,
    StoreCorruptError,
    StoreError,
    StoreNotFoundError,
    StoreOutdatedError,
    StoreReadOnlyError,
    StoreUnavailableError,
)

__all__ = ["AmbiguousEntityError", "ArticleConflictError", "BadDateArgError", "BadKindArgError", "EntityNotFoundError",
           "ExportError", "NotAStoreError", "OffsetError", "RecordStoreError", "SchemaVersionError", "StoreBusyError",
           "StoreCorruptError", "StoreError", "StoreNotFoundError", "StoreOutdatedError", "StoreReadOnlyError",
           "StoreUnavailableError"]
