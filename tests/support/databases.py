"""Test databases: a migrated SQLite file always, a throwaway PostgreSQL database when
TEST_DATABASE_URL is set. Each test starts from empty tables."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from sqlalchemy import delete
from sqlalchemy.engine import URL

from db.migrate import upgrade_to_head
from db.models import Base
from db.session import make_engine
from db.urls import normalise_database_url

T = TypeVar("T")


def run_outside_loop(fn: Callable[[], T]) -> T:
    """Run blocking or asyncio.run-based set-up in a fresh thread with no event loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn).result()


def postgres_admin_url() -> URL | None:
    """The server named by TEST_DATABASE_URL, if any."""
    raw = os.environ.get("TEST_DATABASE_URL")
    return normalise_database_url(raw) if raw else None


def _asyncpg_dsn(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


async def _create_pg_database(admin: URL, name: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(_asyncpg_dsn(admin))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def _drop_pg_database(admin: URL, name: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(_asyncpg_dsn(admin))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def create_empty_postgres_database(admin: URL) -> URL:
    """A new database on the test server with no tables at all; the name is unique."""
    name = f"steady_test_{uuid.uuid4().hex[:12]}"
    run_outside_loop(lambda: asyncio.run(_create_pg_database(admin, name)))
    return admin.set(database=name)


def create_postgres_database(admin: URL) -> URL:
    """A new, migrated database on the test server; the name is unique per run."""
    url = create_empty_postgres_database(admin)
    run_outside_loop(lambda: upgrade_to_head(url))
    return url


def drop_postgres_database(admin: URL, url: URL) -> None:
    """Remove a database made by `create_postgres_database`."""
    assert url.database is not None
    name = url.database
    run_outside_loop(lambda: asyncio.run(_drop_pg_database(admin, name)))


def create_sqlite_database(folder: Path) -> URL:
    """A new, migrated SQLite file in `folder`."""
    url = normalise_database_url(f"sqlite:///{folder / 'steady-test.db'}")
    run_outside_loop(lambda: upgrade_to_head(url))
    return url


async def empty_all_tables(url: URL) -> None:
    """Delete every row (children first) so each test starts clean on a shared schema."""
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            for table in reversed(Base.metadata.sorted_tables):
                await conn.execute(delete(table))
    finally:
        await engine.dispose()
