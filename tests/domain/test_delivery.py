"""domain.delivery.decide: every answer it can give, from plain objects (no database)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from db.models import Delivery, DeliveryKind, DeliveryStatus, Promise, Space, User
from domain.delivery import (
    EXPIRED,
    INACTIVE,
    NO_PARTNER,
    PROMISE_CLOSED,
    SEND,
    SPACE_CLOSED,
    STALE,
    UNKNOWN_KIND,
    At,
    Hold,
    Skip,
    Subject,
    decide,
    row_status,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
AT = At(now=NOW, grace=timedelta(minutes=10), default_zone="UTC")
PARTNER = object()


def delivery(
    kind: str = DeliveryKind.PROMPT,
    *,
    due: datetime = NOW,
    expires: datetime | None = NOW + timedelta(hours=12),
) -> Delivery:
    return Delivery(id=1, user_id=2, kind=kind, due_at=due, expires_at=expires)


def person(**settings: object) -> User:
    values: dict[str, object] = {
        "id": 2,
        "first_name": "Sam",
        "timezone": "UTC",
        "is_active": True,
        "paused": False,
        "pause_until": None,
        "quiet_start": None,
        "quiet_end": None,
    }
    values.update(settings)
    return User(**values)


def test_an_active_recipient_on_time_and_not_held_is_sent_to() -> None:
    assert decide(delivery(), person(), at=AT) == SEND
    assert decide(delivery(), person(), at=AT, subject=Subject(partner=PARTNER)) == SEND


@pytest.mark.parametrize("recipient", [None, person(is_active=False)])
def test_a_recipient_gone_or_unreachable_is_inactive(recipient: User | None) -> None:
    assert decide(delivery(), recipient, at=AT) == INACTIVE
    assert decide(delivery(), recipient) == INACTIVE  # whatever else is known


def test_later_than_the_grace_period_is_skipped_and_at_it_is_sent() -> None:
    assert decide(delivery(due=NOW - timedelta(minutes=11)), person(), at=AT) == STALE
    assert decide(delivery(due=NOW - timedelta(minutes=10)), person(), at=AT) == SEND


def test_without_the_time_the_time_rules_do_not_apply() -> None:
    late = delivery(due=NOW - timedelta(days=1))
    assert decide(late, person(paused=True), subject=Subject(partner=PARTNER)) == SEND


def test_quiet_hours_hold_until_they_end() -> None:
    quiet = person(quiet_start=time(11), quiet_end=time(13))
    assert decide(delivery(), quiet, at=AT) == Hold(NOW.replace(hour=13))


def test_an_open_ended_pause_parks_it_until_resume() -> None:
    assert decide(delivery(), person(paused=True), at=AT) == Hold(None)


def test_a_pause_with_an_end_holds_until_then() -> None:
    until = NOW + timedelta(hours=3)
    assert decide(delivery(), person(paused=True, pause_until=until), at=AT) == Hold(until)


def test_a_hold_past_the_moment_it_stops_meaning_anything_expires_it() -> None:
    paused = person(paused=True, pause_until=NOW + timedelta(hours=3))
    assert decide(delivery(expires=NOW + timedelta(hours=2)), paused, at=AT) == EXPIRED
    assert decide(delivery(expires=None), paused, at=AT) == Hold(NOW + timedelta(hours=3))


@pytest.mark.parametrize("kind", [DeliveryKind.PROMPT, DeliveryKind.CHECKIN])
def test_a_prompt_or_check_in_without_a_partner_is_dropped(kind: DeliveryKind) -> None:
    assert decide(delivery(kind), person(), subject=Subject()) == NO_PARTNER
    assert decide(delivery(kind), person(), subject=Subject(partner=PARTNER)) == SEND


@pytest.mark.parametrize(
    "kind", [DeliveryKind.PROMISE_BEFORE, DeliveryKind.PROMISE_AT, DeliveryKind.PROMISE_FOLLOWUP]
)
def test_a_promise_reminder_stands_only_while_the_promise_is_open(kind: DeliveryKind) -> None:
    answered = Promise(id=3, outcome="done")
    assert decide(delivery(kind), person(), subject=Subject()) == PROMISE_CLOSED
    assert decide(delivery(kind), person(), subject=Subject(promise=answered)) == PROMISE_CLOSED
    assert decide(delivery(kind), person(), subject=Subject(promise=Promise(id=3))) == SEND


def test_a_return_from_space_needs_an_open_space_and_the_partner() -> None:
    kind = DeliveryKind.SPACE_RETURN
    open_space, over = Space(id=4), Space(id=4, returned_at=NOW)
    assert decide(delivery(kind), person(), subject=Subject(partner=PARTNER)) == SPACE_CLOSED
    assert decide(delivery(kind), person(), subject=Subject(space=over)) == SPACE_CLOSED
    assert decide(delivery(kind), person(), subject=Subject(space=open_space)) == NO_PARTNER
    both = Subject(space=open_space, partner=PARTNER)
    assert decide(delivery(kind), person(), subject=both) == SEND


def test_practice_needs_nothing_and_an_unknown_kind_is_dropped() -> None:
    assert decide(delivery(DeliveryKind.PRACTISE), person(), subject=Subject()) == SEND
    assert decide(delivery("horoscope"), person(), subject=Subject()) == UNKNOWN_KIND


def test_the_rules_apply_in_one_order() -> None:
    """Unreachable before late, late before what it is about, that before a hold."""
    late = delivery(due=NOW - timedelta(hours=1))
    gone = Subject()
    assert decide(late, None, at=AT, subject=gone) == INACTIVE
    assert decide(late, person(paused=True), at=AT, subject=gone) == STALE
    assert decide(delivery(), person(paused=True), at=AT, subject=gone) == NO_PARTNER


def test_every_skip_names_a_closed_status_and_a_reason() -> None:
    for skip in (INACTIVE, STALE, EXPIRED, NO_PARTNER, PROMISE_CLOSED, SPACE_CLOSED, UNKNOWN_KIND):
        assert isinstance(skip, Skip) and skip.reason
        assert skip.status in {
            DeliveryStatus.INACTIVE,
            DeliveryStatus.SKIPPED,
            DeliveryStatus.EXPIRED,
            DeliveryStatus.DROPPED,
        }


def test_what_a_claimed_row_becomes() -> None:
    later = NOW + timedelta(hours=1)
    assert row_status(SEND, NOW) == (DeliveryStatus.SENDING, NOW)
    assert row_status(STALE, NOW) == (DeliveryStatus.SKIPPED, NOW)
    assert row_status(Hold(None), NOW) == (DeliveryStatus.HELD, NOW)
    assert row_status(Hold(later), NOW) == (DeliveryStatus.PENDING, later)


def test_the_stored_strings_are_unchanged() -> None:
    """No migration: the enums' values are the strings already in the database."""
    assert [s.value for s in DeliveryStatus] == [
        "pending", "held", "sending", "sent", "skipped", "expired", "inactive", "dropped", "failed"
    ]  # fmt: skip
    assert [k.value for k in DeliveryKind] == [
        "prompt", "checkin", "practise", "promise_before", "promise_at", "promise_followup",
        "space_return", "relay", "undelivered",  # the last two since migration 0006
    ]  # fmt: skip


