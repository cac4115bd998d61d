"""Messages to someone other than the person who just wrote: the partner, a reminder."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import update
from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden

from bot.runtime import Runtime
from db.models import User
from db.session import transaction

log = logging.getLogger(__name__)


async def mark_unreachable(runtime: Runtime, user_id: int) -> None:
    """A user who blocked the bot gets nothing more until they write again."""
    async with transaction(runtime.sessions) as session:
        await session.execute(update(User).where(User.id == user_id).values(is_active=False))


async def send_to_user(bot: Bot, runtime: Runtime, user_id: int, text: str, **kwargs: Any) -> bool:
    """Send, and mark the recipient inactive if Telegram says they are unreachable.

    Returns whether the message was delivered, so the caller can tell the sender.
    """
    try:
        await bot.send_message(chat_id=user_id, text=text, parse_mode=ParseMode.HTML, **kwargs)
    except Forbidden:
        log.info("recipient unreachable (forbidden); marking inactive", extra={"user": user_id})
        await mark_unreachable(runtime, user_id)
        return False
    except BadRequest as exc:
        if "chat not found" not in str(exc).lower():
            raise
        log.info("recipient unreachable (chat not found); marking inactive")
        await mark_unreachable(runtime, user_id)
        return False
    return True
