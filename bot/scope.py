"""One database session and one look at the caller's row per update.

An update can pass through several handlers (the flood guard, reactivation, a flow
router, the command itself), and each may need the database. They share the update's
`UpdateScope`: one `AsyncSession`, opened on first use and closed when the update is
done (`SteadyApplication.process_update`), and the caller's `User` row, loaded once and
written only when something about the person changed. Each handler still commits its
own short transaction on that session (`bot.handlers.common.turn`), so no transaction
stays open while a reply is on its way to Telegram.

One path keeps short sessions of its own on purpose: the safety net's lookups
(bot/safety/respond.py: each is cut off by a timeout, and a query cancelled half-way
must not leave the shared session unusable). What a turn tells the partner is queued in
the turn's own transaction and sent by the dispatcher, with its own sessions
(`Turn.tell`).

The scope travels in a context variable rather than on PTB's context object because
PTB has no hook at the end of an update; the variable is set around
`Application.process_update`, so concurrently processed updates each see their own.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from bot.safety.detect import Assessment
from db.models import User
from db.session import SessionMaker


@dataclass
class UpdateScope:
    """What handlers of one update share."""

    session: AsyncSession | None = None
    #: The caller's row once loaded; `caller_touched` once it was created or refreshed.
    caller: User | None = None
    caller_touched: bool = False
    #: The safety net's reading of the update's words, worked out once (bot.safety.respond).
    assessment: Assessment | None = None
    #: The person was told the database is unreachable (said once, however many
    #: handlers of the update meet the outage; bot.handlers.general.on_error).
    told_unavailable: bool = False
    #: Callback queries answered during this update (bot.botapi sends one answer each).
    answered_queries: set[str] = field(default_factory=set)

    def session_from(self, sessions: SessionMaker) -> AsyncSession:
        """The update's session, opened on first use."""
        if self.session is None:
            self.session = sessions()
        return self.session

    @asynccontextmanager
    async def transaction(self, sessions: SessionMaker) -> AsyncIterator[AsyncSession]:
        """One short transaction on the update's session: commit on success, roll back
        on any error."""
        session = self.session_from(sessions)
        async with session.begin():
            yield session

    async def close(self) -> None:
        """Close the session (rolling back anything left uncommitted)."""
        if self.session is not None:
            session, self.session = self.session, None
            await session.close()


_current: ContextVar[UpdateScope | None] = ContextVar("steady_update_scope", default=None)


@asynccontextmanager
async def update_scope() -> AsyncIterator[UpdateScope]:
    """Run one update inside a fresh scope; its session is closed afterwards."""
    scope = UpdateScope()
    token = _current.set(scope)
    try:
        yield scope
    finally:
        _current.reset(token)
        await scope.close()


def current_scope() -> UpdateScope | None:
    """The scope of the update being handled (None in jobs and direct calls)."""
    return _current.get()
