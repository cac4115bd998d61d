"""/plans: every open promise, an active space and the routines, each with a button to
change or cancel it (the rules are domain/plans.py)."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardMarkup, Update

from bot import callbacks, keyboards, texts
from bot.handlers.common import Context, Turn, edit, expired, reply, text_within, turn
from db.models import DeliveryKind
from domain import commitments, plans, routines
from domain.accounts import person
from domain.content.nudges import space_back_label
from domain.dialogs import PLAN_MOVE, Flow, end_flow, set_flow
from domain.rules import format_local
from domain.zones import local_now


def _data(*parts: str | int) -> str:
    return callbacks.make(callbacks.PLANS, *parts)


async def _view(t: Turn) -> tuple[str, InlineKeyboardMarkup | None]:
    """The plans message and its buttons, as things stand now."""
    found = await plans.plans_of(t.session, user=t.user, now=t.now)
    if found.empty:
        return texts.plans_empty(), None
    partner = found.partner

    def at(instant: datetime) -> str:
        return format_local(instant, t.zone, t.now)

    buttons: list[list[tuple[str, str]]] = []
    for promise in found.promises:
        buttons.append(
            [
                (texts.plans_move_label(promise.text), _data("move", promise.id)),
                (texts.plans_cancel_label(promise.text), _data("cancel", promise.id)),
            ]
        )
    if found.space is not None:
        buttons.append(
            [(space_back_label(), callbacks.make(callbacks.SPACE, found.space.id, "back"))]
        )
    for schedule in found.prompts:
        label = texts.plans_remove_prompt_label(schedule.local_time)
        buttons.append([(label, _data("prompt", callbacks.clock_part(schedule.local_time)))])
    if found.checkin is not None:
        buttons.append([(texts.plans_checkin_off_label(), _data("checkin"))])
    if found.practice is not None:
        buttons.append([(texts.plans_practise_off_label(), _data("practise"))])
    text = texts.plans_view(
        promises=[(p.text, at(p.due_at)) for p in found.promises],
        promised_to_me=[(p.text, at(p.due_at)) for p in found.promised_to_me],
        partner_name=partner.first_name if partner else None,
        space_until=at(found.space.return_at) if found.space else None,
        prompts=[s.local_time for s in found.prompts],
        checkin=local_now(t.zone, found.checkin.next_due_at).time() if found.checkin else None,
        practise=(
            (found.practice.weekday or 0, found.practice.local_time) if found.practice else None
        ),
    )
    return text, keyboards.markup(tuple(tuple(row) for row in buttons))


async def plans_command(update: Update, context: Context) -> None:
    """/plans: what is planned, with its buttons."""
    async with turn(update, context) as t:
        text, markup = await _view(t)
    await reply(update, text, reply_markup=markup)


async def plans_button(update: Update, context: Context) -> None:
    """`pl:move|cancel:PROMISE`, `pl:prompt:HHMM`, `pl:checkin`, `pl:practise`: change one
    thing, then show the list as it now stands."""
    query = update.callback_query
    assert query is not None
    with_id = callbacks.parse(query.data, callbacks.one_of(("move", "cancel")), callbacks.ID)
    prompt = callbacks.parse(query.data, callbacks.word("prompt"), callbacks.CLOCK)
    plain = callbacks.parse(query.data, callbacks.one_of(("checkin", "practise")))
    if with_id is None and prompt is None and plain is None:
        await expired(query)
        return
    note: str | None = None
    async with turn(update, context) as t:
        acted = True
        if with_id is not None and with_id[0] == "move":
            acted = (
                await commitments.open_promise(t.session, promise_id=with_id[1], user_id=t.user.id)
                is not None
            )
            if acted:
                await set_flow(
                    t.session,
                    user_id=t.user.id,
                    kind=PLAN_MOVE,
                    step="when",
                    now=t.now,
                    data={"promise_id": with_id[1]},
                )
                note = texts.plans_move_prompt()
        elif with_id is not None:
            row = await commitments.cancel_promise(
                t.session, promise_id=with_id[1], user_id=t.user.id, now=t.now
            )
            partner = await person(t.session, user_id=row.partner_id if row else None)
            acted = row is not None
            if row is not None and partner is not None:
                name, what = t.user.first_name, row.text
                await t.tell(partner, lambda: texts.promise_cancelled_for_partner(name, what))
                note = texts.promise_cancelled(partner.first_name)
        elif prompt is not None:
            acted = await plans.remove_prompt_time(
                t.session, user=t.user, at=prompt[1], zone=t.zone, now=t.now
            )
        elif plain is not None:
            kind = DeliveryKind.CHECKIN if plain[0] == "checkin" else DeliveryKind.PRACTISE
            await routines.stop(t.session, user=t.user, kind=kind)
        text, markup = await _view(t)
    if not acted:
        await expired(query)
        return
    await query.answer()
    await edit(query, text, reply_markup=markup)
    if note is not None:
        await reply(update, note)


async def on_move_text(update: Update, context: Context, flow: Flow) -> None:
    """A promise's new time from /plans, typed: HH:MM or Nm / Nh; the partner is told."""
    typed = await text_within(update, 40, "18:45")
    if typed is None:
        return
    async with turn(update, context) as t:
        due = commitments.promise_due(typed, t.zone, t.now)
        answer = texts.late_bad_when(typed)
        if due is not None:
            await end_flow(t.session, user_id=t.user.id)
            row = await commitments.move_promise(
                t.session,
                promise_id=int(flow.data.get("promise_id", 0)),
                user_id=t.user.id,
                new_due=due,
                now=t.now,
                late=False,
            )
            partner = await person(t.session, user_id=row.partner_id if row else None)
            answer = texts.button_expired()
            if row is not None and partner is not None:
                name, what, zone = t.user.first_name, row.text, t.zone_for(partner)
                await t.tell(
                    partner,
                    lambda: texts.promise_moved_for_partner(
                        name, what, format_local(due, zone, t.now)
                    ),
                )
                answer = texts.promise_moved(format_local(due, t.zone, t.now), partner.first_name)
    await reply(update, answer)
