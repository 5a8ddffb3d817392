"""Named exceptions with coded, one-line messages.

Codes are stable: they appear in batch output (``{"id", "error": {"code", "message"}}``)
and users grep for them.
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
