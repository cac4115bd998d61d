"""Run the real application with the operations wiring the core files will carry.

Why: until `bot/app.py` and `bot/handlers/__init__.py` register /export, /stats, the
update counter and the ops server, tests add exactly those pieces here (skipping any
that the core wiring already provides), so the end-to-end tests exercise them as
they will run in production.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import Update
from telegram.ext import CommandHandler, TypeHandler, filters
from telegram.request import HTTPXRequest

from bot.app import AnyApplication, build_application
from bot.config import Settings
from bot.handlers import operations
from bot.ops.metrics import METRICS_KEY, CountingRequest, Metrics, count_update
from bot.ops.wiring import start_ops, stop_ops
from jobs.clock import Clock


def registered_commands(app: AnyApplication) -> set[str]:
    """Every command name a CommandHandler of the app answers."""
    return {
        name
        for handlers in app.handlers.values()
        for handler in handlers
        if isinstance(handler, CommandHandler)
        for name in handler.commands
    }


#: The update counter's own group: before the flood guard (-3), so every update counts, and
#: alone in it, because only the first matching handler of a group runs.
COUNT_GROUP = -4


def wire_operations(app: AnyApplication) -> None:
    """The update counter and /export, /stats ahead of the unknown-command catch-all."""
    counting = any(
        isinstance(h, TypeHandler) and h.callback is count_update
        for handlers in app.handlers.values()
        for h in handlers
    )
    if not counting:
        app.add_handler(TypeHandler(Update, count_update), group=COUNT_GROUP)
    known = registered_commands(app)
    private = filters.ChatType.PRIVATE
    for name, callback in (("export", operations.export), ("stats", operations.stats_command)):
        if name not in known:
            app.handlers.setdefault(0, []).insert(
                0, CommandHandler(name, callback, filters=private)
            )


def build_ops_application(settings: Settings, clock: Clock) -> tuple[AnyApplication, Metrics]:
    """The app with its replies counted and the operations handlers in place."""
    app = build_application(settings, clock=clock)
    wired = app.bot_data.get(METRICS_KEY)
    if isinstance(wired, Metrics):  # bot/app.py counts replies itself
        wire_operations(app)
        return app, wired
    metrics = Metrics()
    app = build_application(settings, clock=clock, request=CountingRequest(HTTPXRequest(), metrics))
    app.bot_data[METRICS_KEY] = metrics
    wire_operations(app)
    return app, metrics


@asynccontextmanager
async def running_ops_bot(settings: Settings, clock: Clock) -> AsyncIterator[AnyApplication]:
    """Like `running_bot`, with the ops server on a free port started from post_init's place."""
    app, _ = build_ops_application(settings, clock)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await start_ops(app, port=0)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(
        poll_interval=0.0, timeout=1, allowed_updates=Update.ALL_TYPES, drop_pending_updates=False
    )
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
        await app.shutdown()
        await stop_ops(app)
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
