"""Targets 5 and 6, scale and growth: N stored prompt schedules (N couples, bulk-loaded,
next instants spread over the coming day), then the real bot process (`python -m bot`,
long polling the fast fake server) is started --runs times. Each run measures:

- start-up: from spawning the process to the fake server receiving its first getUpdates
  (imports, settings, the migration check, the application, the dispatcher);
- resident memory (VmRSS of the bot process) at the first poll and after the burst, and
  its peak (VmHWM);
- a burst of a fixed number of due items (--due, 2,000 by default) among the N stored: the
  bench moves that many schedules' next instant to "now" and the bot's own tick finds,
  materialises, renders, sends and records them (SEND_RATE_PER_SECOND=0, limits off).
  Reported: CPU of the bot process per due item (utime + stime from /proc), wall time per
  item (first to last send), throughput, and lateness (received by the server minus the
  instant the items were made due, so it includes the 1 s tick).

    python -m bench.scale                               # 10k and 50k, SQLite
    python -m bench.scale --backend postgresql
    python -m bench.scale --full                        # 10k, 100k and 1M
    python -m bench.scale --sizes 1000000 --backend postgresql
    python -m bench.scale --history-days 35             # with a month of sent messages
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from sqlalchemy import update

from bench.common import (
    ROOT,
    Population,
    Server,
    database,
    fake_server,
    load,
    median,
    percentile,
    stamp,
    table,
)
from db.models import Schedule
from db.session import make_engine

TICKS = os.sysconf("SC_CLK_TCK")


def proc_status(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM in MB, and CPU seconds (user + system) of a process."""
    out: dict[str, float] = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    out["cpu"] = (int(fields[11]) + int(fields[12])) / TICKS
    return out


