"""Quiet hours and pause: when a user's scheduled messages must wait, and until when."""

from __future__ import annotations

from datetime import datetime

from db.models import User
from domain.rules import quiet_hours_end


def is_paused(user: User, now: datetime) -> bool:
    """Paused, and the pause (if it has an end) has not ended by itself yet."""
    return user.paused and (user.pause_until is None or user.pause_until > now)


def hold_until(user: User, now: datetime, zone: str) -> tuple[bool, datetime | None]:
    """(held?, until when): None as the end means "until /resume"."""
    if is_paused(user, now):
        if user.pause_until is None:
            return True, None
        end = user.pause_until
        if user.quiet_start is not None and user.quiet_end is not None:
            quiet = quiet_hours_end(end, zone, user.quiet_start, user.quiet_end)
            if quiet is not None:
                end = quiet
        return True, end
    if user.quiet_start is not None and user.quiet_end is not None:
        quiet = quiet_hours_end(now, zone, user.quiet_start, user.quiet_end)
        if quiet is not None:
            return True, quiet
    return False, None
