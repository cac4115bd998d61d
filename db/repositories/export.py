"""Queries behind /export: every row that holds something of one user, oldest first."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    Activation,
    Bid,
    Delivery,
    ExerciseSession,
    InviteCode,
    JoinAttempt,
    Promise,
    Schedule,
    Space,
)

T = TypeVar("T")


async def _all(session: AsyncSession, query: Select[T]) -> list[T]:
    """Every row the query finds."""
    return list(await session.scalars(query))


async def invites_made_by(session: AsyncSession, *, user_id: int) -> list[InviteCode]:
    """The user's invite codes, used or not, in the order they were made."""
    query = select(InviteCode).where(InviteCode.creator_id == user_id)
    return await _all(session, query.order_by(InviteCode.id))


async def join_failure_times(session: AsyncSession, *, user_id: int) -> list[datetime]:
    """When the user's failed /join attempts happened, earliest first."""
    query = select(JoinAttempt.at).where(JoinAttempt.user_id == user_id)
    return await _all(session, query.order_by(JoinAttempt.at))


async def exercises_of(session: AsyncSession, *, user_id: int) -> list[ExerciseSession]:
    """The user's exercise sessions, earliest first."""
    query = select(ExerciseSession).where(ExerciseSession.user_id == user_id)
    return await _all(session, query.order_by(ExerciseSession.started_at, ExerciseSession.id))


async def activations_of(session: AsyncSession, *, user_id: int) -> list[Activation]:
    """The user's named activations, earliest first."""
    query = select(Activation).where(Activation.user_id == user_id)
    return await _all(session, query.order_by(Activation.created_at, Activation.id))


async def bids_of(session: AsyncSession, *, user_id: int) -> list[Bid]:
    """Bids the user sent or received, earliest first."""
    query = select(Bid).where(or_(Bid.sender_id == user_id, Bid.recipient_id == user_id))
    return await _all(session, query.order_by(Bid.created_at, Bid.id))


async def schedules_of_user_and_pair(
    session: AsyncSession, *, user_id: int, pair_id: int | None
) -> list[Schedule]:
    """The user's schedules, and (with a pair) the pair's whoever set them; by kind and time."""
    whose: ColumnElement[bool] = Schedule.user_id == user_id
    if pair_id is not None:
        whose = or_(whose, Schedule.pair_id == pair_id)
    query = select(Schedule).where(whose)
    return await _all(session, query.order_by(Schedule.kind, Schedule.local_time, Schedule.id))


async def deliveries_to(session: AsyncSession, *, user_id: int) -> list[Delivery]:
    """Every delivery addressed to the user, by occurrence."""
    query = select(Delivery).where(Delivery.user_id == user_id)
    return await _all(session, query.order_by(Delivery.occurrence_at, Delivery.id))


async def promises_of(session: AsyncSession, *, user_id: int) -> list[Promise]:
    """Promises the user made or was made, earliest first."""
    whose = or_(Promise.promiser_id == user_id, Promise.partner_id == user_id)
    query = select(Promise).where(whose)
    return await _all(session, query.order_by(Promise.created_at, Promise.id))


async def spaces_of(session: AsyncSession, *, user_id: int) -> list[Space]:
    """Spaces the user took or gave, earliest first."""
    query = select(Space).where(or_(Space.requester_id == user_id, Space.partner_id == user_id))
    return await _all(session, query.order_by(Space.created_at, Space.id))
