"""/calm: the exercise menu, each exercise, the live pacer's Stop, and how it went."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

from telegram import Update
from telegram.error import BadRequest

from bot import callbacks, keyboards, texts
from bot.handlers.common import HTML, Context, command_args, edit, expired, reply, set_buttons, turn
from bot.pacer import PacerState, breath_frames, end_pacer, pacers_of, pattern_for, start_pacer
from domain import calm as calm_service
from domain.content import pick
from domain.content.activation import INTRO
from domain.content.exercises import (
    BREATH_INTROS,
    BREATH_OUTROS,
    CALM_MENU_INTRO,
    EXERCISES,
    FEELING_ACKS,
    FEELING_ANSWERS,
    unknown_exercise,
)
from domain.content.reroute import REROUTE_LINES, REROUTE_OPTIONS
from domain.dialogs import ACTIVATED, set_flow

FORCE = "1"  # "carry on as before": skip the re-route offer this once


async def calm(update: Update, context: Context) -> None:
    """The menu, or `/calm NAME` straight into one exercise."""
    args = command_args(context)
    if not args:
        async with turn(update, context) as t:
            reroute = await calm_service.wants_reroute(t.session, user_id=t.user.id, now=t.now)
        if reroute:
            await offer_reroute(update, "menu")
        else:
            await reply(update, CALM_MENU_INTRO, reply_markup=keyboards.calm_menu())
        return
    name = args[0].lower()
    if name not in EXERCISES or len(args) > 1:
        await reply(update, unknown_exercise(" ".join(args)[:40]))
        return
    await begin(update, context, name, force=False)


async def calm_button(update: Update, context: Context) -> None:
    """Menu and re-route buttons (`calm:go:NAME[:1]`) and the pacer's Stop (`calm:stop:ID`)."""
    query = update.callback_query
    assert query is not None
    go, where = callbacks.word("go"), callbacks.one_of({*EXERCISES, "menu"})
    if stop := callbacks.parse(query.data, callbacks.word("stop"), callbacks.ID):
        await stop_breathing(update, context, stop[1])
        return
    chosen = callbacks.parse(query.data, go, where) or callbacks.parse(
        query.data, go, where, callbacks.word(FORCE)
    )
    if chosen is None:
        await expired(query)
        return
    await query.answer()
    if chosen[1] == "menu":
        await reply(update, CALM_MENU_INTRO, reply_markup=keyboards.calm_menu())
        return
    await begin(update, context, chosen[1], force=len(chosen) == 3)


async def offer_reroute(update: Update, asked: str) -> None:
    """Soft and skippable: other routes, and "carry on" to what was asked."""
    options = [
        (label, callbacks.make(callbacks.CALM, "go", asked if key == "continue" else key, FORCE))
        for key, label in REROUTE_OPTIONS
    ]
    await reply(
        update,
        pick(REROUTE_LINES, update.effective_user.id if update.effective_user else 0),
        reply_markup=keyboards.rows(options),
    )


def holding_pacer(update: Update, context: Context) -> AbstractAsyncContextManager[None]:
    """The caller's pacer lock: a handler that may end a pacer takes it before its
    transaction, so no pacer step runs between that commit and the pacer's end."""
    assert update.effective_user is not None
    return pacers_of(context).locks.held(update.effective_user.id)


async def begin(update: Update, context: Context, name: str, *, force: bool) -> None:
    """Start one exercise: stop any running pacer, then show it (or the re-route offer)."""
    async with holding_pacer(update, context):
        await begin_holding_pacer(update, context, name, force=force)


