"""The text catalogue and the handlers agree, and every text fits Telegram's limits."""

from __future__ import annotations

from typing import Any

from pydantic import SecretStr
from telegram.ext import CommandHandler

from bot import texts
from bot.app import build_application
from bot.config import Settings
from domain.content.nudges import promise_outcome_for_partner

TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"


def test_menu_lists_exactly_the_registered_commands() -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]  # pydantic-settings' _env_file, unknown to mypy
        telegram_bot_token=SecretStr(TOKEN),
    )
    app = build_application(settings)
    registered: set[str] = set()
    for handlers in app.handlers.values():
        for handler in handlers:
            if isinstance(handler, CommandHandler):
                registered |= set(handler.commands)
    assert registered == {name for name, _ in texts.COMMANDS} | set(texts.HIDDEN_COMMANDS)


def test_help_mentions_every_command_and_the_not_therapy_note() -> None:
    text = texts.help_text()
    for name, _ in texts.COMMANDS:
        assert f"/{name} " in text
    assert "not therapy" in text and "emergency" in text


def test_user_text_is_escaped() -> None:
    hostile: Any = "<b>Al&ex</b>"
    for rendered in (
        texts.paired(hostile),
        texts.paired_newcomer(hostile),
        texts.already_paired(hostile),
        texts.welcome_intro(hostile),
        texts.welcome(hostile, None),
        texts.timezone_bad(hostile),
        texts.unknown_command(hostile),
    ):
        assert "<b>Al" not in rendered and "&lt;b&gt;Al&amp;ex" in rendered


NEXT_STEPS = ("/calm", "/pair", "/bid", "nothing needs doing")
BLAME = ("your fault", "should have", "failed", "broke", "let you down", "again")


def _last_sentence(text: str) -> str:
    return text.rstrip().rsplit(". ", 1)[-1]


def test_hard_news_for_the_partner_ends_with_one_calm_next_step() -> None:
    """Unpaired, the pair ended by /deletedata, a promise that couldn't be kept: each
    ends by saying what the person can do now, without blaming anyone."""
    endings = {
        "unpaired": texts.unpaired_partner("Sam"),
        "deleted": texts.pair_ended(),
        "couldnt": promise_outcome_for_partner("Sam", "call you at six", "couldnt"),
    }
    for key, text in endings.items():
        last = _last_sentence(text).lower()
        assert sum(step in last for step in NEXT_STEPS) == 1, (key, last)
        assert not any(word in text.lower() for word in BLAME), (key, text)
        assert len(text) < 250, (key, text)
    assert "nothing needs doing" in texts.pair_ended_next()
