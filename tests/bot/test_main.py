"""`python -m bot` refuses to start on bad configuration with one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"


def run_bot(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    clean.update(env)
    # Run from an empty folder so a developer's .env is not picked up.
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={**clean, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN does not look like"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": "mysql://x/y"}, "DATABASE_URL"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "DEFAULT_TIMEZONE": "Nowhere/Else"}, "DEFAULT_TIMEZONE"),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081"},
            "TELEGRAM_API_BASE_URL must end in /bot, because the token is appended to it "
            "(e.g. http://127.0.0.1:8081/bot;",
        ),
    ],
)
def test_bad_configuration_is_one_line_and_non_zero(
    tmp_path: Path, env: dict[str, str], fragment: str
) -> None:
    result = run_bot(tmp_path, **env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr
    assert TOKEN not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("database", "fragment"),
    [
        # A folder that cannot be made (even by root).
        ("/proc/nope/steady.db", "cannot create the folder /proc/nope (No such file or directory)"),
        # A folder that exists and cannot be written (even by root).
        ("/proc/steady.db", "cannot create or open /proc/steady.db (is /proc writable"),
    ],
)
def test_an_unwritable_sqlite_path_is_one_plain_line_naming_it(
    tmp_path: Path, database: str, fragment: str
) -> None:
    result = run_bot(
        tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, DATABASE_URL=f"sqlite+aiosqlite:///{database}"
    )
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("steady: cannot open the SQLite database: ")
    assert fragment in lines[0]
    assert "point DATABASE_URL at a file this user may write, e.g. sqlite:///" in lines[0]
    assert "Traceback" not in result.stderr and "sqlalche.me" not in result.stderr
    assert TOKEN not in result.stderr


def test_a_read_only_folder_for_sqlite_is_one_plain_line(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user (root?) may write a read-only folder")
        result = run_bot(
            tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, DATABASE_URL=f"sqlite:///{folder}/steady.db"
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"cannot create or open {folder}/steady.db" in lines[0]
