"""/timezone and /settings: the user's own set-up."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.handlers.common import Context, command_args, reply, turn
from db.repositories.schedules import schedules_of
from domain.accounts import set_timezone
from domain.holds import is_paused
from domain.pairing import partner_of
from domain.routines import pair_checkin
from domain.rules import WEEKDAY_NAMES
from domain.zones import local_now, parse_zone, zone_label


async def timezone(update: Update, context: Context) -> None:
    """Show the zone, or set it from an IANA name or a UTC offset."""
    given = " ".join(command_args(context))
    async with turn(update, context) as t:
        if not given:
            text = texts.timezone_current(
                zone_label(t.zone), local_now(t.zone, t.now), t.user.timezone is None
            )
        elif (zone := parse_zone(given)) is None:
            text = texts.timezone_bad(given)
        else:
            await set_timezone(t.session, user=t.user, zone=zone, now=t.now)
            text = texts.timezone_set(zone_label(zone), local_now(zone, t.now))
    await reply(update, text)


async def settings(update: Update, context: Context) -> None:
    """Everything the user has set, each with the command that changes it."""
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        user = t.user
        quiet = (
            f"{user.quiet_start:%H:%M}–{user.quiet_end:%H:%M}"
            if user.quiet_start is not None and user.quiet_end is not None
            else None
        )
        if is_paused(user, t.now):
            pause = (
                f"until {local_now(t.zone, user.pause_until):%Y-%m-%d %H:%M}"
                if user.pause_until
                else "on, until you resume"
            )
        else:
            pause = None
        prompts = await schedules_of(t.session, user_id=user.id, kind="prompt")
        practice = await schedules_of(t.session, user_id=user.id, kind="practise")
        checkin = await pair_checkin(t.session, user=user)
        text = texts.settings_view(
            prompts=[f"{s.local_time:%H:%M}" for s in prompts],
            checkin=f"{local_now(t.zone, checkin.next_due_at):%H:%M}" if checkin else None,
            practise=(
                f"{WEEKDAY_NAMES[practice[0].weekday or 0]}s {practice[0].local_time:%H:%M}"
                if practice
                else None
            ),
            role=user.role,
            zone_label=zone_label(t.zone),
            quiet=quiet,
            pause=pause,
            partner_name=partner.first_name if partner else None,
        )
    await reply(update, text)
