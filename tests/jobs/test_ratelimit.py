"""The send limiter: at most `per_second` sends in any 1.03 s (replies may burst, scheduled
sends are paced and leave places for replies while people write), one scheduled message
per chat every 1.25 s; on an event loop whose clock is virtual, so every instant is exact."""

from __future__ import annotations

import asyncio
import bisect
import random
from dataclasses import dataclass

import pytest

from jobs.ratelimit import PER_CHAT_SECONDS, REPLY_RESERVE, SendLimiter
from tests.support.virtual_time import START, now, on_virtual_time, run

WINDOW = 1.03  # (1 + margin) seconds, the default margin
INTERVAL = WINDOW / 30  # scheduled sends' pace at 30/s
LAG = 0.015  # how far the scheduled pace may catch up (margin / 2)


def limiter(
    per_second: float,
    *,
    per_chat_interval: float = PER_CHAT_SECONDS,
    margin: float = 0.03,
    reply_reserve: int = REPLY_RESERVE,
) -> SendLimiter:
    """A limiter on the running loop's virtual clock."""
    return SendLimiter(per_second, per_chat_interval, now, margin, reply_reserve)


def most_in_any(seconds: float, times: list[float]) -> int:
    """The most grants in any window of `seconds` (open at its start, as the limiter's)."""
    times = sorted(times)
    return max(
        (i + 1 - bisect.bisect_right(times, t - seconds) for i, t in enumerate(times)),
        default=0,
    )


# --- the window: bursts of replies, a bound on every second --------------------------


@on_virtual_time
async def test_a_burst_of_replies_goes_out_at_once() -> None:
    limit = limiter(30)
    await asyncio.gather(*(limit.acquire(chat, reply=True) for chat in range(10)))
    assert now() == START  # not 34 ms apart: nobody waited


@on_virtual_time
async def test_the_window_holds_the_budget_and_the_next_reply_waits_for_a_place() -> None:
    limit = limiter(30)
    await asyncio.gather(*(limit.acquire(chat, reply=True) for chat in range(30)))
    assert now() == START
    await limit.acquire(30, reply=True)  # the 31st: when the first leaves the window
    assert now() == pytest.approx(START + WINDOW)


@on_virtual_time
async def test_a_rate_below_one_a_second_or_not_whole_is_rounded_down() -> None:
    slow = limiter(0.5)  # one per 2 s, with the margin
    await slow.acquire(1, reply=True)
    await slow.acquire(2, reply=True)
    assert now() == pytest.approx(START + 2 * WINDOW)
    odd = limiter(2.5)  # two in any 1.03 s, never three in a second
    start = now()
    await asyncio.gather(*(odd.acquire(chat, reply=True) for chat in range(3)))
    assert now() == pytest.approx(start + WINDOW)


@dataclass
class Sent:
    kind: str  # "reply" or "scheduled"
    chat: int
    asked: float
    granted: float


def test_randomised_traffic_never_puts_more_than_the_budget_in_any_second() -> None:
    """A minute of replies arriving at random (bursts included) and batches of scheduled
    sends to a few chats: no 1.03 s holds more than 30; a reply waits only when the window
    is full or another reply is waiting, and never behind a scheduled send; scheduled sends
    keep their pace, their chats' 1.25 s and the reserve for replies."""
    for seed in range(3):
        sent = _randomised_minute(seed)
        _check_randomised_minute(sent)


def _randomised_minute(seed: int) -> list[Sent]:
    sent: list[Sent] = []

    async def main() -> None:
        rng = random.Random(seed)
        limit = limiter(30)

        async def send(kind: str, chat: int) -> None:
            asked = now()
            await limit.acquire(chat, reply=kind == "reply")
            sent.append(Sent(kind, chat, asked, now()))

        async def replies() -> None:
            tasks = []
            while now() < START + 60:
                await asyncio.sleep(rng.expovariate(12))
                burst = 1 if rng.random() < 0.9 else rng.randint(5, 25)
                tasks += [
                    asyncio.create_task(send("reply", rng.randrange(40))) for _ in range(burst)
                ]
            await asyncio.gather(*tasks)

        async def scheduled() -> None:
            tasks = []
            while now() < START + 60:
                await asyncio.sleep(rng.uniform(0, 6))
                batch = [rng.randrange(40) for _ in range(rng.randint(1, 60))]
                tasks += [asyncio.create_task(send("scheduled", chat)) for chat in batch]
            await asyncio.gather(*tasks)

        await asyncio.gather(replies(), scheduled())

    run(main)
    return sent


