"""Answering the safety net's messages so that no fault stands between a person and help.

Why this is its own path: the usual turn (one transaction, then the handler's work) can
fail in many ways, and a crisis reply must not. Here the database is asked for the
person's zone with a short timeout and any error is swallowed (the Telegram update's own
language_code is the fallback); the reply is retried on network faults and sent as plain
text if Telegram refuses its markup; nothing of the message is logged. Its database
questions use short sessions of their own, not the update's (bot/scope.py): each is cut
off by a timeout, and a query cancelled half-way must not leave the session that the
handlers after it share unusable.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable
from datetime import timedelta
from typing import Any, Final, TypeVar

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.runtime import Runtime
from bot.safety.detect import NOTHING, Assessment, assess
from bot.safety.helplines import CrisisResources, resources_for
from bot.scope import current_scope
from db.repositories.users import get_user
from db.session import transaction
from domain.dialogs import current_flow, end_flow
from domain.i18n import use_locale

log = logging.getLogger(__name__)
T = TypeVar("T")

#: How long a safety reply waits for the database before answering without it.
DB_TIMEOUT_SECONDS: Final = 1.5
SEND_ATTEMPTS: Final = 4
_TAG: Final = re.compile(r"<[^>]+>")


def message_text(update: Update) -> str | None:
    """The words of a message: its text, or the caption of a photo, video or document."""
    message = update.effective_message
    if message is None:
        return None
    return message.text or message.caption


def assess_update(update: Update) -> Assessment:
    """The safety level of the update's words, worked out once per update and kept in
    its scope, so the safety net's second look (heavy moments, after the flood guard)
    reuses the first. A detector fault is logged, never raised."""
    scope = current_scope()
    if scope is not None and scope.assessment is not None:
        return scope.assessment
    try:
        assessment = assess(message_text(update))
    except Exception as exc:  # noqa: BLE001 - never let the net itself break a turn
        log.error("safety check failed: %s", type(exc).__name__)
        assessment = NOTHING
    if scope is not None:
        scope.assessment = assessment
    return assessment


async def _within_timeout(work: Awaitable[T], fallback: T, failing: str) -> T:
    """``work`` if the database answers within DB_TIMEOUT_SECONDS, else ``fallback``;
    an error is logged by type only (``failing`` says what goes without it)."""
    try:
        return await asyncio.wait_for(work, DB_TIMEOUT_SECONDS)
    except Exception as exc:  # noqa: BLE001 - a safety reply goes on without the database
        log.warning("%s: %s", failing, type(exc).__name__)
        return fallback


async def _stored(runtime: Runtime, user_id: int) -> tuple[str | None, str | None]:
    """The person's stored zone and chosen language (None for what they never set)."""
    async with transaction(runtime.sessions) as session:
        user = await get_user(session, user_id=user_id)
        return (user.timezone, user.language) if user else (None, None)


async def resources_for_update(
    update: Update, runtime: Runtime, assessment: Assessment = NOTHING
) -> CrisisResources:
    """The person's resources: their stored zone if the database answers in time, then
    their Telegram language, the language they wrote in, the operator's default zone.
    The reply speaks the language they chose with /language when the database says which
    (else their Telegram language, set for the whole update)."""
    user = update.effective_user
    zone: str | None = None
    if user is not None:
        zone, language = await _within_timeout(
            _stored(runtime, user.id), (None, None), "safety reply without the stored zone"
        )
        if language is not None:
            use_locale(language)
    return resources_for(
        zone,
        user.language_code if user else None,
        message_language=assessment.language,
        default_zone=runtime.settings.default_timezone,
    )


async def leave_flow(update: Update, runtime: Runtime) -> None:
    """End any flow the person was in, so their next words are not taken as its answer.
    Best effort: the reply has already gone out."""
    user = update.effective_user
    if user is None:
        return

    async def end() -> None:
        async with transaction(runtime.sessions) as session:
            await end_flow(session, user_id=user.id)

    await _within_timeout(end(), None, "could not leave the flow after a safety reply")


async def in_flow(update: Update, runtime: Runtime) -> bool:
    """Whether the person is inside a guided flow; True when the database cannot say, so
    their words still reach whatever step may be waiting for them."""
    user = update.effective_user
    if user is None:
        return False

    async def ask() -> bool:
        async with transaction(runtime.sessions) as session:
            flow = await current_flow(session, user_id=user.id, now=runtime.clock.now())
            return flow is not None and not flow.expired

    return await _within_timeout(ask(), True, "flow unknown after a heavy message")


async def send_safely(update: Update, text: str, **kwargs: Any) -> Message | None:
    """Send ``text`` (HTML) to the update's chat, however hard that is: retries network
    faults and flood waits with a short backoff, and falls back to plain text if Telegram
    refuses the markup. Returns None only when every attempt failed (logged, no text)."""
    message = update.effective_message
    if message is None:
        return None
    plain = False
    for attempt in range(SEND_ATTEMPTS):
        try:
            if plain:
                return await message.reply_text(_TAG.sub("", text), do_quote=False, **kwargs)
            return await message.reply_text(
                text, do_quote=False, parse_mode=ParseMode.HTML, **kwargs
            )
        except RetryAfter as exc:
            wait = exc.retry_after
            delay = min(wait.total_seconds() if isinstance(wait, timedelta) else float(wait), 5.0)
        except BadRequest as exc:
            if plain:
                log.error("safety reply refused as plain text too (%s)", type(exc).__name__)
                return None
            log.error("safety reply refused (%s); sending it as plain text", type(exc).__name__)
            plain, delay = True, 0.0
            kwargs.pop("reply_markup", None)
        except Forbidden:
            log.warning("safety reply not delivered: the person blocked the bot")
            return None
        except TelegramError as exc:  # network faults, time-outs, Telegram's own errors
            log.warning("safety reply failed (%s), attempt %d", type(exc).__name__, attempt + 1)
            delay = 0.25 * 2**attempt
        await asyncio.sleep(delay)
    log.error("safety reply could not be sent after %d attempts", SEND_ATTEMPTS)
    return None
