"""The one source of "now": UTC-aware, injectable so tests control time."""

from __future__ import annotations

from datetime import UTC, datetime
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
