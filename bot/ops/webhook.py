"""Webhook mode: Telegram posts updates to us instead of us polling for them.

Why PTB's own server: `Updater.start_webhook` (tornado) already refuses, with 403,
any request whose `X-Telegram-Bot-Api-Secret-Token` header is missing or wrong
(telegram/ext/_utils/webhookhandler.py, `TelegramHandler._validate_post`), and it
refuses non-JSON bodies too; we only feed it validated settings.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import Application

from bot.config import Settings, check_secret_token, check_webhook_url

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
