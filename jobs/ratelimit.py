"""Telegram's send limits, shared by replies to people and scheduled messages: one global
rate (about 30 messages a second per bot) and one message a second per chat.

Both kinds of traffic draw on one budget, and replies go first: a reply never waits behind
a scheduled prompt (scheduled sends are never urgent to the second; a reply to someone's
own tap is).

The rule: at most `per_second` sends are granted in any `1 + margin` seconds (a sliding
window: 30 in any 1.03 s). A reply may take any free place in the window, so people who
write at the same moment are answered at once, not one 34 ms slot after another.
Scheduled sends are paced `(1 + margin) / per_second` apart, never in a burst (30 at the
start of a second would leave the replies of the rest of it no place), and each leaves
one place free for every reply granted within the window, up to REPLY_RESERVE; while
nobody writes they use the whole budget (29.1 a second at 30/s).

The window is `1 + margin` seconds because Telegram counts arrivals, not grants, and two
requests granted 33 ms apart can arrive 10 ms apart from a busy loop: with a 1% margin,
2 of 4,380 sends drew a 429 in bench/interactive.py; 3% leaves 30 ms a second for that
jitter. Waiters queue, and one pacer task hands out places as they come free, replies
first; a send that finds a free place and nobody ahead of it takes it without the pacer.
A rate that is not whole is rounded down (2.5/s: 2 in any 1.03 s); below one a second,
one send per `(1 + margin) / per_second` seconds.

A 429 pauses only what it is about (`too_many_requests`): the chat it named waits out
`retry_after`, replies to it included, and everyone else carries on. The whole budget
pauses only on evidence that the limit is the bot's own, not one chat's: a 429 on a
request that names no chat, or 429s for GLOBAL_EVIDENCE_CHATS different chats within
GLOBAL_EVIDENCE_SECONDS.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable
from datetime import timedelta

_Waiter = tuple["asyncio.Future[bool]", int | None]

#: Seconds between two scheduled messages to one chat. Telegram asks for at most one a
#: second, but it measures arrival, and a request granted on time can spend a few hundred
#: milliseconds in a busy event loop before it leaves: at 1000/s, 1.0 s drew per-chat 429s
#: (each pausing every send for a second) and 1.25 s drew none (bench/rate_limits.py).
PER_CHAT_SECONDS = 1.25
#: 429s for this many different chats within this many seconds mean the bot's overall
#: rate is over Telegram's limit (one chat's 429 means only that chat is).
GLOBAL_EVIDENCE_CHATS = 3
GLOBAL_EVIDENCE_SECONDS = 2.0
#: Most places in the window that scheduled sends leave free for replies (one per reply
#: granted within the window), so that people writing together are answered at once even
#: while a backlog drains at the limit. On virtual time at 30/s, a backlog and replies
#: arriving at random at 10/s: reply wait p99 94 ms with the old 34 ms slots, 161 ms with
#: the window and no reserve (places clump: replies granted together come free together),
#: 28 ms with 3; the backlog then drains at 16.5/s instead of 19.1/s (bench/limiter_tail.py,
#: docs/benchmarks.md).
REPLY_RESERVE = 3


class SendLimiter:
    """Grants sends so the global rate and the per-chat interval are never exceeded."""

    def __init__(
        self,
        per_second: float,
        per_chat_interval: float = PER_CHAT_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
        margin: float = 0.03,
        reply_reserve: int = REPLY_RESERVE,
    ) -> None:
        self._per_second = per_second
        # At most `_budget` grants in any `_window` seconds; below 1/s, one a window.
        self._budget = max(1, math.floor(per_second)) if per_second > 0 else 0
        self._window = (1.0 + margin) * max(1.0, 1.0 / per_second) if per_second > 0 else 0.0
        self._interval = self._window / self._budget if self._budget else 0.0
        self._reserve = min(reply_reserve, self._budget - 1) if self._budget else 0
        self._lag = margin / 2  # how far behind the clock the scheduled pace may fall
        self._per_chat = per_chat_interval
        self._monotonic = monotonic
        self._granted: deque[float] = deque()  # grant times within the last window
        self._recent_replies: deque[float] = deque()  # reply grant times in the window
        self._next_scheduled = 0.0  # the scheduled pace: the earliest next scheduled grant
        self._paused_until = 0.0  # pause_all: nobody is granted before this
        self._next_chat: dict[int, float] = {}
        self._paused_chat: dict[int, float] = {}  # until when Telegram asked a chat to wait
        self._recent_429s: deque[tuple[float, int]] = deque()
        self._replies: deque[_Waiter] = deque()
        self._scheduled: deque[_Waiter] = deque()
        self._pacer: asyncio.Task[None] | None = None
        self._pacer_waits_for_scheduled = False

    @property
    def per_second(self) -> float:
        """The global rate (0: no global limit)."""
        return self._per_second

    async def acquire(self, chat_id: int | None, *, reply: bool = False) -> None:
        """Wait for a place in the window (and, for scheduled sends, the chat's turn), then
        take it.

        `reply=True`: an answer to someone's own message; it goes ahead of every scheduled
        send and does not wait for the chat's second (a person expects the answer to their
        tap at once), but it does count, so a scheduled message to that chat waits a second
        after it.
        """
        while True:
            if chat_id is not None:
                await self._chat_ready(chat_id, reply=reply)
            if self._take_now(chat_id, reply=reply):
                return
            waiter: _Waiter = (asyncio.get_running_loop().create_future(), chat_id)
            queue = self._replies if reply else self._scheduled
            queue.append(waiter)
            self._wake_pacer(reply=reply)
            try:
                granted = await waiter[0]
            except asyncio.CancelledError:
                if waiter in queue:
                    queue.remove(waiter)
                raise
            if granted:
                return
            # Another send to this chat took its second meanwhile: wait for the chat again.

    def pause_all(self, seconds: float) -> None:
        """Nobody sends until the wait is over (the bot as a whole is over its limit)."""
        self._paused_until = max(self._paused_until, self._monotonic() + seconds)

    def too_many_requests(self, chat_id: int | None, seconds: float) -> bool:
        """Telegram answered 429 with `retry_after` = `seconds` on a request to `chat_id`.
        Pauses that chat only, unless the evidence says the limit is global (see the
        module's docstring); returns whether everyone was paused."""
        now = self._monotonic()
        if chat_id is None:
            self.pause_all(seconds)
            return True
        self._paused_chat[chat_id] = max(self._paused_chat.get(chat_id, 0.0), now + seconds)
        recent = self._recent_429s
        recent.append((now, chat_id))
        while recent and recent[0][0] < now - GLOBAL_EVIDENCE_SECONDS:
            recent.popleft()
        if len({chat for _, chat in recent}) >= GLOBAL_EVIDENCE_CHATS:
            recent.clear()
            self.pause_all(seconds)
            return True
        return False

    def chat_paused_for(self, chat_id: int) -> float:
        """Seconds this chat still has to wait after a 429 (0 when it may send)."""
        return max(0.0, self._paused_chat.get(chat_id, 0.0) - self._monotonic())

    # --- inside ------------------------------------------------------------------------

    async def _chat_ready(self, chat_id: int, *, reply: bool) -> None:
        # A chat still cooling down waits on its own, without holding a place in the queue
        # it would not use on time (that would hold up others behind it). Replies skip
        # the one-a-second spacing but not a pause Telegram asked for.
        while True:
            ready_at = self._paused_chat.get(chat_id, 0.0)
            if not reply:
                ready_at = max(ready_at, self._next_chat.get(chat_id, 0.0))
            wait = ready_at - self._monotonic()
            if wait <= 0:
                if chat_id in self._paused_chat and self._paused_chat[chat_id] <= self._monotonic():
                    del self._paused_chat[chat_id]
                return
            await asyncio.sleep(wait)

    def _take_now(self, chat_id: int | None, *, reply: bool) -> bool:
        """With nobody ahead and a place free, take it without the pacer. A reply has only
        replies ahead of it; a scheduled send has everyone."""
        if self._replies or (not reply and self._scheduled):
            return False
        now = self._monotonic()
        ready_at = self._reply_ready_at(now) if reply else self._scheduled_ready_at(now)
        if ready_at > now:
            return False
        self._grant(now, chat_id, reply=reply)
        return True

    def _wake_pacer(self, *, reply: bool) -> None:
        """Start the pacer, or restart it if it sleeps for a scheduled send's turn while a
        reply, whose turn may come sooner, just queued."""
        if self._pacer is not None and not self._pacer.done():
            if not (reply and self._pacer_waits_for_scheduled):
                return
            self._pacer.cancel()  # it holds nothing while it sleeps
        self._pacer_waits_for_scheduled = False
        self._pacer = asyncio.create_task(self._pace())

    def _room_at(self, places: int, now: float) -> float:
        """When fewer than `places` grants are in the window (`now` if already so)."""
        granted = self._granted
        _forget_before(granted, now - self._window)
        if self._budget == 0 or len(granted) < places:
            return now
        return granted[len(granted) - places] + self._window

    def _reply_ready_at(self, now: float) -> float:
        return max(self._paused_until, self._room_at(self._budget, now))

    def _scheduled_ready_at(self, now: float) -> float:
        ready_at = max(self._reply_ready_at(now), self._next_scheduled)
        replies = self._recent_replies
        _forget_before(replies, now - self._window)
        reserve = min(self._reserve, len(replies))
        if reserve:
            # People are writing: keep places for them, until their replies leave the window.
            reserved = self._room_at(self._budget - reserve, now)
            ready_at = max(ready_at, min(reserved, replies[0] + self._window))
        return ready_at

    def _grant(self, now: float, chat_id: int | None, *, reply: bool) -> None:
        if self._budget:
            self._granted.append(now)
        if reply:
            if self._reserve:
                _forget_before(self._recent_replies, now - self._window)
                self._recent_replies.append(now)
        else:
            # Paced from its own slot, so a pacer that wakes a little late catches up by
            # at most `_lag`; the window still bounds every second.
            self._next_scheduled = max(self._next_scheduled, now - self._lag) + self._interval
        if chat_id is not None:
            self._next_chat[chat_id] = now + self._per_chat
            if len(self._next_chat) > 10_000:
                self._next_chat = {c: t for c, t in self._next_chat.items() if t > now}

    async def _pace(self) -> None:
        """Hand out places as they come free, replies first, until nobody waits."""
        while self._replies or self._scheduled:
            now = self._monotonic()
            if self._live(self._replies):
                ready_at, reply = self._reply_ready_at(now), True
            else:
                ready_at, reply = self._scheduled_ready_at(now), False
            if ready_at > now:
                self._pacer_waits_for_scheduled = not reply
                await asyncio.sleep(ready_at - now)
                continue
            waiter = self._replies.popleft() if reply else self._next_scheduled_waiter(now)
            if waiter is not None:
                self._grant(now, waiter[1], reply=reply)
                waiter[0].set_result(True)

    @staticmethod
    def _live(queue: deque[_Waiter]) -> bool:
        """Drop cancelled waiters from the head; is anyone left?"""
        while queue and queue[0][0].done():
            queue.popleft()
        return bool(queue)

    def _next_scheduled_waiter(self, now: float) -> _Waiter | None:
        """The first scheduled send whose chat is free."""
        while self._scheduled:
            waiter = self._scheduled.popleft()
            future, chat_id = waiter
            if future.done():
                continue
            if chat_id is not None and (
                self._next_chat.get(chat_id, 0.0) > now or self._paused_chat.get(chat_id, 0.0) > now
            ):
                future.set_result(False)  # back to waiting for its chat; no slot used
                continue
            return waiter
        return None


def _forget_before(times: deque[float], start: float) -> None:
    """Drop the times at or before `start` (the ones that left the window)."""
    while times and times[0] <= start:
        times.popleft()


def retry_seconds(value: float | timedelta) -> float:
    """RetryAfter.retry_after is an int or a timedelta depending on PTB settings."""
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)
