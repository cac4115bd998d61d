"""Handler registration, in one place and in an explicit order."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import callbacks
from bot.handlers import account, crisis, general, onboarding, pairing, profile

PRIVATE = filters.ChatType.PRIVATE


def register_handlers(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Crisis check first (group -1), then commands, buttons, and the catch-alls last."""
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT, crisis.crisis_guard), group=-1)

    commands = {
        "start": onboarding.start,
        "help": onboarding.help_command,
        "pair": pairing.pair,
        "join": pairing.join,
        "unpair": pairing.unpair,
        "timezone": profile.timezone,
        "settings": profile.settings,
        "deletedata": account.deletedata,
        "cancel": general.cancel,
    }
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback, filters=PRIVATE))

    buttons = {
        callbacks.ROLE: onboarding.choose_role,
        callbacks.UNPAIR: pairing.unpair_answer,
        callbacks.DELETE: account.deletedata_answer,
    }
    for prefix, callback in buttons.items():
        app.add_handler(CallbackQueryHandler(callback, pattern=callbacks.pattern(prefix)))
    app.add_handler(CallbackQueryHandler(general.stale_button))

    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, general.unknown_command))
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT, general.stray_text))
    app.add_error_handler(general.on_error)
