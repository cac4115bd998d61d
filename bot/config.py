"""Settings read from the environment or `.env`, validated once at start-up."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import URL

from bot.ops.settings import OPS_FIELD_NAMES, OpsSettings
from db.urls import DEFAULT_DATABASE_URL, normalise_database_url

# Telegram tokens look like "123456789:AAE...": a numeric bot id, a colon, a 30+ char secret.
_TOKEN_RE = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,}$")


class Settings(BaseSettings, OpsSettings):
    """Every knob of the bot; see `.env.example` for the documented list."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    database_url: str = DEFAULT_DATABASE_URL
    default_timezone: str = "UTC"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    log_format: Literal["text", "json"] = "text"
    invite_ttl_hours: int = Field(default=24, ge=1, le=24 * 7)
    breathe_seconds_per_count: float = Field(default=1.0, gt=0, le=5)
    scheduler_tick_seconds: float = Field(default=0.25, gt=0, le=60)
    delivery_grace_minutes: float = Field(default=10, ge=0, le=24 * 60)
    # Longer than the 30 days /record looks back.
    delivery_retention_days: int = Field(default=35, ge=31, le=3650)
    send_rate_per_second: float = Field(default=30, ge=0, le=1000)
    send_concurrency: int = Field(default=32, ge=1, le=256)
    telegram_http_client: Literal["aiohttp", "httpx"] = "aiohttp"
    send_lease_seconds: float = Field(default=300, ge=1, le=3600)
    flood_max_updates: int = Field(default=30, ge=1, le=10_000)
    flood_window_seconds: float = Field(default=60, gt=0, le=3600)

    @field_validator("telegram_bot_token")
    @classmethod
    def _check_token(cls, value: SecretStr) -> SecretStr:
        if not _TOKEN_RE.match(value.get_secret_value().strip()):
            raise ValueError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (expected 123456789:ABC..., "
                "as BotFather gives it)"
            )
        return SecretStr(value.get_secret_value().strip())

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        normalise_database_url(value)
        return value.strip()

    @field_validator("default_timezone")
    @classmethod
    def _check_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"DEFAULT_TIMEZONE '{value}' is not a known IANA zone (e.g. Europe/Berlin)"
            ) from None
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @property
    def async_database_url(self) -> URL:
        """The URL with the async driver the bot uses."""
        return normalise_database_url(self.database_url)

    def sqlite_path(self) -> Path | None:
        """The SQLite file, if the database is a SQLite file (so its folder can be created)."""
        url = self.async_database_url
        if url.drivername.startswith("sqlite") and url.database and url.database != ":memory:":
            return Path(url.database)
        return None


_FIELD_NAMES = {
    "telegram_bot_token": "TELEGRAM_BOT_TOKEN",
    "telegram_api_base_url": "TELEGRAM_API_BASE_URL",
    "database_url": "DATABASE_URL",
    "default_timezone": "DEFAULT_TIMEZONE",
    "log_level": "LOG_LEVEL",
    "log_format": "LOG_FORMAT",
    "invite_ttl_hours": "INVITE_TTL_HOURS",
    "breathe_seconds_per_count": "BREATHE_SECONDS_PER_COUNT",
    "scheduler_tick_seconds": "SCHEDULER_TICK_SECONDS",
    "delivery_grace_minutes": "DELIVERY_GRACE_MINUTES",
    "delivery_retention_days": "DELIVERY_RETENTION_DAYS",
    "send_rate_per_second": "SEND_RATE_PER_SECOND",
    "send_concurrency": "SEND_CONCURRENCY",
    "telegram_http_client": "TELEGRAM_HTTP_CLIENT",
    "send_lease_seconds": "SEND_LEASE_SECONDS",
    "flood_max_updates": "FLOOD_MAX_UPDATES",
    "flood_window_seconds": "FLOOD_WINDOW_SECONDS",
    **OPS_FIELD_NAMES,
}


def describe_settings_error(error: ValidationError) -> str:
    """One human line for a failed configuration, without echoing secret values."""
    parts: list[str] = []
    for item in error.errors():
        field = str(item["loc"][0]) if item["loc"] else "settings"
        name = _FIELD_NAMES.get(field, field.upper())
        if item["type"] == "missing":
            if name == "TELEGRAM_BOT_TOKEN":
                parts.append(
                    "TELEGRAM_BOT_TOKEN is not set: put the token from @BotFather in the "
                    "environment or in .env"
                )
            else:
                parts.append(f"{name} is not set")
        else:
            message = str(item["msg"]).removeprefix("Value error, ")
            if name not in message:
                message = f"{name}: {message}"
            parts.append(message)
    return "configuration error: " + "; ".join(parts)
