"""The scheduler's two short steps, run by a repeating tick:

1. materialise: schedules whose next instant has come become deliveries (one per
   recipient) and move on to their next instant, in one transaction per batch;
2. send: due deliveries are read, rendered and claimed (status `sending`) in one
   transaction per batch, the claim written last so SQLite's one write lock is held only
   briefly; they are sent outside any transaction by a bounded pool of workers, and their
   results recorded in bulk (group commit: every result that is ready goes in one
   transaction, and a worker takes its next message only once its result is stored).

Both claims use `FOR UPDATE SKIP LOCKED` on PostgreSQL, so several processes share
one database without sending anything twice; a unique key on (schedule, occurrence,
recipient) guards materialisation too. Clock, limits and rendering are injected.

While one batch is being sent the next one is claimed, so the connections never wait
for the database; at most two batches are claimed and not yet sent at any moment.

Runs start on a repeating tick and, between ticks, exactly when the next thing falls
due: after each run the dispatcher sets a timer for the earliest due schedule or
delivery, so prompts (nearly all due on a whole minute) do not wait for the next tick.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol, cast

from sqlalchemy import Select, Table, bindparam, func, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession
from sqlalchemy.sql.dml import Update
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from db.models import SENDING, Delivery, Schedule, User
from db.session import SessionMaker, transaction
from domain.holds import hold_until
from domain.policy import expires_at
from domain.rules import next_daily, next_weekly, skip_missed
from domain.zones import zone_of
from jobs.clock import Clock, seconds_until
from jobs.ratelimit import SendLimiter, retry_seconds

log = logging.getLogger(__name__)

# Core tables for bulk statements (ORM classes' __table__ is typed as a plain FromClause).
_DELIVERIES = cast(Table, Delivery.__table__)
_SCHEDULES = cast(Table, Schedule.__table__)
_USERS = cast(Table, User.__table__)


@dataclass(frozen=True)
class Outgoing:
    """What a delivery turns into on the wire: HTML text and inline buttons as plain rows
    of (label, callback data), serialised straight to JSON (PTB keyboard objects and their
    to_dict cost more per message than the HTTP round trip; docs/benchmarks.md)."""

    text: str
    buttons: tuple[tuple[tuple[str, str], ...], ...] = ()

    def wire(self, chat_id: int) -> dict[str, Any]:
        """The sendMessage parameters."""
        params: dict[str, Any] = {"chat_id": chat_id, "text": self.text, "parse_mode": "HTML"}
        if self.buttons:
            keyboard = [[{"text": t, "callback_data": d} for t, d in row] for row in self.buttons]
            params["reply_markup"] = json.dumps({"inline_keyboard": keyboard})
        return params


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
class Limits:
    """Knobs of the scheduler, from settings."""

    grace: timedelta = timedelta(minutes=10)
    batch_size: int = 200
    concurrency: int = 8
    lease: timedelta = timedelta(minutes=5)
    max_attempts: int = 5
    retry_base: float = 0.2  # seconds; doubles per attempt, capped at 5 s
    default_zone: str = "UTC"


class SendObserver(Protocol):
    """Told about every send (bot.ops.metrics.Metrics implements it)."""

    def observe_sent(self, kind: str) -> None:
        """Telegram accepted one message of this delivery kind."""

    def observe_send_error(self, error: BaseException) -> None:
        """One send attempt raised."""

    def observe_failure(self, reason: str) -> None:
        """A failure with a fixed reason (\"gave_up\" after the last attempt)."""


@dataclass(slots=True)
class _Job:
    """A claimed, rendered delivery waiting for a connection."""

    delivery_id: int
    chat_id: int
    outgoing: Outgoing
    kind: str = ""


@dataclass(slots=True)
class _Result:
    delivery_id: int
    status: str
    message_id: int | None = None
    deactivate: int | None = None


class _GroupCommit:
    """Stores results in bulk: whatever is ready when a write starts goes into it.

    `record` returns once the result is committed, so a worker never sends its next
    message while an earlier one is unrecorded: the window in which a crash can send a
    message twice stays at most one message per worker (SEND_CONCURRENCY). Results that
    arrive during a write share the next one; waiting on purpose for more (a linger) was
    measured and gained nothing (docs/benchmarks.md).
    """

    def __init__(self, write: Callable[[list[_Result]], Awaitable[None]]) -> None:
        self._write = write
        self._waiting: list[tuple[_Result, asyncio.Future[None]]] = []
        self._task: asyncio.Task[None] | None = None

    async def record(self, result: _Result) -> None:
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


@dataclass
class _Run:
    """One run's send side: a queue of claimed jobs and the workers draining it."""

    queue: asyncio.Queue[_Job | None]
    recorder: _GroupCommit
    workers: list[asyncio.Task[None]] = field(default_factory=list)
    sent: int = 0
    failed: bool = False


class Dispatcher:
    """Claims due work from the database and sends it through its own Bot."""

    def __init__(
        self,
        *,
        sessions: SessionMaker,
        bot: Bot,
        clock: Clock,
        render: Renderer,
        limits: Limits,
        limiter: SendLimiter | None = None,
        render_many: BatchRenderer | None = None,
        observer: SendObserver | None = None,
    ) -> None:
        self._sessions = sessions
        self._bot = bot
        self._clock = clock
        self._render = render
        self._render_many = render_many
        self._limits = limits
        self._limiter = limiter
        self._observer = observer
        self._task: asyncio.Task[int] | None = None
        self._wake: asyncio.TimerHandle | None = None
        # Claimed by this dispatcher and not yet recorded: never handed back by the lease,
        # however long Telegram keeps them waiting (the lease is for dead processes).
        self._holding: set[int] = set()
        # With a rate limit, claim about two seconds of sending at a time, so what is
        # rendered is sent soon after and a claim never outlives its lease.
        claim = limits.batch_size
        if limiter is not None and limiter.per_second > 0:
            claim = min(claim, max(limits.concurrency, int(limiter.per_second * 2)))
        self._claim_size = max(1, claim)

    # --- the tick ------------------------------------------------------------------

    def kick(self) -> None:
        """Start a run unless one is in progress; returns at once so ticks never pile up.

        When the run ends, a timer is set to kick again the moment the next schedule or
        delivery falls due (the tick stays as the safety net, and catches what people
        create meanwhile)."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run_then_wake())

    async def stop(self) -> None:
        """Finish the run in progress and start no more (the app is stopping)."""
        await self.wait_idle()
        self._set_wake(None)

    async def close(self) -> None:
        """Stop, then release the scheduler's own connection."""
        await self.stop()
        await self._bot.shutdown()

    async def wait_idle(self) -> None:
        """Wait for a run in progress (shutdown, tests)."""
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    async def _run_then_wake(self) -> int:
        sent = await self.run_once()
        try:
            self._set_wake(await self.next_due())
        except Exception:
            self._set_wake(None)
            log.exception("could not look up the next due time; the tick goes on")
        return sent

    def _set_wake(self, due: datetime | None) -> None:
        """Kick at `due` (replacing any earlier timer); None or a past instant: no timer,
        the tick comes soon enough and a failing run cannot spin."""
        if self._wake is not None:
            self._wake.cancel()
            self._wake = None
        if due is None:
            return
        delay = seconds_until(self._clock, due)
        if delay > 0:
            # A millisecond late rather than early: the clock and the loop's timer are
            # different clocks, and a run woken early finds nothing due.
            self._wake = asyncio.get_running_loop().call_later(delay + 0.001, self.kick)

    async def next_due(self) -> datetime | None:
        """The earliest instant at which a schedule or a pending delivery falls due."""
        async with self._sessions() as session:
            found = (await session.execute(first_due())).one()
        return min((t for t in found if t is not None), default=None)

    async def run_once(self) -> int:
        """Materialise and send until nothing is due; returns how many messages went out."""
        run = self._start_run()
        try:
            while not run.failed:
                made = await self.materialise_due()
                jobs = await self._claim()
                for job in jobs:
                    await run.queue.put(job)
                if made == 0 and not jobs:
                    break
        except Exception:
            log.exception("scheduler run failed; the next tick retries")
        except BaseException:  # cancelled: what is claimed stays `sending` for the lease
            for worker in run.workers:
                worker.cancel()
            raise
        return await self._finish_run(run)

    # --- step 1: schedules -> deliveries --------------------------------------------

    async def materialise_due(self) -> int:
        """Turn due schedules into deliveries and advance them; returns schedules handled."""
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            # Plain rows, not ORM objects: a batch is read once and never changed in place.
            schedules = list(
                await session.execute(
                    select(_SCHEDULES)
                    .where(_SCHEDULES.c.next_due_at <= now)
                    .order_by(_SCHEDULES.c.next_due_at)
                    .limit(self._limits.batch_size)
                    .with_for_update(skip_locked=True)
                )
            )
            if not schedules:
                return 0
            zones = await self._zones(session, {s.user_id for s in schedules})
            members = await self._pair_members(session, schedules)
            rows: list[dict[str, Any]] = []
            moves: list[dict[str, Any]] = []
            for schedule in schedules:
                zone = zone_of(zones.get(schedule.user_id), self._limits.default_zone)
                next_due = self._materialise(schedule, zone, now, members, rows)
                moves.append({"schedule_id": schedule.id, "next_due": next_due})
            if rows:
                insert = (
                    pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
                )
                await session.execute(
                    insert(_DELIVERIES).on_conflict_do_nothing(
                        index_elements=["schedule_id", "occurrence_at", "user_id"]
                    ),
                    rows,
                )
            await session.execute(
                update(_SCHEDULES)
                .where(_SCHEDULES.c.id == bindparam("schedule_id"))
                .values(next_due_at=bindparam("next_due")),
                moves,
            )
        return len(schedules)

    def _materialise(
        self,
        schedule: Any,
        zone: str,
        now: datetime,
        members: dict[int, list[int]],
        rows: list[dict[str, Any]],
    ) -> datetime:
        """Add the due occurrence's deliveries to `rows`; returns the rule's next instant."""

        def advance(after: datetime) -> datetime:
            if schedule.weekday is not None:
                return next_weekly(schedule.weekday, schedule.local_time, zone, after)
            return next_daily(schedule.local_time, zone, after)

        occurrence: datetime = schedule.next_due_at
        due, skipped = skip_missed(occurrence, now, self._limits.grace, advance)
        if skipped:
            log.info("schedule %s skipped %s missed occurrence(s)", schedule.id, skipped)
            occurrence = due
        if occurrence <= now:
            if schedule.kind == "checkin" and schedule.pair_id is not None:
                recipients = members.get(schedule.pair_id, [])
            else:
                recipients = [schedule.user_id]
            expiry = expires_at(schedule.kind, occurrence)
            for user_id in recipients:
                rows.append(
                    {
                        "user_id": user_id,
                        "kind": schedule.kind,
                        "schedule_id": schedule.id,
                        "ref_id": None,
                        "occurrence_at": occurrence,
                        "due_at": occurrence,
                        "expires_at": expiry,
                        "status": "pending",
                        "attempts": 0,
                    }
                )
            occurrence = advance(occurrence)
        return occurrence

    async def _pair_members(
        self, session: AsyncSession, schedules: Sequence[Any]
    ) -> dict[int, list[int]]:
        """Members of every pair with a check-in in the batch, in one query."""
        pair_ids = {s.pair_id for s in schedules if s.kind == "checkin" and s.pair_id is not None}
        members: dict[int, list[int]] = {}
        if pair_ids:
            found = await session.execute(
                select(User.pair_id, User.id).where(User.pair_id.in_(pair_ids)).order_by(User.id)
            )
            for pair_id, user_id in found:
                if pair_id is not None:
                    members.setdefault(pair_id, []).append(user_id)
        return members

    # --- step 2: deliveries -> Telegram --------------------------------------------

    async def send_due(self) -> int:
        """Claim one batch of due deliveries, apply holds and grace, send the rest."""
        run = self._start_run()
        try:
            for job in await self._claim():
                await run.queue.put(job)
        finally:
            sent = await self._finish_run(run)
        return sent

    def _start_run(self) -> _Run:
        run = _Run(
            queue=asyncio.Queue(maxsize=self._claim_size),
            recorder=_GroupCommit(self._record),
        )
        run.workers = [
            asyncio.create_task(self._worker(run)) for _ in range(self._limits.concurrency)
        ]
        return run

    async def _finish_run(self, run: _Run) -> int:
        """Let the workers drain what was claimed, then stop them."""
        for _ in run.workers:
            await run.queue.put(None)
        await asyncio.gather(*run.workers)
        self._holding.clear()  # what is left `sending` now is for the lease to hand back
        return run.sent

    async def _worker(self, run: _Run) -> None:
        while (job := await run.queue.get()) is not None:
            if run.failed:
                continue  # left `sending`; the lease hands it to a later run, never sent twice
            try:
                result = await self._send(job)
                await run.recorder.record(result)
            except Exception:
                run.failed = True
                log.exception("scheduler run failed; the next tick retries")
                continue
            self._holding.discard(job.delivery_id)
            if result.status == "sent":
                run.sent += 1

    async def _claim(self) -> list[_Job]:
        """Read, decide and render one batch, then claim it in one short write.

        The reads come first so that on SQLite, where one write lock serves the whole
        database, the lock is held for the claim's few statements rather than while a
        batch renders: every result the workers store waits for that lock, and a worker
        waiting to store is not sending (docs/benchmarks.md, session 3). On PostgreSQL
        `SKIP LOCKED` locks the rows as they are read, as before.
        """
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            # A claim older than the lease belongs to a process that died mid-send.
            await session.execute(release_abandoned(now - self._limits.lease, self._holding))
        async with transaction(self._sessions) as session:
            due = await session.execute(
                select(_DELIVERIES)
                .where(_DELIVERIES.c.status == "pending", _DELIVERIES.c.due_at <= now)
                .order_by(_DELIVERIES.c.due_at)
                .limit(self._claim_size)
                .with_for_update(skip_locked=True)
            )
            rows = sorted(due, key=lambda r: (r.due_at, r.id))
            users = await self._users(session, {r.user_id for r in rows})
            ready: list[tuple[Any, Any]] = []
            moved: dict[int, dict[str, Any]] = {}
            for row in rows:
                user = users.get(row.user_id)
                status, due_at = self._decide(row, user, now)
                if status == "sending" and user is not None:
                    ready.append((row, user))
                else:
                    moved[row.id] = {"delivery_id": row.id, "status": status, "due": due_at}
            rendered = await self._render_batch(session, ready)
            # The writes. Guarded by status: on SQLite another process may have claimed a
            # row since it was read, and then this claim changes nothing for it.
            claimed = set(await self._claim_rows(session, [r.id for r in rows], now))
            if moved.keys() & claimed:
                await session.execute(
                    update(_DELIVERIES)
                    .where(_DELIVERIES.c.id == bindparam("delivery_id"))
                    .values(status=bindparam("status"), due_at=bindparam("due")),
                    [m for delivery_id, m in moved.items() if delivery_id in claimed],
                )
            jobs: list[_Job] = []
            dropped: list[_Result] = []
            for (row, user), outgoing in zip(ready, rendered, strict=True):
                if row.id not in claimed:
                    continue
                if outgoing is None:
                    dropped.append(_Result(row.id, "dropped"))
                else:
                    jobs.append(_Job(row.id, user.id, outgoing, row.kind))
            if dropped:
                await self._write_results(session, dropped)
        self._holding.update(job.delivery_id for job in jobs)
        return jobs

    async def _claim_rows(
        self, session: AsyncSession, ids: list[int], now: datetime
    ) -> Sequence[int]:
        """Mark rows read as pending `sending`; returns the ids this claim took."""
        if not ids:
            return []
        claimed = await session.scalars(
            update(_DELIVERIES)
            .where(_DELIVERIES.c.id.in_(ids), _DELIVERIES.c.status == "pending")
            .values(status="sending", claimed_at=now)
            .returning(_DELIVERIES.c.id)
        )
        return list(claimed)

    async def _render_batch(
        self, session: AsyncSession, ready: Sequence[tuple[Any, Any]]
    ) -> Sequence[Outgoing | None]:
        if not ready:
            return []
        if self._render_many is not None:
            return await self._render_many(session, ready)
        return [await self._render(session, row, user) for row, user in ready]

    def _decide(self, row: Any, user: Any, now: datetime) -> tuple[str, datetime]:
        """pending (moved by a hold), held, expired, skipped, inactive, or sending."""
        if user is None or not user.is_active:
            return "inactive", row.due_at
        if now - row.due_at > self._limits.grace:
            return "skipped", row.due_at  # after downtime: never a flood of stale messages
        zone = zone_of(user.timezone, self._limits.default_zone)
        held, until = hold_until(user, now, zone)
        if held and until is None:
            return "held", row.due_at
        if held and until is not None:
            if row.expires_at is not None and until > row.expires_at:
                return "expired", row.due_at
            return "pending", until
        return "sending", row.due_at

    async def _send(self, job: _Job) -> _Result:
        """Send one message, retrying 429s, timeouts and 5xx a bounded number of times."""
        delivery_id, chat_id, outgoing = job.delivery_id, job.chat_id, job.outgoing
        for attempt in range(1, self._limits.max_attempts + 1):
            if self._limiter is not None:
                await self._limiter.acquire(chat_id)
            try:
                # PTB's own path under every send_* method, minus building a Message
                # from the answer (the largest CPU cost per message; only its id is kept).
                message = await self._bot._post("sendMessage", outgoing.wire(chat_id))
            except RetryAfter as error:
                self._observe_error(error)
                wait = retry_seconds(error.retry_after)
                if self._limiter is not None:
                    self._limiter.pause_all(wait)
                await asyncio.sleep(wait)
                continue
            except Forbidden as error:
                self._observe_error(error)
                return _Result(delivery_id, "inactive", deactivate=chat_id)
            except BadRequest as error:
                self._observe_error(error)
                if "chat not found" in str(error).lower():
                    return _Result(delivery_id, "inactive", deactivate=chat_id)
                log.error("delivery %s refused by Telegram: %s", delivery_id, type(error).__name__)
                return _Result(delivery_id, "failed")
            except (NetworkError, TelegramError) as error:
                self._observe_error(error)
                log.warning(
                    "delivery %s attempt %s failed: %s", delivery_id, attempt, type(error).__name__
                )
                await asyncio.sleep(min(self._limits.retry_base * 2 ** (attempt - 1), 5.0))
                continue
            if self._observer is not None:
                self._observer.observe_sent(job.kind)
            return _Result(delivery_id, "sent", message_id=int(message["message_id"]))
        log.error("delivery %s failed after %s attempts", delivery_id, self._limits.max_attempts)
        if self._observer is not None:
            self._observer.observe_failure("gave_up")
        return _Result(delivery_id, "failed")

    def _observe_error(self, error: BaseException) -> None:
        if self._observer is not None:
            self._observer.observe_send_error(error)

    async def _record(self, results: list[_Result]) -> None:
        engine = self._sessions.kw.get("bind")
        if isinstance(engine, AsyncEngine):  # a bare connection: a third of a Session's cost
            async with engine.begin() as connection:
                await self._write_results(connection, results)
            return
        async with transaction(self._sessions) as session:
            await self._write_results(session, results)

    async def _write_results(
        self, session: AsyncSession | AsyncConnection, results: list[_Result]
    ) -> None:
        """Mark many deliveries with their outcome: one executemany, one UPDATE of users."""
        now = self._clock.now()
        params = []
        for r in results:
            log.debug("delivery %s: %s", r.delivery_id, r.status)
            params.append(
                {
                    "delivery_id": r.delivery_id,
                    "status": r.status,
                    "sent_at": now if r.status == "sent" else None,
                    "message_id": r.message_id,
                }
            )
        await session.execute(
            update(_DELIVERIES)
            .where(_DELIVERIES.c.id == bindparam("delivery_id"))
            .values(
                status=bindparam("status"),
                sent_at=bindparam("sent_at"),
                message_id=bindparam("message_id"),
                attempts=_DELIVERIES.c.attempts + 1,
            ),
            params,
        )
        blocked = {r.deactivate for r in results if r.deactivate is not None}
        if blocked:
            await session.execute(
                update(_USERS).where(_USERS.c.id.in_(blocked)).values(is_active=False)
            )

    async def _users(self, session: AsyncSession, ids: set[int]) -> dict[int, Any]:
        """Recipients as read-only rows with the `User` model's attributes."""
        if not ids:
            return {}
        found = await session.execute(select(_USERS).where(_USERS.c.id.in_(ids)))
        return {u.id: u for u in found}

    async def _zones(self, session: AsyncSession, ids: set[int]) -> dict[int, str | None]:
        found = await session.execute(
            select(_USERS.c.id, _USERS.c.timezone).where(_USERS.c.id.in_(ids))
        )
        return {user_id: zone for user_id, zone in found}


def first_due() -> Select[tuple[datetime | None, datetime | None]]:
    """The earliest due schedule and the earliest pending delivery: two index lookups."""
    first_schedule = select(func.min(_SCHEDULES.c.next_due_at)).scalar_subquery()
    first_delivery = (
        select(func.min(_DELIVERIES.c.due_at))
        .where(_DELIVERIES.c.status == "pending")
        .scalar_subquery()
    )
    return select(first_schedule, first_delivery)


def release_abandoned(claimed_before: datetime, holding: set[int]) -> Update:
    """Claims older than the lease go back to pending, except those this process holds.

    `status` is a literal so the partial index on claims in flight serves it.
    """
    abandoned = update(_DELIVERIES).where(text(SENDING), _DELIVERIES.c.claimed_at < claimed_before)
    if holding:
        abandoned = abandoned.where(_DELIVERIES.c.id.not_in(holding))
    return abandoned.values(status="pending")
