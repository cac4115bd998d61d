"""Queries behind /record: the user's own acts in a window, counted."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Bid, Delivery, Promise, Space


async def count_promises_kept(
    session: AsyncSession, *, user_id: int, since: datetime, late: bool = False
) -> int:
    """Promises the user made since a moment and kept: on time, or (`late`) at a new
    time they said in advance."""
    value = await session.scalar(
        select(func.count())
        .select_from(Promise)
        .where(
            Promise.promiser_id == user_id,
            Promise.outcome == "done",
            Promise.ran_late.is_(late),
            Promise.created_at >= since,
        )
    )
    return int(value or 0)


async def space_returns(
    session: AsyncSession, *, user_id: int, since: datetime
) -> list[tuple[datetime, datetime]]:
    """(return_at, returned_at) of the spaces the user took since a moment and came back from."""
    rows = await session.execute(
        select(Space.return_at, Space.returned_at).where(
            Space.requester_id == user_id,
            Space.returned_at.is_not(None),
            Space.created_at >= since,
        )
    )
    return [(due, back) for due, back in rows if back is not None]


async def count_answered(
    session: AsyncSession, *, user_id: int, kind: str, since: datetime, by_due: bool
) -> int:
    """The user's deliveries of one kind they acted on, since a moment: by when the
    delivery was due (`by_due`), else by when they acted."""
    when = Delivery.due_at if by_due else Delivery.acted_at
    value = await session.scalar(
        select(func.count())
        .select_from(Delivery)
        .where(
            Delivery.user_id == user_id,
            Delivery.kind == kind,
            Delivery.acted_at.is_not(None),
            when >= since,
        )
    )
    return int(value or 0)


async def count_bids_answered(session: AsyncSession, *, user_id: int, since: datetime) -> int:
    """Bids either way between the user and their partner since a moment that got an answer."""
    value = await session.scalar(
        select(func.count())
        .select_from(Bid)
        .where(
            or_(Bid.sender_id == user_id, Bid.recipient_id == user_id),
            Bid.answer.is_not(None),
            Bid.created_at >= since,
        )
    )
    return int(value or 0)
