"""One asyncio lock per key, created on demand and forgotten when nobody holds or waits.

Why: some work for one person must never interleave with other work for the same
person (a pacer step and a Stop press), while different people never wait for each
other. A dict of locks that only grows would keep one lock per user ever seen.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Hashable
from contextlib import asynccontextmanager


class KeyedLocks:
    """`async with locks.held(key):` serialises work per key, within this process."""

    def __init__(self) -> None:
        self._locks: dict[Hashable, asyncio.Lock] = {}
        self._users: dict[Hashable, int] = {}

    @asynccontextmanager
    async def held(self, key: Hashable) -> AsyncIterator[None]:
        """Hold the key's lock for the block; waiters are served in arrival order."""
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    def __len__(self) -> int:
        """Keys with a holder or a waiter (tests check that nothing is left behind)."""
        return len(self._locks)
