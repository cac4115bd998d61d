"""Prompts, bids, /record and scheduled messages speak the reader's language.

A pseudo-translation stands in for a real catalogue: every msgid comes back wrapped in
«», so any text that skipped the catalogue shows up without them, and placeholders
still have to survive translation to be filled.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from bot.scheduled import render
from db.models import Delivery
from domain.content import bids, nudges
from domain.i18n import speaking
from tests.support.factories import make_pair
from tests.support.pseudo import wrap_languages

PSEUDO = "de"
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def pseudo(monkeypatch: pytest.MonkeyPatch) -> None:
    wrap_languages(monkeypatch, {PSEUDO})


def test_english_is_unchanged_outside_a_language() -> None:
    assert bids.BID_TEMPLATES[0].label == "Rough day: you to myself tonight?"
    assert nudges.space_back_label() == "I'm back"


def test_bid_templates_and_answers_are_in_the_current_language() -> None:
    with speaking(PSEUDO):
        for template in bids.BID_TEMPLATES:
            assert template.label.startswith("«") and template.text.startswith("«")
        for option in bids.REPLY_OPTIONS:
            assert option.label.startswith("«")
            assert option.relay("Sam").startswith("«<b>Sam</b>")
        texts = [
            bids.bid_intro(),
            bids.bid_own_label(),
            bids.bid_send_label(),
            bids.bid_cancel_label(),
            bids.bid_preview("dinner"),
            bids.bid_for_partner("Alex", "dinner"),
            bids.reply_time_question("Alex", "later"),
            bids.reply_time_question("Alex", "tomorrow"),
            bids.bid_planned_for_bidder("Sam", "19:30"),
        ]
    assert all(text.startswith("«") for text in texts), texts


def test_nudges_are_in_the_current_language() -> None:
    with speaking(PSEUDO):
        texts = [
            nudges.relayed_reassurance("Sam", "hi"),
            nudges.checkin_reminder("Sam"),
            nudges.promise_confirm(["18:30"]),
            nudges.promise_confirm(["18:20", "18:30"]),
            nudges.promise_confirm(["tomorrow 08:50", "tomorrow 09:00"]),
            nudges.late_label(10),
            nudges.promise_outcome_for_partner("Sam", "call", "done"),
            nudges.promise_outcome_for_partner("Sam", "call", "couldnt"),
            nudges.space_told_partner("Sam", "18:30"),
            nudges.space_moved_for_partner("Sam", "18:30"),
            nudges.space_more_label(),
            nudges.record_empty(),
            nudges.record_together(),
            *(label for _, label in nudges.promise_answers()),
        ]
    assert all(text.startswith("«") for text in texts), texts
    assert texts[5] == "«+10 min»"


@pytest.mark.parametrize(
    ("count", "part", "mine", "shown"),
    [
        (2, 0, False, "«Promises kept on time: <b>2</b>»"),
        (1, 1, False, "«Promises kept: <b>1</b> (at a new time Sam gave you in advance)»"),
        (3, 3, True, "«Promises kept: <b>3</b> (all at a new time you gave in advance)»"),
        (3, 1, True, "«Promises kept: <b>3</b> (2 on time, 1 at a new time you gave in advance)»"),
    ],
)
def test_record_lines_are_whole_sentences_in_the_current_language(
    count: int, part: int, mine: bool, shown: str
) -> None:
    with speaking(PSEUDO):
        assert nudges.record_promises_line(count, part, "Sam", mine) == shown
        assert nudges.record_line("checkins", 4) == "«Check-ins held: <b>4</b>»"
        assert nudges.record_pair_line("bids_answered", 2, "Sam", True) == (
            "«Sam's direct asks answered: <b>2</b>»"
        )
        assert nudges.record_pair_line("exercises", 3, "Sam", True, 2) == (
            "«Calm exercises done: <b>3</b> (2 left you feeling better)»"
        )


async def test_a_scheduled_message_is_written_in_its_recipients_language(
    session: AsyncSession,
) -> None:
    alex, sam = await make_pair(session, now=NOW)
    sam.language = PSEUDO
    delivery = Delivery(
        id=7, user_id=sam.id, kind="prompt", occurrence_at=NOW, due_at=NOW, status="pending"
    )
    delivery.attempts = 0
    outgoing = await render(session, delivery, sam, default_zone="UTC")
    assert outgoing is not None
    assert outgoing.text.startswith("«")
    labels = [label for row in outgoing.buttons for label, _ in row]
    assert labels and all(label.startswith("«") for label in labels), labels
    # Nothing leaks: the next message, to Alex in English, is English.
    practise = Delivery(
        id=8, user_id=alex.id, kind="practise", occurrence_at=NOW, due_at=NOW, status="pending"
    )
    practise.attempts = 0
    english = await render(session, practise, alex, default_zone="UTC")
    assert english is not None and english.text in nudges.PRACTISE_LINES
