"""Operations fixtures: the end-to-end rig, one operator, and the ops wiring switched on."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from pydantic import SecretStr
from sqlalchemy.engine import URL

from bot.app import AnyApplication
from bot.config import Settings
from tests.e2e import conftest as e2e
from tests.fakebot import FakeTelegram
from tests.support.app import running_bot
from tests.support.clock import FakeClock

tg = e2e.tg  # the fake Telegram fixture (with transcripts and the violation check), shared

#: The operator's Telegram id; create them with `tg.user("Olu", user_id=ADMIN_ID)`.
ADMIN_ID = 990_001


@pytest.fixture
def settings(tg: FakeTelegram, database_url: URL) -> Settings:
    """The e2e settings plus ADMIN_IDS."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]  # pydantic-settings' _env_file, unknown to mypy
        telegram_bot_token=SecretStr(tg.token),
        telegram_api_base_url=tg.base_url,
        database_url=database_url.render_as_string(hide_password=False),
        default_timezone="UTC",
        breathe_seconds_per_count=0.01,
        scheduler_tick_seconds=0.05,
        send_rate_per_second=0,
        admin_ids=[ADMIN_ID],
    )


@pytest.fixture
async def bot(settings: Settings, clock: FakeClock) -> AsyncIterator[AnyApplication]:
    """The bot with /export, /stats, the update counter and the ops server (free port)."""
    async with running_bot(settings, clock, ops_server=True) as app:
        yield app
