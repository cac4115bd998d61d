"""Logging set-up: the only place log levels and the line format are decided.

Libraries below us log request bodies and SQL parameters at DEBUG, which would put
people's words in the logs; they are held at INFO or above whatever LOG_LEVEL says.
Alembic's start-up chatter is the other way round: shown only at DEBUG (the rule is
`db.migrate.alembic_log_level`, which `python -m db.migrate` uses without the bot).
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from db.migrate import alembic_log_level

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
_HANDLER_NAME = "steady"
#: Libraries whose lines at INFO and above can still carry a whole update or server answer
#: when something goes wrong (PTB: an update or JSON body it cannot read, a context it
#: cannot build; tornado under the webhook).
_CONTENT_LOGGERS = ("telegram", "tornado")
_PLAIN = (int, float, bool, type(None))
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log collectors; same content as the text format."""

    def format(self, record: logging.LogRecord) -> str:
        """time, level, logger, message, and the exception class and traceback if any."""
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class LibraryContentFilter(logging.Filter):
    """From PTB's and tornado's loggers only numbers pass into a line; any other argument
    (an update, a dict, a string of JSON) shows as its type, e.g. `<Update>`."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Scrub the record's arguments in place; never drops the record."""
        if record.name.split(".", 1)[0] not in _CONTENT_LOGGERS:
            return True
        if not isinstance(record.msg, str):
            record.msg = _scrubbed(record.msg)
        if isinstance(record.args, dict):
            record.args = {key: _scrubbed(value) for key, value in record.args.items()}
        elif record.args:
            record.args = tuple(_scrubbed(value) for value in record.args)
        return True


def _scrubbed(value: object) -> object:
    return value if isinstance(value, _PLAIN) else f"<{type(value).__name__}>"


def configure_logging(level: str, log_format: str = "text") -> None:
    """One line per record; our own code logs ids and counts, never message content, and
    what the libraries' lines carry is scrubbed (`LibraryContentFilter`)."""
    handler = logging.StreamHandler()
    handler.setFormatter(
        JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)
    )
    handler.set_name(_HANDLER_NAME)
    handler.addFilter(LibraryContentFilter())
    root = logging.getLogger()
    # Replace only our own handler, so calling this twice never doubles lines.
    root.handlers = [h for h in root.handlers if h.get_name() != _HANDLER_NAME] + [handler]
    root.setLevel(level)
    root_level = logging.getLevelName(level)
    for name, floor in _CHATTY.items():
        logging.getLogger(name).setLevel(max(floor, root_level))
    logging.getLogger("alembic").setLevel(alembic_log_level(level))
