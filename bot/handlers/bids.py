"""/bid: compose a direct bid, preview, send; the partner answers with one tap or own words."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update

from bot import callbacks, keyboards, texts
from bot.handlers.common import Context, Turn, expired, reply, set_buttons, text_within, turn
from domain import calm as calm_service
from domain.accounts import person
from domain.bids import (
    ANSWERS_WITH_A_TIME,
    MAX_BID_CHARS,
    ComposerButton,
    answer_bid,
    composer_accepts,
    draft_key,
    open_bid_for,
    plan_from_bid,
    send_bid,
    time_choices,
)
from domain.commitments import promise_due, reminder_times
from domain.content import pick, translated
from domain.content.bids import (
    BID_SENT_NOTES,
    BID_TEMPLATES,
    BID_TEMPLATES_BY_KEY,
    REPLY_OPTIONS,
    REPLY_OPTIONS_BY_KEY,
    bid_cancel_label,
    bid_cancelled,
    bid_change_label,
    bid_for_partner,
    bid_intro,
    bid_own_label,
    bid_own_prompt,
    bid_planned_for_bidder,
    bid_preview,
    bid_preview_stale,
    bid_send_label,
    own_reply,
    reply_own_prompt,
    reply_sent,
    reply_time_label,
    reply_time_question,
    reply_time_type_label,
    reply_time_type_prompt,
)
from domain.content.nudges import promise_confirm
from domain.content.reroute import (
    BOTH_ACTIVATED,
    REROUTE_BID_LINES,
    REROUTE_OPTIONS,
    both_activated_calm_label,
)
from domain.dialogs import BID, BID_REPLY, BID_TIME, Flow, current_flow, end_flow, set_flow
from domain.i18n import _
from domain.pairing import partner_of
from domain.rules import format_local


def _data(*parts: str | int) -> str:
    return callbacks.make(callbacks.BID, *parts)


_TEMPLATE = callbacks.word(ComposerButton.TEMPLATE)
#: The reply buttons under a bid: the short ones two to a row, the long one alone.
REPLY_ROWS = (("yes", "later"), ("tomorrow", "own"), ("loop",))
#: The buttons that send: they carry the fingerprint of the draft they were shown under.
_SENDING = callbacks.one_of((ComposerButton.SEND, ComposerButton.ANYWAY))
_DRAFT = callbacks.Slot(lambda part: part if len(part) == 10 and part.isalnum() else None)
#: Composer buttons without a part of their own (a template carries its key).
_OTHER_BUTTONS = callbacks.one_of(
    {*ComposerButton} - {ComposerButton.TEMPLATE, ComposerButton.SEND, ComposerButton.ANYWAY}
)


async def bid(update: Update, context: Context) -> None:
    """Start composing; unpaired users learn how to pair, repeated asks get a gentle pause."""
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        reroute = partner is not None and await calm_service.wants_bid_reroute(
            t.session, user_id=t.user.id, now=t.now
        )
    if partner is None:
        await reply(update, texts.needs_pair())
    elif reroute:
        options = [
            (
                label,
                _data("new")
                if key == "continue"
                else callbacks.make(callbacks.CALM, "go", key, "1"),
            )
            for key, label in translated(REROUTE_OPTIONS)
        ]
        await reply(
            update,
            _(pick(REROUTE_BID_LINES, t.user.id)),
            reply_markup=keyboards.rows(options),
        )
    else:
        await open_bid_composer(update, context)


async def open_bid_composer(update: Update, context: Context) -> None:
    """Template buttons plus "write my own" (also reached from /activated)."""
    async with turn(update, context) as t:
        await set_flow(t.session, user_id=t.user.id, kind=BID, step="choose", now=t.now)
    buttons = [(tpl.label, _data(ComposerButton.TEMPLATE, tpl.key)) for tpl in BID_TEMPLATES]
    buttons.append((bid_own_label(), _data(ComposerButton.OWN)))
    await reply(update, bid_intro(), reply_markup=keyboards.rows(buttons))


async def show_preview(update: Update, context: Context, text: str) -> None:
    """Store the draft and show it with send / change / not now."""
    async with turn(update, context) as t:
        await set_flow(
            t.session, user_id=t.user.id, kind=BID, step="preview", now=t.now, data={"text": text}
        )
    await reply(
        update,
        bid_preview(text),
        reply_markup=keyboards.rows(
            [
                # Bound to this draft: under an older preview it sends nothing.
                (bid_send_label(), _data(ComposerButton.SEND, draft_key(text))),
                (bid_change_label(), _data(ComposerButton.CHANGE)),
                (bid_cancel_label(), _data(ComposerButton.CANCEL)),
            ],
            per_row=3,
        ),
    )


async def on_own_text(update: Update, context: Context, flow: Flow) -> None:
    """The user's own words for the bid, within a size the partner's message can carry."""
    text = await text_within(update, MAX_BID_CHARS, texts.BID_EXAMPLE)
    if text is None:
        return
    await show_preview(update, context, text)


async def bid_button(update: Update, context: Context) -> None:
    """Composer buttons; each only works at its step of the user's own flow."""
    query = update.callback_query
    assert query is not None
    if callbacks.parse(query.data, callbacks.word("new")):
        await query.answer()
        await open_bid_composer(update, context)
        return
    template = callbacks.parse(query.data, _TEMPLATE, callbacks.one_of(BID_TEMPLATES_BY_KEY))
    pressed = callbacks.parse(query.data, _OTHER_BUTTONS)
    sending = callbacks.parse(query.data, _SENDING, _DRAFT)
    button = (
        ComposerButton.TEMPLATE
        if template is not None
        else ComposerButton(pressed[0])
        if pressed is not None
        else ComposerButton(sending[0])
        if sending is not None
        else None
    )
    async with turn(update, context) as t:
        flow = await current_flow(t.session, user_id=t.user.id, now=t.now)
        acts = (
            button is not None
            and flow is not None
            and not flow.expired
            and flow.kind == BID
            and composer_accepts(flow.step, button)
        )
        stale = (
            acts
            and sending is not None
            and flow is not None
            and sending[1] != draft_key(str(flow.data.get("text", "")))
        )
        if stale:
            acts = False
        if acts and button is ComposerButton.OWN:
            await set_flow(t.session, user_id=t.user.id, kind=BID, step="own", now=t.now)
        elif acts and button is ComposerButton.CANCEL:
            await end_flow(t.session, user_id=t.user.id)
    if stale:
        await query.answer(bid_preview_stale())
        await set_buttons(query)
        return
    if not acts or flow is None:
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    if template is not None:
        await show_preview(update, context, BID_TEMPLATES_BY_KEY[template[1]].text)
    elif button is ComposerButton.OWN:
        await reply(update, bid_own_prompt())
    elif button is ComposerButton.CHANGE:
        await open_bid_composer(update, context)
    elif button is ComposerButton.CANCEL:
        await reply(update, bid_cancelled())
    else:  # send, or send anyway
        await deliver_bid(
            update,
            context,
            str(flow.data.get("text", "")),
            anyway=button is ComposerButton.ANYWAY,
        )


