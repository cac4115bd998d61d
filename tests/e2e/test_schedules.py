"""Scheduled messages end to end, with a controlled clock: prompts, promises, space,
check-ins, quiet hours, pause, restarts and /record."""

from __future__ import annotations

import asyncio
from datetime import time, timedelta

from sqlalchemy.engine import URL

from bot import texts
from bot.app import AnyApplication
from bot.config import Settings
from db.repositories.schedules import replace_schedules
from db.repositories.users import upsert_user
from db.session import make_engine, make_sessionmaker, transaction
from domain.content.nudges import (
    PROMISE_ACKS,
    PROMISE_ANSWERS,
    REASSURANCE_TEMPLATES,
    reassurance_own_label,
    space_back_label,
    space_more_label,
)
from tests.e2e.test_calm import walk_steps
from tests.e2e.test_pairing import pair_up
from tests.fakebot import FakeTelegram, SimUser
from tests.support.app import running_bot
from tests.support.clock import FakeClock

DONE = dict(PROMISE_ANSWERS)["done"]


async def setup_couple(tg: FakeTelegram) -> tuple[SimUser, SimUser]:
    """Alex worries, Sam reassures; paired; clock at 09:00 UTC."""
    alex, sam = tg.user("Alex"), tg.user("Sam")
    for person, role in (
        (alex, "I'm the one who worries"),
        (sam, "I want to offer steady reassurance"),
    ):
        await person.send("/start")
        await person.next_message()
        await person.press(role)
        await person.next_message()
    await pair_up(alex, sam)
    return alex, sam


