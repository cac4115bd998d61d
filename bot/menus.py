"""The command menu Telegram shows beside the text box, in each person's language.

Telegram keeps one menu per language code (`setMyCommands` with `language_code`) and
shows each user the one for their app's language, or the default when there is none;
English is the default. Someone who picked another language with /language gets a menu
of their own chat (`BotCommandScopeChat`), removed again when they go back to the
language their app already has.
"""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot import texts
from domain.i18n import SHIPPED, SOURCE, negotiate, speaking

log = logging.getLogger(__name__)


def telegram_language(locale: str) -> str:
    """The two-letter code Telegram files a locale's menu under (pt_BR → "pt"); English
    is the default menu, filed under no code."""
    return "" if locale == SOURCE else locale.split("_")[0]


def menu(locale: str) -> list[BotCommand]:
    """The command menu in one language."""
    with speaking(locale):
        return [BotCommand(name, description) for name, description in texts.command_menu()]


async def publish_menus(bot: Bot) -> None:
    """One menu per shipped language (start-up)."""
    for locale in SHIPPED:
        code = telegram_language(locale)
        if code:
            await bot.set_my_commands(menu(locale), language_code=code)
        else:
            await bot.set_my_commands(menu(locale))


async def follow_choice(bot: Bot, *, chat_id: int, locale: str, app_language: str | None) -> None:
    """After /language: this chat's menu in the chosen language, or Telegram's own menu
    for the app's language when that is what was chosen. Best effort: the choice is
    stored either way, and the menu catches up at the next choice."""
    scope = BotCommandScopeChat(chat_id)
    try:
        if locale == negotiate(app_language):
            await bot.delete_my_commands(scope=scope)
        else:
            await bot.set_my_commands(menu(locale), scope=scope)
    except TelegramError as error:
        log.warning("chat menu not updated after a language choice: %s", type(error).__name__)
