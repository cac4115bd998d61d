"""Validation helpers for the operations settings, for `bot/config.py` to call.

Why here: the rules (Telegram's secret-token alphabet, HTTPS-only webhooks, a
comma-separated ADMIN_IDS) sit next to the code that relies on them, and each
error is one line that names the variable and shows a good example.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

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
        raise ValueError("WEBHOOK_URL must not have a query or fragment, e.g. https://bot.example.com/telegram")
    return value


def check_secret_token(value: str) -> str:
    """Empty, or 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's own rule)."""
    value = value.strip()
    if value and not _SECRET_RE.match(value):
        raise ValueError(
            "WEBHOOK_SECRET_TOKEN may use only A-Z, a-z, 0-9, _ and - (1-256 characters), "
            "e.g. the output of: python -c \"import secrets; print(secrets.token_urlsafe(32))\""
        )
    return value


def webhook_problem(*, url: str, secret_token: str, port: int, ops_port: int) -> str | None:
    """Cross-field rule: webhook mode needs a secret, and the two servers need two ports."""
    if url and not secret_token:
        return (
            "WEBHOOK_SECRET_TOKEN is required when WEBHOOK_URL is set, so requests that do "
            "not come from Telegram are refused"
        )
    if url and ops_port and ops_port == port:
        return f"OPS_PORT and WEBHOOK_PORT must differ (both are {port})"
    return None


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
            raise ValueError("ADMIN_IDS must be Telegram user ids separated by commas, e.g. 123456789,987654321")
        return [int(item) for item in items]
    return value
