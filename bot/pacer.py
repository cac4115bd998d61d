"""The live breathing pacer: one message, edited phase by phase by chained jobs.

A step and whatever ends the pacer (Stop, another exercise) hold the same per-user
lock, so no step edits the message after it was ended: a step that had already
fired when Stop was pressed waits, then finds its pacer gone. Each step also
re-reads the exercise row, so a Stop that reached another process ends it too.

Steps run as jobs, outside the update that began the pacer, so each step speaks the
language the pacer began in (kept on its state).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot import callbacks, keyboards, texts
from bot.context import SteadyContext
from bot.runtime import get_runtime
from db.repositories.calm import get_exercise
from db.session import transaction
from domain.calm import close_exercise
from domain.content.exercises import BREATH_PATTERNS, BreathPattern, breath_frame
from domain.i18n import current_locale, speaking
from jobs.locks import KeyedLocks


@dataclass(frozen=True)
class Frame:
    """One edit of the pacer message and how many counts it stays up."""

    text: str
    counts: int


def breath_frames(pattern: BreathPattern) -> list[Frame]:
    """Every phase of every round, in the current language; consecutive frames always
    differ (Telegram refuses an edit to identical text)."""
    return [
        Frame(breath_frame(phase, seconds, round_no, pattern.rounds), seconds)
        for round_no in range(1, pattern.rounds + 1)
        for phase, seconds in pattern.phases()
    ]


def pattern_for(variant: int) -> BreathPattern:
    """Patterns rotate with the variant, so repeated sessions differ a little."""
    names = list(BREATH_PATTERNS)
    return BREATH_PATTERNS[names[variant % len(names)]]


def job_name(user_id: int) -> str:
    """One pacer per user; the name lets a new exercise or Stop cancel it."""
    return f"breathe:{user_id}"


@dataclass
class PacerState:
    """What each pacer step needs; lives in the job's data. `intro`, `outro` and the
    frames are already in `locale`, the language spoken when the pacer began, which its
    later steps speak too."""

    user_id: int
    chat_id: int
    message_id: int
    session_id: int
    intro: str
    outro: str
    frames: list[Frame]
    index: int = 0
    locale: str = field(default_factory=current_locale)


@dataclass
class Pacers:
    """This process's running pacers, one per user, and the lock that orders their steps
    against whatever ends them."""

    locks: KeyedLocks = field(default_factory=KeyedLocks)
    running: dict[int, PacerState] = field(default_factory=dict)

    def is_current(self, state: PacerState) -> bool:
        """The step's pacer is still the user's running one (call with the lock held)."""
        return self.running.get(state.user_id) is state

    def discard(self, state: PacerState) -> None:
        """Forget a pacer that ended by itself (finished, or closed by another process)."""
        if self.is_current(state):
            del self.running[state.user_id]


def pacers_of(context: SteadyContext) -> Pacers:
    """The application's pacer registry."""
    return context.bot_data.pacers


def start_pacer(context: SteadyContext, state: PacerState, counts: int) -> None:
    """Register the user's new pacer and queue its first step (call with the lock held)."""
    pacers_of(context).running[state.user_id] = state
    schedule_next(context, state, counts)


def end_pacer(context: SteadyContext, user_id: int) -> PacerState | None:
    """Stop the user's pacer and remove its queued step; returns it so the caller can say
    why on its message. Call with the lock held: after this no step edits the message."""
    state = pacers_of(context).running.pop(user_id, None)
    for job in context.jobs.get_jobs_by_name(job_name(user_id)):
        job.schedule_removal()
    return state


def schedule_next(context: SteadyContext, state: PacerState, counts: int) -> None:
    """Queue the next step after `counts` counts at the configured pace."""
    pace = get_runtime(context).settings.breathe_seconds_per_count
    context.jobs.run_once(
        advance_pacer, when=counts * pace, data=state, name=job_name(state.user_id)
    )


async def advance_pacer(context: SteadyContext) -> None:
    """Show the next phase, or the outro with the feeling check once the rounds are done."""
    assert context.job is not None
    state = context.job.data
    assert isinstance(state, PacerState)
    pacers = pacers_of(context)
    async with pacers.locks.held(state.user_id):
        if pacers.is_current(state):
            with speaking(state.locale):
                await step(context, state)


async def step(context: SteadyContext, state: PacerState) -> None:
    """One step of a current pacer (the lock is held)."""
    runtime, pacers = get_runtime(context), pacers_of(context)
    async with transaction(runtime.sessions) as session:
        row = await get_exercise(session, session_id=state.session_id)
        if row is None or row.status != "running":
            pacers.discard(state)
            return
        finished = state.index >= len(state.frames)
        if finished:
            pacers.discard(state)
            await close_exercise(
                session,
                user_id=state.user_id,
                session_id=state.session_id,
                status="done",
                now=runtime.clock.now(),
            )
    try:
        if finished:
            await context.bot.edit_message_text(
                chat_id=state.chat_id,
                message_id=state.message_id,
                text=texts.breath_done(state.outro),
                parse_mode=ParseMode.HTML,
                reply_markup=keyboards.feeling_check(state.session_id),
            )
            return
        frame = state.frames[state.index]
        await context.bot.edit_message_text(
            chat_id=state.chat_id,
            message_id=state.message_id,
            text=texts.breath_step(state.intro, frame.text),
            parse_mode=ParseMode.HTML,
            reply_markup=keyboards.single(
                texts.breathe_stop(), callbacks.make(callbacks.CALM, "stop", state.session_id)
            ),
        )
    except BadRequest:
        # The message was deleted or cannot be edited any more: the pacer just ends.
        pacers.discard(state)
        return
    state.index += 1
    schedule_next(context, state, frame.counts)
