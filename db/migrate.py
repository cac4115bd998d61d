"""Apply Alembic migrations programmatically.

Two callers: `python -m bot` applies them itself before it polls (unless
MIGRATE_ON_START=false), and `python -m db.migrate` applies them and exits, the
prestart step compose.yaml runs once before any bot replica starts.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from dataclasses import dataclass
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


#: Where env.py leaves the revisions before and after, in the Config's `attributes`.
REVISIONS = "steady_revisions"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


@dataclass(frozen=True)
class Migrated:
    """What `upgrade_to_head` did: the revision(s) before (empty: a new database) and after."""

    before: tuple[str, ...]
    after: tuple[str, ...]

    def describe(self) -> str:
        """The one start-up line about the schema, in place of Alembic's own."""
        before, after = ",".join(self.before), ",".join(self.after) or "none"
        if self.before == self.after:
            return f"database schema is up to date (revision {after})"
        if not self.before:
            return f"database schema created at revision {after}"
        return f"database schema migrated from {before} to {after}"


def alembic_log_level(level: str) -> int:
    """Alembic's logger level for LOG_LEVEL: its lines (the dialect, every revision run,
    a dozen at a first start) show only at DEBUG; otherwise `Migrated.describe` says it."""
    numeric = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    return numeric if numeric <= logging.DEBUG else max(numeric, logging.WARNING)


def upgrade_to_head(url: URL) -> Migrated:
    """Bring the schema up to date and say from where to where. Must run outside a
    running event loop (or in a thread)."""
    if url.drivername.startswith("sqlite") and url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        _open_sqlite_file(url.database)
    config = alembic_config(url)
    command.upgrade(config, "head")
    before, after = config.attributes.get(REVISIONS, ((), ()))
    return Migrated(tuple(sorted(before)), tuple(sorted(after)))


def _open_sqlite_file(path: str) -> None:
    """Open (creating if need be) and read the file with the standard library first: a
    file that cannot be opened fails here plainly, never inside aiosqlite's worker thread,
    which can outlive its event loop and print a traceback of its own as the process ends."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


SQLITE_EXAMPLE = "sqlite:///./data/steady.db"


def describe_preparation_error(url: URL, error: Exception) -> str:
    """One plain line for a database that could not be prepared: for SQLite, the file's
    full path and what is wrong with it; otherwise the error's first line (SQLAlchemy adds
    a second, a link), never the password."""
    is_sqlite = url.drivername.startswith("sqlite")
    if is_sqlite and url.database and url.database != ":memory:":
        problem = _sqlite_file_problem(Path(os.path.abspath(url.database)), error)
        if problem is not None:
            return (
                f"cannot open the SQLite database: {problem}; point DATABASE_URL at a file "
                f"this user may write, e.g. {SQLITE_EXAMPLE}"
            )
    text = str(error).strip().splitlines()[0] if str(error).strip() else "no detail"
    if url.password:
        text = text.replace(str(url.password), "***")
    hint = "" if is_sqlite else " (check DATABASE_URL and that the database server is up)"
    return f"cannot prepare the database: {type(error).__name__}: {text}{hint}"


def _sqlite_file_problem(path: Path, error: Exception) -> str | None:
    """What is wrong with the file or its folder, or None for any other failure (a
    migration that failed on a good file is described like any database's)."""
    folder = path.parent
    blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    message = str(error)
    if blocker is not None:
        return f"cannot create the folder {folder}: {blocker} is a file"
    if isinstance(error, OSError):  # mkdir of the folder failed
        return f"cannot create the folder {folder} ({error.strerror or type(error).__name__})"
    if path.is_dir():
        return f"{path} is a folder, not a database file"
    if "file is not a database" in message:
        return f"{path} exists but is not an SQLite database"
    if "readonly database" in message:
        return f"{path} is read-only for this user"
    if "unable to open database file" in message:
        return f"cannot create or open {path} (is {folder} writable by this user?)"
    return None


class _Target(BaseSettings):
    """DATABASE_URL found as the bot finds it: the environment, then `.env`, then the
    default. Only this one variable: the migration needs no token."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    log_level: str = "INFO"


def main() -> int:
    """Migrate the database named by DATABASE_URL to the newest schema and exit.

    Exit status as `python -m bot`: 0 done (also when already up to date), 2 a bad
    DATABASE_URL or LOG_LEVEL, 3 the database cannot be migrated; the outcome is one
    line on stderr (Alembic's own lines too with LOG_LEVEL=DEBUG).
    """
    target = _Target()
    level = target.log_level.upper()
    try:
        url = normalise_database_url(target.database_url)
        if level not in LOG_LEVELS:
            raise ValueError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {level}")
    except ValueError as error:
        print(f"steady: configuration error: {error}", file=sys.stderr)
        return 2
    # Only Alembic's lines can matter here; the drivers' DEBUG chatter never does.
    root_level = max(logging.WARNING, logging.getLevelNamesMapping()[level])
    logging.basicConfig(level=root_level, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(alembic_log_level(level))
    try:
        migrated = upgrade_to_head(url)
    except Exception as error:  # noqa: BLE001 - any failure here means "not migrated"
        print(f"steady: {describe_preparation_error(url, error)}", file=sys.stderr)
        return 3
    print(f"steady: {migrated.describe()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
