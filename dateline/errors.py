"""The error catalogue: every named exception of Dateline with its stable code.

Codes are stable: they appear in batch output (``{"id", "error": {"code", "message"}}``),
in API error bodies and on the CLI's one error line, and users grep for them. Ranges:
E0xx whole input or setup, E1xx one article, E3xx store, E4xx scale-out, E5xx serving.
Every code is defined here once and listed in README's error table
(``tests/test_errors.py`` checks both); layers import their errors from this module.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base class: ``code`` is stable, ``str(err)`` is one readable line."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class ModelNotFoundError(DatelineError):
    code = "E001"


class InputError(DatelineError):
    """A whole input (file, stream) cannot be read: the batch cannot run."""

    code = "E002"


class ArticleError(DatelineError):
    """One article cannot be read; the batch goes on without it.

    ``article_id`` is the id of the record when it is known (None for a line that
    could not even be parsed).
    """

    code = "E100"

    def __init__(self, message: str, article_id: str | None = None) -> None:
        super().__init__(message)
        self.article_id = article_id

    def __reduce__(self):  # keep article_id across processes (pickle calls cls(*args))
        return (self.__class__, (self.message, self.article_id))


class MalformedRecordError(ArticleError):
    code = "E101"


class MissingFieldError(ArticleError):
    code = "E102"


class EmptyTextError(ArticleError):
    code = "E103"


class BadDateError(ArticleError):
    code = "E104"


class DecodeError(ArticleError):
    code = "E105"


class ProcessingError(ArticleError):
    """An unexpected failure inside the pipeline on one article (a bug: please report)."""

    code = "E199"


# Readers and hostile input (issue 7): each names the input and the problem in one line.


class NoArticleError(ArticleError):
    """An HTML page (file or WARC response) in which no article text was found."""

    code = "E106"


class NotEnglishError(ArticleError):
    """The text is not English (Dateline's models and lexicons are English-only)."""

    code = "E107"


class BinaryInputError(ArticleError):
    """The input holds binary data (NUL bytes, many control characters), not text."""

    code = "E108"


class UnreadableInputError(ArticleError):
    """One input cannot be opened or read to the end (missing file, broken WARC stream)."""

    code = "E109"


class TooLargeError(ArticleError):
    """One input is larger than a reader accepts; it is refused before it is loaded."""

    code = "E110"


class UnencodableTextError(ArticleError):
    """Text holding characters with no UTF-8 form (a lone surrogate such as ``"\\ud800"``, which
    JSON's ``\\uXXXX`` escapes can spell): it could be neither tokenized nor written out."""

    code = "E111"


# The store (E3xx). The CLI prints ``err.message`` as one line; the library raises, never prints.


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


class BadDateArgError(StoreError):
    """A --from/--to value is not YYYY, YYYY-MM or YYYY-MM-DD."""

    code = "E312"


class BadKindArgError(StoreError):
    """A quote kind that is not direct, indirect or all."""

    code = "E313"


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
    """The backend refused one article's rows (a malformed record, e.g. two entities with one id,
    or text the backend cannot hold): that article is not stored, the batch goes on."""

    code = "E332"


class OffsetError(ArticleError):
    """A span of the record does not match the article text (``text[start:end] != span``)."""

    code = "E331"


# Scale-out (E4xx).

RAY_MISSING = 'ray is not installed: pip install "dateline[ray]"'


class ScaleError(DatelineError):
    """A distributed run cannot start or did not finish (bad settings, cluster failure)."""

    code = "E400"


class RayMissingError(ScaleError):
    """The ``ray`` extra is not installed; the message is the one line the user needs."""

    code = "E401"

    def __init__(self, message: str = RAY_MISSING) -> None:
        super().__init__(message)


# Serving (E5xx): ``status`` is the HTTP status of the response that carries the error.


class ApiError(DatelineError):
    """A request the API refuses; ``status`` is its HTTP status."""

    code = "E500"
    status = 400


class SettingsError(DatelineError):
    """A serve option is invalid (port out of range, unreadable size ...)."""

    code = "E501"


class BadRequestError(ApiError):
    """The request does not have the documented shape (a missing field, a bad parameter)."""

    code = "E510"
    status = 422


class NotFoundError(ApiError):
    """No such article, entity or page."""

    code = "E511"
    status = 404


class BodyTooLargeError(ApiError):
    """The request body is larger than ``--max-body``."""

    code = "E513"
    status = 413


class BusyError(ApiError):
    """Every reader is busy and the read queue is full (``--read-queue``): retry later."""

    code = "E514"
    status = 429  # back-pressure, not a failure: a flood of reads must not look like a broken server

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.headers = {"Retry-After": str(retry_after)}

    def __reduce__(self):  # keep retry_after across processes
        return (self.__class__, (self.message, int(self.headers["Retry-After"])))


class ReadTimeoutError(ApiError):
    """A read took longer than ``--read-timeout``; it was stopped."""

    code = "E515"
    status = 503


class BodyTimeoutError(ApiError):
    """The request body did not arrive within ``--body-timeout`` seconds."""

    code = "E516"
    status = 408


class HostNotAllowedError(ApiError):
    """The Host header names a host this server does not answer for (``--allow-host``)."""

    code = "E517"
    status = 400


class ClientGoneError(ApiError):
    """The client disconnected before its read finished (nobody receives this answer)."""

    code = "E518"
    status = 499  # nginx's "client closed request": never seen by a client, only in logs


class ShuttingDownError(ApiError):
    """The server is stopping (the read was stopped), or a reader process stopped under a read."""

    code = "E519"
    status = 503


class InternalServerError(ApiError):
    """A bug while answering a request: the client is told no more; the server logs the traceback."""

    code = "E599"
    status = 500


def article_error_class(code: object) -> type[ArticleError]:
    """RETURNS the ArticleError class of catalogue code ``code`` (ArticleError for any other value).

    For errors that travelled as data (a batch output's ``{"id", "error": {"code", ...}}``):
    loading such a record reports it under the code it was written with.
    """
    todo: list[type[ArticleError]] = [ArticleError]
    while todo:
        cls = todo.pop()
        if cls.code == code:
            return cls
        todo.extend(cls.__subclasses__())
    return ArticleError
