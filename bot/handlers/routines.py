"""/nudgetime, /checkin, /practise, and the buttons on the messages they schedule."""

from __future__ import annotations

from datetime import datetime, time

from telegram import Update

from bot import callbacks, texts
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
from db.models import DeliveryKind
from domain import routines
from domain.accounts import offers_reassurance
from domain.answers import (
    find_delivery,
    mark_checkin_held,
    prompt_answerable,
    prompt_lapsed,
    record_prompt_answer,
)
from domain.content import pick
from domain.content.nudges import (
    REASSURANCE_SENT,
    REASSURANCE_TEMPLATES,
    reassurance_own_prompt,
    relayed_reassurance,
)
from domain.dialogs import REASSURE_OWN, Flow, end_flow, set_flow
from domain.i18n import _
from domain.pairing import partner_of
from domain.rules import format_local, join_am_pm, parse_hhmm, parse_weekday
from domain.zones import local_now

MAX_OWN_REASSURANCE = 1000
#: A reassurance prompt's buttons: a template by its index, or "own" words.
_TEMPLATE_OR_OWN = callbacks.one_of((*map(str, range(len(REASSURANCE_TEMPLATES))), "own"))


def hhmm(value: time) -> str:
    """A local time as users write it."""
    return f"{value:%H:%M}"


def when(t: Turn, instant: datetime) -> str:
    """An instant in the caller's own zone, relative to now."""
    return format_local(instant, t.zone, t.now)


async def nudgetime(update: Update, context: Context) -> None:
    """Show, set (up to four) or turn off the daily reassurance prompt times."""
    args = join_am_pm(command_args(context))
    async with turn(update, context) as t:
        text = await _nudgetime(t, args)
    await reply(update, text)


async def _nudgetime(t: Turn, args: list[str]) -> str:
    current = await routines.prompt_times(t.session, user=t.user)
    if not args:
        nearest = min((s.next_due_at for s in current), default=None)
        return texts.nudgetimes_shown(
            [hhmm(s.local_time) for s in current], when(t, nearest) if nearest else None
        )
    if [a.lower() for a in args] == ["off"]:
        await routines.stop(t.session, user=t.user, kind=DeliveryKind.PROMPT)
        return texts.nudgetime_off()
    if not offers_reassurance(t.user):
        return texts.nudgetime_role()
    parsed = [parse_hhmm(a) for a in args]
    for given, value in zip(args, parsed, strict=True):
        if value is None:
            return texts.bad_times(given, texts.NUDGETIME_EXAMPLE)
    times = sorted({v for v in parsed if v is not None})
    if len(times) > routines.MAX_PROMPTS_A_DAY:
        return texts.too_many_times()
    upcoming = await routines.set_prompt_times(
        t.session, user=t.user, times=times, zone=t.zone, now=t.now
    )
    return texts.prompt_times_set(
        [hhmm(v) for v in times], when(t, min(upcoming)), paired=t.user.pair_id is not None
    )


async def checkin(update: Update, context: Context) -> None:
    """Show, set or turn off the pair's daily check-in (at the caller's local time)."""
    args = join_am_pm(command_args(context))
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        if partner is None:
            text = texts.needs_pair()
        elif not args:
            current = await routines.pair_checkin(t.session, user=t.user)
            text = texts.checkin_shown(
                hhmm(current.local_time) if current else None,
                when(t, current.next_due_at) if current else None,
            )
        elif [a.lower() for a in args] == ["off"]:
            await routines.stop(t.session, user=t.user, kind=DeliveryKind.CHECKIN)
            text = texts.checkin_off()
        elif len(args) != 1 or (at := parse_hhmm(args[0])) is None:
            text = texts.bad_times(" ".join(args), texts.CHECKIN_EXAMPLE)
        else:
            due = await routines.set_checkin(t.session, user=t.user, at=at, zone=t.zone, now=t.now)
            text = texts.checkin_set(hhmm(at), when(t, due), partner.first_name)
            partner_time = f"{local_now(t.zone_for(partner), due):%H:%M}"
            await t.tell(
                partner, lambda: texts.checkin_told_partner(t.user.first_name, partner_time)
            )
    await reply(update, text)


