"""Per-kind rules for scheduled messages: who receives them and how long they stay meaningful."""

from __future__ import annotations

from datetime import datetime, timedelta

from db.models import DeliveryKind

# A message held by quiet hours or a pause is still delivered when the hold ends, unless
# it has stopped meaning anything by then (a "10 minutes before" reminder after the time).
MEANINGFUL_FOR: dict[str, timedelta] = {
    DeliveryKind.PROMPT: timedelta(hours=12),
    DeliveryKind.CHECKIN: timedelta(hours=6),
    DeliveryKind.PRACTISE: timedelta(hours=24),
    DeliveryKind.PROMISE_AT: timedelta(hours=2),
    DeliveryKind.PROMISE_FOLLOWUP: timedelta(hours=24),
    DeliveryKind.SPACE_RETURN: timedelta(hours=12),
}
PROMISE_REMINDER_BEFORE = timedelta(minutes=10)
PROMISE_FOLLOWUP_AFTER = timedelta(minutes=15)
SPACE_SNOOZE = timedelta(minutes=10)


def expires_at(kind: str, occurrence: datetime, *, promise_due: datetime | None = None) -> datetime:
    """The last instant a held message of this kind is still worth sending."""
    if kind == DeliveryKind.PROMISE_BEFORE:
        assert promise_due is not None
        return promise_due
    return occurrence + MEANINGFUL_FOR[kind]
