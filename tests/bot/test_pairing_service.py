"""Pairing rules, on both databases, with a controlled clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import InviteCode, JoinAttempt, Pair, User
from domain.accounts import delete_everything
from domain.pairing import (
    CODE_ALPHABET,
    MAX_GUESSES_PER_WINDOW,
    MAX_JOIN_FAILURES,
    JoinOutcome,
    create_invite,
    dissolve_pair,
    hash_code,
    join_with_code,
    looks_like_code,
    new_invite_code,
    normalise_code,
    partner_of,
)
from tests.support.clock import FakeClock
from tests.support.factories import make_pair, make_user

TTL = timedelta(hours=24)


def test_codes_are_random_and_well_formed() -> None:
    codes = {new_invite_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(c) == 10 and set(c) <= set(CODE_ALPHABET) for c in codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("k7qm4xrt9p", "K7QM4XRT9P"),
        ("K7QM-4XRT 9P", "K7QM4XRT9P"),
        ("K7QM4XRT9", None),
        ("K7QM4XRT9O", None),
        ("", None),
        ("<b>K7QM4XRT9P</b>", None),
    ],
)
def test_normalise_code(text: str, expected: str | None) -> None:
    assert normalise_code(text) == expected


async def test_join_pairs_both_and_uses_the_code_once(
    session: AsyncSession, clock: FakeClock
) -> None:
    alex = await make_user(session, user_id=1, now=clock.now(), first_name="Alex")
    sam = await make_user(session, user_id=2, now=clock.now(), first_name="Sam")
    kim = await make_user(session, user_id=3, now=clock.now(), first_name="Kim")
    invite = await create_invite(session, user=alex, now=clock.now(), ttl=TTL)
    await session.commit()
    stored = await session.scalar(select(InviteCode.code_hash))
    assert stored == hash_code(invite.code) and invite.code not in stored

    result = await join_with_code(session, user=sam, code_text=invite.code.lower(), now=clock.now())
    await session.commit()
    assert result.outcome is JoinOutcome.PAIRED and result.partner is not None
    assert result.partner.id == alex.id
    assert await partner_of(session, sam) is alex
    assert await partner_of(session, alex) is sam

    again = await join_with_code(session, user=kim, code_text=invite.code, now=clock.now())
    assert again.outcome is JoinOutcome.BAD_CODE


async def test_code_expires_after_24_hours(session: AsyncSession, clock: FakeClock) -> None:
    alex = await make_user(session, user_id=1, now=clock.now())
    sam = await make_user(session, user_id=2, now=clock.now())
    invite = await create_invite(session, user=alex, now=clock.now(), ttl=TTL)
    await session.commit()
    clock.advance(hours=24)
    result = await join_with_code(session, user=sam, code_text=invite.code, now=clock.now())
    assert result.outcome is JoinOutcome.BAD_CODE
    clock.advance(seconds=-1)
    result = await join_with_code(session, user=sam, code_text=invite.code, now=clock.now())
    assert result.outcome is JoinOutcome.PAIRED


async def test_new_invite_replaces_the_old_one(session: AsyncSession, clock: FakeClock) -> None:
    alex = await make_user(session, user_id=1, now=clock.now())
    sam = await make_user(session, user_id=2, now=clock.now())
    old = await create_invite(session, user=alex, now=clock.now(), ttl=TTL)
    new = await create_invite(session, user=alex, now=clock.now(), ttl=TTL)
    await session.commit()
    assert (
        await join_with_code(session, user=sam, code_text=old.code, now=clock.now())
    ).outcome is JoinOutcome.BAD_CODE
    assert (
        await join_with_code(session, user=sam, code_text=new.code, now=clock.now())
    ).outcome is JoinOutcome.PAIRED


async def test_cannot_pair_with_yourself(session: AsyncSession, clock: FakeClock) -> None:
    alex = await make_user(session, user_id=1, now=clock.now())
    invite = await create_invite(session, user=alex, now=clock.now(), ttl=TTL)
    result = await join_with_code(session, user=alex, code_text=invite.code, now=clock.now())
    assert result.outcome is JoinOutcome.OWN_CODE
    assert alex.pair_id is None


async def test_cannot_join_someone_already_paired(session: AsyncSession, clock: FakeClock) -> None:
    alex = await make_user(session, user_id=1, now=clock.now())
    invite = await create_invite(session, user=alex, now=clock.now(), ttl=TTL)
    await session.commit()
    first, second = await make_pair(session, now=clock.now())
    # Alex's invite is still unused, but Alex pairs with someone else first.
    kim = await make_user(session, user_id=3, now=clock.now())
    other = await create_invite(session, user=kim, now=clock.now(), ttl=TTL)
    await join_with_code(session, user=alex, code_text=other.code, now=clock.now())
    await session.commit()
    late = await make_user(session, user_id=4, now=clock.now())
    result = await join_with_code(session, user=late, code_text=invite.code, now=clock.now())
    assert result.outcome is JoinOutcome.INVITER_TAKEN
    paired = await join_with_code(session, user=first, code_text="K7QM4XRT9P", now=clock.now())
    assert paired.outcome is JoinOutcome.ALREADY_PAIRED and paired.partner is not None
    assert paired.partner.id == second.id


async def test_dissolve_and_delete(session: AsyncSession, clock: FakeClock) -> None:
    alex, sam = await make_pair(session, now=clock.now())
    ended_pair_id = alex.pair_id
    assert ended_pair_id is not None and ended_pair_id == sam.pair_id
    members = await dissolve_pair(session, pair_id=ended_pair_id, now=clock.now())
    await session.commit()
    assert sorted(members) == [alex.id, sam.id]
    await session.refresh(alex)
    assert alex.pair_id is None
    ended = await session.get(Pair, ended_pair_id)
    assert ended is not None and ended.ended_at == clock.now()

    again_alex, again_sam = alex, sam
    invite = await create_invite(session, user=again_alex, now=clock.now(), ttl=TTL)
    await join_with_code(session, user=again_sam, code_text=invite.code, now=clock.now())
    await session.commit()
    partner = await delete_everything(session, user=again_alex, now=clock.now())
    await session.commit()
    assert partner is not None and partner.id == sam.id
    assert await session.get(User, alex.id) is None
    assert await session.scalar(select(func.count()).select_from(InviteCode)) == 0
    await session.refresh(sam)
    assert sam.pair_id is None


async def _guess(session: AsyncSession, user: User, text: str, clock: FakeClock) -> JoinOutcome:
    result = await join_with_code(session, user=user, code_text=text, now=clock.now())
    await session.commit()
    return result.outcome


async def test_lock_out_answers_guesses_alike_but_the_real_code_still_pairs(
    session: AsyncSession, clock: FakeClock
) -> None:
    alex = await make_user(session, user_id=1, now=clock.now())
    sam = await make_user(session, user_id=2, now=clock.now())
    kim = await make_user(session, user_id=3, now=clock.now())
    zoe = await make_user(session, user_id=4, now=clock.now())
    invite = await create_invite(session, user=alex, now=clock.now(), ttl=TTL)
    used = await create_invite(session, user=kim, now=clock.now(), ttl=TTL)
    await session.commit()
    assert await _guess(session, zoe, used.code, clock) is JoinOutcome.PAIRED
    for letter in "ABCDE":
        assert await _guess(session, sam, letter * 10, clock) is JoinOutcome.BAD_CODE
    # Locked out: unknown, malformed and real-but-used codes all get the same answer.
    for text in ("FFFFFFFFFF", "banana", used.code.lower()):
        assert await _guess(session, sam, text, clock) is JoinOutcome.TOO_MANY_TRIES
    assert await _guess(session, sam, invite.code, clock) is JoinOutcome.PAIRED


async def test_only_code_shaped_unknown_codes_count_as_guesses(
    session: AsyncSession, clock: FakeClock
) -> None:
    alex = await make_user(session, user_id=1, now=clock.now())
    sam = await make_user(session, user_id=2, now=clock.now())
    stale = await create_invite(session, user=alex, now=clock.now(), ttl=TTL)
    await session.commit()
    clock.advance(hours=25)
    for text in ("hello", "ref_from_a_channel", "K7QM4XRT9", stale.code):
        for _ in range(MAX_JOIN_FAILURES + 1):  # an old link tapped again and again
            assert await _guess(session, sam, text, clock) is JoinOutcome.BAD_CODE
    assert await session.scalar(select(func.count()).select_from(JoinAttempt)) == 0
    assert not looks_like_code("hello") and looks_like_code("k7qm-4xrt-9p")


async def test_guesses_are_capped_per_hour_even_during_the_lock_out(
    session: AsyncSession, clock: FakeClock
) -> None:
    alex = await make_user(session, user_id=1, now=clock.now())
    mallory = await make_user(session, user_id=2, now=clock.now())
    invite = await create_invite(session, user=alex, now=clock.now(), ttl=TTL)
    await session.commit()
    for _ in range(MAX_GUESSES_PER_WINDOW):
        await _guess(session, mallory, new_invite_code(), clock)
        clock.advance(seconds=10)
    # Past the cap nothing is looked up, so even a live code is refused, like any other.
    assert await _guess(session, mallory, invite.code, clock) is JoinOutcome.TOO_MANY_TRIES
    attempts = await session.scalar(select(func.count()).select_from(JoinAttempt))
    assert attempts == MAX_GUESSES_PER_WINDOW
    # An hour on, the first six guesses (0 to 50 s) have aged out: checking resumes, and
    # the rows that no longer count are forgotten when the next guess is recorded.
    clock.advance(minutes=56)
    assert await _guess(session, mallory, new_invite_code(), clock) is JoinOutcome.TOO_MANY_TRIES
    assert await session.scalar(select(func.count()).select_from(JoinAttempt)) == 24 + 1
    clock.advance(hours=1)
    assert await _guess(session, mallory, invite.code, clock) is JoinOutcome.PAIRED
