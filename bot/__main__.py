"""`python -m bot`: validate settings, migrate the database (unless
MIGRATE_ON_START=false, where `python -m db.migrate` runs first), check that Telegram
knows the token, then poll Telegram or serve the webhook.

Each start-up fault is one line on stderr and a status of its own: 2 configuration,
3 the database, 4 the token refused by Telegram, 5 the Bot API unreachable
(docs/operations.md, "Start-up errors")."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from pydantic import ValidationError
from telegram import Update
from telegram.error import TelegramError

from bot.app import build_application
from bot.config import Settings, describe_settings_error
from bot.logs import configure_logging
from bot.ops.webhook import run_webhook, webhook_config
from bot.startup import (
    EXIT_CONFIGURATION,
    EXIT_DATABASE,
    StartupError,
    check_telegram,
    telegram_failure,
)
from db.migrate import describe_preparation_error, upgrade_to_head
from jobs.clock import DemoClock


def main() -> int:
    """Run the bot until interrupted; a start-up fault exits non-zero with one line."""
    try:
        settings = Settings()  # type: ignore[call-arg]  # fields come from the environment
    except ValidationError as error:
        print(f"steady: {describe_settings_error(error)}", file=sys.stderr)
        return EXIT_CONFIGURATION
    configure_logging(settings.log_level, settings.log_format)
    log = logging.getLogger("bot")
    if settings.migrate_on_start:
        try:
            migrated = upgrade_to_head(settings.async_database_url)
        except Exception as error:  # noqa: BLE001 - any failure here means "cannot start"
            url = settings.async_database_url
            print(f"steady: {describe_preparation_error(url, error)}", file=sys.stderr)
            return EXIT_DATABASE
        log.info(migrated.describe())
    else:
        log.info("MIGRATE_ON_START=false: not migrating (python -m db.migrate does that)")
    try:
        username = asyncio.run(check_telegram(settings))
    except StartupError as error:
        print(f"steady: {error.line}", file=sys.stderr)
        return error.status
    except KeyboardInterrupt:  # Ctrl-C while waiting for the Bot API: stop, quietly
        print("steady: interrupted while waiting for the Telegram Bot API", file=sys.stderr)
        return 130
    log.info("database ready; Telegram knows the bot as @%s", username)
    if settings.demo_clock_file:  # the local demo only: the settings refuse it otherwise
        clock = DemoClock(Path(settings.demo_clock_file))
        log.info("local demo: time comes from the demo's clock (%s)", clock.now().isoformat())
        app = build_application(settings, clock=clock)
    else:
        app = build_application(settings)
    webhook = webhook_config(settings)
    try:
        if webhook is not None:
            log.info("serving the webhook on port %s", webhook.port)
            run_webhook(app, webhook)
        else:
            log.info("starting long polling")
            # Updates sent while the bot was down are processed, not dropped.
            app.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    except TelegramError as error:
        failure = telegram_failure(error, settings)
        print(f"steady: {failure.line}", file=sys.stderr)
        return failure.status
    return 0


if __name__ == "__main__":
    sys.exit(main())
