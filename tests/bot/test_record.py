"""/record's counts, on both databases: each one counts only the user's own acts inside
the 30-day window (and the pair's shared check-ins), and each one can be told apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Bid, Delivery, ExerciseSession, Promise, Space
from domain.policy import SPACE_SNOOZE
from domain.record import WINDOW, evidence
from tests.support.factories import make_pair

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
INSIDE = NOW - WINDOW  # the window's first moment counts
OUTSIDE = INSIDE - timedelta(seconds=1)
EARLY = timedelta(minutes=-5)
HOUR = timedelta(hours=1)
ALEX, SAM = 101, 202  # as tests.support.factories.make_pair makes them


async def test_each_count_takes_only_the_users_own_acts_in_the_window(
    session: AsyncSession,
) -> None:
    await make_pair(session, now=OUTSIDE - timedelta(days=1))
    # (promiser, created, outcome, ran late): 2 kept by alex on time, 1 at a new time
    promises = [
        (ALEX, INSIDE, "done", False),
        (ALEX, NOW, "done", False),
        (ALEX, NOW, "done", True),
        (ALEX, NOW, "missed", False),
        (ALEX, NOW, None, False),
        (ALEX, OUTSIDE, "done", False),
        (SAM, NOW, "done", False),
    ]
    # (requester, taken, back this long after the return time): 3 back on time, with slack
    spaces = [
        (ALEX, INSIDE, EARLY),
        (ALEX, NOW, timedelta(0)),
        (ALEX, NOW, SPACE_SNOOZE),
        (ALEX, NOW, SPACE_SNOOZE + timedelta(seconds=1)),
        (ALEX, OUTSIDE, EARLY),
        (SAM, NOW, EARLY),
        (ALEX, NOW, None),
    ]
    # (due, answered) of alex's: 4 check-ins counted by due time, 5 reassurances by answer time
    checkins = [(INSIDE, NOW), (NOW, NOW), (NOW, NOW), (NOW, OUTSIDE), (OUTSIDE, NOW), (NOW, None)]
    prompts = [*[(OUTSIDE, NOW)] * 4, (NOW, INSIDE), (NOW, OUTSIDE), (NOW, None)]
    deliveries = [
        *[(ALEX, "checkin", due, acted) for due, acted in checkins],
        *[(ALEX, "prompt", due, acted) for due, acted in prompts],
        (ALEX, "space_return", NOW, NOW),
        (SAM, "checkin", NOW, NOW),
        (SAM, "prompt", NOW, NOW),
    ]
    # (sender, sent, answer): 6 answered, either way between the two
    bids = [
        *[(ALEX, NOW, "yes"), (SAM, INSIDE, "no")] * 3,
        (ALEX, NOW, None),
        (SAM, OUTSIDE, "yes"),
    ]
    # (whose, started, how it went): 8 of alex's, 7 of them better
    exercises = [
        *[(ALEX, INSIDE, "better")] * 7,
        (ALEX, NOW, "worse"),
        (ALEX, OUTSIDE, "better"),
        (SAM, NOW, "better"),
    ]
    other = {ALEX: SAM, SAM: ALEX}
    session.add_all(
        Promise(
            promiser_id=who,
            partner_id=other[who],
            text="call",
            due_at=at,
            created_at=at,
            outcome=outcome,
            ran_late=ran_late,
        )
        for who, at, outcome, ran_late in promises
    )
    session.add_all(
        Space(
            requester_id=who,
            partner_id=other[who],
            created_at=at,
            return_at=at + HOUR,
            returned_at=None if after is None else at + HOUR + after,
        )
        for who, at, after in spaces
    )
    session.add_all(
        Delivery(
            user_id=who, kind=kind, occurrence_at=due, due_at=due, status="sent", acted_at=acted
        )
        for who, kind, due, acted in deliveries
    )
    session.add_all(
        Bid(sender_id=who, recipient_id=other[who], text="hi", created_at=at, answer=answer)
        for who, at, answer in bids
    )
    session.add_all(
        ExerciseSession(user_id=who, exercise="ground", started_at=at, status="done", outcome=how)
        for who, at, how in exercises
    )
    await session.commit()

    assert (await evidence(session, user_id=ALEX, now=NOW)).items() == [
        ("promises_kept", 2),
        ("promises_kept_late", 1),
        ("space_returns", 3),
        ("checkins", 4),
        ("reassurances", 5),
        ("bids_answered", 6),
        ("exercises", 8),
        ("exercises_better", 7),
    ]
    assert (await evidence(session, user_id=SAM, now=NOW)).items() == [
        ("promises_kept", 1),
        ("promises_kept_late", 0),
        ("space_returns", 1),
        ("checkins", 1),
        ("reassurances", 1),
        ("bids_answered", 6),
        ("exercises", 1),
        ("exercises_better", 1),
    ]


async def test_a_user_with_nothing_done_has_an_empty_record(session: AsyncSession) -> None:
    await make_pair(session, now=NOW)
    assert (await evidence(session, user_id=ALEX, now=NOW)).empty
