"""Promises and space: one-off commitments, reminded on time, answered, and relayed."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import PROMISE_KINDS, DeliveryKind, Promise, Space, User
from db.repositories import commitments, schedules
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
#: "Running late" offers these many more minutes, or a typed time.
LATE_BY_MINUTES = (10, 20, 30)
#: How far ahead a promise (or its new time) may be.
PROMISE_HORIZON = timedelta(hours=48)
#: A space still counts as the open one, to be replaced by a new /space, this long after
#: its return time passed unanswered.
SPACE_STILL_OPEN = timedelta(hours=12)

_DURATION_LIKE = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]*)?\s*[a-z]*", re.IGNORECASE)
_SPACE_DURATION = re.compile(
    r"([0-9]{1,4})\s*(m|min|mins|minute|minutes|h|hr|hrs|hour|hours)?", re.IGNORECASE
)


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


def beyond_horizon(when: str) -> bool:
    """Whether `when` is a delay like "49h" or "3000m" that is only wrong for being longer
    than PROMISE_HORIZON (so the answer can name the limit, not "couldn't read")."""
    match = re.fullmatch(r"([0-9]{1,6})\s?([mh])", when.strip(), re.IGNORECASE)
    if match is None:
        return False
    amount = int(match.group(1))
    minutes = amount if match.group(2).lower() == "m" else amount * 60
    return minutes * 60 > PROMISE_HORIZON.total_seconds()


def reminder_times(due: datetime, now: datetime) -> list[datetime]:
    """The reminders a promise for `due` made at `now` gets, in order: 10 minutes before
    (only when that is still ahead) and at the time. The confirmation names exactly these."""
    before = due - PROMISE_REMINDER_BEFORE
    return [before, due] if before > now else [due]


def space_minutes(words: list[str]) -> tuple[int | None, list[str]]:
    """The minutes a /space asks for and the words left for the note.

    No words, or a first word that is not duration-like: the default hour, every word the
    note. A duration ("45", "30min", "2h"): its minutes. A first word that looks like a
    duration but is not a valid one ("-1", "1.5", "30 sec"): None, so the caller answers
    with the usage line instead of telling the partner a time nobody asked for."""
    if not words:
        return SPACE_DEFAULT_MINUTES, []
    first = words[0]
    if not _DURATION_LIKE.fullmatch(first) or not first.lstrip("+-")[:1].isdigit():
        return SPACE_DEFAULT_MINUTES, words
    match = _SPACE_DURATION.fullmatch(first)
    if match is None:
        return None, words[1:]
    amount, unit = int(match.group(1)), (match.group(2) or "m").lower()
    minutes = amount * 60 if unit.startswith("h") else amount
    if not SPACE_MIN_MINUTES <= minutes <= SPACE_MAX_MINUTES:
        return None, words[1:]
    return minutes, words[1:]


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
    await _queue_before(session, promise, now)
    await _queue_at_time(session, promise)
    await _queue_followup(session, promise, due + PROMISE_FOLLOWUP_AFTER)
    return promise


async def _queue_before(session: AsyncSession, promise: Promise, now: datetime) -> None:
    """The heads-up 10 minutes before, when that is still ahead."""
    due = promise.due_at
    before = due - PROMISE_REMINDER_BEFORE
    if before in reminder_times(due, now):
        await schedules.add_delivery(
            session,
            user_id=promise.promiser_id,
            kind=DeliveryKind.PROMISE_BEFORE,
            due_at=before,
            ref_id=promise.id,
            expires_at=expires_at(DeliveryKind.PROMISE_BEFORE, before, promise_due=due),
        )


async def _queue_at_time(session: AsyncSession, promise: Promise) -> None:
    await schedules.add_delivery(
        session,
        user_id=promise.promiser_id,
        kind=DeliveryKind.PROMISE_AT,
        due_at=promise.due_at,
        ref_id=promise.id,
        expires_at=expires_at(DeliveryKind.PROMISE_AT, promise.due_at),
    )


async def _queue_followup(session: AsyncSession, promise: Promise, when: datetime) -> None:
    await schedules.add_delivery(
        session,
        user_id=promise.promiser_id,
        kind=DeliveryKind.PROMISE_FOLLOWUP,
        due_at=when,
        ref_id=promise.id,
        expires_at=expires_at(DeliveryKind.PROMISE_FOLLOWUP, when),
    )


async def open_promise(session: AsyncSession, *, promise_id: int, user_id: int) -> Promise | None:
    """The promise if `user_id` made it and it is not answered yet (its buttons still act)."""
    promise = await session.get(Promise, promise_id)
    if promise is None or promise.promiser_id != user_id or promise.outcome is not None:
        return None
    return promise


async def answer_promise(
    session: AsyncSession, *, promise_id: int, user_id: int, outcome: str, now: datetime
) -> Promise | None:
    """done / couldn't, from the promiser only, once: no reminder or follow-up comes after.
    ("Running late" is `run_late`, once the new time is known.)"""
    promise = await open_promise(session, promise_id=promise_id, user_id=user_id)
    if promise is None or outcome not in ("done", "couldnt"):
        return None
    promise.outcome, promise.outcome_at = outcome, now
    await schedules.cancel_deliveries(session, kinds=PROMISE_KINDS, ref_id=promise.id)
    return promise


async def promise_again(
    session: AsyncSession,
    *,
    promise_id: int,
    promiser: User,
    partner: User,
    due: datetime,
    now: datetime,
) -> Promise | None:
    """After "couldn't": the same promise at a new time, as a new promise (the first stays
    answered as it was). None unless `promise_id` is the promiser's own, answered
    "couldn't", to this partner."""
    old = await session.get(Promise, promise_id)
    if (
        old is None
        or old.promiser_id != promiser.id
        or old.partner_id != partner.id
        or old.outcome != "couldnt"
    ):
        return None
    return await make_promise(
        session, promiser=promiser, partner=partner, text=old.text, due=due, now=now
    )


def late_by(promise: Promise, minutes: int, now: datetime) -> datetime:
    """The new time for "+N minutes": N minutes after the promised time, or after now
    when that has passed already."""
    return max(promise.due_at, now) + timedelta(minutes=minutes)


async def run_late(
    session: AsyncSession, *, promise_id: int, user_id: int, new_due: datetime, now: datetime
) -> Promise | None:
    """Running late, at `new_due`: the promise moves there, marked late (kept late counts
    as kept, never as broken), and its reminders start again: one at the new time, the
    follow-up after it. None if the promise is not the caller's open one, or `new_due` is
    not ahead within PROMISE_HORIZON."""
    return await move_promise(
        session, promise_id=promise_id, user_id=user_id, new_due=new_due, now=now, late=True
    )


async def move_promise(
    session: AsyncSession,
    *,
    promise_id: int,
    user_id: int,
    new_due: datetime,
    now: datetime,
    late: bool,
) -> Promise | None:
    """Give an open promise a new time, with its reminders again: at the time and the
    follow-up after, and (a new plan made ahead, not `late`) the heads-up before when
    there is time. `late`: said because the first time will not be kept; moving a promise
    whose time has passed unanswered is late too."""
    promise = await open_promise(session, promise_id=promise_id, user_id=user_id)
    if promise is None or not now < new_due <= now + PROMISE_HORIZON:
        return None
    late = late or promise.due_at <= now
    promise.due_at = new_due
    promise.ran_late = promise.ran_late or late
    await schedules.cancel_deliveries(session, kinds=PROMISE_KINDS, ref_id=promise.id)
    if not late:
        await _queue_before(session, promise, now)
    await _queue_at_time(session, promise)
    await _queue_followup(session, promise, new_due + PROMISE_FOLLOWUP_AFTER)
    return promise


async def cancel_promise(
    session: AsyncSession, *, promise_id: int, user_id: int, now: datetime
) -> Promise | None:
    """Take an open promise back (from /plans): no more reminders; it counts neither as
    kept nor as broken. None unless it is the caller's open one."""
    promise = await open_promise(session, promise_id=promise_id, user_id=user_id)
    if promise is None:
        return None
    promise.outcome, promise.outcome_at = "cancelled", now
    await schedules.cancel_deliveries(session, kinds=PROMISE_KINDS, ref_id=promise.id)
    return promise


async def take_space(
    session: AsyncSession, *, requester: User, partner: User, minutes: int, now: datetime
) -> tuple[Space, bool]:
    """Record the space and queue the return reminder; returns it and whether it replaced
    the open one (a second /space moves the return time of the first: one space, one
    reminder, and the partner hears the new time)."""
    current = await commitments.open_space(
        session, requester_id=requester.id, returning_after=now - SPACE_STILL_OPEN
    )
    if current is not None and current.partner_id == partner.id:
        current.return_at = now + timedelta(minutes=minutes)
        await _queue_return(session, current)
        return current, True
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
    return space, False


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