async def deliver_bid(update: Update, context: Context, text: str, *, anyway: bool) -> None:
    """Send to the partner with reply buttons; when both are activated, offer calm first."""
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        if partner is None:
            await end_flow(t.session, user_id=t.user.id)
            calm_first = False
        else:
            calm_first = not anyway and await calm_service.calm_first(
                t.session, user_id=t.user.id, partner_id=partner.id, now=t.now
            )
        if partner is not None and not calm_first:
            row = await send_bid(
                t.session, sender_id=t.user.id, recipient_id=partner.id, text=text, now=t.now
            )
            await end_flow(t.session, user_id=t.user.id)
            bid_id = row.id

            def answers_layout() -> keyboards.Layout:
                """The reply buttons, labelled in the partner's language."""
                answers = dict(
                    zip(
                        [o.key for o in REPLY_OPTIONS],
                        keyboards.choice_buttons(
                            callbacks.BID_REPLY, [(o.key, o.label) for o in REPLY_OPTIONS], bid_id
                        ),
                        strict=True,
                    )
                )
                return tuple(tuple(answers[key] for key in keys) for keys in REPLY_ROWS)

            await t.tell(partner, lambda: bid_for_partner(t.user.first_name, text), answers_layout)
            user_id = t.user.id
    if partner is None:
        await reply(update, texts.needs_pair())
        return
    if calm_first:
        await reply(
            update,
            _(pick(BOTH_ACTIVATED, 0)),
            reply_markup=keyboards.rows(
                [
                    (
                        both_activated_calm_label(),
                        callbacks.make(callbacks.CALM, "go", "breathe", "1"),
                    ),
                    (texts.send_anyway(), _data(ComposerButton.ANYWAY, draft_key(text))),
                ]
            ),
        )
        return
    await reply(update, _(pick(BID_SENT_NOTES, user_id)))


