"""A user's own record: first contact, role, zone, and complete deletion."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import ROLES, User
from db.repositories import users
from domain.i18n import SHIPPED, negotiate, supported
from domain.pairing import dissolve_pair, partner_of
from domain.routines import rezone

#: Roles that receive reassurance prompts (the partner who offers them; "both" for a
#: couple where each is sometimes the anxious one).
OFFERS_REASSURANCE = ("partner", "both")


async def person(session: AsyncSession, *, user_id: int | None) -> User | None:
    """Someone Steady knows (a partner named on a promise or bid), if they still exist."""
    return await users.get_user(session, user_id=user_id) if user_id is not None else None


def offers_reassurance(user: User) -> bool:
    """Whether this person's role sets reassurance prompt times (/nudgetime)."""
    return user.role in OFFERS_REASSURANCE


async def set_role(session: AsyncSession, *, user: User, role: str, now: datetime) -> None:
    """Record the user's role; unknown roles are a programming error, not user input."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    user.role = role
    user.updated_at = now


def locale_of(user: User | None) -> str:
    """The language Steady writes to this person in: their stored choice, else what their
    Telegram language negotiates to (a row from before languages), else English."""
    if user is None:
        return negotiate(None)
    if user.language is not None:
        return supported(user.language)
    return negotiate(user.language_code)


def set_language(user: User, *, locale: str, now: datetime) -> None:
    """Record a /language choice; only shipped locales (the buttons offer no other)."""
    if locale not in SHIPPED:
        raise ValueError(f"unknown locale {locale!r}")
    user.language = locale
    user.updated_at = now


async def set_timezone(session: AsyncSession, *, user: User, zone: str, now: datetime) -> None:
    """Store an already-validated zone string (see `domain.zones.parse_zone`); every
    routine the user owns keeps its local time in the new zone."""
    user.timezone = zone
    user.updated_at = now
    await rezone(session, user=user, zone=zone, now=now)


async def delete_everything(session: AsyncSession, *, user: User, now: datetime) -> User | None:
    """Delete every row about the user; returns the former partner (to tell them), if any."""
    partner = await partner_of(session, user)
    if user.pair_id is not None:
        await dissolve_pair(session, pair_id=user.pair_id, now=now)
    await users.delete_user(session, user_id=user.id)
    session.expunge(user)
    return partner
