"""The scheduler's two short steps, run by a repeating tick:

1. materialise: schedules whose next instant has come become deliveries (one per
   recipient) and move on to their next instant, in one transaction per batch;
2. send: due deliveries are claimed (status `sending`), sent outside any transaction,
   and marked with the result.

Both claims use `FOR UPDATE SKIP LOCKED` on PostgreSQL, so several processes share
one database without sending anything twice; a unique key on (schedule, occurrence,
recipient) guards materialisation too. Clock, limits and rendering are injected.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from db.models import Delivery, Schedule, User
from db.session import SessionMaker, transaction
from jobs.clock import Clock
from jobs.holds import hold_until
from jobs.policy import expires_at
from jobs.ratelimit import SendLimiter
from jobs.rules import next_daily, next_weekly, skip_missed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outgoing:
    """What a delivery turns into on the wire."""

    text: str
    reply_markup: InlineKeyboardMarkup | None = None


Renderer = Callable[[AsyncSession, Delivery, User], Awaitable[Outgoing | None]]


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
    ) -> None:
        self._sessions = sessions
        self._bot = bot
        self._clock = clock
        self._render = render
        self._limits = limits
        self._limiter = limiter
        self._task: asyncio.Task[int] | None = None

    # --- the tick ------------------------------------------------------------------

    def kick(self) -> None:
        """Start a run unless one is in progress; returns at once so ticks never pile up."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self.run_once())

    async def close(self) -> None:
        """Finish the run in progress and release the scheduler's own connection."""
        await self.wait_idle()
        await self._bot.shutdown()

    async def wait_idle(self) -> None:
        """Wait for a run in progress (shutdown, tests)."""
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    async def run_once(self) -> int:
        """Materialise and send until nothing is due; returns how many messages went out."""
        sent = 0
        try:
            while True:
                made = await self.materialise_due()
                done = await self.send_due()
                sent += done
                if made == 0 and done == 0:
                    return sent
        except Exception:
            log.exception("scheduler run failed; the next tick retries")
            return sent

    # --- step 1: schedules -> deliveries --------------------------------------------

    async def materialise_due(self) -> int:
        """Turn due schedules into deliveries and advance them; returns schedules handled."""
        now = self._clock.now()
        async with transaction(self._sessions) as session:
            schedules = list(
                await session.scalars(
                    select(Schedule)
                    .where(Schedule.next_due_at <= now)
                    .order_by(Schedule.next_due_at)
                    .limit(self._limits.batch_size)
                    .with_for_update(skip_locked=True)
                )
            )
            if not schedules:
                return 0
            owners = await self._users(session, {s.user_id for s in schedules})
            for schedule in schedules:
                await self._materialise(session, schedule, owners.get(schedule.user_id), now)
        return len(schedules)

    async def _materialise(
        self, session: AsyncSession, schedule: Schedule, owner: User | None, now: datetime
    ) -> None:
        zone = (owner.timezone if owner else None) or self._limits.default_zone

        def advance(after: datetime) -> datetime:
            if schedule.weekday is not None:
                return next_weekly(schedule.weekday, schedule.local_time, zone, after)
            return next_daily(schedule.local_time, zone, after)

        occurrence = schedule.next_due_at
        due, skipped = skip_missed(occurrence, now, self._limits.grace, advance)
        if skipped:
            log.info("schedule %s skipped %s missed occurrence(s)", schedule.id, skipped)
            occurrence = due
        if occurrence <= now:
            for recipient in await self._recipients(session, schedule):
                await self._insert_occurrence(session, schedule, recipient, occurrence)
            occurrence = advance(occurrence)
        await session.execute(
            update(Schedule).where(Schedule.id == schedule.id).values(next_due_at=occurrence)
        )

    async def _recipients(self, session: AsyncSession, schedule: Schedule) -> list[int]:
        if schedule.kind == "checkin" and schedule.pair_id is not None:
            members = await session.scalars(select(User.id).where(User.pair_id == schedule.pair_id))
            return list(members)
        return [schedule.user_id]

    async def _insert_occurrence(
        self, session: AsyncSession, schedule: Schedule, user_id: int, occurrence: datetime
    ) -> None:
        values = {
            "user_id": user_id,
            "kind": schedule.kind,
            "schedule_id": schedule.id,
            "occurrence_at": occurrence,
            "due_at": occurrence,
            "expires_at": expires_at(schedule.kind, occurrence),
            "status": "pending",
            "attempts": 0,
        }
        insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
        await session.execute(
            insert(Delivery)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["schedule_id", "occurrence_at", "user_id"])
        )

    # --- step 2: deliveries -> Telegram --------------------------------------------

    async def send_due(self) -> int:
        """Claim a batch of due deliveries, apply holds and grace, send the rest."""
        claimed = await self._claim()
        if not claimed:
            return 0
        semaphore = asyncio.Semaphore(self._limits.concurrency)

        async def one(delivery_id: int) -> bool:
            async with semaphore:
                return await self._send(delivery_id)

        results = await asyncio.gather(*(one(d) for d in claimed))
        return sum(results)

    async def _claim(self) -> list[int]:
        now = self._clock.now()
        limits = self._limits
        async with transaction(self._sessions) as session:
            # A claim older than the lease belongs to a process that died mid-send.
            await session.execute(
                update(Delivery)
                .where(Delivery.status == "sending", Delivery.claimed_at < now - limits.lease)
                .values(status="pending")
            )
            rows = list(
                await session.scalars(
                    select(Delivery)
                    .where(Delivery.status == "pending", Delivery.due_at <= now)
                    .order_by(Delivery.due_at)
                    .limit(limits.batch_size)
                    .with_for_update(skip_locked=True)
                )
            )
            if not rows:
                return []
            ids = [r.id for r in rows]
            # Guarded by status, so on SQLite a racing process changes zero rows.
            result = await session.execute(
                update(Delivery)
                .where(Delivery.id.in_(ids), Delivery.status == "pending")
                .values(status="sending", claimed_at=now)
                .returning(Delivery.id)
            )
            mine = set(result.scalars())
            users = await self._users(session, {r.user_id for r in rows})
            to_send: list[int] = []
            for row in rows:
                if row.id not in mine:
                    continue
                status, due = self._decide(row, users.get(row.user_id), now)
                if status == "sending":
                    to_send.append(row.id)
                    continue
                await session.execute(
                    update(Delivery).where(Delivery.id == row.id).values(status=status, due_at=due)
                )
            return to_send

    def _decide(self, row: Delivery, user: User | None, now: datetime) -> tuple[str, datetime]:
        """pending (moved by a hold), held, expired, skipped, inactive, or sending."""
        if user is None or not user.is_active:
            return "inactive", row.due_at
        if now - row.due_at > self._limits.grace:
            return "skipped", row.due_at  # after downtime: never a flood of stale messages
        zone = user.timezone or self._limits.default_zone
        held, until = hold_until(user, now, zone)
        if held and until is None:
            return "held", row.due_at
        if held and until is not None:
            if row.expires_at is not None and until > row.expires_at:
                return "expired", row.due_at
            return "pending", until
        return "sending", row.due_at

    async def _send(self, delivery_id: int) -> bool:
        async with transaction(self._sessions) as session:
            row = await session.get(Delivery, delivery_id)
            user = await session.get(User, row.user_id) if row else None
            outgoing = await self._render(session, row, user) if row and user else None
            chat_id = user.id if user else 0
        if outgoing is None:
            await self._finish(delivery_id, "dropped")
            return False
        for attempt in range(1, self._limits.max_attempts + 1):
            if self._limiter is not None:
                await self._limiter.acquire(chat_id)
            try:
                message = await self._bot.send_message(
                    chat_id=chat_id,
                    text=outgoing.text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=outgoing.reply_markup,
                )
            except RetryAfter as error:
                wait = _seconds(error.retry_after)
                if self._limiter is not None:
                    self._limiter.pause_all(wait)
                await asyncio.sleep(wait)
                continue
            except Forbidden:
                await self._finish(delivery_id, "inactive", deactivate=chat_id)
                return False
            except BadRequest as error:
                if "chat not found" in str(error).lower():
                    await self._finish(delivery_id, "inactive", deactivate=chat_id)
                else:
                    log.error(
                        "delivery %s refused by Telegram: %s", delivery_id, type(error).__name__
                    )
                    await self._finish(delivery_id, "failed")
                return False
            except (NetworkError, TelegramError) as error:
                log.warning(
                    "delivery %s attempt %s failed: %s", delivery_id, attempt, type(error).__name__
                )
                await asyncio.sleep(min(self._limits.retry_base * 2 ** (attempt - 1), 5.0))
                continue
            await self._finish(delivery_id, "sent", message_id=message.message_id)
            return True
        log.error("delivery %s failed after %s attempts", delivery_id, self._limits.max_attempts)
        await self._finish(delivery_id, "failed")
        return False

    async def _finish(
        self,
        delivery_id: int,
        status: str,
        *,
        message_id: int | None = None,
        deactivate: int | None = None,
    ) -> None:
        now = self._clock.now()
        log.debug("delivery %s: %s", delivery_id, status)
        async with transaction(self._sessions) as session:
            await session.execute(
                update(Delivery)
                .where(Delivery.id == delivery_id)
                .values(
                    status=status,
                    sent_at=now if status == "sent" else None,
                    message_id=message_id,
                    attempts=Delivery.attempts + 1,
                )
            )
            if deactivate is not None:
                await session.execute(
                    update(User).where(User.id == deactivate).values(is_active=False)
                )

    async def _users(self, session: AsyncSession, ids: set[int]) -> dict[int, User]:
        if not ids:
            return {}
        return {u.id: u for u in await session.scalars(select(User).where(User.id.in_(ids)))}


def _seconds(value: object) -> float:
    """RetryAfter.retry_after is an int or a timedelta depending on PTB settings."""
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value)  # type: ignore[arg-type]
