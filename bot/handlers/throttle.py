"""Per-person flood protection: one person sending too much is slowed, nobody else is.

Counts live in this process's memory (a sliding window per user); that is enough to
keep one chat from monopolising a worker, and costs nothing when traffic is normal.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot import texts
from bot.handlers.common import Context, reply
from bot.runtime import get_runtime


class FloodGuard:
    """Sliding-window counter of updates per user."""

    def __init__(self, max_updates: int, window: timedelta) -> None:
        self._max, self._window = max_updates, window
        self._seen: dict[int, deque[datetime]] = {}
        self._warned: dict[int, datetime] = {}

    def allow(self, user_id: int, now: datetime) -> bool:
        """Record one update; False once the user is over the limit for this window."""
        times = self._seen.setdefault(user_id, deque())
        while times and times[0] <= now - self._window:
            times.popleft()
        if len(times) >= self._max:
            return False
        times.append(now)
        if len(self._seen) > 50_000:  # forget idle users now and then
            self._seen = {u: t for u, t in self._seen.items() if t and t[-1] > now - self._window}
        return True

    def should_warn(self, user_id: int, now: datetime) -> bool:
        """Say "slow down" once per window, not once per dropped update."""
        last = self._warned.get(user_id)
        if last is not None and now - last < self._window:
            return False
        self._warned[user_id] = now
        return True


GUARD_KEY = "steady.flood_guard"


async def throttle(update: Update, context: Context) -> None:
    """Runs before every handler but the safety net's (crisis text never reaches it); drops
    a flooding user's update."""
    user = update.effective_user
    if user is None:
        return
    message = update.effective_message
    runtime = get_runtime(context)
    guard = context.bot_data.get(GUARD_KEY)
    if not isinstance(guard, FloodGuard):
        settings = runtime.settings
        guard = FloodGuard(
            settings.flood_max_updates, timedelta(seconds=settings.flood_window_seconds)
        )
        context.bot_data[GUARD_KEY] = guard
    now = runtime.clock.now()
    if guard.allow(user.id, now):
        return
    if guard.should_warn(user.id, now):
        if update.callback_query is not None:
            await update.callback_query.answer(texts.SLOW_DOWN[:200])
        elif message is not None:
            await reply(update, texts.SLOW_DOWN)
    elif update.callback_query is not None:
        await update.callback_query.answer()
    raise ApplicationHandlerStop
