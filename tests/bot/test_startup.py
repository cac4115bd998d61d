"""The start-up check against Telegram: a refused token stops at once, an unreachable Bot
API is tried again with backoff (1, 2, 4 … at most 30 s apart) until STARTUP_RETRY_SECONDS,
one log line per failed attempt, then one final line; the token is never in any of it."""

from __future__ import annotations

import itertools
import logging
from typing import cast

import pytest
from pydantic import SecretStr
from telegram import Bot
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TimedOut

from bot.config import Settings
from bot.startup import (
    EXIT_TELEGRAM_UNREACHABLE,
    EXIT_TOKEN_REFUSED,
    StartupError,
    backoff_delays,
    check_telegram,
    telegram_failure,
)

TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"
SECRET = TOKEN.split(":", 1)[1]


def make_settings(**values: object) -> Settings:
    return Settings(  # type: ignore[call-arg]  # pydantic-settings' _env_file, unknown to mypy
        _env_file=None,
        telegram_bot_token=SecretStr(TOKEN),
        telegram_api_base_url="http://user:pw@127.0.0.1:8081/bot",
        **values,
    )


class FakeBot:
    """Answers `initialize` (PTB's getMe) with the given errors in turn, then succeeds."""

    def __init__(self, *errors: Exception, forever: Exception | None = None) -> None:
        self.errors = list(errors)
        self.forever = forever
        self.attempts = 0
        self.shut_down = False
        self.username = "SteadyTestBot"

    async def initialize(self) -> None:
        self.attempts += 1
        if self.errors:
            raise self.errors.pop(0)
        if self.forever is not None:
            raise self.forever

    async def shutdown(self) -> None:
        self.shut_down = True


class FakeTime:
    """A monotonic clock that moves only when the check sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


async def run_check(settings: Settings, bot: FakeBot, time: FakeTime) -> str:
    return await check_telegram(settings, bot=cast(Bot, bot), sleep=time.sleep, clock=time.clock)


def test_backoff_doubles_from_one_second_up_to_thirty() -> None:
    assert list(itertools.islice(backoff_delays(), 8)) == [1, 2, 4, 8, 16, 30, 30, 30]


async def test_an_api_that_never_answers_is_tried_for_the_setting_then_one_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot = FakeBot(forever=NetworkError(f"Cannot connect to host for {TOKEN}"))
    time = FakeTime()
    caplog.set_level(logging.WARNING, logger="bot.startup")
    with pytest.raises(StartupError) as caught:
        await run_check(make_settings(), bot, time)  # STARTUP_RETRY_SECONDS=60, the default
    assert time.sleeps == [1, 2, 4, 8, 16, 29]  # the last wait ends at the deadline
    assert bot.attempts == 7 and bot.shut_down
    error = caught.value
    assert error.status == EXIT_TELEGRAM_UNREACHABLE == 5
    assert error.line.startswith(
        "cannot reach the Telegram Bot API at http://127.0.0.1:8081/bot (7 attempts in 60 s, "
        "last: NetworkError: Cannot connect to host for <token>)"
    )
    assert "STARTUP_RETRY_SECONDS" in error.line and "\n" not in error.line
    warnings = [r.getMessage() for r in caplog.records if r.name == "bot.startup"]
    assert len(warnings) == 6  # one per failed attempt that is tried again
    assert warnings[0].startswith("Telegram Bot API not reachable (attempt 1: NetworkError")
    assert warnings[0].endswith("trying again in 1.0 s")
    for text in [error.line, *warnings, caplog.text]:
        assert TOKEN not in text and SECRET not in text and "pw@" not in text


async def test_the_setting_is_how_long_and_zero_tries_once() -> None:
    time = FakeTime()
    with pytest.raises(StartupError) as caught:
        await run_check(make_settings(startup_retry_seconds=0), FakeBot(forever=TimedOut()), time)
    assert (
        time.sleeps == [] and "(1 attempt in 0 s, last: TimedOut: Timed out)" in caught.value.line
    )

    time = FakeTime()
    with pytest.raises(StartupError):
        await run_check(make_settings(startup_retry_seconds=5), FakeBot(forever=TimedOut()), time)
    assert time.sleeps == [1, 2, 2]


async def test_an_api_that_comes_back_in_time_starts_the_bot() -> None:
    bot = FakeBot(NetworkError("refused"), TimedOut(), NetworkError("Bad Gateway"))
    time = FakeTime()
    assert await run_check(make_settings(), bot, time) == "SteadyTestBot"
    assert time.sleeps == [1, 2, 4] and bot.attempts == 4 and bot.shut_down


async def test_a_429_waits_as_long_as_telegram_asks() -> None:
    time = FakeTime()
    await run_check(make_settings(), FakeBot(RetryAfter(7)), time)
    assert time.sleeps == [7]


async def test_a_refused_token_stops_at_once_without_printing_it() -> None:
    refused = InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
    refused.__cause__ = InvalidToken("Unauthorized")
    bot, time = FakeBot(forever=refused), FakeTime()
    with pytest.raises(StartupError) as caught:
        await run_check(make_settings(), bot, time)
    assert bot.attempts == 1 and time.sleeps == [] and bot.shut_down
    assert caught.value.status == EXIT_TOKEN_REFUSED == 4
    line = caught.value.line
    assert line.startswith("Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT")
    assert "@BotFather" in line and TOKEN not in line and SECRET not in line


async def test_a_404_says_the_server_may_be_the_wrong_one() -> None:
    refused = InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
    refused.__cause__ = InvalidToken("Not Found")
    with pytest.raises(StartupError) as caught:
        await run_check(make_settings(), FakeBot(refused), FakeTime())
    line = caught.value.line
    assert caught.value.status == EXIT_TOKEN_REFUSED
    assert line.startswith("the Bot API at http://127.0.0.1:8081/bot answered 404 Not Found")
    assert "TELEGRAM_API_BASE_URL" in line and TOKEN not in line


async def test_any_other_answer_is_one_line_at_once() -> None:
    bot = FakeBot(forever=BadRequest(f"odd answer mentioning {SECRET}"))
    with pytest.raises(StartupError) as caught:
        await run_check(make_settings(), bot, FakeTime())
    assert bot.attempts == 1 and caught.value.status == EXIT_TELEGRAM_UNREACHABLE
    assert "BadRequest: odd answer mentioning <token>" in caught.value.line


def test_a_failure_after_the_check_is_one_line_too() -> None:
    settings = make_settings()
    failure = telegram_failure(NetworkError(f"reset while calling {TOKEN}"), settings)
    assert failure.status == EXIT_TELEGRAM_UNREACHABLE and TOKEN not in failure.line
    refused = telegram_failure(InvalidToken("Unauthorized"), settings)
    assert refused.status == EXIT_TOKEN_REFUSED
