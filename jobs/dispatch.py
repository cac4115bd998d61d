"""The scheduler's run, and the timer that starts one exactly when something falls due.

A run repeats two short steps until nothing is due, each in its own module:

1. materialise (`jobs/materialise.py`): schedules whose next instant has come become
   deliveries (one per recipient) and move on to their next instant;
2. claim (`jobs/claim.py`): due deliveries are read, judged (`domain/delivery.py`),
   rendered and claimed (status `sending`) in one transaction per batch; they are sent
   outside any transaction by a bounded pool of workers (`jobs/send.py`), and their
   results stored in bulk (`jobs/record.py`, group commit: a worker takes its next
   message only once its result is stored).

This module only orchestrates: it owns the workers, the queue between claiming and
sending, and the wake-up timer. Clock, limits and rendering are injected.

While one batch is being sent the next one is claimed, so the connections never wait
for the database; at most two batches are claimed and not yet sent at any moment.

Runs start on a repeating tick and, between ticks, exactly when the next thing falls
due: after each run the dispatcher sets a timer for the earliest due schedule or
delivery, so prompts (nearly all due on a whole minute) do not wait for the next tick.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from telegram import Bot

from db.models import DeliveryStatus
from db.repositories import deliveries
from db.session import SessionMaker
from jobs.claim import BatchRenderer, Claimer, Renderer
from jobs.clock import Clock, seconds_until
from jobs.materialise import materialise_due
from jobs.ratelimit import SendLimiter
from jobs.record import GroupCommit, store
from jobs.send import Job, Outgoing, Result, Sender, SendObserver

__all__ = [
    "BatchRenderer",
    "Dispatcher",
    "Limits",
    "Outgoing",
    "Renderer",
    "SendObserver",
]

log = logging.getLogger(__name__)


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


@dataclass
class _Run:
    """One run's send side: a queue of claimed jobs and the workers draining it."""

    queue: asyncio.Queue[Job | None]
    recorder: GroupCommit
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
        self._limits = limits
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
        self._claimer = Claimer(
            sessions=sessions,
            size=self._claim_size,
            lease=limits.lease,
            grace=limits.grace,
            default_zone=limits.default_zone,
            render=render,
            render_many=render_many,
        )
        self._sender = Sender(
            bot=bot,
            max_attempts=limits.max_attempts,
            retry_base=limits.retry_base,
            limiter=limiter,
            observer=observer,
        )

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
            return await deliveries.next_due(session)

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

    # --- the steps -----------------------------------------------------------------

    async def materialise_due(self) -> int:
        """Turn due schedules into deliveries and advance them; returns schedules handled."""
        return await materialise_due(
            self._sessions,
            now=self._clock.now(),
            batch_size=self._limits.batch_size,
            grace=self._limits.grace,
            default_zone=self._limits.default_zone,
        )

    async def _claim(self) -> list[Job]:
        """Claim one batch for this run's workers; this process holds it until recorded."""
        jobs = await self._claimer.claim(self._clock.now(), self._holding)
        self._holding.update(job.delivery_id for job in jobs)
        return jobs

    async def _send(self, job: Job) -> Result:
        return await self._sender.send(job)

    async def _record(self, results: list[Result]) -> None:
        await store(self._sessions, results, self._clock.now())

    # --- the workers ---------------------------------------------------------------

    def _start_run(self) -> _Run:
        run = _Run(
            queue=asyncio.Queue(maxsize=self._claim_size), recorder=GroupCommit(self._record)
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
            if result.status == DeliveryStatus.SENT:
                run.sent += 1
