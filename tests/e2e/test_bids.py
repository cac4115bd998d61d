"""/bid end to end: compose, preview, send, answer with a tap or own words, relay back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import URL

from bot import texts
from bot.app import AnyApplication
from bot.handlers.bids import REPLY_ROWS
from db.models import Bid
from db.session import make_engine, make_sessionmaker
from domain.content.bids import (
    BID_TEMPLATES,
    REPLY_OPTIONS_BY_KEY,
    bid_cancelled,
    bid_own_label,
    bid_preview_stale,
    reply_own_prompt,
    reply_sent,
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
    assert composer.button_texts() == [t.label for t in BID_TEMPLATES] + [bid_own_label()]
    await alex.press(HARD_DAY.label)
    preview = await alex.next_message()
    assert HARD_DAY.text in preview.plain_text
    await alex.press("Send it")
    assert (await alex.next_message()).plain_text  # the sent note
    received = await sam.next_message()
    assert HARD_DAY.text in received.plain_text and "Alex" in received.plain_text
    return received


async def test_template_bid_answered_later_today_becomes_a_plan(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL, clock: FakeClock
) -> None:
    """ "Later today" asks Sam for a time; Alex hears exactly what Sam chose, then the
    time; the time is kept like a promise: reminded, answered, relayed."""
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    received = await send_template_bid(alex, sam)
    assert received.button_texts() == [
        REPLY_OPTIONS_BY_KEY[key].label for row in REPLY_ROWS for key in row
    ]
    await sam.press("🕓 Later today")
    question = await sam.next_message()
    assert "What time today?" in question.plain_text and "Alex" in question.plain_text
    assert question.button_texts() == [
        "🕓 12:00",
        "🕓 15:00",
        "🕓 18:00",
        "🕓 20:00",
        "Type a time",
    ]
    chose = (await alex.next_message()).plain_text
    assert chose == "Sam answered your ask with “🕓 Later today” and is choosing a time now."
    assert received.buttons == []
    noon = question.buttons[0][0].callback_data or ""
    await sam.press("🕓 18:00")
    assert "18:00" in (await sam.next_message()).plain_text
    assert "Sam set a time for your ask: 18:00" in (await alex.next_message()).plain_text
    await sam.press_forged(noon, question)
    assert await sam.last_callback_answer() == texts.button_expired()  # chosen once
    [row] = await bids_in(database_url)
    assert (row.sender_id, row.recipient_id, row.answer) == (alex.id, sam.id, "later")
    assert row.text == HARD_DAY.text
    clock.advance(hours=8, minutes=50)
    reminder = await sam.next_message()
    assert (
        "In 10 minutes (18:00)" in reminder.plain_text and HARD_DAY.text[:20] in reminder.plain_text
    )
    await sam.press("✅ Done", message=reminder)
    await sam.next_message()
    assert "kept their promise" in (await alex.next_message()).plain_text


async def test_tomorrow_with_a_typed_time(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await send_template_bid(alex, sam)
    await sam.press("📅 Tomorrow")
    question = await sam.next_message()
    assert question.button_texts()[:4] == [
        "🕓 tomorrow 09:00",
        "🕓 tomorrow 13:00",
        "🕓 tomorrow 18:00",
        "🕓 tomorrow 20:00",
    ]
    await alex.next_message()
    await sam.press("Type a time")
    assert "What time?" in (await sam.next_message()).plain_text
    await sam.send("whenever")
    assert "couldn't read “whenever”" in (await sam.next_message()).plain_text
    await sam.send("26h")
    assert "tomorrow 11:00" in (await sam.next_message()).plain_text
    assert "set a time for your ask: tomorrow 11:00" in (await alex.next_message()).plain_text


async def test_send_under_an_older_preview_sends_nothing(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/bid")
    await alex.next_message()
    await alex.press(BID_TEMPLATES[0].label)
    old = await alex.next_message()
    send_old = old.find_button("Send it")
    assert send_old is not None
    await alex.press("Change it")
    await alex.next_message()
    await alex.press(BID_TEMPLATES[1].label)
    new = await alex.next_message()
    assert BID_TEMPLATES[1].text in new.plain_text
    await alex.press_forged(send_old.callback_data or "", old)
    assert await alex.last_callback_answer() == bid_preview_stale()
    await sam.expect_no_message(within=0.3)
    assert await bids_in(database_url) == []
    await alex.press("Send it", message=new)
    await alex.next_message()
    assert BID_TEMPLATES[1].text in (await sam.next_message()).plain_text


async def test_own_words_both_ways_are_escaped(tg: FakeTelegram, bot: AnyApplication) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/bid")
    await alex.next_message()
    await alex.press(bid_own_label())
    await alex.next_message()
    await alex.send("x" * 1001)
    assert "under 1000 characters" in (await alex.next_message()).plain_text
    await alex.send("Can we <b>talk</b> & hug tonight?")
    preview = await alex.next_message()
    assert "Can we <b>talk</b> & hug tonight?" in preview.plain_text
    await alex.press("Change it")
    await alex.next_message()
    await alex.press(bid_own_label())
    await alex.next_message()
    await alex.send("Can we <b>talk</b> & hug tonight?")
    await alex.next_message()
    await alex.press("Send it")
    await alex.next_message()
    received = await sam.next_message()
    assert "Can we <b>talk</b> & hug tonight?" in received.plain_text
    await sam.press("✍️ Write my own reply")
    assert (await sam.next_message()).text == reply_own_prompt()
    await sam.send("Yes <3 after dinner & a walk")
    assert (await sam.next_message()).plain_text == reply_sent()
    assert "Yes <3 after dinner & a walk" in (await alex.next_message()).plain_text


async def test_only_the_recipient_answers_and_only_once(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    received = await send_template_bid(alex, sam)
    [row] = await bids_in(database_url)
    await alex.press_forged(f"bidr:{row.id}:yes", alex.messages[-1])  # the sender
    assert await alex.last_callback_answer() == texts.button_expired()
    eve = tg.user("Eve")
    await eve.send("/start")
    await eve.press_forged(f"bidr:{row.id}:yes", await eve.next_message())
    assert await eve.next_callback_answer() == texts.button_expired()
    await sam.press("💛 Yes", message=received)
    await sam.next_message()
    # The relay's wording rotates with the bid id, which PostgreSQL's sequence carries over
    # from earlier tests: the expected line is the one for this bid.
    assert (await alex.next_message()).text == REPLY_OPTIONS_BY_KEY["yes"].relay("Sam", row.id)
    await sam.press_forged(f"bidr:{row.id}:tomorrow", received)
    assert await sam.last_callback_answer() == texts.button_expired()
    assert (await bids_in(database_url))[0].answer == "yes"


async def test_not_now_unpaired_and_unreachable(tg: FakeTelegram, bot: AnyApplication) -> None:
    kim = tg.user("Kim")
    await kim.send("/bid")
    assert (await kim.next_message()).plain_text == texts.needs_pair()
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/bid")
    await alex.next_message()
    await alex.press(HARD_DAY.label)
    await alex.next_message()
    await alex.press("Not now")
    assert (await alex.next_message()).plain_text == bid_cancelled()
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
