"""One person's burst of messages is that person's matter, answered once, and over when
they pause.

A burst is a run of updates from one person with less than `quiet` between them (an
anxious person often sends five short messages in a row). Within a burst:
- the hint for words Steady cannot act on ("I'm here... /calm") is sent once, not once a
  message, and again only after `window` (`first_hint`);
- pressing the same button again while the first press is handled draws no second
  answer (`repeated_tap`);
- past `max_updates` in `window`, updates are dropped with one kind line for the whole
  burst (`allow` / `should_warn`), and the first update after a pause of `quiet` is
  handled again, whatever the window says.
Crisis text never reaches this guard: the safety net runs before it.

State lives in this process's memory, per person; idle people are forgotten.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

#: Forget people idle this long once the table is this big (it is cheap to rebuild).
_FORGET_OVER = 50_000


@dataclass
class Burst:
    """One person's current run of updates."""

    last_seen: datetime
    times: deque[datetime] = field(default_factory=deque)
    warned: bool = False
    hinted_at: datetime | None = None
    taps: set[tuple[int, str]] = field(default_factory=set)


class FloodGuard:
    """Per-person bursts: counted, answered once, over after a pause."""

    def __init__(self, max_updates: int, window: timedelta, quiet: timedelta) -> None:
        self._max, self._window, self._quiet = max_updates, window, quiet
        self._bursts: dict[int, Burst] = {}

    def _burst(self, user_id: int, now: datetime) -> Burst:
        """The person's burst, a new one after a pause of `quiet`."""
        burst = self._bursts.get(user_id)
        if burst is None or now - burst.last_seen >= self._quiet:
            if len(self._bursts) > _FORGET_OVER:
                self._bursts = {
                    u: b for u, b in self._bursts.items() if now - b.last_seen < self._window
                }
            burst = self._bursts[user_id] = Burst(last_seen=now)
        return burst

    def allow(self, user_id: int, now: datetime) -> bool:
        """Record one update; False once the person is over the limit in this burst."""
        burst = self._burst(user_id, now)
        burst.last_seen = now
        times = burst.times
        while times and times[0] <= now - self._window:
            times.popleft()
        if len(times) >= self._max:
            return False
        times.append(now)
        return True

    def should_warn(self, user_id: int, now: datetime) -> bool:
        """Say "slow down" once per burst, not once per dropped update."""
        burst = self._burst(user_id, now)
        if burst.warned:
            return False
        burst.warned = True
        return True

    def repeated_tap(self, user_id: int, message_id: int, data: str, now: datetime) -> bool:
        """The same button on the same message, pressed again within this burst."""
        burst = self._burst(user_id, now)
        key = (message_id, data)
        if key in burst.taps:
            burst.last_seen = now
            return True
        burst.taps.add(key)
        return False

    def first_hint(self, user_id: int, now: datetime) -> bool:
        """Whether the "what I can do" hint is due: the first time in this burst, and
        again once `window` has passed (a long, slow burst is not left in silence)."""
        burst = self._burst(user_id, now)
        if burst.hinted_at is not None and now - burst.hinted_at < self._window:
            return False
        burst.hinted_at = now
        return True
