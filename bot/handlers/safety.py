"""The safety net's handlers: crisis text and reports of someone in danger first of all,
heavy moments after the flood guard, voice notes where they would otherwise be missed.

They never contact the partner or anyone else, and nothing of the message is stored or
logged. The work lives in `bot.safety`; these only decide what goes on afterwards.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot import callbacks, keyboards, texts
from bot.handlers.common import Context
from bot.runtime import get_runtime
from bot.safety.detect import Level
from bot.safety.respond import (
    assess_update,
    in_flow,
    leave_flow,
    resources_for_update,
    send_safely,
)

log = logging.getLogger(__name__)


async def safety_first(update: Update, context: Context) -> None:
    """Group -4, ahead of everything: crisis text gets the crisis reply, a report of
    someone else in danger gets how to help; either way the message goes no further (not
    into a flow, not to the partner), whatever fails on the way."""
    assessment = assess_update(update)
    if assessment.level < Level.OTHER:
        return
    try:
        runtime = get_runtime(context)
        resources = await resources_for_update(update, runtime, assessment)
        if assessment.level is Level.CRISIS:
            text = texts.crisis_reply(resources)
        else:
            text = texts.someone_in_danger_reply(resources)
        await send_safely(update, text, disable_web_page_preview=True)
        await leave_flow(update, runtime)
    except Exception as exc:  # noqa: BLE001 - the message must stop here whatever happened
        log.error("safety reply path failed: %s", type(exc).__name__)
    raise ApplicationHandlerStop


async def heavy_moment(update: Update, context: Context) -> None:
    """Group -1, after the flood guard: ambiguous despair gets a gentle check with the
    resources. Inside a flow, or with a command, the words then go on as usual; on their
    own, the check is the answer."""
    if assess_update(update).level is not Level.DESPAIR:
        return
    runtime = get_runtime(context)
    resources = await resources_for_update(update, runtime)
    steadying = keyboards.single(
        texts.safety_steadying_button(), callbacks.make(callbacks.CALM, "go", "menu")
    )
    await send_safely(
        update,
        texts.despair_check(resources),
        reply_markup=steadying,
        disable_web_page_preview=True,
    )
    message = update.effective_message
    is_command = bool(message and message.text and message.text.startswith("/"))
    if not is_command and not await in_flow(update, runtime):
        raise ApplicationHandlerStop


async def voice_note(update: Update, context: Context) -> None:
    """Voice, video notes and audio: the bot cannot listen, and says where help is."""
    resources = await resources_for_update(update, get_runtime(context))
    await send_safely(update, texts.voice_note_reply(resources), disable_web_page_preview=True)
