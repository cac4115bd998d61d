"""The application's side of the shared send budget: replies take reply slots, a 429 is
reported to the budget for its chat and the reply retried a bounded number of times."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.ratelimit import SharedRateLimiter
from jobs.ratelimit import SendLimiter


class RecordingLimiter(SendLimiter):
    """A real limiter that also notes who asked for what."""

    def __init__(self) -> None:
        super().__init__(0)
        self.acquired: list[tuple[int | None, bool]] = []
        self.paused: list[float] = []
        self.too_many: list[tuple[int | None, float]] = []

    async def acquire(self, chat_id: int | None, *, reply: bool = False) -> None:
        self.acquired.append((chat_id, reply))
        await super().acquire(chat_id, reply=reply)

    def pause_all(self, seconds: float) -> None:
        self.paused.append(seconds)

    def too_many_requests(self, chat_id: int | None, seconds: float) -> bool:
        self.too_many.append((chat_id, seconds))  # recorded, not waited (no real sleeping)
        return False


class Failing:
    """A Bot API call that answers 429 (retry after 2 s) `times` times, then `result`."""

    def __init__(self, times: int, result: Any = True) -> None:
        self.times = times
        self.result = result
        self.calls = 0

    async def __call__(self) -> Any:
        self.calls += 1
        if self.calls <= self.times:
            raise RetryAfter(timedelta(seconds=2))
        return self.result


async def call(limiter: SharedRateLimiter, callback: Failing, data: dict[str, Any]) -> Any:
    return await limiter.process_request(callback, (), {}, "sendMessage", data, None)


async def test_a_message_to_a_chat_takes_a_reply_slot() -> None:
    shared = RecordingLimiter()
    result = await call(SharedRateLimiter(shared), Failing(0, {"ok": 1}), {"chat_id": "42"})
    assert result == {"ok": 1}
    assert shared.acquired == [(42, True)]


async def test_requests_without_a_chat_do_not_spend_the_budget() -> None:
    shared = RecordingLimiter()
    await call(SharedRateLimiter(shared), Failing(0), {"callback_query_id": "9"})
    assert shared.acquired == []


async def test_a_429_is_reported_for_its_chat_and_the_reply_is_retried() -> None:
    shared = RecordingLimiter()
    callback = Failing(2)
    assert await call(SharedRateLimiter(shared, max_retries=3), callback, {"chat_id": 1}) is True
    assert shared.too_many == [(1, 2.0), (1, 2.0)]
    assert shared.paused == []  # one chat's 429 pauses nobody else
    assert callback.calls == 3
    assert len(shared.acquired) == 3  # every retry waits for a slot again


async def test_retries_are_bounded() -> None:
    shared = RecordingLimiter()
    callback = Failing(10)
    with pytest.raises(RetryAfter):
        await call(SharedRateLimiter(shared, max_retries=2), callback, {"chat_id": 1})
    assert callback.calls == 3


async def test_without_a_limit_a_429_is_still_waited_out(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr("bot.ratelimit.asyncio.sleep", sleep)
    assert await call(SharedRateLimiter(None), Failing(1), {"chat_id": 1}) is True
    assert slept == [2.0]
