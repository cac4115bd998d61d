"""The operations settings in `bot/config.py`: safe defaults, clear errors."""

from __future__ import annotations

import pytest
from pydantic import SecretStr, ValidationError

from bot.config import Settings, describe_settings_error, env_name
from bot.ops.webhook import webhook_config

TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"
OPS_VARIABLES = (
    "WEBHOOK_URL",
    "WEBHOOK_LISTEN",
    "WEBHOOK_PORT",
    "WEBHOOK_SECRET_TOKEN",
    "OPS_PORT",
    "OPS_LISTEN",
    "ADMIN_IDS",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in OPS_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def load() -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]  # pydantic-settings' _env_file, unknown to mypy
        telegram_bot_token=SecretStr(TOKEN),
    )


def error_line(monkeypatch: pytest.MonkeyPatch, **env: str) -> str:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as caught:
        load()
    return describe_settings_error(caught.value)


def test_defaults_are_polling_no_ops_server_and_no_operators() -> None:
    settings = load()
    assert settings.webhook_url == "" and webhook_config(settings) is None
    assert settings.ops_port == 0 and settings.ops_listen == "127.0.0.1"
    assert settings.admin_ids == []
    assert set(OPS_VARIABLES) <= {env_name(field) for field in Settings.model_fields}


@pytest.mark.parametrize(
    ("raw", "ids"),
    [
        ("123", [123]),
        ("123,456", [123, 456]),
        (" 123 , 456 ", [123, 456]),
        ("[1, 2]", [1, 2]),
        ("", []),
    ],  # fmt: skip
)
def test_admin_ids_as_people_write_them(
    monkeypatch: pytest.MonkeyPatch, raw: str, ids: list[int]
) -> None:
    monkeypatch.setenv("ADMIN_IDS", raw)
    assert load().admin_ids == ids


def test_webhook_mode_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.com/telegram")
    monkeypatch.setenv("WEBHOOK_SECRET_TOKEN", "abc_DEF-123")
    monkeypatch.setenv("OPS_PORT", "8081")
    settings = load()
    config = webhook_config(settings)
    assert config is not None and config.secret_token == "abc_DEF-123"
    assert (config.listen, config.port, config.url_path) == ("0.0.0.0", 8443, "telegram")
    assert "abc_DEF" not in repr(settings)  # the secret is a SecretStr


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WEBHOOK_URL": "https://bot.example.com/t"}, "WEBHOOK_SECRET_TOKEN is required"),
        ({"WEBHOOK_URL": "http://bot.example.com/t", "WEBHOOK_SECRET_TOKEN": "x"}, "https"),
        (
            {"WEBHOOK_URL": "https://bot.example.com/t", "WEBHOOK_SECRET_TOKEN": "no spaces"},
            "WEBHOOK_SECRET_TOKEN may use only",
        ),
        (
            {
                "WEBHOOK_URL": "https://bot.example.com/t",
                "WEBHOOK_SECRET_TOKEN": "x",
                "OPS_PORT": "8443",
            },
            "OPS_PORT and WEBHOOK_PORT must differ",
        ),
        ({"ADMIN_IDS": "alice,bob"}, "ADMIN_IDS must be Telegram user ids"),
        ({"OPS_PORT": "70000"}, "OPS_PORT"),
    ],
)
def test_bad_values_give_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    line = error_line(monkeypatch, **env)
    assert line.startswith("configuration error: ") and "\n" not in line
    assert expected in line
    assert "no spaces" not in line  # a secret is never echoed


def test_a_blank_listen_address_is_the_default_not_every_interface(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPS_LISTEN", "")
    monkeypatch.setenv("WEBHOOK_LISTEN", " ")
    settings = load()
    assert (settings.ops_listen, settings.webhook_listen) == ("127.0.0.1", "0.0.0.0")
