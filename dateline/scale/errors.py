"""Errors of the scale-out layer (codes E4xx; E3xx belong to the store)."""

from __future__ import annotations

from dateline.errors import DatelineError

RAY_MISSING = 'ray is not installed: pip install "dateline[ray]"'


class ScaleError(DatelineError):
    """A distributed run cannot start or did not finish (bad settings, cluster failure)."""

    code = "E400"


class RayMissingError(ScaleError):
    """The ``ray`` extra is not installed; the message is the one line the user needs."""

    code = "E401"

    def __init__(self, message: str = RAY_MISSING) -> None:
        super().__init__(message)
