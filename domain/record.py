"""The last 30 days of evidence: small acts done reliably, counted for the user's own eyes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import DeliveryKind
from db.repositories import calm, record
from domain.policy import SPACE_SNOOZE

WINDOW = timedelta(days=30)


@dataclass(frozen=True)
class Evidence:
    """Counts shown by /record, in display order."""

    promises_kept: int
    promises_kept_late: int
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


async def _returns_on_time(session: AsyncSession, *, user_id: int, since: datetime) -> int:
    """Returns made by the (possibly extended) time, with a snooze's worth of slack;
    counted in Python because date arithmetic differs between SQLite and PostgreSQL."""
    returns = await record.space_returns(session, user_id=user_id, since=since)
    return sum(1 for due, back in returns if back <= due + SPACE_SNOOZE)


async def evidence(session: AsyncSession, *, user_id: int, now: datetime) -> Evidence:
    """Count the user's own acts (and the pair's shared check-ins) in the last 30 days."""
    since = now - WINDOW
    return Evidence(
        promises_kept=await record.count_promises_kept(session, user_id=user_id, since=since),
        promises_kept_late=await record.count_promises_kept(
            session, user_id=user_id, since=since, late=True
        ),
        space_returns=await _returns_on_time(session, user_id=user_id, since=since),
        checkins=await record.count_answered(
            session, user_id=user_id, kind=DeliveryKind.CHECKIN, since=since, by_due=True
        ),
        reassurances=await record.count_answered(
            session, user_id=user_id, kind=DeliveryKind.PROMPT, since=since, by_due=False
        ),
        bids_answered=await record.count_bids_answered(session, user_id=user_id, since=since),
        exercises=await calm.count_exercises(session, user_id=user_id, since=since),
        exercises_better=await calm.count_outcomes(
            session, user_id=user_id, outcome="better", since=since
        ),
    )
