"""Start and stop the ops server from the application's lifecycle hooks.

Why a module of its own: `bot/app.py` needs one line in `post_init` and one in
`post_shutdown`; everything the server needs is read from the runtime there.
"""

from __future__ import annotations

import logging

from aiohttp import web

from bot.ops.health import (
    OpsState,
    bound_port,
    database_ping,
    job_alive,
    start_ops_server,
    stop_ops_server,
)
from bot.ops.metrics import metrics_of, refresh_queue_gauges
from bot.runtime import AnyApplication, get_runtime

log = logging.getLogger(__name__)


async def start_ops(
    app: AnyApplication, *, port: int | None = None, host: str | None = None
) -> web.AppRunner | None:
    """Serve /healthz, /readyz and /metrics when OPS_PORT is set (0, the default, is off).

    Call after the runtime and the scheduler job exist. `port`/`host` override the
    settings; an explicit port 0 picks a free port (tests).
    """
    runtime = get_runtime(app)
    if port is None:
        port = runtime.settings.ops_port
        if port == 0:
            return None
    if host is None:
        host = runtime.settings.ops_listen
    metrics = metrics_of(app)
    sessions, clock = runtime.sessions, runtime.clock

    async def refresh() -> None:
        await refresh_queue_gauges(metrics, sessions, clock.now())

    runner = await start_ops_server(
        OpsState(
            metrics=metrics,
            db_ping=database_ping(sessions),
            scheduler_alive=lambda: job_alive(app, "scheduler"),
            refresh=refresh,
            host=host,
            port=port,
            health=app.bot_data.database_health,
            now=clock.now,
        )
    )
    app.bot_data.ops_server = runner
    return runner


async def stop_ops(app: AnyApplication) -> None:
    """Close the ops server if it was started."""
    runner, app.bot_data.ops_server = app.bot_data.ops_server, None
    if runner is not None:
        await stop_ops_server(runner)


def ops_port(app: AnyApplication) -> int | None:
    """The port the ops server listens on, if it runs."""
    runner = app.bot_data.ops_server
    return bound_port(runner) if runner is not None else None
