"""`python -m demo` as a newcomer runs it: loopback only, and deaf to any real settings."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from demo.__main__ import bot_environment, fake_token
from tests.demo.browser import ROOT, demo_process, wait_for

REAL_LOOKING = "7012345678:AAHrealLookingTokenFromBotFather_abcdefghij"
TRAPS = {
    "TELEGRAM_BOT_TOKEN": REAL_LOOKING,
    # Nothing listens here: a bot that used it could not start.
    "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
    "WEBHOOK_URL": "https://bot.example.com/telegram",
    "WEBHOOK_SECRET_TOKEN": "secret-from-the-operator",
    "OPS_PORT": "9",
    "ADMIN_IDS": "10001",
    "DATABASE_URL": "postgresql://prod@db.example.com/steady",
}


def _get(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=10) as response:
        state: dict[str, Any] = json.load(response)
    return state


def _post(url: str, body: dict[str, Any]) -> None:
    request = urllib.request.Request(
        url, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


def test_python_m_demo_refuses_a_non_loopback_host() -> None:
    for host in ("0.0.0.0", "192.168.1.10"):
        result = subprocess.run(
            [sys.executable, "-m", "demo", "--host", host, "--port", "0"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [
            f"steady demo: the demo listens on loopback only (127.0.0.1), not '{host}': it has "
            "no passwords and lets anyone who reaches it act as both people"
        ]
        assert result.stdout == ""


def test_the_bots_environment_is_the_demos_own(monkeypatch: Any) -> None:
    for name, value in TRAPS.items():
        monkeypatch.setenv(name, value)
    env = bot_environment(
        token=fake_token(),
        api_base_url="http://127.0.0.1:4321/bot",
        database_url="sqlite:////tmp/x.db",
        clock_file=Path("/tmp/clock"),
        zone="UTC",
    )
    assert env["TELEGRAM_API_BASE_URL"] == "http://127.0.0.1:4321/bot"
    assert env["TELEGRAM_BOT_TOKEN"] != REAL_LOOKING
    assert env["WEBHOOK_URL"] == "" and env["WEBHOOK_SECRET_TOKEN"] == ""
    assert env["OPS_PORT"] == "0" and env["ADMIN_IDS"] == ""
    assert env["DATABASE_URL"] == "sqlite:////tmp/x.db"
    assert not set(env.values()) & set(TRAPS.values()) - {"", "0"}


def test_the_demo_ignores_a_configured_token_api_url_and_webhook(tmp_path: Path) -> None:
    # The traps are in the environment and in a .env where the demo is started.
    (tmp_path / ".env").write_text("".join(f"{k}={v}\n" for k, v in TRAPS.items()))
    with demo_process(env=TRAPS, cwd=tmp_path) as (url, process):
        wait_for(lambda: _get(url + "api/state")["commands"], 60)
        alex = _get(url + "api/state")["people"][0]
        _post(url + "api/send", {"person": alex["id"], "text": "/start"})

        def answered() -> bool:
            messages = _get(url + "api/state")["people"][0]["messages"]
            return any(m["from"] == "bot" and "I'm Steady" in m["text"] for m in messages)

        wait_for(answered, 30)
        assert process.poll() is None
    time.sleep(0.1)
    assert not (tmp_path / "data").exists()  # no database next to the caller's .env either
