"""Target 4, interactive first: simulated users send commands (/help, /settings) to the
real Application (`bot.app.build_application`, long polling the fast fake server, the
dispatcher started by `post_init` as in production) while N scheduled prompts drain at
SEND_RATE_PER_SECOND. Latency is measured by the fake server: from the moment it hands
an update to the bot in a getUpdates answer to the moment it receives the reply to that
chat. A first phase with nothing scheduled gives the idle reference in the same run.

    python -m bench.interactive              # 600 prompts at 30/s (~20 s of draining)
    python -m bench.interactive --full       # 10,000 prompts at 30/s (~5.5 minutes)
    python -m bench.interactive --backend postgresql

The fake server answers 429 past 30 sends in any one-second window, counting replies
and prompts together, as Telegram would, and past one message a second per chat; replies
and prompts share the bot's one limiter, replies first (`--server-limit 0` turns the
server's global limit off).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from typing import Any, Literal

from pydantic import SecretStr
from sqlalchemy import update
from telegram import Update

from bench.common import (
    Population,
    Server,
    database,
    fake_server,
    load,
    percentile,
    stamp,
    table,
)
from bot.app import build_application
from bot.config import Settings
from db.models import Schedule
from db.session import make_engine

COMMANDS = ("/help", "/settings")


async def users_phase(
    server: Server, chats: list[int], seconds: float, interval: float, seed: int
) -> None:
    """Every simulated user sends a command every `interval` seconds on average (never
    faster than one every 2 s, so the per-chat limit never refuses a reply)."""
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds

    async def user(chat: int) -> None:
        await asyncio.sleep(rng.uniform(0, interval))
        while time.monotonic() < deadline:
            await server.control("updates", messages=[[chat, rng.choice(COMMANDS)]])
            await asyncio.sleep(max(2.0, rng.expovariate(1 / interval)))

    await asyncio.gather(*(user(c) for c in chats))


async def measure(
    *,
    n: int,
    rate: float,
    users: int,
    interval: float,
    idle_seconds: float,
    backend: str,
    server_limit: int,
    client: Literal["aiohttp", "httpx"],
) -> dict[str, Any]:
    population = Population(pairs=max(n, users))
    async with fake_server(global_limit=server_limit, per_chat_interval=1.0) as server:
        async with database(backend) as url:
            now = datetime.now(UTC)
            far = now + timedelta(days=300)  # nothing due until the drain phase
            await load(url, population, ((p, dtime(9), far) for p in range(n)), now=now)
            settings = Settings(
                telegram_bot_token=SecretStr(server.token),
                telegram_api_base_url=server.base_url,
                database_url=url.render_as_string(hide_password=False),
                send_rate_per_second=rate,
                telegram_http_client=client,
                flood_max_updates=10_000,
                ops_port=0,
                _env_file=None,  # type: ignore[call-arg]  # pydantic-settings' _env_file, unknown to mypy
            )
            app = build_application(settings)
            await app.initialize()
            assert app.post_init is not None and app.updater is not None
            await app.post_init(app)
            await app.updater.start_polling(allowed_updates=Update.ALL_TYPES, timeout=10)
            await app.start()
            # The ones who worry send commands; their partners receive the prompts.
            chats = [population.user_ids(p)[0] for p in range(users)]
            prompted = {population.user_ids(p)[1] for p in range(n)}
            engine = make_engine(url)
            try:
                await asyncio.sleep(1.0)  # first poll and first tick
                # Warm-up: every user once (first queries, connections), not measured.
                await server.control("updates", messages=[[c, "/settings"] for c in chats])
                await asyncio.sleep(2.5)
                await server.reset()
                await users_phase(server, chats, idle_seconds, interval, seed=1)
                await asyncio.sleep(1.0)
                idle = await server.stats()
                await server.reset(keep_log=True)
                async with engine.begin() as conn:
                    await conn.execute(update(Schedule).values(next_due_at=datetime.now(UTC)))
                started = time.time()
                drain = asyncio.create_task(
                    users_phase(server, chats, n / rate * 2 + 60, interval, seed=2)
                )
                timeout = n / rate * 2 + 60
                while True:
                    await asyncio.sleep(1.0)
                    stats = await server.stats()
                    delivered = sum(1 for chat, _ in stats["log"] if chat in prompted)
                    if delivered >= n or time.time() - started > timeout:
                        break
                drain.cancel()
                await asyncio.gather(drain, return_exceptions=True)
                await asyncio.sleep(0.5)
                busy = await server.stats()
            finally:
                await engine.dispose()
                if app.updater.running:
                    await app.updater.stop()
                if app.running:
                    await app.stop()
                    assert app.post_stop is not None
                    await app.post_stop(app)
                await app.shutdown()
                assert app.post_shutdown is not None
                await app.post_shutdown(app)
    log = busy["log"]
    prompt_times = [wall for chat, wall in log if chat in prompted]
    span = max(prompt_times) - min(prompt_times) if len(prompt_times) > 1 else 0.0
    window = [wall for chat, wall in log if chat in prompted]
    return {
        "n": n,
        "delivered": len(prompt_times),
        "drain_rate": (len(window) - 1) / span if span > 0 else 0.0,
        "idle": idle["replies"],
        "busy": busy["replies"],
        "too_many": busy["too_many"],
        "too_many_chat": busy["too_many_chat"],
        "idle_too_many": idle["too_many"],
        "idle_too_many_chat": idle["too_many_chat"],
        "max_in_window": busy["max_in_window"],
        "max_per_second": busy["max_per_second"],
    }


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description="Target 4: interactive while draining")
    parser.add_argument("--full", action="store_true", help="10,000 prompts")
    parser.add_argument("-n", type=int, help="scheduled prompts (default 600)")
    parser.add_argument("--rate", type=float, default=30.0, help="SEND_RATE_PER_SECOND")
    parser.add_argument("--users", type=int, default=40, help="simulated users")
    parser.add_argument("--interval", type=float, default=4.0, help="mean s between commands")
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--server-limit", type=int, default=30, help="fake server's global limit")
    parser.add_argument("--client", choices=("aiohttp", "httpx"), default="aiohttp")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args(argv)
    n = args.n or (10_000 if args.full else 600)
    r = asyncio.run(
        measure(
            n=n,
            rate=args.rate,
            users=args.users,
            interval=args.interval,
            idle_seconds=args.idle_seconds,
            backend=args.backend,
            server_limit=args.server_limit,
            client=args.client,
        )
    )
    rows = []
    for phase, replies, too_many, of_chat in (
        ("idle (nothing scheduled)", r["idle"], r["idle_too_many"], r["idle_too_many_chat"]),
        (
            f"while {r['delivered']:,} prompts drain",
            r["busy"],
            r["too_many"],
            r["too_many_chat"],
        ),
    ):
        ms = [x * 1000 for x in replies]
        rows.append(
            (
                phase,
                len(ms),
                f"{percentile(ms, 50):.1f}",
                f"{percentile(ms, 99):.1f}",
                f"{max(ms, default=0.0):.1f}",
                f"{too_many} ({of_chat} per chat)",
            )
        )
    p99 = percentile([x * 1000 for x in r["busy"]], 99)
    met = p99 <= 200 and r["delivered"] >= r["n"] and r["too_many"] == 0
    out = "\n".join(
        [
            f"interactive: {n:,} prompts at {args.rate:g}/s, {args.users} users every "
            f"~{args.interval:g} s, server limit {args.server_limit or 'off'}, {args.client}, "
            f"{args.backend}; {stamp()}",
            table(("phase", "replies", "p50 ms", "p99 ms", "max ms", "429s"), rows),
            f"drain: {r['delivered']:,} of {r['n']:,} prompts at {r['drain_rate']:.1f}/s; "
            f"most sends (prompts + replies) in any 1 s: {r['max_in_window'] or '-'}, "
            f"in a calendar second: {r['max_per_second']}",
            f"p99 while draining: {p99:.1f} ms "
            f"(target <= 200 ms, every prompt, no 429: {'met' if met else 'MISSED'})",
        ]
    )
    print(out)
    return out


if __name__ == "__main__":
    main()
