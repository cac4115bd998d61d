"""/nudgetime, /checkin, /practise, and the buttons on the messages they schedule."""

from __future__ import annotations

from datetime import datetime, time

from telegram import Update

from bot import callbacks, texts
from bot.delivery import send_to_user
from bot.handlers.common import (
    Context,
    Turn,
    command_args,
    relay,
    reply,
    set_buttons,
    text_within,
    turn,
)
from bot.runtime import get_runtime
from db.models import Delivery
from db.repositories.schedules import get_delivery, schedules_of
from domain import routines
from domain.content import pick
from domain.content.nudges import (
    REASSURANCE_OWN_PROMPT,
    REASSURANCE_SENT,
    REASSURANCE_TEMPLATES,
    relayed_reassurance,
)
from domain.dialogs import REASSURE_OWN, Flow, end_flow, set_flow
from domain.pairing import partner_of
from domain.policy import MEANINGFUL_FOR
from domain.rules import format_local, parse_hhmm
from domain.zones import local_now, zone_of

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAX_OWN_REASSURANCE = 1000


def hhmm(value: time) -> str:
    """A local time as users write it."""
    return f"{value:%H:%M}"


def when(t: Turn, instant: datetime) -> str:
    """An instant in the caller's own zone, relative to now."""
    return format_local(instant, t.zone, t.now)


async def nudgetime(update: Update, context: Context) -> None:
    """Show, set (up to four) or turn off the daily reassurance prompt times."""
    args = command_args(context)
    async with turn(update, context) as t:
        text = await _nudgetime(t, args)
    await reply(update, text)


async def _nudgetime(t: Turn, args: list[str]) -> str:
    current = await schedules_of(t.session, user_id=t.user.id, kind="prompt")
    if not args:
        nearest = min((s.next_due_at for s in current), default=None)
        return texts.nudgetimes_shown(
            [hhmm(s.local_time) for s in current], when(t, nearest) if nearest else None
        )
    if [a.lower() for a in args] == ["off"]:
        await routines.stop(t.session, user=t.user, kind="prompt")
        return texts.NUDGETIME_OFF
    if t.user.role not in ("partner", "both"):
        return texts.NUDGETIME_ROLE
    parsed = [parse_hhmm(a) for a in args]
    for given, value in zip(args, parsed, strict=True):
        if value is None:
            return texts.bad_times(given, "/nudgetime 08:30 18:00")
    times = sorted({v for v in parsed if v is not None})
    if len(times) > routines.MAX_PROMPTS_A_DAY:
        return texts.TOO_MANY_TIMES
    upcoming = await routines.set_prompt_times(
        t.session, user=t.user, times=times, zone=t.zone, now=t.now
    )
    note = "" if t.user.pair_id else " They'll start once you're paired (/pair)."
    return (
        texts.times_list("Reassurance prompts", [hhmm(v) for v in times], when(t, min(upcoming)))
        + note
    )


async def checkin(update: Update, context: Context) -> None:
    """Show, set or turn off the pair's daily check-in (at the caller's local time)."""
    args = command_args(context)
    told: tuple[int, str, str] | None = None
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        if partner is None:
            text = texts.NEEDS_PAIR
        elif not args:
            current = await routines.pair_checkin(t.session, user=t.user)
            text = texts.checkin_shown(
                hhmm(current.local_time) if current else None,
                when(t, current.next_due_at) if current else None,
            )
        elif [a.lower() for a in args] == ["off"]:
            await routines.stop(t.session, user=t.user, kind="checkin")
            text = texts.CHECKIN_OFF
        elif len(args) != 1 or (at := parse_hhmm(args[0])) is None:
            text = texts.bad_times(" ".join(args), "/checkin 21:00")
        else:
            due = await routines.set_checkin(t.session, user=t.user, at=at, zone=t.zone, now=t.now)
            text = texts.checkin_set(hhmm(at), when(t, due), partner.first_name)
            partner_zone = zone_of(partner.timezone, t.runtime.settings.default_timezone)
            told = (
                partner.id,
                partner.first_name,
                texts.checkin_told_partner(
                    t.user.first_name, f"{local_now(partner_zone, due):%H:%M}"
                ),
            )
    await reply(update, text)
    if told is not None:
        await relay(update, context, *told)


async def practise(update: Update, context: Context) -> None:
    """The optional weekly "practise while calm" suggestion."""
    args = [a.lower() for a in command_args(context)]
    async with turn(update, context) as t:
        if args == ["off"]:
            await routines.stop(t.session, user=t.user, kind="practise")
            text = texts.PRACTISE_OFF
        elif len(args) != 2 or args[0][:3] not in WEEKDAYS or parse_hhmm(args[1]) is None:
            text = texts.PRACTISE_USAGE
        else:
            weekday, at = WEEKDAYS.index(args[0][:3]), parse_hhmm(args[1])
            assert at is not None
            due = await routines.set_practise(
                t.session, user=t.user, weekday=weekday, at=at, zone=t.zone, now=t.now
            )
            text = texts.practise_set(DAY_NAMES[weekday], hhmm(at), when(t, due))
    await reply(update, text)


