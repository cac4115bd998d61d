"""/activated: name a trigger, the feeling and the urge; reflect it; offer a next step."""

from __future__ import annotations

from telegram import Update

from bot import callbacks, keyboards, texts
from bot.handlers.bids import open_bid_composer
from bot.handlers.common import Context, edit, expired, reply, set_buttons, text_within, turn
from domain import calm as calm_service
from domain.content import esc, pick, translated
from domain.content.activation import (
    FEELINGS,
    NEXT_STEPS,
    URGES,
    brief_quote,
    feeling_question,
    intro,
    next_steps_offer,
    next_steps_unpaired,
    reflect_quote,
    share_sent,
    shared_naming,
    urge_question,
)
from domain.content.exercises import calm_menu_intro
from domain.content.reroute import (
    BOTH_ACTIVATED,
    both_activated_calm_label,
    both_activated_continue_label,
)
from domain.dialogs import ACTIVATED, Flow, current_flow, end_flow, set_flow
from domain.i18n import _
from domain.pairing import partner_of

MAX_TRIGGER_CHARS = 500


async def activated(update: Update, context: Context) -> None:
    """Begin the naming flow (replacing any other flow)."""
    async with turn(update, context) as t:
        await set_flow(t.session, user_id=t.user.id, kind=ACTIVATED, step="trigger", now=t.now)
    await reply(update, intro())


async def on_trigger_text(update: Update, context: Context, flow: Flow) -> None:
    """What happened, in the user's words: kept only until the flow ends."""
    text = await text_within(update, MAX_TRIGGER_CHARS, texts.TRIGGER_EXAMPLE)
    if text is None:
        return
    async with turn(update, context) as t:
        await set_flow(
            t.session,
            user_id=t.user.id,
            kind=ACTIVATED,
            step="feeling",
            now=t.now,
            data={**flow.data, "trigger": text},
        )
    await reply(
        update,
        feeling_question(),
        reply_markup=keyboards.choices(callbacks.ACTIVATED, translated(FEELINGS), "f", per_row=2),
    )


async def activated_button(update: Update, context: Context) -> None:
    """`act:f:KEY` feeling, `act:u:KEY` urge, `act:o:KEY` next step; only at the right step."""
    query = update.callback_query
    assert query is not None
    steps = {
        "f": (on_feeling, "feeling", dict(FEELINGS)),
        "u": (on_urge, "urge", dict(URGES)),
        "o": (on_offer, "offer", {*dict(NEXT_STEPS), "more", "exercise"}),
    }
    found = next(
        (
            (handler, step, pressed[1])
            for kind, (handler, step, keys) in steps.items()
            if (
                pressed := callbacks.parse(query.data, callbacks.word(kind), callbacks.one_of(keys))
            )
        ),
        None,
    )
    if found is None:
        await expired(query)
        return
    handler, step, key = found
    async with turn(update, context) as t:
        flow = await current_flow(t.session, user_id=t.user.id, now=t.now)
    if flow is None or flow.expired or flow.kind != ACTIVATED or flow.step != step:
        await expired(query)
        return
    await handler(update, context, flow, key)


async def on_feeling(update: Update, context: Context, flow: Flow, key: str) -> None:
    """Feeling chosen: settle the question, ask about the urge."""
    query = update.callback_query
    assert query is not None
    labels = dict(FEELINGS)
    async with turn(update, context) as t:
        await set_flow(
            t.session,
            user_id=t.user.id,
            kind=ACTIVATED,
            step="urge",
            now=t.now,
            data={**flow.data, "feeling": key},
        )
    await query.answer()
    await edit(query, texts.answered(feeling_question(), _(labels[key])))
    await reply(
        update,
        urge_question(),
        reply_markup=keyboards.choices(callbacks.ACTIVATED, translated(URGES), "u"),
    )


def _shared(flow: Flow) -> str:
    """The reflected moment, in the language being spoken (a flow from before the quote
    was kept has only the sentence, in the sharer's language)."""
    data = flow.data
    if "quote" not in data:
        return str(data.get("sentence", ""))
    return reflect_quote(str(data["quote"]), str(data.get("feeling")), str(data.get("urge")))


