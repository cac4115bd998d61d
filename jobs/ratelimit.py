"""Telegram's send limits, shared by replies to people and scheduled messages: one global
rate (about 30 messages a second per bot) and one message a second per chat.

Both kinds of traffic draw on one budget, and replies go first: a person who just typed
/calm waits at most one slot, however many scheduled prompts are queued (scheduled
sends are never urgent to the second; a reply to someone's own tap is).

Waiters queue; one pacer task hands out global slots, replies before scheduled sends. Slots
are kept on a virtual timeline spaced by the interval, so a pacer that wakes a little late
may catch up, but never by more than `margin / 2` seconds: with the interval carrying a
`margin` (3%), any one-second window of grants holds at most `per_second` sends. Telegram
counts arrivals, not grants, and two requests granted 33 ms apart can arrive 10 ms apart
from a busy loop: with a 1% margin, 2 of 4,380 sends drew a 429 in bench/interactive.py;
3% leaves ~30 ms a second for that jitter and still sends 29.1 of 30 a second.

A 429 pauses only what it is about (`too_many_requests`): the chat it named waits out
`retry_after`, replies to it included, and everyone else carries on. The whole budget
pauses only on evidence that the limit is the bot's own, not one chat's: a 429 on a
request that names no chat, or 429s for GLOBAL_EVIDENCE_CHATS different chats within
GLOBAL_EVIDENCE_SECONDS.
"""

from __future__ import annotations

import asyncio
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


class SendLimiter:
    """Spaces sends so the global rate and the per-chat interval are never exceeded."""

    def __init__(
        self,
        per_second: float,
        per_chat_interval: float = PER_CHAT_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
        margin: float = 0.03,
    ) -> None:
        self._per_second = per_second
        self._interval = (1.0 + margin) / per_second if per_second > 0 else 0.0
        self._lag = margin / 2  # how far behind the clock the virtual timeline may fall
        self._per_chat = per_chat_interval
        self._monotonic = monotonic
        self._next_global = 0.0
        self._next_chat: dict[int, float] = {}
        self._paused_chat: dict[int, float] = {}  # until when Telegram asked a chat to wait
        self._recent_429s: deque[tuple[float, int]] = deque()
        self._replies: deque[_Waiter] = deque()
        self._scheduled: deque[_Waiter] = deque()
        self._pacer: asyncio.Task[None] | None = None

    @property
    def per_second(self) -> float:
        """The global rate (0: no global limit)."""
        return self._per_second

    async def acquire(self, chat_id: int | None, *, reply: bool = False) -> None:
        """Wait for a global slot (and, for scheduled sends, the chat's turn), then take it.

        `reply=True`: an answer to someone's own message; it jumps the queue and does not
        wait for the chat's second (a person expects the answer to their tap at once), but
        it does count, so a scheduled message to that chat waits a second after it.
        """
        while True:
            if chat_id is not None:
                await self._chat_ready(chat_id, reply=reply)
            if self._take_now(chat_id):
                return
            waiter: _Waiter = (asyncio.get_running_loop().create_future(), chat_id)
            queue = self._replies if reply else self._scheduled
            queue.append(waiter)
            if self._pacer is None or self._pacer.done():
                self._pacer = asyncio.create_task(self._pace())
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
        self._next_global = max(self._next_global, self._monotonic() + seconds)

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
        # A chat still cooling down waits on its own, without holding a global slot it
        # would not use on time (that would let others bunch up behind it). Replies skip
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

    def _slot(self, now: float) -> float:
        return max(self._next_global, now - self._lag)

    def _take_now(self, chat_id: int | None) -> bool:
        """With nobody queued and the slot open, take it without waking the pacer."""
        if self._replies or self._scheduled:
            return False
        now = self._monotonic()
        slot = self._slot(now)
        if slot > now:
            return False
        self._grant(slot, now, chat_id)
        return True

    def _grant(self, slot: float, now: float, chat_id: int | None) -> None:
        self._next_global = slot + self._interval
        if chat_id is not None:
            self._next_chat[chat_id] = now + self._per_chat
            if len(self._next_chat) > 10_000:
                self._next_chat = {c: t for c, t in self._next_chat.items() if t > now}

    async def _pace(self) -> None:
        """Hand out slots in order, replies first, until nobody waits."""
        while self._replies or self._scheduled:
            now = self._monotonic()
            slot = self._slot(now)
            if slot > now:
                await asyncio.sleep(slot - now)
                continue
            waiter = self._next_waiter(now)
            if waiter is not None:
                self._grant(slot, now, waiter[1])
                waiter[0].set_result(True)

    def _next_waiter(self, now: float) -> _Waiter | None:
        """The first live reply, else the first scheduled send whose chat is free."""
        while self._replies:
            waiter = self._replies.popleft()
            if not waiter[0].done():
                return waiter
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


def retry_seconds(value: float | timedelta) -> float:
    """RetryAfter.retry_after is an int or a timedelta depending on PTB settings."""
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)
