"""Target 1, dispatch throughput: N reassurance prompts due in the same minute, rate
limiting off, sent by the bot's Dispatcher (AiohttpRequest, batched claim/render/record)
side by side with a bare PTB loop on PTB's default HTTPXRequest, a bare PTB loop on
AiohttpRequest, and a raw aiohttp loop, all with the same number of connections to the
same fake server. Medians of --runs runs, interleaved.

    python -m bench.send_path                 # 5,000 messages, SQLite
    python -m bench.send_path --full          # 50,000 messages
    python -m bench.send_path --backend postgresql --full
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from functools import partial
from typing import Any

import aiohttp
from sqlalchemy import delete, update
from telegram import Bot
from telegram.constants import ParseMode
from telegram.request import BaseRequest, HTTPXRequest

from bench.common import Population, Server, database, fake_server, load, median, stamp, table
from bot import keyboards
from bot.http import AiohttpRequest
from bot.scheduled import _render, render, render_many
from db.models import Delivery, Schedule, User
from db.session import make_engine, make_sessionmaker
from jobs.clock import SystemClock
from jobs.dispatch import Dispatcher, Limits
from jobs.send import Outgoing


async def sample_outgoing(count: int) -> list[Outgoing]:
    """The prompts the dispatcher would render, for the reference loops to send."""
    partner = User(id=1, first_name="Alex")
    out = []
    for i in range(count):
        user = User(id=2, first_name="Sam", pair_id=1, timezone="UTC", is_active=True)
        # No session: with the partner given, a prompt is rendered without a query.
        delivery = Delivery(id=i + 1, kind="prompt")
        rendered = await _render(None, delivery, user, partner, "UTC")  # type: ignore[arg-type]
        assert rendered is not None
        out.append(rendered)
    return out


async def ptb_loop(
    server: Server, request: BaseRequest, chats: list[int], outgoing: list[Outgoing], conns: int
) -> float:
    """A bare PTB Bot sending every message with `conns` workers; returns msg/s."""
    bot = Bot(server.token, base_url=server.base_url, request=request)
    await bot.initialize()
    todo = iter(range(len(chats)))
    # Keyboards as PTB objects, built once: the loop pays only what PTB pays per send.
    markups = [keyboards.markup(o.buttons) if o.buttons else None for o in outgoing]

    async def worker() -> None:
        for i in todo:
            out = outgoing[i % len(outgoing)]
            await bot.send_message(
                chat_id=chats[i],
                text=out.text,
                parse_mode=ParseMode.HTML,
                reply_markup=markups[i % len(outgoing)],
            )

    try:
        started = asyncio.get_running_loop().time()
        await asyncio.gather(*(worker() for _ in range(conns)))
        return len(chats) / (asyncio.get_running_loop().time() - started)
    finally:
        await bot.shutdown()


async def raw_aiohttp(
    server: Server, chats: list[int], outgoing: list[Outgoing], conns: int
) -> float:
    """No PTB: form-encoded posts and json.loads of the answer; the machine's HTTP ceiling."""
    bodies = [
        {
            "text": o.text,
            "parse_mode": "HTML",
            "reply_markup": o.wire(0).get("reply_markup", ""),
        }
        for o in outgoing
    ]
    todo = iter(range(len(chats)))
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=conns)) as session:

        async def worker() -> None:
            for i in todo:
                form = {"chat_id": str(chats[i]), **bodies[i % len(bodies)]}
                async with session.post(server.send_url, data=form) as response:
                    assert json.loads(await response.read())["ok"]

        started = asyncio.get_running_loop().time()
        await asyncio.gather(*(worker() for _ in range(conns)))
        return len(chats) / (asyncio.get_running_loop().time() - started)


