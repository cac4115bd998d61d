"""Factories for users, pairs and outbox rows in domain and repository tests."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Delivery, User
from db.repositories.pairs import create_pair
from db.repositories.users import upsert_user


async def make_user(
    session: AsyncSession, *, user_id: int, now: datetime, first_name: str = "Sam"
) -> User:
    """A user as after their first /start."""
    user = await upsert_user(
        session, user_id=user_id, first_name=first_name, language_code="en", now=now
    )
    await session.commit()
    return user


async def make_pair(session: AsyncSession, *, now: datetime) -> tuple[User, User]:
    """Two users already paired with each other."""
    alex = await make_user(session, user_id=101, now=now, first_name="Alex")
    sam = await make_user(session, user_id=202, now=now, first_name="Sam")
    pair_id = await create_pair(session, user_ids=(alex.id, sam.id), now=now)
    assert pair_id is not None
    await session.commit()
    await session.refresh(alex)
    await session.refresh(sam)
    return alex, sam


def prompt_delivery(user_id: int, status: str, due: datetime) -> Delivery:
    """An outbox row for a reassurance prompt due at `due` (not yet added to a session)."""
    return Delivery(
        user_id=user_id, kind="prompt", occurrence_at=due, due_at=due, status=status, attempts=0
    )
