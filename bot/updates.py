"""Updates from different people run side by side; one person's stay strictly in order.

Why: handled one at a time, a single slow update (a 429 being waited out, a slow
database answer) made every other person wait for it. Handled concurrently without
order, one person's "/cancel" could overtake the message before it. So each update
first waits for the person it comes from (a per-person lock, served in arrival order),
and only then for one of `UPDATE_CONCURRENCY` slots: someone sending forty
messages at once occupies one slot, not forty.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Hashable
from contextlib import nullcontext
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from jobs.locks import KeyedLocks


def person_of(update: object) -> Hashable | None:
    """Whose updates must stay in order: the sender, else the chat; None for neither."""
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    return None


#: PTB takes its own slot before `do_process_update` can see whose update it is, so a
#: burst from one person would fill every slot while waiting for itself. PTB's count is
#: set so high that it never binds; the real bound is taken after the person's turn.
_PTB_SLOTS = 1_000_000


class PerPersonUpdates(BaseUpdateProcessor):
    """PTB's update processor hook: concurrent across people, ordered per person, at most
    `limit` updates running at once."""

    def __init__(self, limit: int) -> None:
        super().__init__(_PTB_SLOTS)
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)
        self._people = KeyedLocks()

    @property
    def people_waiting(self) -> int:
        """People with an update running or queued (tests check nothing is left behind)."""
        return len(self._people)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for this person's earlier updates, then for a free slot, then run."""
        key = person_of(update)
        try:
            async with self._people.held(key) if key is not None else nullcontext():
                async with self._slots:
                    await coroutine
        except asyncio.CancelledError:
            # Shut down while waiting: the update's coroutine never started; close it so
            # it is not reported as never awaited (closing a finished one does nothing).
            if asyncio.iscoroutine(coroutine):
                coroutine.close()
            raise

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close: PTB waits for running updates before shutting down."""
