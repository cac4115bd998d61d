"""Per-person flood protection: a sliding window of one person's updates.

Counts live in this process's memory; that is enough to keep one chat from
monopolising a worker, and costs nothing when traffic is normal.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta


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
