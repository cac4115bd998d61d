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

# No 0/O, 1/I/L: codes get read aloud and retyped. 31 symbols ** 10 ≈ 8.2e14 ≈ 2**49.5.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10
#: A guess: code-shaped text that matches no invite ever issued. From this many guesses in
#: the last `JOIN_WINDOW`, a wrong code gets the lock-out answer instead of "doesn't work".
MAX_JOIN_FAILURES = 5
#: Guesses checked per person per `JOIN_WINDOW`, lock-out or not: past it nothing is looked
#: up at all. This is the number that bounds guessing (see `join_with_code`).
MAX_GUESSES_PER_WINDOW = 30
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
    # From the lock-out on, this replaces BAD_CODE for every refusal (join_with_code).
    OWN_CODE = "own_code"
    ALREADY_PAIRED = "already_paired"
    INVITER_TAKEN = "inviter_taken"
    TOO_MANY_TRIES = "too_many_tries"


@dataclass(frozen=True)
class JoinResult:
    """The outcome and, when paired, the new partner."""

    outcome: JoinOutcome
    partner: User | None = None


def looks_like_code(text: str) -> bool:
    """Whether text could be an invite code at all; anything else (a deep link carrying
    another parameter, a stray word) is not a guess and is never counted as one."""
    return normalise_code(text) is not None


async def join_with_code(
    session: AsyncSession, *, user: User, code_text: str, now: datetime
) -> JoinResult:
    """Redeem an invite code for `user`, pairing them with its creator.

    The lock-out stops guessing without ever standing between a person and their
    partner's real invite:

    - A *guess* is code-shaped text matching no invite Steady has issued. Junk (not
      code-shaped) and a real invite gone stale (used or expired: a partner's old link
      tapped again) cannot pair anyone and are not guesses.
    - After `MAX_JOIN_FAILURES` (5) guesses in the last hour, every answer short of
      pairing is the lock-out line, whatever was sent: no "doesn't work", no hint.
      A valid, unexpired, unused code still pairs, by /join or by the link.
    - Guesses go on being counted during the lock-out, and once there have been
      `MAX_GUESSES_PER_WINDOW` (30) in the last hour nothing more is looked up until
      the oldest ages out. So at most 30 codes an hour are ever checked per person; no
      one who is typing or tapping their partner's code gets near that.

    Codes are 10 symbols from 31 (31**10 ≈ 8.2e14), live 24 hours, and only their
    hashes are stored. At 30 checks an hour, hitting any one of 10,000 invites live at
    once takes 8.2e14 / (30 * 10,000) ≈ 2.7e9 hours (≈ 300,000 years) per account, and
    the chance of hitting one particular invite in its 24 hours is 720 / 8.2e14 ≈ 1e-12.
    """
    if user.pair_id is not None:
        return JoinResult(JoinOutcome.ALREADY_PAIRED, await partner_of(session, user))
    guesses = await pairs.count_join_failures(session, user_id=user.id, since=now - JOIN_WINDOW)
    refused = JoinResult(
        JoinOutcome.TOO_MANY_TRIES if guesses >= MAX_JOIN_FAILURES else JoinOutcome.BAD_CODE
    )
    code = normalise_code(code_text)
    if code is None or guesses >= MAX_GUESSES_PER_WINDOW:
        return refused
    invite = await pairs.find_invite(session, code_hash=hash_code(code))
    if invite is None:
        await pairs.record_join_failure(
            session, user_id=user.id, now=now, forget_before=now - JOIN_WINDOW
        )
        return refused
    if invite.used_at is not None or invite.expires_at <= now:
        return refused
    if invite.creator_id == user.id:
        return JoinResult(JoinOutcome.OWN_CODE)
    inviter = await users.get_user(session, user_id=invite.creator_id)
    if inviter is None:
        return refused
    if inviter.pair_id is not None:
        return JoinResult(JoinOutcome.INVITER_TAKEN)
    if not await pairs.claim_invite(session, invite_id=invite.id, now=now):
        return refused
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
