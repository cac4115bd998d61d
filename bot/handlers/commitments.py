"""/promise and /space, the partner told at once, and the buttons on their reminders."""

from __future__ import annotations

from telegram import Update

from bot import callbacks, texts
from bot.handlers.common import Context, command_args, expired, relay, reply, set_buttons, turn
from domain import commitments
from domain.accounts import person
from domain.content.nudges import (
    PROMISE_ACKS,
    SPACE_BACK_CONFIRM,
    promise_confirm,
    promise_outcome_for_partner,
    promise_told_partner,
    space_back_for_partner,
    space_confirm,
    space_more_confirm,
    space_more_for_partner,
    space_told_partner,
)
from domain.pairing import partner_of
from domain.rules import format_local

MAX_SPACE_NOTE = 200


async def promise(update: Update, context: Context) -> None:
    """/promise WHEN TEXT: WHEN is HH:MM (next occurrence, caller's zone) or Nm / Nh."""
    args = command_args(context)
    told: tuple[int, str, str] | None = None
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        text = " ".join(args[1:]).strip()
        if partner is None:
            answer = texts.NEEDS_PAIR
        elif len(args) < 2 or not text:
            answer = texts.PROMISE_USAGE
        elif len(text) > commitments.MAX_PROMISE_CHARS:
            answer = texts.too_long(commitments.MAX_PROMISE_CHARS, texts.PROMISE_EXAMPLE)
        else:
            due = commitments.promise_due(args[0], t.zone, t.now)
            if due is None:
                answer = texts.promise_bad_when(args[0])
            else:
                await commitments.make_promise(
                    t.session, promiser=t.user, partner=partner, text=text, due=due, now=t.now
                )
                answer = promise_confirm(format_local(due, t.zone, t.now))
                partner_zone = t.zone_for(partner)
                told = (
                    partner.id,
                    partner.first_name,
                    promise_told_partner(
                        t.user.first_name, format_local(due, partner_zone, t.now), text
                    ),
                )
    await reply(update, answer)
    if told is not None:
        await relay(update, context, *told)


async def promise_button(update: Update, context: Context) -> None:
    """`pr:PROMISE:done|late|couldnt` from the promiser; relayed to the partner."""
    query = update.callback_query
    assert query is not None
    answer = callbacks.parse(
        query.data, callbacks.ID, callbacks.one_of(commitments.PROMISE_OUTCOMES)
    )
    if answer is None:
        await expired(query)
        return
    promise_id, outcome = answer
    async with turn(update, context) as t:
        row = await commitments.answer_promise(
            t.session, promise_id=promise_id, user_id=t.user.id, outcome=outcome, now=t.now
        )
        my_name = t.user.first_name
        partner = await person(t.session, user_id=row.partner_id if row else None)
    if row is None:
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    await reply(update, PROMISE_ACKS[outcome])
    await relay(
        update,
        context,
        row.partner_id,
        partner.first_name if partner else texts.YOUR_PARTNER,
        promise_outcome_for_partner(my_name, row.text, outcome),
    )


async def space(update: Update, context: Context) -> None:
    """/space [MINUTES] [NOTE]: the partner hears at once, with the return time in their zone."""
    args = command_args(context)
    minutes = commitments.SPACE_DEFAULT_MINUTES
    if args and args[0].isdigit():
        minutes, args = int(args[0]), args[1:]
    note = " ".join(args).strip() or None
    told: tuple[int, str, str] | None = None
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        if partner is None:
            answer = texts.NEEDS_PAIR
        elif not commitments.SPACE_MIN_MINUTES <= minutes <= commitments.SPACE_MAX_MINUTES:
            answer = texts.SPACE_USAGE
        elif note is not None and len(note) > MAX_SPACE_NOTE:
            answer = texts.too_long(MAX_SPACE_NOTE, texts.SPACE_NOTE_EXAMPLE)
        else:
            row = await commitments.take_space(
                t.session, requester=t.user, partner=partner, minutes=minutes, now=t.now
            )
            answer = space_confirm(format_local(row.return_at, t.zone, t.now))
            partner_zone = t.zone_for(partner)
            told = (
                partner.id,
                partner.first_name,
                space_told_partner(
                    t.user.first_name, format_local(row.return_at, partner_zone, t.now), note
                ),
            )
    await reply(update, answer)
    if told is not None:
        await relay(update, context, *told)


async def space_button(update: Update, context: Context) -> None:
    """`sp:SPACE:back` (relayed) or `sp:SPACE:more` (the partner hears the new time)."""
    query = update.callback_query
    assert query is not None
    answer = callbacks.parse(query.data, callbacks.ID, callbacks.one_of(("back", "more")))
    if answer is None:
        await expired(query)
        return
    space_id, choice = answer
    async with turn(update, context) as t:
        action = commitments.space_back if choice == "back" else commitments.space_more
        row = await action(t.session, space_id=space_id, user_id=t.user.id, now=t.now)
        partner = await person(t.session, user_id=row.partner_id if row else None)
        my_name, my_zone, now = t.user.first_name, t.zone, t.now
        partner_zone = t.zone_for(partner)
    if row is None:
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    if choice == "back":
        await reply(update, SPACE_BACK_CONFIRM)
        message = space_back_for_partner(my_name)
    else:
        await reply(update, space_more_confirm(format_local(row.return_at, my_zone, now)))
        message = space_more_for_partner(my_name, format_local(row.return_at, partner_zone, now))
    await relay(
        update,
        context,
        row.partner_id,
        partner.first_name if partner else texts.YOUR_PARTNER,
        message,
    )
