"""The shared shape of a handler turn: one session, the caller's user row, one `now`."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot import texts
from bot.delivery import send_to_user
from bot.runtime import Runtime, get_runtime
from db.models import User
from db.repositories.users import upsert_user
from db.session import transaction
from domain.zones import zone_of

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE
HTML = ParseMode.HTML


@dataclass
class Turn:
    """Everything a handler needs to apply one user action."""

    session: AsyncSession
    user: User
    now: datetime
    runtime: Runtime

    @property
    def zone(self) -> str:
        """The user's zone, or the operator's default when they set none."""
        return zone_of(self.user.timezone, self.runtime.settings.default_timezone)


@asynccontextmanager
async def turn(update: Update, context: Context) -> AsyncIterator[Turn]:
    """Open a transaction and load (or create) the caller; commits when the block ends."""
    runtime = get_runtime(context)
    tg_user = update.effective_user
    assert tg_user is not None
    now = runtime.clock.now()
    log.debug("turn for user %s", tg_user.id)
    async with transaction(runtime.sessions) as session:
        user = await upsert_user(
            session,
            user_id=tg_user.id,
            first_name=tg_user.first_name,
            language_code=tg_user.language_code,
            now=now,
        )
        yield Turn(session=session, user=user, now=now, runtime=runtime)


async def reply(update: Update, text: str, **kwargs: Any) -> Message:
    """Answer in the chat the update came from (HTML, like every text in the catalogue)."""
    message = update.effective_message
    assert message is not None
    return await message.reply_text(text, do_quote=False, parse_mode=HTML, **kwargs)


async def edit(query: CallbackQuery, text: str, **kwargs: Any) -> None:
    """Replace the text (and buttons) of the message a button was pressed on."""
    await query.edit_message_text(text, parse_mode=HTML, **kwargs)


async def set_buttons(query: CallbackQuery, markup: InlineKeyboardMarkup | None = None) -> None:
    """Change or (by default) remove the buttons under the pressed message."""
    await query.edit_message_reply_markup(reply_markup=markup)


def command_args(context: Context) -> list[str]:
    """The words after the command (empty when there are none)."""
    return list(context.args or [])


async def relay(
    update: Update,
    context: Context,
    recipient_id: int,
    recipient_name: str,
    text: str,
    **kwargs: Any,
) -> bool:
    """Send to the other person; if Telegram refuses, tell the sender kindly."""
    delivered = await send_to_user(context.bot, get_runtime(context), recipient_id, text, **kwargs)
    if not delivered:
        await reply(update, texts.undelivered(recipient_name))
    return delivered


async def text_within(update: Update, limit: int, example: str) -> str | None:
    """The free text a flow step is waiting for, or None after a kind "too long" reply."""
    message = update.effective_message
    assert message is not None and message.text is not None
    text = message.text.strip()
    if len(text) > limit:
        await reply(update, texts.too_long(limit, example))
        return None
    return text
