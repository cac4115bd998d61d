"""Queries on exercise sessions, activations and bids: the self-soothing record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Activation, Bid, ExerciseSession
from db.repositories import rows_changed


async def count_exercises(
    session: AsyncSession,
    *,
    user_id: int,
    since: datetime | None = None,
    exercise: str | None = None,
) -> int:
    """How many exercises the user started (since a moment, of one kind)."""
    query = (
        select(func.count()).select_from(ExerciseSession).where(ExerciseSession.user_id == user_id)
    )
    if since is not None:
        query = query.where(ExerciseSession.started_at >= since)
    if exercise is not None:
        query = query.where(ExerciseSession.exercise == exercise)
    return int(await session.scalar(query) or 0)


async def count_outcomes(
    session: AsyncSession, *, user_id: int, outcome: str, since: datetime
) -> int:
    """How many of the user's exercises started since a moment ended with this answer."""
    query = (
        select(func.count())
        .select_from(ExerciseSession)
        .where(
            ExerciseSession.user_id == user_id,
            ExerciseSession.outcome == outcome,
            ExerciseSession.started_at >= since,
        )
    )
    return int(await session.scalar(query) or 0)


async def add_exercise(
    session: AsyncSession,
    *,
    user_id: int,
    exercise: str,
    variant: int,
    now: datetime,
    at_night: bool = False,
) -> ExerciseSession:
    """Record the start of an exercise."""
    row = ExerciseSession(
        user_id=user_id,
        exercise=exercise,
        variant=variant,
        started_at=now,
        status="running",
        at_night=at_night,
    )
    session.add(row)
    await session.flush()
    return row


async def stop_running_exercises(
    session: AsyncSession, *, user_id: int, now: datetime
) -> list[int]:
    """Mark the user's running exercises stopped (another one started, or /cancel); returns
    the message ids of those shown in a message of their own, so each can say why."""
    running = (ExerciseSession.user_id == user_id, ExerciseSession.status == "running")
    shown = await session.scalars(
        select(ExerciseSession.message_id).where(*running, ExerciseSession.message_id.is_not(None))
    )
    message_ids = [message_id for message_id in shown if message_id is not None]
    await session.execute(
        update(ExerciseSession).where(*running).values(status="stopped", finished_at=now)
    )
    return message_ids


async def advance_step(session: AsyncSession, *, user_id: int, session_id: int, shown: int) -> bool:
    """Move the user's running exercise on from step `shown`, in one statement: of two
    presses of the same Next (a double tap, or two processes), exactly one advances."""
    result = await session.execute(
        update(ExerciseSession)
        .where(
            ExerciseSession.id == session_id,
            ExerciseSession.user_id == user_id,
            ExerciseSession.status == "running",
            ExerciseSession.step == shown,
        )
        .values(step=shown + 1)
    )
    return rows_changed(result) == 1


async def get_exercise(session: AsyncSession, *, session_id: int) -> ExerciseSession | None:
    """One exercise session by id."""
    return await session.get(ExerciseSession, session_id)


async def latest_activation(session: AsyncSession, *, user_id: int) -> Activation | None:
    """The user's most recent named activation."""
    return await session.scalar(
        select(Activation)
        .where(Activation.user_id == user_id)
        .order_by(Activation.created_at.desc(), Activation.id.desc())
        .limit(1)
    )


async def add_activation(
    session: AsyncSession, *, user_id: int, feeling: str, urge: str, now: datetime
) -> Activation:
    """Record a named activation (feeling and urge only)."""
    row = Activation(user_id=user_id, feeling=feeling, urge=urge, created_at=now, shared=False)
    session.add(row)
    await session.flush()
    return row


async def count_bids_sent(session: AsyncSession, *, user_id: int, since: datetime) -> int:
    """Bids the user sent since a moment."""
    return int(
        await session.scalar(
            select(func.count())
            .select_from(Bid)
            .where(Bid.sender_id == user_id, Bid.created_at >= since)
        )
        or 0
    )


async def add_bid(
    session: AsyncSession, *, sender_id: int, recipient_id: int, text: str, now: datetime
) -> Bid:
    """Record a bid as it is sent."""
    row = Bid(sender_id=sender_id, recipient_id=recipient_id, text=text, created_at=now)
    session.add(row)
    await session.flush()
    return row


async def get_bid(session: AsyncSession, *, bid_id: int) -> Bid | None:
    """One bid by id."""
    return await session.get(Bid, bid_id)
