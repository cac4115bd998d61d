"""/deletedata: asks first, then removes every row about the user."""

from __future__ import annotations

from telegram import Update

from bot import callbacks, keyboards, texts
from bot.handlers.common import Context, edit, expired, known, reply, turn
from domain.accounts import delete_everything


async def deletedata(update: Update, context: Context) -> None:
    """Ask for confirmation; nothing is deleted yet."""
    markup = keyboards.confirm(callbacks.DELETE, texts.delete_yes(), texts.delete_no())
    await reply(update, texts.delete_confirm(), reply_markup=markup)


async def deletedata_answer(update: Update, context: Context) -> None:
    """Delete on yes; the former partner only hears that the pairing ended."""
    query = update.callback_query
    assert query is not None
    answer = callbacks.parse(query.data, callbacks.YES_OR_NO)
    if answer is None:
        await expired(query)
        return
    if answer == (callbacks.NO,):
        await query.answer()
        await edit(query, texts.delete_kept())
        return
    if not await known(update, context):  # deleted already: a second tap of "yes"
        await expired(query)
        return
    async with turn(update, context) as t:
        partner = await delete_everything(t.session, user=t.user, now=t.now)
        if partner is not None:  # nobody is left to hear whether it arrived
            await t.tell(partner, texts.pair_ended, from_caller=False)
    await query.answer()
    await edit(query, texts.delete_done())
