"""Step 2 of a run: take a batch of due deliveries for this process to send (a lease).

Here because claiming is where "exactly once" is won: rows are read (locked with SKIP
LOCKED on PostgreSQL), judged by `domain.delivery.decide`, rendered, and only then
marked `sending` in one short, status-guarded write, so two processes never take the
same row and SQLite's one write lock is held for a few statements, not a render. A claim
older than the lease belongs to a process that died mid-send and goes back to pending.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import Delivery, DeliveryStatus, User
from db.repositories import deliveries, users
from db.session import SessionMaker, transaction
from domain.delivery import ANSWERS_TO_SOMEONE, At, Send, decide, row_status
from jobs.record import NOT_DELIVERED, write_results
from jobs.send import Job, Outgoing, Result

#: A relay is sent by `Dispatcher.send_now` the moment its handler commits, one chat's
#: in order; a run claims one only once it has waited this long (the process died before
#: sending it, or the database was away), so the two paths never race for a fresh relay
#: and one chat's relays never overtake each other.
RELAYS_SENT_BY_HANDLER = timedelta(seconds=5)

#: Statuses a claim can close a row with (the rest keep it waiting).
CLOSED = frozenset(DeliveryStatus) - {
    DeliveryStatus.PENDING,
    DeliveryStatus.HELD,
    DeliveryStatus.SENDING,
}

#: Renders one claimed delivery for its recipient. The dispatcher passes read-only rows
#: with the attributes of the `Delivery` and `User` models (ORM objects cost five times as
#: much to load, and nothing here changes them in place).
Renderer = Callable[[AsyncSession, Delivery, User], Awaitable[Outgoing | None]]
#: Renders a whole claimed batch in one go (one query for all partners, say); same
#: contract as `Renderer`, one answer per (delivery, recipient), in order.
BatchRenderer = Callable[
    [AsyncSession, Sequence[tuple[Delivery, User]]], Awaitable[Sequence[Outgoing | None]]
]


@dataclass(frozen=True)
class Claimer:
    """Claims batches of `size` due deliveries from `sessions`."""

    sessions: SessionMaker
    size: int
    lease: timedelta
    grace: timedelta
    default_zone: str
    render: Renderer
    render_many: BatchRenderer | None = None

    async def claim(self, now: datetime, holding: Collection[int]) -> list[Job]:
        """Read, decide and render one batch, then claim it in one short write; returns the
        jobs to send. `holding` are this process's own claims, never handed back by the
        lease however long Telegram keeps them waiting.

        The reads come first so that on SQLite, where one write lock serves the whole
        database, the lock is held for the claim's few statements rather than while a
        batch renders: every result the workers store waits for that lock, and a worker
        waiting to store is not sending (docs/benchmarks.md, session 3). On PostgreSQL
        `SKIP LOCKED` locks the rows as they are read, as before.
        """
        async with transaction(self.sessions) as session:
            await deliveries.release_abandoned_claims(
                session, claimed_before=now - self.lease, holding=holding
            )
        async with transaction(self.sessions) as session:
            # Read-only rows with the models' attributes, which is all `decide` reads.
            rows = await deliveries.due_deliveries(
                session, now=now, limit=self.size, relays_due_by=now - RELAYS_SENT_BY_HANDLER
            )
            return await self._take(session, rows, now)

    async def claim_ids(self, now: datetime, ids: Collection[int]) -> list[Job]:
        """Claim these deliveries (relays a handler just committed) if they are still
        pending and due; the same judging, rendering and status-guarded write as `claim`."""
        async with transaction(self.sessions) as session:
            rows = await deliveries.due_by_id(session, ids=ids, now=now)
            return await self._take(session, rows, now)

    async def _take(self, session: AsyncSession, rows: Sequence[Any], now: datetime) -> list[Job]:
        """Judge, render and claim `rows` in the caller's transaction; the jobs to send."""
        at = At(now=now, grace=self.grace, default_zone=self.default_zone)
        recipients: dict[int, Any] = await users.users_by_id(session, ids={r.user_id for r in rows})
        ready: list[tuple[Any, Any]] = []
        moved: dict[int, tuple[int, DeliveryStatus, datetime]] = {}
        for row in rows:
            user = recipients.get(row.user_id)
            decision = decide(row, user, at=at)
            if isinstance(decision, Send) and user is not None:
                ready.append((row, user))
            else:
                moved[row.id] = (row.id, *row_status(decision, row.due_at))
        rendered = await self._render_batch(session, ready)
        # The writes. Guarded by status: on SQLite another process may have claimed a
        # row since it was read, and then this claim changes nothing for it.
        claimed = set(await deliveries.claim(session, ids=[r.id for r in rows], now=now))
        await deliveries.move(
            session, moves=[m for delivery_id, m in moved.items() if delivery_id in claimed]
        )
        closed = {i: st for i, (_, st, _) in moved.items() if i in claimed and st in CLOSED}
        if closed:  # a relay that will not go out: its words go, and if its recipient
            # cannot be reached its sender hears so
            unreachable = [i for i, status in closed.items() if status in NOT_DELIVERED]
            await deliveries.queue_undelivered_notices(session, ids=unreachable, now=now)
            await deliveries.forget_payloads(session, ids=closed)
        jobs: list[Job] = []
        dropped: list[Result] = []
        for (row, user), outgoing in zip(ready, rendered, strict=True):
            if row.id not in claimed:
                continue
            if outgoing is None:
                dropped.append(Result(row.id, DeliveryStatus.DROPPED))
            else:
                urgent = row.kind in ANSWERS_TO_SOMEONE
                jobs.append(Job(row.id, user.id, outgoing, row.kind, urgent=urgent))
        if dropped:
            await write_results(session, dropped, now)
        return jobs

    async def _render_batch(
        self, session: AsyncSession, ready: Sequence[tuple[Any, Any]]
    ) -> Sequence[Outgoing | None]:
        if not ready:
            return []
        if self.render_many is not None:
            return await self.render_many(session, ready)
        return [await self.render(session, row, user) for row, user in ready]
