"""Self-soothing rules: which variant next, for which hour, one step at a time, when to
offer a different route, how it went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Activation, ExerciseSession
from db.repositories import calm
from domain.content.exercises import EXERCISES, STEPPED
from domain.rules import in_quiet_hours
from domain.zones import local_now

# "Again and again within minutes": the third request inside ten minutes gets a gentle
# offer of a different route (never a refusal).
REROUTE_WINDOW = timedelta(minutes=10)
REROUTE_AFTER_EXERCISES = 2
REROUTE_AFTER_BIDS = 2
# Two activations this close together mean shared escalation with no calm anchor.
BOTH_ACTIVATED_WINDOW = timedelta(minutes=30)
OUTCOMES = ("better", "same", "worse")
# Several "worse" answers in a short span: a gentle pointer to longer-term human help,
# once, on the answer that makes it this many (never on every answer).
WORSE_WINDOW = timedelta(days=7)
WORSE_BEFORE_POINTER = 3
# Night on the person's own wall clock, [22:00, 06:00): what suits only the daytime (a
# walk outside, a message to a friend) gives way to its night words then.
NIGHT_START = time(22, 0)
NIGHT_END = time(6, 0)


def is_night(now: datetime, zone: str) -> bool:
    """Whether `now` falls in the night hours where the person is: nobody should be sent
    out for a walk or to message a friend at 1 a.m. their time, whatever UTC says."""
    return in_quiet_hours(local_now(zone, now).time(), NIGHT_START, NIGHT_END)


async def wants_reroute(session: AsyncSession, *, user_id: int, now: datetime) -> bool:
    """True when the user has already started several exercises in the last few minutes."""
    recent = await calm.count_exercises(session, user_id=user_id, since=now - REROUTE_WINDOW)
    return recent >= REROUTE_AFTER_EXERCISES


async def wants_bid_reroute(session: AsyncSession, *, user_id: int, now: datetime) -> bool:
    """True when the user has already sent several bids in the last few minutes."""
    recent = await calm.count_bids_sent(session, user_id=user_id, since=now - REROUTE_WINDOW)
    return recent >= REROUTE_AFTER_BIDS


@dataclass(frozen=True)
class Started:
    """A new exercise, and the messages of the stepped ones it ended (to say why on them)."""

    row: ExerciseSession
    ended_messages: list[int]


async def start_exercise(
    session: AsyncSession, *, user_id: int, name: str, now: datetime, zone: str
) -> Started:
    """Begin an exercise, stopping any that is running; variants rotate so none feels
    canned, and the hour it begins in (in the person's zone) picks day or night words."""
    exercise = EXERCISES[name]
    done_before = await calm.count_exercises(session, user_id=user_id, exercise=name)
    ended = await calm.stop_running_exercises(session, user_id=user_id, now=now)
    row = await calm.add_exercise(
        session,
        user_id=user_id,
        exercise=name,
        variant=done_before % len(exercise.variants),
        now=now,
        at_night=is_night(now, zone),
    )
    return Started(row, ended)


@dataclass(frozen=True)
class StepView:
    """What a stepped exercise shows: step `number` of `total` with Next, or, once the
    steps are done (`closing`), its close with the feeling question."""

    exercise: str
    words: str
    number: int
    total: int

    @property
    def closing(self) -> bool:
        """The steps are done: the close and "how do you feel now?" are showing."""
        return self.number > self.total


def step_view(row: ExerciseSession) -> StepView:
    """The step a stepped exercise is on, in the words of the hour it began in (a session
    that runs past 06:00 keeps its night words, so no step changes under the person)."""
    words = EXERCISES[row.exercise].variant(row.variant, night=row.at_night)
    total = len(words) - 1  # the last words are the close
    index = min(row.step, total)
    return StepView(row.exercise, words[index], index + 1, total)


async def shown_in(session: AsyncSession, *, session_id: int, message_id: int) -> None:
    """Remember the message a stepped exercise is shown in."""
    row = await calm.get_exercise(session, session_id=session_id)
    if row is not None:
        row.message_id = message_id


async def next_step(
    session: AsyncSession, *, user_id: int, session_id: int, shown: int, now: datetime
) -> StepView | None:
    """Next pressed on step `shown` (0 = the first): the step after it, or the close, which
    ends the exercise as done. None when the press no longer acts: not the presser's, not
    a stepped exercise, no longer running (stopped, another one began, finished), or that
    step was left already (the second press of a double tap)."""
    row = await calm.get_exercise(session, session_id=session_id)
    if row is None or row.user_id != user_id or row.exercise not in STEPPED:
        return None
    if not await calm.advance_step(session, user_id=user_id, session_id=session_id, shown=shown):
        return None
    await session.refresh(row)
    view = step_view(row)
    if view.closing:
        row.status, row.finished_at = "done", now
    return view


async def close_exercise(
    session: AsyncSession, *, user_id: int, session_id: int, status: str, now: datetime
) -> ExerciseSession | None:
    """End the user's running exercise as "stopped" (Stop pressed) or "done" (the pacer
    finished); None if it is not theirs or no longer running."""
    row = await calm.get_exercise(session, session_id=session_id)
    if row is None or row.user_id != user_id or row.status != "running":
        return None
    row.status, row.finished_at = status, now
    return row


async def record_feeling(
    session: AsyncSession, *, user_id: int, session_id: int, outcome: str, now: datetime
) -> ExerciseSession | None:
    """Store how the exercise went, once, and only for the person who did it."""
    row = await calm.get_exercise(session, session_id=session_id)
    if row is None or row.user_id != user_id or row.outcome is not None or outcome not in OUTCOMES:
        return None
    row.outcome = outcome
    if row.status == "running":
        row.status, row.finished_at = "done", now
    return row


async def points_to_human_help(
    session: AsyncSession, *, user_id: int, outcome: str, now: datetime
) -> bool:
    """True when this answer is the third "worse" within a week: exercises alone are not
    reaching what sits underneath, and the article names attachment-focused and couples
    therapy (EFT) as what helps most over time."""
    if outcome != "worse":
        return False
    worse = await calm.count_outcomes(
        session, user_id=user_id, outcome="worse", since=now - WORSE_WINDOW
    )
    return worse == WORSE_BEFORE_POINTER


async def both_activated(
    session: AsyncSession, *, user_id: int, partner_id: int, now: datetime
) -> bool:
    """Both partners named an activation within the window."""
    since = now - BOTH_ACTIVATED_WINDOW
    mine = await calm.latest_activation(session, user_id=user_id)
    theirs = await calm.latest_activation(session, user_id=partner_id)
    return (
        mine is not None
        and theirs is not None
        and mine.created_at >= since
        and theirs.created_at >= since
    )


async def calm_first(
    session: AsyncSession, *, user_id: int, partner_id: int | None, now: datetime
) -> bool:
    """Offer self-soothing before a bid: both are activated and this user has not calmed yet."""
    if partner_id is None:
        return False
    if not await both_activated(session, user_id=user_id, partner_id=partner_id, now=now):
        return False
    latest = await calm.latest_activation(session, user_id=user_id)
    assert latest is not None
    calmed = await calm.count_exercises(session, user_id=user_id, since=latest.created_at)
    return calmed == 0


async def name_activation(
    session: AsyncSession, *, user_id: int, feeling: str, urge: str, now: datetime
) -> Activation:
    """Record a named activation: the feeling and the urge, never the person's own words."""
    return await calm.add_activation(session, user_id=user_id, feeling=feeling, urge=urge, now=now)


async def share_latest_activation(session: AsyncSession, *, user_id: int) -> None:
    """Mark the person's latest naming as shared with their partner (it counts in /record)."""
    latest = await calm.latest_activation(session, user_id=user_id)
    if latest is not None:
        latest.shared = True


async def stop_exercises(session: AsyncSession, *, user_id: int, now: datetime) -> list[int]:
    """Stop whatever exercise the person has running (/cancel, or another one began);
    returns the messages of stepped ones, so each can say it stopped."""
    return await calm.stop_running_exercises(session, user_id=user_id, now=now)
