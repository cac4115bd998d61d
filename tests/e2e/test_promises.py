"""Promises that tell the truth in time, and space that says what was asked (issue 17,
points 1 and 4): every reminder can be answered, "running late" gives the partner the new
time before they wait, "couldn't" offers a next step, and /space reads its duration."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import URL

from bot import texts
from bot.app import AnyApplication
from db.models import Delivery, DeliveryKind, Promise, Space
from db.session import make_engine, make_sessionmaker
from domain.content.nudges import (
    PROMISE_ACKS,
    PROMISE_ANSWERS,
    promise_late_type_label,
    promise_new_time_label,
    promise_talk_label,
)
from tests.e2e.test_schedules import setup_couple
from tests.fakebot import FakeTelegram
from tests.support.clock import FakeClock

LABEL = dict(PROMISE_ANSWERS)


async def rows_of(url: URL, model: type) -> list:  # type: ignore[type-arg]
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            return list(await session.scalars(select(model).order_by(model.id)))
    finally:
        await engine.dispose()


async def test_the_confirmation_names_exactly_the_reminders_that_come(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/promise 1m text you")
    soon = (await sam.next_message()).plain_text
    assert "at the time itself, 09:01" in soon and "10 minutes" not in soon
    await alex.next_message()
    await sam.send("/promise 30m call you")
    later = (await sam.next_message()).plain_text
    assert "nudge you at 09:20 and 09:30" in later
    await alex.next_message()


async def test_late_at_the_reminder_before_tells_the_partner_before_anyone_waits(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock, database_url: URL
) -> None:
    """Answered "running late" at the 10-minutes-before reminder with a typed time: the
    partner hears the new time at once, one reminder comes then, and after "done" no
    follow-up comes."""
    alex, sam = await setup_couple(tg)
    await alex.send("/timezone Europe/Berlin")
    await alex.next_message()
    await sam.send("/promise 30m call you")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=20)
    before = await sam.next_message()
    assert "In 10 minutes" in before.plain_text
    assert before.button_texts() == [label for _, label in PROMISE_ANSWERS]
    await sam.press(LABEL["late"], message=before)
    question = await sam.next_message()
    assert question.button_texts() == ["+10 min", "+20 min", "+30 min", promise_late_type_label()]
    await sam.press(promise_late_type_label())
    assert "What time will it be?" in (await sam.next_message()).plain_text
    await sam.send("soonish")
    assert "couldn't read “soonish”" in (await sam.next_message()).plain_text
    await sam.send("09:50")
    assert "I've told them: 09:50" in (await sam.next_message()).plain_text
    told = (await alex.next_message()).plain_text
    assert "running a little late" in told and "10:50" in told  # Alex's own zone
    clock.advance(minutes=10)  # the old 09:30 passes quietly
    await sam.expect_no_message(within=0.3)
    clock.advance(minutes=20)
    at_time = await sam.next_message()
    assert "It's time" in at_time.plain_text
    await sam.press(LABEL["done"], message=at_time)
    assert (await sam.next_message()).plain_text == PROMISE_ACKS["done"]
    assert "kept their promise" in (await alex.next_message()).plain_text
    clock.advance(minutes=30)
    await sam.expect_no_message(within=0.3)  # no follow-up after an answer
    (promise,) = await rows_of(database_url, Promise)
    assert (promise.outcome, promise.ran_late) == ("done", True)
    open_rows = [
        d for d in await rows_of(database_url, Delivery) if d.status in ("pending", "held")
    ]
    assert open_rows == []


async def test_answered_at_the_time_so_no_follow_up_comes(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/promise 5m text you")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=5)
    at_time = await sam.next_message()
    late_data = at_time.find_button(LABEL["late"]).callback_data  # type: ignore[union-attr]
    await sam.press(LABEL["done"], message=at_time)
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=20)
    await sam.expect_no_message(within=0.3)
    await sam.press_forged(str(late_data), at_time)  # a second tap, late: it has expired
    assert await sam.last_callback_answer() == texts.button_expired()


async def test_couldnt_tells_the_partner_kindly_and_offers_a_new_time(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock, database_url: URL
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/promise 5m text you")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=5)
    await sam.press(LABEL["couldnt"], message=await sam.next_message())
    ack = await sam.next_message()
    assert ack.plain_text == PROMISE_ACKS["couldnt"]
    assert ack.button_texts() == [promise_new_time_label(), promise_talk_label()]
    assert "couldn't manage" in (await alex.next_message()).plain_text
    await sam.press(promise_new_time_label())
    assert "When could you do it instead?" in (await sam.next_message()).plain_text
    await sam.send("2h")
    assert "11:05" in (await sam.next_message()).plain_text
    told = (await alex.next_message()).plain_text
    assert "made you a promise for 11:05" in told and "text you" in told
    first, second = await rows_of(database_url, Promise)
    assert (first.outcome, second.outcome, second.text) == ("couldnt", None, "text you")


async def test_couldnt_can_open_a_bid_to_talk(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/promise 5m text you")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=5)
    await sam.press(LABEL["couldnt"], message=await sam.next_message())
    await sam.next_message()
    await alex.next_message()
    await sam.press(promise_talk_label())
    assert "What would you like to ask for?" in (await sam.next_message()).plain_text


async def test_space_reads_its_duration_or_says_how(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = await setup_couple(tg)
    for bad in ("-1", "1.5", "30sec", "3", "13h", "1.5h a walk"):
        await sam.send(f"/space {bad}")
        assert (await sam.next_message()).plain_text.startswith("Say how long you need")
    await alex.expect_no_message(within=0.2)
    await sam.send("/space 30min a walk")
    assert "09:30" in (await sam.next_message()).plain_text
    told = (await alex.next_message()).plain_text
    assert "09:30" in told and "a walk" in told and "min" not in told.split("walk")[0][-8:]
    assert await rows_of(database_url, Space) != []


async def test_a_second_space_replaces_the_open_one(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock, database_url: URL
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/space 30")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=5)
    await sam.send("/space 2h")
    assert "11:05" in (await sam.next_message()).plain_text
    assert "changed their return time" in (await alex.next_message()).plain_text
    (space,) = await rows_of(database_url, Space)
    returns = [
        d
        for d in await rows_of(database_url, Delivery)
        if d.kind == DeliveryKind.SPACE_RETURN and d.status == "pending"
    ]
    assert len(returns) == 1 and returns[0].due_at == space.return_at
    clock.advance(minutes=25)  # the first one's 09:30 passes: nothing
    await sam.expect_no_message(within=0.3)
    clock.advance(minutes=95)
    assert "time to go back" in (await sam.next_message()).plain_text
