"""Storing what came of sends: many results in one write (group commit).

Here because recording has its own rule, separate from sending: a worker takes its next
message only once its last result is stored, which bounds the messages a crash can send
twice to one per worker (docs/reliability.md), while results that are ready together
share one transaction.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from db.models import DeliveryStatus
from db.repositories import deliveries, users
from db.session import SessionMaker, engine_of, transaction
from jobs.send import Result

#: Outcomes that mean a relay did not reach its recipient: its sender is told.
NOT_DELIVERED = frozenset((DeliveryStatus.INACTIVE, DeliveryStatus.FAILED))

# The scheduler logs under one name, as it did before it was split into modules.
log = logging.getLogger("jobs.dispatch")


class GroupCommit:
    """Stores results in bulk: whatever is ready when a write starts goes into it.

    `record` returns once the result is committed, so a worker never sends its next
    message while an earlier one is unrecorded: the window in which a crash can send a
    message twice stays at most one message per worker (SEND_CONCURRENCY). Results that
    arrive during a write share the next one; waiting on purpose for more (a linger) was
    measured and gained nothing (docs/benchmarks.md).
    """

    def __init__(self, write: Callable[[list[Result]], Awaitable[None]]) -> None:
        self._write = write
        self._waiting: list[tuple[Result, asyncio.Future[None]]] = []
        self._task: asyncio.Task[None] | None = None

    async def record(self, result: Result) -> None:
        future = asyncio.get_running_loop().create_future()
        self._waiting.append((result, future))
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._flush())
        await future

    async def _flush(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                await self._write([result for result, _ in batch])
            except Exception as error:  # every waiter learns its result was not stored
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
            else:
                for _, future in batch:
                    if not future.done():
                        future.set_result(None)


async def store(sessions: SessionMaker, results: Sequence[Result], now: datetime) -> None:
    """Write results in their own transaction: on a bare connection when the session
    maker is bound to an engine (a third of a Session's cost), else in a session."""
    engine = engine_of(sessions)
    if engine is not None:
        async with engine.begin() as connection:
            await write_results(connection, results, now)
        return
    async with transaction(sessions) as session:
        await write_results(session, results, now)


async def write_results(
    session: AsyncSession | AsyncConnection, results: Sequence[Result], now: datetime
) -> None:
    """Mark many deliveries with their outcome, and their unreachable recipients inactive:
    one executemany and one UPDATE of users."""
    for r in results:
        log.debug("delivery %s: %s", r.delivery_id, r.status)
    # Before the outcomes, which clear a relay's sender: whoever sent a relay that could
    # not be delivered is told.
    unreachable = [r.delivery_id for r in results if r.status in NOT_DELIVERED]
    await deliveries.queue_undelivered_notices(session, ids=unreachable, now=now)
    later = [r for r in results if r.retry_in is not None]
    await deliveries.retry_later(
        session,
        retries=[(r.delivery_id, now + timedelta(seconds=r.retry_in or 0)) for r in later],
    )
    await deliveries.record_outcomes(
        session,
        outcomes=[(r.delivery_id, r.status, r.message_id) for r in results if r.retry_in is None],
        now=now,
    )
    blocked = {r.deactivate for r in results if r.deactivate is not None}
    await users.mark_unreachable(session, user_ids=blocked)
