"""`python -m demo` (`scripts/run --demo`, `make demo`): try Steady without Telegram.

Starts the fake Bot API and the demo page on 127.0.0.1, then the real bot (`python -m
bot`, the same code, the same migrations) pointed at that fake, with SQLite in a
throwaway folder (or `--database FILE`) and the demo's movable clock; prints one URL.

Safe by construction: it listens on loopback only (any other --host is refused), and the
bot it starts gets a made-up token, the fake's address, no webhook and no ops server,
whatever the environment or `.env` says: it runs with an environment of its own, in a
folder with no `.env`, so a configured real token is never read.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import os
import secrets
import signal
import sys
import tempfile
from pathlib import Path

from db.session import make_engine, make_sessionmaker
from db.urls import normalise_database_url
from demo.fakebot import FakeTelegram
from demo.web import DemoClockControl, DemoState, NotLoopback, check_loopback, make_app, serve

ROOT = Path(__file__).resolve().parents[1]
EXIT_USAGE = 2
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
#: What the bot process keeps of the caller's environment: enough to find Python and the
#: project; nothing that configures the bot.
_KEEP_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "TZ", "SYSTEMROOT", "VIRTUAL_ENV")


def _stop_with_parent() -> None:
    """In the bot's process, before it starts (Linux): SIGTERM when the demo dies, so a demo
    killed outright (SIGKILL) leaves no bot behind polling a fake that is gone."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def fake_token() -> str:
    """A token in Telegram's shape that Telegram never issued (the fake checks it)."""
    return f"{secrets.randbelow(9 * 10**9) + 10**9}:DEMO{secrets.token_urlsafe(30)}"


def bot_environment(
    *, token: str, api_base_url: str, database_url: str, clock_file: Path, zone: str
) -> dict[str, str]:
    """The whole environment of the demo's bot: nothing configured by the caller survives
    (a real token, API URL, webhook, ops port, operators), only the demo's own."""
    env = {name: os.environ[name] for name in _KEEP_ENV if name in os.environ}
    env.update(
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
        TELEGRAM_BOT_TOKEN=token,
        TELEGRAM_API_BASE_URL=api_base_url,
        DATABASE_URL=database_url,
        DEMO_CLOCK_FILE=str(clock_file),
        DEFAULT_TIMEZONE=zone,
        WEBHOOK_URL="",
        WEBHOOK_SECRET_TOKEN="",
        OPS_PORT="0",
        ADMIN_IDS="",
        MIGRATE_ON_START="true",
        LOG_LEVEL="WARNING",
        STARTUP_RETRY_SECONDS="10",
        # Quick enough to watch, slow enough to read: two real seconds a breath count.
        BREATHE_SECONDS_PER_COUNT=os.environ.get("DEMO_BREATHE_SECONDS", "1"),
        SCHEDULER_TICK_SECONDS="0.25",
    )
    return env


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="scripts/run --demo",
        description="Try Steady in the browser: two people, the real bot, no Telegram.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback only (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--database", type=Path, help="SQLite file to keep (default: throwaway)")
    parser.add_argument("--names", nargs=2, default=["Alex", "Sam"], metavar=("FIRST", "SECOND"))
    parser.add_argument("--timezone", default="UTC", help="both people's zone (default UTC)")
    return parser.parse_args(argv)


async def run_demo(args: argparse.Namespace, *, ready: asyncio.Event | None = None) -> int:
    """Run the demo until interrupted or the bot stops; returns the bot's exit status."""
    host = check_loopback(args.host)
    with tempfile.TemporaryDirectory(prefix="steady-demo-") as scratch:
        folder = Path(scratch)
        database = args.database.resolve() if args.database else folder / "steady-demo.db"
        database_url = f"sqlite:///{database}"
        clock = DemoClockControl(folder / "clock", zone=args.timezone)
        telegram = FakeTelegram(
            token=fake_token(), bot_username="SteadyDemoBot", clock=clock.timestamp
        )
        for name in args.names:
            telegram.user(name)
        await telegram.start()
        engine = make_engine(normalise_database_url(database_url))
        state = DemoState(telegram, clock, sessions=make_sessionmaker(engine))
        runner, port = await serve(make_app(state), host, args.port)
        bot = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            cwd=folder,  # no .env here: the demo's settings are the only ones
            # Its own process group: Ctrl-C reaches the demo only, which then stops the bot
            # once (a second signal mid-shutdown would cut the bot's own clean stop short).
            start_new_session=True,
            preexec_fn=_stop_with_parent,
            env=bot_environment(
                token=telegram.token,
                api_base_url=telegram.base_url,
                database_url=database_url,
                clock_file=clock.path,
                zone=args.timezone,
            ),
        )
        print(f"Steady demo: open http://{host}:{port}/  (local only; nothing reaches Telegram)")
        print("Ctrl-C stops it." + ("" if args.database else " The database is thrown away."))
        sys.stdout.flush()
        if ready is not None:
            ready.set()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(signum, stop.set)
        waiter = asyncio.create_task(bot.wait())
        stopper = asyncio.create_task(stop.wait())
        try:
            await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopper.cancel()
            if bot.returncode is None:
                bot.terminate()
                try:
                    await asyncio.wait_for(bot.wait(), 10)
                except TimeoutError:
                    bot.kill()
                    await bot.wait()
            state.bot_exit = bot.returncode
            await runner.cleanup()
            await telegram.stop()
            await engine.dispose()
        if stop.is_set():
            return 0
        print(f"steady demo: the bot stopped (status {bot.returncode}); see above", file=sys.stderr)
        return bot.returncode or 1


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        check_loopback(args.host)
    except NotLoopback as error:
        print(f"steady demo: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return asyncio.run(run_demo(args))
    except KeyboardInterrupt:
        return 0
    except OSError as error:  # the port is taken, most likely
        print(f"steady demo: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
