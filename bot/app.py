"""The application factory: settings in, a fully wired PTB Application out.

Nothing here runs at import time; `python -m bot` and the tests build the same app.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand
from telegram.ext import Application, ApplicationBuilder
from telegram.request import BaseRequest

from bot import texts
from bot.config import Settings
from bot.handlers import register_handlers
from bot.runtime import RUNTIME_KEY, Runtime, get_runtime
from db.session import make_engine, make_sessionmaker
from jobs.clock import Clock, SystemClock

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    request: BaseRequest | None = None,
) -> AnyApplication:
    """Wire settings, database, handlers and job queue; the engine opens in `post_init`."""
    the_clock = clock or SystemClock()

    async def post_init(app: AnyApplication) -> None:
        engine = make_engine(settings.async_database_url)
        app.bot_data["steady.engine"] = engine
        app.bot_data[RUNTIME_KEY] = Runtime(
            settings=settings, sessions=make_sessionmaker(engine), clock=the_clock
        )
        await app.bot.set_my_commands(
            [BotCommand(name, description) for name, description in texts.COMMANDS]
        )
        log.info("bot ready as @%s", app.bot.username)

    async def post_shutdown(app: AnyApplication) -> None:
        engine = app.bot_data.pop("steady.engine", None)
        if engine is not None:
            await engine.dispose()

    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if request is not None:
        builder = builder.request(request)
    app = builder.build()
    register_handlers(app)
    return app


__all__ = ["AnyApplication", "build_application", "get_runtime"]
