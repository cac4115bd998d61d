"""`python -m bot` in webhook mode with the ops server on, as an operator runs it."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import aiohttp

from tests.fakebot import FakeTelegram
from tests.ops.test_webhook import PUBLIC_URL, SECRET, command_update, free_port, post
from tests.support.process import PIPE, start_bot_process

ROOT = Path(__file__).resolve().parents[2]


async def wait_ready(port: int, process: asyncio.subprocess.Process) -> None:
    """Poll /readyz until 200; fail early if the process died."""
    async with aiohttp.ClientSession() as http:
        for _ in range(300):
            if process.returncode is not None:
                break
            try:
                async with http.get(f"http://127.0.0.1:{port}/readyz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
    raise AssertionError("the bot never became ready")


async def test_webhook_process_with_health_and_metrics(tg: FakeTelegram, tmp_path: Path) -> None:
    webhook_port, ops_port = free_port(), free_port()
    alex = tg.user("Alex")
    alex.has_started = True
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))},
        "TELEGRAM_BOT_TOKEN": tg.token,
        "TELEGRAM_API_BASE_URL": tg.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'steady.db'}",
        "PYTHONPATH": str(ROOT),
        "LOG_LEVEL": "DEBUG",  # even at DEBUG, no content and no secret in the logs
        "WEBHOOK_URL": PUBLIC_URL,
        "WEBHOOK_SECRET_TOKEN": SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(webhook_port),
        "OPS_PORT": str(ops_port),
        "ADMIN_IDS": "",
    }
    process = await start_bot_process(env, tmp_path, stdout=PIPE)
    try:
        await wait_ready(ops_port, process)
        assert tg.webhook_url == PUBLIC_URL
        check = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.ops.healthcheck", "/readyz", env=env, cwd=tmp_path
        )
        assert await check.wait() == 0

        assert await post(webhook_port, command_update(alex, "/start"), "wrong-secret-XYZ") == 403
        assert await post(webhook_port, command_update(alex, "/start"), SECRET) == 200
        welcome = await alex.next_message(timeout=10)
        assert "Hi Alex" in welcome.plain_text

        async with (
            aiohttp.ClientSession() as http,
            http.get(f"http://127.0.0.1:{ops_port}/metrics") as response,
        ):
            metrics = await response.text()
        assert "steady_updates_total 1.0" in metrics  # the refused request never got in
        assert 'steady_messages_sent_total{kind="reply"} 1.0' in metrics
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    log = stderr.decode()
    assert process.returncode == 0, log
    for secret in ("Hi Alex", "/start", tg.token, SECRET, "wrong-secret-XYZ"):
        assert secret not in log, secret
