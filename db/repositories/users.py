"""Queries on users and their settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import User


async def get_user(session: AsyncSession, *, user_id: int) -> User | None:
    """The user with this Telegram id, if known."""
    return await session.get(User, user_id)


async def upsert_user(
    session: AsyncSession,
    *,
    user_id: int,
    first_name: str,
    language_code: str | None,
    now: datetime,
) -> User:
    """Create the user on first contact, refresh name and language after, and reactivate;
    the row is written only when one of those changed.

    A user who writes to the bot again is reachable again, so `is_active` comes back on.
    """
    user = await session.get(User, user_id)
    if user is None:
        user = User(
            id=user_id,
            first_name=first_name[:128],
            language_code=language_code,
            paused=False,
            is_active=True,
            created_at=now,
            updated_at=now,
        )
        session.add(user)
        await session.flush()
        return user
    name = first_name[:128]
    if (user.first_name, user.language_code, user.is_active) != (name, language_code, True):
        user.first_name, user.language_code, user.is_active = name, language_code, True
        user.updated_at = now
    return user


async def reload_user(session: AsyncSession, user: User) -> User:
    """The row as stored now: another update (a partner's /unpair) may have changed it."""
    await session.refresh(user)
    return user


async def pair_members(session: AsyncSession, *, pair_id: int) -> list[User]:
    """Both members of a pair (fewer if one has just left)."""
    result = await session.scalars(select(User).where(User.pair_id == pair_id).order_by(User.id))
    return list(result)


async def delete_user(session: AsyncSession, *, user_id: int) -> None:
    """Delete the user row; invite codes and other owned rows go with it by cascade."""
    await session.execute(delete(User).where(User.id == user_id))
