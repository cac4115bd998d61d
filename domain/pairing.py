"""Pairing rules: single-use, expiring, hard-to-guess invite codes; one pair per user."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import User
from db.repositories import pairs, schedules, users

# No 0/O, 1/I/L: codes get read aloud and retyped. 31 symbols ** 10 ≈ 2**49.5.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
# Guessing a live code takes ~2**49 tries; five misses an hour per person keeps it that way.
MAX_JOIN_FAILURES = 5
JOIN_WINDOW = timedelta(hours=1)
_CODE_RE = re.compile(rf"^[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$")


def new_invite_code() -> str:
    """A fresh random code from a cryptographic source."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str | None:
    """The code as stored, if the text could be one (case, spaces and dashes ignored)."""
    cleaned = re.sub(r"[\s-]", "", text).upper()
    return cleaned if _CODE_RE.match(cleaned) else None


def hash_code(code: str) -> str:
    """Only hashes are stored, so a database leak does not hand out live invites."""
    return hashlib.sha256(code.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class Invite:
    """A code to forward to the partner."""

    code: str
    expires_at: datetime


async def partner_of(session: AsyncSession, user: User) -> User | None:
    """The other member of the user's pair, if any."""
    if user.pair_id is None:
        return None
    for member in await users.pair_members(session, pair_id=user.pair_id):
        if member.id != user.id:
            return member
    return None


async def create_invite(
    session: AsyncSession, *, user: User, now: datetime, ttl: timedelta
) -> Invite:
    """A new invite for an unpaired user; older unused invites of theirs stop working."""
    code = new_invite_code()
    await pairs.replace_invite(
        session, creator_id=user.id, code_hash=hash_code(code), now=now, expires_at=now + ttl
    )
    return Invite(code=code, expires_at=now + ttl)


class JoinOutcome(Enum):
    """Every way a join attempt can end."""

    PAIRED = "paired"
    BAD_CODE = "bad_code"  # malformed, unknown, used or expired: one answer, nothing to probe
    OWN_CODE = "own_code"
    ALREADY_PAIRED = "already_paired"
    INVITER_TAKEN = "inviter_taken"
    TOO_MANY_TRIES = "too_many_tries"


@dataclass(frozen=True)
class JoinResult:
    """The outcome and, when paired, the new partner."""

    outcome: JoinOutcome
    partner: User | None = None


async def join_with_code(
    session: AsyncSession, *, user: User, code_text: str, now: datetime
) -> JoinResult:
    """Redeem an invite code for `user`, pairing them with its creator."""
    if user.pair_id is not None:
        return JoinResult(JoinOutcome.ALREADY_PAIRED, await partner_of(session, user))
    recent = await pairs.count_join_failures(session, user_id=user.id, since=now - JOIN_WINDOW)
    if recent >= MAX_JOIN_FAILURES:
        return JoinResult(JoinOutcome.TOO_MANY_TRIES)
    code = normalise_code(code_text)
    invite = await pairs.find_invite(session, code_hash=hash_code(code)) if code else None
    if invite is None or invite.used_at is not None or invite.expires_at <= now:
        await pairs.record_join_failure(session, user_id=user.id, now=now)
        return JoinResult(JoinOutcome.BAD_CODE)
    if invite.creator_id == user.id:
        return JoinResult(JoinOutcome.OWN_CODE)
    inviter = await users.get_user(session, user_id=invite.creator_id)
    if inviter is None:
        return JoinResult(JoinOutcome.BAD_CODE)
    if inviter.pair_id is not None:
        return JoinResult(JoinOutcome.INVITER_TAKEN)
    if not await pairs.claim_invite(session, invite_id=invite.id, now=now):
        return JoinResult(JoinOutcome.BAD_CODE)
    pair_id = await pairs.create_pair(session, user_ids=(inviter.id, user.id), now=now)
    if pair_id is None:
        return JoinResult(JoinOutcome.INVITER_TAKEN)
    await session.refresh(user)
    await session.refresh(inviter)
    return JoinResult(JoinOutcome.PAIRED, inviter)


async def dissolve_pair(session: AsyncSession, *, pair_id: int, now: datetime) -> list[int]:
    """End a pair and everything scheduled for it; returns the former members' ids.

    This is the one place a pair ends (unpair and data deletion both come here), so
    the schedules of the pair are stopped here too.
    """
    members = await pairs.end_pair(session, pair_id=pair_id, now=now)
    await schedules.stop_pair_schedules(session, pair_id=pair_id, member_ids=members)
    return members
