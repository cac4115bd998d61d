"""A clock tests move by hand, so time-dependent rules run without waiting."""

from __future__ import annotations

from datetime import datetime, timedelta


class FakeClock:
    """Implements `jobs.clock.Clock`; starts at a given aware instant."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start

    def now(self) -> datetime:
        """The current fake instant."""
        return self._now

    def advance(self, **delta: float) -> datetime:
        """Move forward by a timedelta given as keywords (minutes=5, hours=24, ...)."""
        self._now += timedelta(**delta)
        return self._now

    def set(self, when: datetime) -> None:
        """Jump to an instant."""
        self._now = when