def _check_randomised_minute(sent: list[Sent]) -> None:
    grants = sorted(s.granted for s in sent)
    assert most_in_any(WINDOW - 1e-9, grants) <= 30
    assert most_in_any(1.0, grants) <= 30

    def in_window(at: float) -> int:
        return bisect.bisect_right(grants, at) - bisect.bisect_right(grants, at - WINDOW)

    replies = [s for s in sent if s.kind == "reply"]
    scheduled = sorted((s for s in sent if s.kind == "scheduled"), key=lambda s: s.granted)
    assert sum(r.granted > r.asked for r in replies) > 0, "the bursts never filled the window"
    for reply in replies:
        queued_ahead = any(r.asked < reply.asked < r.granted for r in replies)
        if in_window(reply.asked) < 30 and not queued_ahead:
            assert reply.granted == reply.asked, reply
    for send in scheduled:
        waiting = [r for r in replies if r.asked < send.granted < r.granted]
        assert not waiting, f"{send} went ahead of {waiting[0]}"
        recent_replies = sum(send.granted - WINDOW < r.granted <= send.granted for r in replies)
        assert in_window(send.granted) <= 30 - min(REPLY_RESERVE, recent_replies) + 1, send
    for before, after in zip(scheduled, scheduled[1:], strict=False):
        assert after.granted - before.granted >= INTERVAL - LAG - 1e-9  # paced, no burst
    last_to: dict[int, float] = {}
    for send in sorted(sent, key=lambda s: s.granted):
        if send.kind == "scheduled" and send.chat in last_to:
            assert send.granted - last_to[send.chat] >= PER_CHAT_SECONDS - 1e-9, send
        last_to[send.chat] = send.granted


# --- scheduled sends: paced, using the whole budget when nobody writes ----------------


@on_virtual_time
async def test_scheduled_sends_are_paced_not_sent_in_a_burst() -> None:
    limit = limiter(30)
    times: list[float] = []

    async def send(chat: int) -> None:
        await limit.acquire(chat)
        times.append(now())

    await asyncio.gather(*(send(chat) for chat in range(20)))  # all due at once
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= INTERVAL - LAG - 1e-9
    assert times[-1] - times[0] == pytest.approx(19 * INTERVAL - LAG)


@on_virtual_time
async def test_with_nobody_writing_scheduled_sends_use_the_whole_budget() -> None:
    limit = limiter(30)
    assert limit.per_second == 30
    starts = []
    for chat in range(300):
        await limit.acquire(chat)
        starts.append(now())
    assert most_in_any(1.0, starts) == 30
    assert 299 / (starts[-1] - starts[0]) > 29  # 30 / 1.03 = 29.1


@on_virtual_time
async def test_while_people_write_scheduled_sends_leave_places_for_replies() -> None:
    limit = limiter(30)
    times: list[float] = []

    async def send(chat: int) -> None:
        await limit.acquire(chat)
        times.append(now())

    await asyncio.gather(*(limit.acquire(chat, reply=True) for chat in range(5)))
    backlog = [asyncio.create_task(send(chat)) for chat in range(100, 220)]
    await asyncio.sleep(0.9)
    assert len(times) == 30 - 5 - REPLY_RESERVE  # 22 of a pace that would send 27
    late = START + 0.9
    await asyncio.gather(*(limit.acquire(chat, reply=True) for chat in range(3)))
    assert now() == late  # three more people answered at once, the backlog notwithstanding
    await asyncio.gather(*backlog)
    # Once the replies have left the window, the backlog fills it again.
    assert most_in_any(1.0, [t for t in times if t > late + WINDOW]) == 30


@on_virtual_time
async def test_one_reply_reserves_one_place_not_all_of_them() -> None:
    limit = limiter(30)
    times: list[float] = []

    async def send(chat: int) -> None:
        await limit.acquire(chat)
        times.append(now())

    await limit.acquire(1, reply=True)
    await asyncio.gather(*(send(chat) for chat in range(100, 140)))
    assert len([t for t in times if t < START + WINDOW]) == 30 - 1 - 1


