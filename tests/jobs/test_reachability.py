"""jobs.reachability: which send errors mean the person cannot be reached."""

from __future__ import annotations

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from jobs.reachability import is_unreachable, unreachable_reason


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (Forbidden("Forbidden: bot was blocked by the user"), "blocked"),
        (Forbidden("Forbidden: user is deactivated"), "blocked"),
        (BadRequest("Bad Request: chat not found"), "chat_not_found"),
        (BadRequest("Chat Not Found"), "chat_not_found"),
        (BadRequest("Bad Request: message is too long"), None),
        (RetryAfter(3), None),
        (TimedOut(), None),
        (NetworkError("connection reset"), None),
        (ValueError("chat not found"), None),
    ],
)
def test_unreachable_reason(error: BaseException, reason: str | None) -> None:
    assert unreachable_reason(error) == reason
    assert is_unreachable(error) is (reason is not None)
