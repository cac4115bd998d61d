"""Updates from different people run side by side; one person's stay in order (bot/updates.py).

Before, updates ran one at a time: a reply held up at Telegram (a 429 waited out, a slow
answer) made everyone else wait behind it.
"""

from __future__ import annotations

import asyncio

from bot.app import AnyApplication
from bot.config import Settings
from bot.updates import PerPersonUpdates
from tests.fakebot import FakeTelegram
from tests.support.app import running_bot
from tests.support.clock import FakeClock

HELD_SECONDS = 3.0


async def test_a_reply_held_up_for_one_person_does_not_hold_up_another(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, bea = tg.user("Alex"), tg.user("Bea")
    tg.delay_next("sendMessage", HELD_SECONDS, chat_id=alex.id)
    await alex.send("/help")
    assert await tg._wait_until(lambda: tg.calls_held == 1, 2)
    await bea.send("/help")
    assert "/calm" in (await bea.next_message(timeout=HELD_SECONDS - 0.5)).plain_text
    assert tg.calls_held == 1  # Alex's reply is still on its way
    assert "/calm" in (await alex.next_message(timeout=HELD_SECONDS + 2)).plain_text


async def test_one_persons_messages_are_handled_in_the_order_sent(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    """Each /timezone waits for the one before, even when the first reply is held up."""
    kim = tg.user("Kim")
    zones = ["Europe/Berlin", "Asia/Tokyo", "America/Chicago", "Europe/Lisbon", "UTC"]
    tg.delay_next("sendMessage", 0.5, chat_id=kim.id)
    for zone in zones:
        await kim.send(f"/timezone {zone}")
    replies = [(await kim.next_message(timeout=5)).plain_text for _ in zones]
    assert [zone for reply in replies for zone in zones if f"set to {zone};" in reply] == zones
    await kim.send("/timezone")
    assert "Your time zone is UTC" in (await kim.next_message()).plain_text
    processor = bot.update_processor
    assert isinstance(processor, PerPersonUpdates)
    for _ in range(200):  # the last update closes its scope just after its reply
        if processor.people_waiting == 0:
            break
        await asyncio.sleep(0.01)
    assert processor.people_waiting == 0  # nothing left behind


RETRY_AFTER = 3


async def test_a_429_on_one_chat_holds_up_that_chat_only(
    tg: FakeTelegram, settings: Settings, clock: FakeClock
) -> None:
    """With the shared send budget on (as in production), Telegram's 429 on Alex's chat
    delays Alex's reply by its retry_after; Bea, Cai and Dee are answered meanwhile."""
    alex = tg.user("Alex")
    others = [tg.user(name) for name in ("Bea", "Cai", "Dee")]
    budgeted = settings.model_copy(update={"send_rate_per_second": 30})
    async with running_bot(budgeted, clock):
        tg.fail_next(
            "sendMessage",
            error_code=429,
            description=f"Too Many Requests: retry after {RETRY_AFTER}",
            retry_after=RETRY_AFTER,
            chat_id=alex.id,
        )
        await alex.send("/help")
        assert await tg._wait_until(lambda: bool(tg.requests_for("sendMessage")), 2)
        for person in others:
            await person.send("/help")
        for person in others:
            reply = await person.next_message(timeout=RETRY_AFTER - 1)
            assert "/calm" in reply.plain_text
        assert not tg.sent_to(alex.id)  # still waiting out its retry_after
        assert "/calm" in (await alex.next_message(timeout=RETRY_AFTER + 3)).plain_text
        sends = tg.requests_for("sendMessage")
        to_alex = [r.status for r in sends if int(r.params["chat_id"]) == alex.id]
        assert to_alex == [429, 200]