def spread(n: int, due: int, now: datetime) -> tuple[list[tuple[int, dtime, datetime]], list[int]]:
    """N schedules whose next instant falls in the next day (from an hour from now), and
    the ids of `due` of them, spread evenly over the table, to make due later."""
    rows = []
    for p in range(n):
        minute = (p * 7919) % (23 * 60)  # a fixed scatter over the day
        when = now + timedelta(hours=1, minutes=minute)
        rows.append((p, dtime(when.hour, when.minute), when))
    step = max(1, n // due)
    ids = [1 + i * step for i in range(min(due, n))]  # schedule ids are 1..N in load order
    return rows, ids


async def one_run(server: Server, url: Any, ids: list[int]) -> dict[str, float]:
    """Start `python -m bot`, wait for its first poll, make `ids` due, wait for them all."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": server.token,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "DATABASE_URL": url.set(drivername=url.drivername.split("+")[0]).render_as_string(
            hide_password=False
        ),
        "SEND_RATE_PER_SECOND": "0",
        "LOG_LEVEL": "WARNING",
        "OPS_PORT": "0",
        "FLOOD_MAX_UPDATES": "10000",
    }
    await server.reset(keep_log=True)
    with tempfile.NamedTemporaryFile(prefix="steady-scale-", suffix=".log", delete=False) as log:
        log_path = Path(log.name)
        spawned = time.time()
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            env=env,
            cwd=str(ROOT),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        try:
            stats = await server.stats()
            while not stats["first_poll"]:
                if process.returncode is not None or time.time() - spawned > 120:
                    raise SystemExit(f"the bot did not poll; see {log_path}")
                await asyncio.sleep(0.02)
                stats = await server.stats()
            startup = stats["first_poll"] - spawned
            at_poll = proc_status(process.pid)
            await asyncio.sleep(1.5)  # let the first ticks pass
            engine = make_engine(url)
            try:
                async with engine.begin() as conn:
                    due_at = datetime.now(UTC)
                    await conn.execute(
                        update(Schedule).where(Schedule.id.in_(ids)).values(next_due_at=due_at)
                    )
            finally:
                await engine.dispose()
            made_due = time.time()
            before = proc_status(process.pid)
            await server.reset(keep_log=True)
            while True:
                await asyncio.sleep(0.05)
                stats = await server.stats()
                if stats["sends"] >= len(ids) or time.time() - made_due > 120:
                    break
            after = proc_status(process.pid)
        finally:
            if process.returncode is None:
                process.send_signal(signal.SIGINT)
                try:
                    await asyncio.wait_for(process.wait(), 30)
                except TimeoutError:
                    process.kill()
                    await process.wait()
    sends = [wall for _, wall in stats["log"]]
    if len(sends) < len(ids):
        raise SystemExit(f"the bot sent {len(sends)} of {len(ids)}; see {log_path}")
    await asyncio.to_thread(log_path.unlink)  # kept only when a run fails
    span = max(sends) - min(sends)
    late = [wall - made_due for wall in sends]
    return {
        "startup": startup,
        "rss_poll": at_poll["VmRSS"],
        "rss_after": after["VmRSS"],
        "rss_peak": after["VmHWM"],
        "cpu_ms_per_item": (after["cpu"] - before["cpu"]) / len(ids) * 1000,
        "wall_ms_per_item": span / len(ids) * 1000,
        "throughput": (len(sends) - 1) / span if span > 0 else 0.0,
        "late_p50": percentile(late, 50),
        "late_p99": percentile(late, 99),
    }


def history(n: int, days: int, now: datetime) -> Iterator[tuple[int, datetime]]:
    """One sent prompt a day per couple for the last `days` days (what pruning leaves)."""
    for day in range(1, days + 1):
        at = now - timedelta(days=day)
        for p in range(n):
            yield p, at


async def measure_size(
    n: int, *, due: int, runs: int, backend: str, history_days: int = 0
) -> dict[str, Any]:
    async with fake_server() as server, database(backend) as url:
        now = datetime.now(UTC)
        rows, ids = spread(n, due, now)
        started = time.perf_counter()
        await load(url, Population(pairs=n), rows, now=now, sent=history(n, history_days, now))
        loaded = time.perf_counter() - started
        del rows
        results = [await one_run(server, url, ids) for _ in range(runs)]
    return {"n": n, "history": n * history_days, "load_s": loaded, "runs": results}


def report(sizes: list[dict[str, Any]], *, due: int, backend: str) -> str:
    def med(size: dict[str, Any], key: str) -> float:
        return median([r[key] for r in size["runs"]])

    rows = []
    for size in sizes:
        rows.append(
            (
                f"{size['n']:,}",
                f"{size['history']:,}",
                f"{size['load_s']:.1f}",
                f"{med(size, 'startup'):.2f}",
                " / ".join(f"{r['startup']:.2f}" for r in size["runs"]),
                f"{med(size, 'rss_poll'):.0f}",
                f"{med(size, 'rss_after'):.0f}",
                f"{med(size, 'rss_peak'):.0f}",
                f"{med(size, 'cpu_ms_per_item'):.3f}",
                f"{med(size, 'wall_ms_per_item'):.3f}",
                med(size, "throughput"),
                f"{med(size, 'late_p50'):.2f}",
                f"{med(size, 'late_p99'):.2f}",
            )
        )
    lines = [
        f"scale: {due:,} due items per run, medians of {len(sizes[0]['runs'])} runs, "
        f"{backend}; {stamp()}",
        table(
            (
                "stored schedules",
                "sent deliveries stored",
                "bulk load s",
                "start-up s (median)",
                "start-up runs",
                "RSS at first poll MB",
                "RSS after burst MB",
                "peak RSS MB",
                "CPU ms / due item",
                "wall ms / due item",
                "msg/s",
                "late p50 s",
                "late p99 s",
            ),
            rows,
        ),
    ]
    small, big = sizes[0], sizes[-1]
    if len(sizes) > 1:
        for key, label in (("cpu_ms_per_item", "CPU"), ("wall_ms_per_item", "wall")):
            ratio = med(big, key) / med(small, key)
            lines.append(
                f"{label} time per due item at {big['n']:,} / at {small['n']:,}: {ratio:.2f}x "
                f"(target <= 1.5x: {'met' if ratio <= 1.5 else 'MISSED'})"
            )
    lines.append(
        f"at {big['n']:,}: start-up {med(big, 'startup'):.2f} s (target <= 5 s: "
        f"{'met' if med(big, 'startup') <= 5 else 'MISSED'}), peak RSS "
        f"{med(big, 'rss_peak'):.0f} MB (target < 300 MB: "
        f"{'met' if med(big, 'rss_peak') < 300 else 'MISSED'})"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description="Targets 5-6: scale and growth")
    parser.add_argument("--full", action="store_true", help="10k, 100k and 1M schedules")
    parser.add_argument("--sizes", type=int, nargs="+", help="stored schedules, e.g. 10000 50000")
    parser.add_argument("--due", type=int, default=2_000, help="due items per run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument(
        "--history-days",
        type=int,
        default=0,
        help="also store one sent prompt a day per couple for this many days (35: a pruned "
        "outbox at steady state)",
    )
    args = parser.parse_args(argv)
    sizes = args.sizes or ([10_000, 100_000, 1_000_000] if args.full else [10_000, 50_000])
    results = []
    for n in sizes:
        results.append(
            asyncio.run(
                measure_size(
                    n,
                    due=args.due,
                    runs=args.runs,
                    backend=args.backend,
                    history_days=args.history_days,
                )
            )
        )
        print(f"  {n:,} stored: done", file=sys.stderr, flush=True)
    out = report(results, due=args.due, backend=args.backend)
    print(out)
    return out


if __name__ == "__main__":
    main()
