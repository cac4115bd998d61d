"""/promise and /space, the partner told at once, and the buttons on their reminders."""

from __future__ import annotations

from datetime import datetime

from telegram import Update

from bot import callbacks, keyboards, texts
from bot.handlers.bids import open_bid_composer
from bot.handlers.common import (
    Context,
    Turn,
    command_args,
    expired,
    reply,
    set_buttons,
    text_within,
    turn,
)
from db.models import Promise, User
from domain import commitments
from domain.accounts import person
from domain.content.nudges import (
    PROMISE_ACKS,
    late_confirm,
    late_label,
    promise_confirm,
    promise_late_for_partner,
    promise_late_question,
    promise_late_type_label,
    promise_late_type_prompt,
    promise_new_time_label,
    promise_new_time_prompt,
    promise_outcome_for_partner,
    promise_talk_label,
    promise_told_partner,
    space_back_confirm,
    space_back_for_partner,
    space_confirm,
    space_more_confirm,
    space_more_for_partner,
    space_moved_for_partner,
    space_told_partner,
)
from domain.dialogs import PROMISE_AGAIN, PROMISE_LATE, Flow, end_flow, set_flow
from domain.i18n import _
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
            answer = texts.needs_pair()
        elif len(args) < 2 or not text:
            answer = texts.promise_usage()
        elif len(text) > commitments.MAX_PROMISE_CHARS:
            answer = texts.too_long(commitments.MAX_PROMISE_CHARS, texts.PROMISE_EXAMPLE)
        elif commitments.beyond_horizon(args[0]):
            answer = texts.promise_too_far()
        elif (due := commitments.promise_due(args[0], t.zone, t.now)) is None:
            answer = texts.promise_bad_when(args[0])
        else:
            made = await commitments.make_promise(
                t.session, promiser=t.user, partner=partner, text=text, due=due, now=t.now
            )
            answer = await _promised(t, partner, made)
    await reply(update, answer)


async def _promised(t: Turn, partner: User, made: Promise) -> str:
    """Tell the partner about a new promise (in their zone); the promiser's confirmation,
    naming exactly the reminders that will come (in theirs)."""
    zone = t.zone_for(partner)
    await t.tell(
        partner,
        lambda: promise_told_partner(
            t.user.first_name, format_local(made.due_at, zone, t.now), made.text
        ),
    )
    times = commitments.reminder_times(made.due_at, t.now)
    return promise_confirm([format_local(at, t.zone, t.now) for at in times])


async def promise_button(update: Update, context: Context) -> None:
    """`pr:PROMISE:done|late|couldnt` from the promiser, on any of its reminders: done and
    couldn't are relayed; running late first asks how late."""
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
        if outcome == "late":
            row = await commitments.open_promise(
                t.session, promise_id=promise_id, user_id=t.user.id
            )
        else:
            row = await commitments.answer_promise(
                t.session, promise_id=promise_id, user_id=t.user.id, outcome=outcome, now=t.now
            )
            partner = await person(t.session, user_id=row.partner_id if row else None)
            if row is not None and partner is not None:
                what = row.text
                await t.tell(
                    partner,
                    lambda: promise_outcome_for_partner(t.user.first_name, what, outcome),
                )
    if row is None:
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    if outcome == "late":
        late = [
            (late_label(m), callbacks.make(callbacks.PROMISE_LATE, promise_id, m))
            for m in commitments.LATE_BY_MINUTES
        ]
        late.append(
            (promise_late_type_label(), callbacks.make(callbacks.PROMISE_LATE, promise_id, "type"))
        )
        await reply(update, promise_late_question(), reply_markup=keyboards.rows(late, per_row=3))
    elif outcome == "couldnt":
        next_steps = [
            (promise_new_time_label(), callbacks.make(callbacks.PROMISE_NEXT, promise_id, "time")),
            (promise_talk_label(), callbacks.make(callbacks.PROMISE_NEXT, promise_id, "talk")),
        ]
        await reply(update, _(PROMISE_ACKS[outcome]), reply_markup=keyboards.rows(next_steps, 2))
    else:
        await reply(update, _(PROMISE_ACKS[outcome]))


_LATE_CHOICE = callbacks.one_of([str(m) for m in commitments.LATE_BY_MINUTES] + ["type"])


async def promise_late_button(update: Update, context: Context) -> None:
    """`prl:PROMISE:MINUTES|type`: the new time, told to the partner at once; or a time
    to type."""
    query = update.callback_query
    assert query is not None
    answer = callbacks.parse(query.data, callbacks.ID, _LATE_CHOICE)
    if answer is None:
        await expired(query)
        return
    promise_id, choice = answer
    async with turn(update, context) as t:
        row = await commitments.open_promise(t.session, promise_id=promise_id, user_id=t.user.id)
        confirm: str | None = None
        if row is not None and choice == "type":
            await set_flow(
                t.session,
                user_id=t.user.id,
                kind=PROMISE_LATE,
                step="when",
                now=t.now,
                data={"promise_id": promise_id},
            )
        elif row is not None:
            new_due = commitments.late_by(row, int(choice), t.now)
            confirm = await _run_late(t, promise_id, new_due)
    if row is None or (choice != "type" and confirm is None):
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    await reply(update, confirm or promise_late_type_prompt())


