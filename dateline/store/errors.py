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


class NotAStoreError(StoreError):
    """The file is not a Dateline store: another program's database, or an empty file.

    Decision: never adopt such a file. Only a command that creates stores (ingest, load,
    rebuild) writes the schema, and only into a missing file or an empty database.
    """

    code = "E303"


class StoreOutdatedError(StoreError):
    """The store lacks migrations this Dateline needs; a read never applies them (it never writes)."""

    code = "E304"


class StoreUnavailableError(StoreError):
    """The backend failed under a store that opened (the API answers 503 for it and its subclasses)."""

    code = "E305"


class StoreCorruptError(StoreUnavailableError):
    """The backend found damaged data (a corrupt page, a file that is not a database)."""

    code = "E306"


class StoreReadOnlyError(StoreUnavailableError):
    """A command that writes met a store it may not write (file mode, directory, read-only server)."""

    code = "E307"


class StoreBusyError(StoreUnavailableError):
    """Another process held the store locked for longer than the backend waits."""

    code = "E308"


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


class RecordStoreError(ArticleError):
    """The backend refused one article's rows (a malformed record, e.g. two facts with one key):
    that article is not stored, the batch goes on."""

    code = "E332"


class OffsetError(ArticleError):
    """A span of the record does not match the article text (``text[start:end] != span``)."""

    code = "E331"
