"""Queries on promises and spaces (the things scheduled reminders are about)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

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


async def open_space(
    session: AsyncSession, *, requester_id: int, returning_after: datetime
) -> Space | None:
    """The requester's latest space not yet returned from whose return time is after
    `returning_after` (older unanswered ones are over), or None."""
    return await session.scalar(
        select(Space)
        .where(
            Space.requester_id == requester_id,
            Space.returned_at.is_(None),
            Space.return_at > returning_after,
        )
        .order_by(Space.id.desc())
        .limit(1)
    )


async def open_promises(
    session: AsyncSession, *, user_ids: Collection[int], due_after: datetime
) -> list[Promise]:
    """Promises made by any of `user_ids`, not yet answered, due after `due_after`,
    soonest first."""
    found = await session.scalars(
        select(Promise)
        .where(
            Promise.promiser_id.in_(user_ids),
            Promise.outcome.is_(None),
            Promise.due_at > due_after,
        )
        .order_by(Promise.due_at, Promise.id)
    )
    return list(found)
