"""Per-person bursts (bot/flood.py): one person sending too much is answered once and
slowed, nobody else is; a button pressed again while its first press is handled draws
no second answer."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot import texts
from bot.handlers.common import Context, reply
from bot.runtime import get_runtime


async def throttle(update: Update, context: Context) -> None:
    """Runs before every handler but the safety net's (crisis text never reaches it); drops
    a flooding user's update."""
    user = update.effective_user
    if user is None:
        return
    message = update.effective_message
    runtime = get_runtime(context)
    guard = context.bot_data.flood_guard
    if guard is None:  # built without one (never in build_application)
        return
    now = runtime.clock.now()
    query = update.callback_query
    if (
        query is not None
        and query.message is not None
        and guard.repeated_tap(user.id, query.message.message_id, query.data or "", now)
    ):
        await query.answer()  # the first press is being handled; this one draws nothing
        raise ApplicationHandlerStop
    if guard.allow(user.id, now):
        return
    if guard.should_warn(user.id, now):
        if update.callback_query is not None:
            await update.callback_query.answer(texts.slow_down()[:200])
        elif message is not None:
            await reply(update, texts.slow_down())
    elif update.callback_query is not None:
        await update.callback_query.answer()
    raise ApplicationHandlerStop
