"""Queries behind /record: the user's own acts in a window, counted; and for a pair, each
kind counted for both people in one query, grouped by person."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, distinct, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from db.models import Bid, Delivery, DeliveryKind, Promise, Space


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


# --- both sides of a pair ---------------------------------------------------------------


def _between(
    source: InstrumentedAttribute[int], target: InstrumentedAttribute[int], a: int, b: int
) -> ColumnElement[bool]:
    """Rows from one of the two people to the other, either way (never to anyone else)."""
    return or_(and_(source == a, target == b), and_(source == b, target == a))


async def promises_kept_between(
    session: AsyncSession, *, people: tuple[int, int], since: datetime
) -> dict[tuple[int, bool], int]:
    """Promises either made the other since a moment and kept, counted by (promiser,
    kept at a new time they said in advance). Broken or unanswered ones are not read."""
    rows = await session.execute(
        select(Promise.promiser_id, Promise.ran_late, func.count())
        .where(
            _between(Promise.promiser_id, Promise.partner_id, *people),
            Promise.outcome == "done",
            Promise.created_at >= since,
        )
        .group_by(Promise.promiser_id, Promise.ran_late)
    )
    return {(who, bool(late)): int(n) for who, late, n in rows}


async def space_returns_between(
    session: AsyncSession, *, people: tuple[int, int], since: datetime
) -> list[tuple[int, datetime, datetime]]:
    """(requester, return_at, returned_at) of the spaces either took from the other since a
    moment and came back from."""
    rows = await session.execute(
        select(Space.requester_id, Space.return_at, Space.returned_at).where(
            _between(Space.requester_id, Space.partner_id, *people),
            Space.returned_at.is_not(None),
            Space.created_at >= since,
        )
    )
    return [(who, due, back) for who, due, back in rows if back is not None]


async def prompts_answered_by(
    session: AsyncSession, *, people: tuple[int, int], since: datetime
) -> dict[int, int]:
    """Reassurance prompts each person answered (sent on) since a moment, by person."""
    rows = await session.execute(
        select(Delivery.user_id, func.count())
        .where(
            Delivery.user_id.in_(people),
            Delivery.kind == DeliveryKind.PROMPT,
            Delivery.acted_at.is_not(None),
            Delivery.acted_at >= since,
        )
        .group_by(Delivery.user_id)
    )
    return {who: int(n) for who, n in rows}


async def bids_answered_between(
    session: AsyncSession, *, people: tuple[int, int], since: datetime
) -> dict[int, int]:
    """Bids either sent the other since a moment that got an answer, by who answered."""
    rows = await session.execute(
        select(Bid.recipient_id, func.count())
        .where(
            _between(Bid.sender_id, Bid.recipient_id, *people),
            Bid.answer.is_not(None),
            Bid.created_at >= since,
        )
        .group_by(Bid.recipient_id)
    )
    return {who: int(n) for who, n in rows}


async def count_checkins_held(
    session: AsyncSession, *, people: tuple[int, int], since: datetime
) -> int:
    """The pair's check-ins since a moment that either of them marked as held, each counted
    once: both are reminded of the same occurrence (a pair has one check-in time)."""
    value = await session.scalar(
        select(func.count(distinct(Delivery.occurrence_at))).where(
            Delivery.user_id.in_(people),
            Delivery.kind == DeliveryKind.CHECKIN,
            Delivery.acted_at.is_not(None),
            Delivery.occurrence_at >= since,
        )
    )
    return int(value or 0)
