"""SIGKILL in the middle of a batch of deliveries, then a restart: nothing is lost, and the
messages that can arrive twice are bounded by what was in flight (docs/reliability.md)."""

from __future__ import annotations

import asyncio
import os
import signal
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL

from db.models import Delivery
from db.repositories.schedules import replace_schedules
from db.repositories.users import upsert_user
from db.session import make_engine, make_sessionmaker, transaction
from tests.fakebot import FakeTelegram
from tests.support.process import start_bot_process

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 48
CONCURRENCY = 4
FIRST_ID = 90_000


def bot_process_env(tg: FakeTelegram, url: URL) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=tg.token,
        TELEGRAM_API_BASE_URL=tg.base_url,
        DATABASE_URL=url.render_as_string(hide_password=False),
        PYTHONPATH=str(ROOT),
        SEND_CONCURRENCY=str(CONCURRENCY),
        SEND_RATE_PER_SECOND="0",
        SEND_LEASE_SECONDS="2",
        SCHEDULER_TICK_SECONDS="0.2",
        LOG_LEVEL="WARNING",
    )
    return env


def delivered(tg: FakeTelegram) -> Counter[int]:
    return Counter(
        int(r.params["chat_id"])
        for r in tg.requests_for("sendMessage")
        if r.status == 200 and int(r.params["chat_id"]) >= FIRST_ID
    )


async def wait_for(predicate: Callable[[], bool], seconds: float) -> bool:
    for _ in range(int(seconds / 0.05)):
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return bool(predicate())


async def test_sigkill_mid_batch_then_restart(
    tg: FakeTelegram, database_url: URL, tmp_path: Path
) -> None:
    now = datetime.now(UTC)  # the real process uses the real clock
    engine = make_engine(database_url)
    try:
        async with transaction(make_sessionmaker(engine)) as session:
            for i in range(PEOPLE):
                await upsert_user(
                    session, user_id=FIRST_ID + i, first_name=f"P{i}", language_code=None, now=now
                )
                await replace_schedules(
                    session,
                    user_id=FIRST_ID + i,
                    kind="practise",
                    times=[(time(9), now)],
                    now=now,
                    weekday=0,
                )
    finally:
        await engine.dispose()
    for i in range(PEOPLE):
        tg.user(f"P{i}", user_id=FIRST_ID + i).has_started = True
        tg.delay_next("sendMessage", 0.25, chat_id=FIRST_ID + i)  # slow enough to kill mid-batch

    env = bot_process_env(tg, database_url)
    first = await start_bot_process(env, tmp_path)
    assert await wait_for(lambda: sum(delivered(tg).values()) >= 8, 30), "no sends started"
    first.send_signal(signal.SIGKILL)
    await first.wait()
    at_kill = sum(delivered(tg).values())
    assert at_kill < PEOPLE, "the batch finished before the kill; nothing was tested"

    second = await start_bot_process(env, tmp_path)
    try:
        assert await wait_for(lambda: len(delivered(tg)) == PEOPLE, 60), (
            f"only {len(delivered(tg))} of {PEOPLE} people got their message"
        )
        engine = make_engine(database_url)
        try:
            async with make_sessionmaker(engine)() as session:
                for _ in range(100):
                    statuses = Counter(await session.scalars(select(Delivery.status)))
                    if statuses == {"sent": PEOPLE}:
                        break
                    await asyncio.sleep(0.1)
        finally:
            await engine.dispose()
    finally:
        second.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(second.communicate(), timeout=30)
    assert second.returncode == 0, stderr.decode()
    assert statuses == {"sent": PEOPLE}
    duplicates = sum(count - 1 for count in delivered(tg).values())
    # Only messages in flight when the process died can repeat: at most SEND_CONCURRENCY.
    assert duplicates <= CONCURRENCY
