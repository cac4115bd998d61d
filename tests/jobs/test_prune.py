"""Pruning the outbox: only closed deliveries past the retention go, in bounded batches."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.engine import URL

from db.models import Delivery
from db.session import make_engine, make_sessionmaker, transaction
from jobs.prune import prune_deliveries
from tests.support.clock import FakeClock
from tests.support.factories import make_user

KEEP = timedelta(days=35)


async def test_only_closed_deliveries_past_the_retention_are_deleted(
    database_url: URL, clock: FakeClock
) -> None:
    now = clock.now()
    old, recent = now - timedelta(days=40), now - timedelta(days=3)
    cases = {
        "old sent": ("sent", old, None, False),
        "old skipped": ("skipped", old, None, False),
        "old expired": ("expired", old, None, False),
        "old failed": ("failed", old, None, False),
        "old sent, tapped recently": ("sent", old, now - timedelta(days=2), True),
        "old pending": ("pending", old, None, True),
        "old held (paused)": ("held", old, None, True),
        "old sending": ("sending", old, None, True),
        "recent sent": ("sent", recent, None, True),
    }
    engine = make_engine(database_url)
    sessions = make_sessionmaker(engine)
    try:
        async with sessions() as session:
            await make_user(session, user_id=1, now=now)
        async with transaction(sessions) as session:
            for status, due, acted, _ in cases.values():
                session.add(
                    Delivery(
                        user_id=1,
                        kind="prompt",
                        occurrence_at=due,
                        due_at=due,
                        status=status,
                        attempts=1,
                        acted_at=acted,
                    )
                )
        deleted = await prune_deliveries(sessions, clock, keep=KEEP, batch=2)
        async with sessions() as session:
            left = {
                (d.status, d.due_at, d.acted_at) for d in await session.scalars(select(Delivery))
            }
    finally:
        await engine.dispose()
    kept = {(s, d, a) for s, d, a, stays in cases.values() if stays}
    assert left == kept
    assert deleted == sum(1 for *_, stays in cases.values() if not stays)


async def test_nothing_to_prune_is_one_cheap_pass(database_url: URL, clock: FakeClock) -> None:
    engine = make_engine(database_url)
    try:
        assert await prune_deliveries(make_sessionmaker(engine), clock, keep=KEEP) == 0
    finally:
        await engine.dispose()
