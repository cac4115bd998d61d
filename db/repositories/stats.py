"""Queries behind /stats: whole-table counts for operators, never a row about anyone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Delivery, ExerciseSession, User


async def count_users(session: AsyncSession, *, active_only: bool = False) -> int:
    """Everyone the bot knows, or (`active_only`) those who have not blocked it."""
    query = select(func.count()).select_from(User)
    if active_only:
        query = query.where(User.is_active)
    return int(await session.scalar(query) or 0)


async def count_sent(session: AsyncSession, *, start: datetime, end: datetime) -> int:
    """Deliveries sent in [start, end)."""
    value = await session.scalar(
        select(func.count())
        .select_from(Delivery)
        .where(Delivery.status == "sent", Delivery.sent_at >= start, Delivery.sent_at < end)
    )
    return int(value or 0)


async def count_claimed(
    session: AsyncSession, *, statuses: Sequence[str], start: datetime, end: datetime
) -> int:
    """Deliveries now in one of these statuses that the sender claimed in [start, end)."""
    value = await session.scalar(
        select(func.count())
        .select_from(Delivery)
        .where(
            Delivery.status.in_(statuses),
            Delivery.claimed_at >= start,
            Delivery.claimed_at < end,
        )
    )
    return int(value or 0)


async def count_exercises_started(session: AsyncSession, *, start: datetime, end: datetime) -> int:
    """Exercises anyone started in [start, end)."""
    value = await session.scalar(
        select(func.count())
        .select_from(ExerciseSession)
        .where(ExerciseSession.started_at >= start, ExerciseSession.started_at < end)
    )
    return int(value or 0)
