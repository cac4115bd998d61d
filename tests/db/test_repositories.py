"""Repository and db.session functions that bot/ and jobs/ call instead of building SQL
themselves (tests/test_layers.py keeps it that way), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.engine import URL
from sqlalchemy.exc import UnboundExecutionError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.models import Delivery, Promise, Space
from db.repositories import commitments, deliveries, users
from db.session import engine_of, make_engine, make_sessionmaker, ping
from tests.support.factories import make_pair, make_user, prompt_delivery

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


async def test_due_backlog_counts_due_pending_rows_and_the_oldest(session: AsyncSession) -> None:
    kim = await make_user(session, user_id=303, now=NOW)
    assert await deliveries.due_backlog(session, now=NOW) == (0, None)

    def row(status: str, due: datetime) -> Delivery:
        return prompt_delivery(kim.id, status, due)

    session.add_all(
        [
            row("pending", NOW - timedelta(seconds=90)),
            row("pending", NOW - timedelta(seconds=5)),
            row("pending", NOW),  # due exactly now counts
            row("pending", NOW + timedelta(minutes=5)),  # not due yet
            row("held", NOW - timedelta(hours=1)),
            row("sending", NOW - timedelta(hours=1)),
            row("sent", NOW - timedelta(hours=2)),
        ]
    )
    await session.commit()
    depth, oldest = await deliveries.due_backlog(session, now=NOW)
    assert depth == 3
    assert oldest is not None and oldest == NOW - timedelta(seconds=90)
    assert await deliveries.due_backlog(session, now=NOW - timedelta(hours=3)) == (0, None)


async def test_set_active_turns_one_person_off_and_on(session: AsyncSession) -> None:
    kim = await make_user(session, user_id=303, now=NOW)
    lee = await make_user(session, user_id=404, now=NOW)
    await users.set_active(session, user_id=kim.id, active=False)
    assert kim.is_active is False  # the loaded object follows the update
    await session.commit()
    assert await stored_active(session, kim.id) is False
    assert await stored_active(session, lee.id) is True
    await users.set_active(session, user_id=kim.id, active=True)
    await users.set_active(session, user_id=999, active=False)  # a stranger: nothing happens
    await session.commit()
    assert await stored_active(session, kim.id) is True
    assert await users.get_user(session, user_id=999) is None


async def stored_active(session: AsyncSession, user_id: int) -> bool:
    """`is_active` as the database holds it now."""
    user = await users.get_user(session, user_id=user_id)
    assert user is not None
    await session.refresh(user)
    return user.is_active


async def test_names_in_pairs_groups_members_lowest_id_first(session: AsyncSession) -> None:
    alex, sam = await make_pair(session, now=NOW)
    await make_user(session, user_id=303, now=NOW, first_name="Kim")  # in no pair
    assert alex.pair_id is not None
    assert await users.names_in_pairs(session, pair_ids=set()) == {}
    found = await users.names_in_pairs(session, pair_ids={alex.pair_id, 12345})
    assert list(found) == [alex.pair_id]
    assert [tuple(m) for m in found[alex.pair_id]] == [
        (101, alex.pair_id, "Alex"),
        (202, alex.pair_id, "Sam"),
    ]
    assert found[alex.pair_id][0].first_name == "Alex"


async def test_promises_and_spaces_by_id_load_them_into_the_session(
    session: AsyncSession,
) -> None:
    alex, sam = await make_pair(session, now=NOW)
    promise = Promise(
        promiser_id=alex.id, partner_id=sam.id, text="call", due_at=NOW, created_at=NOW
    )
    space = Space(requester_id=alex.id, partner_id=sam.id, created_at=NOW, return_at=NOW)
    session.add_all([promise, space])
    await session.commit()
    promise_id, space_id = promise.id, space.id
    session.expunge_all()
    assert await commitments.promises_by_id(session, ids=()) == {}
    assert await commitments.spaces_by_id(session, ids=()) == {}
    promises = await commitments.promises_by_id(session, ids={promise_id, 9999})
    spaces = await commitments.spaces_by_id(session, ids={space_id, 9999})
    assert list(promises) == [promise_id] and promises[promise_id].text == "call"
    assert list(spaces) == [space_id] and spaces[space_id].requester_id == alex.id
    # In the identity map now, which is what render_many relies on.
    assert promises[promise_id] in session and spaces[space_id] in session


async def test_engine_of_finds_the_bound_engine_only(database_url: URL) -> None:
    engine = make_engine(database_url)
    try:
        assert engine_of(make_sessionmaker(engine)) is engine
        assert engine_of(async_sessionmaker()) is None
    finally:
        await engine.dispose()


async def test_ping_answers_and_raises_without_a_database(database_url: URL) -> None:
    engine = make_engine(database_url)
    try:
        await ping(make_sessionmaker(engine))
    finally:
        await engine.dispose()
    with pytest.raises(UnboundExecutionError):
        await ping(async_sessionmaker())  # bound to nothing
