"""What handlers and jobs share for the life of the application, typed.

PTB keeps one `bot_data` object per application; ours is `BotData` (plugged in through
`ContextTypes` in bot/app.py), so every piece of shared state has a name and a type
instead of a string key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext

from bot.config import Settings
from bot.ops.metrics import Metrics
from db.health import DatabaseHealth
from db.session import SessionMaker
from jobs.clock import Clock

if TYPE_CHECKING:
    from aiohttp import web
    from sqlalchemy.ext.asyncio import AsyncEngine

    from bot.flood import FloodGuard
    from bot.pacer import Pacers
    from jobs.dispatch import Dispatcher


@dataclass
class Runtime:
    """Settings, the session factory and the clock; built in `post_init`."""

    settings: Settings
    sessions: SessionMaker
    clock: Clock


def _no_pacers() -> Pacers:
    from bot.pacer import Pacers  # bot.pacer needs this module: made on first use

    return Pacers()


@dataclass
class BotData:
    """The application's shared state. Set by bot/app.py: `metrics`, `pacers` and
    `flood_guard` when the application is built, the rest in `post_init`
    (`database_health` is made with it)."""

    metrics: Metrics = field(default_factory=Metrics)
    pacers: Pacers = field(default_factory=_no_pacers)
    flood_guard: FloodGuard | None = None
    runtime: Runtime | None = None
    engine: AsyncEngine | None = None
    dispatcher: Dispatcher | None = None
    ops_server: web.AppRunner | None = None
    #: Reported into by the scheduler, the error handler and /readyz (db/health.py).
    database_health: DatabaseHealth = field(default_factory=DatabaseHealth)


AnyContext = CallbackContext[Any, Any, Any, BotData]
AnyApplication = Application[Any, Any, Any, Any, BotData, Any]


def get_runtime(source: AnyContext | AnyApplication) -> Runtime:
    """The runtime of a started application (`post_init` has run)."""
    runtime = source.bot_data.runtime
    if runtime is None:
        raise RuntimeError("the application has not been initialised yet (post_init)")
    return runtime
