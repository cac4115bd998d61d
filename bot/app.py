"""The application factory: settings in, a fully wired PTB Application out.

Nothing here runs at import time; `python -m bot` and the tests build the same app.
"""

from __future__ import annotations

import asyncio
import logging
import os
from datetime import timedelta
from functools import partial
from typing import Any

from apscheduler.events import (  # type: ignore[import-untyped]  # APScheduler 3 ships no types
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_SUBMITTED,
)
from telegram import Bot, BotCommand, Update
from telegram.ext import Application, ApplicationBuilder
from telegram.request import BaseRequest

from bot import safety, texts
from bot.botapi import SteadyBot
from bot.config import Settings
from bot.context import CONTEXT_TYPES, SteadyContext
from bot.flood import FloodGuard
from bot.handlers import register_handlers
from bot.http import make_request
from bot.ops.metrics import CountingRequest, Metrics
from bot.ops.webhook import SteadyUpdater
from bot.ops.wiring import start_ops, stop_ops
from bot.ratelimit import SharedRateLimiter
from bot.runtime import AnyApplication, BotData, Runtime, get_runtime
from bot.scheduled import render, render_many
from bot.scope import update_scope
from bot.updates import PerPersonUpdates
from db.health import database_unavailable
from db.session import SessionMaker, make_engine, make_sessionmaker
from domain.i18n import _, negotiate, speaking
from jobs.clock import Clock, SystemClock
from jobs.dispatch import Dispatcher, Limits
from jobs.prune import prune_deliveries
from jobs.ratelimit import SendLimiter

log = logging.getLogger(__name__)

REPLY_RETRIES = 3
REPLY_POOL_SIZE = 64
#: How long a shutdown waits for job runs already started (each takes milliseconds).
JOB_SETTLE_SECONDS = 5.0
PRUNE_EVERY = timedelta(hours=6)


def _language_code(update: object) -> str | None:
    """The Telegram language of whoever sent the update, when it has a sender."""
    user = update.effective_user if isinstance(update, Update) else None
    return user.language_code if user is not None else None


class SteadyApplication(Application[Any, SteadyContext, Any, Any, BotData, Any]):
    """PTB's Application, with each update handled inside its own `UpdateScope` (one
    database session and one look at the caller's row, closed when the update is done)."""

    async def process_update(self, update: object) -> None:
        """Handle one update (all handler groups) inside a fresh scope, speaking the
        caller's Telegram language until their stored choice is read (`turn`): even a
        reply that never reaches the database, the safety net's, is in their language."""
        with speaking(negotiate(_language_code(update))):
            async with update_scope():
                await super().process_update(update)

    async def stop(self) -> None:
        """Stop as PTB does, but first let the job runs already started finish (a
        scheduler tick, a breathing step): APScheduler's asyncio executor cancels whatever
        is still running when the job queue stops and logs each as an ERROR with a
        traceback, which a clean shutdown must not write."""
        if self.job_queue is not None and self.job_queue.scheduler.running:
            self.job_queue.scheduler.pause()  # no new runs from here on
            await self._runs.settled(timeout=JOB_SETTLE_SECONDS)
        await super().stop()

    async def start(self) -> None:
        """Start as PTB does, counting job runs in flight (see `stop`)."""
        if self.job_queue is not None:
            self._runs.watch(self.job_queue.scheduler)
        await super().start()

    @property
    def _runs(self) -> JobRuns:
        runs = getattr(self, "_steady_job_runs", None)
        if runs is None:
            runs = JobRuns()
            self._steady_job_runs = runs
        return runs


