"""The one source of "now": UTC-aware, injectable so tests control time."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
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


class DemoClock:
    """The wall clock moved forward by the offset the local demo keeps in a file
    (`python -m demo`'s "time you can move": its page writes the file, this reads it).

    Only `python -m bot` with DEMO_CLOCK_FILE set uses it, and the settings refuse that
    setting unless the Bot API is the demo's own on loopback (bot/config.py), so no run
    that talks to Telegram can have its time moved. The file holds seconds as text; it
    is read again only when it changes, and a missing or unreadable file means no offset.
    Time only moves forward: a smaller offset than one already seen is ignored.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._seen: tuple[int, int] | None = None
        self._offset = 0.0

    @staticmethod
    def write_offset(path: Path, seconds: float) -> None:
        """Store a new offset atomically (the demo server's side)."""
        part = path.with_name(path.name + ".part")
        part.write_text(f"{seconds:.3f}\n", encoding="utf-8")
        os.replace(part, path)

    def offset(self) -> timedelta:
        """The current offset, read again if the file changed since the last look."""
        try:
            stat = self.path.stat()
        except OSError:
            return timedelta(seconds=self._offset)
        key = (stat.st_mtime_ns, stat.st_size)
        if key != self._seen:
            self._seen = key
            try:
                value = float(self.path.read_text(encoding="utf-8").strip() or 0)
            except (OSError, ValueError):
                value = self._offset
            self._offset = max(self._offset, value)
        return timedelta(seconds=self._offset)

    def now(self) -> datetime:
        """The real instant plus the demo's offset."""
        return utcnow() + self.offset()


def seconds_until(clock: Clock, instant: datetime) -> float:
    """Real seconds to wait for `clock` to reach `instant`.

    A clock that runs at another pace than the wall (a benchmark's fast-forwarded day)
    says so with a `speed` attribute: simulated seconds per real second.
    """
    speed = float(getattr(clock, "speed", 1.0))
    return (instant - clock.now()).total_seconds() / speed