RELAY_KINDS = [DeliveryKind.RELAY, DeliveryKind.UNDELIVERED]


@pytest.mark.parametrize("kind", RELAY_KINDS)
def test_a_relay_is_never_held_by_quiet_hours_or_a_pause(kind: str) -> None:
    quiet = person(quiet_start=time(11), quiet_end=time(13))
    assert decide(delivery(kind), quiet, at=AT) == SEND
    assert decide(delivery(kind), person(paused=True), at=AT) == SEND
    assert decide(delivery(kind), person(pause_until=NOW + timedelta(hours=2)), at=AT) == SEND


@pytest.mark.parametrize("kind", RELAY_KINDS)
def test_a_relay_is_late_only_past_its_own_expiry(kind: str) -> None:
    """The grace after downtime is for reminders; a relay means something until it expires."""
    hour_late = delivery(kind, due=NOW - timedelta(hours=1), expires=NOW + timedelta(minutes=1))
    assert decide(hour_late, person(), at=AT) == SEND
    gone = delivery(kind, due=NOW - timedelta(hours=1), expires=NOW - timedelta(seconds=1))
    assert decide(gone, person(), at=AT) == EXPIRED
    assert decide(delivery(kind, expires=None), person(), at=AT) == SEND


@pytest.mark.parametrize("kind", RELAY_KINDS)
def test_a_relay_to_someone_unreachable_is_inactive(kind: str) -> None:
    assert decide(delivery(kind), person(is_active=False), at=AT) == INACTIVE
    assert decide(delivery(kind), None, at=AT) == INACTIVE


def test_the_note_about_an_undelivered_relay_needs_whom_it_missed() -> None:
    note = delivery(DeliveryKind.UNDELIVERED)
    assert decide(note, person(), subject=Subject(partner=None)) == NO_PARTNER
    assert decide(note, person(), subject=Subject(partner=PARTNER)) == SEND
    assert decide(delivery(DeliveryKind.RELAY), person(), subject=Subject()) == SEND
