"""`bot.http.AiohttpRequest` drives a real PTB Bot against the validating fake Bot API:
messages, edits, uploads, and every failure mapped to the error PTB's HTTPXRequest gives."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.http import AiohttpRequest, make_request
from tests.fakebot import FakeTelegram, SimUser


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
    server.assert_no_violations()


@pytest.fixture
def sam(tg: FakeTelegram) -> SimUser:
    user = tg.user("Sam", user_id=4242)
    user.has_started = True
    return user


async def bot_for(tg: FakeTelegram, **kwargs: float) -> Bot:
    bot = Bot(tg.token, base_url=tg.base_url, request=AiohttpRequest(8, **kwargs))
    await bot.initialize()
    return bot


async def test_send_edit_and_upload(tg: FakeTelegram, sam: SimUser) -> None:
    bot = await bot_for(tg)
    try:
        assert bot.username == tg.bot_username  # getMe during initialize
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="y:1")]])
        sent = await bot.send_message(
            sam.id, "<b>Hello</b> &amp; welcome", parse_mode="HTML", reply_markup=markup
        )
        message = await sam.next_message()
        assert message.plain_text == "Hello & welcome"
        assert message.button_texts() == ["Yes"]
        await bot.edit_message_text("Edited ✓", chat_id=sam.id, message_id=sent.message_id)
        assert (await sam.next_edit(message)).plain_text == "Edited ✓"
        payload = b"name,when\nSam,09:00\n" * 2000
        doc = await bot.send_document(
            sam.id, io.BytesIO(payload), filename="record.csv", caption="Your record"
        )
        assert doc.document is not None and doc.document.file_name == "record.csv"
        uploaded = (await sam.next_message()).document
        assert uploaded is not None and uploaded.data == payload
    finally:
        await bot.shutdown()
    assert {r.method for r in tg.requests} >= {
        "getMe",
        "sendMessage",
        "editMessageText",
        "sendDocument",
    }


async def test_429_raises_retry_after(tg: FakeTelegram, sam: SimUser) -> None:
    bot = await bot_for(tg)
    tg.fail_next(
        "sendMessage", error_code=429, description="Too Many Requests: retry after 3", retry_after=3
    )
    try:
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(sam.id, "hi")
    finally:
        await bot.shutdown()
    assert caught.value.retry_after in (3, timedelta(seconds=3))


async def test_502_raises_network_error(tg: FakeTelegram, sam: SimUser) -> None:
    bot = await bot_for(tg)
    tg.fail_next("sendMessage", error_code=502, description="Bad Gateway")
    try:
        with pytest.raises(NetworkError) as caught:
            await bot.send_message(sam.id, "hi")
        assert not isinstance(caught.value, TimedOut)
        assert (await bot.send_message(sam.id, "again")).text == "again"
    finally:
        await bot.shutdown()


async def test_403_raises_forbidden_and_400_bad_request(tg: FakeTelegram, sam: SimUser) -> None:
    bot = await bot_for(tg)
    tg.block(sam.id, notify=False)
    try:
        with pytest.raises(Forbidden):
            await bot.send_message(sam.id, "hi")
        with pytest.raises(BadRequest, match="(?i)chat not found"):
            await bot.send_message(999_999, "hi")
    finally:
        await bot.shutdown()


async def test_a_slow_answer_raises_timed_out(tg: FakeTelegram, sam: SimUser) -> None:
    bot = await bot_for(tg, read_timeout=0.2)
    tg.delay_next("sendMessage", 1.0)
    try:
        started = asyncio.get_running_loop().time()
        with pytest.raises(TimedOut):
            await bot.send_message(sam.id, "hi")
        assert asyncio.get_running_loop().time() - started < 0.9
        # A per-call read timeout wins over the default.
        tg.delay_next("sendMessage", 0.4)
        assert (await bot.send_message(sam.id, "slow", read_timeout=2.0)).text == "slow"
    finally:
        await bot.shutdown()


async def test_a_full_pool_raises_timed_out_with_ptb_message(
    tg: FakeTelegram, sam: SimUser
) -> None:
    request = AiohttpRequest(1, pool_timeout=0.1)
    bot = Bot(tg.token, base_url=tg.base_url, request=request)
    await bot.initialize()
    tg.delay_next("sendMessage", 0.5)
    try:
        slow = asyncio.create_task(bot.send_message(sam.id, "first"))
        await asyncio.sleep(0.05)
        with pytest.raises(TimedOut, match="Pool timeout"):
            await bot.send_message(sam.id, "second")
        assert (await slow).text == "first"
    finally:
        await bot.shutdown()


async def test_an_unreachable_server_raises_network_error() -> None:
    request = AiohttpRequest(2, connect_timeout=1.0)
    await request.initialize()
    try:
        with pytest.raises(NetworkError):
            await request.post("http://127.0.0.1:9/botX/getMe")  # discard port: refused
    finally:
        await request.shutdown()


async def test_lifecycle_and_factory() -> None:
    request = make_request("aiohttp", pool_size=4, read_timeout=7.0)
    assert isinstance(request, AiohttpRequest)
    assert request.read_timeout == 7.0 and request.pool_size == 4
    await request.initialize()
    await request.shutdown()
    await request.shutdown()  # twice is fine
    with pytest.raises(NetworkError, match="not initialized"):  # PTB wraps the RuntimeError
        await request.post("http://127.0.0.1:9/botX/getMe")
    await request.initialize()  # and it can be opened again
    await request.shutdown()
    default = make_request("httpx", pool_size=4)
    assert isinstance(default, HTTPXRequest) and default.read_timeout == 5.0
    with pytest.raises(ValueError, match="unknown HTTP client"):
        make_request("urllib", pool_size=1)
    with pytest.raises(ValueError):
        AiohttpRequest(http_version="2")
