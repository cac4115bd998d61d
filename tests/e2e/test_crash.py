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
from domain.relays import queue_relay
from tests.e2e.test_schedules import setup_couple
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


def sent_texts(tg: FakeTelegram, chat_id: int, words: str) -> list[int]:
    """The statuses of every sendMessage to `chat_id` whose text holds `words`."""
    return [
        r.status
        for r in tg.requests_for("sendMessage")
        if int(r.params["chat_id"]) == chat_id and words in str(r.params.get("text", ""))
    ]


async def started(tg: FakeTelegram, env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    """A bot process that is polling for updates (set up, migrated, connected)."""
    # Polling begins right after deleteWebhook (a long poll is recorded only when answered).
    polls = len(tg.requests_for("deleteWebhook"))
    process = await start_bot_process(env, cwd)
    if not await wait_for(lambda: len(tg.requests_for("deleteWebhook")) > polls, 30):
        process.kill()
        _, stderr = await process.communicate()
        raise AssertionError(f"the bot did not start polling: {stderr.decode()[-2000:]}")
    return process


async def stop(process: asyncio.subprocess.Process) -> None:
    process.send_signal(signal.SIGINT)
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, stderr.decode()


async def test_sigkill_while_a_relay_is_on_its_way_then_restart(
    tg: FakeTelegram, database_url: URL, tmp_path: Path
) -> None:
    """Sam's /promise has committed and its relay to Alex is being retried (Telegram
    answers 5xx) when the process is killed. After a restart Alex gets it exactly once."""
    env = bot_process_env(tg, database_url)
    first = await started(tg, env, tmp_path)
    try:
        alex, sam = await setup_couple(tg)
        tg.fail_next(
            "sendMessage", error_code=502, description="Bad Gateway", times=1000, chat_id=alex.id
        )
        await sam.send("/promise 30m call you back")
        await sam.next_message(timeout=10)  # confirmed at once, whatever Alex's chat does
        assert await wait_for(lambda: 502 in sent_texts(tg, alex.id, "call you back"), 10)
    finally:
        first.send_signal(signal.SIGKILL)
        await first.wait()
    assert 200 not in sent_texts(tg, alex.id, "call you back")
    tg.clear_faults()  # Telegram is well again

    second = await started(tg, env, tmp_path)
    try:
        # The dead process's claim is handed back after SEND_LEASE_SECONDS (2 s here).
        assert await wait_for(lambda: 200 in sent_texts(tg, alex.id, "call you back"), 30)
        await asyncio.sleep(1.0)  # anything sent twice would arrive by now
    finally:
        await stop(second)
    assert sent_texts(tg, alex.id, "call you back").count(200) == 1
    assert [s for s in sent_texts(tg, sam.id, "couldn't deliver")] == []


async def test_a_relay_committed_just_before_a_crash_goes_out_after_the_restart(
    tg: FakeTelegram, database_url: URL, tmp_path: Path
) -> None:
    """The moment between a handler's commit and the dispatcher's claim: the relay row is
    pending when the process dies (here: written while no process runs, as the handler's
    transaction would have left it). The next process sends it once."""
    env = bot_process_env(tg, database_url)
    first = await started(tg, env, tmp_path)
    try:
        alex, sam = await setup_couple(tg)
    finally:
        await stop(first)
    engine = make_engine(database_url)
    try:
        async with transaction(make_sessionmaker(engine)) as session:
            await queue_relay(
                session,
                recipient_id=alex.id,
                sender_id=sam.id,
                text="Sam is taking a little space",
                now=datetime.now(UTC),
            )
    finally:
        await engine.dispose()
    second = await started(tg, env, tmp_path)
    try:
        assert await wait_for(lambda: 200 in sent_texts(tg, alex.id, "little space"), 30)
        await asyncio.sleep(1.0)
    finally:
        await stop(second)
    assert sent_texts(tg, alex.id, "little space") == [200]
