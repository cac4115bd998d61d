"""/record's counts, on both databases: each one counts only the user's own acts inside
the 30-day window (and the pair's shared check-ins), and each one can be told apart; in a
pair, both people's acts toward each other, by whom, and never what went wrong."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from db.models import Bid, Delivery, ExerciseSession, Promise, Space, User
from domain.content.nudges import record_promises_line
from domain.policy import SPACE_SNOOZE
from domain.record import (
    WINDOW,
    Evidence,
    PairEvidence,
    Steadiness,
    evidence,
    pair_evidence,
    record_for,
)
from tests.support.factories import make_pair, make_user

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


# --- a paired user's record: both sides -------------------------------------------------

KIM = 303  # someone outside the pair


def _promise(who: int, to: int, at: datetime, outcome: str | None, late: bool = False) -> Promise:
    return Promise(
        promiser_id=who,
        partner_id=to,
        text="call",
        due_at=at,
        created_at=at,
        outcome=outcome,
        ran_late=late,
    )


def _space(who: int, to: int, at: datetime, after: timedelta | None) -> Space:
    return Space(
        requester_id=who,
        partner_id=to,
        created_at=at,
        return_at=at + HOUR,
        returned_at=None if after is None else at + HOUR + after,
    )


def _delivery(who: int, kind: str, due: datetime, acted: datetime | None) -> Delivery:
    return Delivery(
        user_id=who, kind=kind, occurrence_at=due, due_at=due, status="sent", acted_at=acted
    )


def _bid(who: int, to: int, at: datetime, answer: str | None) -> Bid:
    return Bid(sender_id=who, recipient_id=to, text="hi", created_at=at, answer=answer)


def _exercise(who: int, at: datetime, how: str | None) -> ExerciseSession:
    return ExerciseSession(
        user_id=who, exercise="ground", started_at=at, status="done", outcome=how
    )


async def _both_sides(session: AsyncSession) -> None:
    """A month of a pair's acts, each kind with something that must not count beside it."""
    await make_pair(session, now=OUTSIDE - timedelta(days=1))
    await make_user(session, user_id=KIM, now=OUTSIDE)
    session.add_all(
        [
            # Sam: 2 on time and 2 at a new time he gave; Alex: 1 at a new time
            _promise(SAM, ALEX, INSIDE, "done"),
            _promise(SAM, ALEX, NOW, "done"),
            _promise(SAM, ALEX, NOW, "done", late=True),
            _promise(SAM, ALEX, NOW, "done", late=True),
            _promise(ALEX, SAM, NOW, "done", late=True),
            # never counted: broken, unanswered, outside the window, to someone else
            _promise(SAM, ALEX, NOW, "couldnt"),
            _promise(SAM, ALEX, NOW, "missed"),
            _promise(SAM, ALEX, NOW, None),
            _promise(SAM, ALEX, OUTSIDE, "done"),
            _promise(SAM, KIM, NOW, "done"),
            _promise(ALEX, SAM, NOW, "couldnt"),
            # Sam back on time twice (once with a snooze's slack), Alex once
            _space(SAM, ALEX, INSIDE, EARLY),
            _space(SAM, ALEX, NOW, SPACE_SNOOZE),
            _space(ALEX, SAM, NOW, timedelta(0)),
            # never counted: late, not back yet, outside the window, from someone else
            _space(SAM, ALEX, NOW, SPACE_SNOOZE + timedelta(seconds=1)),
            _space(SAM, ALEX, NOW, None),
            _space(SAM, ALEX, OUTSIDE, EARLY),
            _space(KIM, SAM, NOW, EARLY),
            # reassurances: Sam answered 3 prompts in the window (by answer time), Alex 1
            _delivery(SAM, "prompt", OUTSIDE, INSIDE),
            _delivery(SAM, "prompt", NOW, NOW),
            _delivery(SAM, "prompt", NOW, NOW),
            _delivery(ALEX, "prompt", NOW, NOW),
            _delivery(SAM, "prompt", NOW, None),  # lapsed: not counted
            _delivery(SAM, "prompt", OUTSIDE, OUTSIDE),
            _delivery(KIM, "prompt", NOW, NOW),
            # check-ins: 3 occurrences held (one by both, one by each), 1 missed by both
            _delivery(ALEX, "checkin", INSIDE, NOW),
            _delivery(SAM, "checkin", INSIDE, NOW),
            _delivery(SAM, "checkin", NOW - HOUR, NOW),
            _delivery(ALEX, "checkin", NOW - HOUR, None),
            _delivery(ALEX, "checkin", NOW, NOW),
            _delivery(SAM, "checkin", NOW - 2 * HOUR, None),
            _delivery(ALEX, "checkin", NOW - 2 * HOUR, None),
            _delivery(ALEX, "checkin", OUTSIDE, NOW),
            _delivery(KIM, "checkin", NOW - 3 * HOUR, NOW),
            # bids: Sam answered 2 of Alex's (any answer is an answer), Alex 1 of Sam's
            _bid(ALEX, SAM, INSIDE, "yes"),
            _bid(ALEX, SAM, NOW, "later"),
            _bid(SAM, ALEX, NOW, "tomorrow"),
            _bid(ALEX, SAM, NOW, None),
            _bid(ALEX, SAM, OUTSIDE, "yes"),
            _bid(KIM, SAM, NOW, "yes"),
            # exercises: Alex 3 in the window (2 better), Sam 2 (both better)
            _exercise(ALEX, INSIDE, "better"),
            _exercise(ALEX, NOW, "better"),
            _exercise(ALEX, NOW, "worse"),
            _exercise(ALEX, OUTSIDE, "better"),
            _exercise(SAM, NOW, "better"),
            _exercise(SAM, NOW, "better"),
        ]
    )
    await session.commit()


