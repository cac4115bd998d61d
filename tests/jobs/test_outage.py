"""A database outage, met by the dispatcher with a fake clock: one warning when it starts,
no traceback, a backoff that doubles to its cap (and touches no database while it waits),
one line with the outage's length when it ends, and what fell due delivered once after.
Runs on both backends: the dispatcher's engine refuses every new connection while `down`.

The reading of drivers' errors (`db.health.database_unavailable`) is tested here too."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import event, exc
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncEngine

from db.health import DatabaseHealth, database_unavailable
from db.session import make_engine, make_sessionmaker
from jobs.dispatch import Dispatcher
from tests.jobs.test_dispatch import Rig, at, many_users, rig, statuses

__all__ = ["rig"]  # the fixture, shared with test_dispatch


class Switch:
    """An engine that refuses new connections while `down` (and counts the attempts)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine, self.down, self.attempts = engine, False, 0
        event.listen(engine.sync_engine, "do_connect", self._connect)

    def _connect(self, *args: Any) -> None:
        self.attempts += 1
        if self.down:
            raise ConnectionRefusedError("connection to postgresql://steady:hunter2@db refused")

    async def fail(self) -> None:
        """Refuse new connections and drop the pooled ones (a restarted server). A query
        in flight is let finish first: a connection disposed of while checked out is never
        closed by SQLAlchemy's asyncio pool (aiosqlite warns when it is collected)."""
        self.down = True
        pool: Any = self.engine.sync_engine.pool
        for _ in range(200):
            if pool.checkedout() == 0:
                break
            await asyncio.sleep(0.01)
        await self.engine.dispose()


@pytest.fixture
async def switch(database_url: URL) -> AsyncIterator[Switch]:
    engine = make_engine(database_url)
    try:
        yield Switch(engine)
    finally:
        await engine.dispose()


async def run(dispatcher: Dispatcher) -> None:
    dispatcher.kick()
    await dispatcher.wait_idle()


