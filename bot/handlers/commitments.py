"""/promise and /space, the partner told at once, and the buttons on their reminders."""

from __future__ import annotations

from telegram import Update

from bot import callbacks, texts
from bot.handlers.common import Context, command_args, expired, reply, set_buttons, turn
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
from domain.rules import format_local, join_am_pm

MAX_SPACE_NOTE = 200


async def promise(update: Update, context: Context) -> None:
    """/promise WHEN TEXT: WHEN is a clock time (next occurrence, caller's zone) or Nm / Nh.
    Only WHEN may take a separate am / pm ("9 pm"); the promise's own words stay as typed."""
    args = command_args(context)
    args = join_am_pm(args[:2]) + args[2:]
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
                partner_when = format_local(due, t.zone_for(partner), t.now)
                await t.tell(partner, promise_told_partner(t.user.first_name, partner_when, text))
    await reply(update, answer)


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
        partner = await person(t.session, user_id=row.partner_id if row else None)
        if row is not None and partner is not None:
            await t.tell(partner, promise_outcome_for_partner(t.user.first_name, row.text, outcome))
    if row is None:
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    await reply(update, PROMISE_ACKS[outcome])


async def space(update: Update, context: Context) -> None:
    """/space [MINUTES] [NOTE]: the partner hears at once, with the return time in their zone."""
    args = command_args(context)
    minutes = commitments.SPACE_DEFAULT_MINUTES
    if args and args[0].isdigit():
        minutes, args = int(args[0]), args[1:]
    note = " ".join(args).strip() or None
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
            partner_when = format_local(row.return_at, t.zone_for(partner), t.now)
            # After the return time the notice says nothing the return itself does not.
            await t.tell(
                partner,
                space_told_partner(t.user.first_name, partner_when, note),
                until=row.return_at,
            )
    await reply(update, answer)


async def space_button(update: Update, context: Context) -> None:
    """`sp:SPACE:back` (relayed) or `sp:SPACE:more` (the partner hears the new time)."""
    query = update.callback_query
    assert query is not None
    pressed = callbacks.parse(query.data, callbacks.ID, callbacks.one_of(("back", "more")))
    if pressed is None:
        await expired(query)
        return
    space_id, choice = pressed
    async with turn(update, context) as t:
        action = commitments.space_back if choice == "back" else commitments.space_more
        row = await action(t.session, space_id=space_id, user_id=t.user.id, now=t.now)
        partner = await person(t.session, user_id=row.partner_id if row else None)
        if row is not None:
            my_name = t.user.first_name
            if choice == "back":
                confirm = SPACE_BACK_CONFIRM
                message = space_back_for_partner(my_name)
            else:
                confirm = space_more_confirm(format_local(row.return_at, t.zone, t.now))
                partner_when = format_local(row.return_at, t.zone_for(partner), t.now)
                message = space_more_for_partner(my_name, partner_when)
            if partner is not None:
                await t.tell(partner, message)
    if row is None:
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    await reply(update, confirm)
