"""Settings read from the environment or `.env`, validated once at start-up.

The one home of every setting, the operations ones (webhook, ops server, operators,
migrations) included: the rest of bot/ reads a typed `Settings`, and this module
imports nothing from bot/ (tests/test_layers.py). Each error is one line that names
the variable and shows a good example.
"""

from __future__ import annotations

import re
from ipaddress import ip_address
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import URL

from db.urls import DEFAULT_DATABASE_URL, normalise_database_url

# Telegram tokens look like "123456789:AAE...": a numeric bot id, a colon, a 30+ char secret.
_TOKEN_RE = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,}$")
# Telegram: "1-256 characters. Only characters A-Z, a-z, 0-9, _ and - are allowed."
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def check_webhook_url(value: str) -> str:
    """Empty (polling) or an absolute https URL: Telegram only delivers webhooks over HTTPS."""
    value = value.strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError(
            "WEBHOOK_URL must be the public https address Telegram will post to, "
            "e.g. https://bot.example.com/telegram (leave it empty for long polling)"
        )
    if parts.query or parts.fragment:
        raise ValueError(
            "WEBHOOK_URL must not have a query or fragment, e.g. https://bot.example.com/telegram"
        )
    return value


def check_secret_token(value: str) -> str:
    """Empty, or 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's own rule)."""
    value = value.strip()
    if value and not _SECRET_RE.match(value):
        raise ValueError(
            "WEBHOOK_SECRET_TOKEN may use only A-Z, a-z, 0-9, _ and - (1-256 characters), "
            'e.g. the output of: python -c "import secrets; print(secrets.token_urlsafe(32))"'
        )
    return value


def check_api_base_url(value: str) -> str:
    """An http(s) Bot API address ending in `/bot`, since PTB appends the token to it as
    written (`https://api.telegram.org/bot` + token); or one with a `{token}` placeholder,
    PTB's form for Telegram's test environment (`https://api.telegram.org/bot{token}/test`).

    Refused rather than mended: without `/bot` every call fails (404, or a port number
    swallowing the token), and guessing where a proxy's path wants the token could be
    wrong, so the operator is shown the right form instead.
    """
    value = value.strip()
    parts = urlsplit(value)
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:  # a port that is not a number
        port = None
    if parts.scheme not in ("http", "https") or not parts.hostname or port is None:
        raise ValueError(
            "TELEGRAM_API_BASE_URL must be an http(s) address ending in /bot, "
            "e.g. https://api.telegram.org/bot or http://127.0.0.1:8081/bot"
        )
    if "{token}" in value or (parts.path.endswith("/bot") and not parts.query + parts.fragment):
        return value
    # The suggestion repeats the address without any user:password part.
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    path = parts.path.rstrip("/")
    path = path if path.endswith("/bot") else f"{path}/bot"
    suggestion = f"{parts.scheme}://{host}{port}{path}"
    raise ValueError(
        "TELEGRAM_API_BASE_URL must end in /bot, because the token is appended to it "
        f"(e.g. {suggestion}; the default is https://api.telegram.org/bot)"
    )


def is_loopback_url(value: str) -> bool:
    """Whether an http(s) address points at this machine's loopback (127.0.0.0/8, ::1,
    localhost): the local demo's Bot API, never Telegram's."""
    try:
        host = urlsplit(value.strip()).hostname or ""
    except ValueError:
        return False
    if host == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def parse_admin_ids(value: object) -> object:
    """ADMIN_IDS as written by people: "123, 456", "123 456", a JSON list or a bare number."""
    if isinstance(value, int):
        return [value]
    if isinstance(value, str):
        text = value.strip().strip("[]")
        if not text:
            return []
        items = [item for item in re.split(r"[\s,;]+", text) if item]
        if not all(re.fullmatch(r"-?\d{1,20}", item) for item in items):
            raise ValueError(
                "ADMIN_IDS must be Telegram user ids separated by commas, e.g. 123456789,987654321"
            )
        return [int(item) for item in items]
    return value