def ours(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """What our own code logged at INFO or above."""
    return [
        r
        for r in caplog.records
        if r.levelno >= logging.INFO and r.name.split(".")[0] in {"db", "jobs", "bot"}
    ]


async def test_an_outage_is_logged_once_backed_off_and_what_was_due_goes_out_after(
    rig: Rig, switch: Switch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    rig.clock.set(at("2026-06-01 09:00"))
    users = await many_users(rig, 3)
    dispatcher = await rig.dispatcher(make_sessionmaker(switch.engine))
    await switch.fail()
    started = rig.clock.now()

    delays: list[float] = []
    for _ in range(9):
        before = switch.attempts
        await run(dispatcher)
        assert switch.attempts > before  # the backoff had passed: a run tried
        delays.append(dispatcher._backoff.delay)
        for _ in range(20):  # ticks during the backoff touch no database
            await run(dispatcher)
        assert switch.attempts == before + 1
        rig.clock.advance(seconds=delays[-1])
    assert delays == [0.5, 1, 2, 4, 8, 16, 30, 30, 30]
    assert not dispatcher.health.is_available
    assert rig.tg.requests_for("sendMessage") == []

    logged = ours(caplog)
    assert [r.getMessage() for r in logged] == [
        "database unavailable (ConnectionRefusedError): scheduled messages wait and retry "
        "with backoff, people who write are asked to try again shortly"
    ]
    assert all(r.exc_info is None for r in caplog.records)  # no traceback anywhere
    assert "hunter2" not in caplog.text

    switch.down = False
    await run(dispatcher)
    assert Counter(rig.sent_to(u) for u in users) == {1: 3}
    assert Counter(await statuses(rig)) == {"sent": 3}
    lasted = (rig.clock.now() - started).total_seconds()
    assert [r.getMessage() for r in ours(caplog)[1:]] == [
        f"database available again after {lasted:.1f} s of outage"
    ]
    assert dispatcher.health.is_available and dispatcher._backoff.retry_at is None
    await run(dispatcher)  # and nothing is sent twice
    assert Counter(rig.sent_to(u) for u in users) == {1: 3}


async def test_someone_else_seeing_the_database_answer_ends_the_backoff(
    rig: Rig, switch: Switch
) -> None:
    rig.clock.set(at("2026-06-01 09:00"))
    [user] = await many_users(rig, 1)
    dispatcher = await rig.dispatcher(make_sessionmaker(switch.engine))
    await switch.fail()
    for _ in range(5):
        await run(dispatcher)
        rig.clock.advance(seconds=dispatcher._backoff.delay)
    await run(dispatcher)
    assert dispatcher._backoff.delay == 16  # the sixth failure: 16 s to wait
    switch.down = False
    await run(dispatcher)  # still backing off: nothing is tried
    assert rig.sent_to(user) == 0
    dispatcher.health.available(rig.clock.now())  # /readyz's ping answered, say
    await run(dispatcher)
    assert rig.sent_to(user) == 1


async def test_a_bug_is_still_logged_with_its_traceback_and_not_backed_off(
    rig: Rig, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    dispatcher = await rig.dispatcher()

    async def broken() -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(dispatcher, "materialise_due", broken)
    await run(dispatcher)
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert record.exc_info is not None and record.getMessage().startswith("scheduler run failed")
    assert dispatcher.health.is_available and dispatcher._backoff.retry_at is None


def statement_error(orig: Exception, statement: str | None = "SELECT 1") -> exc.DBAPIError:
    return exc.DBAPIError(statement, None, orig)


class Sqlstate(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("error", "outage"),
    [
        (ConnectionRefusedError(), True),
        (TimeoutError(), True),
        (exc.TimeoutError("pool"), True),
        (exc.OperationalError("SELECT 1", None, Exception("disk I/O error")), True),
        (exc.InterfaceError("SELECT 1", None, Exception("connection is closed")), True),
        (statement_error(Exception("not accepting connections"), statement=None), True),
        (statement_error(Sqlstate("57P01")), True),  # admin shutdown: terminated backend
        (statement_error(Sqlstate("08006")), True),
        (statement_error(Sqlstate("53300")), True),  # too many connections
        (exc.IntegrityError("INSERT", None, Sqlstate("23505")), False),
        (statement_error(Sqlstate("42601")), False),  # a syntax error is a bug
        (RuntimeError("a bug"), False),
        (ValueError(), False),
    ],
)
def test_what_counts_as_the_database_being_unavailable(error: Exception, outage: bool) -> None:
    assert database_unavailable(error) is outage


def test_an_outage_deep_in_the_cause_chain_counts() -> None:
    try:
        try:
            raise ConnectionResetError()
        except ConnectionResetError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        assert database_unavailable(outer)


def test_health_logs_once_per_outage(caplog: pytest.LogCaptureFixture) -> None:
    health = DatabaseHealth()
    t0 = datetime.fromisoformat("2026-06-01T09:00:00+00:00")
    assert health.available(t0) is None  # nothing to end
    assert health.unavailable(OSError(), t0) is True
    for second in range(1, 100):
        assert health.unavailable(OSError(), t0.replace(second=second % 60)) is False
    assert health.down_since == t0 and health.cause == "OSError"
    assert health.available(t0.replace(minute=1, second=30)) == 90.0
    assert health.available(t0.replace(minute=2)) is None
    assert health.unavailable(TimeoutError(), t0.replace(minute=3)) is True
    assert health.outages == 2
    assert [r.levelname for r in caplog.records] == ["WARNING"] * 3


async def test_what_an_outage_cut_short_is_settled_when_it_ends_not_after_the_lease(
    rig: Rig, switch: Switch
) -> None:
    """The database goes away while 16 workers' sends are at Telegram: their results
    cannot be stored, and the 4 claimed messages still queued are not sent. When it comes
    back, the next run stores the 16 (nobody gets theirs twice) and hands the 4 back at
    once, well inside the five-minute lease."""
    rig.clock.set(at("2026-06-01 09:00"))
    users = await many_users(rig, 20)
    dispatcher = await rig.dispatcher(make_sessionmaker(switch.engine))
    rig.tg.delay_next("sendMessage", 0.5, times=16)
    first = asyncio.create_task(dispatcher.run_once())
    assert await rig.tg._wait_until(lambda: rig.tg.calls_held == 16, 5)
    await switch.fail()
    assert await first == 0
    assert sum(rig.sent_to(u) for u in users) == 16
    assert not dispatcher.health.is_available

    switch.down = False
    rig.clock.advance(seconds=dispatcher._backoff.delay)
    await run(dispatcher)
    assert Counter(rig.sent_to(u) for u in users) == {1: 20}
    assert Counter(await statuses(rig)) == {"sent": 20}
    assert (rig.clock.now() - at("2026-06-01 09:00")).total_seconds() < 60
    assert dispatcher._holding == set()
