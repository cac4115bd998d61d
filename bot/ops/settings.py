"""The operations settings (webhook, ops server, operators) and their validation.

Why here: the rules (Telegram's secret-token alphabet, HTTPS-only webhooks, a
comma-separated ADMIN_IDS) sit next to the code that relies on them, and each
error is one line that names the variable and shows a good example.
"""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import BaseModel, Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import NoDecode

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


class OpsSettings(BaseModel):
    """The operations fields, for `class Settings(BaseSettings, OpsSettings)` in bot/config.py.

    Every default is safe: long polling, no ops server, no operators.
    """

    webhook_url: str = ""  # empty: long polling
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    # Validated even when unset: webhook mode without a secret must not start.
    webhook_secret_token: SecretStr = Field(default=SecretStr(""), validate_default=True)
    ops_port: int = Field(default=0, ge=0, le=65535)  # 0: off
    ops_listen: str = "127.0.0.1"
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)

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

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> object:
        return parse_admin_ids(value)


#: Entries for `_FIELD_NAMES` in bot/config.py (error messages name the variable).
OPS_FIELD_NAMES = {
    "webhook_url": "WEBHOOK_URL",
    "webhook_listen": "WEBHOOK_LISTEN",
    "webhook_port": "WEBHOOK_PORT",
    "webhook_secret_token": "WEBHOOK_SECRET_TOKEN",
    "ops_port": "OPS_PORT",
    "ops_listen": "OPS_LISTEN",
    "admin_ids": "ADMIN_IDS",
}
