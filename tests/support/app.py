"""Run the real application the way `run_polling` does, inside a test's event loop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import Update

from bot.app import AnyApplication, build_application
from bot.config import Settings
from bot.ops.wiring import start_ops
from jobs.clock import Clock


@asynccontextmanager
async def running_bot(
    settings: Settings, clock: Clock, *, ops_server: bool = False
) -> AsyncIterator[AnyApplication]:
    """initialize, post_init, start, poll ... then stop, shutdown, post_shutdown.

    With `ops_server`, /healthz, /readyz and /metrics are served on a free port (as
    post_init does when OPS_PORT is set); post_shutdown stops it.
    """
    app = build_application(settings, clock=clock)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    if ops_server:
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
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
