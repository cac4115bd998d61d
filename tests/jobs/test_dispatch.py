"""The dispatcher against a real database and the fake Bot API, with a controlled clock:
local times across DST and zone changes, grace after downtime, blocked users, and
exactly-once delivery with two dispatchers sharing one database."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time as time_module
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from functools import partial
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import URL
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.http import make_request
from bot.scheduled import render, render_many
from db.models import Delivery, Schedule, User
from db.repositories.deliveries import first_due, release_abandoned
from db.repositories.schedules import replace_schedules
from db.repositories.users import upsert_user
from db.session import SessionMaker, make_engine, make_sessionmaker, transaction
from domain.commitments import make_promise
from domain.delivery import MAX_CLAIMS
from domain.routines import rezone, set_checkin, set_prompt_times
from jobs.clock import ScaledClock, seconds_until
from jobs.dispatch import Dispatcher, Limits
from tests.fakebot import FakeTelegram
from tests.support.clock import FakeClock
from tests.support.factories import make_pair


class Rig:
    """A dispatcher wired to the fake server and the test database."""

    def __init__(self, tg: FakeTelegram, sessions: SessionMaker, clock: FakeClock) -> None:
        self.tg, self.sessions, self.clock = tg, sessions, clock
        self.bots: list[Bot] = []

    async def dispatcher(
        self, sessions: SessionMaker | None = None, read_timeout: float = 5.0
    ) -> Dispatcher:
        request = HTTPXRequest(read_timeout=read_timeout)
        bot = Bot(self.tg.token, base_url=self.tg.base_url, request=request)
        await bot.initialize()
        self.bots.append(bot)
        return Dispatcher(
            sessions=sessions or self.sessions,
            bot=bot,
            clock=self.clock,
            render=partial(render, default_zone="UTC"),
            limits=Limits(concurrency=16, retry_base=0.01),
        )

    def sent_to(self, chat_id: int) -> int:
        return sum(
            1
            for r in self.tg.requests_for("sendMessage")
            if int(r.params["chat_id"]) == chat_id and r.status == 200
        )


@pytest.fixture
async def rig(database_url: URL, clock: FakeClock) -> AsyncIterator[Rig]:
    tg = FakeTelegram()
    await tg.start()
    engine = make_engine(database_url)
    the_rig = Rig(tg, make_sessionmaker(engine), clock)
    try:
        yield the_rig
    finally:
        for bot in the_rig.bots:
            await bot.shutdown()
        await engine.dispose()
        await tg.stop()
    tg.assert_no_violations()


async def couple(rig: Rig, *, zone: str | None) -> tuple[User, User]:
    """Alex (worries) and Sam (reassures, in `zone`), paired, both reachable."""
    async with rig.sessions() as session:
        alex, sam = await make_pair(session, now=rig.clock.now())
        sam.timezone, sam.role = zone, "partner"
        await session.commit()
    for user in (alex, sam):
        rig.tg.user(user.first_name, user_id=user.id).has_started = True
    return alex, sam


async def schedule_of(rig: Rig, user_id: int) -> Schedule:
    async with rig.sessions() as session:
        row = await session.scalar(select(Schedule).where(Schedule.user_id == user_id))
        assert row is not None
        return row


async def set_prompts(rig: Rig, user: User, zone: str, *times: time) -> None:
    async with transaction(rig.sessions) as session:
        await set_prompt_times(
            session, user=user, times=list(times), zone=zone, now=rig.clock.now()
        )


def at(text_: str) -> datetime:
    return datetime.fromisoformat(text_).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "local", "start", "fires"),
    [
        # Berlin spring forward (2026-03-29): 09:00 local is 08:00Z, then 07:00Z.
        ("Europe/Berlin", time(9), "2026-03-28 07:00", ["2026-03-28 08:00", "2026-03-29 07:00"]),
        # Berlin fall back (2026-10-25): 07:00Z, then 08:00Z.
        ("Europe/Berlin", time(9), "2026-10-24 06:00", ["2026-10-24 07:00", "2026-10-25 08:00"]),
        # A time that does not exist on the spring-forward day moves forward by the gap.
        (
            "Europe/Berlin",
            time(2, 30),
            "2026-03-28 00:00",
            ["2026-03-28 01:30", "2026-03-29 01:30"],
        ),
        # A time that happens twice fires once, at its first occurrence.
        (
            "Europe/Berlin",
            time(2, 30),
            "2026-10-24 12:00",
            ["2026-10-25 00:30", "2026-10-26 01:30"],
        ),
        # Half-hour and 45-minute offsets.
        ("Asia/Kolkata", time(9), "2026-06-01 00:00", ["2026-06-01 03:30", "2026-06-02 03:30"]),
        (
            "Australia/Adelaide",
            time(9),
            "2026-10-02 12:00",  # Adelaide moves from +09:30 to +10:30 on 2026-10-04
            ["2026-10-02 23:30", "2026-10-03 22:30"],
        ),
        ("+05:45", time(9), "2026-06-01 00:00", ["2026-06-01 03:15", "2026-06-02 03:15"]),
    ],
)
async def test_prompts_fire_at_local_time_across_dst(
    rig: Rig, zone: str, local: time, start: str, fires: list[str]
) -> None:
    alex, sam = await couple(rig, zone=zone)
    rig.clock.set(at(start))
    await set_prompts(rig, sam, zone, local)
    dispatcher = await rig.dispatcher()
    for expected in fires:
        assert (await schedule_of(rig, sam.id)).next_due_at == at(expected)
        rig.clock.set(at(expected) - timedelta(seconds=1))
        await dispatcher.run_once()
        rig.clock.set(at(expected))
        before = rig.sent_to(sam.id)
        assert await dispatcher.run_once() == 1
        assert rig.sent_to(sam.id) == before + 1
    assert rig.sent_to(alex.id) == 0


async def test_zone_change_keeps_the_local_time(rig: Rig) -> None:
    alex, sam = await couple(rig, zone="UTC")
    rig.clock.set(at("2026-06-01 00:00"))
    await set_prompts(rig, sam, "UTC", time(9))
    assert (await schedule_of(rig, sam.id)).next_due_at == at("2026-06-01 09:00")
    async with transaction(rig.sessions) as session:
        user = await session.get(User, sam.id)
        assert user is not None
        user.timezone = "America/New_York"
        await rezone(session, user=user, zone="America/New_York", now=rig.clock.now())
    assert (await schedule_of(rig, sam.id)).next_due_at == at("2026-06-01 13:00")


async def test_grace_after_downtime(rig: Rig) -> None:
    alex, sam = await couple(rig, zone="UTC")
    rig.clock.set(at("2026-06-01 08:00"))
    await set_prompts(rig, sam, "UTC", time(9))
    dispatcher = await rig.dispatcher()
    rig.clock.set(at("2026-06-01 09:05"))  # five minutes late: delivered once
    assert await dispatcher.run_once() == 1
    assert await dispatcher.run_once() == 0
    rig.clock.set(at("2026-06-04 12:00"))  # three days down: nothing stale, moves on
    assert await dispatcher.run_once() == 0
    assert (await schedule_of(rig, sam.id)).next_due_at == at("2026-06-05 09:00")
    assert rig.sent_to(sam.id) == 1


async def test_blocked_user_stops_until_they_write_again(rig: Rig) -> None:
    alex, sam = await couple(rig, zone="UTC")
    rig.clock.set(at("2026-06-01 08:00"))
    await set_prompts(rig, sam, "UTC", time(9))
    dispatcher = await rig.dispatcher()
    rig.tg.block(sam.id, notify=False)
    rig.clock.set(at("2026-06-01 09:00"))
    assert await dispatcher.run_once() == 0
    async with rig.sessions() as session:
        user = await session.get(User, sam.id)
        assert user is not None and user.is_active is False
        statuses = list(await session.scalars(select(Delivery.status)))
    assert statuses == ["inactive"]
    rig.clock.set(at("2026-06-02 09:00"))
    assert await dispatcher.run_once() == 0  # not even tried
    blocked_attempts = len(rig.tg.requests_for("sendMessage"))
    rig.tg.unblock(sam.id, notify=False)
    async with transaction(rig.sessions) as session:  # Sam writes to the bot again
        await upsert_user(
            session, user_id=sam.id, first_name="Sam", language_code="en", now=rig.clock.now()
        )
    rig.clock.set(at("2026-06-03 09:00"))
    assert await dispatcher.run_once() == 1
    assert len(rig.tg.requests_for("sendMessage")) == blocked_attempts + 1


async def test_two_dispatchers_deliver_every_item_exactly_once(rig: Rig, database_url: URL) -> None:
    now = at("2026-06-01 09:00")
    rig.clock.set(now)
    count = 400
    async with transaction(rig.sessions) as session:
        for i in range(count):
            user_id = 50_000 + i
            await upsert_user(
                session, user_id=user_id, first_name=f"U{i}", language_code=None, now=now
            )
            await replace_schedules(
                session,
                user_id=user_id,
                kind="practise",
                times=[(time(9), now)],
                now=now,
                weekday=0,
            )
    for i in range(count):
        rig.tg.user(f"U{i}", user_id=50_000 + i).has_started = True
    second_engine = make_engine(database_url)  # a second process has its own pool
    try:
        first = await rig.dispatcher()
        second = await rig.dispatcher(make_sessionmaker(second_engine))
        results = await asyncio.gather(
            first.run_once(), second.run_once(), first.run_once(), second.run_once()
        )
    finally:
        await second_engine.dispose()
    per_chat = Counter(int(r.params["chat_id"]) for r in rig.tg.requests_for("sendMessage"))
    assert sum(results) == count
    assert len(per_chat) == count and set(per_chat.values()) == {1}
    async with rig.sessions() as session:
        statuses = Counter(await session.scalars(select(Delivery.status)))
    assert statuses == {"sent": count}


async def test_claim_reads_only_due_rows_through_the_index(rig: Rig, backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("query plans are checked on PostgreSQL")
    # Enough stored, not-yet-due rows that a sequential scan would be the planner's
    # choice if the indexes did not serve the claim queries.
    async with transaction(rig.sessions) as session:
        await session.execute(
            text(
                "INSERT INTO users (id, first_name, paused, is_active, created_at, updated_at) "
                "VALUES (1, 'Load', false, true, now(), now())"
            )
        )
        await session.execute(
            text(
                "INSERT INTO deliveries (user_id, kind, occurrence_at, due_at, status, attempts) "
                "SELECT 1, 'prompt', now(), now() + (g || ' minutes')::interval, "
                "CASE WHEN g % 100 = 0 THEN 'pending' ELSE 'sent' END, 0 "
                "FROM generate_series(1, 20000) AS g"
            )
        )
        await session.execute(
            text(
                "INSERT INTO schedules (kind, user_id, local_time, next_due_at, created_at) "
                "SELECT 'prompt', 1, '09:00', now() + (g || ' minutes')::interval, now() "
                "FROM generate_series(1, 20000) AS g"
            )
        )
    async with rig.sessions() as session:
        await session.execute(text("ANALYZE deliveries"))
        await session.execute(text("ANALYZE schedules"))
        plan = "\n".join(
            row[0]
            for row in await session.execute(
                text(
                    "EXPLAIN SELECT id FROM deliveries WHERE status = 'pending' "
                    "AND due_at <= now() ORDER BY due_at LIMIT 200"
                )
            )
        )
        schedule_plan = "\n".join(
            row[0]
            for row in await session.execute(
                text(
                    "EXPLAIN SELECT id FROM schedules WHERE next_due_at <= now() "
                    "ORDER BY next_due_at LIMIT 200"
                )
            )
        )
    assert "ix_deliveries_status_due_at" in plan, plan
    assert "ix_schedules_next_due_at" in schedule_plan, schedule_plan


async def one_prompt_due(rig: Rig) -> tuple[User, Dispatcher]:
    """Sam has a prompt due now; returns Sam and a dispatcher."""
    alex, sam = await couple(rig, zone="UTC")
    rig.clock.set(at("2026-06-01 08:00"))
    await set_prompts(rig, sam, "UTC", time(9))
    rig.clock.set(at("2026-06-01 09:00"))
    return sam, await rig.dispatcher()


async def statuses(rig: Rig) -> list[str]:
    async with rig.sessions() as session:
        return list(await session.scalars(select(Delivery.status)))


async def test_429_retry_after_is_waited_out_and_the_message_delivered(rig: Rig) -> None:
    """The row goes back to the outbox, due after retry_after (on the dispatcher's clock),
    and is sent then: the worker is not held through the wait."""
    sam, dispatcher = await one_prompt_due(rig)
    rig.tg.fail_next(
        "sendMessage",
        error_code=429,
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=sam.id,
    )
    assert await dispatcher.run_once() == 0
    async with rig.sessions() as session:
        row = await session.scalar(select(Delivery))
        assert row is not None
    assert (row.status, row.due_at, row.attempts) == (
        "pending",
        rig.clock.now() + timedelta(seconds=1),
        1,
    )
    assert await dispatcher.next_due() == rig.clock.now() + timedelta(seconds=1)
    rig.clock.advance(seconds=1)
    assert await dispatcher.run_once() == 1
    assert [r.status for r in rig.tg.requests_for("sendMessage")] == [429, 200]
    assert await statuses(rig) == ["sent"]


async def test_a_429_on_some_chats_holds_no_worker_from_the_others(rig: Rig) -> None:
    """Two workers, two chats told to wait 30 s: the other eight still go out at once."""
    rig.clock.set(at("2026-06-01 09:00"))
    ids = await many_users(rig, 10)
    for chat in ids[:2]:
        rig.tg.fail_next(
            "sendMessage",
            error_code=429,
            description="Too Many Requests: retry after 30",
            retry_after=30,
            chat_id=chat,
        )
    dispatcher = await batch_dispatcher(rig, concurrency=2, batch_size=10)
    started = time_module.monotonic()
    assert await dispatcher.run_once() == 8
    assert time_module.monotonic() - started < 10  # nobody waited out the 30 s
    assert [rig.sent_to(chat) for chat in ids] == [0, 0] + [1] * 8
    rig.clock.advance(seconds=30)
    assert await dispatcher.run_once() == 2
    assert [rig.sent_to(chat) for chat in ids] == [1] * 10


async def test_a_delivery_handed_back_too_often_is_given_up(rig: Rig) -> None:
    sam, dispatcher = await one_prompt_due(rig)
    rig.tg.fail_next(
        "sendMessage",
        error_code=429,
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=sam.id,
        times=100,
    )
    for _ in range(MAX_CLAIMS):
        assert await dispatcher.run_once() == 0
        rig.clock.advance(seconds=1)
    assert await dispatcher.run_once() == 0
    assert len(rig.tg.requests_for("sendMessage")) == MAX_CLAIMS
    assert await statuses(rig) == ["failed"]


async def test_5xx_is_retried_with_a_bound_and_a_final_failure_is_recorded(rig: Rig) -> None:
    sam, dispatcher = await one_prompt_due(rig)
    rig.tg.fail_next("sendMessage", error_code=502, description="Bad Gateway", times=2)
    assert await dispatcher.run_once() == 1
    assert [r.status for r in rig.tg.requests_for("sendMessage")] == [502, 502, 200]
    rig.clock.set(at("2026-06-02 09:00"))
    rig.tg.fail_next("sendMessage", error_code=500, description="Internal Server Error", times=99)
    assert await dispatcher.run_once() == 0
    assert len(rig.tg.requests_for("sendMessage")) == 3 + Limits().max_attempts
    assert sorted(await statuses(rig)) == ["failed", "sent"]


async def test_a_timeout_is_retried_and_the_message_arrives(rig: Rig) -> None:
    sam, _ = await one_prompt_due(rig)
    dispatcher = await rig.dispatcher(read_timeout=0.2)
    rig.tg.delay_next("sendMessage", 0.5, chat_id=sam.id)
    assert await dispatcher.run_once() == 1
    await asyncio.sleep(0.5)  # the slow first call still completes on Telegram's side
    # A timeout is ambiguous: Telegram may have delivered it. We retry (never lose it), so
    # this is the one documented case where a person can see the same message twice.
    assert 1 <= rig.sent_to(sam.id) <= 2
    assert await statuses(rig) == ["sent"]


# --- batched claim, render and record (issue 9) ---------------------------------------


async def batch_dispatcher(
    rig: Rig,
    *,
    kind: str = "aiohttp",
    concurrency: int = 16,
    batch_size: int = 200,
    grace: timedelta = Limits.grace,
    batch_renderer: Any = None,
) -> Dispatcher:
    """A dispatcher with the batched renderer (or `batch_renderer`), sending through
    `kind`'s request class."""
    bot = Bot(
        rig.tg.token,
        base_url=rig.tg.base_url,
        request=make_request(kind, pool_size=concurrency),
    )
    await bot.initialize()
    rig.bots.append(bot)
    return Dispatcher(
        sessions=rig.sessions,
        bot=bot,
        clock=rig.clock,
        render=partial(render, default_zone="UTC"),
        render_many=batch_renderer or partial(render_many, default_zone="UTC"),
        limits=Limits(concurrency=concurrency, batch_size=batch_size, retry_base=0.01, grace=grace),
    )


async def many_users(rig: Rig, count: int, *, first_id: int = 70_000) -> list[int]:
    """`count` unpaired users, each with a weekly practice due now; returns their ids."""
    now = rig.clock.now()
    ids = [first_id + i for i in range(count)]
    async with transaction(rig.sessions) as session:
        for user_id in ids:
            await upsert_user(
                session, user_id=user_id, first_name=f"U{user_id}", language_code=None, now=now
            )
            await replace_schedules(
                session,
                user_id=user_id,
                kind="practise",
                times=[(time(9), now)],
                now=now,
                weekday=now.weekday(),
            )
    for user_id in ids:
        rig.tg.user(f"U{user_id}", user_id=user_id).has_started = True
    return ids


@pytest.mark.parametrize("kind", ["aiohttp", "httpx"])
async def test_batched_renderer_matches_the_single_one(rig: Rig, kind: str) -> None:
    alex, sam = await couple(rig, zone="Europe/Berlin")
    rig.clock.set(at("2026-06-01 05:00"))
    await set_prompts(rig, sam, "Europe/Berlin", time(9), time(9, 30))
    async with transaction(rig.sessions) as session:
        user = await session.get(User, sam.id)
        assert user is not None
        await set_checkin(session, user=user, at=time(9), zone="Europe/Berlin", now=rig.clock.now())
        me, partner = await session.get(User, alex.id), await session.get(User, sam.id)
        assert me is not None and partner is not None
        kept = await make_promise(
            session,
            promiser=me,
            partner=partner,
            text="call mum",
            due=at("2026-06-01 07:05"),
            now=rig.clock.now(),
        )
        answered = await make_promise(
            session,
            promiser=me,
            partner=partner,
            text="dishes",
            due=at("2026-06-01 07:05"),
            now=rig.clock.now(),
        )
        answered.outcome = "done"
    rig.clock.set(at("2026-06-01 07:00"))  # 09:00 in Berlin
    batched = await batch_dispatcher(rig, kind=kind)
    async with rig.sessions() as session:
        rows = list(await session.scalars(select(Delivery)))
        users = {u.id: u for u in await session.scalars(select(User))}
        items = [(row, users[row.user_id]) for row in rows]
        expected = [await render(session, row, user, default_zone="UTC") for row, user in items]
        assert await render_many(session, items, default_zone="UTC") == expected
    assert await batched.run_once() == 4  # Sam's prompt, the check-in to both, Alex's reminder
    texts = Counter((int(r.params["chat_id"])) for r in rig.tg.requests_for("sendMessage"))
    assert texts == {sam.id: 2, alex.id: 2}
    async with rig.sessions() as session:
        by_ref = {
            d.ref_id: d.status
            for d in await session.scalars(
                select(Delivery).where(Delivery.kind == "promise_before")
            )
        }
    assert by_ref == {kept.id: "sent", answered.id: "dropped"}


@pytest.mark.parametrize("kind", ["aiohttp", "httpx"])
async def test_a_batch_with_every_outcome_is_recorded_in_bulk(
    rig: Rig, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    rig.clock.set(at("2026-06-01 09:00"))
    ids = await many_users(rig, 60)
    blocked, unknown, broken = ids[0], ids[1], ids[2]
    rig.tg.block(blocked, notify=False)
    rig.tg.fail_next(
        "sendMessage", error_code=400, description="Bad Request: chat not found", chat_id=unknown
    )
    rig.tg.fail_next(
        "sendMessage", error_code=500, description="Internal Server Error", times=99, chat_id=broken
    )
    rig.tg.fail_next(
        "sendMessage",
        error_code=429,
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=ids[3],
    )
    dispatcher = await batch_dispatcher(rig, kind=kind, concurrency=8, batch_size=25)
    with caplog.at_level(logging.DEBUG, logger="jobs.dispatch"):
        assert await dispatcher.run_once() == 56  # the 429'd one waits its second
        rig.clock.advance(seconds=1)
        assert await dispatcher.run_once() == 1
    async with rig.sessions() as session:
        rows = {d.user_id: d for d in await session.scalars(select(Delivery))}
        active = dict(list(await session.execute(select(User.id, User.is_active))))
    assert Counter(d.status for d in rows.values()) == {"sent": 57, "inactive": 2, "failed": 1}
    assert rows[blocked].status == rows[unknown].status == "inactive"
    assert rows[broken].status == "failed" and rows[broken].attempts == 1
    assert not active[blocked] and not active[unknown] and active[broken]
    sent = [d for d in rows.values() if d.status == "sent" and d.user_id != ids[3]]
    assert all(d.sent_at == rig.clock.now() - timedelta(seconds=1) for d in sent)
    assert all(d.message_id and d.attempts == 1 for d in sent)
    assert rows[ids[3]].attempts == 2 and rows[ids[3]].sent_at == rig.clock.now()
    per_chat = Counter(
        int(r.params["chat_id"]) for r in rig.tg.requests_for("sendMessage") if r.status == 200
    )
    assert set(per_chat.values()) == {1}  # nothing twice
    logged = [r.getMessage() for r in caplog.records if r.getMessage().startswith("delivery ")]
    assert sum(": sent" in m for m in logged) == 57
    assert sum(m.endswith(": inactive") for m in logged) == 2


async def test_no_worker_sends_again_before_its_result_is_stored(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig.clock.set(at("2026-06-01 09:00"))
    await many_users(rig, 120)
    dispatcher = await batch_dispatcher(rig, concurrency=8, batch_size=50)
    recorded = 0
    gaps: list[int] = []
    write = dispatcher._record

    async def slow_record(results: list[Any]) -> None:
        nonlocal recorded
        ok = sum(1 for r in rig.tg.requests_for("sendMessage") if r.status == 200)
        gaps.append(ok - recorded)
        await asyncio.sleep(0.01)
        await write(results)
        recorded += len(results)

    monkeypatch.setattr(dispatcher, "_record", slow_record)
    assert await dispatcher.run_once() == 120
    assert max(gaps) <= 8  # a crash now could resend at most one message per worker
    assert len(gaps) < 120  # and results were written in groups, not one by one


async def test_when_results_cannot_be_stored_nothing_more_is_sent(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig.clock.set(at("2026-06-01 09:00"))
    await many_users(rig, 80)
    dispatcher = await batch_dispatcher(rig, concurrency=4, batch_size=40)

    async def broken(results: list[Any]) -> None:
        raise RuntimeError("database went away")

    monkeypatch.setattr(dispatcher, "_record", broken)
    assert await dispatcher.run_once() == 0
    attempted = len(rig.tg.requests_for("sendMessage"))
    assert attempted <= 4  # the first message of each worker, then everyone stops
    # Claimed rows (up to two batches) stay `sending`; none is marked sent or failed.
    assert set(await statuses(rig)) <= {"sending", "pending"}
    # After the lease a healthy run sends the unsent ones; the window is `attempted`.
    healthy = await batch_dispatcher(rig, concurrency=4, batch_size=40)
    rig.clock.advance(minutes=6)  # past the 5-minute lease, within the 10-minute grace
    assert await healthy.run_once() == 80
    assert Counter(await statuses(rig)) == {"sent": 80}


async def test_a_claim_leaves_sqlite_free_to_write_while_its_batch_renders(
    rig: Rig, backend: str, database_url: URL
) -> None:
    """SQLite has one write lock for the whole file, and every result the workers store
    waits for it: a claim must not hold it while a batch renders (docs/benchmarks.md)."""
    if backend != "sqlite":
        pytest.skip("PostgreSQL locks rows, not the database")
    rig.clock.set(at("2026-06-01 09:00"))
    await many_users(rig, 5)
    could_write: list[bool] = []

    async def rendering(session: Any, items: Any) -> Any:
        other = sqlite3.connect(str(database_url.database), timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # takes the write lock or fails at once
            other.execute("ROLLBACK")
            could_write.append(True)
        except sqlite3.OperationalError:
            could_write.append(False)
        finally:
            other.close()
        return await render_many(session, items, default_zone="UTC")

    dispatcher = await batch_dispatcher(rig, batch_renderer=rendering)
    assert await dispatcher.run_once() == 5
    assert could_write == [True]


async def test_a_slow_run_never_reclaims_what_it_still_holds(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Telegram crawling (an outage with retries): claimed messages wait in this run's queue
    past the lease. The lease is for claims of a process that died; this run must not take
    its own queued claims back and send them a second time."""
    rig.clock.set(at("2026-06-01 09:00"))
    users = await many_users(rig, 60)
    dispatcher = await batch_dispatcher(rig, concurrency=2, batch_size=20, grace=timedelta(hours=1))
    send = dispatcher._send

    async def crawling(job: Any) -> Any:
        rig.clock.advance(seconds=20)  # each message takes 20 s: 40 of them pass the lease
        return await send(job)

    monkeypatch.setattr(dispatcher, "_send", crawling)
    sent = await dispatcher.run_once()
    assert Counter(rig.sent_to(u) for u in users) == {1: 60}
    assert sent == 60


async def test_the_lease_finds_abandoned_claims_through_the_index(rig: Rig) -> None:
    """With many sent rows analysed, the look for abandoned claims must not scan them all."""
    async with transaction(rig.sessions) as session:
        await session.execute(
            text(
                "INSERT INTO users (id, first_name, paused, is_active, created_at, updated_at) "
                "VALUES (1, 'Load', false, true, '2026-01-01', '2026-01-01')"
            )
        )
        rows = [
            {"due": datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=i), "status": "sent"}
            for i in range(5000)
        ]
        rows[::500] = [{**r, "status": "sending"} for r in rows[::500]]
        await session.execute(
            text(
                "INSERT INTO deliveries (user_id, kind, occurrence_at, due_at, claimed_at, "
                "status, attempts) VALUES (1, 'prompt', :due, :due, :due, :status, 1)"
            ),
            rows,
        )
    plan = await plan_of(rig, release_abandoned(datetime(2026, 6, 1, tzinfo=UTC), {1, 2}))
    assert "ix_deliveries_sending_claimed_at" in plan, plan


async def plan_of(rig: Rig, statement: Any) -> str:
    """The database's query plan for `statement`, with fresh statistics."""
    async with rig.sessions() as session:
        await session.execute(text("ANALYZE"))
        dialect = session.bind.dialect
        sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        explain = "EXPLAIN QUERY PLAN " if dialect.name == "sqlite" else "EXPLAIN "
        plan = "\n".join(str(row) for row in await session.execute(text(explain + sql)))
        await session.rollback()
    return plan


async def test_the_next_due_time_is_read_through_the_indexes(rig: Rig) -> None:
    """Every run ends by looking up the next due instant: two index lookups, never a scan."""
    base = datetime(2026, 1, 1, tzinfo=UTC)
    async with transaction(rig.sessions) as session:
        await session.execute(
            text(
                "INSERT INTO users (id, first_name, paused, is_active, created_at, updated_at) "
                "VALUES (1, 'Load', false, true, '2026-01-01', '2026-01-01')"
            )
        )
        deliveries = [
            {"due": base + timedelta(minutes=i), "status": "pending" if i >= 4990 else "sent"}
            for i in range(5000)
        ]
        await session.execute(
            text(
                "INSERT INTO deliveries (user_id, kind, occurrence_at, due_at, status, attempts) "
                "VALUES (1, 'prompt', :due, :due, :status, 0)"
            ),
            deliveries,
        )
        await session.execute(
            text(
                "INSERT INTO schedules (kind, user_id, local_time, next_due_at, created_at) "
                "VALUES ('prompt', 1, '09:00', :due, '2026-01-01')"
            ),
            [{"due": base + timedelta(minutes=5000 + i)} for i in range(5000)],
        )
    plan = await plan_of(rig, first_due())
    assert "ix_schedules_next_due_at" in plan and "ix_deliveries_status_due_at" in plan, plan
    dispatcher = await rig.dispatcher()
    assert await dispatcher.next_due() == base + timedelta(minutes=4990)  # the first pending
    async with transaction(rig.sessions) as session:
        await session.execute(text("UPDATE deliveries SET status = 'sent'"))
    assert await dispatcher.next_due() == base + timedelta(minutes=5000)  # the first schedule


async def test_a_run_wakes_itself_the_moment_the_next_prompt_falls_due(rig: Rig) -> None:
    """Prompts fall due on whole minutes; the dispatcher is kicked once, finds nothing due
    yet, and must come back on its own at 09:00, neither early nor a tick late."""
    rig.clock.set(at("2026-06-01 09:00"))
    [user_id] = await many_users(rig, 1)
    dispatcher = await rig.dispatcher()
    lead = 0.4
    dispatcher._clock = ScaledClock(at("2026-06-01 09:00") - timedelta(seconds=lead))
    due_at = time_module.monotonic() + lead  # the fake server stamps requests on this clock
    dispatcher.kick()
    await dispatcher.wait_idle()
    assert rig.sent_to(user_id) == 0  # nothing due at the first run
    for _ in range(100):
        if rig.sent_to(user_id):
            break
        await asyncio.sleep(0.02)
    [request] = rig.tg.requests_for("sendMessage")
    assert 0 <= request.at - due_at < 0.3
    await dispatcher.stop()


async def test_a_stopped_dispatcher_does_not_wake_again(rig: Rig) -> None:
    rig.clock.set(at("2026-06-01 09:00"))
    [user_id] = await many_users(rig, 1)
    dispatcher = await rig.dispatcher()
    dispatcher._clock = ScaledClock(at("2026-06-01 09:00") - timedelta(seconds=0.2))
    dispatcher.kick()
    await dispatcher.stop()
    await asyncio.sleep(0.5)
    assert rig.sent_to(user_id) == 0
    assert await statuses(rig) == []  # not even materialised: no run started after stop


def test_a_fast_clock_wakes_after_proportionally_fewer_real_seconds() -> None:
    start = at("2026-06-01 09:00")
    assert seconds_until(ScaledClock(start, speed=60), start + timedelta(minutes=1)) == (
        pytest.approx(1.0, abs=0.01)
    )
    assert seconds_until(FakeClock(start), start + timedelta(seconds=5)) == 5.0
