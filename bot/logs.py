"""Logging set-up: the only place log levels are decided.

Libraries below us log request bodies and SQL parameters at DEBUG, which would put
people's words in the logs; they are held at INFO or above whatever LOG_LEVEL says.
"""

from __future__ import annotations

import logging

# Loggers that print message text, tokens or SQL parameters when set to DEBUG.
_CHATTY = {
    "telegram": logging.INFO,
    "httpx": logging.WARNING,  # logs URLs, which contain the bot token
    "httpcore": logging.WARNING,
    "aiosqlite": logging.WARNING,
    "sqlalchemy": logging.WARNING,
    "asyncpg": logging.WARNING,
    "apscheduler": logging.WARNING,
    "aiohttp": logging.WARNING,
}


def configure_logging(level: str) -> None:
    """One line per record; our own code logs ids and counts, never message content."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root_level = logging.getLevelName(level)
    for name, floor in _CHATTY.items():
        logging.getLogger(name).setLevel(max(floor, root_level))
