"""A real database outage, end to end on PostgreSQL: the server refuses new connections to
the bot's database and terminates the ones it has, for a few seconds, while the scheduler
ticks, /readyz is probed and people write. The log stays a few lines, /readyz says not
ready and then ready, a person gets the honest line, crisis words still get the crisis
reply, and the reminder that fell due in the outage arrives once after it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
import pytest
from sqlalchemy.engine import URL

from bot import texts
from bot.config import Settings
from bot.ops.wiring import ops_port
from tests.e2e.test_pairing import pair_up
from tests.e2e.test_safety import is_crisis_reply
from tests.fakebot import FakeTelegram
from tests.ops.test_health import get
from tests.support.app import running_bot
from tests.support.clock import FakeClock
from tests.support.databases import postgres_admin_url

OURS = {"bot", "jobs", "db"}


@asynccontextmanager
async def outage(database_url: URL) -> AsyncIterator[None]:
    """Refuse new connections to the test database and terminate the existing ones, from
    an admin connection to the server's `postgres` database; allow them again after."""
    admin = postgres_admin_url()
    assert admin is not None and database_url.database is not None
    name = database_url.database
    dsn = admin.set(drivername="postgresql", database="postgres")
    conn = await asyncpg.connect(dsn.render_as_string(hide_password=False))
    try:
        await conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
        await conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = $1 AND pid <> pg_backend_pid()",
            name,
        )
        yield
    finally:
        await conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
        await conn.close()


async def test_a_database_outage_is_survived_quietly(
    tg: FakeTelegram,
    settings: Settings,
    clock: FakeClock,
    database_url: URL,
    backend: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if backend != "postgresql":
        pytest.skip("a real outage needs a server that refuses connections")
    alex, sam = tg.user("Alex"), tg.user("Sam")
    async with running_bot(settings, clock, ops_server=True) as bot:
        port = ops_port(bot)
        assert port is not None
        await pair_up(alex, sam)
        await sam.send("/promise 15m text you")
        await sam.next_message()
        await alex.next_message()
        assert (await get(port, "/readyz"))[0] == 200
        caplog.set_level(logging.INFO)
        caplog.clear()

        async with outage(database_url):
            clock.advance(minutes=5)  # the "in 10 minutes" reminder falls due now
            for _ in range(20):  # two seconds of ticks, the clock running on
                clock.advance(seconds=1)
                await asyncio.sleep(0.1)
            status, body, _ = await get(port, "/readyz")
            assert status == 503 and "database unreachable" in body, body
            await sam.send("/settings")
            assert (await sam.next_message()).plain_text == texts.database_unavailable()
            await sam.expect_no_message(within=0.3)  # said once, though two handlers failed
            await alex.send("I took too many pills")
            assert is_crisis_reply(await alex.next_message())  # the net needs no database
            await alex.expect_no_message(within=0.3)
            for _ in range(20):
                clock.advance(seconds=1)
                await asyncio.sleep(0.1)
                assert (await get(port, "/readyz"))[0] == 503
            during = list(caplog.records)

        clock.advance(seconds=31)  # past the longest backoff
        reminder = await sam.next_message()
        assert "In 10 minutes" in reminder.plain_text
        await sam.expect_no_message(within=0.5)  # once
        assert (await get(port, "/readyz"))[0] == 200
        await sam.send("/settings")
        assert (await sam.next_message()).plain_text != texts.database_unavailable()
        after = list(caplog.records)

    reminders = [
        r
        for r in tg.requests_for("sendMessage")
        if "In 10 minutes" in str(r.params.get("text")) and r.status == 200
    ]
    assert len(reminders) == 1
    assert not any(r.exc_info for r in after), [r.getMessage() for r in after if r.exc_info]
    ours = [r for r in during if r.name.split(".")[0] in OURS]
    assert len(ours) <= 5, [f"{r.name}: {r.getMessage()}" for r in ours]
    messages = [r.getMessage() for r in after]
    assert sum(m.startswith("database unavailable") for m in messages) == 1
    assert sum(m.startswith("database available again after") for m in messages) == 1
    assert not any(r.levelno >= logging.ERROR for r in after), messages
