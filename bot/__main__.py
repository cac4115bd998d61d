"""`python -m bot`: validate settings, migrate the database (unless
MIGRATE_ON_START=false, where `python -m db.migrate` runs first), then poll Telegram
or serve the webhook."""

from __future__ import annotations

import logging
import sys

from pydantic import ValidationError
from telegram import Update

from bot.app import build_application
from bot.config import Settings, describe_settings_error
from bot.logs import configure_logging
from bot.ops.webhook import run_webhook, webhook_config
from db.migrate import describe_preparation_error, upgrade_to_head


def main() -> int:
    """Run the bot until interrupted; configuration problems exit 2 with one line."""
    try:
        settings = Settings()  # type: ignore[call-arg]  # fields come from the environment
    except ValidationError as error:
        print(f"steady: {describe_settings_error(error)}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.log_format)
    log = logging.getLogger("bot")
    if settings.migrate_on_start:
        try:
            upgrade_to_head(settings.async_database_url)
        except Exception as error:  # noqa: BLE001 - any failure here means "cannot start"
            url = settings.async_database_url
            print(f"steady: {describe_preparation_error(url, error)}", file=sys.stderr)
            return 3
    else:
        log.info("MIGRATE_ON_START=false: not migrating (python -m db.migrate does that)")
    app = build_application(settings)
    webhook = webhook_config(settings)
    if webhook is not None:
        log.info("database ready; serving the webhook on port %s", webhook.port)
        run_webhook(app, webhook)
        return 0
    log.info("database ready; starting long polling")
    # Updates sent while the bot was down are processed, not dropped.
    app.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
