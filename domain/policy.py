"""Per-kind rules for scheduled messages: who receives them and how long they stay meaningful."""

from __future__ import annotations

from datetime import datetime, timedelta

# A message held by quiet hours or a pause is still delivered when the hold ends, unless
# it has stopped meaning anything by then (a "10 minutes before" reminder after the time).
MEANINGFUL_FOR: dict[str, timedelta] = {
    "prompt": timedelta(hours=12),
    "checkin": timedelta(hours=6),
    "practise": timedelta(hours=24),
    "promise_at": timedelta(hours=2),
    "promise_followup": timedelta(hours=24),
    "space_return": timedelta(hours=12),
}
PROMISE_REMINDER_BEFORE = timedelta(minutes=10)
PROMISE_FOLLOWUP_AFTER = timedelta(minutes=15)
SPACE_SNOOZE = timedelta(minutes=10)


def expires_at(kind: str, occurrence: datetime, *, promise_due: datetime | None = None) -> datetime:
    """The last instant a held message of this kind is still worth sending."""
    if kind == "promise_before":
        assert promise_due is not None
        return promise_due
    return occurrence + MEANINGFUL_FOR[kind]
