"""What handlers and jobs share for the life of the application."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import Application, CallbackContext

from bot.config import Settings
from db.session import SessionMaker
from jobs.clock import Clock

RUNTIME_KEY = "steady.runtime"


@dataclass
class Runtime:
    """Settings, the session factory and the clock; built in `post_init`."""

    settings: Settings
    sessions: SessionMaker
    clock: Clock


def get_runtime(
    source: CallbackContext[Any, Any, Any, Any] | Application[Any, Any, Any, Any, Any, Any],
) -> Runtime:
    """The runtime stored on the application."""
    runtime = source.bot_data[RUNTIME_KEY]
    assert isinstance(runtime, Runtime)
    return runtime
