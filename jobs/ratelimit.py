"""Telegram's send limits for scheduled messages: a global rate and one message a second
per chat. Interactive replies do not pass through here (they use their own connection).

Slots are reserved before sleeping and a sleep may wake a little late, so two sends can end
up closer than the interval; the global interval carries a 1% margin so that any second
still holds at most `per_second` sends (measured by bench/rate_limits.py against a fake
server that answers 429 past the limit).
"""

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
        margin: float = 0.01,
    ) -> None:
        self._per_second = per_second
        self._interval = (1.0 + margin) / per_second if per_second > 0 else 0.0
        self._per_chat = per_chat_interval
        self._monotonic = monotonic
        self._next_global = 0.0
        self._next_chat: dict[int, float] = {}

    @property
    def per_second(self) -> float:
        """The global rate (0: no global limit)."""
        return self._per_second

    async def acquire(self, chat_id: int) -> None:
        """Wait for this chat's and the global turn, then claim both slots."""
        while True:
            # No lock: nothing here awaits before the slots are claimed, so on one event
            # loop each pass is atomic.
            now = self._monotonic()
            slot = max(now, self._next_global)
            chat_ready = self._next_chat.get(chat_id, 0.0)
            if chat_ready <= slot:
                break
            # A chat still cooling down waits on its own, without taking a global slot it
            # would not use on time (that would let others bunch up behind it).
            await asyncio.sleep(chat_ready - now)
        self._next_global = slot + self._interval
        self._next_chat[chat_id] = slot + self._per_chat
        if len(self._next_chat) > 10_000:
            self._next_chat = {c: t for c, t in self._next_chat.items() if t > now}
        delay = slot - now
        if delay > 0:
            await asyncio.sleep(delay)

    def pause_all(self, seconds: float) -> None:
        """Telegram said 429: nobody sends until the wait is over."""
        self._next_global = max(self._next_global, self._monotonic() + seconds)
