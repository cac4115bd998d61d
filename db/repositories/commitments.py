"""Queries on promises and spaces (the things scheduled reminders are about)."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Promise, Space


async def promises_by_id(session: AsyncSession, *, ids: Collection[int]) -> dict[int, Promise]:
    """Promises by id, in one query. They stay in the session, so a later `session.get` of
    one costs no query."""
    if not ids:
        return {}
    found = await session.scalars(select(Promise).where(Promise.id.in_(ids)))
    return {promise.id: promise for promise in found}


async def spaces_by_id(session: AsyncSession, *, ids: Collection[int]) -> dict[int, Space]:
    """Spaces by id, in one query; like `promises_by_id`, they stay in the session."""
    if not ids:
        return {}
    found = await session.scalars(select(Space).where(Space.id.in_(ids)))
    return {space.id: space for space in found}
