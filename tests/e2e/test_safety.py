"""The safety net end to end: crisis words however they arrive (text, caption, inside a
flow, with the database down), someone else in danger, a heavy moment, a voice note.
Nothing ever reaches the partner, and nothing of the words reaches the logs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from sqlalchemy.engine import make_url

from bot import texts
from bot.app import AnyApplication
from bot.runtime import get_runtime
from bot.safety import respond
from bot.safety.detect import assess
from bot.safety.helplines import resources_for
from db.session import make_engine, make_sessionmaker
from domain.content.bids import bid_own_label
from domain.content.exercises import calm_menu_intro
from domain.content.nudges import reassurance_own_label
from domain.i18n import SHIPPED, speaking
from tests.e2e.test_pairing import pair_up
from tests.e2e.test_schedules import setup_couple
from tests.fakebot import ChatMessage, FakeTelegram
from tests.support.clock import FakeClock

CRISIS_OPENING = "I'm really glad you told me"
T = TypeVar("T")


def _speak(locale: str, render: Callable[[], T]) -> T:
    with speaking(locale):
        return render()


#: The crisis reply's first words in each language Steady speaks.
CRISIS_OPENINGS = tuple(
    _speak(locale, lambda: texts.crisis_reply(resources_for(None, None)).split(".")[0])
    for locale in SHIPPED
)


def is_crisis_reply(message: ChatMessage) -> bool:
    """The crisis reply, in whichever language the person reads."""
    return message.plain_text.startswith(CRISIS_OPENINGS) and message.buttons == []


async def test_a_caption_is_read_like_text(tg: FakeTelegram, bot: AnyApplication) -> None:
    alex, sam = tg.user("Alex", language_code="en-DE"), tg.user("Sam")  # English, in Germany
    await pair_up(alex, sam)
    for kind in ("photo", "document", "video"):
        await alex.send_media(kind, caption="I took too many pills")
        reply = await alex.next_message()
        assert is_crisis_reply(reply), reply.plain_text
        assert "112" in reply.plain_text and "findahelpline.com" in reply.plain_text
    await alex.send_media("photo", caption="our dinner tonight")  # an everyday caption
    assert not is_crisis_reply(await alex.next_message())  # the usual answer
    await alex.expect_no_message(within=0.2)
    await sam.expect_no_message(within=0.2)


async def test_a_voice_note_gets_a_gentle_line_not_an_alarm(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    kim = tg.user("Kim", language_code="pl")
    for kind in ("voice", "video_note", "audio"):
        await kim.send_media(kind)
        line = await kim.next_message()
        assert "can't listen" in line.plain_text and "real time" in line.plain_text
        assert "112" in line.plain_text and "findahelpline.com" in line.plain_text
        assert not line.plain_text.startswith(CRISIS_OPENING)
    await kim.expect_no_message(within=0.2)


async def test_someone_else_in_danger_gets_how_to_help_and_nobody_is_contacted(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/timezone America/New_York")
    await alex.next_message()
    for report in (
        "my boyfriend says he wants to kill himself",
        "she swallowed a bottle of pills and won't talk to me",
        "my wife is cutting herself on purpose again",
    ):
        await alex.send(report)
        reply = await alex.next_message()
        text = reply.plain_text
        assert "Stay with them if it's safe" in text and "911" in text and "988" in text
        assert "findahelpline.com" in text and reply.buttons == []
    await alex.expect_no_message(within=0.2)
    await sam.expect_no_message(within=0.2)


async def test_crisis_inside_a_bid_is_never_relayed_and_the_flow_is_left(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/bid")
    await alex.next_message()
    await alex.press(bid_own_label())
    await alex.next_message()
    await alex.send("i want to kms tonight")
    assert is_crisis_reply(await alex.next_message())
    await alex.send("hello")  # no longer the bid's words
    assert (await alex.next_message()).text == texts.stray_text()
    await sam.expect_no_message(within=0.3)


async def test_crisis_inside_my_own_reassurance_is_never_relayed(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/nudgetime 09:30")
    await sam.next_message()
    clock.advance(minutes=30)
    prompt = await sam.next_message()
    await sam.press(reassurance_own_label(), message=prompt)
    await sam.next_message()
    await sam.send("honestly I just want to end my life")
    assert is_crisis_reply(await sam.next_message())
    await sam.send("ok")
    assert (await sam.next_message()).text == texts.stray_text()
    await alex.expect_no_message(within=0.3)


async def test_crisis_inside_activated_is_answered_first(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    kim = tg.user("Kim")
    await kim.send("/activated")
    await kim.next_message()
    await kim.send("he ignored me and I cut myself again")
    assert is_crisis_reply(await kim.next_message())
    await kim.expect_no_message(within=0.3)


async def test_the_reply_arrives_while_the_database_raises(
    tg: FakeTelegram, bot: AnyApplication, debug_logs: pytest.LogCaptureFixture
) -> None:
    alex, sam = tg.user("Alex", language_code="pl"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("/bid")
    await alex.next_message()
    await alex.press(bid_own_label())
    await alex.next_message()
    runtime = get_runtime(bot)
    working = runtime.sessions
    refused = make_engine(make_url("postgresql+asyncpg://postgres@127.0.0.1:9/steady"))
    runtime.sessions = make_sessionmaker(refused)
    try:
        for words in ("I took too many pills", "Chcę się zabić"):  # Polish: kill myself
            await alex.send(words)
            reply = await alex.next_message()
            assert is_crisis_reply(reply), reply.plain_text
            # No stored zone: the Telegram language (pl) says Poland.
            assert "112" in reply.plain_text and "116 123" in reply.plain_text
            assert "findahelpline.com" in reply.plain_text
            await alex.expect_no_message(within=0.3)  # no "something went wrong"
    finally:
        runtime.sessions = working
        await refused.dispose()
    await sam.expect_no_message(within=0.2)
    logged = "\n".join(r.getMessage() for r in debug_logs.records)
    assert "zabić" not in logged and "pills" not in logged
    assert "safety reply without the stored zone" in logged  # the fault was met


async def test_a_heavy_moment_gets_a_gentle_check_and_the_flow_goes_on(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    await alex.send("I can't do this anymore")
    check = await alex.next_message()
    assert "That sounds really heavy" in check.plain_text
    assert "findahelpline.com" in check.plain_text
    assert check.button_texts() == [texts.safety_steadying_button()]
    await alex.expect_no_message(within=0.2)  # the check is the answer, not also a hint
    await alex.press(texts.safety_steadying_button(), message=check)
    assert (await alex.next_message()).plain_text.startswith(calm_menu_intro()[:20])

    await alex.send("/bid")  # inside a flow, the words still reach their step
    await alex.next_message()
    await alex.press(bid_own_label())
    await alex.next_message()
    await alex.send("I can't do this anymore, can we talk tonight?")
    assert "That sounds really heavy" in (await alex.next_message()).plain_text
    preview = await alex.next_message()
    assert "can we talk tonight?" in preview.plain_text
    await sam.expect_no_message(within=0.2)


async def test_idioms_get_the_everyday_answer(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    kim = tg.user("Kim")
    for idiom in ("this traffic is killing me", "I'd die for you", "my phone died"):
        await kim.send(idiom)
        assert (await kim.next_message()).text == texts.stray_text()
        clock.advance(seconds=5)  # each its own moment (a quick run draws one hint)


async def test_no_crisis_words_reach_the_logs_at_any_level(
    tg: FakeTelegram, bot: AnyApplication, debug_logs: pytest.LogCaptureFixture
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    await pair_up(alex, sam)
    said = [
        "I swallowed all my sleeping pills",
        "my girlfriend says she wants to die",
        "what's the point",
    ]
    for words in said:
        await alex.send(words)
        await alex.next_message()
    await alex.send_media("photo", caption="unalive myself tonight")
    await alex.next_message()
    await alex.expect_no_message(within=0.2)
    logged = "\n".join(r.getMessage() for r in debug_logs.records)
    for words in [*said, "unalive myself tonight"]:
        assert words not in logged
        assert words.split()[1] not in logged  # not even a fragment
    assert any(r.levelno == logging.DEBUG for r in debug_logs.records)  # DEBUG was on


async def test_the_reply_is_retried_after_a_server_error_and_resent_plain_if_refused(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    kim = tg.user("Kim", language_code="de")  # Kim reads German: so does the reply
    tg.fail_next("sendMessage", error_code=502, description="Bad Gateway", chat_id=kim.id)
    await kim.send("ich will nicht mehr leben")
    reply = await kim.next_message()
    assert is_crisis_reply(reply) and "112" in reply.plain_text
    tg.fail_next(
        "sendMessage",
        error_code=400,
        description="Bad Request: can't parse entities: unsupported start tag",
        chat_id=kim.id,
    )
    await kim.send("I want to kill myself")
    plain = await kim.next_message()
    german = _speak("de", lambda: texts.crisis_reply(resources_for("Europe/Berlin", None)))
    assert plain.plain_text.startswith(german.split(".")[0]) and plain.entities == []
    assert "<b>" not in plain.text and "112" in plain.text
    await kim.expect_no_message(within=0.3)


async def test_each_message_is_assessed_once_however_many_handlers_look(
    tg: FakeTelegram, bot: AnyApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str | None] = []

    def counting(text: str | None) -> Any:
        seen.append(text)
        return assess(text)

    monkeypatch.setattr(respond, "assess", counting)
    kim = tg.user("Kim")
    for words in ("I can't do this anymore", "hello there"):
        await kim.send(words)
        await kim.next_message()
    await kim.expect_no_message(within=0.2)
    assert seen == ["I can't do this anymore", "hello there"]
