"""KeyedLocks: work for one key runs one at a time, in arrival order; keys never wait for
each other; nothing is kept once nobody holds or waits."""

from __future__ import annotations

import asyncio

from jobs.locks import KeyedLocks


async def test_one_key_runs_in_arrival_order_and_other_keys_do_not_wait() -> None:
    locks = KeyedLocks()
    order: list[str] = []
    release = asyncio.Event()

    async def work(key: int, name: str, wait: bool = False) -> None:
        async with locks.held(key):
            order.append(f"{name} in")
            if wait:
                await release.wait()
            order.append(f"{name} out")

    first = asyncio.create_task(work(1, "a", wait=True))
    await asyncio.sleep(0)
    queued = [asyncio.create_task(work(1, name)) for name in ("b", "c")]
    await asyncio.sleep(0)
    await asyncio.wait_for(work(2, "other"), 1)  # a different key goes straight through
    assert order == ["a in", "other in", "other out"]
    assert len(locks) == 1
    release.set()
    await asyncio.gather(first, *queued)
    assert order[3:] == ["a out", "b in", "b out", "c in", "c out"]
    assert len(locks) == 0


async def test_a_cancelled_waiter_or_a_failing_holder_leaves_nothing_behind() -> None:
    locks = KeyedLocks()
    release = asyncio.Event()

    async def hold() -> None:
        async with locks.held("k"):
            await release.wait()
            raise RuntimeError("boom")

    holder = asyncio.create_task(hold())
    await asyncio.sleep(0)

    async def wait_for_lock() -> None:
        async with locks.held("k"):
            raise AssertionError("a cancelled waiter never gets the lock")

    waiter = asyncio.create_task(wait_for_lock())
    await asyncio.sleep(0)
    waiter.cancel()
    release.set()
    results = await asyncio.gather(holder, waiter, return_exceptions=True)
    assert isinstance(results[0], RuntimeError)
    assert isinstance(results[1], asyncio.CancelledError)
    assert len(locks) == 0
    async with locks.held("k"):  # and the key is usable again
        assert len(locks) == 1
