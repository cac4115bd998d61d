"""Domain rules the handlers used to hold: when a prompt or check-in press still acts,
who sets prompt times, which bid composer button acts at which step, a promise's time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from db.models import Delivery, User
from domain.accounts import offers_reassurance
from domain.answers import prompt_answerable, prompt_lapsed
from domain.bids import ComposerButton, composer_accepts
from domain.commitments import promise_due
from domain.policy import MEANINGFUL_FOR

NOW = datetime(2026, 3, 28, 21, 0, tzinfo=UTC)


def prompt(**changes: object) -> Delivery:
    values: dict[str, object] = {
        "kind": "prompt",
        "user_id": 1,
        "status": "sent",
        "acted_at": None,
        "due_at": NOW - timedelta(minutes=5),
    }
    values.update(changes)
    return Delivery(**values)


def test_a_prompt_acts_once_for_its_recipient_until_it_lapses() -> None:
    assert prompt_answerable(prompt(), 1, NOW)
    assert prompt_answerable(prompt(status="sending"), 1, NOW)  # a tap beat the bookkeeping
    assert not prompt_answerable(None, 1, NOW)
    assert not prompt_answerable(prompt(), 2, NOW)  # someone else's
    assert not prompt_answerable(prompt(kind="checkin"), 1, NOW)
    assert not prompt_answerable(prompt(acted_at=NOW), 1, NOW)  # answered already
    assert not prompt_answerable(prompt(status="expired"), 1, NOW)
    late = NOW + MEANINGFUL_FOR["prompt"]
    assert not prompt_answerable(prompt(), 1, late)
    assert prompt_lapsed(prompt(), 1) and not prompt_lapsed(prompt(), 2)
    assert not prompt_lapsed(prompt(acted_at=NOW), 1)


@pytest.mark.parametrize(
    ("role", "offers"), [("partner", True), ("both", True), ("anxious", False), (None, False)]
)
def test_who_sets_reassurance_prompt_times(role: str | None, offers: bool) -> None:
    assert offers_reassurance(User(role=role)) is offers


def test_each_composer_button_acts_only_at_its_step() -> None:
    choosing = {b for b in ComposerButton if composer_accepts("choose", b)}
    previewing = {b for b in ComposerButton if composer_accepts("preview", b)}
    assert choosing == {ComposerButton.TEMPLATE, ComposerButton.OWN}
    assert previewing == {
        ComposerButton.CHANGE,
        ComposerButton.CANCEL,
        ComposerButton.SEND,
        ComposerButton.ANYWAY,
    }
    assert not any(composer_accepts("own", b) for b in ComposerButton)  # typing own words


def test_a_promise_falls_due_at_the_next_local_time_or_after_a_delay() -> None:
    assert promise_due("21:30", "UTC", NOW) == NOW + timedelta(minutes=30)
    assert promise_due("20:00", "UTC", NOW) == NOW + timedelta(hours=23)  # tomorrow
    # Berlin springs forward on 29 March 2026: 09:00 local is 07:00 UTC that day.
    assert promise_due("09:00", "Europe/Berlin", NOW) == datetime(2026, 3, 29, 7, tzinfo=UTC)
    assert promise_due("45m", "UTC", NOW) == NOW + timedelta(minutes=45)
    assert promise_due("2h", "UTC", NOW) == NOW + timedelta(hours=2)
    assert promise_due("soon", "UTC", NOW) is None
