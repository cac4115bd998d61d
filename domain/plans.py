"""/plans: everything that is going to happen, in one place, each part changeable.

Here because predictability is only useful when it is visible: the anxious partner (or
either) can see every open promise, an active space and the routines at a glance, and
change or cancel each without remembering which command made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Promise, Schedule, Space, User
from db.repositories import commitments as commitment_rows
from domain import routines
from domain.commitments import SPACE_STILL_OPEN
from domain.pairing import partner_of

#: An unanswered promise stays on the list this long after its time (its follow-up asks).
PROMISE_SHOWN_AFTER_DUE = timedelta(hours=24)


@dataclass(frozen=True)
class Plans:
    """What is planned for one person, theirs and what their partner promised them."""

    partner: User | None
    promises: list[Promise] = field(default_factory=list)  # theirs, open
    promised_to_me: list[Promise] = field(default_factory=list)  # the partner's, open
    space: Space | None = None  # theirs, not yet back
    prompts: list[Schedule] = field(default_factory=list)
    checkin: Schedule | None = None
    practice: Schedule | None = None

    @property
    def empty(self) -> bool:
        """Nothing planned at all."""
        return not (
            self.promises
            or self.promised_to_me
            or self.space
            or self.prompts
            or self.checkin
            or self.practice
        )


async def plans_of(session: AsyncSession, *, user: User, now: datetime) -> Plans:
    """Everything open for `user` at `now`."""
    partner = await partner_of(session, user)
    ids = [user.id] + ([partner.id] if partner else [])
    promises = await commitment_rows.open_promises(
        session, user_ids=ids, due_after=now - PROMISE_SHOWN_AFTER_DUE
    )
    space = await commitment_rows.open_space(
        session, requester_id=user.id, returning_after=now - SPACE_STILL_OPEN
    )
    return Plans(
        partner=partner,
        promises=[p for p in promises if p.promiser_id == user.id],
        promised_to_me=[
            p for p in promises if p.promiser_id != user.id and p.partner_id == user.id
        ],
        space=space,
        prompts=await routines.prompt_times(session, user=user),
        checkin=await routines.pair_checkin(session, user=user),
        practice=await routines.weekly_practice(session, user=user),
    )


async def remove_prompt_time(
    session: AsyncSession, *, user: User, at: time, zone: str, now: datetime
) -> bool:
    """Take one daily prompt time away and keep the others; False if it was not set."""
    current = [s.local_time for s in await routines.prompt_times(session, user=user)]
    if at not in current:
        return False
    await routines.set_prompt_times(
        session, user=user, times=[t for t in current if t != at], zone=zone, now=now
    )
    return True
