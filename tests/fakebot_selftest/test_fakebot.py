"""Self-tests for the fake Telegram server, driven by the real PTB Bot and Application.

Why: the e2e suite is only as trustworthy as its fake; these prove the fake
speaks the protocol PTB expects and rejects what real Telegram rejects.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, EndPointNotFound, Forbidden, InvalidToken, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.fakebot import FakeTelegram, SimUser

#: What ApplicationBuilder().build() makes, its context types left open.
App = Application[Any, Any, Any, Any, Any, Any]


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    """A running fake server per test."""
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
async def bot(tg: FakeTelegram) -> AsyncIterator[Bot]:
    """A plain PTB Bot for poking single methods."""
    async with Bot(tg.token, base_url=tg.base_url) as b:
        yield b


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_user is not None and update.effective_message is not None
    args = " ".join(context.args or [])
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Tap me", callback_data="tap")]])
    await update.effective_message.reply_text(
        f"Hello <b>{update.effective_user.first_name}</b>!" + (f" args={args}" if args else ""),
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard,
    )


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.text is not None
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}")


async def _tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Got it")
    await query.edit_message_text("Tapped ✓")


@pytest.fixture
async def app(tg: FakeTelegram) -> AsyncIterator[App]:
    """A real PTB Application polling the fake, shut down cleanly afterwards."""
    application = ApplicationBuilder().token(tg.token).base_url(tg.base_url).build()
    application.add_handler(CommandHandler("start", _start))
    application.add_handler(CallbackQueryHandler(_tap, pattern="^tap$"))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=1)
    yield application
    await application.updater.stop()
    await application.stop()
    await application.shutdown()
    tg.assert_no_violations()


@pytest.fixture
def alex(tg: FakeTelegram) -> SimUser:
    """A user who has already talked to the bot (so the bot may message them)."""
    user = tg.user("Alex", username="alex")
    user.has_started = True
    return user


# -- through the real Application -------------------------------------------------------


async def test_start_reaches_handler_and_reply_arrives(
    tg: FakeTelegram,
    app: App,
) -> None:
    sam = tg.user("Sam")
    await sam.send("/start")
    msg = await sam.next_message()
    assert msg.plain_text == "Hello Sam!"
    assert msg.text == "Hello <b>Sam</b>!" and msg.parse_mode == "HTML"
    assert msg.entities == [{"type": "bold", "offset": 6, "length": 3}]
    assert msg.button_texts() == ["Tap me"]
    assert tg.requests_for("getMe"), "Application.initialize must call getMe"
    await sam.send("/start@SteadyTestBot ABC")
    assert (await sam.next_message()).plain_text == "Hello Sam! args=ABC"
    await sam.send("plain words")
    assert (await sam.next_message()).plain_text == "echo: plain words"
    await sam.expect_no_message(within=0.1)


async def test_press_delivers_callback_and_edit_arrives(
    tg: FakeTelegram,
    app: App,
) -> None:
    sam = tg.user("Sam")
    await sam.send("/start")
    msg = await sam.next_message()
    await sam.press("Tap me")
    edited = await sam.next_edit(msg)
    assert edited is msg and msg.plain_text == "Tapped ✓" and msg.edits == ["Hello <b>Sam</b>!"]
    assert msg.buttons == []  # editMessageText without reply_markup drops the keyboard
    assert msg.edit_date is not None
    assert await sam.next_callback_answer() == "Got it"
    assert sam.callback_answers == ["Got it"] and sam.pending_callback_ids == []
    with pytest.raises(AssertionError, match="Tap me|no live bot message"):
        await sam.press("Tap me")


async def test_transcript_reads_like_a_conversation(
    tg: FakeTelegram,
    app: App,
    tmp_path: Path,
) -> None:
    alex = tg.user("Alex")
    await alex.send("/start")
    msg = await alex.next_message()
    await alex.press("Tap me")
    await alex.next_edit(msg)
    await alex.next_callback_answer()
    assert tg.transcript == [
        "Alex: /start",
        "Steady → Alex: Hello Alex!",
        "  [Tap me]",
        "Alex presses [Tap me]",
        "Steady answers Alex's button: Got it",
        "Steady edits → Alex: Tapped ✓",
    ]
    out = tmp_path / "deep" / "t.txt"
    tg.write_transcript(out, "Start flow")
    assert out.read_text(encoding="utf-8").startswith("Start flow\n==========\n\nAlex: /start")


# -- validation with a plain Bot ----------------------------------------------------------


async def test_validation_catches_bad_requests(tg: FakeTelegram, bot: Bot, alex: SimUser) -> None:
    cid = alex.chat_id
    bad_button = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
    cases: list[tuple[Callable[[], Awaitable[object]], type[Exception], str]] = [
        (
            lambda: bot.do_api_request("sendMesage", api_kwargs={"chat_id": cid, "text": "x"}),
            EndPointNotFound,
            "unknown method 'sendMesage'",
        ),
        (
            lambda: bot.send_message(None, "x"),  # type: ignore[arg-type]  # what the fake must refuse
            BadRequest,
            "missing required parameter 'chat_id'",
        ),
        (
            lambda: bot.send_message(cid, "x", api_kwargs={"colour": "red"}),
            BadRequest,
            "unknown parameter 'colour'",
        ),
        (lambda: bot.send_message(cid, ""), BadRequest, "must be 1-4096 characters"),
        (lambda: bot.send_message(cid, "a" * 4097), BadRequest, "got 4097"),
        (lambda: bot.send_message(cid, "<b>x", parse_mode=ParseMode.HTML), BadRequest, "end tag"),
        (
            lambda: bot.send_message(cid, "<blink>x</blink>", parse_mode=ParseMode.HTML),
            BadRequest,
            'unsupported start tag "blink"',
        ),
        (
            lambda: bot.send_message(cid, "x", reply_markup=bad_button),
            BadRequest,
            "1-64 bytes, got 65",
        ),
    ]
    for call, exc_type, expected in cases:
        before = len(tg.violations)
        with pytest.raises(exc_type):
            await call()
        assert len(tg.violations) == before + 1, tg.violations
        assert expected in tg.violations[-1]
    assert tg.sent_to(cid) == []
    ok = await bot.send_message(cid, "<b>ok</b> &amp; <i>fine</i>", parse_mode=ParseMode.HTML)
    assert ok.text == "ok & fine" and ok.text_html == "<b>ok</b> &amp; <i>fine</i>"
    assert len(tg.violations) == 8


async def test_commands_are_stored_and_checked(tg: FakeTelegram, bot: Bot) -> None:
    await bot.set_my_commands([("start", "Begin"), ("settings", "Change things")])
    assert tg.commands == [
        {"command": "start", "description": "Begin"},
        {"command": "settings", "description": "Change things"},
    ]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "settings"]
    with pytest.raises(BadRequest):
        await bot.set_my_commands([("Start-Now", "x")])
    assert "lowercase" in tg.violations[-1]


# -- Telegram behaviour (not violations) -----------------------------------------------


async def test_identical_edit_is_not_modified_without_violation(
    tg: FakeTelegram, bot: Bot, alex: SimUser
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(alex.chat_id, "Same", reply_markup=keyboard)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Same", alex.chat_id, sent.message_id, reply_markup=keyboard)
    assert tg.violations == []
    edited = await bot.edit_message_text("Same", alex.chat_id, sent.message_id)
    assert not isinstance(edited, bool) and edited.reply_markup is None
    assert tg.sent_to(alex.chat_id)[0].buttons == []  # removing the keyboard is a change
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", alex.chat_id, 999)
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query("nope")
    assert tg.violations == []


async def test_429_fault_carries_retry_after(
    tg: FakeTelegram, bot: Bot, alex: SimUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # avoid PTB's int-retry_after deprecation
    tg.fail_next(
        "sendMessage",
        error_code=429,
        description="Too Many Requests: retry after 3",
        retry_after=3,
        chat_id=alex.chat_id,
    )
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(alex.chat_id, "hi")
    assert caught.value.retry_after == dtm.timedelta(seconds=3)
    assert tg.requests[-1].response["parameters"] == {"retry_after": 3}
    assert tg.requests[-1].status == 429
    await bot.send_message(alex.chat_id, "hi")  # only the next call failed
    assert [m.plain_text for m in alex.messages] == ["hi"] and tg.violations == []


async def test_blocked_user_gets_403(tg: FakeTelegram, bot: Bot, alex: SimUser) -> None:
    tg.block(alex.id)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(alex.chat_id, "hi")
    updates = await bot.get_updates()
    assert updates[-1].my_chat_member is not None
    assert updates[-1].my_chat_member.new_chat_member.status == "kicked"
    tg.unblock(alex.id)
    await bot.send_message(alex.chat_id, "hi again")
    stranger = tg.user("Stranger")
    with pytest.raises(Forbidden, match="can't initiate conversation"):
        await bot.send_message(stranger.chat_id, "hi")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(424242, "hi")
    assert tg.violations == []


async def test_delay_makes_client_time_out_but_message_still_lands(
    tg: FakeTelegram, bot: Bot, alex: SimUser
) -> None:
    from telegram.error import TimedOut

    tg.delay_next("sendMessage", 0.4)
    with pytest.raises(TimedOut):
        await bot.send_message(alex.chat_id, "slow", read_timeout=0.1)
    msg = await alex.next_message(timeout=2)
    assert msg.plain_text == "slow"


async def test_long_poll_returns_as_soon_as_update_is_queued(
    tg: FakeTelegram, bot: Bot, alex: SimUser
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await alex.send("/start hello")
    updates = await poll
    assert time.monotonic() - started < 1
    assert updates[0].message is not None and updates[0].message.text == "/start hello"
    assert updates[0].message.entities[0].type == "bot_command"
    assert updates[0].message.entities[0].length == 6
    await alex.send("second")
    again = await bot.get_updates(offset=updates[0].update_id + 1)
    assert [u.message.text for u in again if u.message] == ["second"]
    assert again[0].update_id == updates[0].update_id + 1


async def test_document_upload_is_kept(tg: FakeTelegram, bot: Bot, alex: SimUser) -> None:
    payload = json.dumps({"entries": [1, 2, 3]}).encode()
    sent = await bot.send_document(
        alex.chat_id, payload, filename="steady-export.json", caption="Your data"
    )
    assert sent.document is not None and sent.document.file_name == "steady-export.json"
    msg = await alex.next_message()
    assert msg.document == ("steady-export.json", payload) and msg.text == "Your data"
    assert f"Steady → Alex: (document steady-export.json, {len(payload)} bytes)" in tg.transcript


async def test_json_bodies_query_strings_and_bad_tokens(tg: FakeTelegram, alex: SimUser) -> None:
    url = f"{tg.base_url}{tg.token}"
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    async with aiohttp.ClientSession() as http:
        native = {"chat_id": alex.chat_id, "text": "native", "reply_markup": markup}
        async with http.post(f"{url}/sendMessage", json=native) as resp:
            assert resp.status == 200 and (await resp.json())["result"]["text"] == "native"
        all_strings = {
            "chat_id": str(alex.chat_id),
            "text": "s",
            "reply_markup": json.dumps(markup),
        }
        async with http.post(f"{url}/sendMessage", json=all_strings) as resp:
            assert resp.status == 200
        async with http.get(f"{url}/getMe?x=1") as resp:
            assert resp.status == 400 and "unknown parameter 'x'" in tg.violations[-1]
        async with http.get(f"{url}/getMe") as resp:
            assert (await resp.json())["result"]["username"] == "SteadyTestBot"
        async with http.post(f"{tg.base_url}999:wrong/getMe") as resp:
            assert resp.status == 401
    assert [m.button_texts() for m in alex.messages] == [["Go"], ["Go"]]
    wrong = Bot("999:wrong", base_url=tg.base_url)
    with pytest.raises(InvalidToken):
        await wrong.initialize()
    await wrong.shutdown()


async def test_press_errors_and_timeouts_are_readable(
    tg: FakeTelegram, bot: Bot, alex: SimUser
) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes", callback_data="y"),
                InlineKeyboardButton("No", callback_data="n"),
            ]
        ]
    )
    await bot.send_message(alex.chat_id, "Sure?", reply_markup=keyboard)
    with pytest.raises(AssertionError, match=r"\[Yes\] \[No\]"):
        await alex.press("Maybe")
    await alex.press(callback_data="n")
    msg = await alex.next_message()
    await alex.press_forged("admin:delete-all", msg)
    updates = await bot.get_updates()
    assert [u.callback_query.data for u in updates if u.callback_query] == ["n", "admin:delete-all"]
    with pytest.raises(AssertionError, match="no new message"):
        await alex.next_message(timeout=0.05)


async def test_restarted_application_gets_pending_updates_once(tg: FakeTelegram) -> None:
    async def build() -> App:
        application = ApplicationBuilder().token(tg.token).base_url(tg.base_url).build()
        application.add_handler(MessageHandler(filters.TEXT, _echo))
        await application.initialize()
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        return application

    async def shut(application: App) -> None:
        assert application.updater is not None
        await application.updater.stop()
        await application.stop()
        await application.shutdown()

    alex = tg.user("Alex")
    first = await build()
    await alex.send("one")
    assert (await alex.next_message()).plain_text == "echo: one"
    await shut(first)
    await alex.send("while down")
    second = await build()
    assert (await alex.next_message()).plain_text == "echo: while down"
    await alex.expect_no_message(within=0.2)
    await shut(second)
    tg.assert_no_violations()


async def test_a_second_answer_to_one_query_is_refused_like_telegram(
    tg: FakeTelegram, bot: Bot, alex: SimUser
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="y")]])
    await bot.send_message(alex.chat_id, "Sure?", reply_markup=keyboard)
    await alex.press("Yes")
    (update,) = await bot.get_updates()
    assert update.callback_query is not None
    assert await update.callback_query.answer()
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await update.callback_query.answer("again")
    assert alex.callback_answers == [""]


async def test_a_raw_update_is_queued_exactly_as_given(tg: FakeTelegram, bot: Bot) -> None:
    update_id = tg.queue_raw_update({"poll": {"id": "1", "question": "Q?"}})
    raw = await bot._post("getUpdates", {"offset": 0})
    assert raw == [{"update_id": update_id, "poll": {"id": "1", "question": "Q?"}}]
    assert "raw: poll" in tg.transcript[-1]


async def test_an_edit_arrives_as_edited_message(tg: FakeTelegram, bot: Bot, alex: SimUser) -> None:
    mid = await alex.send("/promise 30m call")
    await alex.edit(mid, "/promise 45m call")
    first, edited = await bot.get_updates()
    assert first.message is not None and edited.edited_message is not None
    assert edited.edited_message.message_id == mid == first.message.message_id
    assert edited.edited_message.text == "/promise 45m call"
    assert edited.edited_message.entities[0].type == "bot_command"
    assert edited.edited_message.edit_date is not None
    with pytest.raises(AssertionError, match="no text message #99"):
        await alex.edit(99, "nothing")