async def practise(update: Update, context: Context) -> None:
    """The optional weekly "practise while calm" suggestion."""
    args = [a.lower() for a in join_am_pm(command_args(context))]
    async with turn(update, context) as t:
        if args == ["off"]:
            await routines.stop(t.session, user=t.user, kind=DeliveryKind.PRACTISE)
            text = texts.practise_off()
        elif (
            len(args) != 2
            or (weekday := parse_weekday(args[0])) is None
            or (at := parse_hhmm(args[1])) is None
        ):
            text = texts.practise_usage()
        else:
            due = await routines.set_practise(
                t.session, user=t.user, weekday=weekday, at=at, zone=t.zone, now=t.now
            )
            text = texts.practise_set(weekday, hhmm(at), when(t, due))
    await reply(update, text)


async def reassure_button(update: Update, context: Context) -> None:
    """`re:DELIVERY:INDEX` relays that template exactly; `re:DELIVERY:own` asks for own words."""
    query = update.callback_query
    assert query is not None
    answer = callbacks.parse(query.data, callbacks.ID, _TEMPLATE_OR_OWN)
    if answer is None:
        await expired(query)
        return
    delivery_id, choice = answer
    async with turn(update, context) as t:
        row = await find_delivery(t.session, delivery_id=delivery_id)
        usable = prompt_answerable(row, t.user.id, t.now)
        partner = await partner_of(t.session, t.user) if usable else None
        if usable and partner is not None and choice == "own":
            await set_flow(
                t.session,
                user_id=t.user.id,
                kind=REASSURE_OWN,
                step="text",
                now=t.now,
                data={"delivery_id": delivery_id},
            )
        elif usable and partner is not None and row is not None:
            record_prompt_answer(row, outcome="template", now=t.now)
            template = REASSURANCE_TEMPLATES[int(choice)]
            # A template is Steady's own words: the partner reads it in their language.
            await t.tell(partner, lambda: relayed_reassurance(t.user.first_name, _(template)))
    if not usable or partner is None:
        lapsed = prompt_lapsed(row, query.from_user.id)
        await query.answer(texts.prompt_lapsed() if lapsed else texts.button_expired())
        return
    await query.answer()
    if choice == "own":
        await reply(update, reassurance_own_prompt())
        return
    await set_buttons(query)
    await reply(update, _(pick(REASSURANCE_SENT, delivery_id)))


async def on_own_reassurance(update: Update, context: Context, flow: Flow) -> None:
    """The partner's own line, relayed as it was written."""
    text = await text_within(update, MAX_OWN_REASSURANCE, texts.REASSURANCE_EXAMPLE)
    if text is None:
        return
    async with turn(update, context) as t:
        await end_flow(t.session, user_id=t.user.id)
        row = await find_delivery(t.session, delivery_id=int(flow.data.get("delivery_id", 0)))
        usable = prompt_answerable(row, t.user.id, t.now)
        partner = await partner_of(t.session, t.user) if usable else None
        if usable and partner is not None and row is not None:
            record_prompt_answer(row, outcome="own", now=t.now)
            await t.tell(partner, lambda: relayed_reassurance(t.user.first_name, text))
    if not usable or partner is None:
        await reply(update, texts.prompt_lapsed())
        return
    await reply(update, _(pick(REASSURANCE_SENT, row.id if row else 0)))


async def checkin_button(update: Update, context: Context) -> None:
    """`ci:DELIVERY`: the check-in happened; counted once for the person who tapped."""
    query = update.callback_query
    assert query is not None
    tapped = callbacks.parse(query.data, callbacks.ID)
    if tapped is None:
        await expired(query)
        return
    async with turn(update, context) as t:
        row = await mark_checkin_held(
            t.session, delivery_id=tapped[0], user_id=t.user.id, now=t.now
        )
    if row is None:
        await expired(query)
        return
    await query.answer()
    await set_buttons(query)
    await reply(update, texts.checkin_noted())
