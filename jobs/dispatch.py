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

When the database cannot be reached (`db.health.database_unavailable`), a run stops
without a traceback, reports into the shared `DatabaseHealth` (which logs the outage once
when it starts and once when it ends), and no run starts again until a backoff has
passed on the injected clock: 0.5 s, doubling to 30 s. Nothing is lost: what was due
stays in the outbox and goes out on the first run after the database answers (within
the grace, as after any downtime).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from telegram import Bot

from db.health import DatabaseHealth, database_unavailable
from db.models import DeliveryStatus
from db.repositories import deliveries
from db.session import SessionMaker, transaction
from jobs.claim import BatchRenderer, Claimer, Renderer
from jobs.clock import Clock, seconds_until
from jobs.locks import KeyedLocks
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
    outage_backoff: float = 0.5  # seconds before the first retry after a database error
    outage_backoff_cap: float = 30.0  # doubling up to this


@dataclass
class _Backoff:
    """When the next run may start after database errors: `first` seconds after the first
    one, doubling per further failure up to `cap`; cleared by a run that succeeds."""

    first: float
    cap: float
    retry_at: datetime | None = None
    delay: float = 0.0

    def failed(self, now: datetime) -> datetime:
        self.delay = self.first if self.delay == 0 else min(self.delay * 2, self.cap)
        self.retry_at = now + timedelta(seconds=self.delay)
        return self.retry_at

    def waiting(self, now: datetime) -> bool:
        return self.retry_at is not None and now < self.retry_at

    def clear(self) -> None:
        self.retry_at, self.delay = None, 0.0


