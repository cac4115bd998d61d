"""`python -m bot` meeting Telegram faults at start-up, as an operator runs it: a refused
token and an unreachable Bot API are each one line on stderr with a status of their own
(4 and 5), never a traceback and never the token; a Bot API that comes back while start-up
is still trying is simply used."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
from pathlib import Path

from tests.fakebot import FakeTelegram
from tests.support.process import PIPE, start_bot_process

ROOT = Path(__file__).resolve().parents[2]
WRONG_TOKEN = "654321:WRONG-token-abcdefghijklmnopqrstuvwxyz"


def bot_env(tmp_path: Path, token: str, base_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    return {
        **env,
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_API_BASE_URL": base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'steady.db'}",
        "PYTHONPATH": str(ROOT),
        "LOG_LEVEL": "WARNING",
        **extra,
    }


async def run_to_exit(env: dict[str, str], cwd: Path) -> tuple[int, str]:
    process = await start_bot_process(env, cwd, stdout=PIPE)
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert stdout == b""
    assert process.returncode is not None
    return process.returncode, stderr.decode()


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then let go)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def the_one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    assert lines[0].startswith("steady: ")
    return lines[0]


async def test_a_token_telegram_refuses_is_one_line_and_exit_4(
    tg: FakeTelegram, tmp_path: Path
) -> None:
    status, stderr = await run_to_exit(bot_env(tmp_path, WRONG_TOKEN, tg.base_url), tmp_path)
    assert status == 4
    line = the_one_line(stderr)
    assert "Telegram refused the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN" in line
    assert "@BotFather" in line
    assert WRONG_TOKEN not in stderr and WRONG_TOKEN.split(":")[1] not in stderr
    assert [r.status for r in tg.requests] == [401]  # asked once: retrying cannot help


async def test_an_unreachable_api_is_retried_then_one_line_and_exit_5(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{closed_port()}/bot"
    token = FakeTelegram().token
    quiet = bot_env(tmp_path, token, base, STARTUP_RETRY_SECONDS="1.5", LOG_LEVEL="ERROR")
    status, stderr = await run_to_exit(quiet, tmp_path)
    assert status == 5
    line = the_one_line(stderr)
    assert line.startswith(f"steady: cannot reach the Telegram Bot API at {base} (3 attempts in")
    assert "check the network, DNS" in line and token not in stderr

    # At WARNING each attempt that is tried again is one line of its own, then the final one.
    status, stderr = await run_to_exit({**quiet, "LOG_LEVEL": "WARNING"}, tmp_path)
    assert status == 5
    lines = stderr.strip().splitlines()
    assert len(lines) == 3, stderr
    assert "Telegram Bot API not reachable (attempt 1: NetworkError" in lines[0]
    assert lines[0].endswith("trying again in 1.0 s")
    assert "(attempt 2: " in lines[1] and lines[1].endswith("trying again in 0.5 s")
    assert lines[2].startswith("steady: cannot reach")
    assert "Traceback" not in stderr and token not in stderr


async def test_a_bot_api_that_comes_back_while_starting_is_used(
    tg: FakeTelegram, tmp_path: Path
) -> None:
    tg.fail_next("getMe", error_code=502, description="Bad Gateway", times=2)
    alex = tg.user("Alex")
    await alex.send("/start")
    env = bot_env(tmp_path, tg.token, tg.base_url, STARTUP_RETRY_SECONDS="30")
    process = await start_bot_process(env, tmp_path)
    try:
        welcome = await alex.next_message(timeout=30)  # after waiting 1 s, then 2 s
        assert "Hi Alex" in welcome.plain_text
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, stderr.decode()
    lines = stderr.decode().strip().splitlines()
    assert len(lines) == 2 and all("Telegram Bot API not reachable" in x for x in lines), lines
    assert tg.token not in stderr.decode()


async def test_ctrl_c_while_waiting_for_the_api_stops_at_once_without_a_traceback(
    tmp_path: Path,
) -> None:
    base = f"http://127.0.0.1:{closed_port()}/bot"
    env = bot_env(tmp_path, FakeTelegram().token, base, STARTUP_RETRY_SECONDS="600")
    process = await start_bot_process(env, tmp_path)
    assert process.stderr is not None
    first = await asyncio.wait_for(process.stderr.readline(), timeout=30)
    assert b"Telegram Bot API not reachable (attempt 1: " in first
    process.send_signal(signal.SIGINT)
    _, rest = await asyncio.wait_for(process.communicate(), timeout=10)
    assert process.returncode == 130
    assert rest.decode().strip().splitlines() == [
        "steady: interrupted while waiting for the Telegram Bot API"
    ]
