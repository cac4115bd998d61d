"""Prometheus metrics for one application, kept in a registry of their own.

Why a registry per `Metrics`: tests build many applications in one process, and an
operator's scrape must show this bot's numbers only, never a library's globals.
Labels come from small fixed vocabularies (delivery kinds, failure reasons), never
from anything a user typed, so the metrics can't leak content or grow without bound.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from prometheus_client import CollectorRegistry, Counter, Gauge
from prometheus_client.exposition import choose_encoder
from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.request import BaseRequest, RequestData

from db.repositories import deliveries
from db.session import SessionMaker
from jobs.reachability import unreachable_reason

if TYPE_CHECKING:
    from bot.runtime import AnyApplication, AnyContext

#: Why a send attempt failed; anything else is reported as "other".
FAILURE_REASONS = (
    "blocked",
    "chat_not_found",
    "bad_request",
    "rate_limited",
    "timeout",
    "network",
    "server_error",
    "gave_up",
    "other",
)
_LABEL_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


def _label(value: str) -> str:
    """Keep label values to short snake_case words; anything else becomes "other"."""
    value = value.strip().lower()
    return value if _LABEL_RE.match(value) else "other"


class Metrics:
    """The bot's counters and gauges; call the `observe_*` methods from where things happen."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "steady_updates",
            "Telegram updates received and handed to the handlers.",
            registry=self.registry,
        )
        self.updates_unparseable = Counter(
            "steady_updates_unparseable",
            "Telegram updates PTB could not read, skipped (by update type; never content).",
            ["type"],
            registry=self.registry,
        )
        self.messages_sent = Counter(
            "steady_messages_sent",
            "Messages Telegram accepted, by kind (a scheduled delivery kind, or reply).",
            ["kind"],
            registry=self.registry,
        )
        self.send_failures = Counter(
            "steady_send_failures",
            "Send attempts Telegram refused or that did not reach it, by reason.",
            ["reason"],
            registry=self.registry,
        )
        self.scheduler_lag = Gauge(
            "steady_scheduler_lag_seconds",
            "Age of the oldest due delivery still waiting to be sent (0 when none is waiting).",
            registry=self.registry,
        )
        self.queue_depth = Gauge(
            "steady_queue_depth",
            "Deliveries that are due and not yet sent.",
            registry=self.registry,
        )
        for reason in FAILURE_REASONS:  # every series exists from the first scrape
            self.send_failures.labels(reason=reason)

    def observe_update(self) -> None:
        """One incoming update (call once per update, before any handler can stop it)."""
        self.updates.inc()

    def observe_unparseable(self, update_type: str) -> None:
        """One update skipped because it could not be read (`poll`, `message`, ...)."""
        self.updates_unparseable.labels(type=_label(update_type)).inc()

    def observe_sent(self, kind: str) -> None:
        """Telegram accepted one message of this kind (`prompt`, `checkin`, `reply`, ...)."""
        self.messages_sent.labels(kind=_label(kind)).inc()

    def observe_failure(self, reason: str) -> None:
        """One send attempt failed; `reason` is one of FAILURE_REASONS (see `failure_reason`)."""
        reason = _label(reason)
        self.send_failures.labels(reason=reason if reason in FAILURE_REASONS else "other").inc()

    def observe_send_error(self, error: BaseException) -> None:
        """One send attempt raised; the reason comes from the exception's type."""
        self.observe_failure(failure_reason(error))

    def set_queue(self, *, depth: int, lag_seconds: float) -> None:
        """Publish the outbox state (see `refresh_queue_gauges`)."""
        self.queue_depth.set(depth)
        self.scheduler_lag.set(max(lag_seconds, 0.0))

    def render(self, accept: str | None = None) -> tuple[bytes, str]:
        """The exposition body and its content type, negotiated from an Accept header."""
        encoder, content_type = choose_encoder(accept or "")
        return encoder(self.registry), content_type

    def value(self, name: str, labels: dict[str, str] | None = None) -> float:
        """A sample's current value (0 when absent), for tests and the admin view."""
        return self.registry.get_sample_value(name, labels or {}) or 0.0


def failure_reason(error: BaseException) -> str:
    """Map a PTB exception from a send to one of FAILURE_REASONS."""
    if isinstance(error, RetryAfter):
        return "rate_limited"
    unreachable = unreachable_reason(error)  # "blocked" or "chat_not_found"
    if unreachable is not None:
        return unreachable
    if isinstance(error, BadRequest):
        return "bad_request"
    if isinstance(error, TimedOut):
        return "timeout"
    if isinstance(error, NetworkError):
        return "network"
    return "other"


def status_reason(status: int) -> str:
    """Map a Bot API HTTP status to one of FAILURE_REASONS."""
    if status == 403:
        return "blocked"
    if status == 400:
        return "bad_request"
    if status == 429:
        return "rate_limited"
    if status >= 500:
        return "server_error"
    return "other"


async def refresh_queue_gauges(metrics: Metrics, sessions: SessionMaker, now: datetime) -> None:
    """Set queue depth and lag from the outbox, using the (status, due_at) index only."""
    async with sessions() as session:
        depth, oldest = await deliveries.due_backlog(session, now=now)
    lag = (now - oldest).total_seconds() if oldest is not None else 0.0
    metrics.set_queue(depth=depth, lag_seconds=lag)


def metrics_of(source: AnyContext | AnyApplication) -> Metrics:
    """The application's Metrics (bot_data always holds one)."""
    return source.bot_data.metrics


async def count_update(update: Update, context: AnyContext) -> None:
    """TypeHandler callback (group -2): count every update, then let the real handlers run."""
    metrics_of(context).observe_update()


class CountingRequest(BaseRequest):
    """Wraps the app's own request object to count replies sent and refused.

    Only `send*` methods count as messages (not edits, not chat actions); the scheduler's
    sends are counted by the dispatcher with their delivery kind instead, so nothing is
    counted twice as long as the scheduler's Bot is not wrapped.
    """

    def __init__(self, inner: BaseRequest, metrics: Metrics, *, kind: str = "reply") -> None:
        self._inner = inner
        self._metrics = metrics
        self._kind = kind

    @property
    def read_timeout(self) -> float | None:
        """The wrapped request's default read timeout."""
        return self._inner.read_timeout

    async def initialize(self) -> None:
        """Open the wrapped request's connection pool."""
        await self._inner.initialize()

    async def shutdown(self) -> None:
        """Close the wrapped request's connection pool."""
        await self._inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Forward the call; count it when it is a message send."""
        endpoint = url.rsplit("/", 1)[-1].lower()
        counted = endpoint.startswith("send") and endpoint != "sendchataction"
        try:
            status, payload = await self._inner.do_request(
                url,
                method,
                request_data=request_data,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )
        except Exception as error:
            if counted:
                self._metrics.observe_failure(failure_reason(error))
            raise
        if counted:
            if 200 <= status < 300:
                self._metrics.observe_sent(self._kind)
            else:
                self._metrics.observe_failure(status_reason(status))
        return status, payload
