"""One error shape for every failed request, and the HTTP status of each named error.

Every 4xx/5xx body is ``{"error": {"code": "E...", "message": "one readable line"}}``, the
shape of a failed article in the batch output (spec/contract.md), so clients handle one
shape. Codes E5xx belong to the serving layer; library errors keep their own codes
(E1xx article, E3xx store), so a user can grep one code across CLI, batch and API.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import (
    AmbiguousEntityError,
    ApiError,
    ArticleError,
    BadDateArgError,
    BadKindArgError,
    BadRequestError,
    DatelineError,
    EntityNotFoundError,
    InternalServerError,
    NotFoundError,
    ProcessingError,
    StoreError,
)

log = logging.getLogger(__name__)

UNPARSABLE_BODY = "There was an error parsing the body"
# What a field's pattern means, in words: "String should match pattern '\S'" helps nobody.
PATTERN_MEANS = {
    "text": "must contain some non-space text",
    "published": "not a YYYY-MM-DD date: {input!r}",
    "read_on": "not a YYYY-MM-DD date: {input!r}",
    "from": "not a date: {input!r} (use YYYY, YYYY-MM or YYYY-MM-DD)",
    "to": "not a date: {input!r} (use YYYY, YYYY-MM or YYYY-MM-DD)",
}


# Library errors the API can meet, most specific first (isinstance order matters).
STATUS_OF: tuple[tuple[type[DatelineError], int], ...] = (
    (EntityNotFoundError, 404),
    (AmbiguousEntityError, 409),  # the name is fine, the store holds several: say which
    (BadDateArgError, 422),  # a bad from/to parameter
    (BadKindArgError, 422),  # a bad quote kind
    (StoreError, 503),  # the store cannot be used (deleted, corrupt, newer schema)
    (ProcessingError, 500),  # the pipeline failed on a valid article: a bug, not the client's fault
    (ArticleError, 422),  # empty text, bad date: the article cannot be read
)


# An absolute path in a message (``/srv/data/news.db``): only its last part is shown to clients,
# who need not learn the server's file layout.
ABSOLUTE_PATH = re.compile(r"(?<![\w.~/])/(?:[^\s/'\"]+/)+(?=[^\s/'\"]+)")


def redact_paths(message: str) -> str:
    """RETURNS ``message`` with every absolute path shortened to its file name."""
    return ABSOLUTE_PATH.sub("", message)


def error_body(code: str, message: str) -> dict[str, Any]:
    """RETURNS the JSON body of an error response."""
    return {"error": {"code": code, "message": message}}


def status_of(err: DatelineError) -> int:
    """RETURNS the HTTP status for a library or API error (500 for unknown kinds)."""
    if isinstance(err, ApiError):
        return err.status
    for kind, status in STATUS_OF:
        if isinstance(err, kind):
            return status
    return 500


def describe_validation(exc: RequestValidationError) -> str:
    """One line naming every invalid part of a request: ``body.text: Field required``."""
    parts = []
    for e in exc.errors():
        if e.get("type") == "json_invalid":  # loc would be a byte position: say what it is
            ctx = e.get("ctx") or {}
            parts.append(f"body: not valid JSON ({ctx.get('error', 'decode error')} at position {e['loc'][-1]})")
            continue
        loc = e.get("loc", ())
        where = ".".join(str(p) for p in loc)
        # Pydantic prefixes our validators' messages with "Value error, ": noise to a user.
        msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
        if e.get("type") == "string_pattern_mismatch" and loc and str(loc[-1]) in PATTERN_MEANS:
            msg = PATTERN_MEANS[str(loc[-1])].format(input=e.get("input"))
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts) or "invalid request"


def install_handlers(app: FastAPI) -> None:
    """Route every exception to the one error shape (and log what is a bug)."""

    @app.exception_handler(DatelineError)
    async def on_dateline_error(request: Request, exc: DatelineError) -> JSONResponse:
        status = status_of(exc)
        message = exc.message
        if status >= 500:  # the server's own trouble: logged whole, told without its file layout
            level = logging.WARNING if isinstance(exc, ApiError) else logging.ERROR  # busy, timeout
            log.log(level, "%s %s: %s", request.method, request.url.path, exc.message)
            message = redact_paths(message)
        return JSONResponse(error_body(exc.code, message), status_code=status,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(error_body(BadRequestError.code, describe_validation(exc)), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # Unknown paths, wrong methods: the framework's own 4xx, in our shape.
        code = NotFoundError.code if exc.status_code == 404 else BadRequestError.code
        message = str(exc.detail)
        if message == UNPARSABLE_BODY:  # FastAPI's words for a body it cannot decode at all
            message = "body: cannot be decoded; send UTF-8 JSON with content-type application/json"
        return JSONResponse(error_body(code, message), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> JSONResponse:
        # A bug: log the traceback, tell the client no more than that it happened.
        log.exception("%s %s failed", request.method, request.url.path)
        # Starlette answers this outside every middleware: the security headers go on here.
        from dateline.api.limits import SECURITY_HEADERS

        return JSONResponse(error_body(InternalServerError.code,
                                       f"internal error: {type(exc).__name__}; see the server log"),
                            status_code=InternalServerError.status,
                            headers={k.decode(): v.decode() for k, v in SECURITY_HEADERS})
