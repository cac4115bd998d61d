"""Each benchmark runs end to end at a tiny size (no thresholds), so bench/ cannot rot."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bench import interactive, lateness, limiter_tail, rate_limits, scale, send_path
from bench.common import fake_server, percentile, table


def run_off_loop(main: Callable[[list[str]], str], argv: list[str]) -> str:
    """The scripts call asyncio.run themselves; give them a thread without a loop."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(main, argv).result()


def test_send_path_runs_every_contender() -> None:
    out = run_off_loop(send_path.main, ["-n", "60", "--runs", "1", "--connections", "4"])
    for name in ("Steady dispatcher", "default HTTPXRequest", "raw aiohttp"):
        assert name in out
    assert "dispatcher / bare PTB default" in out


def test_rate_limits_runs_both_limits() -> None:
    out = run_off_loop(rate_limits.main, ["--scale", "0.2"])
    assert "| 30/s |" in out and "| 1000/s |" in out


def test_lateness_runs_a_short_day() -> None:
    out = run_off_loop(
        lateness.main, ["-n", "200", "--hours", "7", "7.5", "--speed", "1200", "--tick", "0.2"]
    )
    assert "p99 late s" in out


def test_interactive_measures_replies_while_draining() -> None:
    out = run_off_loop(
        interactive.main,
        ["-n", "60", "--rate", "200", "--idle-seconds", "1", "--users", "4", "--interval", "2"],
    )
    assert "while 60 prompts drain" in out and "p99 while draining" in out


def test_interactive_fault_mode_reports_each_group_and_relays() -> None:
    out = run_off_loop(
        interactive.main,
        [
            "--faults",
            "--users",
            "10",
            "--interval",
            "2",
            "--seconds",
            "3",
            "--relays",
            "3",
            "--429-share",
            "0.2",
            "--slow-share",
            "0.2",
        ],
    )
    for line in ("everyone else (6 users)", "the burster", "p99 for everyone else", "relay p99"):
        assert line in out
    assert "commit -> partner's message | 3 |" in out  # every relay was seen


def test_limiter_tail_runs_each_case_and_reserve() -> None:
    out = limiter_tail.main(
        ["--seconds", "5", "--seeds", "1", "--reserves", "0", "3", "--cases", "15:no", "10:yes"]
    )
    assert "| 15/s | no | 0 |" in out and "| 10/s | yes | 3 |" in out


def test_scale_starts_the_bot_process() -> None:
    out = run_off_loop(
        scale.main,
        ["--sizes", "200", "400", "--due", "20", "--runs", "1", "--history-days", "2"],
    )
    assert "| 400 | 800 |" in out and "time per due item" in out and "start-up" in out


async def test_fake_server_counts_and_limits() -> None:
    async with fake_server(global_limit=2, per_chat_interval=1.0) as server:
        codes = []
        for chat in (1, 2, 3, 1):
            async with server.session.post(
                server.send_url, data={"chat_id": chat, "text": "x"}
            ) as r:
                codes.append(r.status)
        stats = await server.stats()
    assert codes == [200, 200, 429, 429]
    assert stats["sends"] == 2 and stats["too_many"] == 2 and stats["max_per_chat"] == 1
    await asyncio.sleep(0)


async def test_fake_server_faults_refuse_or_hold_one_send() -> None:
    async with fake_server() as server:
        await server.control("faults", fail=[[1, 2]], delay=[[2, 0.3]])
        answers = []
        for chat in (1, 1, 2, 2):
            started = asyncio.get_running_loop().time()
            async with server.session.post(
                server.send_url, data={"chat_id": chat, "text": "x"}
            ) as r:
                body = await r.json()
            answers.append((r.status, asyncio.get_running_loop().time() - started >= 0.3))
        stats = await server.stats()
    assert answers == [(429, False), (200, False), (200, True), (200, False)]
    assert body["ok"] and stats["injected_429"] == 1 and stats["injected_delays"] == 1
    assert stats["too_many"] == 0 and stats["sends"] == 3


def test_helpers() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.0
    assert percentile([], 99) == 0.0
    assert "| a |" in table(["a"], [[1]])
