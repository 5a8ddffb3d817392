"""The options of a served Dateline, validated once, up front."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import SettingsError

DEFAULT_HOST = "127.0.0.1"  # local only unless the user asks: the API has no authentication
DEFAULT_PORT = 8000
DEFAULT_MAX_BODY = 1_000_000  # bytes; a long news article is ~50 kB, so 1 MB is generous
_SIZE = re.compile(r"^\s*(\d+)\s*([kKmM]?)[bB]?\s*$")
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000}


@dataclass(frozen=True)
class ServeSettings:
    """What ``dateline serve`` was asked for.

    db (Path): the SQLite store to serve (must exist: serving never creates a store).
    max_body (int): largest request body accepted, in bytes; larger ones get 413.
    model (str | None): spaCy model for ``POST /v1/read`` (None: the installed default).
    """

    db: Path
    max_body: int = DEFAULT_MAX_BODY
    model: str | None = None

    def __post_init__(self) -> None:
        if self.max_body < 1:
            raise SettingsError(f"--max-body must be at least 1 byte, got {self.max_body}")


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
