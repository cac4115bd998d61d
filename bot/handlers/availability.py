"""/quiet, /pause, /resume and /record: the user's own limits and evidence."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.handlers.common import Context, command_args, reply, turn
from domain import availability
from domain.content import pick
from domain.content.nudges import RECORD_FOOTERS, RECORD_INTROS, record_empty, record_line
from domain.holds import is_paused
from domain.i18n import _
from domain.record import PairEvidence, record_for
from domain.rules import format_local, join_am_pm, parse_hhmm


async def quiet(update: Update, context: Context) -> None:
    """Show, set or turn off quiet hours (local time)."""
    args = [a.lower() for a in join_am_pm(command_args(context))]
    async with turn(update, context) as t:
        user = t.user
        if not args:
            text = texts.quiet_shown(
                f"{user.quiet_start:%H:%M}" if user.quiet_start else None,
                f"{user.quiet_end:%H:%M}" if user.quiet_end else None,
            )
        elif args == ["off"]:
            await availability.set_quiet(t.session, user=user, start=None, end=None, now=t.now)
            text = texts.quiet_off()
        elif len(args) != 2 or None in (times := [parse_hhmm(a) for a in args]):
            text = texts.quiet_usage()
        elif times[0] == times[1]:
            text = texts.quiet_same()
        else:
            start, end = times
            await availability.set_quiet(t.session, user=user, start=start, end=end, now=t.now)
            text = texts.quiet_set(f"{start:%H:%M}", f"{end:%H:%M}")
    await reply(update, text)


async def pause(update: Update, context: Context) -> None:
    """/pause (until /resume) or /pause DAYS (ends by itself)."""
    args = command_args(context)
    if len(args) > 1 or (
        args and not (args[0].isdigit() and 1 <= int(args[0]) <= availability.MAX_PAUSE_DAYS)
    ):
        await reply(update, texts.pause_usage())
        return
    async with turn(update, context) as t:
        until = await availability.pause(
            t.session, user=t.user, days=int(args[0]) if args else None, now=t.now
        )
        text = texts.paused(format_local(until, t.zone, t.now) if until else None)
    await reply(update, text)


async def resume(update: Update, context: Context) -> None:
    """End the pause; held messages come through if they still mean something."""
    async with turn(update, context) as t:
        was_paused = is_paused(t.user, t.now)
        if was_paused:
            await availability.resume(t.session, user=t.user, now=t.now)
    await reply(update, texts.resumed() if was_paused else texts.not_paused())


async def record(update: Update, context: Context) -> None:
    """The last 30 days as evidence of steadiness, never as a score: both sides in a pair."""
    async with turn(update, context) as t:
        found = await record_for(t.session, user=t.user, now=t.now)
        seed = t.user.id + t.now.toordinal()
    if found.empty:
        await reply(update, record_empty())
        return
    intro, footer = _(pick(RECORD_INTROS, seed)), _(pick(RECORD_FOOTERS, seed))
    if isinstance(found, PairEvidence):
        await reply(update, texts.record_pair_view(intro, found, footer))
        return
    # Evidence, not a scoreboard: only what happened is listed, never a row of zeros.
    lines = [record_line(key, count) for key, count in found.items() if count]
    await reply(update, texts.record_view(intro, lines, footer))
