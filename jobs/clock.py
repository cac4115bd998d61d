"""The one source of "now": UTC-aware, injectable so tests control time."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


def utcnow() -> datetime:
    """The current instant as an aware UTC datetime."""
    return datetime.now(UTC)


class Clock(Protocol):
    """Anything that can tell the current UTC instant."""

    def now(self) -> datetime:
        """Return the current instant, aware, in UTC."""
        ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        """Return the current instant, aware, in UTC."""
        return utcnow()


class ScaledClock:
    """A running clock that starts at a chosen instant and goes `speed` times as fast as
    the real one: timing tests (speed 1) and benchmarks that fast-forward a day."""

    def __init__(self, start: datetime, speed: float = 1.0) -> None:
        if start.tzinfo is None:
            raise ValueError("ScaledClock needs an aware datetime")
        self.start, self.speed = start, speed
        self._real_start = time.perf_counter()

    def now(self) -> datetime:
        """The start plus the real time since, scaled."""
        elapsed = (time.perf_counter() - self._real_start) * self.speed
        return self.start + timedelta(seconds=elapsed)


def seconds_until(clock: Clock, instant: datetime) -> float:
    """Real seconds to wait for `clock` to reach `instant`.

    A clock that runs at another pace than the wall (a benchmark's fast-forwarded day)
    says so with a `speed` attribute: simulated seconds per real second.
    """
    speed = float(getattr(clock, "speed", 1.0))
    return (instant - clock.now()).total_seconds() / speed
