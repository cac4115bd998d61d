"""Recurring routines: reassurance prompt times, the daily check-in, weekly practice.

Every schedule's next instant is computed on the owner's local wall clock, so it stays
right across daylight-saving changes; a zone change recomputes them all.
"""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import DeliveryKind, Schedule, User
from db.repositories import schedules
from db.repositories.users import pair_members
from domain.rules import next_daily, next_occurrence, next_weekly

MAX_PROMPTS_A_DAY = 4


async def set_prompt_times(
    session: AsyncSession, *, user: User, times: list[time], zone: str, now: datetime
) -> list[datetime]:
    """Replace the user's prompt times (distinct, at most four); returns their next instants."""
    unique = sorted(set(times))[:MAX_PROMPTS_A_DAY]
    pairs = [(t, next_daily(t, zone, now)) for t in unique]
    await schedules.replace_schedules(
        session, user_id=user.id, kind=DeliveryKind.PROMPT, times=pairs, now=now
    )
    return [due for _, due in pairs]


async def set_checkin(
    session: AsyncSession, *, user: User, at: time, zone: str, now: datetime
) -> datetime:
    """One daily check-in for the pair, at this user's local time; replaces any earlier one."""
    assert user.pair_id is not None
    await stop(session, user=user, kind=DeliveryKind.CHECKIN)
    due = next_daily(at, zone, now)
    await schedules.replace_schedules(
        session,
        user_id=user.id,
        kind=DeliveryKind.CHECKIN,
        times=[(at, due)],
        now=now,
        pair_id=user.pair_id,
    )
    return due


async def _member_ids(session: AsyncSession, user: User) -> list[int]:
    """Ids of both members: either may own the pair's check-in."""
    assert user.pair_id is not None
    return [m.id for m in await pair_members(session, pair_id=user.pair_id)]


async def pair_checkin(session: AsyncSession, *, user: User) -> Schedule | None:
    """The pair's check-in schedule, whoever set it."""
    if user.pair_id is None:
        return None
    for member in await _member_ids(session, user):
        found = await schedules.schedules_of(session, user_id=member, kind=DeliveryKind.CHECKIN)
        if found:
            return found[0]
    return None


async def prompt_times(session: AsyncSession, *, user: User) -> list[Schedule]:
    """The person's daily reassurance prompt schedules, earliest local time first."""
    return list(await schedules.schedules_of(session, user_id=user.id, kind=DeliveryKind.PROMPT))


async def weekly_practice(session: AsyncSession, *, user: User) -> Schedule | None:
    """The person's weekly practice suggestion, if they set one."""
    found = await schedules.schedules_of(session, user_id=user.id, kind=DeliveryKind.PRACTISE)
    return found[0] if found else None


async def set_practise(
    session: AsyncSession, *, user: User, weekday: int, at: time, zone: str, now: datetime
) -> datetime:
    """The weekly "practise while calm" suggestion."""
    due = next_weekly(weekday, at, zone, now)
    await schedules.replace_schedules(
        session,
        user_id=user.id,
        kind=DeliveryKind.PRACTISE,
        times=[(at, due)],
        now=now,
        weekday=weekday,
    )
    return due


async def stop(session: AsyncSession, *, user: User, kind: str) -> None:
    """Turn one routine off (for a check-in: the pair's, whoever set it)."""
    if kind == DeliveryKind.CHECKIN and user.pair_id is not None:
        for member in await _member_ids(session, user):
            await schedules.delete_schedules(session, user_id=member, kind=DeliveryKind.CHECKIN)
        return
    await schedules.delete_schedules(session, user_id=user.id, kind=kind)


async def rezone(session: AsyncSession, *, user: User, zone: str, now: datetime) -> None:
    """After /timezone: every schedule the user owns keeps its local time in the new zone."""
    for kind in (DeliveryKind.PROMPT, DeliveryKind.CHECKIN, DeliveryKind.PRACTISE):
        for schedule in await schedules.schedules_of(session, user_id=user.id, kind=kind):
            schedule.next_due_at = next_occurrence(schedule.local_time, schedule.weekday, zone, now)
