"""The typed context every handler and job receives (PTB's `ContextTypes`).

`context.bot_data` is our `BotData` (bot/runtime.py), not a dict of string keys, and
`context.runtime` names the settings, sessions and clock directly.
"""

from __future__ import annotations

from typing import Any, cast

from telegram.ext import CallbackContext, ContextTypes, ExtBot, JobQueue

from bot.runtime import BotData, Runtime, get_runtime


class SteadyContext(CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]):
    """PTB's CallbackContext with our typed application state."""

    @property
    def runtime(self) -> Runtime:
        """Settings, sessions and clock of the running application."""
        return get_runtime(self)

    @property
    def jobs(self) -> JobQueue[SteadyContext]:
        """PTB's job queue, typed with this context: PTB types `job_queue` with an
        unbound type variable, so callbacks taking a SteadyContext would not check.
        Steady always has one (the job-queue extra is a dependency)."""
        queue = self.job_queue
        if queue is None:
            raise RuntimeError("the application was built without a job queue")
        return cast("JobQueue[SteadyContext]", queue)


CONTEXT_TYPES: ContextTypes[SteadyContext, dict[Any, Any], dict[Any, Any], BotData] = ContextTypes(
    context=SteadyContext, bot_data=BotData
)
