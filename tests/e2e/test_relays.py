"""What one partner's action tells the other goes through the outbox (domain/relays.py):
written with the action, sent the moment it commits, retried on the partner's chat
without holding anyone up, in order, once.

Before, the handler sent relays itself after its transaction: a 429 on the partner's
chat held the sender's own update, and a crash between commit and send lost the relay.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import select
from sqlalchemy.engine import URL

from bot.app import AnyApplication
from bot.config import Settings
from db.models import Delivery, DeliveryKind
from db.session import make_engine, make_sessionmaker
from domain.content.bids import BID_TEMPLATES
from tests.e2e.test_schedules import setup_couple
from tests.fakebot import FakeTelegram
from tests.support.app import running_bot
from tests.support.clock import FakeClock

RETRY_AFTER = 3


async def relays_in(url: URL) -> list[Delivery]:
    """Relays and undelivered notes after the pairing notice `setup_couple` caused."""
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            kinds = (DeliveryKind.RELAY, DeliveryKind.UNDELIVERED)
            query = select(Delivery).where(Delivery.kind.in_(kinds)).order_by(Delivery.id)
            return list(await session.scalars(query))[1:]
    finally:
        await engine.dispose()


def statuses_to(tg: FakeTelegram, chat_id: int) -> list[int]:
    return [r.status for r in tg.requests_for("sendMessage") if int(r.params["chat_id"]) == chat_id]


async def test_a_relay_is_written_with_the_action_and_sent_once(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/space 30 going for a walk")
    assert "09:30" in (await sam.next_message()).plain_text
    notice = await alex.next_message()
    assert "Sam" in notice.plain_text and "going for a walk" in notice.plain_text
    await alex.expect_no_message(within=0.3)
    (row,) = await relays_in(database_url)
    assert (row.kind, row.status, row.user_id) == ("relay", "sent", alex.id)
    assert row.message_id == notice.message_id
    # The words were kept only until they were delivered.
    assert (row.body, row.buttons, row.sender_id) == (None, None, None)
    assert row.expires_at is not None and row.expires_at > row.due_at
    metrics = bot.bot_data.metrics
    # The pairing notice and this one.
    assert metrics.value("steady_messages_sent_total", {"kind": "relay"}) == 2


async def test_a_bids_buttons_travel_with_it(tg: FakeTelegram, bot: AnyApplication) -> None:
    alex, sam = await setup_couple(tg)
    await alex.send("/bid")
    await alex.next_message()
    await alex.press(BID_TEMPLATES[0].label)
    await alex.next_message()
    await alex.press("Send it")
    await alex.next_message()
    received = await sam.next_message()
    assert [len(row) for row in received.buttons] == [2, 2, 1]  # the long one alone
    assert received.buttons[0][0].callback_data.startswith("bidr:")
    await sam.press(received.button_texts()[0])
    await sam.next_message()
    assert "Sam" in (await alex.next_message()).plain_text


async def test_a_429_on_the_partners_chat_holds_up_only_that_chat(
    tg: FakeTelegram, settings: Settings, clock: FakeClock
) -> None:
    """Sam's /promise is confirmed at once while Telegram makes Alex's chat wait; Bea is
    answered meanwhile; the relay reaches Alex after the wait, once."""
    budgeted = settings.model_copy(update={"send_rate_per_second": 30})
    async with running_bot(budgeted, clock):
        alex, sam = await setup_couple(tg)
        bea = tg.user("Bea")
        tg.fail_next(
            "sendMessage",
            error_code=429,
            description=f"Too Many Requests: retry after {RETRY_AFTER}",
            retry_after=RETRY_AFTER,
            chat_id=alex.id,
        )
        await sam.send("/promise 30m call you")
        assert "09:30" in (await sam.next_message(timeout=1)).plain_text
        assert await tg._wait_until(lambda: statuses_to(tg, alex.id)[-1:] == [429], 2)
        # Time passes for the bot as for Telegram: a relay the dispatcher's run claimed
        # first (the tick can beat send_now) goes back to the outbox due after the wait,
        # on the bot's clock; one send_now claimed waits it out in place.
        clock.advance(seconds=RETRY_AFTER)
        await bea.send("/help")
        assert "/calm" in (await bea.next_message(timeout=1)).plain_text
        await sam.send("/help")
        assert "/calm" in (await sam.next_message(timeout=1)).plain_text
        relay = await alex.next_message(timeout=RETRY_AFTER + 3)
        assert "call you" in relay.plain_text
        await alex.expect_no_message(within=0.3)
        assert statuses_to(tg, alex.id)[-2:] == [429, 200]


async def test_a_5xx_on_the_partners_chat_is_retried_there(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = await setup_couple(tg)
    tg.fail_next("sendMessage", error_code=502, description="Bad Gateway", times=2, chat_id=alex.id)
    await sam.send("/space 20")
    await sam.next_message()
    assert "Sam" in (await alex.next_message(timeout=5)).plain_text
    await alex.expect_no_message(within=0.3)
    assert statuses_to(tg, alex.id)[-3:] == [502, 502, 200]
    (row,) = await relays_in(database_url)
    assert (row.status, row.attempts) == ("sent", 1)


async def test_one_chats_relays_arrive_in_the_order_they_were_made(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    """The promise is held up at Telegram; its 'kept' right after waits for it."""
    alex, sam = await setup_couple(tg)
    tg.delay_next("sendMessage", 1.0, chat_id=alex.id)
    await sam.send("/promise 30m call you")
    await sam.next_message()
    assert await tg._wait_until(lambda: tg.calls_held == 1, 2)
    await sam.send("/space 20")
    await sam.next_message()
    first = await alex.next_message(timeout=3)
    second = await alex.next_message(timeout=3)
    assert "call you" in first.plain_text and "20" not in first.plain_text
    assert "Sam" in second.plain_text and "space" in second.plain_text.lower()


async def test_an_unreachable_partner_is_told_to_the_sender_once(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = await setup_couple(tg)
    tg.block(alex.id, notify=False)
    await sam.send("/space 20")
    await sam.next_message()
    assert "couldn't deliver that to Alex" in (await sam.next_message()).plain_text
    # Now Alex is known unreachable: the next relay is not even tried, and Sam hears so.
    sent_before = len(tg.requests_for("sendMessage"))
    await sam.send("/promise 30m call you")
    await sam.next_message()
    assert "couldn't deliver that to Alex" in (await sam.next_message()).plain_text
    await sam.expect_no_message(within=0.3)
    to_alex = [
        r
        for r in tg.requests_for("sendMessage")[sent_before:]
        if int(r.params["chat_id"]) == alex.id
    ]
    assert to_alex == []
    rows = await relays_in(database_url)
    assert [(r.kind, r.status) for r in rows] == [
        ("relay", "inactive"),
        ("undelivered", "sent"),
        ("relay", "inactive"),
        ("undelivered", "sent"),
    ]
    assert all(r.body is None for r in rows)


async def test_a_relay_waits_for_no_one_and_is_never_held_by_quiet_hours(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    """Alex's quiet hours hold reminders, not what Sam just told them."""
    alex, sam = await setup_couple(tg)
    await alex.send("/quiet 08:00 10:00")
    await alex.next_message()
    await sam.send("/space 20")
    await sam.next_message()
    assert "Sam" in (await alex.next_message(timeout=2)).plain_text


async def test_after_the_deletion_notice_nobody_is_told_it_failed(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = await setup_couple(tg)
    tg.block(alex.id, notify=False)
    await sam.send("/deletedata")
    await sam.next_message()
    await sam.press("Delete my data")
    await asyncio.sleep(0.3)
    rows = await relays_in(database_url)
    assert [(r.kind, r.status, r.sender_id) for r in rows] == [("relay", "inactive", None)]