class DispatchRig:
    """N pairs whose prompt is due now; `run` resets them and times one dispatcher run."""

    def __init__(self, server: Server, url: Any, n: int, conns: int) -> None:
        self.server, self.url, self.n, self.conns = server, url, n, conns
        self.population = Population(pairs=n)
        self.engine = make_engine(url)
        self.sessions = make_sessionmaker(self.engine)

    def chats(self) -> list[int]:
        return [self.population.user_ids(p)[1] for p in range(self.n)]

    async def setup(self) -> None:
        now = datetime.now(UTC)
        await load(self.url, self.population, ((p, dtime(9), now) for p in range(self.n)), now=now)

    async def _reset(self) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(delete(Delivery))
            now = datetime.now(UTC)
            # All due in the same minute: spread over the last 30 seconds.
            await conn.execute(update(Schedule).values(next_due_at=now - timedelta(seconds=30)))

    async def run(self, *, batched: bool = True, profile: str | None = None) -> float:
        await self._reset()
        bot = Bot(
            self.server.token,
            base_url=self.server.base_url,
            request=AiohttpRequest(connection_pool_size=self.conns),
        )
        await bot.initialize()
        dispatcher = Dispatcher(
            sessions=self.sessions,
            bot=bot,
            clock=SystemClock(),
            render=partial(render, default_zone="UTC"),
            render_many=partial(render_many, default_zone="UTC") if batched else None,
            limits=Limits(concurrency=self.conns),
        )
        profiler = cProfile.Profile() if profile else None
        try:
            started = asyncio.get_running_loop().time()
            if profiler:
                profiler.enable()
            sent = await dispatcher.run_once()
            if profiler:
                profiler.disable()
            elapsed = asyncio.get_running_loop().time() - started
        finally:
            await dispatcher.close()
        if profiler and profile:
            profiler.dump_stats(profile)
        if sent != self.n:
            raise SystemExit(f"dispatcher sent {sent} of {self.n}")
        return self.n / elapsed

    async def close(self) -> None:
        await self.engine.dispose()


async def measure(
    *, n: int, conns: int, runs: int, backend: str, profile: str | None = None
) -> dict[str, list[float]]:
    """Every client's msg/s per run, interleaved so drift hits all of them alike."""
    results: dict[str, list[float]] = {}
    async with fake_server() as server, database(backend) as url:
        rig = DispatchRig(server, url, n, conns)
        await rig.setup()
        chats = rig.chats()
        outgoing = await sample_outgoing(64)
        contenders: dict[str, Callable[[], Awaitable[float]]] = {
            "Steady dispatcher (AiohttpRequest, batched)": rig.run,
            "bare PTB loop, default HTTPXRequest": lambda: ptb_loop(
                server, HTTPXRequest(connection_pool_size=conns), chats, outgoing, conns
            ),
            "bare PTB loop, AiohttpRequest": lambda: ptb_loop(
                server, AiohttpRequest(connection_pool_size=conns), chats, outgoing, conns
            ),
            "raw aiohttp loop (no PTB)": lambda: raw_aiohttp(server, chats, outgoing, conns),
        }
        try:
            for _ in range(runs):
                for name, run in contenders.items():
                    await server.reset()
                    rate = await run()
                    stats = await server.stats()
                    if stats["sends"] != n or stats["max_per_chat"] != 1:
                        raise SystemExit(f"{name}: server saw {stats['sends']} sends of {n}")
                    results.setdefault(name, []).append(rate)
            if profile:
                await rig.run(profile=profile)
        finally:
            await rig.close()
    return results


def report(results: dict[str, list[float]], *, n: int, conns: int, backend: str) -> str:
    names = list(results)
    ours = median(results[names[0]])
    ptb = median(results[names[1]])
    rows = []
    for name in names:
        med = median(results[name])
        rows.append(
            (name, med, " / ".join(f"{r:,.0f}" for r in results[name]), f"{ours / med:.2f}x")
        )
    lines = [
        f"send_path: {n:,} prompts, {conns} connections, {backend}; {stamp()}",
        table(("client", "median msg/s", "runs", "dispatcher is"), rows),
        f"dispatcher / bare PTB default: {ours / ptb:.2f}x (target >= 3x: "
        f"{'met' if ours / ptb >= 3 else 'MISSED'})",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description="Target 1: dispatch throughput")
    parser.add_argument("--full", action="store_true", help="50,000 messages")
    parser.add_argument("-n", type=int, help="messages per run (default 5,000)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--profile", help="also write a cProfile of one dispatcher run here")
    args = parser.parse_args(argv)
    n = args.n or (50_000 if args.full else 5_000)
    results = asyncio.run(
        measure(
            n=n, conns=args.connections, runs=args.runs, backend=args.backend, profile=args.profile
        )
    )
    out = report(results, n=n, conns=args.connections, backend=args.backend)
    print(out)
    if args.profile:
        stats = pstats.Stats(args.profile)
        stats.sort_stats("tottime").print_stats(25)
    return out


if __name__ == "__main__":
    main()
