"""ASGI middleware: security headers on every response, the Host allow-list, and bodies
refused when too large (413) or too slow (408).

Pure ASGI rather than FastAPI's ``@app.middleware("http")``: the size check must happen
before anything reads the body into memory, and must also hold for chunked bodies that
carry no Content-Length.

Decision, the Host check: the API has no authentication, so a web page the user visits could
reach it through DNS rebinding (a hostile name that resolves to 127.0.0.1); the browser then
sends that name as Host. Answering only Host values on an allow-list (localhost by default,
more with ``--allow-host``) closes that door whatever the name resolves to.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from dateline.api.errors import error_body
from dateline.errors import (
    ApiError,
    BodyTimeoutError,
    BodyTooLargeError,
    HostNotAllowedError,
    InternalServerError,
)

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Everything the pages need is served by this process; the policy makes the browser refuse
# anything else (no CDN, no web font, no inline script an article could smuggle in).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)


class BodyLimit:
    """Answer 413 to any request whose body exceeds ``max_body`` bytes, 408 to one whose body
    takes longer than ``timeout`` seconds to arrive (a client trickling bytes holds a
    connection and its memory for nothing).

    A declared Content-Length over the limit is refused at once; otherwise the body is
    read (at most ``max_body`` + one chunk, so memory stays bounded) and replayed to the app.
    """

    def __init__(self, app: ASGIApp, max_body: int, timeout: float = 30.0) -> None:
        self.app = app
        self.max_body = max_body
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        deadline = time.monotonic() + self.timeout
        while more:
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                await send_error(send, BodyTimeoutError(
                    f"the request body did not arrive within {self.timeout:g} s "
                    "(see dateline serve --body-timeout)"))
                return
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await self._refuse(send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the disconnect, as the server would

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        await send_error(send, BodyTooLargeError(f"request body is larger than the limit of {self.max_body} "
                                                 "bytes (see dateline serve --max-body)"))


async def send_error(send: Send, err: ApiError, status: int | None = None) -> None:
    """Answer with ``err`` in the API's error shape (and the security headers), closing the connection."""
    payload = json.dumps(error_body(err.code, err.message)).encode()
    await send({"type": "http.response.start", "status": status or err.status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode()),
                            (b"connection", b"close"), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": payload})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class SecurityHeaders:
    """Add SECURITY_HEADERS to every HTTP response (pages, static files, JSON), a bug's 500
    included: an exception that escapes the app is answered here, with the headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                present = {name.lower() for name, _ in message.get("headers", ())}
                message["headers"] = [*message.get("headers", ()),
                                      *(h for h in SECURITY_HEADERS if h[0] not in present)]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as e:
            if started:
                raise  # half a response is out: only closing the connection is left
            log.exception("%s %s failed", scope.get("method"), scope.get("path"))
            await send_error(send, InternalServerError(f"internal error: {type(e).__name__}; see the server log"))


def host_of(value: str) -> str:
    """RETURNS the host part of a Host header, lower-cased: ``[::1]:8000`` -> ``::1``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class HostCheck:
    """Answer 400 (E517) to a request whose Host header is not on the allow-list.

    allowed: host names or addresses (no port); ``*`` allows any; ``.example.org`` allows
    that domain and its subdomains.
    """

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(h.strip().lower().strip("[]") for h in allowed)
        self.any = "*" in self.allowed
        self.domains = tuple(h for h in self.allowed if h.startswith("."))

    def allows(self, host: str) -> bool:
        return self.any or host in self.allowed or any(
            host.endswith(d) or host == d[1:] for d in self.domains)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self.any:
            values = [v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"host"]
            host = host_of(values[0]) if len(values) == 1 else ""
            if not self.allows(host):
                shown = ascii(values[0][:100]) if values else "none"
                await send_error(send, HostNotAllowedError(
                    f"Host header {shown} is not one this server answers for "
                    "(see dateline serve --allow-host)"))
                return
        await self.app(scope, receive, send)
