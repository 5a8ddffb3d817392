"""Errors of the scale-out layer (codes E4xx), re-exported from the catalogue in ``dateline/errors.py``."""

from __future__ import annotations

from dateline.errors import RAY_MISSING, RayMissingError, ScaleError

__all__ = ["RAY_MISSING", "RayMissingError", "ScaleError"]
