"""Database URLs as people write them, turned into the async drivers the bot uses.

Lives in db/ because the migrations need it too, and db/ imports nothing from bot/ or
jobs/ (tests/test_layers.py checks the direction).
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_DATABASE_URL = "sqlite:///./data/steady.db"

_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+asyncpg",
    "postgres": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}


def normalise_database_url(raw: str) -> URL:
    """Turn a plain `sqlite:///`, `postgresql://` or `postgres://` URL into an async-driver URL.

    Users write URLs the way their host prints them; the bot picks its own driver.
    """
    try:
        url = make_url(raw.strip())
    except ArgumentError as exc:
        raise ValueError(f"DATABASE_URL is not a valid URL: {exc}") from None
    driver = _DRIVERS.get(url.drivername)
    if driver is None:
        raise ValueError(
            f"DATABASE_URL uses '{url.drivername}', but only sqlite:/// and postgresql:// "
            "are supported (e.g. postgresql://user:pass@host:5432/steady)"
        )
    url = url.set(drivername=driver)
    if driver.startswith("sqlite") and url.database in (None, ""):
        raise ValueError(
            "DATABASE_URL for SQLite needs a file path, e.g. sqlite:///./data/steady.db"
        )
    return url
