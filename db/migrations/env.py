"""Alembic environment: runs migrations over the bot's async engine."""

from __future__ import annotations

import asyncio
import os
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.engine import Connection

from db.migrate import REVISIONS
from db.models import Base
from db.session import make_engine
from db.types import UTCDateTime
from db.urls import DEFAULT_DATABASE_URL, normalise_database_url

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    configured = config.get_main_option("sqlalchemy.url")
    if configured:
        return configured
    raw = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
    return normalise_database_url(raw).render_as_string(hide_password=False)


def _render_item(type_: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    """Migrations name the plain column type, not our Python-side decorator."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
    )
    migration = context.get_context()
    before = migration.get_current_heads()
    with context.begin_transaction():
        context.run_migrations()
    # Read by db.migrate.upgrade_to_head, which logs one line saying what happened.
    config.attributes[REVISIONS] = (before, migration.get_current_heads())


async def _run_online() -> None:
    from sqlalchemy.engine import make_url

    engine = make_engine(make_url(_url()))
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run)
            await connection.commit()
    finally:
        await engine.dispose()


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_online())
