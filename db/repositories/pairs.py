"""Queries on pairs and invite codes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import InviteCode, JoinAttempt, Pair, User
from db.repositories import rows_changed


async def replace_invite(
    session: AsyncSession, *, creator_id: int, code_hash: str, now: datetime, expires_at: datetime
) -> None:
    """Store a new invite for the creator, dropping their unused older ones."""
    await session.execute(
        delete(InviteCode).where(InviteCode.creator_id == creator_id, InviteCode.used_at.is_(None))
    )
    session.add(
        InviteCode(
            code_hash=code_hash, creator_id=creator_id, created_at=now, expires_at=expires_at
        )
    )
    await session.flush()


async def find_invite(session: AsyncSession, *, code_hash: str) -> InviteCode | None:
    """The invite with this hash, used or not."""
    return await session.scalar(select(InviteCode).where(InviteCode.code_hash == code_hash))


async def claim_invite(session: AsyncSession, *, invite_id: int, now: datetime) -> bool:
    """Mark an invite used if it is still unused and unexpired; False if someone was faster."""
    result = await session.execute(
        update(InviteCode)
        .where(
            InviteCode.id == invite_id,
            InviteCode.used_at.is_(None),
            InviteCode.expires_at > now,
        )
        .values(used_at=now)
    )
    return rows_changed(result) == 1


async def create_pair(
    session: AsyncSession, *, user_ids: tuple[int, int], now: datetime
) -> int | None:
    """Pair two unpaired users; None (and nothing changed) if either is already in a pair."""
    pair = Pair(created_at=now)
    session.add(pair)
    await session.flush()
    result = await session.execute(
        update(User)
        .where(User.id.in_(user_ids), User.pair_id.is_(None))
        .values(pair_id=pair.id, updated_at=now)
    )
    if rows_changed(result) != 2:
        # Lost a race: undo within this transaction rather than leave a half-made pair.
        await session.execute(update(User).where(User.pair_id == pair.id).values(pair_id=None))
        await session.delete(pair)
        return None
    return pair.id


async def end_pair(session: AsyncSession, *, pair_id: int, now: datetime) -> list[int]:
    """Dissolve a pair; returns the ids of the users who were in it."""
    member_ids = list(await session.scalars(select(User.id).where(User.pair_id == pair_id)))
    await session.execute(
        update(User).where(User.pair_id == pair_id).values(pair_id=None, updated_at=now)
    )
    await session.execute(update(Pair).where(Pair.id == pair_id).values(ended_at=now))
    return member_ids


async def count_join_failures(session: AsyncSession, *, user_id: int, since: datetime) -> int:
    """Failed /join attempts by the user since a moment."""
    value = await session.scalar(
        select(func.count())
        .select_from(JoinAttempt)
        .where(JoinAttempt.user_id == user_id, JoinAttempt.at >= since)
    )
    return int(value or 0)


async def record_join_failure(
    session: AsyncSession, *, user_id: int, now: datetime, forget_before: datetime | None = None
) -> None:
    """Remember a wrong code for the rate limit, and forget the person's attempts older
    than `forget_before`: they no longer count, so they are not kept."""
    if forget_before is not None:
        await session.execute(
            delete(JoinAttempt).where(
                JoinAttempt.user_id == user_id, JoinAttempt.at < forget_before
            )
        )
    session.add(JoinAttempt(user_id=user_id, at=now))
    await session.flush()


async def count_active_pairs(session: AsyncSession) -> int:
    """How many pairs currently have members."""
    value = await session.scalar(select(func.count(func.distinct(User.pair_id))))
    return int(value or 0)


async def get_pair(session: AsyncSession, *, pair_id: int) -> Pair | None:
    """One pair by id, current or ended."""
    return await session.get(Pair, pair_id)
