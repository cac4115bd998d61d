"""/record's counts, on both databases: each one counts only the user's own acts inside
the 30-day window (and the pair's shared check-ins), and each one can be told apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Bid, Delivery, ExerciseSession, Promise, Space
from domain.policy import SPACE_SNOOZE
from domain.record import WINDOW, Evidence, evidence
from tests.support.factories import make_pair

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
INSIDE = NOW - WINDOW  # the window's first moment counts
OUTSIDE = INSIDE - timedelta(seconds=1)


def promise(promiser_id: int, partner_id: int, at: datetime, **fields: object) -> Promise:
    done: dict[str, object] = {"outcome": "done", "ran_late": False}
    return Promise(
        promiser_id=promiser_id,
        partner_id=partner_id,
        text="call",
        due_at=at,
        created_at=at,
        **(done | fields),
    )


def space(requester_id: int, partner_id: int, at: datetime, back_after: timedelta) -> Space:
    due = at + timedelta(hours=1)
    return Space(
        requester_id=requester_id,
        partner_id=partner_id,
        created_at=at,
        return_at=due,
        returned_at=due + back_after,
    )


def answered(user_id: int, kind: str, due: datetime, acted: datetime | None) -> Delivery:
    return Delivery(
        user_id=user_id,
        kind=kind,
        occurrence_at=due,
        due_at=due,
        status="sent",
        attempts=1,
        acted_at=acted,
    )


def exercise(user_id: int, at: datetime, outcome: str | None) -> ExerciseSession:
    return ExerciseSession(
        user_id=user_id, exercise="ground", started_at=at, status="done", outcome=outcome
    )


async def test_each_count_takes_only_the_users_own_acts_in_the_window(
    session: AsyncSession,
) -> None:
    alex, sam = await make_pair(session, now=OUTSIDE - timedelta(days=1))
    late = timedelta(minutes=5)
    session.add_all(
        [
            # promises kept: 2 of alex's (late ones, undone ones, old ones, sam's do not count)
            promise(alex.id, sam.id, INSIDE),
            promise(alex.id, sam.id, NOW),
            promise(alex.id, sam.id, NOW, ran_late=True),
            promise(alex.id, sam.id, NOW, outcome="missed"),
            promise(alex.id, sam.id, NOW, outcome=None),
            promise(alex.id, sam.id, OUTSIDE),
            promise(sam.id, alex.id, NOW),
            # space returns: 3 on time, a snooze's slack included
            space(alex.id, sam.id, INSIDE, -late),
            space(alex.id, sam.id, NOW, timedelta(0)),
            space(alex.id, sam.id, NOW, SPACE_SNOOZE),
            space(alex.id, sam.id, NOW, SPACE_SNOOZE + timedelta(seconds=1)),
            space(alex.id, sam.id, OUTSIDE, -late),
            space(sam.id, alex.id, NOW, -late),
            Space(requester_id=alex.id, partner_id=sam.id, created_at=NOW, return_at=NOW),
            # check-ins: 4, windowed by when they were due
            answered(alex.id, "checkin", INSIDE, NOW),
            answered(alex.id, "checkin", NOW, NOW),
            answered(alex.id, "checkin", NOW, NOW),
            answered(alex.id, "checkin", NOW, OUTSIDE),
            answered(alex.id, "checkin", OUTSIDE, NOW),
            answered(alex.id, "checkin", NOW, None),
            answered(sam.id, "checkin", NOW, NOW),
            # reassurances: 5, windowed by when they were answered
            *(answered(alex.id, "prompt", OUTSIDE, NOW) for _ in range(4)),
            answered(alex.id, "prompt", NOW, INSIDE),
            answered(alex.id, "prompt", NOW, OUTSIDE),
            answered(alex.id, "prompt", NOW, None),
            answered(alex.id, "space_return", NOW, NOW),
            answered(sam.id, "prompt", NOW, NOW),
        ]
    )
    # bids answered: 6, either way between the two
    for n in range(6):
        sender, recipient = (alex, sam) if n % 2 else (sam, alex)
        session.add(
            Bid(
                sender_id=sender.id,
                recipient_id=recipient.id,
                text="hi",
                created_at=NOW,
                answer="yes",
            )
        )
    session.add(Bid(sender_id=alex.id, recipient_id=sam.id, text="hi", created_at=NOW))
    session.add(
        Bid(sender_id=alex.id, recipient_id=sam.id, text="hi", created_at=OUTSIDE, answer="yes")
    )
    # exercises: 8 started, 7 of them better
    session.add_all(exercise(alex.id, INSIDE, "better") for _ in range(7))
    session.add_all(
        [
            exercise(alex.id, NOW, "worse"),
            exercise(alex.id, OUTSIDE, "better"),
            exercise(sam.id, NOW, "better"),
        ]
    )
    await session.commit()

    assert await evidence(session, user_id=alex.id, now=NOW) == Evidence(
        promises_kept=2,
        space_returns=3,
        checkins=4,
        reassurances=5,
        bids_answered=6,
        exercises=8,
        exercises_better=7,
    )


async def test_a_user_with_nothing_done_has_an_empty_record(session: AsyncSession) -> None:
    alex, _ = await make_pair(session, now=NOW)
    record = await evidence(session, user_id=alex.id, now=NOW)
    assert record.empty
    assert [key for key, _ in record.items()] == [
        "promises_kept",
        "space_returns",
        "checkins",
        "reassurances",
        "bids_answered",
        "exercises",
        "exercises_better",
    ]
