"""The ReadPool in front of the readers: bounded, and nothing runs for a client that left.

The slots here are stand-ins that wait on events instead of running the model (what is
tested is the queue; the real processes are tested in test_serve.py).
"""

from __future__ import annotations

import asyncio

import pytest

from dateline.api.workers import ReadPool
from dateline.errors import BusyError, ReadTimeoutError
from dateline.types import RawArticle
from tests.hardening.loops import run_apart


class GateSlot:
    """A slot whose reads block until ``release`` is set; records what ran and what was stopped."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.started: list[str] = []
        self.stopped = 0

    async def read(self, raw: RawArticle, time_limit: float):
        self.started.append(raw.id)
        try:
            await asyncio.wait_for(self.release.wait(), time_limit)
        except TimeoutError:
            self.stop()
            raise ReadTimeoutError("too long") from None
        except asyncio.CancelledError:
            self.stop()
            raise
        return raw.id

    def stop(self) -> None:
        self.stopped += 1

    def close(self) -> None:
        pass


def raw(i: int) -> RawArticle:
    return RawArticle(f"r{i}", "text", None)


def test_a_full_queue_is_refused_at_once_with_retry_after() -> None:
    async def scenario() -> None:
        slot = GateSlot()
        pool = ReadPool([slot], max_queue=2, time_limit=30)
        tasks = [asyncio.ensure_future(pool.read(raw(i))) for i in range(3)]  # 1 runs, 2 wait
        await asyncio.sleep(0.05)
        assert pool.running == 1 and pool.waiting == 2
        with pytest.raises(BusyError) as busy:
            await pool.read(raw(9))
        assert busy.value.status == 429 and int(busy.value.headers["Retry-After"]) >= 1
        slot.release.set()
        assert await asyncio.gather(*tasks) == ["r0", "r1", "r2"]
        assert slot.started == ["r0", "r1", "r2"]

    run_apart(scenario())


def test_a_queued_read_whose_client_left_never_runs_and_a_running_one_is_stopped() -> None:
    async def scenario() -> None:
        slot = GateSlot()
        pool = ReadPool([slot], max_queue=4, time_limit=30)
        running = asyncio.ensure_future(pool.read(raw(0)))
        queued = [asyncio.ensure_future(pool.read(raw(i))) for i in (1, 2)]
        await asyncio.sleep(0.05)
        queued[0].cancel()  # what read_for does when the client disconnects
        running.cancel()
        await asyncio.sleep(0.05)
        assert slot.stopped == 1  # the running read was stopped, not left to finish
        slot.release.set()
        assert await queued[1] == "r2"
        assert slot.started == ["r0", "r2"]  # r1 was dropped from the queue
        assert pool.waiting == 0 and pool.running == 0

    run_apart(scenario())


def test_a_read_over_the_time_limit_is_stopped_and_the_slot_serves_the_next() -> None:
    async def scenario() -> None:
        slot = GateSlot()
        pool = ReadPool([slot], max_queue=1, time_limit=0.1)
        with pytest.raises(ReadTimeoutError):
            await pool.read(raw(0))
        assert slot.stopped == 1
        slot.release.set()
        assert await pool.read(raw(1)) == "r1"

    run_apart(scenario())


def test_two_slots_read_two_articles_at_once() -> None:
    async def scenario() -> None:
        slots = [GateSlot(), GateSlot()]
        pool = ReadPool(slots, max_queue=0, time_limit=30)
        tasks = [asyncio.ensure_future(pool.read(raw(i))) for i in range(2)]
        await asyncio.sleep(0.05)
        assert pool.running == 2 and [s.started for s in slots] == [["r0"], ["r1"]]
        with pytest.raises(BusyError):  # no queue at all: a third is refused
            await pool.read(raw(2))
        for s in slots:
            s.release.set()
        assert await asyncio.gather(*tasks) == ["r0", "r1"]

    run_apart(scenario())
