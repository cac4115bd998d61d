"""Telegram tells us when a person blocks or unblocks the bot; schedules follow."""

from __future__ import annotations

from telegram import ChatMember, Update

from bot.handlers.common import Context
from bot.runtime import get_runtime
from bot.scope import current_scope
from db.repositories.users import get_user, set_active
from db.session import transaction
from domain.accounts import locale_of
from domain.i18n import use_locale


async def chat_member(update: Update, context: Context) -> None:
    """Blocked ("kicked") means inactive until they write again; unblocked means active."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    status = change.new_chat_member.status
    active = status not in (ChatMember.BANNED, ChatMember.LEFT)
    async with transaction(get_runtime(context).sessions) as session:
        await set_active(session, user_id=change.chat.id, active=active)


async def reactivate(update: Update, context: Context) -> None:
    """Anyone who writes or taps is reachable again, whatever the handler does next. Only
    people Steady already knows: a stranger's row is made by the handler they reach.
    From here on the update speaks the language the person chose (a reply that opens no
    turn of its own, like /help, included)."""
    user = update.effective_user
    if user is None or update.my_chat_member is not None:
        return
    scope = current_scope()
    if scope is None:
        return
    async with scope.transaction(context.runtime.sessions) as session:
        known = await get_user(session, user_id=user.id)
        scope.caller = known
        if known is not None:
            use_locale(locale_of(known))
        if known is not None and not known.is_active:
            known.is_active = True
