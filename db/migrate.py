"""Apply Alembic migrations programmatically.

Two callers: `python -m bot` applies them itself before it polls (unless
MIGRATE_ON_START=false), and `python -m db.migrate` applies them and exits, the
prestart step compose.yaml runs once before any bot replica starts.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import URL

from db.urls import DEFAULT_DATABASE_URL, normalise_database_url

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: URL) -> Config:
    """An Alembic config pointing at our migrations and the given database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser treats '%' as interpolation; escape it in passwords.
    config.set_main_option(
        "sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


def upgrade_to_head(url: URL) -> None:
    """Bring the schema up to date. Must run outside a running event loop (or in a thread)."""
    if url.drivername.startswith("sqlite") and url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(url), "head")


class _Target(BaseSettings):
    """DATABASE_URL found as the bot finds it: the environment, then `.env`, then the
    default. Only this one variable: the migration needs no token."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL


def main() -> int:
    """Migrate the database named by DATABASE_URL to the newest schema and exit.

    Exit status as `python -m bot`: 0 done (also when already up to date), 2 a bad
    DATABASE_URL, 3 the database cannot be migrated; a failure is one line on stderr.
    """
    try:
        url = normalise_database_url(_Target().database_url)
    except ValueError as error:
        print(f"steady: configuration error: {error}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        upgrade_to_head(url)
    except Exception as error:  # noqa: BLE001 - any failure here means "not migrated"
        print(
            f"steady: cannot prepare the database: {type(error).__name__}: {error}", file=sys.stderr
        )
        return 3
    print("steady: database schema is up to date", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
