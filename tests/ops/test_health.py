"""/healthz, /readyz and the container health check, healthy and failing."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest

from bot.app import AnyApplication
from bot.ops.health import (
    DbPing,
    OpsState,
    bound_port,
    database_ping,
    start_ops_server,
    stop_ops_server,
)
from bot.ops.healthcheck import check, main
from bot.ops.metrics import Metrics
from bot.ops.wiring import ops_port, start_ops
from bot.runtime import get_runtime
from db.health import DatabaseHealth
from db.session import make_engine, make_sessionmaker
from db.urls import normalise_database_url


async def fine() -> None:
    """A database that answers."""


async def get(port: int, path: str) -> tuple[int, str, str]:
    """GET on loopback: status, body, content type."""
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{port}{path}") as response,
    ):
        return response.status, await response.text(), response.headers["Content-Type"]


@pytest.fixture
def serve() -> Callable[..., Any]:
    """Start an ops server with the given probes; the returned factory yields its port."""

    @asynccontextmanager
    async def start(
        db_ping: DbPing = fine, scheduler_alive: Callable[[], bool] = lambda: True, **kw: Any
    ) -> AsyncIterator[int]:
        runner = await start_ops_server(
            OpsState(metrics=Metrics(), db_ping=db_ping, scheduler_alive=scheduler_alive, **kw)
        )
        try:
            yield bound_port(runner)
        finally:
            await stop_ops_server(runner)

    return start


async def test_healthy(serve: Callable[..., Any]) -> None:
    async with serve() as port:
        assert await get(port, "/healthz") == (200, "ok", "text/plain; charset=utf-8")
        status, body, kind = await get(port, "/readyz")
        assert (status, kind) == (200, "application/json; charset=utf-8")
        assert body == '{"status": "ready"}'


async def test_database_error_is_not_ready_and_its_message_is_not_shown(
    serve: Callable[..., Any],
) -> None:
    async def broken() -> None:
        raise ConnectionRefusedError("postgresql://steady:hunter2@db/steady refused")

    async with serve(db_ping=broken) as port:
        assert (await get(port, "/healthz"))[0] == 200  # alive, just not ready
        status, body, _ = await get(port, "/readyz")
    assert status == 503
    assert "database unreachable (ConnectionRefusedError)" in body
    assert "hunter2" not in body and "postgresql" not in body


async def test_slow_database_times_out(serve: Callable[..., Any]) -> None:
    async def hangs() -> None:
        await asyncio.sleep(30)

    async with serve(db_ping=hangs, timeout=0.1) as port:
        status, body, _ = await get(port, "/readyz")
    assert status == 503 and "database did not answer within 0.1 s" in body


async def test_stopped_or_broken_scheduler_is_not_ready(serve: Callable[..., Any]) -> None:
    def explodes() -> bool:
        raise RuntimeError("probe failed")

    for probe in (lambda: False, explodes):
        async with serve(scheduler_alive=probe) as port:
            status, body, _ = await get(port, "/readyz")
        assert status == 503
        assert '"reasons": ["scheduler not running"]' in body


async def test_unreachable_real_database_is_not_ready(serve: Callable[..., Any]) -> None:
    engine = make_engine(normalise_database_url("postgresql://nobody@127.0.0.1:1/none"))
    try:
        async with serve(db_ping=database_ping(make_sessionmaker(engine))) as port:
            status, body, _ = await get(port, "/readyz")
    finally:
        await engine.dispose()
    assert status == 503 and "database unreachable" in body


async def test_the_running_bot_is_ready_until_its_scheduler_stops(bot: AnyApplication) -> None:
    port = ops_port(bot)
    assert port is not None
    assert (await get(port, "/healthz"))[:2] == (200, "ok")
    assert (await get(port, "/readyz"))[0] == 200  # real database, real job queue

    assert bot.job_queue is not None
    for job in bot.job_queue.get_jobs_by_name("scheduler"):
        job.schedule_removal()
    status, body, _ = await get(port, "/readyz")
    assert status == 503 and "scheduler not running" in body


async def test_ops_server_is_off_unless_a_port_is_set(bot: AnyApplication) -> None:
    assert get_runtime(bot).settings.ops_port == 0  # the default: off
    assert await start_ops(bot) is None


async def test_container_health_check(
    serve: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    async with serve() as port:
        assert await asyncio.to_thread(check, port) == 0
        monkeypatch.setenv("OPS_PORT", str(port))
        assert await asyncio.to_thread(main, []) == 0
        assert await asyncio.to_thread(main, ["readyz"]) == 0
    async with serve(scheduler_alive=lambda: False) as port:
        monkeypatch.setenv("OPS_PORT", str(port))
        assert await asyncio.to_thread(main, ["/readyz"]) == 1
    assert await asyncio.to_thread(check, port) == 1  # nothing listens any more
    monkeypatch.delenv("OPS_PORT")
    assert main([]) == 1


async def test_stopping_an_absent_server_is_fine() -> None:
    await stop_ops_server(None)


async def test_readyz_reports_into_the_shared_health_and_logs_only_changes(
    serve: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    health, down = DatabaseHealth(), True

    async def flaky() -> None:
        if down:
            raise ConnectionRefusedError("refused")

    caplog.set_level(logging.INFO)
    async with serve(db_ping=flaky, health=health) as port:
        for _ in range(5):  # an orchestrator probing through the outage
            assert (await get(port, "/readyz"))[0] == 503
            assert not health.is_available
        down = False
        assert (await get(port, "/readyz"))[0] == 200
        assert health.is_available  # the scheduler may stop backing off
    messages = [r.getMessage() for r in caplog.records if "listening" not in r.getMessage()]
    assert len(messages) == 4, messages  # five probes of an outage, then one of recovery
    assert messages[0].startswith("database unavailable (ConnectionRefusedError)")
    assert messages[1] == "not ready: database unreachable (ConnectionRefusedError)"
    assert messages[2].startswith("database available again after")
    assert messages[3] == "ready again"
