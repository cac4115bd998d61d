"""The last 30 days of evidence: small acts done reliably, counted for the user's own eyes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Bid, Delivery, ExerciseSession, Promise, Space
from domain.policy import SPACE_SNOOZE

WINDOW = timedelta(days=30)


@dataclass(frozen=True)
class Evidence:
    """Counts shown by /record, in display order."""

    promises_kept: int
    space_returns: int
    checkins: int
    reassurances: int
    bids_answered: int
    exercises: int
    exercises_better: int

    def items(self) -> list[tuple[str, int]]:
        """(key, count) pairs for the lines of the record."""
        return list(self.__dict__.items())

    @property
    def empty(self) -> bool:
        """Nothing to show yet."""
        return not any(self.__dict__.values())


async def _count(session: AsyncSession, query: Select[Any]) -> int:
    return int(await session.scalar(query) or 0)


async def _returns_on_time(session: AsyncSession, *, user_id: int, since: datetime) -> int:
    """Returns made by the (possibly extended) time, with a snooze's worth of slack;
    counted in Python because date arithmetic differs between SQLite and PostgreSQL."""
    rows = await session.execute(
        select(Space.return_at, Space.returned_at).where(
            Space.requester_id == user_id,
            Space.returned_at.is_not(None),
            Space.created_at >= since,
        )
    )
    return sum(1 for due, back in rows if back is not None and back <= due + SPACE_SNOOZE)


async def evidence(session: AsyncSession, *, user_id: int, now: datetime) -> Evidence:
    """Count the user's own acts (and the pair's shared check-ins) in the last 30 days."""
    since = now - WINDOW
    count = select(func.count())
    return Evidence(
        promises_kept=await _count(
            session,
            count.select_from(Promise).where(
                Promise.promiser_id == user_id,
                Promise.outcome == "done",
                Promise.ran_late.is_(False),
                Promise.created_at >= since,
            ),
        ),
        space_returns=await _returns_on_time(session, user_id=user_id, since=since),
        checkins=await _count(
            session,
            count.select_from(Delivery).where(
                Delivery.user_id == user_id,
                Delivery.kind == "checkin",
                Delivery.acted_at.is_not(None),
                Delivery.due_at >= since,
            ),
        ),
        reassurances=await _count(
            session,
            count.select_from(Delivery).where(
                Delivery.user_id == user_id,
                Delivery.kind == "prompt",
                Delivery.acted_at.is_not(None),
                Delivery.acted_at >= since,
            ),
        ),
        bids_answered=await _count(
            session,
            count.select_from(Bid).where(
                or_(Bid.sender_id == user_id, Bid.recipient_id == user_id),
                Bid.answer.is_not(None),
                Bid.created_at >= since,
            ),
        ),
        exercises=await _count(
            session,
            count.select_from(ExerciseSession).where(
                ExerciseSession.user_id == user_id, ExerciseSession.started_at >= since
            ),
        ),
        exercises_better=await _count(
            session,
            count.select_from(ExerciseSession).where(
                ExerciseSession.user_id == user_id,
                ExerciseSession.outcome == "better",
                ExerciseSession.started_at >= since,
            ),
        ),
    )
