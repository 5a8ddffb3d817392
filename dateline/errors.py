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
