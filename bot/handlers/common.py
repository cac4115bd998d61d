"""The shared shape of a handler turn: the update's session, the caller's row, one `now`."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram import User as TelegramUser
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot import texts
from bot.context import SteadyContext
from bot.keyboards import Layout
from bot.runtime import Runtime
from bot.scope import current_scope
from db.models import User
from db.repositories.users import get_user, reload_user, upsert_user
from db.session import transaction
from domain.accounts import locale_of
from domain.i18n import negotiate, speaking, use_locale
from domain.relays import queue_relay
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
    #: Relays queued in this turn (`tell`): sent the moment its transaction commits.
    relays: list[int] = field(default_factory=list)

    async def tell(
        self,
        person: User,
        words: Callable[[], str],
        buttons: Callable[[], Layout] | None = None,
        *,
        until: datetime | None = None,
        from_caller: bool = True,
    ) -> None:
        """Queue a message (and buttons) for `person`, the partner, in this turn's
        transaction: it is sent the moment the turn commits, never if it rolls back, and if
        it cannot be delivered the caller hears so, in a message of its own
        (`from_caller=False`: nobody to tell, as when the caller is deleting their account).
        `until`: when it stops meaning anything (default: `domain.relays.RELAY_LIFETIME`).

        `words` and `buttons` are called here, speaking `person`'s language (and times in
        them should be formatted inside, for the same reason): a relay is in the language
        of whoever reads it, with the sender's own words quoted as they wrote them."""
        with speaking(locale_of(person)):
            text = words()
            layout = buttons() if buttons is not None else ()
        self.relays.append(
            await queue_relay(
                self.session,
                recipient_id=person.id,
                sender_id=self.user.id if from_caller else None,
                text=text,
                now=self.now,
                buttons=layout,
                until=until,
            )
        )

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
    """The caller's row, created on first contact, with Telegram's name and language;
    from here on the update speaks the language stored for them."""
    user = await upsert_user(
        session,
        user_id=tg_user.id,
        first_name=tg_user.first_name,
        language_code=tg_user.language_code,
        language=negotiate(tg_user.language_code),
        now=now,
    )
    use_locale(locale_of(user))
    return user


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
            this = Turn(session=session, user=user, now=now, runtime=runtime)
            yield this
        _send_relays(context, this)
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
                use_locale(locale_of(user))
            scope.caller = user
            this = Turn(session=session, user=user, now=now, runtime=runtime)
            yield this
        except BaseException:
            scope.caller, scope.caller_touched = None, False  # rolled back: load afresh
            raise
    _send_relays(context, this)


def _send_relays(context: Context, done: Turn) -> None:
    """The turn committed: its relays go out now, beside the handler's own reply (the
    dispatcher sends them; if it is not running yet, its first run will)."""
    dispatcher = context.bot_data.dispatcher
    if done.relays and dispatcher is not None:
        dispatcher.send_now(done.relays)


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
    await query.answer(texts.button_expired())


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


async def text_within(update: Update, limit: int, example: str) -> str | None:
    """The free text a flow step is waiting for, or None after a kind "too long" reply."""
    message = update.effective_message
    assert message is not None and message.text is not None
    text = message.text.strip()
    if len(text) > limit:
        await reply(update, texts.too_long(limit, example))
        return None
    return text
