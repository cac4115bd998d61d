"""`python -m bot` as an operator runs it: migrates, polls, answers, stops on a signal."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

from tests.fakebot import FakeTelegram
from tests.support.process import PIPE, start_bot_process

ROOT = Path(__file__).resolve().parents[2]


async def test_real_process_migrates_answers_and_keeps_updates_sent_while_down(
    tg: FakeTelegram, tmp_path: Path
) -> None:
    alex = tg.user("Alex")
    await alex.send("/start")  # sent while the bot is not running yet
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))},
        "TELEGRAM_BOT_TOKEN": tg.token,
        "TELEGRAM_API_BASE_URL": tg.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'nested' / 'steady.db'}",
        "PYTHONPATH": str(ROOT),
        "LOG_LEVEL": "INFO",
    }
    process = await start_bot_process(env, tmp_path, stdout=PIPE)
    try:
        welcome = await alex.next_message(timeout=30)
        assert "Hi Alex" in welcome.plain_text
        await alex.press("I'm the one who worries")
        await alex.next_message(timeout=10)
        assert (tmp_path / "nested" / "steady.db").is_file()
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, stderr.decode()
    log = stderr.decode()
    assert "Hi Alex" not in log and tg.token not in log
    # The migration is one line of ours, not Alembic's seven (those are for DEBUG).
    about_schema = [line for line in log.splitlines() if "database schema" in line]
    assert len(about_schema) == 1 and "database schema created at revision" in about_schema[0]
    assert "alembic" not in log, log
