"""Webhook mode: only requests carrying Telegram's secret token are processed.

The refusal is PTB's own (telegram/ext/_utils/webhookhandler.py, `_validate_post`:
a missing or different X-Telegram-Bot-Api-Secret-Token header is a 403); these tests
prove it holds for Steady's configuration, over real HTTP on loopback.
"""

from __future__ import annotations

import itertools
import socket
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from telegram import Update

from bot.app import AnyApplication, build_application
from bot.config import Settings
from bot.ops.webhook import WebhookConfig, run_webhook, start_webhook, webhook_config
from tests.fakebot import FakeTelegram, SimUser
from tests.support.clock import FakeClock

SECRET = "s3cret-Token_for-tests"
PUBLIC_URL = "https://steady.example.test/telegram/updates"
_update_ids = itertools.count(500_000_001)


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def command_update(user: SimUser, text: str) -> dict[str, Any]:
    """A Telegram-shaped update: `user` sends a command in the private chat."""
    return {
        "update_id": next(_update_ids),
        "message": {
            "message_id": next(_update_ids) % 100_000,
            "from": user.as_user(),
            "chat": user.as_chat(),
            "date": int(time.time()),
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
        },
    }


@asynccontextmanager
async def webhook_bot(
    settings: Settings, clock: FakeClock, config: WebhookConfig
) -> AsyncIterator[AnyApplication]:
    """The real app in webhook mode (no polling), started the way run_webhook would."""
    app = build_application(settings, clock=clock)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()
    await start_webhook(app, config)
    try:
        yield app
    finally:
        assert app.updater is not None
        await app.updater.stop()
        await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


async def post(port: int, update: dict[str, Any], secret: str | None) -> int:
    """POST an update to our webhook as Telegram would; returns the HTTP status."""
    headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            f"http://127.0.0.1:{port}/telegram/updates", json=update, headers=headers
        ) as response,
    ):
        return response.status


async def test_webhook_refuses_requests_without_the_secret_and_processes_those_with_it(
    tg: FakeTelegram, settings: Settings, clock: FakeClock
) -> None:
    port = free_port()
    config = WebhookConfig(url=PUBLIC_URL, listen="127.0.0.1", port=port, secret_token=SECRET)
    kim = tg.user("Kim")
    kim.has_started = True  # Kim writes to the bot through the webhook, not the fake's queue
    async with webhook_bot(settings, clock, config):
        [registered] = tg.requests_for("setWebhook")
        assert registered.params["url"] == PUBLIC_URL
        assert registered.params["secret_token"] == SECRET
        assert tg.webhook_url == PUBLIC_URL

        assert await post(port, command_update(kim, "/help"), secret=None) == 403
        assert await post(port, command_update(kim, "/help"), secret="wrong-secret") == 403
        assert await post(port, command_update(kim, "/help"), secret=SECRET.upper()) == 403
        await kim.expect_no_message(within=0.5)

        assert await post(port, command_update(kim, "/help"), secret=SECRET) == 200
        answer = await kim.next_message()
        assert answer.plain_text.startswith("Here's what I can do")
        await kim.expect_no_message(within=0.3)  # processed once


def test_webhook_config_from_settings() -> None:
    token = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"
    polling = Settings(_env_file=None, telegram_bot_token=token, webhook_url="")  # type: ignore[call-arg]
    assert webhook_config(polling) is None
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        telegram_bot_token=token,
        webhook_url=PUBLIC_URL,
        webhook_listen="0.0.0.0",
        webhook_port=8443,
        webhook_secret_token=SECRET,
    )
    config = webhook_config(settings)
    assert config == WebhookConfig(url=PUBLIC_URL, listen="0.0.0.0", port=8443, secret_token=SECRET)
    assert config.url_path == "telegram/updates"


@pytest.mark.parametrize(
    ("url", "secret"),
    [
        (PUBLIC_URL, ""),  # no secret: anyone could post updates
        (PUBLIC_URL, "has space"),
        (PUBLIC_URL, "x" * 257),
        ("http://steady.example.test/hook", SECRET),  # Telegram only posts over HTTPS
        ("steady.example.test/hook", SECRET),
    ],
)
def test_webhook_config_refuses_unsafe_values(url: str, secret: str) -> None:
    with pytest.raises(ValueError):
        WebhookConfig(url=url, secret_token=secret)


def test_run_webhook_passes_everything_to_ptb(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    class App:
        def run_webhook(self, **kwargs: Any) -> None:
            seen.update(kwargs)

    config = WebhookConfig(url=PUBLIC_URL, listen="0.0.0.0", port=8443, secret_token=SECRET)
    run_webhook(App(), config)  # type: ignore[arg-type]  # a stand-in: only run_webhook is used
    assert seen == {
        "listen": "0.0.0.0",
        "port": 8443,
        "url_path": "telegram/updates",
        "webhook_url": PUBLIC_URL,
        "secret_token": SECRET,
        "allowed_updates": Update.ALL_TYPES,
        "drop_pending_updates": False,
    }
