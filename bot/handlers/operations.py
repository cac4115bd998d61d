"""/export for everyone, /stats for operators, and the update counter for metrics."""

from __future__ import annotations

import json
import logging

from telegram import Update

from bot import texts
from bot.config import Settings
from bot.handlers import general
from bot.handlers.common import HTML, Context, reply, turn
from bot.ops.metrics import count_update
from bot.runtime import get_runtime
from domain.export import export_filename, export_user_data
from domain.stats import stats

log = logging.getLogger(__name__)

__all__ = ["count_update", "export", "is_admin", "stats_command"]


async def export(update: Update, context: Context) -> None:
    """Send the user everything stored about them as one JSON document."""
    async with turn(update, context) as t:
        data = await export_user_data(t.session, user_id=t.user.id, now=t.now)
        filename = export_filename(t.now)
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    message = update.effective_message
    assert message is not None
    await message.reply_document(
        document=payload,
        filename=filename,
        caption=texts.export_caption(),
        parse_mode=HTML,
        do_quote=False,
    )
    log.info("export sent: %d bytes", len(payload))


def is_admin(settings: Settings, user_id: int) -> bool:
    """Operators are listed in ADMIN_IDS (empty: nobody)."""
    return user_id in settings.admin_ids


async def stats_command(update: Update, context: Context) -> None:
    """Counts for operators; everyone else gets exactly the unknown-command reply."""
    tg_user = update.effective_user
    if tg_user is None or not is_admin(get_runtime(context).settings, tg_user.id):
        await general.unknown_command(update, context)
        return
    async with turn(update, context) as t:
        counts = await stats(t.session, now=t.now)
    await reply(update, texts.stats_text(counts))
