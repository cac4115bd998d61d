"""The send limiter: a global rate and one message a second per chat, on a fake clock."""

from __future__ import annotations

import pytest

from jobs.ratelimit import SendLimiter


class FakeTime:
    """A monotonic clock that sleeps by jumping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    clock = FakeTime()

    async def jump(seconds: float) -> None:
        clock.now += max(0.0, seconds)

    monkeypatch.setattr("jobs.ratelimit.asyncio.sleep", jump)
    return clock


async def test_global_rate_is_never_exceeded(fake_time: FakeTime) -> None:
    limiter = SendLimiter(30, monotonic=fake_time)
    starts = []
    for chat in range(90):
        await limiter.acquire(chat)
        starts.append(fake_time.now)
    assert starts[-1] - starts[0] >= 89 / 30 - 1e-9
    for i in range(len(starts) - 30):
        assert starts[i + 30] - starts[i] >= 1.0 - 1e-9  # any 31 sends span at least 1 s


async def test_one_message_a_second_per_chat(fake_time: FakeTime) -> None:
    limiter = SendLimiter(0, monotonic=fake_time)
    starts = []
    for _ in range(3):
        await limiter.acquire(7)
        starts.append(fake_time.now)
    assert starts == [1000.0, 1001.0, 1002.0]
    await limiter.acquire(8)  # another chat is not held up by chat 7's cooldown
    assert fake_time.now == 1002.0


async def test_a_429_pauses_everyone(fake_time: FakeTime) -> None:
    limiter = SendLimiter(0, monotonic=fake_time)
    limiter.pause_all(5)
    await limiter.acquire(1)
    assert fake_time.now == 1005.0


async def test_a_chat_cooling_down_takes_its_global_slot_when_it_sends(
    fake_time: FakeTime,
) -> None:
    limiter = SendLimiter(10, monotonic=fake_time, margin=0)
    await limiter.acquire(1)
    await limiter.acquire(1)  # waits out its second, then takes the next global slot
    assert fake_time.now == 1001.0
    await limiter.acquire(2)  # spaced from chat 1's actual send, not from a stale slot
    assert fake_time.now == pytest.approx(1001.1)


async def test_the_margin_keeps_any_second_within_the_rate(fake_time: FakeTime) -> None:
    limiter = SendLimiter(30, monotonic=fake_time)
    assert limiter.per_second == 30
    starts = []
    for chat in range(61):
        await limiter.acquire(chat)
        starts.append(fake_time.now)
    assert all(starts[i + 30] - starts[i] > 1.0 for i in range(len(starts) - 30))