async def on_late_text(update: Update, context: Context, flow: Flow) -> None:
    """The new time of a late promise, typed: HH:MM or Nm / Nh."""
    text = await text_within(update, 40, "18:45")
    if text is None:
        return
    async with turn(update, context) as t:
        due = commitments.promise_due(text, t.zone, t.now)
        confirm: str | None = None
        if due is not None:
            confirm = await _run_late(t, int(flow.data.get("promise_id", 0)), due)
            await end_flow(t.session, user_id=t.user.id)
    if due is None:
        await reply(update, texts.late_bad_when(text))
    else:
        await reply(update, confirm or texts.button_expired())


async def _run_late(t: Turn, promise_id: int, new_due: datetime) -> str | None:
    """Move the promise, tell the partner the new time in their zone; the promiser's
    confirmation, or None if the promise no longer takes a new time."""
    row = await commitments.run_late(
        t.session, promise_id=promise_id, user_id=t.user.id, new_due=new_due, now=t.now
    )
    partner = await person(t.session, user_id=row.partner_id if row else None)
    if row is None or partner is None:
        return None
    zone, what = t.zone_for(partner), row.text
    await t.tell(
        partner,
        lambda: promise_late_for_partner(
            t.user.first_name, what, format_local(new_due, zone, t.now)
        ),
    )
    return late_confirm(format_local(new_due, t.zone, t.now))


async def promise_next_button(update: Update, context: Context) -> None:
    """`prn:PROMISE:time|talk`, under "couldn't": offer a new time (typed next), or open
    the bid composer to ask to talk."""
    query = update.callback_query
    assert query is not None
    answer = callbacks.parse(query.data, callbacks.ID, callbacks.one_of(("time", "talk")))
    if answer is None:
        await expired(query)
        return
    promise_id, choice = answer
    await query.answer()
    await set_buttons(query)
    if choice == "talk":
        await open_bid_composer(update, context)
        return
    async with turn(update, context) as t:
        await set_flow(
            t.session,
            user_id=t.user.id,
            kind=PROMISE_AGAIN,
            step="when",
            now=t.now,
            data={"promise_id": promise_id},
        )
    await reply(update, promise_new_time_prompt())


async def on_again_text(update: Update, context: Context, flow: Flow) -> None:
    """The new time for a promise that couldn't be kept: the same words, a new promise."""
    text = await text_within(update, 40, "18:30")
    if text is None:
        return
    async with turn(update, context) as t:
        due = commitments.promise_due(text, t.zone, t.now)
        partner = await partner_of(t.session, t.user)
        answer = texts.button_expired()
        if due is None:
            answer = texts.late_bad_when(text)
        else:
            await end_flow(t.session, user_id=t.user.id)
            made = None
            if partner is not None:
                made = await commitments.promise_again(
                    t.session,
                    promise_id=int(flow.data.get("promise_id", 0)),
                    promiser=t.user,
                    partner=partner,
                    due=due,
                    now=t.now,
                )
            if made is not None and partner is not None:
                answer = await _promised(t, partner, made)
    await reply(update, answer)


async def space(update: Update, context: Context) -> None:
    """/space [MINUTES] [NOTE]: the partner hears at once, with the return time in their zone."""
    minutes, words = commitments.space_minutes(command_args(context))
    note = " ".join(words).strip() or None
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        if partner is None:
            answer = texts.needs_pair()
        elif minutes is None:
            answer = texts.space_usage()
        elif note is not None and len(note) > MAX_SPACE_NOTE:
            answer = texts.too_long(MAX_SPACE_NOTE, texts.SPACE_NOTE_EXAMPLE)
        else:
            row, replaced = await commitments.take_space(
                t.session, requester=t.user, partner=partner, minutes=minutes, now=t.now
            )
            answer = space_confirm(format_local(row.return_at, t.zone, t.now))
            zone, back_at = t.zone_for(partner), row.return_at
            told = space_moved_for_partner if replaced else space_told_partner
            # After the return time the notice says nothing the return itself does not.
            await t.tell(
                partner,
                lambda: told(t.user.first_name, format_local(back_at, zone, t.now), note),
                until=back_at,
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
            back_at, zone = row.return_at, t.zone_for(partner)

            def message() -> str:
                if choice == "back":
                    return space_back_for_partner(my_name)
                return space_more_for_partner(my_name, format_local(back_at, zone, t.now))

            if choice == "back":
                confirm = space_back_confirm()
            else:
                confirm = space_more_confirm(format_local(row.return_at, t.zone, t.now))
            if partner is not None:
                await t.tell(partner, message)
    if row is None:
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    await reply(update, confirm)