async def test_a_pair_sees_both_sides_by_whom_inside_the_window(session: AsyncSession) -> None:
    await _both_sides(session)
    sam_side = Steadiness(
        promises_kept=4, kept_at_new_time=2, space_returns=2, reassurances=3, bids_answered=2
    )
    alex_side = Steadiness(
        promises_kept=1, kept_at_new_time=1, space_returns=1, reassurances=1, bids_answered=1
    )
    alex, sam = await _users(session)
    assert await pair_evidence(session, user=alex, now=NOW) == PairEvidence(
        partner_name="Sam",
        partner=sam_side,
        own=alex_side,
        checkins=3,
        exercises=3,
        exercises_better=2,
    )
    assert await pair_evidence(session, user=sam, now=NOW) == PairEvidence(
        partner_name="Alex",
        partner=alex_side,
        own=sam_side,
        checkins=3,
        exercises=2,  # Sam's own: Alex's exercises are never shown to Sam
        exercises_better=2,
    )


async def test_what_went_wrong_is_never_counted(session: AsyncSession) -> None:
    """Broken promises, late returns, lapsed prompts, missed check-ins and unanswered
    bids leave the record empty: there is no field that could hold them."""
    await make_pair(session, now=OUTSIDE)
    session.add_all(
        [
            _promise(SAM, ALEX, NOW, "couldnt"),
            _promise(SAM, ALEX, NOW, "missed"),
            _promise(SAM, ALEX, NOW, None),
            _space(SAM, ALEX, NOW, SPACE_SNOOZE + HOUR),
            _space(SAM, ALEX, NOW, None),
            _delivery(SAM, "prompt", NOW, None),
            _delivery(SAM, "checkin", NOW, None),
            _delivery(ALEX, "checkin", NOW, None),
            _bid(ALEX, SAM, NOW, None),
        ]
    )
    await session.commit()
    alex, _ = await _users(session)
    found = await pair_evidence(session, user=alex, now=NOW)
    assert found is not None and found.empty
    fields = {f.name for f in dataclasses.fields(PairEvidence) + dataclasses.fields(Steadiness)}
    assert not {f for f in fields if re.search("miss|broke|fail|couldnt|late_return", f)}


async def test_prompts_and_checkins_count_from_when_this_pair_formed(
    session: AsyncSession,
) -> None:
    """They name nobody, so what was done in an earlier pairing is not this partner's."""
    formed = NOW - timedelta(days=3)
    await make_pair(session, now=formed)
    session.add_all(
        [
            _delivery(SAM, "prompt", formed - HOUR, formed - HOUR),
            _delivery(SAM, "checkin", formed - HOUR, formed - HOUR),
            _delivery(SAM, "prompt", formed, formed),
            _delivery(SAM, "checkin", formed, formed),
        ]
    )
    await session.commit()
    alex, _ = await _users(session)
    found = await pair_evidence(session, user=alex, now=NOW)
    assert found is not None
    assert (found.partner.reassurances, found.checkins) == (1, 1)


async def test_unpaired_users_see_their_own_record(session: AsyncSession) -> None:
    kim = await make_user(session, user_id=KIM, now=NOW)
    session.add(_exercise(KIM, NOW, "better"))
    await session.commit()
    assert await pair_evidence(session, user=kim, now=NOW) is None
    found = await record_for(session, user=kim, now=NOW)
    assert isinstance(found, Evidence) and (found.exercises, found.exercises_better) == (1, 1)


def test_the_pair_view_names_who_did_what_and_leaves_out_what_is_not_there() -> None:
    found = PairEvidence(
        partner_name="S<am>",
        partner=Steadiness(
            promises_kept=3, kept_at_new_time=1, space_returns=0, reassurances=2, bids_answered=1
        ),
        own=Steadiness(
            promises_kept=0, kept_at_new_time=0, space_returns=0, reassurances=0, bids_answered=1
        ),
        checkins=0,
        exercises=2,
        exercises_better=2,
    )
    assert texts.record_pair_view("Intro.", found, "Footer.").split("\n") == [
        "Intro.",
        "",
        "<b>S&lt;am&gt;</b>",
        "Promises kept: <b>3</b> (2 on time, 1 at a new time S&lt;am&gt; gave you in advance)",
        "Reassurances sent without being asked: <b>2</b>",
        "Your direct asks answered: <b>1</b>",
        "",
        "<b>You</b>",
        "S&lt;am&gt;'s direct asks answered: <b>1</b>",
        "Calm exercises done: <b>2</b> (all left you feeling better)",
        "",
        "<i>Footer.</i>",
    ]


async def _users(session: AsyncSession) -> tuple[User, User]:
    alex, sam = await session.get(User, ALEX), await session.get(User, SAM)
    assert alex is not None and sam is not None
    return alex, sam


@pytest.mark.parametrize(
    ("count", "late", "mine", "shown"),
    [
        (2, 0, False, "Promises kept on time: <b>2</b>"),
        (1, 1, False, "Promises kept: <b>1</b> (at a new time Sam gave you in advance)"),
        (3, 3, True, "Promises kept: <b>3</b> (all at a new time you gave in advance)"),
        (3, 1, True, "Promises kept: <b>3</b> (2 on time, 1 at a new time you gave in advance)"),
    ],
)
def test_a_promise_kept_at_a_new_time_is_kept_and_says_so(
    count: int, late: int, mine: bool, shown: str
) -> None:
    assert record_promises_line(count, late, "Sam", mine) == shown
