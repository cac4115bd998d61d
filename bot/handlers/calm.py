"""/calm: the exercise menu, each exercise (paced, or one step at a time with Next), Stop,
and how it went."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

from telegram import Update
from telegram.error import BadRequest

from bot import callbacks, keyboards, texts
from bot.handlers.common import HTML, Context, command_args, edit, expired, reply, set_buttons, turn
from bot.pacer import PacerState, breath_frames, end_pacer, pacers_of, pattern_for, start_pacer
from domain import calm as calm_service
from domain.content import activation, pick, translated
from domain.content.exercises import (
    BREATH_INTROS,
    BREATH_OUTROS,
    EXERCISES,
    FEELING_ACKS,
    FEELING_ANSWERS,
    STEPPED,
    calm_menu_intro,
    unknown_exercise,
)
from domain.content.reroute import REROUTE_LINES, REROUTE_OPTIONS
from domain.dialogs import ACTIVATED, set_flow
from domain.i18n import _

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
            await reply(update, calm_menu_intro(), reply_markup=keyboards.calm_menu())
        return
    name = args[0].lower()
    if name not in EXERCISES or len(args) > 1:
        await reply(update, unknown_exercise(" ".join(args)[:40]))
        return
    await begin(update, context, name, force=False)


async def calm_button(update: Update, context: Context) -> None:
    """Menu and re-route buttons (`calm:go:NAME[:1]`), a step's Next (`calm:next:ID:STEP`)
    and Stop (`calm:stop:ID`, for the pacer and for steps)."""
    query = update.callback_query
    assert query is not None
    go, where = callbacks.word("go"), callbacks.one_of({*EXERCISES, "menu"})
    if stop := callbacks.parse(query.data, callbacks.word("stop"), callbacks.ID):
        await stop_exercise(update, context, stop[1])
        return
    if step := callbacks.parse(query.data, callbacks.word("next"), callbacks.ID, callbacks.ID):
        await next_step(update, context, step[1], step[2])
        return
    chosen = callbacks.parse(query.data, go, where) or callbacks.parse(
        query.data, go, where, callbacks.word(FORCE)
    )
    if chosen is None:
        await expired(query)
        return
    await query.answer()
    if chosen[1] == "menu":
        await reply(update, calm_menu_intro(), reply_markup=keyboards.calm_menu())
        return
    await begin(update, context, chosen[1], force=len(chosen) == 3)


async def offer_reroute(update: Update, asked: str) -> None:
    """Soft and skippable: other routes, and "carry on" to what was asked."""
    options = [
        (label, callbacks.make(callbacks.CALM, "go", asked if key == "continue" else key, FORCE))
        for key, label in translated(REROUTE_OPTIONS)
    ]
    await reply(
        update,
        _(pick(REROUTE_LINES, update.effective_user.id if update.effective_user else 0)),
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
            started = await calm_service.start_exercise(
                t.session, user_id=t.user.id, name=name, now=t.now, zone=t.zone
            )
            row, ended = started.row, started.ended_messages
            session_id, variant, at_night = row.id, row.variant, row.at_night
            first = calm_service.step_view(row) if name in STEPPED else None
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
    await tidy_step_cards(update, context, ended)
    exercise = EXERCISES[name]
    if name == "breathe":
        await start_breathing(update, context, user_id, session_id, variant)
    elif first is None:  # `name`: its few lines, then the /activated flow's first question
        await reply(
            update, "\n\n".join((*exercise.variant(variant, night=at_night), activation.intro()))
        )
    else:
        await show_first_step(update, context, session_id, first)


async def show_first_step(
    update: Update, context: Context, session_id: int, first: calm_service.StepView
) -> None:
    """A stepped exercise's first step, in the message its later steps will replace (kept
    on the row, so starting another exercise can say on it why it stopped)."""
    sent = await reply(
        update,
        texts.exercise_step(EXERCISES[first.exercise].title, first.words, 1, first.total),
        reply_markup=keyboards.exercise_step(session_id, 0),
    )
    async with turn(update, context) as t:
        await calm_service.shown_in(t.session, session_id=session_id, message_id=sent.message_id)


async def next_step(update: Update, context: Context, session_id: int, shown: int) -> None:
    """Next: the same message shows the following step, or, after the last, the close and
    the feeling question. A press that no longer acts (stale, forged, someone else's, the
    second of a double tap) is answered "expired" and changes nothing."""
    query = update.callback_query
    assert query is not None
    async with turn(update, context) as t:
        view = await calm_service.next_step(
            t.session, user_id=t.user.id, session_id=session_id, shown=shown, now=t.now
        )
    if view is None:
        await expired(query)
        return
    await query.answer()
    title = EXERCISES[view.exercise].title
    if view.closing:
        await edit(
            query,
            texts.exercise_close(title, view.words),
            reply_markup=keyboards.feeling_check(session_id),
        )
        return
    await edit(
        query,
        texts.exercise_step(title, view.words, view.number, view.total),
        reply_markup=keyboards.exercise_step(session_id, view.number - 1),
    )


async def tidy_step_cards(
    update: Update, context: Context, message_ids: list[int], why: str | None = None
) -> None:
    """Stepped exercises that just ended because another began (or /cancel): each message
    says why (by default, that another began) and loses its buttons, so no Next is left
    that would only answer "expired"."""
    chat = update.effective_chat
    assert chat is not None
    if why is None:
        why = texts.steps_moved_on()
    for message_id in message_ids:
        try:
            await context.bot.edit_message_text(
                chat_id=chat.id, message_id=message_id, text=why, parse_mode=HTML
            )
        except BadRequest:
            pass  # deleted, or too old to edit: nothing is left to press on it anyway


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
            text=texts.breath_moved_on(),
            parse_mode=HTML,
        )
    except BadRequest:
        pass
    return True


async def start_breathing(
    update: Update, context: Context, user_id: int, session_id: int, variant: int
) -> None:
    """Send the pacer message and schedule its first edit (the caller's pacer lock held)."""
    intro, outro = _(pick(BREATH_INTROS, variant)), _(pick(BREATH_OUTROS, variant))
    pattern = pattern_for(variant)
    sent = await reply(
        update,
        texts.breath_step(intro, texts.breath_pattern(pattern.label)),
        reply_markup=keyboards.single(
            texts.breathe_stop(), callbacks.make(callbacks.CALM, "stop", session_id)
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


async def stop_exercise(update: Update, context: Context, session_id: int) -> None:
    """Stop pressed: the pacer's remaining steps are cancelled and it asks how it went; a
    stepped exercise ends there, kindly, with no question about a part not done."""
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
    if row.exercise == "breathe":
        await edit(query, texts.breath_stopped(), reply_markup=keyboards.feeling_check(session_id))
        return
    await edit(query, texts.exercise_stopped(EXERCISES[row.exercise].title, texts.steps_stopped()))


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
    acknowledgement = _(pick(FEELING_ACKS[outcome], row.id))
    await reply(update, texts.feeling_noted(_(labels[outcome]), acknowledgement))
    if human_help:
        await reply(update, texts.worse_again_human_help())
