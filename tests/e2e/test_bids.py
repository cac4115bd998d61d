"""/bid end to end: compose, preview, send, answer with a tap or own words, relay back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import URL

from bot import texts
from bot.app import AnyApplication
from db.models import Bid
from db.session import make_engine, make_sessionmaker
from domain.content.bids import (
    BID_CANCELLED,
    BID_OWN_LABEL,
    BID_TEMPLATES,
    REPLY_OPTIONS_BY_KEY,
    REPLY_OWN_PROMPT,
    REPLY_SENT,
)
from domain.content.reroute import REROUTE_OPTIONS
from tests.e2e.test_pairing import pair_up
from tests.fakebot import ChatMessage, FakeTelegram, SimUser
from tests.support.clock import FakeClock

HARD_DAY = BID_TEMPLATES[0]


async def bids_in(url: URL) -> list[Bid]:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            return list(await session.scalars(select(Bid).order_by(Bid.id)))
    finally:
        await engine.dispose()


async def send_template_bid(alex: SimUser, sam: SimUser) -> ChatMessage:
    """Alex sends the first template; returns what Sam receives."""
    await alex.send("/bid")
    composer = await alex.next_message()
    assert composer.button_texts() == [t.label for t in BID_TEMPLATES] + [BID_OWN_LABEL]
    await alex.press(HARD_DAY.label)
    preview = await alex.next_message()
    assert HARD_DAY.text in preview.plain_text
    await alex.press("Send it")
    assert (await alex.next_message()).plain_text  # the sent note
    received = await sam.next_message()
    assert HARD_DAY.text in received.plain_text and "Alex" in received.plain_text
    return received


async def test_template_bid_answered_later_today(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    received = await send_template_bid(alex, sam)
    assert received.button_texts() == [o.label for o in REPLY_OPTIONS_BY_KEY.values()]
    await sam.press("🕓 Later today")
    assert (await sam.next_message()).plain_text == REPLY_SENT
    relayed = await alex.next_message()
    assert (
        relayed.plain_text.startswith("Sam says:") and "later today" in relayed.plain_text.lower()
    )
    assert received.buttons == []
    [row] = await bids_in(database_url)
    assert (row.sender_id, row.recipient_id, row.answer) == (alex.id, sam.id, "later")
    assert row.text == HARD_DAY.text


async def test_own_words_both_ways_are_escaped(tg: FakeTelegram, bot: AnyApplication) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/bid")
    await alex.next_message()
    await alex.press(BID_OWN_LABEL)
    await alex.next_message()
    await alex.send("x" * 1001)
    assert "under 1000 characters" in (await alex.next_message()).plain_text
    await alex.send("Can we <b>talk</b> & hug tonight?")
    preview = await alex.next_message()
    assert "Can we <b>talk</b> & hug tonight?" in preview.plain_text
    await alex.press("Change it")
    await alex.next_message()
    await alex.press(BID_OWN_LABEL)
    await alex.next_message()
    await alex.send("Can we <b>talk</b> & hug tonight?")
    await alex.next_message()
    await alex.press("Send it")
    await alex.next_message()
    received = await sam.next_message()
    assert "Can we <b>talk</b> & hug tonight?" in received.plain_text
    await sam.press("✍️ Write my own reply")
    assert (await sam.next_message()).text == REPLY_OWN_PROMPT
    await sam.send("Yes <3 after dinner & a walk")
    assert (await sam.next_message()).plain_text == REPLY_SENT
    assert "Yes <3 after dinner & a walk" in (await alex.next_message()).plain_text


async def test_only_the_recipient_answers_and_only_once(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    received = await send_template_bid(alex, sam)
    [row] = await bids_in(database_url)
    await alex.press_forged(f"bidr:{row.id}:yes", alex.messages[-1])  # the sender
    assert await alex.last_callback_answer() == texts.BUTTON_EXPIRED
    eve = tg.user("Eve")
    await eve.send("/start")
    await eve.press_forged(f"bidr:{row.id}:yes", await eve.next_message())
    assert await eve.next_callback_answer() == texts.BUTTON_EXPIRED
    await sam.press("💛 Yes", message=received)
    await sam.next_message()
    # The relay's wording rotates with the bid id, which PostgreSQL's sequence carries over
    # from earlier tests: the expected line is the one for this bid.
    assert (await alex.next_message()).text == REPLY_OPTIONS_BY_KEY["yes"].relay("Sam", row.id)
    await sam.press_forged(f"bidr:{row.id}:tomorrow", received)
    assert await sam.last_callback_answer() == texts.BUTTON_EXPIRED
    assert (await bids_in(database_url))[0].answer == "yes"


async def test_not_now_unpaired_and_unreachable(tg: FakeTelegram, bot: AnyApplication) -> None:
    kim = tg.user("Kim")
    await kim.send("/bid")
    assert (await kim.next_message()).plain_text == texts.NEEDS_PAIR
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/bid")
    await alex.next_message()
    await alex.press(HARD_DAY.label)
    await alex.next_message()
    await alex.press("Not now")
    assert (await alex.next_message()).plain_text == BID_CANCELLED
    await sam.expect_no_message()

    tg.block(sam.id, notify=False)
    await alex.send("/bid")
    await alex.next_message()
    await alex.press(HARD_DAY.label)
    await alex.next_message()
    await alex.press("Send it")
    assert (await alex.next_message()).plain_text.startswith("Sent.")
    # The relay goes through the outbox; Telegram's refusal comes back as a note of its own.
    assert "couldn't deliver that to Sam" in (await alex.next_message()).plain_text


async def test_repeated_bids_get_a_gentle_pause(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    for _ in range(2):
        await send_template_bid(alex, sam)
        clock.advance(minutes=1)
    await alex.send("/bid")
    pause = await alex.next_message()
    assert pause.button_texts() == [label for _, label in REROUTE_OPTIONS]
    await alex.press("Carry on as before")
    assert "What would you like to ask for?" in (await alex.next_message()).plain_text
    clock.advance(minutes=11)
    await alex.send("/bid")
    assert "What would you like to ask for?" in (await alex.next_message()).plain_text
