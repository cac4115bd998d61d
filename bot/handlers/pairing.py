"""/pair, /join CODE, /unpair and its confirmation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from telegram import Update

from bot import callbacks, keyboards, texts
from bot.handlers.common import Context, command_args, edit, expired, reply, turn
from domain.pairing import (
    JoinOutcome,
    JoinResult,
    create_invite,
    dissolve_pair,
    join_with_code,
    partner_of,
)


async def pair(update: Update, context: Context) -> None:
    """A fresh single-use invite code and deep link for the partner."""
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        if partner is not None:
            text = texts.already_paired(partner.first_name)
        else:
            ttl_hours = t.runtime.settings.invite_ttl_hours
            invite = await create_invite(
                t.session, user=t.user, now=t.now, ttl=timedelta(hours=ttl_hours)
            )
            link = f"https://t.me/{context.bot.username}?start={invite.code}"
            text = texts.invite(invite.code, link, ttl_hours)
    await reply(update, text)


async def join(update: Update, context: Context) -> None:
    """/join CODE."""
    args = command_args(context)
    if not args:
        await reply(update, texts.join_usage())
        return
    redeemed = await redeem(update, context, " ".join(args))
    await reply(update, join_reply(redeemed.result))


# Functions, not texts: each answer is rendered when it is given, in the joiner's language.
_JOIN_REPLIES = {
    JoinOutcome.BAD_CODE: texts.join_bad_code,
    JoinOutcome.OWN_CODE: texts.join_own_code,
    JoinOutcome.INVITER_TAKEN: texts.join_inviter_taken,
    JoinOutcome.TOO_MANY_TRIES: texts.join_too_many,
}


@dataclass(frozen=True)
class Redeemed:
    """A code redeemed, with what the answer depends on: the outcome and the caller as
    they were in that turn (no role yet: they still need the welcome)."""

    result: JoinResult
    first_name: str
    role: str | None


async def redeem(update: Update, context: Context, code_text: str) -> Redeemed:
    """Redeem a code in one turn; on success the inviter is told, by first name, in the
    same transaction. The caller's own answer is left to the handler (`join_reply`)."""
    async with turn(update, context) as t:
        result = await join_with_code(t.session, user=t.user, code_text=code_text, now=t.now)
        if result.outcome is JoinOutcome.PAIRED and result.partner is not None:
            name = t.user.first_name
            await t.tell(result.partner, lambda: texts.paired(name))
        redeemed = Redeemed(result, t.user.first_name, t.user.role)
    return redeemed


def join_reply(result: JoinResult, *, newcomer: bool = False) -> str:
    """What the joiner hears; a newcomer's "paired" leaves the next step to the role
    question that follows it."""
    partner = result.partner
    if result.outcome is JoinOutcome.PAIRED and partner is not None:
        if newcomer:
            return texts.paired_newcomer(partner.first_name)
        return texts.paired(partner.first_name)
    if result.outcome is JoinOutcome.ALREADY_PAIRED and partner is not None:
        return texts.already_paired(partner.first_name)
    return _JOIN_REPLIES.get(result.outcome, texts.join_bad_code)()


async def unpair(update: Update, context: Context) -> None:
    """Ask before ending the pair; the yes button is bound to this pair's id."""
    async with turn(update, context) as t:
        partner = await partner_of(t.session, t.user)
        pair_id = t.user.pair_id
    if partner is None or pair_id is None:
        await reply(update, texts.not_paired())
        return
    markup = keyboards.confirm(callbacks.UNPAIR, texts.unpair_yes(), texts.unpair_no(), pair_id)
    await reply(update, texts.unpair_confirm(partner.first_name), reply_markup=markup)


async def unpair_answer(update: Update, context: Context) -> None:
    """The confirmation buttons; a button for a pair the presser is no longer in has expired."""
    query = update.callback_query
    assert query is not None
    if callbacks.parse(query.data, callbacks.word(callbacks.NO)) is not None:
        await query.answer()
        await edit(query, texts.unpair_kept())
        return
    confirmed = callbacks.parse(query.data, callbacks.word(callbacks.YES), callbacks.ID)
    if confirmed is None:
        await expired(query)
        return
    _, pair_id = confirmed
    async with turn(update, context) as t:
        if t.user.pair_id != pair_id:
            partner = None
        else:
            partner = await partner_of(t.session, t.user)
            await dissolve_pair(t.session, pair_id=pair_id, now=t.now)
            if partner is not None:
                await t.tell(partner, lambda: texts.unpaired_partner(t.user.first_name))
    if partner is None:
        await expired(query)
        return
    await query.answer()
    await edit(query, texts.unpaired_you(partner.first_name))
