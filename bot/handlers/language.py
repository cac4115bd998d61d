"""/language: the language Steady writes to me in, shown and changed with buttons."""

from __future__ import annotations

from telegram import Update

from bot import callbacks, keyboards, texts
from bot.handlers.common import Context, command_args, edit, expired, reply, turn
from bot.menus import follow_choice
from domain.accounts import locale_of, set_language
from domain.i18n import NATIVE_NAMES, SHIPPED, negotiate, use_locale


def _typed(word: str) -> str | None:
    """A language named after /language: a code ("de", "pt-br") or its own name
    ("Deutsch", "русский"); None for anything Steady does not speak."""
    folded = word.strip().casefold()
    for locale, name in NATIVE_NAMES.items():
        if folded == name.casefold() or folded == name.split(" ")[0].casefold():
            return locale
    chosen = negotiate(word)
    spoken = chosen != "en" or folded.split("-")[0].split("_")[0] == "en"
    return chosen if spoken else None


async def language(update: Update, context: Context) -> None:
    """Show the current language with a button for each; `/language de` switches at once."""
    given = " ".join(command_args(context))
    chosen = _typed(given) if given else None
    async with turn(update, context) as t:
        if chosen is not None:
            set_language(t.user, locale=chosen, now=t.now)
        current = locale_of(t.user)
        chat_id = t.user.id
    if given and chosen is None:
        await reply(update, texts.language_unknown(given), reply_markup=keyboards.languages())
        return
    if chosen is None:
        await reply(
            update,
            texts.language_current(NATIVE_NAMES[current]),
            reply_markup=keyboards.languages(),
        )
        return
    use_locale(chosen)
    await reply(update, texts.language_set(NATIVE_NAMES[chosen]))
    await _follow(update, context, chat_id, chosen)


async def language_button(update: Update, context: Context) -> None:
    """`lang:CODE`: speak CODE from this answer on."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data, callbacks.one_of(SHIPPED))
    if parsed is None:
        await expired(query)
        return
    (chosen,) = parsed
    async with turn(update, context) as t:
        set_language(t.user, locale=chosen, now=t.now)
        chat_id = t.user.id
    use_locale(chosen)
    await query.answer()
    await edit(query, texts.language_set(NATIVE_NAMES[chosen]))
    await _follow(update, context, chat_id, chosen)


async def _follow(update: Update, context: Context, chat_id: int, chosen: str) -> None:
    """The chat's command menu follows the choice."""
    app_language = update.effective_user.language_code if update.effective_user else None
    await follow_choice(context.bot, chat_id=chat_id, locale=chosen, app_language=app_language)
