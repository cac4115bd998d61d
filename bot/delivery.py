"""Messages to someone other than the person who just wrote: the partner, a reminder."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden

from bot.runtime import Runtime
from db.repositories import users
from db.session import transaction
from jobs.reachability import unreachable_reason

log = logging.getLogger(__name__)


async def mark_unreachable(runtime: Runtime, user_id: int) -> None:
    """A user who blocked the bot gets nothing more until they write again."""
    async with transaction(runtime.sessions) as session:
        await users.mark_unreachable(session, user_ids={user_id})


async def send_to_user(bot: Bot, runtime: Runtime, user_id: int, text: str, **kwargs: Any) -> bool:
    """Send, and mark the recipient inactive if Telegram says they are unreachable.

    Returns whether the message was delivered, so the caller can tell the sender.
    """
    try:
        await bot.send_message(chat_id=user_id, text=text, parse_mode=ParseMode.HTML, **kwargs)
    except (Forbidden, BadRequest) as exc:
        reason = unreachable_reason(exc)
        if reason is None:
            raise
        log.info("recipient unreachable (%s); marking inactive", reason, extra={"user": user_id})
        await mark_unreachable(runtime, user_id)
        return False
    return True
