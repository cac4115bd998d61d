"""Queries on users and their settings."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Table, delete, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from db.models import User

# Core table for bulk statements (an ORM class's __table__ is typed as a plain FromClause).
_USERS = cast(Table, User.__table__)


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
    language: str | None = None,
) -> User:
    """Create the user on first contact, refresh name and language after, and reactivate;
    the row is written only when one of those changed.

    A user who writes to the bot again is reachable again, so `is_active` comes back on.
    `language`: the locale to speak, stored on first contact (and for a row from before
    languages, which has none); a choice made later with /language is never overwritten.
    """
    user = await session.get(User, user_id)
    if user is None:
        user = User(
            id=user_id,
            first_name=first_name[:128],
            language_code=language_code,
            language=language,
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
    if user.language is None and language is not None:
        user.language = language
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


async def mark_unreachable(
    session: AsyncSession | AsyncConnection, *, user_ids: Collection[int]
) -> None:
    """People Telegram says cannot be reached (they blocked the bot, or the chat is gone)
    get nothing more until they write again (`upsert_user` turns them back on)."""
    if user_ids:
        await session.execute(
            update(_USERS).where(_USERS.c.id.in_(user_ids)).values(is_active=False)
        )


async def set_active(session: AsyncSession, *, user_id: int, active: bool) -> None:
    """Mark one person reachable or not, as Telegram reports they unblocked or blocked the
    bot; nothing happens for someone Steady does not know. An ORM update, so a `User`
    already loaded in this session sees the change."""
    await session.execute(update(User).where(User.id == user_id).values(is_active=active))


async def users_by_id(session: AsyncSession, *, ids: Collection[int]) -> dict[int, Row[Any]]:
    """Users as read-only rows with the `User` model's attributes, by id."""
    if not ids:
        return {}
    found = await session.execute(select(_USERS).where(_USERS.c.id.in_(ids)))
    return {u.id: u for u in found}


async def zones_of(session: AsyncSession, *, ids: Collection[int]) -> dict[int, str | None]:
    """Each user's stored zone (None where they never set one), by id."""
    found = await session.execute(
        select(_USERS.c.id, _USERS.c.timezone).where(_USERS.c.id.in_(ids))
    )
    return {user_id: zone for user_id, zone in found}


async def names_in_pairs(
    session: AsyncSession, *, pair_ids: Collection[int]
) -> dict[int, list[Row[int, int | None, str]]]:
    """The members of each pair as read-only rows of (id, pair_id, first_name), lowest id
    first, in one query: what a batch of reminders naming a partner needs."""
    members: dict[int, list[Row[int, int | None, str]]] = {}
    if pair_ids:
        found = await session.execute(
            select(_USERS.c.id, _USERS.c.pair_id, _USERS.c.first_name)
            .where(_USERS.c.pair_id.in_(pair_ids))
            .order_by(_USERS.c.id)
        )
        for member in found:
            members.setdefault(member.pair_id, []).append(member)
    return members


async def members_of_pairs(
    session: AsyncSession, *, pair_ids: Collection[int]
) -> dict[int, list[int]]:
    """The member ids of each pair, lowest first, in one query."""
    members: dict[int, list[int]] = {}
    if pair_ids:
        found = await session.execute(
            select(User.pair_id, User.id).where(User.pair_id.in_(pair_ids)).order_by(User.id)
        )
        for pair_id, user_id in found:
            if pair_id is not None:
                members.setdefault(pair_id, []).append(user_id)
    return members