async def begin_holding_pacer(update: Update, context: Context, name: str, *, force: bool) -> None:
    """`begin`, with the caller's pacer lock held."""
    async with turn(update, context) as t:
        if not force and await calm_service.wants_reroute(t.session, user_id=t.user.id, now=t.now):
            reroute = True
        else:
            reroute = False
            row = await calm_service.start_exercise(
                t.session, user_id=t.user.id, name=name, now=t.now
            )
            session_id, variant = row.id, row.variant
            if name == "name":  # `name` is the door into the /activated flow
                await set_flow(
                    t.session,
                    user_id=t.user.id,
                    kind=ACTIVATED,
                    step="trigger",
                    now=t.now,
                    data={"exercise_session_id": session_id},
                )
        user_id = t.user.id
    if reroute:
        await offer_reroute(update, name)
        return
    await tidy_old_pacer(context, user_id)
    exercise = EXERCISES[name]
    steps = exercise.variant(variant)
    if name == "breathe":
        await start_breathing(update, context, user_id, session_id, variant)
    elif name == "name":
        await reply(update, "\n\n".join((*steps, INTRO)))
    else:
        await reply(
            update,
            texts.exercise_message(exercise.title, steps),
            reply_markup=keyboards.feeling_check(session_id),
        )


async def tidy_old_pacer(context: Context, user_id: int) -> bool:
    """A pacer still running for this user stops, and its message says why (call with the
    caller's pacer lock held). True when there was one."""
    state = end_pacer(context, user_id)
    if state is None:
        return False
    try:
        await context.bot.edit_message_text(
            chat_id=state.chat_id,
            message_id=state.message_id,
            text=texts.BREATH_MOVED_ON,
            parse_mode=HTML,
        )
    except BadRequest:
        pass
    return True


async def start_breathing(
    update: Update, context: Context, user_id: int, session_id: int, variant: int
) -> None:
    """Send the pacer message and schedule its first edit (the caller's pacer lock held)."""
    intro, outro = pick(BREATH_INTROS, variant), pick(BREATH_OUTROS, variant)
    pattern = pattern_for(variant)
    sent = await reply(
        update,
        texts.breath_step(intro, texts.breath_pattern(pattern.label)),
        reply_markup=keyboards.single(
            texts.BREATHE_STOP, callbacks.make(callbacks.CALM, "stop", session_id)
        ),
    )
    state = PacerState(
        user_id=user_id,
        chat_id=sent.chat_id,
        message_id=sent.message_id,
        session_id=session_id,
        intro=intro,
        outro=outro,
        frames=breath_frames(pattern),
    )
    start_pacer(context, state, 2)


async def stop_breathing(update: Update, context: Context, session_id: int) -> None:
    """Stop pressed: cancel the remaining steps and ask how it went."""
    query = update.callback_query
    assert query is not None
    async with holding_pacer(update, context):
        async with turn(update, context) as t:
            row = await calm_service.close_exercise(
                t.session, user_id=t.user.id, session_id=session_id, status="stopped", now=t.now
            )
            user_id = t.user.id
        if row is None:
            await expired(query)
            return
        end_pacer(context, user_id)
    await query.answer()
    await edit(query, texts.BREATH_STOPPED, reply_markup=keyboards.feeling_check(session_id))


async def feeling_answer(update: Update, context: Context) -> None:
    """better / same / worse: stored once, for the person who did the exercise."""
    query = update.callback_query
    assert query is not None
    labels = dict(FEELING_ANSWERS)
    answer = callbacks.parse(query.data, callbacks.ID, callbacks.one_of(labels))
    if answer is None:
        await expired(query)
        return
    session_id, outcome = answer
    async with turn(update, context) as t:
        row = await calm_service.record_feeling(
            t.session, user_id=t.user.id, session_id=session_id, outcome=outcome, now=t.now
        )
        human_help = row is not None and await calm_service.points_to_human_help(
            t.session, user_id=t.user.id, outcome=outcome, now=t.now
        )
    if row is None:
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    acknowledgement = pick(FEELING_ACKS[outcome], row.id)
    await reply(update, texts.feeling_noted(labels[outcome], acknowledgement))
    if human_help:
        await reply(update, texts.WORSE_AGAIN_HUMAN_HELP)