# --- replies first -------------------------------------------------------------------


@on_virtual_time
async def test_a_reply_jumps_the_queue_of_scheduled_sends() -> None:
    limit = limiter(10, margin=0)
    order: list[str] = []

    async def send(name: str, chat: int, reply: bool = False) -> None:
        await limit.acquire(chat, reply=reply)
        order.append(name)

    await limit.acquire(99)  # the next scheduled turn is 0.1 s away
    queued = [asyncio.create_task(send(f"scheduled {c}", c)) for c in range(5)]
    await asyncio.sleep(0)  # they are all waiting now
    reply = asyncio.create_task(send("reply", 50, reply=True))
    await asyncio.gather(*queued, reply)
    assert order == ["reply"] + [f"scheduled {c}" for c in range(5)]


@on_virtual_time
async def test_with_the_window_full_a_reply_takes_the_first_free_place() -> None:
    limit = limiter(10, margin=0)
    order: list[str] = []

    async def send(name: str, chat: int, reply: bool = False) -> None:
        await limit.acquire(chat, reply=reply)
        order.append(f"{name} at {now() - START:.2f}")

    await asyncio.gather(*(limit.acquire(chat, reply=True) for chat in range(10)))
    queued = [asyncio.create_task(send(f"scheduled {c}", 100 + c)) for c in range(3)]
    await asyncio.sleep(0.5)
    await send("reply", 7, reply=True)
    await asyncio.gather(*queued)
    assert order == [
        "reply at 1.00",
        "scheduled 0 at 1.00",
        "scheduled 1 at 1.10",
        "scheduled 2 at 1.20",
    ]


@on_virtual_time
async def test_a_reply_is_not_held_to_the_turn_of_the_scheduled_send_before_it() -> None:
    """The pacer sleeps until a scheduled send's turn; a reply queued meanwhile, whose place
    comes free sooner, goes then."""
    limit = limiter(10, margin=0, reply_reserve=0)
    await asyncio.gather(*(limit.acquire(chat, reply=True) for chat in range(9)))
    await asyncio.sleep(0.95)
    await limit.acquire(100)  # the window's tenth place; the next scheduled turn is at 1.05
    scheduled = asyncio.create_task(limit.acquire(101))
    await asyncio.sleep(0.01)
    await limit.acquire(7, reply=True)
    assert now() == pytest.approx(START + 1.0)  # when the first reply left the window
    await scheduled
    assert now() == pytest.approx(START + 1.05)


# --- one chat: its second, its 429s ---------------------------------------------------


@on_virtual_time
async def test_one_message_a_second_per_chat() -> None:
    limit = limiter(0, per_chat_interval=1.0)
    starts = []
    for _ in range(3):
        await limit.acquire(7)
        starts.append(now())
    assert starts == [START, START + 1, START + 2]
    await limit.acquire(8)  # another chat is not held up by chat 7's cooldown
    assert now() == START + 2


@on_virtual_time
async def test_a_reply_does_not_wait_for_its_chat_but_counts_for_it() -> None:
    limit = limiter(0, per_chat_interval=1.0)
    await limit.acquire(7)  # a scheduled prompt just went to chat 7
    await limit.acquire(7, reply=True)  # the person taps: answered at once
    assert now() == START
    await limit.acquire(7)  # the next scheduled message keeps a second from the reply
    assert now() == START + 1


@on_virtual_time
async def test_two_queued_sends_to_one_chat_stay_a_second_apart() -> None:
    limit = limiter(100, margin=0)
    times: dict[str, float] = {}

    async def send(name: str, chat: int) -> None:
        await limit.acquire(chat)
        times[name] = now()

    await limit.acquire(1)  # take the scheduled turn so everyone below queues
    await asyncio.gather(send("a", 5), send("b", 5), send("c", 6))
    assert times["b"] - times["a"] >= 1.25
    assert times["c"] - times["a"] < 0.1  # another chat was not held up by chat 5