class JobRuns:
    """How many job runs APScheduler has handed to its executor and not yet finished,
    from its public events, so a shutdown can wait for them."""

    def __init__(self) -> None:
        self.in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._watching = False

    def watch(self, scheduler: Any) -> None:
        """Count runs on this scheduler from now on (once)."""
        if self._watching:
            return
        self._watching = True
        scheduler.add_listener(self._submitted, EVENT_JOB_SUBMITTED)
        scheduler.add_listener(self._finished, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)

    def _submitted(self, _event: object) -> None:
        self.in_flight += 1
        self._idle.clear()

    def _finished(self, _event: object) -> None:
        self.in_flight = max(0, self.in_flight - 1)
        if self.in_flight == 0:
            self._idle.set()

    async def settled(self, *, timeout: float) -> bool:  # noqa: ASYNC109
        """Wait until no run is in flight (at most `timeout` seconds); whether it settled."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            log.warning("%d scheduled job run(s) still going at shutdown", self.in_flight)
            return False
        return True


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    request: BaseRequest | None = None,
) -> AnyApplication:
    """Wire settings, database, handlers and job queue; the engine opens in `post_init`."""
    # PTB 22 reports retry_after as seconds unless told to use timedelta (its future
    # default); opting in avoids a deprecation path. Our code reads both forms.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    the_clock = clock or SystemClock()
    metrics = Metrics()
    # One budget for everything sent to a chat: replies first, scheduled messages after.
    limiter = SendLimiter(settings.send_rate_per_second) if settings.send_rate_per_second else None

    async def post_init(app: AnyApplication) -> None:
        safety.warm_up()
        engine = make_engine(settings.async_database_url)
        sessions = make_sessionmaker(engine)
        app.bot_data.engine = engine
        app.bot_data.runtime = Runtime(settings=settings, sessions=sessions, clock=the_clock)
        await app.bot.set_my_commands(
            [BotCommand(name, _(description)) for name, description in texts.COMMANDS]
        )
        app.bot_data.dispatcher = await start_dispatcher(
            app, settings, sessions, the_clock, limiter
        )
        await start_ops(app)  # OPS_PORT=0: off
        log.info("bot ready as @%s", app.bot.username)

    async def post_stop(app: AnyApplication) -> None:
        if app.bot_data.dispatcher is not None:
            await app.bot_data.dispatcher.stop()

    async def post_shutdown(app: AnyApplication) -> None:
        await stop_ops(app)
        dispatcher, app.bot_data.dispatcher = app.bot_data.dispatcher, None
        if dispatcher is not None:
            await dispatcher.close()
        engine, app.bot_data.engine = app.bot_data.engine, None
        if engine is not None:
            await engine.dispose()

    builder: ApplicationBuilder[Any, Any, Any, Any, Any, Any] = (
        ApplicationBuilder()
        .application_class(SteadyApplication)
        .context_types(CONTEXT_TYPES)
        .concurrent_updates(PerPersonUpdates(settings.update_concurrency))
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
    )
    client = settings.telegram_http_client
    # Our ExtBot (bot/botapi.py): skips an update it cannot read, answers a button once.
    the_bot = SteadyBot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=settings.telegram_api_base_url,
        # Replies to people are counted in steady_messages_sent_total{kind="reply"}.
        request=CountingRequest(
            request or make_request(client, pool_size=REPLY_POOL_SIZE), metrics
        ),
        get_updates_request=make_request(client, pool_size=1),
        # Replies to people: a 429 is waited out and retried instead of failing the reply.
        rate_limiter=SharedRateLimiter(limiter, max_retries=REPLY_RETRIES),
        metrics=metrics,
    )
    # Its webhook skips an update it cannot read, as the_bot's getUpdates does.
    app = builder.updater(SteadyUpdater(the_bot, asyncio.Queue())).build()
    app.bot_data.metrics = metrics
    app.bot_data.flood_guard = FloodGuard(
        settings.flood_max_updates,
        timedelta(seconds=settings.flood_window_seconds),
        quiet=timedelta(seconds=settings.burst_quiet_seconds),
    )
    register_handlers(app)
    return app


async def start_dispatcher(
    app: AnyApplication,
    settings: Settings,
    sessions: SessionMaker,
    clock: Clock,
    limiter: SendLimiter | None,
) -> Dispatcher:
    """The scheduler sends through its own Bot and connection pool, so a burst of scheduled
    messages never queues in front of replies to people's own commands; the limiter is
    shared with those replies, which take their slots first."""
    request = make_request(settings.telegram_http_client, pool_size=settings.send_concurrency + 2)
    bot = Bot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=settings.telegram_api_base_url,
        request=request,
    )
    await bot.initialize()
    dispatcher = Dispatcher(
        sessions=sessions,
        bot=bot,
        clock=clock,
        render=partial(render, default_zone=settings.default_timezone),
        render_many=partial(render_many, default_zone=settings.default_timezone),
        limits=Limits(
            grace=timedelta(minutes=settings.delivery_grace_minutes),
            concurrency=settings.send_concurrency,
            lease=timedelta(seconds=settings.send_lease_seconds),
            default_zone=settings.default_timezone,
        ),
        limiter=limiter,
        observer=app.bot_data.metrics,
        health=app.bot_data.database_health,
    )
    assert app.job_queue is not None
    app.job_queue.run_repeating(
        scheduler_tick, interval=settings.scheduler_tick_seconds, first=0.0, name="scheduler"
    )
    app.job_queue.run_repeating(prune_tick, interval=PRUNE_EVERY, first=60.0, name="prune")
    return dispatcher


async def scheduler_tick(context: SteadyContext) -> None:
    """Kick the dispatcher; it runs in the background so ticks never overlap."""
    if context.bot_data.dispatcher is not None:
        context.bot_data.dispatcher.kick()


async def prune_tick(context: SteadyContext) -> None:
    """Forget closed deliveries past the retention; a failure waits for the next run."""
    runtime = get_runtime(context)
    keep = timedelta(days=runtime.settings.delivery_retention_days)
    try:
        await prune_deliveries(runtime.sessions, runtime.clock, keep=keep)
    except Exception as error:
        if database_unavailable(error):  # logged once per outage, with no traceback
            context.bot_data.database_health.unavailable(error, runtime.clock.now())
        else:
            log.exception("pruning old deliveries failed; the next run retries")


__all__ = ["AnyApplication", "build_application", "get_runtime"]
