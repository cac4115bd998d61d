"""Target 2, rate limits: the Dispatcher with its SendLimiter against a fake server that
answers 429 past the limit (sliding one-second window, and one message a second per
chat). Reports the sustained rate, 429 answers, the most sends seen in any one-second
window, and the shortest gap between two sends to one chat.

    python -m bench.rate_limits              # 30/s for ~5 s, then 1000/s for ~3 s
    python -m bench.rate_limits --full       # 30/s for 30 s, 1000/s for 15 s
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime
from datetime import time as dtime
from typing import Any

from telegram import Bot

from bench.common import Population, database, fake_server, load, stamp, table
from bot.http import AiohttpRequest
from bot.scheduled import render, render_many
from db.session import make_engine, make_sessionmaker
from jobs.clock import SystemClock
from jobs.dispatch import Dispatcher, Limits
from jobs.ratelimit import SendLimiter


async def one(
    rate: float, seconds: float, backend: str, *, repeat_chats: int = 0, limited: bool = True
) -> dict[str, Any]:
    """Send rate*seconds prompts (plus `repeat_chats` chats with two each) under the limit;
    `limited=False`: the same messages with no limiter and no server limit (the ceiling)."""
    n = int(rate * seconds)
    server_limit = int(rate) if limited else 0
    async with fake_server(global_limit=server_limit, per_chat_interval=1.0) as server:
        async with database(backend) as url:
            now = datetime.now(UTC)
            population = Population(pairs=n)
            # A few recipients get two prompts due at once: the per-chat limit must space them.
            due = [(p, dtime(9), now) for p in range(n)]
            deliveries = [(p, now) for p in range(min(repeat_chats, n))]
            await load(url, population, due, now=now, deliveries=deliveries)
            engine = make_engine(url)
            bot = Bot(server.token, base_url=server.base_url, request=AiohttpRequest(34))
            await bot.initialize()
            dispatcher = Dispatcher(
                sessions=make_sessionmaker(engine),
                bot=bot,
                clock=SystemClock(),
                render=render,
                render_many=render_many,
                limits=Limits(concurrency=32),
                limiter=SendLimiter(rate) if limited else None,
            )
            await server.reset()
            try:
                sent = await dispatcher.run_once()
            finally:
                await dispatcher.close()
                await engine.dispose()
            stats = await server.stats()
    elapsed = stats["last_send"] - stats["first_send"]
    return {
        "limit": rate,
        "sent": sent,
        "rate": (stats["sends"] - 1) / elapsed if elapsed > 0 else 0.0,
        "too_many": stats["too_many"],
        "max_in_window": stats["max_in_window"],
        "min_chat_gap": stats["min_chat_gap"],
    }


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description="Target 2: rate limits")
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--scale", type=float, default=1.0, help="shrink the runs (smoke test)")
    args = parser.parse_args(argv)
    slow, fast = (30.0, 15.0) if args.full else (5.0, 3.0)
    runs = [
        asyncio.run(one(30, slow * args.scale, args.backend, repeat_chats=10)),
        asyncio.run(one(1000, fast * args.scale, args.backend, repeat_chats=10)),
    ]
    # The same 1000/s batch with no limit anywhere: what this machine can send at all.
    ceiling = asyncio.run(one(1000, fast * args.scale, args.backend, limited=False))
    rows = []
    for r in runs:
        target = 29 if r["limit"] == 30 else 950
        met = r["rate"] >= target and r["too_many"] == 0 and (r["min_chat_gap"] or 1) >= 0.99
        rows.append(
            (
                f"{r['limit']:.0f}/s",
                r["sent"],
                r["rate"],
                r["too_many"],
                r["max_in_window"],
                "-" if r["min_chat_gap"] is None else f"{r['min_chat_gap']:.3f} s",
                f">= {target}/s, 0 x 429: {'met' if met else 'MISSED'}",
            )
        )
    share = runs[1]["rate"] / ceiling["rate"] if ceiling["rate"] else 0.0
    out = "\n".join(
        [
            f"rate_limits ({args.backend}); {stamp()}",
            table(
                (
                    "limit",
                    "sent",
                    "sustained msg/s",
                    "429s",
                    "most in any 1 s",
                    "shortest gap, same chat",
                    "target",
                ),
                rows,
            ),
            f"unlimited (no limiter, no server limit), same run: {ceiling['rate']:.0f} msg/s; "
            f"the 1000/s run reached {share:.0%} of it",
        ]
    )
    print(out)
    return out


if __name__ == "__main__":
    main()
