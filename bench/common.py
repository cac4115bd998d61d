"""Shared pieces of the benchmarks: the fake server process, throwaway databases, bulk
loading, and small statistics helpers. Nothing here is used by the bot itself."""

from __future__ import annotations

import asyncio
import json
import os
import resource
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import time as dtime
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy.engine import URL

from bench.fakeserver import TOKEN
from db.migrate import upgrade_to_head
from db.urls import normalise_database_url

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


# --- the fake server --------------------------------------------------------------------


@dataclass
class Server:
    """A running bench.fakeserver process."""

    process: asyncio.subprocess.Process
    port: int
    session: aiohttp.ClientSession

    token = TOKEN

    @property
    def base_url(self) -> str:
        """For PTB's `base_url` (PTB appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def send_url(self) -> str:
        """sendMessage, for raw clients."""
        return f"{self.base_url}{self.token}/sendMessage"

    async def control(self, what: str, **params: Any) -> dict[str, Any]:
        """Call /_bench/<what> with JSON params."""
        async with self.session.post(
            f"http://127.0.0.1:{self.port}/_bench/{what}", json=params
        ) as response:
            result: dict[str, Any] = json.loads(await response.read())
            return result

    async def reset(self, *, keep_log: bool = False) -> None:
        """Zero the counters (limits stay)."""
        await self.control("reset", keep_log=keep_log)

    async def stats(self) -> dict[str, Any]:
        """Counters since the last reset."""
        return await self.control("stats")


@asynccontextmanager
async def fake_server(
    *, global_limit: int = 0, per_chat_interval: float = 0.0
) -> AsyncIterator[Server]:
    """Start bench.fakeserver in its own process (its own core) and stop it afterwards."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bench.fakeserver",
        "--global-limit",
        str(global_limit),
        "--per-chat-interval",
        str(per_chat_interval),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        cwd=str(ROOT),
    )
    assert process.stdout is not None and process.stdin is not None
    line = await asyncio.wait_for(process.stdout.readline(), 30)
    port = int(line.decode().split()[1])
    session = aiohttp.ClientSession()
    try:
        yield Server(process, port, session)
    finally:
        await session.close()
        process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), 5)
        except TimeoutError:
            process.kill()
            await process.wait()


# --- databases --------------------------------------------------------------------------


def _run_outside_loop(fn: Any) -> Any:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn).result()


@asynccontextmanager
async def database(backend: str, admin_url: str = DEFAULT_PG) -> AsyncIterator[URL]:
    """A new migrated database (a SQLite file in a temp folder, or a PostgreSQL database
    on the server of `admin_url`), dropped afterwards."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="steady-bench-") as folder:
            url = normalise_database_url(f"sqlite:///{folder}/bench.db")
            _run_outside_loop(lambda: upgrade_to_head(url))
            yield url
        return
    import asyncpg

    admin = normalise_database_url(admin_url)
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"steady_bench_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    url = admin.set(database=name)
    try:
        _run_outside_loop(lambda: upgrade_to_head(url))
        yield url
    finally:
        conn = await asyncpg.connect(dsn)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()


def _sqlite_dt(value: datetime | None) -> str | None:
    """SQLAlchemy's SQLite storage format for a UTC datetime (naive UTC text)."""
    if value is None:
        return None
    v = value.astimezone(UTC)
    return f"{v:%Y-%m-%d %H:%M:%S}.{v.microsecond:06d}"


def _sqlite_time(value: dtime | None) -> str | None:
    if value is None:
        return None
    return f"{value:%H:%M:%S}.{value.microsecond:06d}"


@dataclass
class Population:
    """What `load` writes: pairs of users and the schedules of one member of each."""

    pairs: int
    first_user_id: int = 1_000_000

    def user_ids(self, pair: int) -> tuple[int, int]:
        """(the one who worries, the partner who gets the prompts) of pair number `pair`."""
        base = self.first_user_id + 2 * pair
        return base, base + 1


