"""Quiet hours and pause: the user's own limits on scheduled messages."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import User
from db.repositories.schedules import release_held

MAX_PAUSE_DAYS = 365


async def set_quiet(
    session: AsyncSession, *, user: User, start: time | None, end: time | None, now: datetime
) -> None:
    """Set quiet hours (None, None turns them off and releases what they were holding)."""
    user.quiet_start, user.quiet_end, user.updated_at = start, end, now
    if start is None:
        await release_held(session, user_id=user.id, now=now)


async def pause(
    session: AsyncSession, *, user: User, days: int | None, now: datetime
) -> datetime | None:
    """Hold every scheduled message; with days the pause ends by itself."""
    user.paused = True
    user.pause_until = now + timedelta(days=days) if days else None
    user.updated_at = now
    return user.pause_until


async def resume(session: AsyncSession, *, user: User, now: datetime) -> None:
    """End the pause; what it held is delivered now if it still means something."""
    user.paused, user.pause_until, user.updated_at = False, None, now
    await release_held(session, user_id=user.id, now=now)