async def bid_reply_button(update: Update, context: Context) -> None:
    """`bidr:ID:KEY` — only the bid's recipient, only once."""
    query = update.callback_query
    assert query is not None
    answer = callbacks.parse(query.data, callbacks.ID, callbacks.one_of(REPLY_OPTIONS_BY_KEY))
    if answer is None:
        await expired(query)
        return
    bid_id, key = answer
    async with turn(update, context) as t:
        if key == "own":
            row = await open_bid_for(t.session, bid_id=bid_id, user_id=t.user.id)
            if row is not None:
                await set_flow(
                    t.session,
                    user_id=t.user.id,
                    kind=BID_REPLY,
                    step="text",
                    now=t.now,
                    data={"bid_id": bid_id},
                )
        else:
            row = await answer_bid(
                t.session, bid_id=bid_id, user_id=t.user.id, answer=key, now=t.now
            )
            bidder = await person(t.session, user_id=row.sender_id if row else None)
            if bidder is not None:
                await t.tell(
                    bidder, lambda: REPLY_OPTIONS_BY_KEY[key].relay(t.user.first_name, bid_id)
                )
            choices: list[datetime] = []
            if row is not None and bidder is not None and key in ANSWERS_WITH_A_TIME:
                await set_flow(
                    t.session,
                    user_id=t.user.id,
                    kind=BID_TIME,
                    step="when",
                    now=t.now,
                    data={"bid_id": bid_id},
                )
                choices = time_choices(key, t.zone, t.now)
                question = reply_time_question(bidder.first_name, key)
                zone, now = t.zone, t.now
    if row is None:
        await expired(query)
        return
    await query.answer()
    if key == "own":
        await reply(update, reply_own_prompt())
        return
    await set_buttons(query)
    if key not in ANSWERS_WITH_A_TIME or bidder is None:
        await reply(update, reply_sent())
        return
    buttons = [
        (reply_time_label(format_local(due, zone, now)), _time_data(bid_id, due)) for due in choices
    ]
    buttons.append((reply_time_type_label(), callbacks.make(callbacks.BID_TIME, bid_id, "type")))
    await reply(update, question, reply_markup=keyboards.rows(buttons, per_row=2))


def _time_data(bid_id: int, due: datetime) -> str:
    """A time button: the instant as whole seconds since the epoch (re-checked on use)."""
    return callbacks.make(callbacks.BID_TIME, bid_id, int(due.timestamp()))


async def bid_time_button(update: Update, context: Context) -> None:
    """`bidt:BID:EPOCH|type`: the time for "later today" / "tomorrow"; tracked like a
    promise, and the bidder is told it."""
    query = update.callback_query
    assert query is not None
    instant = callbacks.parse(query.data, callbacks.ID, callbacks.ID)
    typing = callbacks.parse(query.data, callbacks.ID, callbacks.word("type"))
    if instant is None and typing is None:
        await expired(query)
        return
    bid_id = instant[0] if instant is not None else typing[0] if typing is not None else 0
    async with turn(update, context) as t:
        flow = await current_flow(t.session, user_id=t.user.id, now=t.now)
        live = (
            flow is not None
            and not flow.expired
            and flow.kind == BID_TIME
            and flow.data.get("bid_id") == bid_id
        )
        confirm: str | None = None
        if live and instant is not None:
            due = datetime.fromtimestamp(instant[1], UTC)
            confirm = await _plan(t, bid_id, due)
    if not live or (instant is not None and confirm is None):
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    await reply(update, confirm or reply_time_type_prompt())


async def on_time_text(update: Update, context: Context, flow: Flow) -> None:
    """The time for "later today" / "tomorrow", typed: HH:MM or Nm / Nh."""
    typed = await text_within(update, 40, "19:30")
    if typed is None:
        return
    async with turn(update, context) as t:
        due = promise_due(typed, t.zone, t.now)
        confirm = None if due is None else await _plan(t, int(flow.data.get("bid_id", 0)), due)
    if due is None:
        await reply(update, texts.late_bad_when(typed))
    else:
        await reply(update, confirm or texts.button_expired())


async def _plan(t: Turn, bid_id: int, due: datetime) -> str | None:
    """Track the answer's time as a promise to the bidder and tell them (in their zone);
    the answerer's confirmation, or None if the bid no longer takes a time."""
    planned = await plan_from_bid(t.session, bid_id=bid_id, answerer=t.user, due=due, now=t.now)
    if planned is None:
        return None
    _promise, bidder = planned
    await end_flow(t.session, user_id=t.user.id)
    bidder_zone = t.zone_for(bidder)
    await t.tell(
        bidder,
        lambda: bid_planned_for_bidder(t.user.first_name, format_local(due, bidder_zone, t.now)),
    )
    reminders = reminder_times(due, t.now)
    return promise_confirm([format_local(at, t.zone, t.now) for at in reminders])


async def on_reply_text(update: Update, context: Context, flow: Flow) -> None:
    """The partner's own answer, relayed to the bidder."""
    text = await text_within(update, MAX_BID_CHARS, texts.BID_REPLY_EXAMPLE)
    if text is None:
        return
    async with turn(update, context) as t:
        row = await answer_bid(
            t.session,
            bid_id=int(flow.data.get("bid_id", 0)),
            user_id=t.user.id,
            answer="own",
            now=t.now,
        )
        await end_flow(t.session, user_id=t.user.id)
        bidder = await person(t.session, user_id=row.sender_id if row else None)
        if bidder is not None:
            await t.tell(bidder, lambda: own_reply(t.user.first_name, text))
    if row is None:
        await reply(update, texts.button_expired())
        return
    await reply(update, reply_sent())
