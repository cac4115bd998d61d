"""Telegram's send limits for scheduled messages: a global rate and one message a second
per chat. Interactive replies do not pass through here (they use their own connection)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


class SendLimiter:
    """Spaces sends so the global rate and the per-chat interval are never exceeded."""

    def __init__(
        self,
        per_second: float,
        per_chat_interval: float = 1.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._interval = 1.0 / per_second if per_second > 0 else 0.0
        self._per_chat = per_chat_interval
        self._monotonic = monotonic
        self._next_global = 0.0
        self._next_chat: dict[int, float] = {}
        self._lock = asyncio.Lock()

    async def acquire(self, chat_id: int) -> None:
        """Wait for this chat's and the global turn, then claim both slots."""
        async with self._lock:
            now = self._monotonic()
            slot = max(now, self._next_global)
            self._next_global = slot + self._interval
            # A chat that is still cooling down waits on its own, without holding up others.
            start = max(slot, self._next_chat.get(chat_id, 0.0))
            self._next_chat[chat_id] = start + self._per_chat
            if len(self._next_chat) > 10_000:
                self._next_chat = {c: t for c, t in self._next_chat.items() if t > now}
        delay = start - now
        if delay > 0:
            await asyncio.sleep(delay)

    def pause_all(self, seconds: float) -> None:
        """Telegram said 429: nobody sends until the wait is over."""
        self._next_global = max(self._next_global, self._monotonic() + seconds)
