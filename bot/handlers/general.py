"""Catch-alls: edited messages, unknown commands, stale buttons, and errors."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError

from bot import texts
from bot.handlers.common import Context, answered, expired, reply
from bot.scope import current_scope
from db.health import database_unavailable
from jobs.clock import utcnow

log = logging.getLogger(__name__)


async def unknown_command(update: Update, context: Context) -> None:
    """A command we do not have: name it back and point to /help."""
    message = update.effective_message
    assert message is not None and message.text is not None
    command = message.text.split()[0].split("@")[0]
    await reply(update, texts.unknown_command(command))


async def edited(update: Update, context: Context) -> None:
    """An edited message acts on nothing (an edited /promise would make a second one):
    edited words get one line saying so; other edits (a live location moving) get none.
    The safety net has read the edited words first (group -4)."""
    message = update.edited_message
    if message is not None and (message.text or message.caption):
        await reply(update, texts.edit_not_applied())


async def stale_button(update: Update, context: Context) -> None:
    """Any callback no handler claimed: old, forged or from a finished flow."""
    query = update.callback_query
    assert query is not None
    await expired(query)


async def on_error(update: object, context: Context) -> None:
    """Log the failure without any message content, and tell the user kindly.

    The database unreachable is not a bug: it is reported into the shared health (one
    warning when the outage starts, none per update, no traceback) and the person hears
    the honest line once per update, however many of its handlers met the outage."""
    error = context.error
    if error is not None and database_unavailable(error):
        await _database_unavailable(update, context, error)
        return
    log.error(
        "handler failed: %s",
        type(error).__name__,
        exc_info=(type(error), error, error.__traceback__) if error else None,
    )
    await _tell(update, texts.something_went_wrong())


async def _database_unavailable(update: object, context: Context, error: BaseException) -> None:
    runtime = context.bot_data.runtime
    now = runtime.clock.now() if runtime is not None else utcnow()
    context.bot_data.database_health.unavailable(error, now)
    log.debug("handler met the database unavailable (%s)", type(error).__name__)
    scope = current_scope()
    if scope is not None:
        if scope.told_unavailable:
            return
        scope.told_unavailable = True
    await _tell(update, texts.database_unavailable())


async def _tell(update: object, text: str) -> None:
    """Say `text` where the update came from: a reply, or a button's toast."""
    if isinstance(update, Update) and update.effective_chat is not None:
        query = update.callback_query
        try:
            if query is not None and not answered(query):
                await query.answer(text[:200])
            else:  # a press already answered (Telegram takes one answer) hears it in the chat
                await reply(update, text)
        except TelegramError:
            log.warning("could not tell the user about the failure")
