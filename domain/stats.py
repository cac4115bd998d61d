"""/stats for operators: how the bot is doing, in counts only.

Why counts only: an operator needs to see that people are reached and messages go
out, never what anyone wrote, who is paired with whom, or when a given person acts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.repositories import pairs
from db.repositories import stats as counts

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


async def stats(session: AsyncSession, *, now: datetime) -> Stats:
    """Users, reachable users, pairs, and today's sends, failures and exercises."""
    start, end = utc_day(now)
    return Stats(
        day=f"{start:%Y-%m-%d}",
        users=await counts.count_users(session),
        active_users=await counts.count_users(session, active_only=True),
        pairs=await pairs.count_active_pairs(session),
        sent_today=await counts.count_sent(session, start=start, end=end),
        # Failed and unreachable deliveries were all claimed by the sender first, so the
        # claim time is the moment they failed.
        failed_today=await counts.count_claimed(
            session, statuses=FAILED_STATUSES, start=start, end=end
        ),
        exercises_today=await counts.count_exercises_started(session, start=start, end=end),
    )
