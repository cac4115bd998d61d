"""The demo's movable clock: refused outside the demo, read from the file the page writes."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import Settings, describe_settings_error, is_loopback_url
from demo.web import DemoClockControl
from jobs.clock import DemoClock

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, telegram_bot_token=TOKEN, **values)  # type: ignore[call-arg, arg-type]


@pytest.mark.parametrize(
    "values",
    [
        {},  # the real Telegram, the default
        {"telegram_api_base_url": "https://api.telegram.org/bot"},
        {"telegram_api_base_url": "http://10.0.0.5:8081/bot"},
        {"telegram_api_base_url": "http://127.0.0.1.example.com/bot"},
        {
            "telegram_api_base_url": "http://127.0.0.1:8081/bot",
            "webhook_url": "https://bot.example.com/telegram",
            "webhook_secret_token": "s3cret",
        },
    ],
)
def test_the_demo_clock_is_refused_outside_the_demo(values: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as caught:
        settings(demo_clock_file="/tmp/clock", **values)
    line = describe_settings_error(caught.value)
    assert "DEMO_CLOCK_FILE is the local demo's clock" in line


def test_the_demo_clock_is_accepted_against_a_loopback_bot_api() -> None:
    for url in ("http://127.0.0.1:8081/bot", "http://[::1]:8081/bot", "http://localhost:1/bot"):
        assert settings(telegram_api_base_url=url, demo_clock_file="/tmp/c").demo_clock_file
    assert settings().demo_clock_file == ""
    assert not is_loopback_url("https://api.telegram.org/bot")


def test_python_m_bot_with_the_demo_clock_and_real_telegram_exits_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "DEMO_CLOCK_FILE": str(tmp_path / "clock"),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "DEMO_CLOCK_FILE is the local demo's clock" in result.stderr
    assert TOKEN not in result.stderr


def test_the_clock_follows_the_file_forward_only(tmp_path: Path) -> None:
    path = tmp_path / "clock"
    clock = DemoClock(path)
    assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 1  # no file: no offset
    DemoClock.write_offset(path, 3600)
    assert clock.offset() == timedelta(hours=1)
    assert clock.now() - datetime.now(UTC) > timedelta(minutes=59)
    DemoClock.write_offset(path, 60)  # backwards: ignored, time never runs back
    assert clock.offset() == timedelta(hours=1)
    path.write_text("not a number")
    assert clock.offset() == timedelta(hours=1)


def test_the_control_jumps_ahead_and_to_tomorrow_at_nine(tmp_path: Path) -> None:
    control = DemoClockControl(tmp_path / "clock", zone="Europe/Berlin")
    reader = DemoClock(control.path)
    before = control.now()
    control.jump_to(before + timedelta(minutes=10))
    assert timedelta(minutes=10) <= reader.now() - before < timedelta(minutes=11)
    control.jump_to(before)  # into the past: nothing moves
    assert reader.now() - before >= timedelta(minutes=10)
    nine = control.tomorrow_at_nine()
    local = nine.astimezone(nine.tzinfo)
    assert (local.hour, local.minute) == (9, 0)
    assert local.date() == (control.now().astimezone(nine.tzinfo).date() + timedelta(days=1))