async def load(
    url: URL,
    population: Population,
    schedules: Iterable[tuple[int, dtime, datetime]],
    *,
    now: datetime,
    deliveries: Iterable[tuple[int, datetime]] = (),
    sent: Iterable[tuple[int, datetime]] = (),
) -> int:
    """Bulk-load users, pairs, prompt schedules (pair, local time, next due), pending
    prompt deliveries (pair, due) and already sent ones (history) with COPY on PostgreSQL
    and executemany on SQLite, not through the ORM. Returns how many schedules were
    written."""
    pairs = [(p + 1, now, None) for p in range(population.pairs)]
    users: list[tuple[Any, ...]] = []
    for p in range(population.pairs):
        worry, partner = population.user_ids(p)
        for uid, name, role in ((worry, "Alex", "anxious"), (partner, "Sam", "partner")):
            users.append(
                (
                    uid,
                    f"{name}{p}",
                    "en",
                    role,
                    "UTC",
                    None,
                    None,
                    False,
                    None,
                    True,
                    p + 1,
                    now,
                    now,
                )
            )
    sched = [
        ("prompt", population.user_ids(p)[1], None, local, None, due, now)
        for p, local, due in schedules
    ]
    outbox = [
        (population.user_ids(p)[1], "prompt", None, None, due, due, None, "pending", 0)
        for p, due in deliveries
    ]
    outbox += [
        (population.user_ids(p)[1], "prompt", None, None, due, due, None, "sent", 1)
        for p, due in sent
    ]
    user_cols = (
        "id",
        "first_name",
        "language_code",
        "role",
        "timezone",
        "quiet_start",
        "quiet_end",
        "paused",
        "pause_until",
        "is_active",
        "pair_id",
        "created_at",
        "updated_at",
    )
    sched_cols = (
        "kind",
        "user_id",
        "pair_id",
        "local_time",
        "weekday",
        "next_due_at",
        "created_at",
    )
    out_cols = (
        "user_id",
        "kind",
        "schedule_id",
        "ref_id",
        "occurrence_at",
        "due_at",
        "expires_at",
        "status",
        "attempts",
    )
    if url.drivername.startswith("postgresql"):
        import asyncpg

        conn = await asyncpg.connect(
            url.set(drivername="postgresql").render_as_string(hide_password=False)
        )
        try:
            await conn.copy_records_to_table(
                "pairs", records=pairs, columns=("id", "created_at", "ended_at")
            )
            await conn.execute("SELECT setval('pairs_id_seq', $1)", max(len(pairs), 1))
            await conn.copy_records_to_table("users", records=users, columns=user_cols)
            await conn.copy_records_to_table("schedules", records=sched, columns=sched_cols)
            if outbox:
                await conn.copy_records_to_table("deliveries", records=outbox, columns=out_cols)
            await conn.execute("ANALYZE")
        finally:
            await conn.close()
        return len(sched)
    import sqlite3

    path = url.database
    assert path is not None

    def write() -> None:
        db = sqlite3.connect(path)
        try:
            db.executemany(
                "INSERT INTO pairs (id, created_at, ended_at) VALUES (?, ?, ?)",
                [(i, _sqlite_dt(c), None) for i, c, _ in pairs],
            )
            db.executemany(
                f"INSERT INTO users ({', '.join(user_cols)}) VALUES ({', '.join('?' * 13)})",
                [(*u[:11], _sqlite_dt(u[11]), _sqlite_dt(u[12])) for u in users],
            )
            db.executemany(
                f"INSERT INTO schedules ({', '.join(sched_cols)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (k, u, pr, _sqlite_time(t), w, _sqlite_dt(d), _sqlite_dt(c))
                    for k, u, pr, t, w, d, c in sched
                ],
            )
            db.executemany(
                f"INSERT INTO deliveries ({', '.join(out_cols)}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (u, k, s, r, _sqlite_dt(o), _sqlite_dt(d), e, st, a)
                    for u, k, s, r, o, d, e, st, a in outbox
                ],
            )
            db.commit()
            db.execute("ANALYZE")
        finally:
            db.close()

    await asyncio.to_thread(write)
    return len(sched)


# --- numbers ----------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    """The median (the middle run of three)."""
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (nearest rank); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def rss_mb() -> float:
    """Resident memory of this process now, in MB (from /proc; peak if unavailable)."""
    try:
        with open(f"/proc/{os.getpid()}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A Markdown table, for pasting into docs/benchmarks.md."""
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    for row in rows:
        lines.append("| " + " | ".join(_fmt(v) for v in row) + " |")
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def stamp() -> str:
    """When and where a figure was taken."""
    when = f"{datetime.now(UTC):%Y-%m-%d %H:%M}Z"
    return f"{when}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"


def monotonic() -> float:
    """time.perf_counter, named for readability in the scripts."""
    return time.perf_counter()
