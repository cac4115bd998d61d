"""Webhook mode: Telegram posts updates to us instead of us polling for them.

Why PTB's own server: `Updater.start_webhook` (tornado) already refuses, with 403,
any request whose `X-Telegram-Bot-Api-Secret-Token` header is missing or wrong
(telegram/ext/_utils/webhookhandler.py, `TelegramHandler._validate_post`), and it
refuses non-JSON bodies too; we only feed it validated settings.

Why `SteadyUpdater`: PTB answers an update it cannot read (a field it requires missing,
as a Bot API version skew produces) with 400 and logs its whole body at CRITICAL;
Telegram then posts it again and again, and the updates behind it wait. Ours answers it
200 and skips it the way polling does (`SteadyBot.readable`: logged by id and type,
counted in steady_updates_unparseable_total, handed on as a bare `Update(update_id=...)`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import Application, Updater
from telegram.ext._utils.webhookhandler import TelegramHandler, WebhookAppClass, WebhookServer

from bot.botapi import SteadyBot
from bot.config import Settings, check_secret_token, check_webhook_url

if TYPE_CHECKING:
    import asyncio
    from socket import socket

AnyApplication = Application[Any, Any, Any, Any, Any, Any]

DEFAULT_LISTEN = "0.0.0.0"
DEFAULT_PORT = 8443


@dataclass(frozen=True)
class WebhookConfig:
    """Where Telegram posts (public URL), where we listen, and the shared secret."""

    url: str
    listen: str = DEFAULT_LISTEN
    port: int = DEFAULT_PORT
    secret_token: str = ""

    def __post_init__(self) -> None:
        check_webhook_url(self.url)
        if not check_secret_token(self.secret_token):
            raise ValueError("webhook mode needs a secret token (WEBHOOK_SECRET_TOKEN)")

    @property
    def url_path(self) -> str:
        """The local path we serve: the public URL's path, so a plain proxy needs no rewrite."""
        return urlsplit(self.url).path.strip("/")


def webhook_config(settings: Settings) -> WebhookConfig | None:
    """Webhook settings, or None when WEBHOOK_URL is empty (long polling, the default)."""
    if not settings.webhook_url:
        return None
    return WebhookConfig(
        url=settings.webhook_url,
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        secret_token=settings.webhook_secret_token.get_secret_value(),
    )


class _SkippingTelegramHandler(TelegramHandler):
    """PTB's handler, except that it first swaps an update PTB cannot read for its bare
    update_id (`SteadyBot.readable`), which PTB then parses, answers 200 and queues."""

    async def post(self) -> None:
        """The secret is checked before anything of the body is read."""
        self._validate_post()
        if isinstance(self.bot, SteadyBot):
            try:
                raw = json.loads(self.request.body)
            except ValueError:  # not JSON (nor UTF-8): PTB's own answer
                raw = None
            if isinstance(raw, dict) and isinstance(raw.get("update_id"), int):
                readable = self.bot.readable(raw)
                if readable is not raw:
                    self.request.body = json.dumps(readable).encode()
        await super().post()


class SteadyUpdater(Updater):
    """PTB's Updater, serving the webhook with `_SkippingTelegramHandler`.

    Why these private names (telegram.ext._utils.webhookhandler and `_start_webhook`,
    `_bootstrap`, `_httpd`): PTB offers no hook before its handler parses a posted
    update (the handler class is fixed in `WebhookAppClass`, which `_start_webhook`
    builds), and replacing its module globals would change every webhook in the process.
    `_start_webhook` is PTB's own, checked against python-telegram-bot 22.8 (pinned
    below 22.9 in pyproject.toml), without the TLS and unix-socket branches Steady does
    not use; tests/ops/test_webhook.py fails if PTB's signature changes.
    """

    __slots__ = ()

    async def _start_webhook(
        self,
        listen: str,
        port: int,
        url_path: str,
        bootstrap_retries: int,
        allowed_updates: Sequence[str] | None,
        cert: str | Path | None = None,
        key: str | Path | None = None,
        drop_pending_updates: bool | None = None,
        webhook_url: str | None = None,
        ready: asyncio.Event | None = None,
        ip_address: str | None = None,
        max_connections: int = 40,
        secret_token: str | None = None,
        unix: str | Path | socket | None = None,
    ) -> None:
        if cert is not None or key is not None or unix is not None or not webhook_url:
            raise ValueError("Steady's webhook is plain HTTP on TCP, behind a TLS proxy")
        path = f"/{url_path.lstrip('/')}"
        app = WebhookAppClass(path, self.bot, self.update_queue, secret_token)
        # Ahead of PTB's own route: tornado tries host rules added later before its
        # catch-all one. Same objects (bot, queue, secret) as PTB's handler gets.
        app.add_handlers(r".*", [(rf"{path}/?", _SkippingTelegramHandler, app.shared_objects)])
        self._httpd = WebhookServer(listen, port, app, None)
        await self._bootstrap(
            max_retries=bootstrap_retries,
            webhook_url=webhook_url,
            allowed_updates=allowed_updates,
            drop_pending_updates=drop_pending_updates,
            ip_address=ip_address,
            max_connections=max_connections,
            secret_token=secret_token,
        )
        await self._httpd.serve_forever(ready=ready)


def hold_content_loggers() -> None:
    """Keep PTB's loggers at INFO or above: at DEBUG they print update bodies and API
    parameters (message text) and a wrong secret token verbatim."""
    for name in ("telegram", "tornado"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.INFO:
            logger.setLevel(logging.INFO)


def _webhook_kwargs(config: WebhookConfig) -> dict[str, Any]:
    return {
        "listen": config.listen,
        "port": config.port,
        "url_path": config.url_path,
        "webhook_url": config.url,
        "secret_token": config.secret_token,
        "allowed_updates": Update.ALL_TYPES,
        # Updates sent while the bot was down are processed, not dropped.
        "drop_pending_updates": False,
    }


def run_webhook(app: AnyApplication, config: WebhookConfig) -> None:
    """Blocking, like `run_polling`: registers the webhook with Telegram and serves it."""
    hold_content_loggers()
    app.run_webhook(**_webhook_kwargs(config))


async def start_webhook(app: AnyApplication, config: WebhookConfig) -> None:
    """Non-blocking variant for an already running application (tests, embedding)."""
    hold_content_loggers()
    assert app.updater is not None
    await app.updater.start_webhook(**_webhook_kwargs(config))
