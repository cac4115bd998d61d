"""The send limiter: a global rate and one message a second per chat, on a fake clock."""

from __future__ import annotations

import asyncio
import random

import pytest

from jobs.ratelimit import SendLimiter

_real_sleep = asyncio.sleep


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
        await _real_sleep(0)  # whoever was just let through runs before time moves on
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
    limiter = SendLimiter(0, per_chat_interval=1.0, monotonic=fake_time)
    starts = []
    for _ in range(3):
        await limiter.acquire(7)
        starts.append(fake_time.now)
    assert starts == [1000.0, 1001.0, 1002.0]
    await limiter.acquire(8)  # another chat is not held up by chat 7's cooldown
    assert fake_time.now == 1002.0


async def test_pause_all_pauses_everyone(fake_time: FakeTime) -> None:
    limiter = SendLimiter(0, monotonic=fake_time)
    limiter.pause_all(5)
    await limiter.acquire(1)
    assert fake_time.now == 1005.0


async def test_one_chats_429_pauses_that_chat_only_replies_included(fake_time: FakeTime) -> None:
    limiter = SendLimiter(30, monotonic=fake_time)
    assert limiter.too_many_requests(7, 5) is False
    assert limiter.chat_paused_for(7) == 5
    await limiter.acquire(8, reply=True)  # others go on at once
    await limiter.acquire(9)
    assert fake_time.now < 1000.2
    await limiter.acquire(7, reply=True)  # the chat itself waits out its retry_after
    assert fake_time.now >= 1005.0
    assert limiter.chat_paused_for(7) == 0


async def test_429s_on_several_chats_at_once_pause_everyone(fake_time: FakeTime) -> None:
    limiter = SendLimiter(30, monotonic=fake_time)
    assert limiter.too_many_requests(1, 3) is False
    fake_time.now += 0.5
    assert limiter.too_many_requests(2, 3) is False
    fake_time.now += 0.5
    assert limiter.too_many_requests(3, 3) is True  # three chats within two seconds
    await limiter.acquire(4, reply=True)
    assert fake_time.now >= 1004.0


async def test_429s_spread_out_in_time_stay_per_chat(fake_time: FakeTime) -> None:
    limiter = SendLimiter(30, monotonic=fake_time)
    for chat in (1, 2, 3, 4):
        assert limiter.too_many_requests(chat, 1) is False
        fake_time.now += 1.5  # never three chats within two seconds
    start = fake_time.now
    await limiter.acquire(5)
    assert fake_time.now - start < 0.1


async def test_a_429_on_a_request_naming_no_chat_pauses_everyone(fake_time: FakeTime) -> None:
    limiter = SendLimiter(30, monotonic=fake_time)
    assert limiter.too_many_requests(None, 2) is True
    await limiter.acquire(1, reply=True)
    assert fake_time.now >= 1002.0


async def test_a_chat_cooling_down_takes_its_global_slot_when_it_sends(
    fake_time: FakeTime,
) -> None:
    limiter = SendLimiter(10, per_chat_interval=1.0, monotonic=fake_time, margin=0)
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


async def test_a_reply_jumps_the_queue_of_scheduled_sends(fake_time: FakeTime) -> None:
    limiter = SendLimiter(10, monotonic=fake_time, margin=0)
    order: list[str] = []

    async def send(name: str, chat: int, reply: bool = False) -> None:
        await limiter.acquire(chat, reply=reply)
        order.append(name)

    await limiter.acquire(99)  # the slot is now taken for 0.1 s
    queued = [asyncio.create_task(send(f"scheduled {c}", c)) for c in range(5)]
    await asyncio.sleep(0)  # they are all waiting now
    reply = asyncio.create_task(send("reply", 50, reply=True))
    await asyncio.gather(*queued, reply)
    assert order[0] == "reply"
    assert order[1:] == [f"scheduled {c}" for c in range(5)]


async def test_a_reply_does_not_wait_for_its_chat_but_counts_for_it(fake_time: FakeTime) -> None:
    limiter = SendLimiter(0, per_chat_interval=1.0, monotonic=fake_time)
    await limiter.acquire(7)  # a scheduled prompt just went to chat 7
    await limiter.acquire(7, reply=True)  # the person taps: answered at once
    assert fake_time.now == 1000.0
    await limiter.acquire(7)  # the next scheduled message keeps a second from the reply
    assert fake_time.now == 1001.0


async def test_two_queued_sends_to_one_chat_stay_a_second_apart(fake_time: FakeTime) -> None:
    limiter = SendLimiter(100, monotonic=fake_time, margin=0)
    times: dict[str, float] = {}

    async def send(name: str, chat: int) -> None:
        await limiter.acquire(chat)
        times[name] = fake_time.now

    await limiter.acquire(1)  # occupy the slot so everyone below queues
    await asyncio.gather(send("a", 5), send("b", 5), send("c", 6))
    assert times["b"] - times["a"] >= 1.0
    assert times["c"] - times["a"] < 0.1  # another chat was not held up by chat 5


async def test_a_cancelled_waiter_leaves_the_queue(fake_time: FakeTime) -> None:
    limiter = SendLimiter(10, monotonic=fake_time, margin=0)
    await limiter.acquire(1)
    waiting = asyncio.create_task(limiter.acquire(2))
    await asyncio.sleep(0)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await limiter.acquire(3)  # takes the next slot, not one after the cancelled waiter
    assert fake_time.now == pytest.approx(1000.1)


async def test_a_pacer_that_wakes_late_catches_up_without_bursting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Sleeps overshoot by up to 3 ms (a busy loop): at 1000/s the rate still holds in
    every one-second window, and hardly any throughput is lost."""
    clock = FakeTime()
    rng = random.Random(7)

    async def late(seconds: float) -> None:
        await _real_sleep(0)
        clock.now += max(0.0, seconds) + rng.uniform(0, 0.003)

    monkeypatch.setattr("jobs.ratelimit.asyncio.sleep", late)
    limiter = SendLimiter(1000, monotonic=clock)
    starts: list[float] = []

    async def send(chat: int) -> None:
        await limiter.acquire(chat)
        starts.append(clock.now)

    await asyncio.gather(*(send(c) for c in range(5000)))
    starts.sort()
    assert all(starts[i + 1000] - starts[i] >= 1.0 for i in range(len(starts) - 1000))
    assert (len(starts) - 1) / (starts[-1] - starts[0]) > 950
