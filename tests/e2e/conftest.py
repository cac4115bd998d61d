"""End-to-end fixtures: the real PTB Application polling a fake Bot API on loopback."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy.engine import URL

from bot.app import AnyApplication
from bot.config import Settings
from bot.logs import configure_logging
from tests.fakebot import FakeTelegram
from tests.support.app import running_bot
from tests.support.clock import FakeClock

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "_transcripts"


@pytest.fixture
async def tg(request: pytest.FixtureRequest) -> AsyncIterator[FakeTelegram]:
    """The fake Telegram; every request the bot made must have been valid per api.json."""
    server = FakeTelegram()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid.split("::", 1)[-1])
        module = Path(str(request.node.fspath)).stem
        server.write_transcript(TRANSCRIPTS / module / f"{name}.txt", title=request.node.nodeid)
    server.assert_no_violations()


@pytest.fixture
def settings(tg: FakeTelegram, database_url: URL) -> Settings:
    """Settings pointing the bot at the fake server and the test database."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]  # pydantic-settings' _env_file, unknown to mypy
        telegram_bot_token=SecretStr(tg.token),
        telegram_api_base_url=tg.base_url,
        database_url=database_url.render_as_string(hide_password=False),
        default_timezone="UTC",
        breathe_seconds_per_count=0.01,
        scheduler_tick_seconds=0.05,
        send_rate_per_second=0,
        # Both Bot API clients must pass every end-to-end test; .ci/run runs e2e with each.
        telegram_http_client=os.environ.get("TEST_HTTP_CLIENT", "aiohttp"),
    )


@pytest.fixture
async def bot(settings: Settings, clock: FakeClock) -> AsyncIterator[AnyApplication]:
    """The bot, running for the duration of the test."""
    async with running_bot(settings, clock) as app:
        yield app


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Everything logged at DEBUG, with the bot's own logging set-up applied."""
    loggers = ["", "telegram", "httpx", "httpcore", "apscheduler", "aiosqlite", "sqlalchemy"]
    saved = {name: logging.getLogger(name).level for name in loggers}
    configure_logging("DEBUG")
    caplog.set_level(logging.DEBUG)
    configure_logging("DEBUG")
    yield caplog
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)
