"""Prometheus metrics: counters move with real traffic, gauges follow the outbox."""

from __future__ import annotations

import asyncio
import inspect
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncSession
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.app import AnyApplication
from bot.ops.metrics import (
    FAILURE_REASONS,
    Metrics,
    failure_reason,
    metrics_of,
    refresh_queue_gauges,
    status_reason,
)
from bot.ops.wiring import ops_port
from db.models import Delivery
from db.session import make_engine, make_sessionmaker
from jobs.dispatch import Dispatcher
from tests.e2e.test_schedules import setup_couple
from tests.fakebot import FakeTelegram
from tests.support.clock import FakeClock
from tests.support.factories import make_user, prompt_delivery

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_counters_and_gauges_move_and_registries_are_separate() -> None:
    first, second = Metrics(), Metrics()
    first.observe_update()
    first.observe_update()
    first.observe_sent("prompt")
    first.observe_sent("Anything <odd> typed by someone")
    first.observe_failure("blocked")
    first.observe_failure("made_up_reason")
    first.observe_send_error(Forbidden("Forbidden: bot was blocked by the user"))
    first.set_queue(depth=3, lag_seconds=-1)
    assert first.value("steady_updates_total") == 2
    assert first.value("steady_messages_sent_total", {"kind": "prompt"}) == 1
    assert first.value("steady_messages_sent_total", {"kind": "other"}) == 1
    assert first.value("steady_send_failures_total", {"reason": "blocked"}) == 2
    assert first.value("steady_send_failures_total", {"reason": "other"}) == 1
    assert first.value("steady_queue_depth") == 3
    assert first.value("steady_scheduler_lag_seconds") == 0  # never negative
    assert second.value("steady_updates_total") == 0


def test_every_failure_reason_is_exported_from_the_start() -> None:
    body, content_type = Metrics().render()
    assert content_type.startswith("text/plain")
    text = body.decode()
    for reason in FAILURE_REASONS:
        assert f'steady_send_failures_total{{reason="{reason}"}} 0.0' in text
    openmetrics, kind = Metrics().render("application/openmetrics-text; version=1.0.0")
    assert kind.startswith("application/openmetrics-text") and openmetrics.endswith(b"# EOF\n")


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (RetryAfter(timedelta(seconds=3)), "rate_limited"),
        (Forbidden("Forbidden: bot was blocked by the user"), "blocked"),
        (BadRequest("Bad Request: chat not found"), "chat_not_found"),
        (BadRequest("Bad Request: message is too long"), "bad_request"),
        (TimedOut(), "timeout"),
        (NetworkError("connection reset"), "network"),
        (TelegramError("odd"), "other"),
        (ValueError("x"), "other"),
    ],
)
def test_failure_reasons(error: BaseException, reason: str) -> None:
    assert failure_reason(error) == reason


def test_status_reasons() -> None:
    assert [status_reason(s) for s in (400, 401, 403, 429, 502)] == [
        "bad_request",
        "other",
        "blocked",
        "rate_limited",
        "server_error",
    ]


async def test_queue_gauges_count_due_pending_deliveries(
    session: AsyncSession, database_url: URL
) -> None:
    kim = await make_user(session, user_id=303, now=NOW)

    def row(status: str, due: datetime) -> Delivery:
        return prompt_delivery(kim.id, status, due)

    session.add_all(
        [
            row("pending", NOW - timedelta(seconds=90)),
            row("pending", NOW - timedelta(seconds=5)),
            row("pending", NOW + timedelta(minutes=5)),  # not due yet
            row("held", NOW - timedelta(hours=1)),  # parked by a pause, not lagging
            row("sent", NOW - timedelta(hours=2)),
        ]
    )
    await session.commit()
    metrics = Metrics()
    engine = make_engine(database_url)
    try:
        sessions = make_sessionmaker(engine)
        await refresh_queue_gauges(metrics, sessions, NOW)
        assert metrics.value("steady_queue_depth") == 2
        assert metrics.value("steady_scheduler_lag_seconds") == 90
        await refresh_queue_gauges(metrics, sessions, NOW - timedelta(hours=3))
        assert metrics.value("steady_queue_depth") == 0
        assert metrics.value("steady_scheduler_lag_seconds") == 0
    finally:
        await engine.dispose()


async def scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """GET /metrics and parse it the way Prometheus does."""
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{port}/metrics") as response,
    ):
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        text = await response.text()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def test_counters_move_with_real_traffic(tg: FakeTelegram, bot: AnyApplication) -> None:
    port = ops_port(bot)
    assert port is not None
    before = await scrape(port)
    assert before[("steady_updates_total", ())] == 0
    assert ("steady_queue_depth", ()) in before and ("steady_scheduler_lag_seconds", ()) in before

    kim = tg.user("Kim")
    await kim.send("/start")
    await kim.next_message()
    await kim.send("/help")
    await kim.next_message()
    tg.fail_next(
        "sendMessage", error_code=403, description="Forbidden: bot was blocked by the user"
    )
    await kim.send("/settings")
    await kim.next_message()  # the kind "something went wrong" after the refused reply

    after = await scrape(port)
    assert after[("steady_updates_total", ())] >= 3
    assert after[("steady_messages_sent_total", (("kind", "reply"),))] >= 3
    assert after[("steady_send_failures_total", (("reason", "blocked"),))] == 1
    assert after[("steady_queue_depth", ())] == 0
    assert metrics_of(bot).value("steady_updates_total") == after[("steady_updates_total", ())]


async def test_scheduled_messages_are_counted_by_kind(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    if "observer" not in inspect.signature(Dispatcher).parameters:
        pytest.skip("jobs/dispatch.py takes no observer yet: the dispatcher hooks are not wired")
    alex, sam = await setup_couple(tg)
    await sam.send("/nudgetime 09:30")
    await sam.next_message()
    clock.advance(minutes=30)
    await sam.next_message()  # the prompt
    metrics = metrics_of(bot)
    for _ in range(100):  # the dispatcher records right after Telegram accepts
        if metrics.value("steady_messages_sent_total", {"kind": "prompt"}):
            break
        await asyncio.sleep(0.02)
    port = ops_port(bot)
    assert port is not None
    scraped = await scrape(port)
    assert scraped[("steady_messages_sent_total", (("kind", "prompt"),))] == 1
    assert scraped[("steady_send_failures_total", (("reason", "gave_up"),))] == 0
