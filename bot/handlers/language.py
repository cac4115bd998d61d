"""/language: the language Steady writes to me in, shown and changed with buttons."""

from __future__ import annotations

from telegram import Update

from bot import callbacks, keyboards, texts
from bot.handlers.common import Context, command_args, edit, expired, reply, turn
from bot.menus import follow_choice
from domain.accounts import locale_of, set_language
from domain.i18n import NATIVE_NAMES, SHIPPED, SOURCE, negotiate, use_locale


def _typed(word: str) -> str | None:
    """A language named after /language: a code ("de", "pt-br") or its own name
    ("Deutsch", "русский"); None for anything Steady does not speak."""
    folded = word.strip().casefold()
    for locale, name in NATIVE_NAMES.items():
        if folded in (name.casefold(), name.split(" ")[0].casefold()):
            return locale
    chosen = negotiate(word)
    # negotiate answers English for anything it does not know; only an English code is.
    if chosen == SOURCE and folded.replace("_", "-").split("-")[0] != SOURCE:
        return None
    return chosen


async def language(update: Update, context: Context) -> None:
    """Show the current language with a button for each; `/language de` switches at once."""
    given = " ".join(command_args(context))
    if not given:
        async with turn(update, context) as t:
            current = locale_of(t.user)
        shown = texts.language_current(NATIVE_NAMES[current])
        await reply(update, shown, reply_markup=keyboards.languages())
        return
    chosen = _typed(given)
    if chosen is None:
        await reply(update, texts.language_unknown(given), reply_markup=keyboards.languages())
        return
    await _choose(update, context, chosen)
    await reply(update, texts.language_set(NATIVE_NAMES[chosen]))
    await _follow(update, context, chosen)


async def language_button(update: Update, context: Context) -> None:
    """`lang:CODE`: speak CODE from this answer on."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data, callbacks.one_of(SHIPPED))
    if parsed is None:
        await expired(query)
        return
    (chosen,) = parsed
    await _choose(update, context, chosen)
    await query.answer()
    await edit(query, texts.language_set(NATIVE_NAMES[chosen]))
    await _follow(update, context, chosen)


async def _choose(update: Update, context: Context, chosen: str) -> None:
    """Store the choice and speak it from here on (the answer to it included)."""
    async with turn(update, context) as t:
        set_language(t.user, locale=chosen, now=t.now)
    use_locale(chosen)


async def _follow(update: Update, context: Context, chosen: str) -> None:
    """The chat's command menu follows the choice (after the answer, which comes first)."""
    user = update.effective_user
    assert user is not None
    await follow_choice(
        context.bot, chat_id=user.id, locale=chosen, app_language=user.language_code
    )
