"""The last 30 days of evidence: small acts done reliably. Unpaired, the user's own; in a
pair, both people's, side by side, because the partner's steadiness is the evidence an
anxious alarm needs most. Only acts done are counted: nothing here reads a broken promise,
a missed check-in or a late return, so the record can never become a tally of failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import DeliveryKind, User
from db.repositories import calm, record
from db.repositories.pairs import get_pair
from domain.pairing import partner_of
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
    return sum(1 for due, back in returns if _on_time(due, back))


def _on_time(due: datetime, back: datetime) -> bool:
    """Back by the (possibly extended) return time, with a snooze's worth of slack."""
    return back <= due + SPACE_SNOOZE


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


@dataclass(frozen=True)
class Steadiness:
    """What one person of a pair did for the other in the window: acts done, nothing else."""

    #: Kept on time or at a new time they gave in advance: both are promises kept.
    promises_kept: int
    #: Of those, the ones kept at the new time.
    kept_at_new_time: int
    space_returns: int
    reassurances: int
    #: The other's bids this person answered.
    bids_answered: int

    @property
    def empty(self) -> bool:
        """Nothing to show for this person yet."""
        return not any(self.__dict__.values())


@dataclass(frozen=True)
class PairEvidence:
    """/record for a paired user: the partner's steadiness, the user's own, and what they
    held together.

    Calm exercises are the user's own only, and the partner's are not shown at all, not
    even as a count. Self-soothing is the part that does not need the other person; once
    the partner can see it, it turns into something done for them or checked by them
    ("you haven't done your breathing"), which is the scoreboard the record must never be.
    The user never agreed to share it either: what they share of their inner work they
    share on purpose (an activation, /patterns), never by default.
    """

    partner_name: str
    partner: Steadiness
    own: Steadiness
    checkins: int
    exercises: int
    exercises_better: int

    @property
    def empty(self) -> bool:
        """Nothing to show on either side yet."""
        return (
            self.partner.empty
            and self.own.empty
            and not (self.checkins or self.exercises or self.exercises_better)
        )


async def pair_evidence(session: AsyncSession, *, user: User, now: datetime) -> PairEvidence | None:
    """Both people's evidence for the last 30 days; None if the user is not paired.

    Promises, space and bids name both people, so only those between the two count.
    Prompts and check-ins name nobody, so they count from when this pair formed: nothing
    done in an earlier pairing shows up as steadiness toward this partner.
    """
    partner = await partner_of(session, user)
    pair = await get_pair(session, pair_id=user.pair_id) if user.pair_id else None
    if partner is None or pair is None:
        return None
    me, them = user.id, partner.id
    people = (me, them)
    since = now - WINDOW
    paired_since = max(since, pair.created_at)
    kept = await record.promises_kept_between(session, people=people, since=since)
    returns = await record.space_returns_between(session, people=people, since=since)
    prompts = await record.prompts_answered_by(session, people=people, since=paired_since)
    bids = await record.bids_answered_between(session, people=people, since=since)

    def side(who: int) -> Steadiness:
        late = kept.get((who, True), 0)
        return Steadiness(
            promises_kept=kept.get((who, False), 0) + late,
            kept_at_new_time=late,
            space_returns=sum(1 for by, due, back in returns if by == who and _on_time(due, back)),
            reassurances=prompts.get(who, 0),
            bids_answered=bids.get(who, 0),
        )

    return PairEvidence(
        partner_name=partner.first_name,
        partner=side(them),
        own=side(me),
        checkins=await record.count_checkins_held(session, people=people, since=paired_since),
        exercises=await calm.count_exercises(session, user_id=me, since=since),
        exercises_better=await calm.count_outcomes(
            session, user_id=me, outcome="better", since=since
        ),
    )


async def record_for(
    session: AsyncSession, *, user: User, now: datetime
) -> Evidence | PairEvidence:
    """What /record shows: both sides for a paired user, the user's own otherwise."""
    return await pair_evidence(session, user=user, now=now) or await evidence(
        session, user_id=user.id, now=now
    )
