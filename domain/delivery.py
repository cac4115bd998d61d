"""Whether a queued message should still go out, and how: the one place for these rules.

A delivery is judged twice, with what is known each time, by the same function:

* when the dispatcher claims it (`jobs/claim.py`), from the recipient's state and the
  time (`At`): unreachable, too late after downtime, held by quiet hours or a pause, or
  held past the moment it stops meaning anything;
* when it is rendered (`bot/scheduled.py`), from what it is about (`Subject`): a partner
  to name, a promise not yet answered, a space not yet returned from.

The rules apply in one fixed order (reachable, on time, still about something, not
held), each only once its facts are given, so either caller gets the same answer the
other would for the same facts. What one person's action sends the other (a relay) and
the note that it could not be delivered are answers in a conversation, not reminders:
they are never held, and they are on time until their own `expires_at`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from db.models import PROMISE_KINDS, Delivery, DeliveryKind, DeliveryStatus, Promise, Space, User
from domain.holds import hold_until
from domain.zones import zone_of


@dataclass(frozen=True)
class Send:
    """Send it now."""


@dataclass(frozen=True)
class Skip:
    """Close it unsent: `status` is what the row records, `reason` says why in words."""

    status: DeliveryStatus
    reason: str


@dataclass(frozen=True)
class Hold:
    """Not now: wait until `until` (it becomes pending, due then), or with None until the
    person resumes (it is parked as `held`)."""

    until: datetime | None


Decision = Send | Skip | Hold
SEND = Send()


@dataclass(frozen=True)
class At:
    """The time facts: now, how late a message may still go (the grace after downtime),
    and the zone for people who never set one."""

    now: datetime
    grace: timedelta
    default_zone: str


@dataclass(frozen=True)
class Subject:
    """What the message is about, as found when it is rendered (None: not there).

    `partner` is the one a prompt or check-in names, the one a return from space goes
    back to, or the one a relay could not reach (for the note to its sender); `promise`
    and `space` are the objects a reminder is about."""

    partner: object | None = None
    promise: Promise | None = None
    space: Space | None = None


INACTIVE = Skip(DeliveryStatus.INACTIVE, "the recipient cannot be reached")
STALE = Skip(DeliveryStatus.SKIPPED, "later than the grace period")
EXPIRED = Skip(DeliveryStatus.EXPIRED, "the hold ends after it stops meaning anything")
NO_PARTNER = Skip(DeliveryStatus.DROPPED, "no partner to name")
PROMISE_CLOSED = Skip(DeliveryStatus.DROPPED, "the promise is answered or gone")
SPACE_CLOSED = Skip(DeliveryStatus.DROPPED, "the space is over or gone")
UNKNOWN_KIND = Skip(DeliveryStatus.DROPPED, "a kind this version does not send")
GAVE_UP = Skip(DeliveryStatus.FAILED, "claimed and handed back too many times")

#: How many times a delivery may be claimed and handed back (a 429 returns it to the
#: outbox, due after Telegram's retry_after) before it is given up as failed.
MAX_CLAIMS = 10

_KINDS = frozenset(DeliveryKind)
#: What one person's action sends (a relay to the partner, the note that it could not be
#: delivered): part of a conversation, so quiet hours and pauses never hold it, and the
#: grace after downtime does not apply; `expires_at` says when it stops meaning anything.
ANSWERS_TO_SOMEONE = frozenset((DeliveryKind.RELAY, DeliveryKind.UNDELIVERED))


def decide(
    delivery: Delivery,
    recipient: User | None,
    *,
    at: At | None = None,
    subject: Subject | None = None,
) -> Decision:
    """Send, skip (with the status to record) or hold one delivery to `recipient`.

    `recipient` None means the user row is gone. Deliveries and users may be read-only
    rows with the models' attributes. Without `at` the time rules are not applied, without
    `subject` the ones about what the message says.
    """
    if recipient is None or not recipient.is_active:
        return INACTIVE
    if at is not None and (delivery.attempts or 0) >= MAX_CLAIMS:
        return GAVE_UP  # handed back after 429s this many times: Telegram will not take it
    if delivery.kind in ANSWERS_TO_SOMEONE:
        # Told the moment someone acted: never held, and late only past its own expiry.
        if at is not None and delivery.expires_at is not None and at.now > delivery.expires_at:
            return EXPIRED
        if subject is not None:
            return _subject_gone(delivery.kind, subject) or SEND
        return SEND
    if at is not None and at.now - delivery.due_at > at.grace:
        return STALE  # after downtime: never a flood of stale messages
    if subject is not None:
        gone = _subject_gone(delivery.kind, subject)
        if gone is not None:
            return gone
    if at is not None:
        zone = zone_of(recipient.timezone, at.default_zone)
        held, until = hold_until(recipient, at.now, zone)
        if held:
            if (
                until is not None
                and delivery.expires_at is not None
                and until > delivery.expires_at
            ):
                return EXPIRED
            return Hold(until)
    return SEND


def _subject_gone(kind: str, subject: Subject) -> Skip | None:
    """Why a message no longer means anything, or None while it still does."""
    if kind not in _KINDS:
        return UNKNOWN_KIND
    if kind in (DeliveryKind.PROMPT, DeliveryKind.CHECKIN):
        return NO_PARTNER if subject.partner is None else None
    if kind in PROMISE_KINDS:
        promise = subject.promise
        return PROMISE_CLOSED if promise is None or promise.outcome is not None else None
    if kind == DeliveryKind.SPACE_RETURN:
        if subject.space is None or subject.space.returned_at is not None:
            return SPACE_CLOSED
        return NO_PARTNER if subject.partner is None else None
    if kind == DeliveryKind.UNDELIVERED:
        return NO_PARTNER if subject.partner is None else None
    return None


def row_status(decision: Decision, due_at: datetime) -> tuple[DeliveryStatus, datetime]:
    """What a claimed row becomes for a decision: (status, due_at)."""
    if isinstance(decision, Skip):
        return decision.status, due_at
    if isinstance(decision, Hold):
        if decision.until is None:
            return DeliveryStatus.HELD, due_at
        return DeliveryStatus.PENDING, decision.until
    return DeliveryStatus.SENDING, due_at