@dataclass
class _Run:
    """One run's send side: a queue of claimed jobs and the workers draining it."""

    queue: asyncio.Queue[Job | None]
    recorder: GroupCommit
    workers: list[asyncio.Task[None]] = field(default_factory=list)
    #: Every delivery this run claimed (held by this process until the run ends).
    claimed: set[int] = field(default_factory=set)
    sent: int = 0
    failed: bool = False
    #: The run met the database unreachable (`failed` is set too).
    outage: bool = False


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
        health: DatabaseHealth | None = None,
    ) -> None:
        self._sessions = sessions
        #: Shared with the handlers and /readyz (bot/app.py); a dispatcher alone has its own.
        self.health = health if health is not None else DatabaseHealth()
        self._backoff = _Backoff(limits.outage_backoff, limits.outage_backoff_cap)
        self._bot = bot
        self._clock = clock
        self._limits = limits
        self._task: asyncio.Task[int] | None = None
        self._wake: asyncio.TimerHandle | None = None
        # Claimed by this dispatcher and not yet recorded: never handed back by the lease,
        # however long Telegram keeps them waiting (the lease is for dead processes).
        self._holding: set[int] = set()
        # Relays in flight outside any run (`send_now`), and one lock per chat that keeps
        # each chat's relays in order.
        self._express: set[asyncio.Task[None]] = set()
        self._chat_turns = KeyedLocks()
        # Left by a database outage, settled by the next run (`_recover`): claims this
        # process never sent, and results of sends it could not store.
        self._unsent: set[int] = set()
        self._unrecorded: list[Result] = []
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

    # --- relays: sent the moment they commit ----------------------------------------

    def send_now(self, ids: Collection[int]) -> None:
        """Send these just-committed deliveries (relays) at once, beside any run: claimed
        by id, sent to each chat in the order asked, results stored as any others.
        Returns at once. If anything fails on the way they stay in the outbox, and the
        next run (or, for a claim this process dies holding, the lease) picks them up."""
        if not ids:
            return
        task = asyncio.create_task(self._send_now(list(ids)))
        self._express.add(task)
        task.add_done_callback(self._express.discard)

    async def _send_now(self, ids: list[int]) -> None:
        try:
            jobs = await self._claimer.claim_ids(self._clock.now(), ids)
        except Exception as error:
            if not self._met_outage(error):
                log.exception("could not claim relays; the next run sends them")
            return
        self._holding.update(job.delivery_id for job in jobs)
        for job in jobs:
            # One chat's relays go in the order they were made, whatever each meets.
            async with self._chat_turns.held(job.chat_id):
                try:
                    # Waits out a 429 itself: no worker is held, and the chat's next relay
                    # must not overtake this one.
                    result = await self._sender.send(job)
                except Exception:  # a bug: whether it went out is unknown (the lease)
                    log.exception("sending a relay failed; the lease hands it back")
                    self._holding.discard(job.delivery_id)
                    continue
                try:
                    await self._record([result])
                except Exception as error:
                    self._unrecorded.append(result)  # stored by the next run
                    if not self._met_outage(error):
                        log.exception("could not store a relay's outcome; the next run does")
                    continue
            self._holding.discard(job.delivery_id)

    # --- the tick ------------------------------------------------------------------

    def kick(self) -> None:
        """Start a run unless one is in progress; returns at once so ticks never pile up.

        When the run ends, a timer is set to kick again the moment the next schedule or
        delivery falls due (the tick stays as the safety net, and catches what people
        create meanwhile). After a database error no run starts before the backoff has
        passed, unless someone else (a handler, /readyz) saw the database answer since."""
        if self._backoff.waiting(self._clock.now()) and not self.health.is_available:
            return
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
        """Wait for a run in progress and relays in flight (shutdown, tests)."""
        while self._express:
            await asyncio.gather(*self._express, return_exceptions=True)
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    async def _run_then_wake(self) -> int:
        run = await self._run()
        if run.outage:
            return run.sent
        try:
            due = await self.next_due()
        except Exception as error:
            self._set_wake(None)
            if not self._met_outage(error):
                log.exception("could not look up the next due time; the tick goes on")
            return run.sent
        if not run.failed:  # the database answered every step of the run
            self._backoff.clear()
            self.health.available(self._clock.now())
        self._set_wake(due)
        return run.sent

    def _met_outage(self, error: BaseException) -> bool:
        """If `error` says the database is unreachable: report it (one warning per outage,
        from `DatabaseHealth`), back off, and wake when the backoff ends; True if so."""
        if not database_unavailable(error):
            return False
        now = self._clock.now()
        self.health.unavailable(error, now)
        self._set_wake(self._backoff.failed(now))
        log.debug("database unavailable; next try in %.1f s", self._backoff.delay)
        return True

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
        return (await self._run()).sent

    async def _run(self) -> _Run:
        run = self._start_run()
        try:
            await self._recover()
            while not run.failed:
                made = await self.materialise_due()
                jobs = await self._claim(run)
                for job in jobs:
                    await run.queue.put(job)
                if made == 0 and not jobs:
                    break
        except Exception as error:
            self._run_failed(run, error)
        except BaseException:  # cancelled: what is claimed stays `sending` for the lease
            for worker in run.workers:
                worker.cancel()
            raise
        await self._finish_run(run)
        return run

    def _run_failed(self, run: _Run, error: BaseException) -> None:
        """Stop the run, reporting its first failure: an outage once per outage and backed
        off, anything else logged with its traceback (a bug to fix); the next tick retries."""
        if run.failed:
            return
        run.failed = True
        if self._met_outage(error):
            run.outage = True
        else:
            log.error("scheduler run failed; the next tick retries", exc_info=error)

    # --- the steps -----------------------------------------------------------------

    async def _recover(self) -> None:
        """Settle what a database outage left behind, first thing once it answers again:
        results of sends that went out but could not be stored are stored (so nothing is
        sent twice), and claims never sent go back to pending now, not after the lease."""
        if self._unrecorded:
            results, self._unrecorded = self._unrecorded, []
            try:
                await self._record(results)
            except BaseException:
                self._unrecorded.extend(results)
                raise
            self._holding.difference_update(r.delivery_id for r in results)
        if self._unsent:
            ids = set(self._unsent)
            async with transaction(self._sessions) as session:
                await deliveries.release_claims(session, ids=ids)
            self._unsent -= ids
            self._holding -= ids

    async def materialise_due(self) -> int:
        """Turn due schedules into deliveries and advance them; returns schedules handled."""
        return await materialise_due(
            self._sessions,
            now=self._clock.now(),
            batch_size=self._limits.batch_size,
            grace=self._limits.grace,
            default_zone=self._limits.default_zone,
        )

    async def _claim(self, run: _Run) -> list[Job]:
        """Claim one batch for this run's workers; this process holds it until recorded."""
        jobs = await self._claimer.claim(self._clock.now(), self._holding)
        ids = {job.delivery_id for job in jobs}
        self._holding.update(ids)
        run.claimed.update(ids)
        return jobs

    async def _send(self, job: Job) -> Result:
        """A worker's send: a 429 hands the job back to the outbox instead of holding the
        worker through the chat's wait."""
        return await self._sender.send(job, wait_out_429=False)

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

    async def _finish_run(self, run: _Run) -> None:
        """Let the workers drain what was claimed, then stop them."""
        for _ in run.workers:
            await run.queue.put(None)
        await asyncio.gather(*run.workers)
        # What this run left `sending` and `_recover` will not settle (a send that raised)
        # is now for the lease to hand back.
        kept = self._unsent | {r.delivery_id for r in self._unrecorded}
        self._holding.difference_update(run.claimed - kept)

    async def _worker(self, run: _Run) -> None:
        while (job := await run.queue.get()) is not None:
            if run.failed:  # never sent: handed back by the next run (`_recover`)
                self._unsent.add(job.delivery_id)
                continue
            try:
                result = await self._send(job)
            except Exception as error:  # a bug: whether it went out is unknown (the lease)
                self._run_failed(run, error)
                continue
            try:
                await run.recorder.record(result)
            except Exception as error:
                self._unrecorded.append(result)  # it went out: stored by the next run
                if not run.failed:  # every waiting worker learns the same failure
                    self._run_failed(run, error)
                continue
            self._holding.discard(job.delivery_id)
            if result.status == DeliveryStatus.SENT:
                run.sent += 1
