"""Free text inside guided flows, and /cancel: one router for every flow's text steps."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot import texts
from bot.handlers import activated, bids, commitments, plans, routines
from bot.handlers.calm import holding_pacer, tidy_old_pacer, tidy_step_cards
from bot.handlers.common import Context, reply, turn
from domain.calm import stop_exercises
from domain.dialogs import (
    ACTIVATED,
    BID,
    BID_REPLY,
    BID_TIME,
    PLAN_MOVE,
    PROMISE_AGAIN,
    PROMISE_LATE,
    REASSURE_OWN,
    Flow,
    current_flow,
    end_flow,
)

TextStep = Callable[[Update, Context, Flow], Awaitable[None]]

TEXT_STEPS: dict[tuple[str, str], TextStep] = {
    (ACTIVATED, "trigger"): activated.on_trigger_text,
    (BID, "own"): bids.on_own_text,
    (BID_REPLY, "text"): bids.on_reply_text,
    (REASSURE_OWN, "text"): routines.on_own_reassurance,
    (PROMISE_LATE, "when"): commitments.on_late_text,
    (PROMISE_AGAIN, "when"): commitments.on_again_text,
    (PLAN_MOVE, "when"): plans.on_move_text,
    (BID_TIME, "when"): bids.on_time_text,
}


async def hint(update: Update, context: Context, text: str) -> None:
    """A "what works here" hint, once per burst: five quick messages Steady cannot act
    on draw one hint, not five (bot/flood.py)."""
    guard, user = context.bot_data.flood_guard, update.effective_user
    if guard is None or user is None or guard.first_hint(user.id, context.runtime.clock.now()):
        await reply(update, text)


async def route_text(update: Update, context: Context) -> None:
    """Hand text to the step waiting for it; otherwise a kind hint, never silence."""
    async with turn(update, context) as t:
        flow = await current_flow(t.session, user_id=t.user.id, now=t.now)
        if flow is not None and flow.expired:
            await end_flow(t.session, user_id=t.user.id)
    if flow is None:
        await hint(update, context, texts.stray_text())
    elif flow.expired:
        await reply(update, texts.flow_timed_out())
    elif (step := TEXT_STEPS.get((flow.kind, flow.step))) is not None:
        await step(update, context, flow)
    else:
        await hint(update, context, texts.tap_a_button())


async def not_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice: say what works instead."""
    async with turn(update, context) as t:
        flow = await current_flow(t.session, user_id=t.user.id, now=t.now)
    await hint(
        update, context, texts.empty_text() if flow and not flow.expired else texts.stray_text()
    )


async def cancel(update: Update, context: Context) -> None:
    """Leave whatever flow is in progress, and stop a running exercise (pacer or steps)."""
    async with holding_pacer(update, context):
        async with turn(update, context) as t:
            flow = await current_flow(t.session, user_id=t.user.id, now=t.now)
            await end_flow(t.session, user_id=t.user.id)
            ended = await stop_exercises(t.session, user_id=t.user.id, now=t.now)
            user_id = t.user.id
        stopped = await tidy_old_pacer(context, user_id)
    await tidy_step_cards(update, context, ended, texts.steps_stopped())
    if (flow is not None and not flow.expired) or stopped or ended:
        await reply(update, texts.flow_cancelled())
    else:
        await reply(update, texts.cancel_nothing())
