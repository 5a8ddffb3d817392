"""The options of a served Dateline, validated once, up front."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import SettingsError

DEFAULT_HOST = "127.0.0.1"  # local only unless the user asks: the API has no authentication
DEFAULT_PORT = 8000
DEFAULT_MAX_BODY = 1_000_000  # bytes; a long news article is ~50 kB, so 1 MB is generous
DEFAULT_READ_QUEUE = 8  # reads that may wait for a free reader; one more gets 429 + Retry-After
DEFAULT_READ_TIMEOUT = 600.0  # seconds one read may take (a 1 MB text: 3 to 5 minutes on a busy 2-core machine)
DEFAULT_BODY_TIMEOUT = 30.0  # seconds a request body may take to arrive
SHUTDOWN_GRACE = 3  # seconds running requests get after SIGTERM before they are cancelled
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
_SIZE = re.compile(r"^\s*(\d+)\s*([kKmM]?)[bB]?\s*$")
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000}


@dataclass(frozen=True)
class ServeSettings:
    """What ``dateline serve`` was asked for.

    db (Path): the SQLite store to serve (must exist: serving never creates a store).
    max_body (int): largest request body accepted, in bytes; larger ones get 413.
    model (str | None): spaCy model for ``POST /v1/read`` (None: the installed default).
    workers (int): reader processes for ``POST /v1/read`` (0: read on a thread of the server
        process, where a running read cannot be stopped; what tests and embedders use).
    read_queue (int): reads that may wait for a reader; more get 429 with Retry-After.
    read_timeout (float): seconds a read may run before it is stopped (503).
    body_timeout (float): seconds a request body may take to arrive (408).
    allowed_hosts (tuple): Host header values answered (``*``: any); others get 400.
    """

    db: Path | str  # a file, or a postgresql:// URL
    max_body: int = DEFAULT_MAX_BODY
    model: str | None = None
    workers: int = 0
    read_queue: int = DEFAULT_READ_QUEUE
    read_timeout: float = DEFAULT_READ_TIMEOUT
    body_timeout: float = DEFAULT_BODY_TIMEOUT
    allowed_hosts: tuple[str, ...] = LOCAL_HOSTS

    def __post_init__(self) -> None:
        if self.max_body < 1:
            raise SettingsError(f"--max-body must be at least 1 byte, got {self.max_body}")
        if self.workers < 0:
            raise SettingsError(f"workers must be 0 (a thread) or more, got {self.workers}")
        if self.read_queue < 0:
            raise SettingsError(f"--read-queue must be 0 or more, got {self.read_queue}")
        for name, value in (("--read-timeout", self.read_timeout), ("--body-timeout", self.body_timeout)):
            if not value > 0:
                raise SettingsError(f"{name} must be a positive number of seconds, got {value}")
        for host in self.allowed_hosts:
            if not host or any(c in host for c in " /@?#"):
                raise SettingsError(f"--allow-host: not a host name: {host!r}")


def parse_size(value: str) -> int:
    """RETURNS a byte count from ``"1000000"``, ``"512K"``, ``"1MB"`` (decimal units).

    Raises SettingsError for anything else.
    """
    m = _SIZE.match(value)
    if not m:
        raise SettingsError(f"not a size: {value!r} (use bytes, or a number with K or M, e.g. 1M)")
    return int(m[1]) * _UNITS[m[2].lower()]


def check_port(port: int) -> int:
    """RETURNS ``port`` if it is a TCP port number (0 lets the system choose); raises SettingsError."""
    if not 0 <= port <= 65535:
        raise SettingsError(f"--port must be between 0 and 65535, got {port}")
    return port


def is_loopback(host: str) -> bool:
    """True if listening on ``host`` is reachable from this machine only."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def hosts_for(bind: str, extra: tuple[str, ...]) -> tuple[str, ...]:
    """The Host values a server bound to ``bind`` answers: localhost, the address it is bound
    to when that is one address (not 0.0.0.0 or ::), and those given with --allow-host."""
    hosts = list(LOCAL_HOSTS)
    if bind not in ("0.0.0.0", "::", "") and bind.lower() not in hosts:
        hosts.append(bind.lower().strip("[]"))
    return tuple(dict.fromkeys([*hosts, *(h.lower() for h in extra)]))
