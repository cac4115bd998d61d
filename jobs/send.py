"""Sending one claimed delivery to Telegram, outside any transaction, and what came of it.

Here because sending is the one step that talks to Telegram: its retries (429s, time-outs,
5xx), its reading of refusals (`jobs.reachability`) and its wire format (`Outgoing`) are
separate from the database work before and after it. Nothing here touches the database;
the outcome is a `Result` for `jobs.record` to store.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Any, Protocol

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from db.models import DeliveryStatus
from jobs.ratelimit import SendLimiter, retry_seconds
from jobs.reachability import is_unreachable

# The scheduler logs under one name, as it did before it was split into modules.
log = logging.getLogger("jobs.dispatch")


@dataclass(frozen=True)
class Outgoing:
    """What a delivery turns into on the wire: HTML text and inline buttons as plain rows
    of (label, callback data), serialised straight to JSON (PTB keyboard objects and their
    to_dict cost more per message than the HTTP round trip; docs/benchmarks.md)."""

    text: str
    buttons: tuple[tuple[tuple[str, str], ...], ...] = ()

    def wire(self, chat_id: int) -> dict[str, Any]:
        """The sendMessage parameters."""
        params: dict[str, Any] = {"chat_id": chat_id, "text": self.text, "parse_mode": "HTML"}
        if self.buttons:
            keyboard = [[{"text": t, "callback_data": d} for t, d in row] for row in self.buttons]
            params["reply_markup"] = json.dumps({"inline_keyboard": keyboard})
        return params


class SendObserver(Protocol):
    """Told about every send (bot.ops.metrics.Metrics implements it)."""

    def observe_sent(self, kind: str) -> None:
        """Telegram accepted one message of this delivery kind."""

    def observe_send_error(self, error: BaseException) -> None:
        """One send attempt raised."""

    def observe_failure(self, reason: str) -> None:
        """A failure with a fixed reason (\"gave_up\" after the last attempt)."""


@dataclass(slots=True)
class Job:
    """A claimed, rendered delivery waiting for a connection."""

    delivery_id: int
    chat_id: int
    outgoing: Outgoing
    kind: str = ""
    #: Someone's action caused it (a relay): it takes its slot with the replies.
    urgent: bool = False


@dataclass(slots=True)
class Result:
    """How one delivery ended; `deactivate` names a recipient found unreachable."""

    delivery_id: int
    status: DeliveryStatus
    message_id: int | None = None
    deactivate: int | None = None
    #: With status PENDING: Telegram asked this chat to wait; try again in this many
    #: seconds (the row goes back to the outbox instead of holding a worker).
    retry_in: float | None = None


async def post_message(bot: Bot, params: dict[str, Any]) -> Any:
    """sendMessage through `Bot._post`, PTB's own path under every send_* method, minus
    building a Message from the answer: that is the largest CPU cost per message, and only
    the message id is kept (3.01x -> 3.89x the bare PTB default, docs/benchmarks.md,
    session 2). Private PTB API, so reached only here; returns the answer's JSON."""
    return await bot._post("sendMessage", params)


@dataclass(frozen=True)
class Sender:
    """Sends jobs through one Bot, retrying 429s, time-outs and 5xx a bounded number of
    times (backoff from `retry_base` seconds, doubling per attempt, capped at 5 s)."""

    bot: Bot
    max_attempts: int
    retry_base: float
    limiter: SendLimiter | None = None
    observer: SendObserver | None = None

    async def send(self, job: Job, *, wait_out_429: bool = True) -> Result:
        """Send one message; its outcome, never an exception for a Telegram error.

        A 429 is waited out here when `wait_out_429`; otherwise the job comes back at
        once as PENDING with `retry_in`, so one chat's wait never holds a worker that
        others' messages need (the dispatcher's workers; a relay sent on its own waits)."""
        delivery_id, chat_id = job.delivery_id, job.chat_id
        for attempt in range(1, self.max_attempts + 1):
            if self.limiter is not None:
                await self.limiter.acquire(chat_id, reply=job.urgent)
            try:
                message = await post_message(self.bot, job.outgoing.wire(chat_id))
            except RetryAfter as error:
                self._observe_error(error)
                wait = retry_seconds(error.retry_after)
                if self.limiter is not None:
                    # This chat waits (everyone, on evidence the limit is global); the
                    # next acquire waits it out.
                    self.limiter.too_many_requests(chat_id, wait)
                if not wait_out_429:
                    return Result(delivery_id, DeliveryStatus.PENDING, retry_in=wait)
                if self.limiter is None:
                    await asyncio.sleep(wait)
                continue
            except (Forbidden, BadRequest) as error:
                self._observe_error(error)
                if is_unreachable(error):
                    return Result(delivery_id, DeliveryStatus.INACTIVE, deactivate=chat_id)
                log.error("delivery %s refused by Telegram: %s", delivery_id, type(error).__name__)
                return Result(delivery_id, DeliveryStatus.FAILED)
            except (NetworkError, TelegramError) as error:
                self._observe_error(error)
                log.warning(
                    "delivery %s attempt %s failed: %s", delivery_id, attempt, type(error).__name__
                )
                await asyncio.sleep(min(self.retry_base * 2 ** (attempt - 1), 5.0))
                continue
            if self.observer is not None:
                self.observer.observe_sent(job.kind)
            return Result(delivery_id, DeliveryStatus.SENT, message_id=int(message["message_id"]))
        log.error("delivery %s failed after %s attempts", delivery_id, self.max_attempts)
        if self.observer is not None:
            self.observer.observe_failure("gave_up")
        return Result(delivery_id, DeliveryStatus.FAILED)

    def _observe_error(self, error: BaseException) -> None:
        if self.observer is not None:
            self.observer.observe_send_error(error)
