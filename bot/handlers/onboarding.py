"""/start (with or without an invite code), role choice, and /help."""

from __future__ import annotations

from telegram import Update

from bot import callbacks, keyboards, texts
from bot.handlers.common import Context, command_args, edit, expired, reply, turn
from bot.handlers.pairing import join_reply, redeem
from db.models import ROLES
from domain.accounts import set_role
from domain.pairing import looks_like_code, partner_of
from domain.zones import zone_label


async def start(update: Update, context: Context) -> None:
    """Welcome and role choice; `/start CODE` from an invite link joins the pair too.

    A payload that is not shaped like an invite code (a t.me link carrying some other
    parameter, a stray word) is no join attempt: it gets the plain welcome and is never
    counted as a guess."""
    payload = " ".join(command_args(context))
    if looks_like_code(payload):
        await start_with_code(update, context, payload)
        return
    async with turn(update, context) as t:
        text = texts.welcome(t.user.first_name, t.user.role)
    await reply(update, text, reply_markup=keyboards.roles())


async def start_with_code(update: Update, context: Context, code_text: str) -> None:
    """The invite link. Someone who has chosen a role just joins, as with /join.

    A newcomer is welcomed too, in three messages with one job each: who Steady is and
    is not, then whether the pairing worked, then the role question with its buttons.
    The welcome comes first because "paired" means little before they know what Steady
    is; the question comes last so that the one thing left to do sits at the bottom of
    the chat, where the eye lands, and so that choosing a role (which edits the question
    into "Got it: ...") leaves the welcome and the pairing news in place. If the code did
    not work, its line takes the middle place and the welcome is the same.
    """
    redeemed = await redeem(update, context, code_text)
    if redeemed.role is not None:
        await reply(update, join_reply(redeemed.result))
        return
    await reply(update, texts.welcome_intro(redeemed.first_name))
    await reply(update, join_reply(redeemed.result, newcomer=True))
    await reply(update, texts.role_question(None), reply_markup=keyboards.roles())


async def choose_role(update: Update, context: Context) -> None:
    """A role button: store the role, settle the question, point to the next steps."""
    query = update.callback_query
    assert query is not None
    chosen = callbacks.parse(query.data, callbacks.one_of(ROLES))
    if chosen is None:
        await expired(query)
        return
    (role,) = chosen
    async with turn(update, context) as t:
        await set_role(t.session, user=t.user, role=role, now=t.now)
        partner = await partner_of(t.session, t.user)
        steps = texts.next_steps(zone_label(t.zone), partner.first_name if partner else None)
    await query.answer()
    await edit(query, texts.role_saved(role))
    await reply(update, steps)


async def help_command(update: Update, context: Context) -> None:
    """Every command, one line each."""
    await reply(update, texts.help_text())
