"""Settings: validation at start, URL normalisation, one-line errors."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.config import Settings, describe_settings_error
from db.urls import normalise_database_url

TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"


def make(**values: object) -> Settings:
    """Settings from explicit values only, never from the developer's environment or .env."""
    # _env_file is pydantic-settings' own argument, unknown to mypy; the values are any
    # object on purpose (pydantic checks them, and the tests feed it wrong ones).
    return Settings(_env_file=None, **values)  # type: ignore[call-arg, arg-type]


def error_line(**values: object) -> str:
    with pytest.raises(ValidationError) as caught:
        make(**values)
    return describe_settings_error(caught.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("sqlite:///./data/steady.db", "sqlite+aiosqlite:///./data/steady.db"),
        ("sqlite:////tmp/x.db", "sqlite+aiosqlite:////tmp/x.db"),
        ("postgresql://u:p@db:5432/steady", "postgresql+asyncpg://u:p@db:5432/steady"),
        ("postgres://u:p@db/steady", "postgresql+asyncpg://u:p@db/steady"),
        ("postgresql+asyncpg://u@db/steady", "postgresql+asyncpg://u@db/steady"),
    ],
)
def test_database_urls_work_as_written(raw: str, expected: str) -> None:
    assert normalise_database_url(raw).render_as_string(hide_password=False) == expected


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "DEFAULT_TIMEZONE", "LOG_LEVEL", "TELEGRAM_API_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    settings = make(telegram_bot_token=TOKEN)
    assert settings.telegram_api_base_url == "https://api.telegram.org/bot"
    assert settings.database_url == "sqlite:///./data/steady.db"
    assert settings.default_timezone == "UTC"
    assert settings.log_level == "INFO"
    assert settings.invite_ttl_hours == 24


def test_reads_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("DEFAULT_TIMEZONE", "Europe/Berlin")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    # call-arg twice over: pydantic-settings' _env_file, and the token from the environment
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.default_timezone == "Europe/Berlin"
    assert settings.log_level == "DEBUG"


def test_missing_token_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    line = error_line()
    assert "TELEGRAM_BOT_TOKEN is not set" in line
    assert "\n" not in line


@pytest.mark.parametrize(
    "token", ["", "abc", "123:short", "notanumber:abcdefghijklmnopqrstuvwxyz0123456"]
)
def test_malformed_token_is_refused_without_echoing_it(token: str) -> None:
    line = error_line(telegram_bot_token=token)
    assert "TELEGRAM_BOT_TOKEN does not look like a bot token" in line
    if token:
        assert token not in line


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("mysql://u@h/db", "only sqlite:/// and postgresql://"),
        ("not a url", "DATABASE_URL"),
        ("sqlite://", "needs a file path"),
    ],
)
def test_bad_database_url(url: str, fragment: str) -> None:
    assert fragment in error_line(telegram_bot_token=TOKEN, database_url=url)


def test_unknown_zone() -> None:
    line = error_line(telegram_bot_token=TOKEN, default_timezone="Mars/Olympus")
    assert "DEFAULT_TIMEZONE 'Mars/Olympus' is not a known IANA zone" in line


@pytest.mark.parametrize(
    ("url", "example"),
    [
        ("http://127.0.0.1:8081", "e.g. http://127.0.0.1:8081/bot;"),
        ("http://127.0.0.1:8081/", "e.g. http://127.0.0.1:8081/bot;"),
        ("https://api.telegram.org", "e.g. https://api.telegram.org/bot;"),
        ("http://127.0.0.1:8081/bot/", "e.g. http://127.0.0.1:8081/bot;"),
        ("http://user:hunter2@proxy.example/telegram", "e.g. http://proxy.example/telegram/bot;"),
    ],
)
def test_api_base_url_without_bot_is_refused_with_the_right_form(url: str, example: str) -> None:
    """PTB appends the token to the base URL as written, so without /bot every call
    fails; the line shows the address as it should be (without any password in it)."""
    line = error_line(telegram_bot_token=TOKEN, telegram_api_base_url=url)
    assert "TELEGRAM_API_BASE_URL must end in /bot" in line
    assert example in line
    assert "hunter2" not in line
    assert "\n" not in line


@pytest.mark.parametrize("url", ["api.telegram.org/bot", "ftp://h/bot", "http://h:port/bot", ""])
def test_api_base_url_that_is_not_an_http_address_is_refused(url: str) -> None:
    line = error_line(telegram_bot_token=TOKEN, telegram_api_base_url=url)
    assert "TELEGRAM_API_BASE_URL must be an http(s) address ending in /bot" in line


@pytest.mark.parametrize(
    "url",
    [
        "https://api.telegram.org/bot",
        "http://127.0.0.1:8081/bot",
        "https://proxy.example/telegram/bot",
        "https://api.telegram.org/bot{token}/test",  # PTB's form for the test environment
    ],
)
def test_api_base_urls_in_the_right_form_are_kept(url: str) -> None:
    assert make(telegram_bot_token=TOKEN, telegram_api_base_url=url).telegram_api_base_url == url