@on_virtual_time
async def test_a_chat_cooling_down_takes_its_place_when_it_sends() -> None:
    limit = limiter(10, per_chat_interval=1.0, margin=0)
    await limit.acquire(1)
    await limit.acquire(1)  # waits out its second, then takes the next scheduled turn
    assert now() == START + 1
    await limit.acquire(2)  # paced from chat 1's actual send, not from a stale turn
    assert now() == pytest.approx(START + 1.1)


@on_virtual_time
async def test_one_chats_429_pauses_that_chat_only_replies_included() -> None:
    limit = limiter(30)
    assert limit.too_many_requests(7, 5) is False
    assert limit.chat_paused_for(7) == 5
    await limit.acquire(8, reply=True)  # others go on at once
    await limit.acquire(9)
    assert now() == START
    await limit.acquire(7, reply=True)  # the chat itself waits out its retry_after
    assert now() == START + 5
    assert limit.chat_paused_for(7) == 0


# --- everyone: pauses ------------------------------------------------------------------


@on_virtual_time
async def test_pause_all_pauses_everyone() -> None:
    limit = limiter(0)
    limit.pause_all(5)
    await limit.acquire(1)
    assert now() == START + 5


@on_virtual_time
async def test_pause_all_holds_replies_in_the_queue_too() -> None:
    limit = limiter(30)
    limit.pause_all(2)
    await asyncio.gather(*(limit.acquire(chat, reply=True) for chat in range(5)))
    assert now() == START + 2  # then all at once: the window is empty


@on_virtual_time
async def test_429s_on_several_chats_at_once_pause_everyone() -> None:
    limit = limiter(30)
    assert limit.too_many_requests(1, 3) is False
    await asyncio.sleep(0.5)
    assert limit.too_many_requests(2, 3) is False
    await asyncio.sleep(0.5)
    assert limit.too_many_requests(3, 3) is True  # three chats within two seconds
    await limit.acquire(4, reply=True)
    assert now() == START + 4


@on_virtual_time
async def test_429s_spread_out_in_time_stay_per_chat() -> None:
    limit = limiter(30)
    for chat in (1, 2, 3, 4):
        assert limit.too_many_requests(chat, 1) is False
        await asyncio.sleep(1.5)  # never three chats within two seconds
    start = now()
    await limit.acquire(5)
    assert now() == start


@on_virtual_time
async def test_a_429_on_a_request_naming_no_chat_pauses_everyone() -> None:
    limit = limiter(30)
    assert limit.too_many_requests(None, 2) is True
    await limit.acquire(1, reply=True)
    assert now() == START + 2


# --- waiters that give up ----------------------------------------------------------------


@on_virtual_time
async def test_a_cancelled_scheduled_waiter_leaves_the_queue() -> None:
    limit = limiter(10, margin=0)
    await limit.acquire(1)
    waiting = asyncio.create_task(limit.acquire(2))
    await asyncio.sleep(0)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await limit.acquire(3)  # takes the next turn, not one after the cancelled waiter
    assert now() == pytest.approx(START + 0.1)


@on_virtual_time
async def test_a_cancelled_reply_takes_no_place() -> None:
    limit = limiter(10, margin=0)
    await asyncio.gather(*(limit.acquire(chat, reply=True) for chat in range(10)))
    waiting = asyncio.create_task(limit.acquire(10, reply=True))
    await asyncio.sleep(0.5)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await asyncio.sleep(0.5)  # the first ten leave the window: ten places, not nine
    await asyncio.gather(*(limit.acquire(chat, reply=True) for chat in range(10)))
    assert now() == START + 1


# --- a busy loop ------------------------------------------------------------------------


def test_a_pacer_that_wakes_late_catches_up_without_bursting() -> None:
    """Every wait overshoots by up to 3 ms (a busy loop): at 1000/s the rate still holds in
    every one-second window, and hardly any throughput is lost."""
    rng = random.Random(7)
    starts: list[float] = []

    async def main() -> None:
        limit = limiter(1000)

        async def send(chat: int) -> None:
            await limit.acquire(chat)
            starts.append(now())

        await asyncio.gather(*(send(c) for c in range(5000)))

    run(main, late=lambda: rng.uniform(0, 0.003))
    assert most_in_any(1.0, starts) <= 1000
    assert (len(starts) - 1) / (max(starts) - min(starts)) > 950
