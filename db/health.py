"""Is the database there? One reading of a driver's error, and one record of an outage.

Here because only db/ may look inside SQLAlchemy's and the drivers' errors; the
scheduler, the handlers' error handler and /readyz all ask `database_unavailable` and
report what they met into one `DatabaseHealth`, so an outage is logged once when it
starts and once when it ends, however many ticks, updates and probes meet it
(docs/reliability.md, "A database outage is survived quietly").

Nothing logged here carries the error's text: a driver's message can hold the URL, SQL
or parameters; the exception's class name is enough for an operator.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import exc

log = logging.getLogger(__name__)

#: SQLSTATE classes that mean "cannot reach or use the server", not "your query is wrong":
#: connection exception, insufficient resources (too many connections), operator
#: intervention (shutdown, terminated backend, cannot connect now), system error.
_OUTAGE_SQLSTATE_CLASSES = frozenset({"08", "53", "57", "58"})

_OUTAGE_TYPES: tuple[type[BaseException], ...] = (
    OSError,  # refused, reset, unreachable host (asyncpg raises these unwrapped)
    TimeoutError,  # connecting, or a probe's wait_for
    exc.TimeoutError,  # the pool had no connection to give within its timeout
    exc.DisconnectionError,
    exc.OperationalError,
    exc.InterfaceError,  # asyncpg: the connection was closed under us
)


def database_unavailable(error: BaseException) -> bool:
    """True when `error` (or anything in its cause chain) says the database cannot be
    reached or used right now; False for a query the database answered with an error
    (a constraint, a syntax error), which is a bug, not an outage."""
    seen: set[int] = set()
    waiting: list[BaseException] = [error]
    while waiting:
        current = waiting.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if _is_outage(current):
            return True
        # SQLAlchemy keeps the driver's own error as `orig` (and usually as the cause).
        orig = current.orig if isinstance(current, exc.DBAPIError) else None
        waiting += [e for e in (orig, current.__cause__, current.__context__) if e is not None]
    return False


def _is_outage(error: BaseException) -> bool:
    if isinstance(error, _OUTAGE_TYPES):
        return True
    # No statement: it failed while connecting (PostgreSQL refusing a database that does
    # not accept connections answers 55000, a class that otherwise means a query error).
    if isinstance(error, exc.DBAPIError) and (error.connection_invalidated or not error.statement):
        return True
    sqlstate = getattr(error, "sqlstate", None)
    return isinstance(sqlstate, str) and sqlstate[:2] in _OUTAGE_SQLSTATE_CLASSES


class DatabaseHealth:
    """Whether the database answered the last one who asked, and since when it has not.

    Everyone who meets the database reports here: `unavailable` on an outage error,
    `available` when it answered. The first `unavailable` of an outage logs one warning
    (the error's type only); the first `available` after it logs one line with how long
    it lasted. Times come from the caller's clock, so tests control them.
    """

    def __init__(self) -> None:
        self._down_since: datetime | None = None
        self._cause: str | None = None
        #: Outages seen since start-up (metrics, tests).
        self.outages = 0

    @property
    def is_available(self) -> bool:
        """False from an outage's first error until the database answers again."""
        return self._down_since is None

    @property
    def down_since(self) -> datetime | None:
        """When the current outage was first met, if there is one."""
        return self._down_since

    @property
    def cause(self) -> str | None:
        """The class name of the error that started the current outage."""
        return self._cause

    def unavailable(self, error: BaseException, now: datetime) -> bool:
        """Record an outage error; True (and one warning) if it starts an outage."""
        if self._down_since is not None:
            return False
        self._down_since, self._cause = now, type(error).__name__
        self.outages += 1
        log.warning(
            "database unavailable (%s): scheduled messages wait and retry with backoff, "
            "people who write are asked to try again shortly",
            self._cause,
        )
        return True

    def available(self, now: datetime) -> float | None:
        """Record that the database answered; the outage's length in seconds (and one
        line) if this ends one, else None."""
        if self._down_since is None:
            return None
        lasted = max(0.0, (now - self._down_since).total_seconds())
        self._down_since, self._cause = None, None
        log.warning("database available again after %.1f s of outage", lasted)
        return lasted
