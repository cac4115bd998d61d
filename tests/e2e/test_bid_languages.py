"""A bid between two languages: each person reads Steady's words in their own.

A pseudo-catalogue stands in for German: every msgid comes back wrapped in «», so the
partner's copy, their reply buttons and the relay back show whose language they are in.
"""

from __future__ import annotations

import pytest

from bot.app import AnyApplication
from domain.content.bids import BID_TEMPLATES
from tests.e2e.test_pairing import pair_up
from tests.fakebot import FakeTelegram
from tests.support.pseudo import wrap_languages


@pytest.fixture(autouse=True)
def pseudo_german(monkeypatch: pytest.MonkeyPatch) -> None:
    wrap_languages(monkeypatch, {"de"})


async def test_the_partner_reads_the_ask_and_its_buttons_in_their_language(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam", language_code="de")
    await pair_up(alex, sam)
    await alex.send("/bid")
    await alex.next_message()
    template = BID_TEMPLATES[0]
    await alex.press(template.label)  # Alex's own language: English
    assert template.text in (await alex.next_message()).plain_text
    await alex.press("Send it")
    await alex.next_message()
    received = await sam.next_message()
    # Steady's frame is Sam's; the ask is quoted as Alex previewed and sent it.
    assert received.plain_text.startswith("«") and f"“{template.text}”" in received.plain_text
    buttons = received.button_texts()
    assert buttons and all(label.startswith("«") for label in buttons), buttons
    await sam.press("«💛 Yes»", message=received)
    await sam.next_message()  # Sam's confirmation
    relay = await alex.next_message()
    assert "Sam" in relay.plain_text and "«" not in relay.plain_text
