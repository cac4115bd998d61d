"""Shared fixtures: databases on both backends, a controllable clock, and sessions."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncSession

from db.session import make_engine, make_sessionmaker
from tests.support.clock import FakeClock
from tests.support.databases import (
    create_postgres_database,
    create_sqlite_database,
    drop_postgres_database,
    empty_all_tables,
    postgres_admin_url,
)

BACKENDS = ["sqlite", "postgresql"]
# As the application does at start-up (bot.app): retry_after as a timedelta, PTB's future.
os.environ.setdefault("PTB_TIMEDELTA", "true")


@pytest.fixture(scope="session")
def _database_pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, URL]]:
    """One migrated database per backend for the whole run, created on first use."""
    made: dict[str, URL] = {}
    admin = postgres_admin_url()

    class Pool(dict[str, URL]):
        def __missing__(self, backend: str) -> URL:
            if backend == "sqlite":
                url = create_sqlite_database(tmp_path_factory.mktemp("sqlite"))
            elif admin is not None:
                url = create_postgres_database(admin)
            else:
                pytest.skip("PostgreSQL tests need TEST_DATABASE_URL")
            made[backend] = url
            self[backend] = url
            return url

    yield Pool()
    if admin is not None and "postgresql" in made:
        drop_postgres_database(admin, made["postgresql"])


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Every database test runs on SQLite and (when configured) on PostgreSQL."""
    return str(request.param)


@pytest.fixture
async def database_url(backend: str, _database_pool: dict[str, URL]) -> URL:
    """A migrated database with empty tables."""
    url = _database_pool[backend]
    await empty_all_tables(url)
    return url


@pytest.fixture
async def session(database_url: URL) -> AsyncIterator[AsyncSession]:
    """A session for repository and service tests; committed work stays until the next test."""
    engine = make_engine(database_url)
    sessions = make_sessionmaker(engine)
    async with sessions() as s:
        yield s
    await engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    """Thursday 2026-11-26 09:00 UTC, moved by hand."""
    return FakeClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
