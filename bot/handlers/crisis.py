"""Crisis language is answered before any other handler sees the message."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot import texts
from bot.crisis import looks_like_crisis, resources_for
from bot.handlers.common import Context, reply
from bot.runtime import get_runtime
from db.repositories.users import get_user
from db.session import transaction


async def crisis_guard(update: Update, context: Context) -> None:
    """Reply with local emergency and crisis-line numbers and stop further handling.

    Never contacts the partner or anyone else; nothing about the message is stored.
    """
    message = update.effective_message
    if message is None or not message.text or not looks_like_crisis(message.text):
        return
    runtime = get_runtime(context)
    tg_user = update.effective_user
    zone: str | None = None
    if tg_user is not None:
        async with transaction(runtime.sessions) as session:
            user = await get_user(session, user_id=tg_user.id)
            zone = user.timezone if user else None
    language = tg_user.language_code if tg_user else None
    resources = resources_for(zone or runtime.settings.default_timezone, language)
    await reply(update, texts.crisis_reply(resources), disable_web_page_preview=True)
    raise ApplicationHandlerStop