class Settings(BaseSettings):
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
    # Updates handled at once, from different people (one person's stay in order).
    update_concurrency: int = Field(default=32, ge=1, le=1024)
    # A burst: updates from one person with less than burst_quiet_seconds between them.
    # At most flood_max_updates of a burst within flood_window_seconds are handled.
    flood_max_updates: int = Field(default=20, ge=1, le=10_000)
    flood_window_seconds: float = Field(default=60, gt=0, le=3600)
    burst_quiet_seconds: float = Field(default=3, gt=0, le=600)
    # How long start-up keeps trying to reach the Bot API (backoff 1, 2, 4 … 30 s) before
    # it exits 5 for a supervisor to restart it; 0 tries once.
    startup_retry_seconds: float = Field(default=60, ge=0, le=3600)

    # --- operations: every default is safe (long polling, no ops server, no operators)
    webhook_url: str = ""  # empty: long polling
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    # Validated even when unset: webhook mode without a secret must not start.
    webhook_secret_token: SecretStr = Field(default=SecretStr(""), validate_default=True)
    ops_port: int = Field(default=0, ge=0, le=65535)  # 0: off
    ops_listen: str = "127.0.0.1"
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    # False where a prestart step (`python -m db.migrate`) migrates once for all replicas.
    migrate_on_start: bool = True
    # The local demo's movable clock (`python -m demo` sets it): a file holding an offset
    # in seconds. Refused unless the Bot API is on loopback and there is no webhook, so a
    # bot that talks to Telegram never has its time moved.
    demo_clock_file: str = ""

    @field_validator("telegram_bot_token")
    @classmethod
    def _check_token(cls, value: SecretStr) -> SecretStr:
        if not _TOKEN_RE.match(value.get_secret_value().strip()):
            raise ValueError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (expected 123456789:ABC..., "
                "as BotFather gives it)"
            )
        return SecretStr(value.get_secret_value().strip())

    @field_validator("telegram_api_base_url")
    @classmethod
    def _check_api_base_url(cls, value: str) -> str:
        return check_api_base_url(value)

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

    @field_validator("webhook_url")
    @classmethod
    def _check_webhook_url(cls, value: str) -> str:
        return check_webhook_url(value)

    @field_validator("webhook_secret_token")
    @classmethod
    def _check_secret(cls, value: SecretStr, info: ValidationInfo) -> SecretStr:
        secret = check_secret_token(value.get_secret_value())
        if info.data.get("webhook_url") and not secret:
            raise ValueError(
                "WEBHOOK_SECRET_TOKEN is required when WEBHOOK_URL is set, so requests that "
                "do not come from Telegram are refused"
            )
        return SecretStr(secret)

    @field_validator("ops_port")
    @classmethod
    def _check_ops_port(cls, value: int, info: ValidationInfo) -> int:
        if value and info.data.get("webhook_url") and value == info.data.get("webhook_port"):
            raise ValueError(f"OPS_PORT and WEBHOOK_PORT must differ (both are {value})")
        return value

    @field_validator("webhook_listen", "ops_listen", mode="before")
    @classmethod
    def _blank_listen_is_the_default(cls, value: object, info: ValidationInfo) -> object:
        """`OPS_LISTEN=` (written but empty) means the default address, not every interface."""
        if isinstance(value, str) and not value.strip():
            assert info.field_name is not None
            return cls.model_fields[info.field_name].default
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        return parse_admin_ids(value)

    @field_validator("demo_clock_file")
    @classmethod
    def _check_demo_clock(cls, value: str, info: ValidationInfo) -> str:
        value = value.strip()
        if not value:
            return ""
        api = str(info.data.get("telegram_api_base_url", ""))
        if not is_loopback_url(api) or info.data.get("webhook_url"):
            raise ValueError(
                "DEMO_CLOCK_FILE is the local demo's clock (scripts/run --demo sets it) and "
                "works only with a Bot API on 127.0.0.1 and no webhook; unset it to run the bot"
            )
        return value

    @property
    def async_database_url(self) -> URL:
        """The URL with the async driver the bot uses."""
        return normalise_database_url(self.database_url)


def env_name(field: str) -> str:
    """The environment variable that sets a field: pydantic-settings' own rule (the
    field's name, case-insensitive, no prefix), written as .env.example writes it."""
    return f"{Settings.model_config.get('env_prefix', '')}{field}".upper()


def describe_settings_error(error: ValidationError) -> str:
    """One human line for a failed configuration, without echoing secret values."""
    parts: list[str] = []
    for item in error.errors():
        field = str(item["loc"][0]) if item["loc"] else "settings"
        name = env_name(field)
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
