"""Nothing acts twice: an edited command is not applied again, and a double tap answers
each button press exactly once (Telegram refuses a second answer)."""

from __future__ import annotations

import logging
from collections import Counter

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from bot import texts
from bot.app import AnyApplication
from db.models import Base, Promise, Space, User
from db.session import make_engine
from tests.e2e.test_pairing import pair_ids, pair_up
from tests.e2e.test_safety import is_crisis_reply
from tests.e2e.test_schedules import setup_couple
from tests.fakebot import FakeTelegram, SimUser


async def count(url: URL, model: type[Base]) -> int:
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return int(await conn.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        await engine.dispose()


def answers_per_query(tg: FakeTelegram) -> Counter[str]:
    """How many times the bot called answerCallbackQuery for each press."""
    return Counter(
        str(r.params["callback_query_id"]) for r in tg.requests_for("answerCallbackQuery")
    )


def assert_each_press_answered_once(tg: FakeTelegram, *people: SimUser) -> None:
    calls = tg.requests_for("answerCallbackQuery")
    assert calls and all(r.status == 200 for r in calls), [r.response for r in calls]
    assert set(answers_per_query(tg).values()) == {1}, answers_per_query(tg)
    for person in people:
        assert person.pending_callback_ids == []


def assert_quiet_log(caplog: pytest.LogCaptureFixture) -> None:
    """No traceback, nothing at WARNING or above (a second answer dropped would warn)."""
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]
    assert not loud, [(r.name, r.getMessage()) for r in loud]


# -- edits ------------------------------------------------------------------------------


async def test_an_edited_promise_makes_no_second_promise(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = await setup_couple(tg)
    sent = await sam.send("/promise 30m call you")
    assert "09:30" in (await sam.next_message()).plain_text
    assert "Sam made you a promise for 09:30" in (await alex.next_message()).plain_text
    await sam.edit(sent, "/promise 45m call you")
    assert (await sam.next_message()).text == texts.edit_not_applied()
    await alex.expect_no_message(within=0.3)
    await sam.expect_no_message(within=0.1)
    assert await count(database_url, Promise) == 1


async def test_an_edited_space_makes_no_second_space(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    alex, sam = await setup_couple(tg)
    sent = await sam.send("/space 30 a walk")
    await sam.next_message()
    await alex.next_message()
    await sam.edit(sent, "/space 60 a long walk")
    assert (await sam.next_message()).text == texts.edit_not_applied()
    await alex.expect_no_message(within=0.3)
    assert await count(database_url, Space) == 1


async def test_a_message_edited_into_crisis_words_gets_the_crisis_reply(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = await setup_couple(tg)
    sent = await alex.send("long day today")
    assert (await alex.next_message()).text == texts.stray_text()
    await alex.edit(sent, "I want to end my life")
    reply = await alex.next_message()
    assert is_crisis_reply(reply), reply.plain_text
    await alex.expect_no_message(within=0.3)  # the crisis reply only, not the edit line
    await sam.expect_no_message(within=0.1)


# -- double taps ------------------------------------------------------------------------


async def test_a_double_tap_on_yes_delete_deletes_once_and_answers_each_press_once(
    tg: FakeTelegram,
    bot: AnyApplication,
    database_url: URL,
    caplog: pytest.LogCaptureFixture,
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/deletedata")
    confirm = await alex.next_message()
    await alex.press(texts.delete_yes(), message=confirm)
    await alex.press(texts.delete_yes(), message=confirm)  # back to back, before any answer
    assert (await alex.next_edit(confirm)).plain_text == texts.delete_done()
    assert await alex.next_callback_answer() == ""
    assert await alex.next_callback_answer() == ""  # a repeat within the burst draws nothing
    assert (await sam.next_message()).text == texts.pair_ended()
    await sam.expect_no_message(within=0.3)
    await alex.expect_no_message(within=0.1)
    assert_each_press_answered_once(tg, alex)
    assert len(confirm.edits) == 1
    ids = await pair_ids(database_url)
    assert alex.id not in ids and ids[sam.id] is None
    assert await count(database_url, User) == 1  # Sam; the second tap made no row again
    assert_quiet_log(caplog)


async def test_a_double_tap_on_keep_it_edits_once_and_answers_each_press_once(
    tg: FakeTelegram, bot: AnyApplication, caplog: pytest.LogCaptureFixture
) -> None:
    kim = tg.user("Kim")
    await kim.send("/deletedata")
    confirm = await kim.next_message()
    await kim.press(texts.delete_no(), message=confirm)
    await kim.press(texts.delete_no(), message=confirm)
    assert (await kim.next_edit(confirm)).plain_text == texts.delete_kept()
    await kim.last_callback_answer()
    assert kim.callback_answers == ["", ""]
    await kim.expect_no_message(within=0.3)
    assert_each_press_answered_once(tg, kim)
    assert_quiet_log(caplog)


async def test_a_failure_after_the_answer_is_told_in_the_chat_not_answered_again(
    tg: FakeTelegram, bot: AnyApplication, caplog: pytest.LogCaptureFixture
) -> None:
    kim = tg.user("Kim")
    await kim.send("/deletedata")
    confirm = await kim.next_message()
    tg.fail_next(
        "editMessageText", error_code=400, description="Bad Request: message can't be edited"
    )
    await kim.press(texts.delete_no(), message=confirm)
    assert await kim.next_callback_answer() == ""
    assert (await kim.next_message()).text == texts.something_went_wrong()
    assert_each_press_answered_once(tg, kim)
    failed = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [r.getMessage() for r in failed] == ["handler failed: BadRequest"]