def _usable_prompt(row: Delivery | None, user_id: int, now: datetime) -> bool:
    """A prompt acts once, for its recipient, until it lapses."""
    return (
        row is not None
        and row.kind == "prompt"
        and row.user_id == user_id
        and row.status in ("sending", "sent")  # the tap can beat the sender's bookkeeping
        and row.acted_at is None
        and now <= row.due_at + MEANINGFUL_FOR["prompt"]
    )


async def reassure_button(update: Update, context: Context) -> None:
    """`re:DELIVERY:INDEX` relays that template exactly; `re:DELIVERY:own` asks for own words."""
    query = update.callback_query
    assert query is not None
    parts = callbacks.split(query.data)
    valid = (
        len(parts) == 2
        and parts[0].isdigit()
        and (
            parts[1] == "own" or (parts[1].isdigit() and int(parts[1]) < len(REASSURANCE_TEMPLATES))
        )
    )
    if not valid:
        await query.answer(texts.BUTTON_EXPIRED)
        return
    delivery_id = int(parts[0])
    async with turn(update, context) as t:
        row = await get_delivery(t.session, delivery_id=delivery_id)
        usable = _usable_prompt(row, t.user.id, t.now)
        partner = await partner_of(t.session, t.user) if usable else None
        if usable and partner is not None and parts[1] == "own":
            await set_flow(
                t.session,
                user_id=t.user.id,
                kind=REASSURE_OWN,
                step="text",
                now=t.now,
                data={"delivery_id": delivery_id},
            )
        elif usable and partner is not None and row is not None:
            row.acted_at, row.outcome = t.now, "template"
        my_name = t.user.first_name
    if not usable or partner is None:
        lapsed = row is not None and row.acted_at is None and row.user_id == query.from_user.id
        await query.answer(texts.PROMPT_LAPSED if lapsed else texts.BUTTON_EXPIRED)
        return
    await query.answer()
    if parts[1] == "own":
        await reply(update, REASSURANCE_OWN_PROMPT)
        return
    await set_buttons(query)
    template = REASSURANCE_TEMPLATES[int(parts[1])]
    delivered = await send_to_user(
        context.bot, get_runtime(context), partner.id, relayed_reassurance(my_name, template)
    )
    await reply(
        update,
        pick(REASSURANCE_SENT, delivery_id) if delivered else texts.undelivered(partner.first_name),
    )


async def on_own_reassurance(update: Update, context: Context, flow: Flow) -> None:
    """The partner's own line, relayed as it was written."""
    text = await text_within(update, MAX_OWN_REASSURANCE, "Thinking of you. Home by seven.")
    if text is None:
        return
    async with turn(update, context) as t:
        await end_flow(t.session, user_id=t.user.id)
        row = await get_delivery(t.session, delivery_id=int(flow.data.get("delivery_id", 0)))
        usable = _usable_prompt(row, t.user.id, t.now)
        partner = await partner_of(t.session, t.user) if usable else None
        if usable and partner is not None and row is not None:
            row.acted_at, row.outcome = t.now, "own"
        my_name = t.user.first_name
    if not usable or partner is None:
        await reply(update, texts.PROMPT_LAPSED)
        return
    delivered = await send_to_user(
        context.bot, get_runtime(context), partner.id, relayed_reassurance(my_name, text)
    )
    await reply(
        update,
        pick(REASSURANCE_SENT, row.id if row else 0)
        if delivered
        else texts.undelivered(partner.first_name),
    )


async def checkin_button(update: Update, context: Context) -> None:
    """`ci:DELIVERY`: the check-in happened; counted once for the person who tapped."""
    query = update.callback_query
    assert query is not None
    parts = callbacks.split(query.data)
    if len(parts) != 1 or not parts[0].isdigit():
        await query.answer(texts.BUTTON_EXPIRED)
        return
    async with turn(update, context) as t:
        row = await get_delivery(t.session, delivery_id=int(parts[0]))
        ok = (
            row is not None
            and row.kind == "checkin"
            and row.user_id == t.user.id
            and row.acted_at is None
        )
        if ok and row is not None:
            row.acted_at, row.outcome = t.now, "held"
    if not ok:
        await query.answer(texts.BUTTON_EXPIRED)
        return
    await query.answer()
    await set_buttons(query)
    await reply(update, texts.CHECKIN_NOTED)
