"""Log lines: one per event, JSON when asked, chatty libraries held above DEBUG."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from bot.logs import _HANDLER_NAME, JsonFormatter, LibraryContentFilter, configure_logging


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level, logging.getLogger("telegram").level)
    alembic = logging.getLogger("alembic").level
    yield
    root.handlers, root.level = saved[0], saved[1]
    logging.getLogger("telegram").setLevel(saved[2])
    logging.getLogger("alembic").setLevel(alembic)


def test_json_lines(restore_logging: None) -> None:
    configure_logging("DEBUG", "json")
    configure_logging("DEBUG", "json")  # twice: still one handler of ours
    ours = [h for h in logging.getLogger().handlers if h.get_name() == _HANDLER_NAME]
    assert len(ours) == 1 and isinstance(ours[0].formatter, JsonFormatter)
    record = logging.LogRecord(
        "jobs.dispatch", logging.INFO, __file__, 1, "delivery %s: %s", (7, "sent"), None
    )
    line = ours[0].format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "INFO" and entry["logger"] == "jobs.dispatch"
    assert entry["message"] == "delivery 7: sent" and entry["time"].endswith("+00:00")


def test_exceptions_are_one_json_line_with_their_class(restore_logging: None) -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record = logging.LogRecord("bot", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    entry = json.loads(JsonFormatter().format(record))
    assert entry["error"] == "ValueError" and "Traceback" in entry["traceback"]


def test_chatty_libraries_stay_above_debug(restore_logging: None) -> None:
    configure_logging("DEBUG")
    assert not logging.getLogger("telegram").isEnabledFor(logging.DEBUG)
    assert not logging.getLogger("aiosqlite").isEnabledFor(logging.INFO)
    assert logging.getLogger("bot").isEnabledFor(logging.DEBUG)


@pytest.mark.parametrize(
    ("level", "alembic"),
    [
        ("DEBUG", logging.DEBUG),
        ("INFO", logging.WARNING),
        ("WARNING", logging.WARNING),
        ("ERROR", logging.ERROR),
    ],
)
def test_alembic_speaks_only_at_debug(restore_logging: None, level: str, alembic: int) -> None:
    """At start-up one line of ours says what the migration did; Alembic's own lines (the
    dialect, every revision run) are for LOG_LEVEL=DEBUG."""
    configure_logging(level)
    assert logging.getLogger("alembic.runtime.migration").getEffectiveLevel() == alembic


def test_library_lines_carry_no_content(restore_logging: None) -> None:
    """PTB logs the raw data at CRITICAL when it cannot read updates, and the update
    itself when it cannot build a context: only numbers of theirs reach our line."""
    configure_logging("INFO")
    (ours,) = [h for h in logging.getLogger().handlers if h.get_name() == _HANDLER_NAME]
    raw = [{"update_id": 5, "message": {"text": "lilac words"}}]
    record = logging.LogRecord(
        "telegram.Bot", logging.CRITICAL, __file__, 1, "parsing %r of %d", (raw, 3), None
    )
    assert ours.filter(record)
    assert record.getMessage() == "parsing '<list>' of 3"
    named = logging.LogRecord("tornado.access", logging.ERROR, __file__, 1, "%(body)s", None, None)
    named.args = {"body": "lilac words"}
    assert LibraryContentFilter().filter(named) and named.getMessage() == "<str>"
    own = logging.LogRecord("bot.botapi", logging.WARNING, __file__, 1, "update %s", (5,), None)
    assert ours.filter(own) and own.getMessage() == "update 5"
