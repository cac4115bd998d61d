"""The send limiter alone, on virtual time: how long replies wait for a place, and how fast a
backlog of scheduled sends drains, for a few reply rates and REPLY_RESERVE values.

No server, no bot, no database: `SendLimiter` on an event loop whose clock jumps to the
next timer (tests/support/virtual_time.py), so two minutes of traffic take a moment and
the machine's load does not enter the figures. Replies arrive at random (Poisson) at each
rate; with a backlog, 32 workers ask for scheduled slots without pause, as the
dispatcher's do while a morning's prompts drain.

    python -m bench.limiter_tail
    python -m bench.limiter_tail --limiter /tmp/old_ratelimit.py   # another SendLimiter
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import inspect
import random
import statistics
from collections.abc import Callable
from typing import Any

from bench.common import percentile, table
from jobs.ratelimit import SendLimiter
from tests.support.virtual_time import now as virtual_now
from tests.support.virtual_time import run

WORKERS = 32


def one(
    make: Callable[[], Any], reply_rate: float, backlog: bool, seconds: float, seed: int
) -> dict[str, float]:
    """Reply waits (ms) and scheduled sends a second for one seeded run."""
    waits: list[float] = []
    scheduled = 0

    async def main() -> None:
        nonlocal scheduled
        rng = random.Random(seed)
        limiter = make()
        stop = virtual_now() + seconds

        async def reply(chat: int) -> None:
            asked = virtual_now()
            await limiter.acquire(chat, reply=True)
            waits.append((virtual_now() - asked) * 1000)

        async def worker(first_chat: int) -> None:
            nonlocal scheduled
            chat = first_chat
            while virtual_now() < stop:
                chat += 1  # a fresh chat each time: the global budget alone is measured
                await limiter.acquire(chat)
                scheduled += 1

        count = WORKERS if backlog else 0
        workers = [asyncio.create_task(worker(1_000_000 * (w + 1))) for w in range(count)]
        replies = []
        at = virtual_now()
        while True:
            at += rng.expovariate(reply_rate)
            if at >= stop:
                break
            await asyncio.sleep(at - virtual_now())
            replies.append(asyncio.create_task(reply(rng.randrange(300))))
        await asyncio.gather(*workers, *replies)

    run(main)
    return {
        "p50": percentile(waits, 50),
        "p99": percentile(waits, 99),
        "max": max(waits, default=0.0),
        "scheduled": scheduled / seconds,
    }


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description="The send limiter's reply tail")
    parser.add_argument("--rate", type=float, default=30.0, help="SEND_RATE_PER_SECOND")
    parser.add_argument("--seconds", type=float, default=120.0, help="per run")
    parser.add_argument("--seeds", type=int, default=3, help="runs per row (means; max of max)")
    parser.add_argument("--reserves", type=int, nargs="+", default=[0, 2, 3])
    parser.add_argument(
        "--cases",
        nargs="+",
        default=["15:no", "1:yes", "5:yes", "10:yes", "15:yes"],
        help="replies a second : backlog of scheduled sends (yes/no)",
    )
    parser.add_argument("--limiter", help="a jobs/ratelimit.py to load SendLimiter from")
    args = parser.parse_args(argv)
    limiter_class: Any = SendLimiter
    if args.limiter:
        spec = importlib.util.spec_from_file_location("other_ratelimit", args.limiter)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        limiter_class = module.SendLimiter
    takes_reserve = "reply_reserve" in inspect.signature(limiter_class).parameters
    reserves: list[int | None] = list(args.reserves) if takes_reserve else [None]

    def make(reserve: int | None) -> Callable[[], Any]:
        options = {} if reserve is None else {"reply_reserve": reserve}
        return lambda: limiter_class(args.rate, monotonic=virtual_now, **options)

    rows = []
    for case in args.cases:
        rate_text, backlog_text = case.split(":")
        reply_rate, backlog = float(rate_text), backlog_text == "yes"
        for reserve in reserves:
            runs = [
                one(make(reserve), reply_rate, backlog, args.seconds, seed)
                for seed in range(1, args.seeds + 1)
            ]
            rows.append(
                (
                    f"{reply_rate:g}/s",
                    "yes" if backlog else "no",
                    "-" if reserve is None else reserve,
                    f"{statistics.mean(r['p50'] for r in runs):.1f}",
                    f"{statistics.mean(r['p99'] for r in runs):.1f}",
                    f"{max(r['max'] for r in runs):.1f}",
                    f"{statistics.mean(r['scheduled'] for r in runs):.2f}",
                )
            )
    source = args.limiter or "jobs/ratelimit.py"
    out = "\n".join(
        [
            f"limiter_tail: {source} at {args.rate:g}/s, {args.seconds:g} s x {args.seeds} seeds"
            f" on virtual time, {WORKERS} scheduled workers when backlogged",
            table(
                (
                    "replies",
                    "backlog",
                    "reserve",
                    "wait p50 ms",
                    "wait p99 ms",
                    "wait max ms",
                    "scheduled /s",
                ),
                rows,
            ),
        ]
    )
    print(out)
    return out


if __name__ == "__main__":
    main()