async def test_prompt_arrives_on_time_and_a_template_is_relayed_exactly(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/nudgetime 09:30 21:00")
    confirm = (await sam.next_message()).plain_text
    assert "09:30, 21:00 every day" in confirm and "Next one: 09:30" in confirm
    await sam.expect_no_message(within=0.2)
    clock.advance(minutes=30)
    prompt = await sam.next_message()
    templates = prompt.button_texts()
    assert len(templates) == 4 and templates[-1] == reassurance_own_label()
    assert all(t in REASSURANCE_TEMPLATES for t in templates[:3])
    first_button = prompt.buttons[0][0].callback_data or ""
    await sam.press(templates[1])
    assert (await sam.next_message()).plain_text
    relayed = await alex.next_message()
    assert templates[1] in relayed.plain_text and "Sam" in relayed.plain_text
    await sam.press_forged(first_button, prompt)  # the prompt was used already
    assert await sam.last_callback_answer() == texts.button_expired()
    await alex.expect_no_message(within=0.2)

    clock.advance(hours=11, minutes=30)  # 21:00: the second prompt; write my own
    evening = await sam.next_message()
    await sam.press(reassurance_own_label(), message=evening)
    await sam.next_message()
    await sam.send("Home soon <3 & thinking of you")
    await sam.next_message()
    assert "Home soon <3 & thinking of you" in (await alex.next_message()).plain_text

    await sam.send("/nudgetime")
    assert "09:30, 21:00" in (await sam.next_message()).plain_text
    await sam.send("/record")
    assert "Reassurances sent without being asked: 2" in (await sam.next_message()).plain_text


async def test_nudgetime_bad_input(tg: FakeTelegram, bot: AnyApplication) -> None:
    alex, sam = await setup_couple(tg)
    await alex.send("/nudgetime 09:00")
    assert (await alex.next_message()).text == texts.nudgetime_role()
    for bad, fragment in (
        ("25:00", "couldn't read “25:00”"),
        ("9", "couldn't read “9”"),  # morning or evening?
        ("13pm", "couldn't read “13pm”"),
        ("08:00 09:00 10:00 11:00 12:00", "Four prompts a day"),
    ):
        await sam.send(f"/nudgetime {bad}")
        assert fragment in (await sam.next_message()).plain_text
    await sam.send("/nudgetime off")
    assert (await sam.next_message()).text == texts.nudgetime_off()


async def test_promise_reminded_before_at_and_answered(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/promise 30m call you <after> work")
    assert "09:30" in (await sam.next_message()).plain_text
    told = await alex.next_message()
    assert "Sam made you a promise for 09:30" in told.plain_text
    assert "call you <after> work" in told.plain_text
    clock.advance(minutes=20)
    assert "In 10 minutes (09:30)" in (await sam.next_message()).plain_text
    clock.advance(minutes=10)
    assert "It's time" in (await sam.next_message()).plain_text
    clock.advance(minutes=15)
    followup = await sam.next_message()
    assert followup.button_texts() == [label for _, label in PROMISE_ANSWERS]
    await sam.press(DONE)
    await sam.next_message()
    assert "kept their promise" in (await alex.next_message()).plain_text
    await sam.send("/record")
    assert "Promises kept on time: 1\n" in (await sam.next_message()).plain_text


async def test_a_promise_that_could_not_be_kept_is_told_with_a_next_step(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/promise 5m text you")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=5)
    await sam.next_message()  # "It's time"
    clock.advance(minutes=15)
    followup = await sam.next_message()
    await sam.press(dict(PROMISE_ANSWERS)["couldnt"], message=followup)
    assert (await sam.next_message()).text == PROMISE_ACKS["couldnt"]
    told = (await alex.next_message()).plain_text
    assert told.startswith("Sam couldn't manage “text you” this time")
    assert told.endswith("/bid is an easy way to ask.")


async def test_promise_bad_input(tg: FakeTelegram, bot: AnyApplication) -> None:
    alex, sam = await setup_couple(tg)
    for bad, fragment in (
        ("", "Tell me when and what"),
        ("18:30", "Tell me when and what"),
        ("soon call you", "couldn't read “soon”"),
        ("0m call", "couldn't read “0m”"),
        ("99h call", "up to 48 hours ahead"),
        ("49h call", "up to 48 hours ahead"),
        ("25:61 call", "couldn't read “25:61”"),
        ("10m " + "x" * 301, "under 300 characters"),
    ):
        await sam.send(f"/promise {bad}".strip())
        assert fragment in (await sam.next_message()).plain_text
    kim = tg.user("Kim")
    await kim.send("/promise 10m call")
    assert (await kim.next_message()).plain_text == texts.needs_pair()


async def test_space_return_with_ten_more_minutes(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await alex.send("/timezone Europe/Berlin")
    await alex.next_message()
    await sam.send("/space 45 a walk to clear my head")
    assert "09:45" in (await sam.next_message()).plain_text
    told = (await alex.next_message()).plain_text
    assert "10:45" in told and "a walk to clear my head" in told  # Alex's own zone
    clock.advance(minutes=45)
    reminder = await sam.next_message()
    assert reminder.button_texts() == [space_back_label(), space_more_label()]
    more = reminder.buttons[0][1].callback_data or ""
    await sam.press(space_more_label())
    assert "09:55" in (await sam.next_message()).plain_text
    assert "10:55" in (await alex.next_message()).plain_text
    clock.advance(minutes=10)
    again = await sam.next_message()
    await sam.press(space_back_label(), message=again)
    await sam.next_message()
    assert "is back" in (await alex.next_message()).plain_text
    await sam.press_forged(more, reminder)  # an old button, after coming back
    assert await sam.last_callback_answer() == texts.button_expired()
    await sam.send("/space 2")
    assert (await sam.next_message()).text == texts.space_usage()


async def test_checkin_reaches_both_at_the_setters_local_time(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/timezone Asia/Kolkata")  # 14:30 there now
    await sam.next_message()
    await sam.send("/checkin 15:00")
    assert "next one is <b>15:00</b>" in (await sam.next_message()).text
    assert "09:30" in (await alex.next_message()).plain_text  # Alex is on UTC
    clock.advance(minutes=30)
    for person, partner in ((alex, "Sam"), (sam, "Alex")):
        reminder = await person.next_message()
        assert partner in reminder.plain_text
    await alex.press("We checked in ✓")
    assert (await alex.next_message()).text == texts.checkin_noted()
    await alex.send("/record")
    assert "The two of you\nCheck-ins held: 1" in (await alex.next_message()).plain_text
    await alex.send("/checkin 25:00")
    assert "couldn't read" in (await alex.next_message()).plain_text


async def test_times_are_read_as_people_write_them(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    """9pm, 8.30, 21h, "10 pm": every command taking a clock time reads them the same way,
    and the confirmation shows the time it understood, on the 24-hour clock."""
    alex, sam = await setup_couple(tg)
    await sam.send("/checkin 9pm")
    assert "Daily check-in set for <b>21:00</b>" in (await sam.next_message()).text
    assert "<b>21:00</b> your time" in (await alex.next_message()).text
    clock.advance(hours=12)  # 21:00 UTC: the check-in reaches both
    for person in (alex, sam):
        assert "check-in" in (await person.next_message()).plain_text.lower()
    await sam.send("/nudgetime 8.30 21h")
    assert "<b>08:30, 21:00</b> every day" in (await sam.next_message()).text
    await alex.send("/quiet 10 pm 7am")
    assert "<b>22:00–07:00</b>" in (await alex.next_message()).text
    await sam.send("/practise sun 6:30pm")
    assert "Every Sunday at <b>18:30</b>" in (await sam.next_message()).text
    await sam.send("/promise 9 pm call you at 9 pm")
    assert "nudge you tomorrow 20:50 and tomorrow 21:00" in (await sam.next_message()).plain_text
    told = (await alex.next_message()).plain_text
    assert "promise for tomorrow 21:00" in told and "call you at 9 pm" in told
    await sam.send("/checkin 9")
    assert (await sam.next_message()).text == texts.bad_times("9", texts.CHECKIN_EXAMPLE)


async def test_quiet_hours_hold_and_pause_holds_until_resume(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/quiet 09:15 10:00")
    assert "09:15–10:00" in (await sam.next_message()).plain_text
    await sam.send("/nudgetime 09:30")
    await sam.next_message()
    clock.advance(minutes=30)
    await sam.expect_no_message(within=0.3)  # held by quiet hours
    clock.advance(minutes=30)
    assert len((await sam.next_message()).button_texts()) == 4  # released at 10:00

    await sam.send("/pause")
    assert "until you send /resume" in (await sam.next_message()).plain_text
    clock.advance(hours=23, minutes=30)  # 09:30 next day: held by the pause
    await sam.expect_no_message(within=0.3)
    await sam.send("/settings")
    assert "Pause: on, until you resume" in (await sam.next_message()).plain_text
    await sam.send("/resume")
    assert (await sam.next_message()).text == texts.resumed()
    await sam.expect_no_message(within=0.3)  # released, but now inside quiet hours again
    clock.advance(minutes=30)
    assert len((await sam.next_message()).button_texts()) == 4
    await sam.send("/resume")
    assert (await sam.next_message()).text == texts.not_paused()

    await sam.send("/pause 1")
    assert "until <b>tomorrow" in (await sam.next_message()).text
    for bad in ("/pause 0", "/pause 400", "/pause soon", "/quiet 22:00", "/quiet 22:00 22:00"):
        await sam.send(bad)
        assert (await sam.next_message()).plain_text


async def test_reminder_survives_a_restart_and_is_sent_once(
    tg: FakeTelegram, settings: Settings, clock: FakeClock
) -> None:
    alex, sam = tg.user("Alex"), tg.user("Sam")
    async with running_bot(settings, clock):
        await pair_up(alex, sam)
        await sam.send("/promise 15m text you")
        await sam.next_message()
        await alex.next_message()
    clock.advance(minutes=11)  # the bot is down when the 10-minutes-before reminder is due
    async with running_bot(settings, clock):
        assert "In 10 minutes" in (await sam.next_message()).plain_text
        await sam.expect_no_message(within=0.3)
    clock.advance(minutes=60)  # down again, far past the grace period: skipped, no flood
    async with running_bot(settings, clock):
        await sam.expect_no_message(within=0.5)


async def test_replies_are_not_queued_behind_a_burst_of_scheduled_messages(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock, database_url: URL
) -> None:
    now, burst = clock.now(), 40
    engine = make_engine(database_url)
    try:
        async with transaction(make_sessionmaker(engine)) as session:
            for i in range(burst):
                user_id = 70_000 + i
                await upsert_user(
                    session, user_id=user_id, first_name=f"P{i}", language_code=None, now=now
                )
                await replace_schedules(
                    session,
                    user_id=user_id,
                    kind="practise",
                    times=[(time(9, 1), now + timedelta(minutes=1))],
                    now=now,
                    weekday=3,
                )
    finally:
        await engine.dispose()
    for i in range(burst):
        tg.user(f"P{i}", user_id=70_000 + i).has_started = True
        tg.delay_next("sendMessage", 0.5, chat_id=70_000 + i)  # a slow Telegram for the burst
    kim = tg.user("Kim")
    clock.advance(minutes=1)

    def delivered() -> int:
        return sum(len(tg.sent_to(70_000 + i)) for i in range(burst))

    for _ in range(200):  # wait (bounded) until the burst is in flight
        if any(int(r.params["chat_id"]) >= 70_000 for r in tg.requests_for("sendMessage")):
            break
        await asyncio.sleep(0.01)
    await kim.send("/help")
    await kim.next_message(timeout=2)
    assert delivered() < burst  # the reply did not wait for the scheduled burst
    for _ in range(500):
        if delivered() == burst:
            break
        await asyncio.sleep(0.02)
    assert delivered() == burst


async def test_weekly_practise_suggestion(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    kim = tg.user("Kim")
    await kim.send("/practise thu 09:30")  # the clock says Thursday 09:00
    assert "Every Thursday at 09:30" in (await kim.next_message()).plain_text
    clock.advance(minutes=30)
    suggestion = await kim.next_message()
    assert "/calm" in suggestion.plain_text
    await kim.press("Try one now")
    assert "What would help right now?" in (await kim.next_message()).plain_text
    await kim.send("/practise someday")
    assert (await kim.next_message()).text == texts.practise_usage()
    await kim.send("/practise off")
    assert (await kim.next_message()).text == texts.practise_off()


async def test_record_lists_only_what_happened(tg: FakeTelegram, bot: AnyApplication) -> None:
    kim = tg.user("Kim")
    await kim.send("/record")
    assert "Nothing here yet" in (await kim.next_message()).plain_text
    await kim.send("/calm ground")
    card = await kim.next_message()
    await walk_steps(kim, card)
    await kim.press("🙂 A bit better", message=card)
    await kim.next_message()
    await kim.send("/record")
    record = (await kim.next_message()).plain_text
    assert "Calm exercises done: 1" in record
    assert "Exercises that left you feeling better: 1" in record
    assert ": 0" not in record


async def test_pause_for_days_ends_by_itself(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/nudgetime 09:30")
    await sam.next_message()
    await sam.send("/pause 1")
    await sam.next_message()
    clock.advance(minutes=30)  # today's prompt falls inside the pause
    await sam.expect_no_message(within=0.3)
    # The pause ends by itself at 09:00 tomorrow; a prompt held that long has stopped
    # meaning anything (12 hours), so it lapses rather than arriving a day late.
    clock.advance(hours=23, minutes=30)
    await sam.expect_no_message(within=0.3)
    clock.advance(minutes=30)  # tomorrow's own 09:30 prompt comes as usual
    assert len((await sam.next_message()).button_texts()) == 4
    await sam.send("/settings")
    assert "Pause: off" in (await sam.next_message()).plain_text


async def test_running_late_from_the_follow_up_gives_a_new_time_and_is_kept_late(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/promise 5m text you")
    await sam.next_message()
    await alex.next_message()
    clock.advance(minutes=5)
    assert "It's time" in (await sam.next_message()).plain_text
    clock.advance(minutes=15)
    followup = await sam.next_message()
    await sam.press(dict(PROMISE_ANSWERS)["late"], message=followup)
    await sam.next_message()  # how late?
    await sam.press("+10 min")
    assert "09:30" in (await sam.next_message()).plain_text  # 09:20 now, +10
    assert "09:30" in (await alex.next_message()).plain_text
    await sam.expect_no_message(within=0.2)
    clock.advance(minutes=10)
    again = await sam.next_message()
    assert again.button_texts() == [label for _, label in PROMISE_ANSWERS]
    await sam.press(DONE, message=again)
    await sam.next_message()
    await alex.next_message()
    await sam.send("/record")
    assert (
        "Promises kept: 1 (at a new time you gave in advance)"
        in (await sam.next_message()).plain_text
    )
    await alex.send("/record")
    assert (
        "Promises kept: 1 (at a new time Sam gave you in advance)"
        in (await alex.next_message()).plain_text
    )


async def test_settings_show_every_routine_in_my_own_zone(
    tg: FakeTelegram, bot: AnyApplication
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/nudgetime 08:30 21:00")
    await sam.next_message()
    await sam.send("/checkin 21:00")
    await sam.next_message()
    await alex.next_message()
    await alex.send("/timezone Europe/Berlin")
    await alex.next_message()
    await sam.send("/practise sun 18:00")
    await sam.next_message()
    await sam.send("/quiet 23:00 07:00")
    await sam.next_message()
    await sam.send("/settings")
    shown = (await sam.next_message()).plain_text
    for line in (
        "Reassurance prompts: 08:30, 21:00",
        "Daily check-in: 21:00",
        "Weekly practice: Sundays 18:00",
        "Quiet hours: 23:00–07:00",
    ):
        assert line in shown
    await alex.send("/settings")
    assert "Daily check-in: 22:00" in (await alex.next_message()).plain_text  # Berlin


async def test_unpairing_stops_every_schedule_of_the_pair(
    tg: FakeTelegram, bot: AnyApplication, clock: FakeClock
) -> None:
    alex, sam = await setup_couple(tg)
    await sam.send("/nudgetime 09:30")
    await sam.next_message()
    await sam.send("/checkin 09:45")
    await sam.next_message()
    await alex.next_message()
    await sam.send("/promise 50m call you")
    await sam.next_message()
    await alex.next_message()
    await alex.send("/unpair")
    await alex.press(texts.unpair_yes(), message=await alex.next_message())
    await alex.next_edit(alex.messages[-1])
    await sam.next_message()
    clock.advance(hours=2)
    await sam.expect_no_message(within=0.4)
    await alex.expect_no_message(within=0.1)
    await sam.send("/settings")
    shown = (await sam.next_message()).plain_text
    assert "Reassurance prompts: none" in shown and "Daily check-in: none" in shown


async def test_with_a_default_zone_other_than_utc_reminders_read_in_that_zone(
    tg: FakeTelegram, settings: Settings, clock: FakeClock
) -> None:
    """A person who never set a zone lives in the operator's DEFAULT_TIMEZONE everywhere:
    the confirmation, the partner's notice and the reminder agree (Berlin is UTC+1)."""
    berlin = settings.model_copy(update={"default_timezone": "Europe/Berlin"})
    alex, sam = tg.user("Alex"), tg.user("Sam")
    async with running_bot(berlin, clock):
        await pair_up(alex, sam)
        await sam.send("/promise 30m call you")
        assert "10:30" in (await sam.next_message()).plain_text  # 09:00 UTC is 10:00 here
        assert "promise for 10:30" in (await alex.next_message()).plain_text
        clock.advance(minutes=20)
        assert "In 10 minutes (10:30)" in (await sam.next_message()).plain_text
