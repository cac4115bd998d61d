"""/stats for operators: how the bot is doing, in counts only.

Why counts only: an operator needs to see that people are reached and messages go
out, never what anyone wrote, who is paired with whom, or when a given person acts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Delivery, ExerciseSession, User
from db.repositories.pairs import count_active_pairs

#: Final delivery states that mean a message did not reach its person.
FAILED_STATUSES = ("failed", "inactive")


@dataclass(frozen=True)
class Stats:
    """Counts for one UTC day; nothing in here identifies a person."""

    day: str  # YYYY-MM-DD (UTC)
    users: int
    active_users: int  # have not blocked the bot
    pairs: int  # pairs that currently have members
    sent_today: int
    failed_today: int
    exercises_today: int


def utc_day(now: datetime) -> tuple[datetime, datetime]:
    """The UTC day containing `now`, as [start, end)."""
    start = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


async def _count(session: AsyncSession, query: Select[Any]) -> int:
    return int(await session.scalar(query) or 0)


async def stats(session: AsyncSession, *, now: datetime) -> Stats:
    """Users, reachable users, pairs, and today's sends, failures and exercises."""
    start, end = utc_day(now)
    count = select(func.count())
    return Stats(
        day=f"{start:%Y-%m-%d}",
        users=await _count(session, count.select_from(User)),
        active_users=await _count(session, count.select_from(User).where(User.is_active)),
        pairs=await count_active_pairs(session),
        sent_today=await _count(
            session,
            count.select_from(Delivery).where(
                Delivery.status == "sent", Delivery.sent_at >= start, Delivery.sent_at < end
            ),
        ),
        # Failed and unreachable deliveries were all claimed by the sender first, so the
        # claim time is the moment they failed.
        failed_today=await _count(
            session,
            count.select_from(Delivery).where(
                Delivery.status.in_(FAILED_STATUSES),
                Delivery.claimed_at >= start,
                Delivery.claimed_at < end,
            ),
        ),
        exercises_today=await _count(
            session,
            count.select_from(ExerciseSession).where(
                ExerciseSession.started_at >= start, ExerciseSession.started_at < end
            ),
        ),
    )
