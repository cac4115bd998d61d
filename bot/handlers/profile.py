"""/timezone and /settings: the user's own set-up."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.handlers.common import Context, command_args, reply, turn
from domain.accounts import locale_of, set_timezone
from domain.holds import is_paused
from domain.i18n import NATIVE_NAMES
from domain.pairing import partner_of
from domain.routines import pair_checkin, prompt_times, weekly_practice
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
            (user.quiet_start, user.quiet_end)
            if user.quiet_start is not None and user.quiet_end is not None
            else None
        )
        paused = is_paused(user, t.now)
        prompts = await prompt_times(t.session, user=user)
        practice = await weekly_practice(t.session, user=user)
        checkin = await pair_checkin(t.session, user=user)
        text = texts.settings_view(
            prompts=[s.local_time for s in prompts],
            checkin=local_now(t.zone, checkin.next_due_at).time() if checkin else None,
            practise=(practice.weekday or 0, practice.local_time) if practice else None,
            role=user.role,
            zone_label=zone_label(t.zone),
            quiet=quiet,
            paused=paused,
            paused_until=(
                local_now(t.zone, user.pause_until) if paused and user.pause_until else None
            ),
            partner_name=partner.first_name if partner else None,
            language=NATIVE_NAMES[locale_of(user)],
        )
    await reply(update, text)
