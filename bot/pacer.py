"""The live breathing pacer: one message, edited phase by phase by chained jobs.

Each step re-reads the exercise row, so Stop (or starting another exercise) ends
the pacer even if the press reached another process.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes, JobQueue

from bot import callbacks, keyboards, texts
from bot.content.exercises import BREATH_PATTERNS, BreathPattern, breath_frame
from bot.runtime import get_runtime
from bot.services.calm import close_exercise
from db.repositories.calm import get_exercise
from db.session import transaction


@dataclass(frozen=True)
class Frame:
    """One edit of the pacer message and how many counts it stays up."""

    text: str
    counts: int


def breath_frames(pattern: BreathPattern) -> list[Frame]:
    """Every phase of every round; consecutive frames always differ (Telegram refuses
    an edit to identical text)."""
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
    """What each pacer step needs; lives in the job's data."""

    user_id: int
    chat_id: int
    message_id: int
    session_id: int
    intro: str
    outro: str
    frames: list[Frame]
    index: int = 0


def cancel_pacer(
    job_queue: JobQueue[ContextTypes.DEFAULT_TYPE] | None, user_id: int
) -> list[PacerState]:
    """Remove the user's pending pacer steps; returns their states to tidy the messages."""
    if job_queue is None:
        return []
    states: list[PacerState] = []
    for job in job_queue.get_jobs_by_name(job_name(user_id)):
        if isinstance(job.data, PacerState):
            states.append(job.data)
        job.schedule_removal()
    return states


def schedule_next(context: ContextTypes.DEFAULT_TYPE, state: PacerState, counts: int) -> None:
    """Queue the next step after `counts` counts at the configured pace."""
    assert context.job_queue is not None
    pace = get_runtime(context).settings.breathe_seconds_per_count
    context.job_queue.run_once(
        advance_pacer, when=counts * pace, data=state, name=job_name(state.user_id)
    )


async def advance_pacer(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the next phase, or the outro with the feeling check once the rounds are done."""
    assert context.job is not None
    state = context.job.data
    assert isinstance(state, PacerState)
    runtime = get_runtime(context)
    async with transaction(runtime.sessions) as session:
        row = await get_exercise(session, session_id=state.session_id)
        if row is None or row.status != "running":
            return
        finished = state.index >= len(state.frames)
        if finished:
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
                texts.BREATHE_STOP, callbacks.make(callbacks.CALM, "stop", state.session_id)
            ),
        )
    except BadRequest:
        # The message was deleted or cannot be edited any more: the pacer just ends.
        return
    state.index += 1
    schedule_next(context, state, frame.counts)
