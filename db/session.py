"""Engine and session factory; one AsyncSession per update or job tick."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

SessionMaker = async_sessionmaker[AsyncSession]


def _enable_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: URL) -> AsyncEngine:
    """Create the async engine; for SQLite also create the file's folder and enforce FKs."""
    if url.drivername.startswith("sqlite"):
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url)
        event.listen(engine.sync_engine, "connect", _enable_sqlite_pragmas)
        return engine
    return create_async_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def make_sessionmaker(engine: AsyncEngine) -> SessionMaker:
    """Sessions that keep loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


def engine_of(sessions: SessionMaker) -> AsyncEngine | None:
    """The engine a session maker was bound to (`make_sessionmaker`), or None if it has none.

    Why: the dispatcher writes send results on a bare connection, about a third of a
    Session's cost (docs/benchmarks.md), and takes the engine from the session maker it
    already has. `async_sessionmaker` keeps its construction arguments in `kw`, which is
    not a documented attribute, so this is the one place that reads it.
    """
    bind = sessions.kw.get("bind")
    return bind if isinstance(bind, AsyncEngine) else None


@asynccontextmanager
async def transaction(sessions: SessionMaker) -> AsyncIterator[AsyncSession]:
    """One unit of work: commit on success, roll back on any error."""
    async with sessions() as session, session.begin():
        yield session


async def ping(sessions: SessionMaker) -> None:
    """Run `SELECT 1` on a fresh pooled connection (the readiness probe); raises if the
    database does not answer."""
    async with sessions() as session:
        await session.execute(text("SELECT 1"))
