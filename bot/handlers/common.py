"""The shared shape of a handler turn: the update's session, the caller's row, one `now`."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram import User as TelegramUser
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot import texts
from bot.context import SteadyContext
from bot.delivery import send_to_user
from bot.runtime import Runtime, get_runtime
from bot.scope import current_scope
from db.models import User
from db.repositories.users import get_user, reload_user, upsert_user
from db.session import transaction
from domain.zones import zone_of

log = logging.getLogger(__name__)
Context = SteadyContext
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
        return self.zone_for(self.user)

    def zone_for(self, person: User | None) -> str:
        """Anyone's zone (the caller's partner, say), with the same default; None (a
        person no longer known) has the default."""
        stored = person.timezone if person is not None else None
        return zone_of(stored, self.runtime.settings.default_timezone)


async def _meet(session: AsyncSession, tg_user: TelegramUser, now: datetime) -> User:
    """The caller's row, created on first contact, with Telegram's name and language."""
    return await upsert_user(
        session,
        user_id=tg_user.id,
        first_name=tg_user.first_name,
        language_code=tg_user.language_code,
        now=now,
    )


@asynccontextmanager
async def turn(update: Update, context: Context) -> AsyncIterator[Turn]:
    """A transaction on the update's session with the caller's row; commits when the
    block ends. The first turn of an update creates or refreshes the caller (writing
    only what changed); later ones re-read the row. Outside an update (a job, a direct
    call) the turn has a session of its own."""
    runtime = context.runtime
    tg_user = update.effective_user
    assert tg_user is not None
    now = runtime.clock.now()
    log.debug("turn for user %s", tg_user.id)
    scope = current_scope()
    if scope is None:
        async with transaction(runtime.sessions) as session:
            user = await _meet(session, tg_user, now)
            yield Turn(session=session, user=user, now=now, runtime=runtime)
        return
    # One transaction at a time on the update's session: a turn inside a turn is a bug,
    # and SQLAlchemy's begin() says so.
    async with scope.transaction(runtime.sessions) as session:
        try:
            if not scope.caller_touched:
                user = await _meet(session, tg_user, now)
                scope.caller_touched = True
            else:
                assert scope.caller is not None
                user = await reload_user(session, scope.caller)
            scope.caller = user
            yield Turn(session=session, user=user, now=now, runtime=runtime)
        except BaseException:
            scope.caller, scope.caller_touched = None, False  # rolled back: load afresh
            raise


async def known(update: Update, context: Context) -> bool:
    """Whether Steady has a row for the caller, without creating one as `turn()` does."""
    tg_user = update.effective_user
    assert tg_user is not None
    scope = current_scope()
    if scope is None:
        async with transaction(context.runtime.sessions) as session:
            return await get_user(session, user_id=tg_user.id) is not None
    async with scope.transaction(context.runtime.sessions) as session:
        return await get_user(session, user_id=tg_user.id) is not None


async def reply(update: Update, text: str, **kwargs: Any) -> Message:
    """Answer in the chat the update came from (HTML, like every text in the catalogue)."""
    message = update.effective_message
    assert message is not None
    return await message.reply_text(text, do_quote=False, parse_mode=HTML, **kwargs)


async def edit(query: CallbackQuery, text: str, **kwargs: Any) -> None:
    """Replace the text (and buttons) of the message a button was pressed on; if it shows
    exactly that already (a second tap landing after the first), there is nothing to do."""
    with _unless_unchanged():
        await query.edit_message_text(text, parse_mode=HTML, **kwargs)


async def expired(query: CallbackQuery) -> None:
    """The answer to a button that no longer acts (stale, forged, or someone else's)."""
    await query.answer(texts.BUTTON_EXPIRED)


def answered(query: CallbackQuery) -> bool:
    """Whether this press was answered already in this update (bot.botapi keeps count;
    Telegram refuses a second answer)."""
    scope = current_scope()
    return scope is not None and query.id in scope.answered_queries


async def set_buttons(query: CallbackQuery, markup: InlineKeyboardMarkup | None = None) -> None:
    """Change or (by default) remove the buttons under the pressed message (nothing to do
    if they are that already)."""
    with _unless_unchanged():
        await query.edit_message_reply_markup(reply_markup=markup)


@contextmanager
def _unless_unchanged() -> Iterator[None]:
    """Telegram refuses an edit that changes nothing ("message is not modified"); the
    message already shows what the edit wanted, so that refusal is not a failure."""
    try:
        yield
    except BadRequest as error:
        if "not modified" not in error.message.lower():
            raise
        log.debug("edit skipped: the message shows that already")


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
