"""Replies to people draw on the same send budget as scheduled messages, ahead of them.

PTB's own `AIORateLimiter` keeps a budget of its own, so replies plus a scheduler running
at the limit would ask Telegram for twice its rate. This adapter hands every request that
names a chat to the shared `SendLimiter` as a reply (first in line), and waits out a 429
for the chat it was about (for everyone only on evidence the limit is global: see
jobs/ratelimit.py), retrying a bounded number of times.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from jobs.ratelimit import SendLimiter, retry_seconds

log = logging.getLogger(__name__)
#: A Bot API answer as PTB hands it to a rate limiter (PTB's own alias is private).
JSONDict = dict[str, Any]


class SharedRateLimiter(BaseRateLimiter[int]):
    """PTB's rate-limiter hook in front of the shared `SendLimiter` (None: no global limit)."""

    def __init__(self, limiter: SendLimiter | None, max_retries: int = 3) -> None:
        self._limiter = limiter
        self._max_retries = max_retries

    async def initialize(self) -> None:
        """Nothing to open: the limiter lives as long as the application."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Take a reply slot for anything sent to a chat; retry after a 429, up to a bound."""
        chat_id = _chat_of(data)
        retries = rate_limit_args if rate_limit_args is not None else self._max_retries
        attempt = 0
        while True:
            if self._limiter is not None and chat_id is not None:
                await self._limiter.acquire(chat_id, reply=True)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == retries:
                    raise
                attempt += 1
                wait = retry_seconds(error.retry_after)
                log.info("Telegram asked to wait %.1f s before %s", wait, endpoint)
                if self._limiter is not None:
                    # Pauses this chat (or, on evidence, everyone); the next acquire waits.
                    self._limiter.too_many_requests(chat_id, wait)
                else:
                    await asyncio.sleep(wait)


def _chat_of(data: dict[str, Any]) -> int | None:
    """The numeric chat a request goes to (None for getUpdates, answerCallbackQuery...)."""
    chat = data.get("chat_id")
    if isinstance(chat, int | str):
        with contextlib.suppress(ValueError):
            return int(chat)
    return None
