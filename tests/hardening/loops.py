"""Running a coroutine from a test, whatever loop the test's thread already holds."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any


def run_apart(coro: Coroutine[Any, Any, Any], timeout: float = 30) -> Any:
    """Run ``coro`` on a new event loop in a thread of its own: the test's thread may already
    hold a running loop (Playwright's sync API leaves one behind after tests/web), where
    ``asyncio.run`` refuses to start. RETURNS what the coroutine returns."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result(timeout=timeout)
