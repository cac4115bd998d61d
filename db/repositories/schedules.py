"""Queries on schedules and the delivery outbox."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from typing import Any, cast

from sqlalchemy import Row, ScalarSelect, Table, bindparam, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Delivery, DeliveryKind, DeliveryStatus, Schedule
from db.repositories import rows_changed

Status = DeliveryStatus
Kind = DeliveryKind

OPEN_STATUSES = (Status.PENDING, Status.HELD)
#: Outcomes nothing will change any more (pending, held and sending are still in play).
CLOSED_STATUSES = (
    Status.SENT,
    Status.SKIPPED,
    Status.EXPIRED,
    Status.INACTIVE,
    Status.DROPPED,
    Status.FAILED,
)
# Core table for bulk statements (an ORM class's __table__ is typed as a plain FromClause).
_SCHEDULES = cast(Table, Schedule.__table__)

#: What crosses between the two members of a pair (everything but weekly practice).
PAIR_KINDS = tuple(kind for kind in Kind if kind is not Kind.PRACTISE)


async def schedules_of(session: AsyncSession, *, user_id: int, kind: str) -> list[Schedule]:
    """The user's schedules of one kind, earliest local time first."""
    rows = await session.scalars(
        select(Schedule)
        .where(Schedule.user_id == user_id, Schedule.kind == kind)
        .order_by(Schedule.local_time)
    )
    return list(rows)


async def replace_schedules(
    session: AsyncSession,
    *,
    user_id: int,
    kind: str,
    times: Sequence[tuple[time, datetime]],
    now: datetime,
    pair_id: int | None = None,
    weekday: int | None = None,
) -> None:
    """Replace the user's schedules of a kind with new (local time, next instant) pairs."""
    await delete_schedules(session, user_id=user_id, kind=kind)
    for local_time, next_due in times:
        session.add(
            Schedule(
                kind=kind,
                user_id=user_id,
                pair_id=pair_id,
                local_time=local_time,
                weekday=weekday,
                next_due_at=next_due,
                created_at=now,
            )
        )
    await session.flush()


async def delete_schedules(session: AsyncSession, *, user_id: int, kind: str) -> None:
    """Stop the user's schedules of one kind, with anything they queued and not yet sent."""
    ids = select(Schedule.id).where(Schedule.user_id == user_id, Schedule.kind == kind)
    await session.execute(
        delete(Delivery).where(Delivery.schedule_id.in_(ids), Delivery.status.in_(OPEN_STATUSES))
    )
    await session.execute(
        delete(Schedule).where(Schedule.user_id == user_id, Schedule.kind == kind)
    )


async def stop_pair_schedules(
    session: AsyncSession, *, pair_id: int, member_ids: Sequence[int]
) -> None:
    """Everything that crosses between the two stops when a pair ends."""
    await session.execute(
        delete(Delivery).where(
            Delivery.user_id.in_(member_ids),
            Delivery.kind.in_(PAIR_KINDS),
            Delivery.status.in_(OPEN_STATUSES),
        )
    )
    await session.execute(
        delete(Schedule).where(
            (Schedule.pair_id == pair_id)
            | (Schedule.user_id.in_(member_ids) & Schedule.kind.in_((Kind.PROMPT, Kind.CHECKIN)))
        )
    )


async def add_delivery(
    session: AsyncSession,
    *,
    user_id: int,
    kind: DeliveryKind,
    due_at: datetime,
    expires_at: datetime | None,
    ref_id: int | None = None,
) -> Delivery:
    """Queue a one-off message (promise reminder, return from space)."""
    row = Delivery(
        user_id=user_id,
        kind=kind,
        ref_id=ref_id,
        occurrence_at=due_at,
        due_at=due_at,
        expires_at=expires_at,
        status=Status.PENDING,
        attempts=0,
    )
    session.add(row)
    await session.flush()
    return row


async def cancel_deliveries(
    session: AsyncSession, *, kinds: Sequence[DeliveryKind], ref_id: int
) -> None:
    """Drop queued one-offs about an object (a promise answered early, a return done)."""
    await session.execute(
        delete(Delivery).where(
            Delivery.kind.in_(kinds),
            Delivery.ref_id == ref_id,
            Delivery.status.in_(OPEN_STATUSES),
        )
    )


async def release_held(session: AsyncSession, *, user_id: int, now: datetime) -> None:
    """A resumed user's held messages become due now (expiry is checked when sent).

    Held means either parked without an end (`held`) or pushed to the end of a pause.
    """
    await session.execute(
        update(Delivery)
        .where(
            Delivery.user_id == user_id,
            (Delivery.status == Status.HELD)
            | (
                (Delivery.status == Status.PENDING)
                & (Delivery.occurrence_at <= now)
                & (Delivery.due_at > now)
            ),
        )
        .values(status=Status.PENDING, due_at=now)
    )


async def get_delivery(session: AsyncSession, *, delivery_id: int) -> Delivery | None:
    """One delivery by id."""
    return await session.get(Delivery, delivery_id)


async def delete_old_deliveries(session: AsyncSession, *, before: datetime, limit: int) -> int:
    """Delete up to `limit` closed deliveries due, and last acted on, before `before`.

    One bounded statement per call, so a large backlog never holds a long lock.
    """
    old = (
        select(Delivery.id)
        .where(
            Delivery.status.in_(CLOSED_STATUSES),
            Delivery.due_at < before,
            (Delivery.acted_at.is_(None)) | (Delivery.acted_at < before),
        )
        .limit(limit)
    )
    result = await session.execute(delete(Delivery).where(Delivery.id.in_(old)))
    return rows_changed(result)


def first_schedule_due() -> ScalarSelect[datetime | None]:
    """The earliest `next_due_at` of all schedules (one index lookup), as a subquery."""
    return select(func.min(_SCHEDULES.c.next_due_at)).scalar_subquery()


async def due_schedules(session: AsyncSession, *, now: datetime, limit: int) -> list[Row[Any]]:
    """Up to `limit` schedules whose next instant has come, earliest first, as plain rows
    with the `Schedule` model's attributes; locked, skipping rows others hold, on PostgreSQL."""
    found = await session.execute(
        select(_SCHEDULES)
        .where(_SCHEDULES.c.next_due_at <= now)
        .order_by(_SCHEDULES.c.next_due_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(found)


async def advance_schedules(
    session: AsyncSession, *, moves: Sequence[tuple[int, datetime]]
) -> None:
    """Move many schedules to their next instants, (schedule id, next_due_at), in one go."""
    if not moves:
        return
    await session.execute(
        update(_SCHEDULES)
        .where(_SCHEDULES.c.id == bindparam("schedule_id"))
        .values(next_due_at=bindparam("next_due")),
        [{"schedule_id": i, "next_due": due} for i, due in moves],
    )
