"""Before the application starts, ask Telegram who the bot is (getMe), so the faults an
operator meets at start-up are one plain line and a status of their own, never a traceback
(which would print the token: PTB puts it in InvalidToken's message).

- The token is refused (401, or 404 from a server that knows no such bot): exit 4 at once;
  retrying cannot help.
- The Bot API cannot be reached (refused, DNS, timeout, a 5xx, a 429): tried again after 1,
  2, 4 … seconds (at most 30 apart) until STARTUP_RETRY_SECONDS have passed, one log line
  per failed attempt, then exit 5, so a supervisor restarts the process later.

Configuration errors exit 2 and database preparation failures 3 (`bot/__main__.py`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from urllib.parse import urlsplit

from telegram import Bot
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.config import Settings
from bot.http import make_request
from jobs.ratelimit import retry_seconds

log = logging.getLogger(__name__)

EXIT_CONFIGURATION = 2
EXIT_DATABASE = 3
EXIT_TOKEN_REFUSED = 4
EXIT_TELEGRAM_UNREACHABLE = 5
BACKOFF_CAP_SECONDS = 30.0


class StartupError(Exception):
    """A fault that stops start-up: the one line to print and the exit status."""

    def __init__(self, line: str, status: int) -> None:
        super().__init__(line)
        self.line = line
        self.status = status


def backoff_delays(cap: float = BACKOFF_CAP_SECONDS) -> Iterator[float]:
    """1, 2, 4, 8, … seconds, at most `cap`."""
    delay = 1.0
    while True:
        yield min(delay, cap)
        delay *= 2


def shown_url(url: str) -> str:
    """The base URL as it may be printed: without any user:password part."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]).geturl()


def scrub(text: str, token: str) -> str:
    """`text` with the token, and its secret half on its own, taken out."""
    secret = token.partition(":")[2]
    text = text.replace(token, "<token>")
    return text.replace(secret, "<token>") if secret else text


def describe(error: BaseException, token: str) -> str:
    """The error's class and message, on one line and without the token."""
    message = " ".join(str(error).split()) or "no detail"
    return f"{type(error).__name__}: {scrub(message, token)}"


def token_refused(error: InvalidToken, settings: Settings) -> StartupError:
    """The line for a token Telegram refused; a 404 may also be the wrong server."""
    # Bot.initialize re-raises with the token in its message; the cause holds the answer.
    answer = str(error.__cause__ or error)
    if "not found" in answer.lower():
        base = shown_url(settings.telegram_api_base_url)
        line = (
            f"the Bot API at {base} answered 404 Not Found to getMe: check "
            "TELEGRAM_BOT_TOKEN (the token from @BotFather) and that TELEGRAM_API_BASE_URL "
            "is a Bot API server"
        )
    else:
        line = (
            "Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN; "
            "copy it again from @BotFather (/mybots, API Token), a revoked token stops working"
        )
    return StartupError(line, EXIT_TOKEN_REFUSED)


def unreachable(settings: Settings, attempts: int, seconds: float, last: str) -> StartupError:
    """The final line once the retries are used up."""
    base = shown_url(settings.telegram_api_base_url)
    tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
    return StartupError(
        f"cannot reach the Telegram Bot API at {base} ({tries} in {seconds:.0f} s, last: "
        f"{last}): check the network, DNS, any proxy or firewall, and TELEGRAM_API_BASE_URL "
        "(STARTUP_RETRY_SECONDS sets how long to keep trying)",
        EXIT_TELEGRAM_UNREACHABLE,
    )


def other_answer(error: TelegramError, settings: Settings) -> StartupError:
    """The line for an answer to getMe that is neither success nor worth waiting out."""
    token = settings.telegram_bot_token.get_secret_value()
    return StartupError(
        f"the Bot API at {shown_url(settings.telegram_api_base_url)} answered getMe with "
        f"{describe(error, token)}: check TELEGRAM_API_BASE_URL",
        EXIT_TELEGRAM_UNREACHABLE,
    )


def startup_bot(settings: Settings) -> Bot:
    """A Bot like the application's, for the check alone (one connection each way)."""
    client = settings.telegram_http_client
    return Bot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=settings.telegram_api_base_url,
        request=make_request(client, pool_size=1),
        get_updates_request=make_request(client, pool_size=1),
    )


async def check_telegram(
    settings: Settings,
    *,
    bot: Bot | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> str:
    """getMe until it answers; returns the bot's username or raises `StartupError`.

    No new attempt starts after STARTUP_RETRY_SECONDS (0: one attempt); one in flight
    is bounded by the HTTP client's own timeouts.
    """
    the_bot = bot or startup_bot(settings)
    token = settings.telegram_bot_token.get_secret_value()
    started = clock()
    deadline = started + settings.startup_retry_seconds
    delays = backoff_delays()
    attempts = 0
    try:
        while True:
            attempts += 1
            try:
                await the_bot.initialize()
                return the_bot.username
            except InvalidToken as error:
                raise token_refused(error, settings) from None
            except RetryAfter as error:
                delay = retry_seconds(error.retry_after)
                last = describe(error, token)
            except BadRequest as error:  # PTB's BadRequest is a NetworkError, but final
                raise other_answer(error, settings) from None
            except NetworkError as error:  # TimedOut is one too
                delay = next(delays)
                last = describe(error, token)
            except TelegramError as error:
                raise other_answer(error, settings) from None
            remaining = deadline - clock()
            if remaining <= 0:
                raise unreachable(settings, attempts, clock() - started, last)
            delay = min(delay, remaining)
            log.warning(
                "Telegram Bot API not reachable (attempt %d: %s); trying again in %.1f s",
                attempts,
                last,
                delay,
            )
            await sleep(delay)
    finally:
        await the_bot.shutdown()


def telegram_failure(error: TelegramError, settings: Settings) -> StartupError:
    """The one line for a Telegram error that escaped the running application's own
    start (setMyCommands, deleteWebhook or setWebhook failing just after getMe worked)."""
    if isinstance(error, InvalidToken):
        return token_refused(error, settings)
    token = settings.telegram_bot_token.get_secret_value()
    return StartupError(
        f"the Telegram Bot API failed while the bot was starting ({describe(error, token)}); "
        "the check before it had passed, so this is likely brief: start again",
        EXIT_TELEGRAM_UNREACHABLE,
    )
