"""Promises and space: one-off commitments, reminded on time, answered, and relayed."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import PROMISE_KINDS, DeliveryKind, Promise, Space, User
from db.repositories import schedules
from domain.policy import (
    PROMISE_FOLLOWUP_AFTER,
    PROMISE_REMINDER_BEFORE,
    SPACE_SNOOZE,
    expires_at,
)
from domain.rules import next_daily, parse_hhmm, parse_relative

MAX_PROMISE_CHARS = 300
SPACE_DEFAULT_MINUTES = 60
SPACE_MIN_MINUTES, SPACE_MAX_MINUTES = 5, 12 * 60
PROMISE_OUTCOMES = ("done", "late", "couldnt")


def promise_due(when: str, zone: str, now: datetime) -> datetime | None:
    """When a promise falls due: Nm / Nh is that long from now, a clock time (anything
    `parse_hhmm` reads) its next occurrence in `zone`; None when `when` is neither.

    Nm / Nh is read first, as the contract says: "/promise 2h" is in two hours, never
    02:00, so "21h" here is in 21 hours too ("21h00" or "21:00" is the clock time)."""
    delta = parse_relative(when)
    if delta is not None:
        return now + delta
    at = parse_hhmm(when)
    return None if at is None else next_daily(at, zone, now)


async def make_promise(
    session: AsyncSession,
    *,
    promiser: User,
    partner: User,
    text: str,
    due: datetime,
    now: datetime,
) -> Promise:
    """Store the promise and queue: 10 minutes before (when there is time), at the time, and
    the follow-up question."""
    promise = Promise(
        promiser_id=promiser.id,
        partner_id=partner.id,
        text=text,
        due_at=due,
        created_at=now,
        ran_late=False,
    )
    session.add(promise)
    await session.flush()
    before = due - PROMISE_REMINDER_BEFORE
    if before > now:
        await schedules.add_delivery(
            session,
            user_id=promiser.id,
            kind=DeliveryKind.PROMISE_BEFORE,
            due_at=before,
            ref_id=promise.id,
            expires_at=expires_at(DeliveryKind.PROMISE_BEFORE, before, promise_due=due),
        )
    await schedules.add_delivery(
        session,
        user_id=promiser.id,
        kind=DeliveryKind.PROMISE_AT,
        due_at=due,
        ref_id=promise.id,
        expires_at=expires_at(DeliveryKind.PROMISE_AT, due),
    )
    await _queue_followup(session, promise, due + PROMISE_FOLLOWUP_AFTER)
    return promise


async def _queue_followup(session: AsyncSession, promise: Promise, when: datetime) -> None:
    await schedules.add_delivery(
        session,
        user_id=promise.promiser_id,
        kind=DeliveryKind.PROMISE_FOLLOWUP,
        due_at=when,
        ref_id=promise.id,
        expires_at=expires_at(DeliveryKind.PROMISE_FOLLOWUP, when),
    )


async def answer_promise(
    session: AsyncSession, *, promise_id: int, user_id: int, outcome: str, now: datetime
) -> Promise | None:
    """done / late / couldn't, from the promiser only. "late" moves just this follow-up."""
    promise = await session.get(Promise, promise_id)
    if (
        promise is None
        or promise.promiser_id != user_id
        or promise.outcome is not None
        or outcome not in PROMISE_OUTCOMES
    ):
        return None
    if outcome == "late":
        promise.ran_late = True
        await schedules.cancel_deliveries(
            session, kinds=(DeliveryKind.PROMISE_FOLLOWUP,), ref_id=promise.id
        )
        await _queue_followup(session, promise, now + PROMISE_FOLLOWUP_AFTER)
        return promise
    promise.outcome, promise.outcome_at = outcome, now
    await schedules.cancel_deliveries(session, kinds=PROMISE_KINDS, ref_id=promise.id)
    return promise


async def take_space(
    session: AsyncSession, *, requester: User, partner: User, minutes: int, now: datetime
) -> Space:
    """Record the space and queue the return reminder."""
    space = Space(
        requester_id=requester.id,
        partner_id=partner.id,
        created_at=now,
        return_at=now + timedelta(minutes=minutes),
        extensions=0,
    )
    session.add(space)
    await session.flush()
    await _queue_return(session, space)
    return space


async def _queue_return(session: AsyncSession, space: Space) -> None:
    await schedules.cancel_deliveries(session, kinds=(DeliveryKind.SPACE_RETURN,), ref_id=space.id)
    await schedules.add_delivery(
        session,
        user_id=space.requester_id,
        kind=DeliveryKind.SPACE_RETURN,
        due_at=space.return_at,
        ref_id=space.id,
        expires_at=expires_at(DeliveryKind.SPACE_RETURN, space.return_at),
    )


async def space_back(
    session: AsyncSession, *, space_id: int, user_id: int, now: datetime
) -> Space | None:
    """ "I'm back": once, by the requester."""
    space = await session.get(Space, space_id)
    if space is None or space.requester_id != user_id or space.returned_at is not None:
        return None
    space.returned_at = now
    await schedules.cancel_deliveries(session, kinds=(DeliveryKind.SPACE_RETURN,), ref_id=space.id)
    return space


async def space_more(
    session: AsyncSession, *, space_id: int, user_id: int, now: datetime
) -> Space | None:
    """ "10 more minutes": moves this return only."""
    space = await session.get(Space, space_id)
    if space is None or space.requester_id != user_id or space.returned_at is not None:
        return None
    space.return_at = max(space.return_at, now) + SPACE_SNOOZE
    space.extensions += 1
    await _queue_return(session, space)
    return space