async def on_urge(update: Update, context: Context, flow: Flow, key: str) -> None:
    """Urge chosen: record the activation, reflect it in one sentence, offer next steps."""
    query = update.callback_query
    assert query is not None
    labels = dict(URGES)
    quote, feeling = (
        brief_quote(esc(str(flow.data.get("trigger", "")))),
        str(flow.data.get("feeling")),
    )
    sentence = reflect_quote(quote, feeling, key)
    async with turn(update, context) as t:
        await calm_service.name_activation(
            t.session, user_id=t.user.id, feeling=str(flow.data.get("feeling")), urge=key, now=t.now
        )
        partner = await partner_of(t.session, t.user)
        calm_first = await calm_service.calm_first(
            t.session, user_id=t.user.id, partner_id=partner.id if partner else None, now=t.now
        )
        # The user's own words are dropped here; only what the reflection quotes is kept to
        # share, with the keys, so the partner's copy is reflected in the partner's language.
        data = {
            "quote": quote,
            "feeling": feeling,
            "urge": key,
            "exercise_session_id": flow.data.get("exercise_session_id"),
        }
        await set_flow(
            t.session, user_id=t.user.id, kind=ACTIVATED, step="offer", now=t.now, data=data
        )
        user_id = t.user.id
    await query.answer()
    await edit(query, texts.answered(urge_question(), _(labels[key])))
    if partner is None:
        await reply(
            update,
            texts.with_next_steps(sentence, next_steps_unpaired()),
            reply_markup=keyboards.choices(callbacks.ACTIVATED, translated(NEXT_STEPS[:1]), "o"),
        )
    elif calm_first:
        await reply(
            update,
            texts.with_next_steps(sentence, _(pick(BOTH_ACTIVATED, user_id))),
            reply_markup=keyboards.rows(
                [
                    (
                        both_activated_calm_label(),
                        callbacks.make(callbacks.ACTIVATED, "o", "exercise"),
                    ),
                    (
                        both_activated_continue_label(),
                        callbacks.make(callbacks.ACTIVATED, "o", "more"),
                    ),
                ]
            ),
        )
    else:
        await reply(
            update,
            texts.with_next_steps(sentence, next_steps_offer()),
            reply_markup=keyboards.choices(callbacks.ACTIVATED, translated(NEXT_STEPS), "o"),
        )
    session_id = flow.data.get("exercise_session_id")
    if isinstance(session_id, int):  # came in through /calm name: ask how it went, too
        await reply(
            update,
            texts.feeling_check_line(),
            reply_markup=keyboards.feeling_check(session_id),
        )


async def on_offer(update: Update, context: Context, flow: Flow, key: str) -> None:
    """exercise → the calm menu; bid → compose a bid; share → the partner sees the naming."""
    query = update.callback_query
    assert query is not None
    if key == "more":
        await query.answer()
        await set_buttons(
            query, keyboards.choices(callbacks.ACTIVATED, translated(NEXT_STEPS), "o")
        )
        return
    if key == "exercise":
        async with turn(update, context) as t:
            await end_flow(t.session, user_id=t.user.id)
        await query.answer()
        await set_buttons(query)
        await reply(update, calm_menu_intro(), reply_markup=keyboards.calm_menu())
        return
    if key == "bid":
        await query.answer()
        await set_buttons(query)
        await open_bid_composer(update, context)
        return
    if key == "share":
        await share_naming(update, context, flow)
        return
    await expired(query)


async def share_naming(update: Update, context: Context, flow: Flow) -> None:
    """Send the reflected sentence to the partner; nothing else of the flow leaves."""
    query = update.callback_query
    assert query is not None
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        await end_flow(t.session, user_id=t.user.id)
        if partner is not None:
            await calm_service.share_latest_activation(t.session, user_id=t.user.id)
            await t.tell(partner, lambda: shared_naming(t.user.first_name, _shared(flow)))
    await query.answer()
    await set_buttons(query)
    await reply(update, share_sent() if partner is not None else texts.needs_pair())
