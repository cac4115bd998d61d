"""Faults and hostile input end to end: Telegram's 429s and blocks, forged buttons, code
guessing, floods, oversized and unusual text, and what reaches the logs."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.app import AnyApplication
from bot.config import Settings
from db.models import Delivery, User
from db.session import make_engine, make_sessionmaker
from domain.content.exercises import calm_menu_intro
from domain.pairing import MAX_GUESSES_PER_WINDOW, MAX_JOIN_FAILURES
from tests.e2e.test_pairing import guess_wrong, invite_code
from tests.e2e.test_schedules import DONE, setup_couple
from tests.fakebot import FakeTelegram
from tests.support.app import running_bot
from tests.support.clock import FakeClock
from tests.support.factories import make_user


async def is_active(url: URL, user_id: int) -> bool:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            value = await session.scalar(select(User.is_active).where(User.id == user_id))
            return bool(value)
    finally:
        await engine.dispose()


async def add_practise(session: AsyncSession, *, user_id: int, at: datetime, status: str) -> None:
    """A user and one practice nudge for them, due at `at`, in `status`."""
    await make_user(session, user_id=user_id, now=at)
    session.add(
        Delivery(
            user_id=user_id,
            kind="practise",
            occurrence_at=at,
            due_at=at,
            status=status,
            attempts=0 if status == "pending" else 1,
        )
    )


async def test_a_429_on_a_reply_is_waited_out_and_the_reply_delivered(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    kim = tg.user("Kim")
    await kim.send("/start")
    await kim.next_message()
    tg.fail_next(
        "sendMessage",
        error_code=429,
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=kim.id,
    )
    await kim.send("/help")
    reply = await kim.next_message(timeout=8)
    assert "/calm" in reply.plain_text
    statuses = [
        r.status for r in tg.requests_for("sendMessage") if int(r.params["chat_id"]) == kim.id
    ]
    assert statuses[-2:] == [429, 200]


async def test_blocking_the_bot_marks_inactive_and_writing_again_reactivates(
    tg: FakeTelegram, bot: AnyApplication, database_url: URL
) -> None:
    kim = tg.user("Kim")
    await kim.send("/start")
    await kim.next_message()
    tg.block(kim.id)  # Telegram sends my_chat_member "kicked"
    for _ in range(100):
        if not await is_active(database_url, kim.id):
            break
        await asyncio.sleep(0.02)
    assert not await is_active(database_url, kim.id)
    tg.unblock(kim.id, notify=False)
    await kim.send("/help")
    await kim.next_message()
    assert await is_active(database_url, kim.id)


async def test_forged_buttons_from_the_partner_and_from_strangers(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/promise 20m call you")
    await sam.next_message()
    await alex.next_message()
    await sam.send("/space 30")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=35)
    followup = await sam.next_message()
    back = await sam.next_message()
    if followup.button_texts()[0] == "I'm back":
        followup, back = back, followup
    eve = tg.user("Eve")
    await eve.send("/start")
    eve_msg = await eve.next_message()
    for forged_by, message in ((alex, alex.messages[-1]), (eve, eve_msg)):
        for button in (*followup.buttons[0], *back.buttons[0]):
            await forged_by.press_forged(button.callback_data or "", message)
            assert await forged_by.last_callback_answer() == texts.button_expired()
    await sam.press(DONE, message=followup)
    await sam.next_message()
    assert "kept their promise" in (await alex.next_message()).plain_text


async def test_guessing_invite_codes_is_limited(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    """Five wrong codes an hour are answered as wrong, the rest alike with the lock-out
    line; thirty are looked up at most, so past that even a live code is refused (the
    bound on guessing). Others are not affected, and an hour later checking resumes."""
    alex, mallory = tg.user("Alex"), tg.user("Mallory")
    code, _ = await invite_code(alex)
    answers = await guess_wrong(mallory, MAX_GUESSES_PER_WINDOW, clock)
    assert answers == [texts.join_bad_code()] * MAX_JOIN_FAILURES + [texts.join_too_many()] * (
        MAX_GUESSES_PER_WINDOW - MAX_JOIN_FAILURES
    )
    await mallory.send(f"/join {code}")  # not even looked up now
    assert (await mallory.next_message()).text == texts.join_too_many()
    await mallory.send(f"/start {code}")  # no role yet, so welcomed, and refused alike
    assert (await mallory.next_message()).plain_text.startswith("Hi Mallory")
    assert (await mallory.next_message()).text == texts.join_too_many()
    assert (await mallory.next_message()).buttons
    sam = tg.user("Sam")
    await sam.send(f"/join {code}")  # others are not affected
    assert "paired with Alex" in (await sam.next_message()).plain_text
    await alex.next_message()
    kim = tg.user("Kim")
    kim_code, _ = await invite_code(kim)
    clock.advance(hours=1)
    await mallory.send(f"/join {kim_code}")
    assert "paired with Kim" in (await mallory.next_message()).plain_text


async def test_a_burst_is_answered_once_and_others_are_on_time(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    """Forty anxious messages at once: one hint, one "slow down", nothing for each of the
    rest; a stranger is answered meanwhile; crisis words are answered at once even in the
    middle of it; after a pause the next command is answered."""
    flo, kim = tg.user("Flo"), tg.user("Kim")
    for i in range(40):
        await flo.send(f"are you there {i}")
    assert (await flo.next_message()).text == texts.stray_text()  # one hint for the burst
    await kim.send("/help")
    assert "/calm" in (await kim.next_message()).plain_text
    assert (await flo.next_message()).text == texts.slow_down()  # once, past the limit
    await flo.expect_no_message(within=0.3)
    await flo.send("I want to end my life")  # never held back
    assert "findahelpline.com" in (await flo.next_message()).plain_text
    await flo.send("/calm")  # still inside the burst: held back, already told why
    await flo.expect_no_message(within=0.3)
    clock.advance(seconds=5)  # Flo pauses: the burst is over
    await flo.send("/calm")
    assert (await flo.next_message()).text == calm_menu_intro()


async def test_twenty_quick_taps_on_one_button_draw_one_answer(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    kim = tg.user("Kim")
    await kim.send("/calm")
    menu = await kim.next_message()
    label = menu.button_texts()[0]
    for _ in range(20):
        await kim.press(label, message=menu)
    first = await kim.next_message()
    assert first.plain_text
    await kim.expect_no_message(within=0.5)
    answers = [await kim.next_callback_answer() for _ in range(20)]
    assert answers == [""] * 20  # every press answered (the spinner stops), silently


async def test_oversized_and_unusual_text(tg: FakeTelegram, bot: AnyApplication) -> None:
    odd = tg.user("\u202eRTL\u200b 🌧️ <i>Zoë</i> &amp;")
    await odd.send("/start")
    assert "Zoë" in (await odd.next_message()).plain_text
    await odd.send("x" * 4096)
    assert (await odd.next_message()).text == texts.stray_text()
    await odd.send("/activated")
    await odd.next_message()
    await odd.send("🌧️" * 2000 + "\u0000\ufeff")
    assert "under 500 characters" in (await odd.next_message()).plain_text
    await odd.send("/timezone " + "é" * 4000)
    assert "I don't know the zone" in (await odd.next_message()).plain_text
    await odd.send("/promise 10m " + "<b>" * 500)
    assert (await odd.next_message()).text == texts.needs_pair()


SECRETS = (
    "blue-elephant-trigger",
    "violet-bid-words",
    "amber-own-reply",
    "teal-space-note",
    "ochre-promise",
)


async def test_no_message_content_reaches_the_logs(
    tg: FakeTelegram,
    bot: AnyApplication,
    clock: FakeClock,
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    alex, sam = await setup_couple(tg)
    await alex.send("/activated")
    await alex.next_message()
    await alex.send(f"They went quiet {SECRETS[0]}")
    await alex.next_message()
    await alex.press(alex.messages[-1].button_texts()[0])
    await alex.next_message()
    await alex.press(alex.messages[-1].button_texts()[0])
    await alex.next_message()
    await alex.press("🤝 Share this naming with my partner")
    await alex.next_message()
    await sam.next_message()
    await alex.send("/bid")
    await alex.next_message()
    await alex.press("✍️ Write my own")
    await alex.next_message()
    await alex.send(f"Could we talk {SECRETS[1]}")
    await alex.next_message()
    await alex.press("Send it")
    await alex.next_message()
    await sam.next_message()
    await sam.press("✍️ Write my own reply")
    await sam.next_message()
    await sam.send(f"Yes {SECRETS[2]}")
    await sam.next_message()
    await alex.next_message()
    await sam.send(f"/space 30 {SECRETS[3]}")
    await sam.next_message()
    await alex.next_message()
    await sam.send(f"/promise 15m {SECRETS[4]}")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=15)
    await sam.next_message()
    for _ in range(100):  # the dispatcher records the send just after it arrives
        if any(r.name == "jobs.dispatch" for r in debug_logs.records):
            break
        await asyncio.sleep(0.02)
    names = {r.name for r in debug_logs.records}
    assert {"bot.handlers.common", "jobs.dispatch"} <= names, "DEBUG logging was not captured"
    logged = "\n".join(r.getMessage() + str(r.args) for r in debug_logs.records)
    for secret in SECRETS:
        assert secret not in logged
    assert tg.token not in logged


async def test_an_update_that_cannot_be_read_is_skipped_and_the_rest_go_on(
    tg: FakeTelegram, bot: AnyApplication, debug_logs: pytest.LogCaptureFixture
) -> None:
    """A poll whose option lacks persistent_id (PTB 22.8 requires it since Bot API 9.6),
    as a server on an older Bot API sends it: skipped by id and type, counted and
    confirmed; nobody waits behind it, and none of its words reach the log."""
    kim, lee = tg.user("Kim"), tg.user("Lee")
    poll = {
        "id": "5000000001",
        "question": "lilac-poll-question",
        "options": [{"text": "saffron-option", "voter_count": 0}],  # no persistent_id
        "total_voter_count": 0,
        "is_closed": False,
        "is_anonymous": True,
        "type": "regular",
        "allows_multiple_answers": False,
    }
    await kim.send("/help")
    bad = tg.queue_raw_update({"poll": poll})
    await lee.send("/help")
    assert "/calm" in (await kim.next_message()).plain_text
    assert "/calm" in (await lee.next_message()).plain_text
    for _ in range(100):  # the Updater confirms the batch on its next getUpdates
        if any(int(r.params.get("offset", 0)) > bad for r in tg.requests_for("getUpdates")):
            break
        await asyncio.sleep(0.02)
    offsets = [int(r.params.get("offset", 0)) for r in tg.requests_for("getUpdates")]
    assert max(offsets) > bad, offsets
    assert offsets.count(bad) <= 1, "the batch with the bad update was fetched again"
    await kim.send("/help")  # and it goes on
    assert "/calm" in (await kim.next_message()).plain_text
    metrics = bot.bot_data.metrics
    assert metrics.value("steady_updates_unparseable_total", {"type": "poll"}) == 1
    skipped = [r.getMessage() for r in debug_logs.records if r.name == "bot.botapi"]
    assert skipped == [f"skipped update {bad} of type poll: it could not be read (TypeError)"]
    assert not [r for r in debug_logs.records if r.levelno >= logging.ERROR]
    logged = "\n".join(
        r.getMessage() + str(r.args) + (r.exc_text or "") for r in debug_logs.records
    )
    assert "lilac" not in logged and "saffron" not in logged


async def test_a_partner_who_blocked_the_bot_is_not_silently_missed(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = await setup_couple(tg)
    tg.block(alex.id, notify=False)
    await sam.send("/promise 30m call you")
    assert "09:30" in (await sam.next_message()).plain_text
    assert "couldn't deliver that to Alex" in (await sam.next_message()).plain_text
    await sam.send("/space 20")
    await sam.next_message()
    assert "couldn't deliver that to Alex" in (await sam.next_message()).plain_text


async def test_a_reply_goes_ahead_of_scheduled_messages_under_one_limit(
    tg: FakeTelegram, settings: Settings, clock: FakeClock, database_url: URL
) -> None:
    """Replies and scheduled messages share SEND_RATE_PER_SECOND; a reply takes the next
    free place in the window instead of waiting behind the queue of scheduled messages."""
    queued = 8
    now = clock.now()
    engine = make_engine(database_url)
    async with make_sessionmaker(engine)() as session:
        for i in range(queued):
            tg.user(f"P{i}", user_id=5000 + i).has_started = True  # they wrote to the bot once
            await add_practise(session, user_id=5000 + i, at=now, status="pending")
        await session.commit()
    await engine.dispose()

    def prompts_sent() -> int:
        return sum(1 for i in range(queued) if tg.sent_to(5000 + i))

    kim = tg.user("Kim")
    # 2 a second: at most 2 sends in any 1.03 s, prompts paced 0.515 s apart, wide enough
    # that loop jitter on a busy CI machine cannot be mistaken for a third send in the
    # window. 8 prompts + 1 reply: about 4.6 s.
    slow = settings.model_copy(update={"send_rate_per_second": 2})
    async with running_bot(slow, clock):
        for _ in range(250):
            if prompts_sent():
                break
            await asyncio.sleep(0.02)
        assert prompts_sent(), tg.transcript_tail()
        await kim.send("/help")
        reply = await kim.next_message(timeout=5)
        assert "/calm" in reply.plain_text
        assert prompts_sent() <= 4, "the reply waited behind the scheduled queue"
        for _ in range(200):
            if prompts_sent() == queued:
                break
            await asyncio.sleep(0.05)
    assert prompts_sent() == queued
    assert not [r for r in tg.requests if r.status == 429]
    # Prompts and the reply took a place each: any three sends span a window (1.03 s),
    # whether the reply went at once (a free place) or waited for one. A reply outside the
    # limiter would squeeze three sends into one prompt gap (0.52 s); the threshold sits
    # halfway, leaving a quarter of a second for arrival jitter.
    sends = sorted(r.at for r in tg.requests_for("sendMessage"))
    spans = [round(sends[i + 2] - sends[i], 3) for i in range(len(sends) - 2)]
    assert min(spans) >= 0.77, spans


async def test_the_running_bot_prunes_old_deliveries_every_six_hours(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock, database_url: URL
) -> None:
    long_ago = clock.now() - timedelta(days=60)
    engine = make_engine(database_url)
    sessions = make_sessionmaker(engine)
    try:
        async with sessions() as session:
            await add_practise(session, user_id=7001, at=long_ago, status="sent")
            await session.commit()
        assert bot.job_queue is not None
        (job,) = bot.job_queue.get_jobs_by_name("prune")
        assert job.job.trigger.interval == timedelta(hours=6)
        await job.run(bot)
        async with sessions() as session:
            assert await session.scalar(select(Delivery.id)) is None
    finally:
        await engine.dispose()
