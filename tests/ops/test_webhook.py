"""Webhook mode: only requests carrying Telegram's secret token are processed, and an
update that cannot be read is answered and skipped rather than refused.

The refusal is PTB's own (telegram/ext/_utils/webhookhandler.py, `_validate_post`:
a missing or different X-Telegram-Bot-Api-Secret-Token header is a 403); these tests
prove it holds for Steady's configuration, over real HTTP on loopback.
"""

from __future__ import annotations

import inspect
import itertools
import logging
import socket
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from telegram import Update
from telegram.ext import Updater

from bot.app import AnyApplication, build_application
from bot.config import Settings
from bot.ops.webhook import (
    SteadyUpdater,
    WebhookConfig,
    run_webhook,
    start_webhook,
    webhook_config,
)
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


class _Rendered(logging.Handler):
    """Every record as text at the moment it is logged, before any filter can scrub it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[tuple[logging.LogRecord, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record, self.format(record) + repr(record.args)))


@pytest.fixture
def raw_logs() -> Iterator[_Rendered]:
    """Every logger at DEBUG (PTB's and tornado's too), each record rendered unscrubbed.

    The test calls `everything_at_debug` again once the webhook is up, since starting it
    holds PTB's and tornado's loggers at INFO."""
    names = ("", "telegram", "tornado")
    saved = {name: logging.getLogger(name).level for name in names}
    capture = _Rendered()
    root = logging.getLogger()
    root.handlers.insert(0, capture)  # ahead of the bot's own handler and its scrubbing filter
    everything_at_debug()
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


def everything_at_debug() -> None:
    for name in ("", "telegram", "tornado"):
        logging.getLogger(name).setLevel(logging.DEBUG)


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


#: A poll whose option lacks persistent_id (PTB 22.8 requires it since Bot API 9.6), as
#: a Bot API older than the library posts it; its words must never reach a log.
UNREADABLE_POLL = {
    "id": "5000000002",
    "question": "lilac-poll-question",
    "options": [{"text": "saffron-option", "voter_count": 0}],
    "total_voter_count": 0,
    "is_closed": False,
    "is_anonymous": True,
    "type": "regular",
    "allows_multiple_answers": False,
}


async def test_webhook_answers_an_update_it_cannot_read_and_goes_on(
    tg: FakeTelegram, settings: Settings, clock: FakeClock, raw_logs: _Rendered
) -> None:
    """Answered 200 (a refusal makes Telegram post it again and again, holding back what
    comes after it), logged by id and type only, counted; the next update is answered.
    An update of a type nothing handles is answered 200 too."""
    port = free_port()
    config = WebhookConfig(url=PUBLIC_URL, listen="127.0.0.1", port=port, secret_token=SECRET)
    kim = tg.user("Kim")
    kim.has_started = True
    async with webhook_bot(settings, clock, config) as app:
        everything_at_debug()  # start_webhook held PTB and tornado at INFO
        assert await post(port, command_update(kim, "/help"), SECRET) == 200
        assert (await kim.next_message()).plain_text.startswith("Here's what I can do")

        bad = next(_update_ids)
        assert await post(port, {"update_id": bad, "poll": UNREADABLE_POLL}, SECRET) == 200
        unhandled = {"update_id": next(_update_ids), "some_future_kind": {"id": 7}}
        assert await post(port, unhandled, SECRET) == 200

        assert await post(port, command_update(kim, "/help"), SECRET) == 200
        assert (await kim.next_message()).plain_text.startswith("Here's what I can do")
        await kim.expect_no_message(within=0.3)
        metrics = app.bot_data.metrics
        assert metrics.value("steady_updates_unparseable_total", {"type": "poll"}) == 1
        assert metrics.value("steady_updates_total") == 4  # the bad one as a bare update

    records = [record for record, _ in raw_logs.lines]
    assert {"telegram.ext.Updater", "bot.botapi"} <= {r.name for r in records}
    skipped = [r.getMessage() for r in records if r.name == "bot.botapi"]
    assert skipped == [f"skipped update {bad} of type poll: it could not be read (TypeError)"]
    assert not [r.getMessage() for r in records if r.levelno >= logging.ERROR]
    logged = "\n".join(line for _, line in raw_logs.lines)
    assert "lilac" not in logged and "saffron" not in logged


def test_steady_updater_replaces_the_start_webhook_it_was_written_against() -> None:
    """SteadyUpdater._start_webhook stands in for PTB 22.8's private one: a PTB whose
    signature differs must be read again (bot/ops/webhook.py) before it is pinned."""

    def shape(method: Any) -> list[tuple[str, Any]]:
        return [(p.name, p.default) for p in inspect.signature(method).parameters.values()]

    assert shape(SteadyUpdater._start_webhook) == shape(Updater._start_webhook)
