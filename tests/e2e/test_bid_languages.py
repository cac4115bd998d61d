"""A bid between two languages: each person reads Steady's words in their own.

A pseudo-catalogue stands in for German: every msgid comes back wrapped in «», so the
partner's copy, their reply buttons and the relay back show whose language they are in.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator

import pytest

from bot.app import AnyApplication
from domain import i18n
from domain.content.bids import BID_TEMPLATES
from tests.e2e.test_pairing import pair_up
from tests.fakebot import FakeTelegram


class _Pseudo(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return f"«{message}»"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"«{msgid1 if n == 1 else msgid2}»"

    def pgettext(self, context: str, message: str) -> str:
        return f"«{message}»"


@pytest.fixture(autouse=True)
def pseudo_german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    english = i18n.translations

    def translations(locale: str) -> gettext.NullTranslations:
        return _Pseudo() if locale == "de" else english(locale)

    monkeypatch.setattr(i18n, "translations", translations)
    yield


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
