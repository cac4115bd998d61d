"""A small HTTP server for operators: liveness, readiness and Prometheus metrics.

Why a separate server from the webhook: it runs in polling mode too, it can listen on
an address Telegram never reaches, and orchestrators probe it without a secret.
Nothing it answers contains user data: counts, states and exception class names only.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiohttp import web
from telegram.ext import Application

from bot.ops.metrics import Metrics
from db.health import DatabaseHealth, database_unavailable
from db.session import SessionMaker, ping
from jobs.clock import utcnow

log = logging.getLogger(__name__)

DbPing = Callable[[], Awaitable[None]]
SchedulerAlive = Callable[[], bool]
Refresh = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class OpsState:
    """What the ops server needs to answer: two probes, the metrics, where to listen."""

    metrics: Metrics
    db_ping: DbPing
    scheduler_alive: SchedulerAlive
    refresh: Refresh | None = None  # run before each /metrics scrape (queue gauges)
    host: str = "127.0.0.1"
    port: int = 0  # 0 picks a free port (tests); see `bound_port`
    timeout: float = 2.0
    #: The shared database health: the ping reports into it (an outage that ends is
    #: noticed here too, so the scheduler stops backing off), with `now`'s times.
    health: DatabaseHealth | None = None
    now: Callable[[], datetime] = utcnow


@dataclass
class _LastAnswer:
    """The reasons /readyz gave last time: a probe every few seconds through an outage
    logs one line when the answer changes, not one per probe."""

    reasons: tuple[str, ...] = ()


_STATE_KEY = web.AppKey("steady_ops_state", OpsState)
_LAST_KEY = web.AppKey("steady_ops_last_answer", _LastAnswer)


def database_ping(sessions: SessionMaker) -> DbPing:
    """A probe that runs `SELECT 1` on a fresh pooled connection."""

    async def probe() -> None:
        await ping(sessions)

    return probe


def job_alive(app: Application[Any, Any, Any, Any, Any, Any], name: str = "scheduler") -> bool:
    """True while the job queue runs and the named repeating job has a next run.

    (PTB's `Job.enabled` is not used: it stays False unless someone set it by hand.)
    """
    queue = app.job_queue
    if queue is None or not queue.scheduler.running:
        return False
    return any(not job.removed and job.next_t is not None for job in queue.get_jobs_by_name(name))


async def _healthz(request: web.Request) -> web.Response:
    """Liveness: the process and its event loop answer."""
    return web.Response(text="ok")


async def _readyz(request: web.Request) -> web.Response:
    """Readiness: the database answers within the timeout and the scheduler is running."""
    state = request.app[_STATE_KEY]
    reasons: list[str] = []
    try:
        await asyncio.wait_for(state.db_ping(), timeout=state.timeout)
    except TimeoutError as error:
        reasons.append(f"database did not answer within {state.timeout:g} s")
        _database_down(state, error)
    except Exception as error:  # any failure means "not ready"; only the class name is shown
        reasons.append(f"database unreachable ({type(error).__name__})")
        _database_down(state, error)
    else:
        if state.health is not None:
            state.health.available(state.now())
    try:
        alive = state.scheduler_alive()
    except Exception:  # a broken probe is a broken scheduler as far as traffic goes
        alive = False
    if not alive:
        reasons.append("scheduler not running")
    last = request.app[_LAST_KEY]
    if tuple(reasons) != last.reasons:
        if reasons:
            log.warning("not ready: %s", "; ".join(reasons))
        else:
            log.info("ready again")
        last.reasons = tuple(reasons)
    if reasons:
        return web.json_response({"status": "unavailable", "reasons": reasons}, status=503)
    return web.json_response({"status": "ready"})


def _database_down(state: OpsState, error: BaseException) -> None:
    if state.health is not None and database_unavailable(error):
        state.health.unavailable(error, state.now())


async def _metrics(request: web.Request) -> web.Response:
    """Prometheus exposition; gauges are refreshed first, and a failed refresh keeps the rest."""
    state = request.app[_STATE_KEY]
    if state.refresh is not None:
        try:
            await asyncio.wait_for(state.refresh(), timeout=state.timeout)
        except Exception as error:  # the counters are still worth serving
            log.warning("metrics refresh failed: %s", type(error).__name__)
    body, content_type = state.metrics.render(request.headers.get("Accept"))
    return web.Response(body=body, headers={"Content-Type": content_type})


def make_ops_app(state: OpsState) -> web.Application:
    """The aiohttp application (also usable with aiohttp's test client)."""
    app = web.Application()
    app[_STATE_KEY] = state
    app[_LAST_KEY] = _LastAnswer()
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/readyz", _readyz)
    app.router.add_get("/metrics", _metrics)
    return app


async def start_ops_server(state: OpsState) -> web.AppRunner:
    """Listen on state.host:state.port; returns the runner to pass to `stop_ops_server`."""
    runner = web.AppRunner(make_ops_app(state), access_log=None, shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, state.host, state.port)
    try:
        await site.start()
    except OSError:
        await runner.cleanup()
        raise
    log.info("ops server listening on port %s", bound_port(runner))
    return runner


async def stop_ops_server(runner: web.AppRunner | None) -> None:
    """Close the listener; a None runner (server off) is fine."""
    if runner is not None:
        await runner.cleanup()


def bound_port(runner: web.AppRunner) -> int:
    """The port actually listened on (useful when 0 asked for a free one)."""
    address = runner.addresses[0]
    return int(address[1])
