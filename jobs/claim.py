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
from domain.delivery import At, Send, decide, row_status
from jobs.record import write_results
from jobs.send import Job, Outgoing, Result

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
        at = At(now=now, grace=self.grace, default_zone=self.default_zone)
        async with transaction(self.sessions) as session:
            # Read-only rows with the models' attributes, which is all `decide` reads.
            rows: Sequence[Any] = await deliveries.due_deliveries(session, now=now, limit=self.size)
            recipients: dict[int, Any] = await users.users_by_id(
                session, ids={r.user_id for r in rows}
            )
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
            jobs: list[Job] = []
            dropped: list[Result] = []
            for (row, user), outgoing in zip(ready, rendered, strict=True):
                if row.id not in claimed:
                    continue
                if outgoing is None:
                    dropped.append(Result(row.id, DeliveryStatus.DROPPED))
                else:
                    jobs.append(Job(row.id, user.id, outgoing, row.kind))
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
