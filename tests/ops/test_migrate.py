"""Migrations as a prestart step: `python -m db.migrate` migrates and exits, and the bot
skips its own migration when MIGRATE_ON_START=false (compose.yaml runs both)."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL

import bot.__main__ as entry
from db.migrate import Migrated, alembic_config, upgrade_to_head
from db.models import Base
from db.session import make_engine
from db.urls import normalise_database_url
from tests.support.databases import (
    create_empty_postgres_database,
    drop_postgres_database,
    postgres_admin_url,
)

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz"


def migrate(cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m db.migrate` as compose runs it, from a folder without the developer's .env."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    return subprocess.run(
        [sys.executable, "-m", "db.migrate"],
        cwd=cwd,
        env={**clean, **env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def empty_database(backend: str, tmp_path: Path) -> Iterator[URL]:
    """A database with no tables yet, on each backend."""
    if backend == "sqlite":
        yield normalise_database_url(f"sqlite:///{tmp_path / 'db' / 'fresh.db'}")
        return
    admin = postgres_admin_url()
    if admin is None:
        pytest.skip("PostgreSQL tests need TEST_DATABASE_URL")
    url = create_empty_postgres_database(admin)
    try:
        yield url
    finally:
        drop_postgres_database(admin, url)


async def schema_state(url: URL) -> tuple[set[str], list[Any]]:
    """The revisions the database is at, and how its tables differ from the models."""

    def inspect(connection: Any) -> tuple[set[str], list[Any]]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return set(context.get_current_heads()), list(compare_metadata(context, Base.metadata))

    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(inspect)
    finally:
        await engine.dispose()


async def test_migrate_builds_a_fresh_database_and_a_second_run_changes_nothing(
    empty_database: URL, tmp_path: Path
) -> None:
    head = set(ScriptDirectory.from_config(alembic_config(empty_database)).get_heads())
    (revision,) = head
    plain = empty_database.render_as_string(hide_password=False)
    for said in (f"created at revision {revision}", f"is up to date (revision {revision})"):
        result = await asyncio.to_thread(migrate, tmp_path, DATABASE_URL=plain)
        assert result.returncode == 0, result.stderr
        # One line says what happened; Alembic's own INFO lines stay out of it.
        assert result.stderr.splitlines() == [f"steady: database schema {said}"]
        assert await schema_state(empty_database) == (head, [])


def test_migrating_an_older_database_says_from_where_to_where(tmp_path: Path) -> None:
    url = normalise_database_url(f"sqlite:///{tmp_path / 'old.db'}")
    command.upgrade(alembic_config(url), "0003")
    (head,) = ScriptDirectory.from_config(alembic_config(url)).get_heads()
    migrated = upgrade_to_head(url)
    assert migrated == Migrated(("0003",), (head,))
    assert migrated.describe() == f"database schema migrated from 0003 to {head}"


def test_alembic_lines_show_with_log_level_debug(tmp_path: Path) -> None:
    result = migrate(tmp_path, DATABASE_URL="sqlite:///./steady.db", LOG_LEVEL="debug")
    assert result.returncode == 0, result.stderr
    assert "alembic.runtime.migration: Running upgrade  -> 0001" in result.stderr
    assert "aiosqlite" not in result.stderr  # the drivers' chatter never helps here
    assert result.stderr.splitlines()[-1].startswith("steady: database schema created at")


def test_a_bad_log_level_is_a_configuration_error(tmp_path: Path) -> None:
    result = migrate(tmp_path, DATABASE_URL="sqlite:///./steady.db", LOG_LEVEL="loud")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "steady: configuration error: LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, "
        "CRITICAL, not LOUD"
    ]


def test_migrate_reads_database_url_from_dot_env_like_the_bot(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DATABASE_URL=sqlite:///./from-dot-env/steady.db\n")
    result = migrate(tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-dot-env" / "steady.db").is_file()


@pytest.mark.parametrize(
    ("url", "status", "fragment"),
    [
        ("mysql://u@h/db", 2, "only sqlite:/// and postgresql://"),
        ("postgresql://nobody@127.0.0.1:1/steady", 3, "cannot prepare the database"),
        ("sqlite:////proc/nope/steady.db", 3, "cannot create the folder /proc/nope"),
    ],
)
def test_a_failed_migration_is_one_line_and_non_zero(
    tmp_path: Path, url: str, status: int, fragment: str
) -> None:
    result = migrate(tmp_path, DATABASE_URL=url)
    assert result.returncode == status
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr
    assert "Traceback" not in result.stderr


class FakeApp:
    """Stands in for the PTB application: records that polling would start."""

    polled = False

    def run_polling(self, **_: object) -> None:
        self.polled = True


@pytest.mark.parametrize(("value", "migrates"), [(None, True), ("true", True), ("false", False)])
def test_the_bot_migrates_at_start_unless_migrate_on_start_is_false(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    value: str | None,
    migrates: bool,
) -> None:
    monkeypatch.chdir(tmp_path)  # no developer .env
    for name in ("DATABASE_URL", "WEBHOOK_URL", "MIGRATE_ON_START"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    if value is not None:
        monkeypatch.setenv("MIGRATE_ON_START", value)
    migrated: list[URL] = []
    app = FakeApp()

    def upgrade(url: URL) -> Migrated:
        migrated.append(url)
        return Migrated(("0005",), ("0006",))

    monkeypatch.setattr(entry, "upgrade_to_head", upgrade)
    monkeypatch.setattr(entry, "build_application", lambda _settings: app)
    monkeypatch.setattr(entry, "configure_logging", lambda *_: None)

    async def telegram_knows_the_bot(_settings: object) -> str:  # no network in tests
        return "SteadyTestBot"

    monkeypatch.setattr(entry, "check_telegram", telegram_knows_the_bot)

    with caplog.at_level(logging.INFO, logger="bot"):
        assert entry.main() == 0
    assert app.polled
    assert migrated == ([normalise_database_url("sqlite:///./data/steady.db")] if migrates else [])
    about_schema = [r.getMessage() for r in caplog.records if "migrat" in r.getMessage()]
    assert about_schema == (
        ["database schema migrated from 0005 to 0006"]
        if migrates
        else ["MIGRATE_ON_START=false: not migrating (python -m db.migrate does that)"]
    )
